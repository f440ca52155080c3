// @web/test-runner: every tests/**/*.test.ts in real browsers. BROWSERS=chromium (comma-separated)
// picks engines; Firefox and WebKit launchers join here in the hardening issue.
import { existsSync, readFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { summaryReporter } from './tests/summary-reporter.js';

const CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome'];

function findChromium() {
  const path = process.env.CHROME_PATH ?? CHROMIUM_PATHS.find((p) => existsSync(p));
  if (path && existsSync(path)) return path;
  console.error(
    [
      process.env.CHROME_PATH ? `CHROME_PATH=${process.env.CHROME_PATH} does not exist.` : `No Chromium found (looked in ${CHROMIUM_PATHS.join(', ')}).`,
      'The tests need a system browser. On Debian or Ubuntu:  sudo apt-get install -y chromium',
      'or point CHROME_PATH at a Chrome/Chromium binary:  CHROME_PATH=/path/to/chrome npm test',
    ].join('\n'),
  );
  process.exit(1);
}

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath: findChromium(),
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'],
      },
    }),
};

const wanted = (process.env.BROWSERS ?? Object.keys(launchers).join(',')).split(',').map((b) => b.trim()).filter(Boolean);
for (const name of wanted) {
  if (!launchers[name]) throw new Error(`BROWSERS: unknown browser "${name}" (known: ${Object.keys(launchers).join(', ')})`);
}

// The hostile-input corpus (MIT, see tests/fixtures/README.md) served to the tests as JSON.
const XSS_CORPUS = 'tests/fixtures/xss-payload-list.txt';

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  browsers: wanted.map((name) => launchers[name]()),
  concurrency: 1,
  reporters: [defaultReporter(), summaryReporter()],
  testFramework: { config: { timeout: 20000 } },
  plugins: [
    // 'esnext', not 'es2022': esbuild's transform drops `with { type: 'json' }` for older targets,
    // and the browser then refuses the JSON module. Every engine we test supports ES2022+ natively.
    esbuildPlugin({ ts: true, target: 'esnext', tsconfig: './tsconfig.json' }),
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
