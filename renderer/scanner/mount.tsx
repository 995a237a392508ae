import { extendShell } from '../shell/extensions.js';
import { caseNumberHandler, productHandler, receiptHandler } from './counter-handlers.js';
import { scanHandlers } from './scan-handlers.js';
import { ScannerItem } from './ScannerItem.js';
import './scanner.css';

// Picked up by renderer/main.tsx: the scanner listens while the counter (and so its status bar) is on screen.
extendShell({ statusItems: [{ id: 'scanner', Item: ScannerItem }] });
scanHandlers.add(caseNumberHandler);
scanHandlers.add(productHandler);
// Before the product's: a receipt barcode may be digits that also pass as a GTIN.
scanHandlers.add(receiptHandler, { before: 'product' });
