// `npm run release` (scripts/release.js, after a build): the zip's content, the Subresource
// Integrity hashes it prints, and the zip's pages opened straight from the unzipped folder
// (file://, where module scripts cannot load) in Chromium and Firefox.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { unzipSync } from 'fflate';
import { CHROME, FIREFOX, launchChromium, launchFirefox } from '../../scripts/chromium.js';
import { sri } from '../../scripts/release.js';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const FOLDER = `episode-elements-${version}`;

const release = (out) => spawnSync(process.execPath, ['scripts/release.js', '--out', out], { encoding: 'utf8' });

describe('npm run release', { skip: !existsSync('dist/cdn/episode-elements.classic.js') && 'run npm run build first' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'ee-release-'));
  let run;
  let files;
  before(() => {
    run = release(dir);
    assert.equal(run.status, 0, run.stderr);
    files = unzipSync(readFileSync(join(dir, `${FOLDER}.zip`)));
    for (const [name, bytes] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), bytes);
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('zips the CDN files, the example post and the embed builder in one folder', () => {
    assert.deepEqual(
      Object.keys(files).sort(),
      [
        'LICENSE',
        'README.txt',
        'builder.css',
        'builder.html',
        'builder.js',
        'character-chip.css',
        'episode-card.css',
        'episode-elements.classic.js',
        'episode-elements.hydrate.js',
        'episode-elements.js',
        'episode-elements.validate.js',
        'example-post.html',
        'plot-thread.css',
        'static-html.js',
      ].map((name) => `${FOLDER}/${name}`),
    );
    for (const name of ['episode-elements.js', 'episode-elements.classic.js', 'character-chip.css']) {
      assert.deepEqual(Buffer.from(files[`${FOLDER}/${name}`]), readFileSync(`dist/cdn/${name}`), `${name} is the built file`);
    }
    // The pages load the files beside them, not the repository's dist/cdn/.
    for (const page of ['example-post.html', 'builder.html']) assert.doesNotMatch(Buffer.from(files[`${FOLDER}/${page}`]).toString(), /dist\/cdn/);
  });

  it('prints the sha384 integrity of each CDN file and its versioned npm CDN URL, the same as README.txt', () => {
    const printed = [...run.stdout.matchAll(/^ {2}(\S+) {2}(sha384-[A-Za-z0-9+/=]+)\n {4}(\S+)$/gm)];
    assert.deepEqual(
      printed.map(([, file]) => file),
      ['episode-elements.js', 'episode-elements.classic.js', 'episode-elements.hydrate.js', 'episode-card.css', 'character-chip.css', 'plot-thread.css'],
    );
    const readme = Buffer.from(files[`${FOLDER}/README.txt`]).toString();
    for (const [, file, hash, url] of printed) {
      assert.equal(hash, sri(readFileSync(`dist/cdn/${file}`)), `${file}: the printed hash is the file's`);
      assert.equal(hash, sri(files[`${FOLDER}/${file}`]), `${file}: and the zipped file's`);
      assert.equal(url, `https://cdn.jsdelivr.net/npm/episode-elements@${version}/dist/cdn/${file}`);
      if (file.endsWith('.js'))
        assert.ok(readme.includes(`src="${url}"\n          integrity="${hash}" crossorigin="anonymous"`), `README.txt has ${file}'s tag`);
    }
  });

  it('makes the same zip from the same files', () => {
    const again = mkdtempSync(join(tmpdir(), 'ee-release-again-'));
    try {
      assert.equal(release(again).status, 0);
      assert.deepEqual(readFileSync(join(again, `${FOLDER}.zip`)), readFileSync(join(dir, `${FOLDER}.zip`)));
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });

  const browsers = [
    ['Chromium', () => launchChromium(), CHROME],
    ['Firefox', () => launchFirefox(), FIREFOX],
  ];
  for (const [name, launch, binary] of browsers) {
    it(`its example post and embed builder work opened from disk in ${name}`, { skip: !binary && `no ${name}` }, async () => {
      const browser = await launch();
      try {
        const page = await browser.newPage();
        const problems = [];
        page.on('console', (message) => ['error', 'warn', 'warning'].includes(message.type()) && problems.push(message.text()));
        page.on('pageerror', (error) => problems.push(String(error)));
        await page.goto(`file://${join(dir, FOLDER, 'example-post.html')}`);
        await page.waitForFunction(() => document.querySelector('plot-thread')?.shadowRoot?.querySelector('[part="title"]'), { timeout: 15_000 });
        const titles = await page.evaluate(() =>
          ['episode-card', 'plot-thread', 'character-chip'].map((tag) =>
            document.querySelector(tag).shadowRoot.querySelector('[part="title"], [part="name"]').textContent.trim(),
          ),
        );
        assert.deepEqual(titles, ['We', "Scarlett's voice", 'Scarlett']);

        await page.goto(`file://${join(dir, FOLDER, 'builder.html')}`);
        await page.waitForFunction(() => document.documentElement.hasAttribute('data-ready'), { timeout: 15_000 });
        const preview = await page.evaluate(() => document.querySelector('#preview episode-card').shadowRoot.querySelector('[part="title"]').textContent);
        assert.equal(preview, 'We');
        assert.match(
          await page.evaluate(() => document.getElementById('static').value),
          /^<episode-card episode="s1e30"[^>]*><template shadowrootmode="open">/,
        );
        assert.deepEqual(problems, []);
      } finally {
        await browser.close();
      }
    });
  }
});
