import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The renderer build: relative asset URLs so app:// and the web host serve the same files. */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // No data: URIs: the CSP allows only 'self' for images and fonts.
    assetsInlineLimit: 0,
    target: 'chrome120',
    sourcemap: false,
  },
});
