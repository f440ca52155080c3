import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

const customElements = ['episode-card', 'character-chip', 'plot-thread', 'episode-data'];

// https://vite.dev/config/ (base: './' so the build is served from any folder)
export default defineConfig({
  base: './',
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => customElements.includes(tag) } } })],
});
