import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { grantStyleNonce } from './app/csp-nonce.ts';
import { Root } from './app/Root.tsx';
import { initThemeMode } from './components/theme-mode.ts';
import { initI18n } from './i18n/index.ts';
import './app/styles.css';

initI18n();
grantStyleNonce();
initThemeMode();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
