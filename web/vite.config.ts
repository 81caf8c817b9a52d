import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Where `npm start` (or `npm run dev` at the root) serves the API during development. */
const API_SERVER = process.env.TRELLIS_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/api': API_SERVER,
      '/openapi.json': API_SERVER,
      '/docs': API_SERVER,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The server serves dist/ as it is; source maps would ship the sources to every visitor.
    sourcemap: false,
  },
});
