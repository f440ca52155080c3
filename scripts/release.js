#!/usr/bin/env node
// `npm run release` (after the build): the zip a blogger downloads, release/episode-elements-<version>.zip,
// with the CDN files, a ready example post and the embed builder, all side by side, so that the
// post and the builder work opened straight from the unzipped folder. Prints each CDN file's
// Subresource Integrity hash and its URL on the npm CDN once this version is published.
// `--out DIR` writes the zip elsewhere (the tests do). The zip is made by fflate: the same
// files give the same bytes (fixed dates), and no system `zip` is needed.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { zipSync } from 'fflate';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

/** The files bloggers use, from dist/cdn/: what each is for goes into the zip's README.txt. */
export const CDN_FILES = {
  'episode-elements.js': 'the elements, Lit and the Backstage data, as a module: <script type="module" src="episode-elements.js"></script>',
  'episode-elements.classic.js':
    'the same as a classic script, which also works in a page opened from disk: <script defer src="episode-elements.classic.js"></script>',
  'episode-elements.hydrate.js': 'for pages rendered on a server by episode-elements/ssr (see the README)',
  'episode-card.css': 'styles of a server-rendered <episode-card>',
  'character-chip.css': 'styles of a server-rendered <character-chip>',
  'plot-thread.css': 'styles of a server-rendered <plot-thread>',
};
/** What the embed builder needs besides the bundle. */
const BUILDER_FILES = ['episode-elements.validate.js'];

/** The jsDelivr URL a dist/cdn/ file will have once this version is on npm. */
export const cdnUrl = (file, v = version) => `https://cdn.jsdelivr.net/npm/episode-elements@${v}/dist/cdn/${file}`;

/** `sha384-…`, the value of an `integrity` attribute for these bytes. */
export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** Replaces each [from, to] in text, failing loudly when a page no longer has what we rewrite. */
function rewrite(text, name, pairs) {
  for (const [from, to] of pairs) {
    if (!text.includes(from)) throw new Error(`release: ${name} no longer contains ${JSON.stringify(from)}; update scripts/release.js`);
    text = text.replaceAll(from, to);
  }
  return text;
}

function readme(hashes) {
  const list = (entries) => entries.map(([name, what]) => `  ${name}\n      ${what}`).join('\n');
  return `episode-elements ${version}

Open example-post.html: a blog post with an episode card, a character chip and a storyline.
Open builder.html to find the id of any episode, character or storyline, set the options and
copy the HTML for your post (or the static HTML, for blogs that strip scripts).

Upload episode-elements.js (or episode-elements.classic.js) next to your posts and write the tags
the builder gives you. Files:

${list(Object.entries(CDN_FILES))}
${list([
  ['example-post.html', 'a ready post using episode-elements.classic.js'],
  ['builder.html, builder.js, builder.css, static-html.js, episode-elements.validate.js', 'the embed builder'],
])}

From the npm CDN instead, once version ${version} is published (the integrity value makes the
browser refuse a file that differs from this release's):

${Object.entries(hashes)
  .filter(([name]) => name.endsWith('.js'))
  .map(
    ([name, hash]) =>
      `  <script ${name.includes('classic') ? 'defer' : 'type="module"'} src="${cdnUrl(name)}"\n          integrity="${hash}" crossorigin="anonymous"></script>`,
  )
  .join('\n')}

MIT licence (LICENSE). Backstage and its characters belong to their creators.
`;
}

/** Builds the zip's files in memory: returns { files: name → bytes, hashes: CDN file → SRI }. */
export function releaseFiles() {
  const missing = [...Object.keys(CDN_FILES), ...BUILDER_FILES].filter((file) => !existsSync(join('dist/cdn', file)));
  if (missing.length) throw new Error(`release: ${missing.join(', ')} missing from dist/cdn/: run npm run build first (npm run release does).`);
  const files = {};
  const hashes = {};
  for (const file of [...Object.keys(CDN_FILES), ...BUILDER_FILES]) {
    files[file] = readFileSync(join('dist/cdn', file));
    if (CDN_FILES[file]) hashes[file] = sri(files[file]);
  }
  // The pages load dist/cdn/ from the repository; in the zip the files sit beside them.
  const page = (path, pairs) => new TextEncoder().encode(rewrite(readFileSync(path, 'utf8'), path, pairs));
  files['example-post.html'] = page('demo/example-post.html', [['../dist/cdn/', '']]);
  files['builder.html'] = page('demo/builder.html', [
    ['../dist/cdn/', ''],
    ['href="index.html">The demo post', 'href="example-post.html">The example post'],
  ]);
  for (const file of ['builder.js', 'builder.css', 'static-html.js']) files[file] = readFileSync(join('demo', file));
  files['LICENSE'] = readFileSync('LICENSE');
  files['README.txt'] = new TextEncoder().encode(readme(hashes));
  return { files, hashes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { out: { type: 'string', default: 'release' } } });
  try {
    const { files, hashes } = releaseFiles();
    const folder = `episode-elements-${version}`;
    // A fixed date: the same release gives the same zip.
    const mtime = new Date('2000-01-01T00:00:00Z');
    const zip = zipSync(Object.fromEntries(Object.entries(files).map(([name, bytes]) => [`${folder}/${name}`, [bytes, { mtime, level: 9 }]])));
    mkdirSync(values.out, { recursive: true });
    const path = join(values.out, `${folder}.zip`);
    writeFileSync(path, zip);
    console.log(`${relative('.', path) || path}: ${Object.keys(files).length} files, ${(zip.length / 1000).toFixed(1)} kB\n`);
    console.log(`Subresource Integrity (sha384) and the npm CDN URL once ${version} is published:`);
    for (const [file, hash] of Object.entries(hashes)) console.log(`  ${file}  ${hash}\n    ${cdnUrl(file)}`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
