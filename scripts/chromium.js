// Debian's Chromium, headless through puppeteer-core, for the scripts, the benchmark and the Node
// tests (nothing here downloads a browser). CHROME_PATH picks another binary.
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
