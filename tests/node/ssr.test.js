// Server rendering (episode-elements/ssr): the HTML it writes, that HTML in Chromium with
// JavaScript off and under the README's strict policy, and hydration by the hydrate bundle (same
// DOM, no shift), also with an ancestor the server could not see and in other load orders.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { renderElement, renderTemplate } from '../../dist/ssr.js';
import {
  HYDRATE_BUNDLE,
  MARK_PARTS,
  PLAIN_BUNDLE,
  SETTLED,
  STYLESHEETS,
  loadAndCheckAdopted,
  loadScript,
  open,
  withPackageAndBrowser,
  writePage,
} from './ssr-pages.js';

const options = { stylesheets: STYLESHEETS };
const card = () => renderElement('episode-card', { episode: 's1e30', 'heading-level': 2 }, '', options);
const chip = () => renderElement('character-chip', { character: 'kit' }, '', options);
const thread = () => renderElement('plot-thread', { thread: 'kits-letter', variant: 'compact', series: 'backstage' }, '', options);

/** A blog post with a card, a chip in a sentence and a storyline, server-rendered. */
async function post(head = '') {
  return writePage('ssr-post.html', `${await card()}\n<p>Meanwhile ${await chip()} reads the letter.</p>\n${await thread()}`, head);
}

/** Text a reader sees, and the card's and chip's layout, in the open page. */
const SEEN = () => {
  const part = (el, name) => el.shadowRoot?.querySelector(`[part~="${name}"]`);
  const cardEl = document.querySelector('episode-card');
  const chipEl = document.querySelector('character-chip');
  return {
    title: part(cardEl, 'title')?.textContent.trim(),
    cardBorder: getComputedStyle(part(cardEl, 'base')).borderTopWidth,
    cardHeight: Math.round(cardEl.getBoundingClientRect().height),
    chipText: chipEl.shadowRoot.textContent.trim(),
    chipWidth: Math.round(chipEl.getBoundingClientRect().width),
    rawMarkupShown: document.body.innerText.includes('<button'),
  };
};

describe('episode-elements/ssr', () => {
  const env = withPackageAndBrowser();

  it('writes declarative shadow DOM that links each element’s stylesheet, and escapes what it is given', async () => {
    const html = await renderElement('episode-card', { episode: 's1e30', spoilers: true, variant: false });
    assert.match(
      html,
      /^<episode-card episode="s1e30" spoilers[^>]*>\n<template shadowrootmode="open"><link rel="stylesheet" href="\/assets\/episode-card\.css"><!--lit-part/,
    );
    assert.ok(!html.includes('<style'), 'no inline styles');
    assert.ok(html.includes('<link rel="stylesheet" href="/assets/character-chip.css">'), 'nested elements link theirs');
    assert.ok(html.includes('SECRETS HAVE A WAY OF GETTING OUT'), 'the beats are rendered when spoilers is set');
    const hostile = await renderElement('character-chip', { character: '"><script>alert(1)</script>' }, '<b>her</b>');
    assert.ok(!hostile.includes('<script>alert'), hostile.slice(0, 300));
    assert.ok(hostile.includes('&lt;b&gt;her&lt;/b&gt;'));
    assert.ok((await renderElement('plot-thread', { thread: 'x' }, '', { stylesheets: '/s/"><x>' })).includes('href="/s/&quot;&gt;&lt;x&gt;plot-thread.css"'));
    // A series chosen on the server reaches the chips the card renders (there is no ancestor to inherit from).
    const inSeries = await renderElement('episode-card', { episode: 's1e30', series: 'backstage' });
    assert.match(inSeries, /<character-chip character="miles" episode="s1e30" series="backstage"/);
    const warnings = [];
    const warn = console.warn;
    console.warn = (message) => warnings.push(message); // the element's warnings, expected here
    try {
      assert.ok((await renderElement('episode-card', { episode: 's1e30', series: 'nope' })).includes('This episode card is unavailable.'));
      await renderElement('episode-card', { episode: 's1e99' });
      // With debug, the page shows the author's message (the server sees the element's own attribute).
      const debugged = await renderElement('plot-thread', { thread: 'scarlett-voice', debug: true });
      assert.ok(
        debugged.includes(`no thread &quot;scarlett-voice&quot; in the registered data. Did you mean &quot;scarletts-voice&quot; (Scarlett's voice)?`),
        debugged,
      );
    } finally {
      console.warn = warn;
    }
    // A build logs what a page author would see in the console: a typo in an id, an unknown series.
    assert.equal(warnings.length, 3, warnings.join('\n'));
    assert.match(warnings[0], /^<episode-card>: no series "nope" is registered \(its series attribute, or an ancestor's, names it\)\. Known series: backstage/);
    assert.match(warnings[1], /^<episode-card>: no episode "s1e99" in the registered data\. Known episode ids: s1e30\.$/);
    await assert.rejects(renderElement('script', {}), /"script" is not one of episode-card, character-chip, plot-thread/);
  });

  it('writes only documented and global attributes: no event handlers, style or autofocus', async () => {
    const allowed = await renderElement('episode-card', {
      episode: 's1e30',
      id: 'finale',
      class: 'wide',
      lang: 'en',
      'data-track': 'x',
      'aria-describedby': 'n',
      hidden: false,
    });
    assert.match(allowed, /^<episode-card episode="s1e30" id="finale" class="wide" lang="en" data-track="x" aria-describedby="n"/);
    for (const name of ['onfocus', 'onclick', 'style', 'autofocus', 'tabindex', 'srcdoc', 'on click']) {
      await assert.rejects(
        renderElement('episode-card', { episode: 's1e30', autofocus: name === 'autofocus', [name]: name === 'autofocus' ? true : 'alert(1)' }),
        new RegExp(
          `^Error: renderElement: <episode-card> does not take the attribute "${name}"\\. Allowed: episode, series, variant, heading-level, spoilers, structured-data, all-storylines, debug; and id, class, slot, lang, dir, title, hidden, part, exportparts, data-\\* and aria-\\*\\.$`,
        ),
        name,
      );
    }
    await assert.rejects(
      renderElement('character-chip', { character: 'kit', variant: 'compact' }),
      /<character-chip> does not take the attribute "variant"\. Allowed: character, episode, series, spoilers, open, debug;/,
    );
  });

  it('renderTemplate leaves a page’s own Lit elements their styles, and scripts and styles their text', async () => {
    const { LitElement, css, html } = await import('lit');
    customElements.define(
      'site-note',
      class extends LitElement {
        static styles = css`:host { color: rebeccapurple }`;
        render() {
          return html`<b>*note*</b>`;
        }
      },
    );
    const out = await renderTemplate(
      html`<site-note></site-note><style>p > b { color: red } /* *x* */</style><script type="application/ld+json">{"a": "[*_]"}</script><episode-card episode="s1e30" variant="compact"></episode-card>`,
    );
    assert.ok(out.includes('<site-note><template shadowrootmode="open"><style>:host { color: rebeccapurple }</style>'), out.slice(0, 300));
    assert.ok(out.includes('<style>p > b { color: red } /* *x* */</style><script type="application/ld+json">{"a": "[*_]"}</script>'));
    assert.ok(out.includes('<link rel="stylesheet" href="/assets/episode-card.css">'));
  });

  // 60 kB until issue 14: each list's "+N more" slot is an empty hydration part (31 bytes; 14 of
  // them in a full card) and its list an id for the button to point at. 61 kB until issue 15: the
  // words readers see come from reader-text.ts, so each is a part with its markers (61.2 kB).
  it('writes a full card in at most 62 kB, on one line after its start tag', async () => {
    const html = await card();
    assert.ok(html.length <= 62_000, `${html.length} bytes`);
    assert.equal(html.split('\n').length, 2);
    assert.equal((await chip()).includes('\n'), false, 'a chip is one line, for running text');
  });

  it('is exported where bundlers look: episode-elements/cdn/…', () => {
    for (const file of ['episode-elements.hydrate.js', 'episode-elements.js', 'episode-card.css', 'character-chip.css', 'plot-thread.css']) {
      const path = fileURLToPath(import.meta.resolve(`episode-elements/cdn/${file}`));
      assert.ok(existsSync(path), path);
    }
  });

  it('shows the content, styled, with JavaScript off, and adopts it when the hydrate bundle loads: same nodes, no shift, interactive', async () => {
    const { page, problems } = await open(env.browser, `${env.origin}/${await post()}`, { javaScript: false });
    const noScript = await page.evaluate(SEEN);
    assert.deepEqual(
      { ...noScript, cardHeight: noScript.cardHeight > 300 },
      { title: 'We', cardBorder: '4px', cardHeight: true, chipText: 'KKit', chipWidth: noScript.chipWidth, rawMarkupShown: false },
    );
    await page.close();

    const hydrated = await open(env.browser, `${env.origin}/${await post()}`);
    const { before, afterwards } = await loadAndCheckAdopted(hydrated.page);
    assert.equal(afterwards.length, before.length);
    assert.deepEqual(await hydrated.page.evaluate(() => window.shifts), [], 'no layout shift, while loading or hydrating');
    assert.deepEqual(await hydrated.page.evaluate(SEEN), noScript);
    const beats = await hydrated.page.evaluate(async () => {
      const el = document.querySelector('episode-card');
      el.shadowRoot.querySelector('[part="spoiler-toggle"]').click();
      await el.updateComplete;
      return el.shadowRoot.querySelectorAll('[part="beat"]').length;
    });
    assert.equal(beats, 35);
    assert.deepEqual([...problems, ...hydrated.problems], []);
    await hydrated.page.close();
  });

  it('passes the README’s strict Content-Security-Policy: styled with JavaScript off and after hydration, no violation', async () => {
    const body = `${await card()}\n<p>Meanwhile ${await chip()} reads the letter.</p>`;
    const off = await open(env.browser, `${env.origin}/${writePage('ssr-strict.csp.html', body)}`, { javaScript: false });
    assert.equal((await off.page.evaluate(SEEN)).cardBorder, '4px');
    assert.deepEqual(off.problems, []);
    await off.page.close();
    const on = await open(
      env.browser,
      `${env.origin}/${writePage('ssr-strict-hydrated.csp.html', body, `<script type="module" src="${HYDRATE_BUNDLE}"></script>`)}`,
    );
    await on.page.evaluate(SETTLED);
    const seen = await on.page.evaluate(SEEN);
    assert.equal(seen.cardBorder, '4px');
    assert.equal(seen.chipText, 'KKit');
    assert.deepEqual(on.problems, []);
    await on.page.close();
  });

  it('honours an ancestor’s spoilers the server could not see, without errors, and the button works', async () => {
    const path = writePage(
      'ssr-ancestor.html',
      `<article spoilers series="backstage">${await renderElement('plot-thread', { thread: 'kits-letter' }, '', options)}</article>`,
    );
    const { page, problems } = await open(env.browser, `${env.origin}/${path}`);
    await loadScript(page);
    const state = () =>
      page.evaluate(() => {
        const el = document.querySelector('plot-thread');
        const toggle = el.shadowRoot.querySelector('[part="spoiler-toggle"]');
        return {
          expanded: toggle.getAttribute('aria-expanded'),
          outcome: !!el.shadowRoot.querySelector('[part="outcome"]'),
          beats: el.shadowRoot.querySelectorAll('[part="beat"]').length,
        };
      });
    assert.deepEqual(await state(), { expanded: 'true', outcome: true, beats: 3 }, 'the ancestor’s spoilers are honoured');
    for (const expected of [
      { expanded: 'false', outcome: false, beats: 0 },
      { expanded: 'true', outcome: true, beats: 3 },
    ]) {
      await page.evaluate(() => document.querySelector('plot-thread').shadowRoot.querySelector('[part="spoiler-toggle"]').click());
      await page.evaluate(SETTLED);
      assert.deepEqual(await state(), expected);
    }
    assert.deepEqual(problems, []);
    await page.close();
  });

  for (const [order, scripts, adopted] of [
    ['the plain bundle alone replaces its DOM in place', [PLAIN_BUNDLE], false],
    ['the plain bundle, then the hydrate bundle: the first definition replaces it', [PLAIN_BUNDLE, HYDRATE_BUNDLE], false],
    ['the hydrate bundle, then the plain bundle: the first definition adopts it', [HYDRATE_BUNDLE, PLAIN_BUNDLE], true],
  ]) {
    it(`never shows a server-rendered element twice: ${order}`, async () => {
      const { page, problems } = await open(env.browser, `${env.origin}/${await post()}`);
      const server = await page.evaluate(SEEN);
      await page.evaluate(MARK_PARTS);
      const start = await page.evaluate(() => performance.now());
      for (const src of scripts) await loadScript(page, src);
      assert.deepEqual(await page.evaluate(SEEN), server, 'the same content, once, in the same space');
      assert.equal(
        (await page.evaluate(MARK_PARTS)).every((p) => p.kept),
        adopted,
        adopted ? 'the server’s nodes are kept' : 'the server’s nodes are replaced',
      );
      assert.deepEqual(await page.evaluate((t) => window.shifts.filter((s) => s.at >= t), start), [], 'no layout shift');
      assert.deepEqual(problems, []);
      await page.close();
    });
  }

  it('renders again, with one warning and no error, what the server rendered differently', async () => {
    // The server rendered s1e30; the page asks for s1e99 by the time it hydrates (an edited page).
    const path = writePage('ssr-mismatch.html', (await card()).replace('episode="s1e30"', 'episode="s1e99"'));
    const { page, problems } = await open(env.browser, `${env.origin}/${path}`);
    await loadScript(page);
    const seen = await page.evaluate(() => {
      const root = document.querySelector('episode-card').shadowRoot;
      return { notice: root.querySelector('[part="notice"]')?.textContent.trim(), cards: root.querySelectorAll('[part="base"]').length };
    });
    assert.deepEqual(seen, { notice: 'This episode card is unavailable.', cards: 0 });
    assert.equal(problems.filter((p) => p.includes('could not adopt its server-rendered content and rendered it again')).length, 1, problems.join('\n'));
    assert.deepEqual(
      problems.filter((p) => p.startsWith('uncaught')),
      [],
    );
    await page.close();
  });
});
