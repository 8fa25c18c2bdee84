import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import '../styles/global.css';
import { FleetApp } from './FleetApp';

// The fleet dashboard page (`kiosk fleet serve`): admin mode's PIN pad and dashboard, no visitor tour.
const root = document.getElementById('root');
if (!root) throw new Error('fleet.html lacks #root');
createRoot(root).render(
  <StrictMode>
    <FleetApp />
  </StrictMode>,
);
