import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { stopAnimationEventsAtWindow } from './api/animation-events';
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
// Traditional Chinese (zh-Hant): unicode-range subsets, fetched only for glyphs a zh-Hant text shows (global.css).
import '@fontsource/noto-sans-tc/400.css';
import '@fontsource/noto-sans-tc/700.css';
import './styles/latin-quotes.css';
import './styles/global.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');
stopAnimationEventsAtWindow();
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
