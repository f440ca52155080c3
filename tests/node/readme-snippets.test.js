// Every complete HTML snippet in README.md works when copied as it stands: each becomes a page in
// a folder beside the built CDN files (where the README says to upload them), served over http
// and loaded in Chromium, where every element must render its content with no console error,
// failed request or notice. A snippet that is only a piece of a page says so with an HTML comment
// on the line before its block: `<!-- fragment: why -->`. A versioned npm CDN URL is answered
// with the built file (it is what will be published); any other outside request fails the test.
// Snippets with a classic script are also opened from disk (file://), which the README promises.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../../scripts/chromium.js';
import { serveStatic } from '../../scripts/serve-demo.js';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const CDN = /^https:\/\/cdn\.jsdelivr\.net\/npm\/episode-elements@([^/]+)\/dist\/cdn\/([\w.-]+)$/;
const ELEMENTS = 'episode-card, character-chip, plot-thread';

/** The README's ```html blocks, each with its line number and whether a fragment comment precedes it. */
export function htmlSnippets(markdown) {
  const lines = markdown.split('\n');
  const snippets = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() !== '```html') continue;
    const end = lines.indexOf('```', i + 1);
    let before = i - 1;
    while (before >= 0 && !lines[before].trim()) before--;
    snippets.push({ line: i + 1, html: lines.slice(i + 1, end).join('\n'), fragment: /^<!--\s*fragment\b/.test(lines[before] ?? '') });
    i = end;
  }
  return snippets;
}

const snippets = htmlSnippets(readFileSync('README.md', 'utf8'));
const complete = snippets.filter((snippet) => !snippet.fragment);

describe('README snippets', { skip: !existsSync('dist/cdn/episode-elements.classic.js') && 'run npm run build first' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'ee-readme-'));
  let browser;
  let server;
  before(async () => {
    cpSync('dist/cdn', dir, { recursive: true });
    for (const { line, html } of complete) {
      writeFileSync(
        join(dir, `snippet-${line}.html`),
        `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>README line ${line}</title></head>\n<body>\n${html}\n</body>\n</html>\n`,
      );
    }
    server = await serveStatic(dir, 0);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('marks its fragments, and has complete snippets to test', () => {
    assert.ok(complete.length >= 5, `complete snippets found: ${complete.map((s) => s.line).join(', ')}`);
    assert.ok(snippets.length > complete.length, 'and fragments');
  });

  /** Loads the snippet's page; resolves to what each element shows, and every problem seen. */
  async function load(url) {
    const page = await browser.newPage();
    const problems = [];
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const cdn = CDN.exec(request.url());
      if (cdn) {
        if (cdn[1] !== version) problems.push(`${request.url()}: not this version (${version})`);
        const file = join(dir, cdn[2]);
        if (!existsSync(file)) return request.respond({ status: 404, body: '' });
        return request.respond({ status: 200, contentType: 'text/javascript', headers: { 'Access-Control-Allow-Origin': '*' }, body: readFileSync(file) });
      }
      if (/^(http:\/\/localhost|file:|data:)/.test(request.url())) return request.continue();
      problems.push(`outside request: ${request.url()}`);
      return request.abort();
    });
    page.on('console', (message) => ['error', 'warn', 'warning'].includes(message.type()) && problems.push(`console: ${message.text()}`));
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
    page.on('response', (response) => response.status() >= 400 && problems.push(`HTTP ${response.status()}: ${response.url()}`));
    try {
      await page.goto(url, { waitUntil: 'load' });
      const rendered = await page
        .waitForFunction(
          (selector) => {
            const elements = [...document.querySelectorAll(selector)];
            return elements.length && elements.every((el) => el.shadowRoot?.textContent.trim()) && elements;
          },
          { timeout: 5_000 },
          ELEMENTS,
        )
        .then(() => true)
        .catch(() => false);
      const shown = await page.evaluate(
        (selector) =>
          [...document.querySelectorAll(selector)].map((el) => ({
            tag: el.localName,
            text: (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60),
            notice: !!el.shadowRoot?.querySelector('[part~="notice"], [part~="unknown"]'),
          })),
        ELEMENTS,
      );
      return { rendered, shown, problems };
    } finally {
      await page.close();
    }
  }

  for (const { line, html } of complete) {
    const classic = /<script\b(?![^>]*type="module")[^>]*\bsrc=/.test(html);
    it(`line ${line}: renders as written${classic ? ', served and opened from disk' : ''}`, async () => {
      const urls = [`${server.origin}/snippet-${line}.html`, ...(classic ? [`file://${join(dir, `snippet-${line}.html`)}`] : [])];
      for (const url of urls) {
        const { rendered, shown, problems } = await load(url);
        assert.ok(shown.length, `${url}: the snippet has elements`);
        assert.ok(rendered, `${url}: every element rendered: ${JSON.stringify(shown)}`);
        assert.deepEqual(
          shown.filter((el) => el.notice),
          [],
          `${url}: no notice`,
        );
        assert.deepEqual(problems, [], url);
      }
    });
  }
});
