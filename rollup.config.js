// Bundles tsc's output (dist/) into the self-contained CDN modules. The per-module ESM build with
// lit external is tsc's output itself, with its templates minified by scripts/minify-templates.js
// (TypeScript 7 has no JS API for a rollup plugin to call), so the bundles, npm users and the
// server renderer all share the same template strings.
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/** Resolve for browsers, inline the JSON data, minify: as an ES module, or for a classic script. */
const plugins = (module) => [
  nodeResolve({ browser: true, exportConditions: ['production'] }),
  json({ preferConst: true }),
  terser({ ecma: 2021, module, format: { comments: false } }),
];

/** The blogger's file: Lit, every element and the Backstage data in one module. */
export const cdn = {
  input: 'dist/all.js',
  output: {
    file: 'dist/cdn/episode-elements.js',
    format: 'es',
    sourcemap: true,
  },
  plugins: plugins(true),
  onwarn(warning, warn) {
    // tsc's decorator helper reads `this` at module level; harmless in ESM.
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};

/**
 * The same plus Lit's hydration support, for pages rendered by episode-elements/ssr: the
 * elements adopt the server's DOM (hydration matches each template by a hash of its strings,
 * which are the same minified strings the server rendered from dist/).
 */
const hydrate = {
  ...cdn,
  input: 'dist/hydrate.js',
  output: { ...cdn.output, file: 'dist/cdn/episode-elements.hydrate.js' },
};

/**
 * The blogger's file as a classic script, for `<script defer src=…>`: a page opened from disk
 * (file://) cannot load module scripts, but loads this. The same code in an IIFE; its exports are
 * the global `episodeElements` (`episodeElements.register(…)`).
 */
const classic = {
  ...cdn,
  output: { file: 'dist/cdn/episode-elements.classic.js', format: 'iife', name: 'episodeElements', sourcemap: true },
  plugins: plugins(false),
};

/**
 * The embed builder's dataset check (demo/builder.html): the CLI's per-file check and its words, as
 * a classic script whose exports are the global `episodeElementsValidate`. Only the builder loads
 * it, so the readers' bundle does not carry the CLI's extra messages.
 */
const validate = {
  ...classic,
  input: 'dist/data/check-file.js',
  output: { ...classic.output, file: 'dist/cdn/episode-elements.validate.js', name: 'episodeElementsValidate' },
};

export default [cdn, hydrate, classic, validate];
