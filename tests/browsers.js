// Launchers for the three engines, all from Debian packages (nothing downloads a browser):
// Chromium (CDP), Firefox ESR (puppeteer over WebDriver BiDi) and WebKit (MiniBrowser through
// WebKitWebDriver, on a virtual display when there is no real one).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';

const INSTALL = 'sudo apt-get install -y chromium firefox-esr webkit2gtk-driver xvfb';
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** The first existing path (an env override first), or undefined. */
const find = (envVar, paths) => [process.env[envVar], ...paths].find((p) => p && existsSync(p));

/** Processes this config started (Xvfb, WebKitWebDriver): stopped when the runner exits. */
const children = [];
process.on('exit', () => children.forEach((child) => child.kill()));

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/** Starts Xvfb on a display it picks itself and resolves to that display (":N"). */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    children.push(xvfb);
    xvfb.on('error', reject);
    xvfb.stdio[3].once('data', (data) => resolve(`:${String(data).trim()}`));
  });
}

async function waitFor(url, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer within ${ms} ms`);
}

export const engines = {
  chromium: {
    binaries: () => find('CHROME_PATH', ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable']),
    missing: 'Chromium (apt package chromium; or set CHROME_PATH)',
    launcher: async (executablePath) =>
      chromeLauncher({
        launchOptions: {
          executablePath,
          headless: true,
          args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'],
        },
      }),
  },
  firefox: {
    binaries: () => find('FIREFOX_PATH', ['/usr/bin/firefox-esr', '/usr/bin/firefox']),
    missing: 'Firefox (apt package firefox-esr; or set FIREFOX_PATH)',
    launcher: async (executablePath) => puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath, headless: true } }),
  },
  webkit: {
    binaries: () => {
      const driver = find('WEBKIT_WEBDRIVER', ['/usr/bin/WebKitWebDriver']);
      const browser = find('WEBKIT_MINIBROWSER', [MINIBROWSER]);
      const display = process.env.DISPLAY || find('XVFB', ['/usr/bin/Xvfb']);
      return driver && browser && display ? { driver, browser } : undefined;
    },
    missing: 'WebKit (apt packages webkit2gtk-driver and, without a display, xvfb)',
    launcher: async ({ driver, browser }) => {
      // MiniBrowser has no headless mode: give it a virtual display unless there is a real one.
      const display = process.env.DISPLAY || (await startXvfb());
      const port = await freePort();
      const webdriver = spawn(driver, [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: display } });
      children.push(webdriver);
      await waitFor(`http://127.0.0.1:${port}/status`, 15_000);
      return webdriverLauncher({
        hostname: '127.0.0.1',
        port,
        path: '/',
        logLevel: 'error',
        capabilities: {
          browserName: 'MiniBrowser',
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': { args: ['--automation'], binary: browser },
        },
      });
    },
  },
};

/**
 * Launchers for the engines named in BROWSERS (comma-separated; default: all three). Exits with
 * the apt command to run when a wanted browser is missing.
 */
export async function launchers(wanted = process.env.BROWSERS ?? Object.keys(engines).join(',')) {
  const names = wanted
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);
  const unknown = names.filter((name) => !engines[name]);
  if (unknown.length) {
    console.error(`BROWSERS: unknown browser ${unknown.join(', ')} (known: ${Object.keys(engines).join(', ')})`);
    process.exit(1);
  }
  const found = names.map((name) => [name, engines[name].binaries()]);
  const missing = found.filter(([, binaries]) => !binaries).map(([name]) => engines[name].missing);
  if (missing.length) {
    console.error(
      [
        `The tests need these browsers, which were not found: ${missing.join('; ')}.`,
        `On Debian or Ubuntu:  ${INSTALL}`,
        'For a quick run in fewer engines:  BROWSERS=chromium npm test',
      ].join('\n'),
    );
    process.exit(1);
  }
  return Promise.all(found.map(([name, binaries]) => engines[name].launcher(binaries)));
}
