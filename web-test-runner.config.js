// @web/test-runner: every tests/**/*.test.ts in Chromium, Firefox ESR and WebKit.
// BROWSERS=chromium (comma-separated) picks a subset for a quick local run; CI runs all three.
import { readFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { launchers } from './tests/browsers.js';
import { summaryReporter } from './tests/summary-reporter.js';
import { ssrPlugin } from './tests/support/ssr-plugin.js';

// The hostile-input corpus (MIT, see tests/fixtures/README.md) served to the tests as JSON.
const XSS_CORPUS = 'tests/fixtures/xss-payload-list.txt';

/** The policy a strict site sends; tests/csp.test.ts proves the elements run under it. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html episode-elements-json-ld";

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  browsers: await launchers(),
  concurrency: 1,
  reporters: [defaultReporter(), summaryReporter()],
  testFramework: { config: { timeout: 20000 } },
  plugins: [
    ssrPlugin(),
    // 'esnext', not 'es2022': esbuild's transform drops `with { type: 'json' }` for older targets,
    // and the browser then refuses the JSON module. Every engine we test supports ES2022+ natively.
    esbuildPlugin({ ts: true, target: 'esnext', tsconfig: './tsconfig.json' }),
    {
      name: 'strict-csp',
      transform(context) {
        if (context.path !== '/tests/pages/csp.html') return undefined;
        // ?policies=lit-html: a strict page that has not allowed the structured-data policy.
        const policies = context.URL.searchParams.get('policies');
        return { headers: { 'Content-Security-Policy': policies ? STRICT_CSP.replace(/trusted-types .*$/, `trusted-types ${policies}`) : STRICT_CSP } };
      },
    },
    {
      // /__data/harbour-lights.json?delay=300&break=1: the fixture series, late and/or invalid,
      // for the <episode-data> tests (loading state, errors).
      name: 'fixture-data',
      async serve(context) {
        if (!context.path.startsWith('/__data/')) return undefined;
        const data = JSON.parse(readFileSync(`tests/fixtures/${context.path.slice('/__data/'.length)}`, 'utf8'));
        if (context.URL.searchParams.has('break')) data.beats[0].characters = ['nobody'];
        await new Promise((resolve) => setTimeout(resolve, Number(context.URL.searchParams.get('delay') ?? 0)));
        return { body: JSON.stringify(data), type: 'application/json' };
      },
    },
    {
      name: 'xss-corpus',
      serve(context) {
        if (context.path === '/__corpus/xss.json') {
          const lines = readFileSync(XSS_CORPUS, 'utf8').split('\n').filter((l) => l.length > 0);
          return { body: JSON.stringify(lines), type: 'application/json' };
        }
      },
    },
  ],
};
