import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

export default defineConfig({
  plugins: [react(), tailwindcss()],
  // Relative asset URLs so the built app works from any folder of a newsroom's CDN.
  base: './',
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
