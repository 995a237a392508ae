import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import './styles.css';

// Each area's screens (headoffice/web/src/<area>/screen.tsx) contribute themselves before the app starts.
import.meta.glob(['./*/screen.ts', './*/screen.tsx'], { eager: true });

createRoot(document.getElementById('root')!).render(<App />);
