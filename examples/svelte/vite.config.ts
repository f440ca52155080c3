import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

// https://vite.dev/config/ (base: './' so the build is served from any folder)
export default defineConfig({
  base: './',
  plugins: [svelte()],
});
