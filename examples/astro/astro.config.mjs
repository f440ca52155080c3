// @ts-check
import { defineConfig } from 'astro/config';

// https://astro.build/config — a static site: pages are rendered at build time.
export default defineConfig({});
