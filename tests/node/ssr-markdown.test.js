// The README's 11ty shortcodes in a Markdown post (where most posts are written), built by
// Eleventy itself with its default Markdown (markdown-it, html: true): the server output must come
// through byte for byte, as a block (a card or storyline on its own line) and inline (a chip in a
// sentence), for every record of the bundled data; the page must show it with JavaScript off and
// hydrate without an error.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Eleventy from '@11ty/eleventy';
import { catalog, register, renderElement } from '../../dist/ssr.js';
import { OUT, STYLESHEETS, loadAndCheckAdopted, open, withPackageAndBrowser } from './ssr-pages.js';

const SITE = `${OUT}/eleventy`;
const options = { stylesheets: STYLESHEETS };
/** Another series whose texts are full of what Markdown reads as syntax (the page carries it too). */
const MARKDOWN_NAME = '*Nell* _the_ [keeper](x) `of` ~~the~~ light | \\ & <b>';
const harbour = JSON.parse(readFileSync('tests/fixtures/harbour-lights.json', 'utf8'));
harbour.characters[0].name = MARKDOWN_NAME;
harbour.episodes[0].logline = `${MARKDOWN_NAME}\n\nA second paragraph, after a blank line.`;
register(harbour, 'harbour-lights.json');
const threads = catalog.threadsIn('s1e30').map((t) => t.id);
const characters = catalog.charactersIn('s1e30').map((c) => c.id);

/** A post as a blogger writes it: headings, paragraphs, shortcodes on their own lines and inline. */
const POST = `---
layout: post.njk
---
# The finale, recapped

Here is the finale at a glance:

{% episodeCard "s1e30" %}

Everyone is there: ${characters.map((id) => `{% chip "${id}" %}`).join(', ')}. *Some* of them have a **big** day.

## Every storyline

${threads.map((id) => `{% storyline "${id}" %}`).join('\n\n')}

Meanwhile {% chip "kit" %} reads the letter.

## Elsewhere

<script type="application/json" data-episode-elements>${JSON.stringify(harbour).replace(/</g, '\\u003c')}</script>

{% episodeCard "hl-s1e1" %}

And {% chip "nell" %} keeps the light.
`;

const LAYOUT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Recap</title><link rel="icon" href="data:,"></head>
<body style="margin: 0; font: 16px/1.5 serif; width: 800px">{{ content | safe }}</body></html>`;

describe('episode-elements/ssr in an Eleventy Markdown post', () => {
  let page;
  const env = withPackageAndBrowser(async () => {
    rmSync(SITE, { recursive: true, force: true });
    mkdirSync(`${SITE}/src/_includes`, { recursive: true });
    writeFileSync(`${SITE}/src/_includes/post.njk`, LAYOUT);
    writeFileSync(`${SITE}/src/recap.md`, POST);
    // The README's shortcodes, as a blogger's eleventy.config.js would add them.
    const eleventy = new Eleventy(`${SITE}/src`, `${SITE}/_site`, {
      quietMode: true,
      config(config) {
        config.setUseGitIgnore(false); // tests/.out/ is ignored by git, not by this build
        config.addAsyncShortcode('episodeCard', (episode) => renderElement('episode-card', { episode }, '', options));
        config.addAsyncShortcode('storyline', (thread) => renderElement('plot-thread', { thread }, '', options));
        config.addAsyncShortcode('chip', (character) => renderElement('character-chip', { character }, '', options));
      },
    });
    await eleventy.write();
    page = readFileSync(`${SITE}/_site/recap/index.html`, 'utf8');
  });

  it('leaves the server output byte for byte: blocks on their own lines, chips inside sentences', async () => {
    assert.ok(page.includes('<h1>The finale, recapped</h1>') && page.includes('<em>Some</em>'), 'the post is Markdown');
    const card = await renderElement('episode-card', { episode: 's1e30' }, '', options);
    assert.ok(page.includes(`\n${card}\n`), 'the card, as a block of its own');
    assert.ok(!page.includes(`<p>${card.split('\n')[0]}`), 'not wrapped in a paragraph');
    for (const id of threads) assert.ok(page.includes(`\n${await renderElement('plot-thread', { thread: id }, '', options)}\n`), `storyline ${id}`);
    const chips = await Promise.all(characters.map((id) => renderElement('character-chip', { character: id }, '', options)));
    assert.ok(page.includes(`<p>Everyone is there: ${chips.join(', ')}. <em>Some</em>`), 'every chip inline in one sentence');
    assert.ok(page.includes(`<p>Meanwhile ${await renderElement('character-chip', { character: 'kit' }, '', options)} reads the letter.</p>`));
  });

  it('shows the content with JavaScript off: no raw markup, every element rendered', async () => {
    const { page: tab, problems } = await open(env.browser, `${env.origin}/${SITE}/_site/recap/`, { javaScript: false });
    const seen = await tab.evaluate(() => ({
      raw: /<\w|&lt;|&#/.test(document.body.innerText),
      shadowRoots: [...document.querySelectorAll('episode-card, plot-thread, character-chip')].filter((el) => el.shadowRoot).length,
      elements: document.querySelectorAll('episode-card, plot-thread, character-chip').length,
      title: document.querySelector('episode-card').shadowRoot.querySelector('[part="title"]').textContent.trim(),
    }));
    assert.deepEqual(seen, { raw: false, shadowRoots: seen.elements, elements: 1 + threads.length + characters.length + 3, title: 'We' });
    // Text that Markdown would read as syntax is text all the same: in a chip (inline) and a card (a block).
    const markdownText = await tab.evaluate(() => [
      document.querySelector('character-chip[character="nell"]').shadowRoot.querySelector('[part="name"]').textContent,
      document.querySelector('episode-card[episode="hl-s1e1"]').shadowRoot.querySelector('[part="logline"]').textContent,
    ]);
    assert.deepEqual(markdownText, [MARKDOWN_NAME, harbour.episodes[0].logline]);
    assert.deepEqual(problems, []);
    await tab.close();
  });

  it('hydrates without an error, keeping every server-rendered node', async () => {
    const { page: tab, problems } = await open(env.browser, `${env.origin}/${SITE}/_site/recap/`);
    const { before } = await loadAndCheckAdopted(tab);
    assert.ok(before.length > 200);
    assert.deepEqual(problems, []);
    await tab.close();
  });
});
