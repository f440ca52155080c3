// Bundles tsc's output (dist/) into the self-contained CDN module. The per-module ESM build with
// lit external is tsc's output itself; TypeScript 7 has no JS API for a rollup plugin to call.
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyHTMLLiterals } from 'minify-literals';

// Terser leaves template literals alone, so the elements' CSS and HTML would ship with their
// indentation; this collapses them (lightningcss for css``, html-minifier-next for html``).
const minifyLitTemplates = {
  name: 'minify-lit-templates',
  transform(code, id) {
    if (id.includes('/node_modules/') || !id.endsWith('.js')) return null;
    return minifyHTMLLiterals(code, { fileName: id });
  },
};

/** The blogger's file: Lit, every element and the Backstage data in one module. */
export const cdn = {
  input: 'dist/all.js',
  output: {
    file: 'dist/cdn/episode-elements.js',
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    json({ preferConst: true }),
    minifyLitTemplates,
    terser({ ecma: 2021, module: true, format: { comments: false } }),
  ],
  onwarn(warning, warn) {
    // tsc's decorator helper reads `this` at module level; harmless in ESM.
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};

/**
 * The same plus Lit's hydration support, for pages rendered by episode-elements/ssr. Its templates
 * stay as tsc wrote them: hydration matches each server-rendered template by a hash of its
 * strings, and the server renders the unminified dist/ modules.
 */
const hydrate = {
  ...cdn,
  input: 'dist/hydrate.js',
  output: { ...cdn.output, file: 'dist/cdn/episode-elements.hydrate.js' },
  plugins: cdn.plugins.filter((plugin) => plugin !== minifyLitTemplates),
};

export default [cdn, hydrate];
