#!/usr/bin/env node
// Writes each element's styles to dist/cdn/<tag>.css: the stylesheets that server-rendered shadow
// roots link to (episode-elements/ssr), so such pages are styled with JavaScript off and under a
// `style-src 'self'` policy. The text is the elements' own (minified) styles, read from dist/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { elementStylesheet, RENDERABLE_TAGS } from '../dist/ssr.js';

mkdirSync('dist/cdn', { recursive: true });
const written = RENDERABLE_TAGS.map((tag) => {
  const css = elementStylesheet(tag);
  writeFileSync(`dist/cdn/${tag}.css`, `${css}\n`);
  return `${tag}.css ${(css.length / 1000).toFixed(1)} kB`;
});
console.log(`stylesheets for server-rendered elements in dist/cdn/: ${written.join(', ')}`);
