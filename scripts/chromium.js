// Debian's Chromium (and Firefox ESR), headless through puppeteer-core, for the scripts, the
// benchmark and the Node tests (nothing here downloads a browser). CHROME_PATH and FIREFOX_PATH
// pick other binaries.
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';

export const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Launches it, or throws saying how to install it. */
export function launchChromium() {
  if (!existsSync(CHROME)) throw new Error(`No Chromium at ${CHROME}: sudo apt-get install -y chromium (or set CHROME_PATH).`);
  return puppeteer.launch({
    executablePath: CHROME,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--hide-scrollbars'],
  });
}

/** Firefox ESR (or Firefox), if installed: undefined otherwise. */
export const FIREFOX = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((path) => path && existsSync(path));

/** Launches it headless, or throws saying how to install it. */
export function launchFirefox() {
  if (!FIREFOX) throw new Error('No Firefox: sudo apt-get install -y firefox-esr (or set FIREFOX_PATH).');
  return puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
}
