import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const page = (name: string) => fileURLToPath(new URL(`./renderer/${name}`, import.meta.url));

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
    // The kiosk (index.html) and the fleet dashboard of `kiosk fleet serve` (fleet.html): one build, shared chunks.
    rollupOptions: { input: { index: page('index.html'), fleet: page('fleet.html') } },
  },
});
