import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { uiI18n } from './i18n.js';
import { App } from './App.js';
import './styles/base.css';
import './styles/shell.css';
import './styles/forms.css';
import './styles/cases.css';

// Every renderer/<area>/mount.ts(x) registers its screens and panels into the shell (see shell/extensions.ts).
import.meta.glob(['./*/mount.ts', './*/mount.tsx'], { eager: true });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={uiI18n}>
      <App />
    </I18nextProvider>
  </StrictMode>,
);
