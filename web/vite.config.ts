import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The browser app: built into dist/web and served by the Civitas server itself.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 700,
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
