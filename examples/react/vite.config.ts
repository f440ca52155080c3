import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// https://vite.dev/config/ (base: './' so the build is served from any folder)
export default defineConfig({
  base: './',
  plugins: [react()],
});
