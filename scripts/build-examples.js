#!/usr/bin/env node
// Bundles the framework examples (examples/*/app.jsx) the way an app's bundler would: the package
// is imported by its name through package.json's exports, React's JSX uses the automatic runtime.
import { build } from 'esbuild';

await build({
  entryPoints: ['examples/react/app.jsx'],
  outfile: 'examples/react/build/app.js',
  bundle: true,
  format: 'esm',
  jsx: 'automatic',
  minify: true,
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
console.log('examples built: examples/react/build/app.js');
