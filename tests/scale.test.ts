import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/all.js';
import { CharacterChip } from '../src/character-chip/character-chip.js';
import type { EpisodeCard } from '../src/episode-card/episode-card.js';
import type { PlotThread } from '../src/plot-thread/plot-thread.js';
import { register } from '../src/data/index.js';
import { makeSeries, part, parts, settle, text } from './helpers.js';

// Sizes far beyond a blog post: a paragraph of 1,000 chips, a cast of 10,000. The ceilings are
// generous (a busy 2-core machine, three engines); the old code missed them many times over.

/** What a page of `n` chips looks like in its first frame, and once everything has rendered. */
interface ChipPage {
  /** ms from the bundle's start until every chip had rendered. */
  ms: number;
  /** Layouts the scheduler forced: reads of a position after a render. */
  layouts: number;
  /** Chips rendered in the first frame, and chips on screen at the end that were not. */
  firstFrame: number;
  missedOnScreen: number;
  /** First-frame chips that have moved since. */
  moved: number;
}

/**
 * Loads `body` in a 1280×800 frame with the CDN bundle, and watches it: which chips had rendered
 * by the first frame (and where), how many layouts the scheduler forced, when the last rendered.
 */
async function loadChips(body: string): Promise<ChipPage> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1280px; height: 800px; border: 0; display: block';
  const watch = `
    // A read of a position after a chip rendered is a forced layout.
    let dirty = false;
    window.__layouts = 0;
    const read = Element.prototype.getBoundingClientRect;
    Element.prototype.getBoundingClientRect = function () {
      if (dirty) { window.__layouts++; dirty = false; }
      return read.call(this);
    };
    window.__start = performance.now();
    customElements.whenDefined('character-chip').then(() => {
      const Chip = customElements.get('character-chip');
      const render = Chip.prototype.render;
      Chip.prototype.render = function () { dirty = true; return render.call(this); };
      // The first frame: after the first batch, before the first paint.
      requestAnimationFrame(() => {
        window.__first = [...document.querySelectorAll('character-chip')].filter((c) => c.hasUpdated).map((c) => [c, read.call(c).toJSON()]);
      });
    });`;
  frame.srcdoc = `<!doctype html><html><head><script>${watch}</script>
    <script type="module" blocking="render" src="${location.origin}/dist/cdn/episode-elements.js"></script></head>
    <body style="margin: 0; font: 16px/1.5 serif"><main style="max-width: 44em; margin: 0 auto">${body}</main></body></html>`;
  document.body.append(frame);
  try {
    const win = frame.contentWindow as Window & typeof globalThis & Record<string, unknown>;
    await waitUntil(() => win.__first !== undefined, 'the first frame', { timeout: 30_000 });
    const chips = [...frame.contentDocument!.querySelectorAll<CharacterChip>('character-chip')];
    await waitUntil(() => chips.every((c) => c.hasUpdated), 'every chip rendered', { timeout: 60_000, interval: 20 });
    const ms = win.performance.now() - (win.__start as number);
    const first = win.__first as Array<[CharacterChip, DOMRect]>;
    const firstSet = new Set(first.map(([c]) => c));
    const moved = first.filter(([c, r]) => JSON.stringify(c.getBoundingClientRect().toJSON()) !== JSON.stringify(r)).length;
    const missedOnScreen = chips.filter((c) => {
      const { top, bottom } = c.getBoundingClientRect();
      return bottom > 0 && top < 800 && !firstSet.has(c);
    }).length;
    return { ms, layouts: win.__layouts as number, firstFrame: first.length, missedOnScreen, moved };
  } finally {
    frame.remove();
  }
}

const chips = (n: number, each: (chip: string) => string) =>
  Array.from({ length: n }, () => each('<character-chip character="kit"></character-chip>')).join('\n');

describe('scale', () => {
  it('1,000 chips in one paragraph: a few layouts, no slower than 1,000 paragraphs, nothing on screen moves', async function () {
    this.timeout(120_000);
    const inline = await loadChips(`<p>Scene:\n${chips(1000, (c) => c)}</p>`);
    const separate = await loadChips(chips(1000, (c) => `<p>${c}</p>`));
    // The first screen was complete in the first frame and has not moved since.
    for (const page of [inline, separate]) {
      expect(page.firstFrame).to.be.greaterThan(10);
      expect(page.missedOnScreen, 'chips on screen that rendered after the first frame').to.equal(0);
      expect(page.moved, 'first-frame chips that moved later').to.equal(0);
    }
    // One layout per chip on screen was hundreds; growing rounds need a few.
    expect(inline.layouts, 'forced layouts').to.be.at.most(16);
    expect(inline.ms, `inline ${Math.round(inline.ms)} ms vs separate ${Math.round(separate.ms)} ms`).to.be.below(separate.ms * 3 + 1000);
  });

  it('a card with a cast of 10,000 shows the first 24, then 500 more a click, each click in slices', async function () {
    this.timeout(120_000);
    const { dataset, ids } = makeSeries((slot) => `Text for ${slot}`, { characters: 10_000, threads: 2, beats: 10_000 });
    register(dataset, 'cast of 10,000');
    const started = performance.now();
    const card = await fixture<EpisodeCard>(html`<episode-card episode=${ids.episode}></episode-card>`);
    await settle(card);
    // Was one render of 10,000 chips (7.6 s on the reporter's machine).
    expect(performance.now() - started, 'first render').to.be.below(3000);
    const cast = () => parts(card, 'cast-member');
    const button = (name: string) => card.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="${name}"][aria-controls="cast"]`);
    const n = (x: number) => x.toLocaleString('en');
    expect(cast()).to.have.length(24);
    expect(part(card, 'cast')!.id).to.equal('cast');
    expect(text(button('more'))).to.equal(`+500 more characters (${n(9976)} hidden, ${n(10_000)} in all)`);
    expect(button('fewer')).to.equal(null);

    // A click adds 500, a slice per task: after the first task, only part of them.
    button('more')!.focus();
    button('more')!.click();
    await new Promise((resolve) => setTimeout(resolve));
    expect(cast().length).to.be.above(24).and.below(524);
    await waitUntil(() => cast().length === 524, '500 more rendered', { timeout: 30_000, interval: 20 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(cast()).to.have.length(524, 'no more than asked for');
    const chip = cast()[523].querySelector<CharacterChip>('character-chip')!;
    await chip.updateComplete;
    expect(text(part(chip, 'name'))).to.equal('Text for character 523 name');
    expect(text(button('more'))).to.equal(`+500 more characters (${n(9476)} hidden, ${n(10_000)} in all)`);
    expect(card.shadowRoot!.activeElement, 'the focus stays on "+500 more"').to.equal(button('more'));

    // "Show fewer" goes back to 24, and the focus to "+500 more".
    button('fewer')!.click();
    await settle(card);
    expect(cast()).to.have.length(24);
    expect(button('fewer')).to.equal(null);
    expect(card.shadowRoot!.activeElement).to.equal(button('more'));
  });

  it('the last "+N more" shows all the rest; the focus moves to "Show fewer"', async () => {
    const { dataset, ids } = makeSeries((slot) => `Text for ${slot}`, { characters: 30, threads: 1, beats: 30 });
    register(dataset, 'cast of 30');
    const card = await fixture<EpisodeCard>(html`<episode-card episode=${ids.episode}></episode-card>`);
    await settle(card);
    const more = card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="more"]')!;
    expect(text(more)).to.equal('+6 more characters (6 hidden, 30 in all)');
    await expect(card).to.be.accessible();
    more.focus();
    more.click();
    await waitUntil(() => parts(card, 'cast-member').length === 30, 'the rest rendered');
    await settle(card);
    expect(more.isConnected, 'nothing more to show').to.equal(false);
    expect(card.shadowRoot!.activeElement).to.equal(card.shadowRoot!.querySelector('[part~="fewer"]'));
    await expect(card).to.be.accessible();
  });

  it('a list growing when its card leaves the page grows on when it comes back', async function () {
    this.timeout(60_000);
    const { dataset, ids } = makeSeries((slot) => `Text for ${slot}`, { characters: 2000, threads: 1, beats: 2000 });
    register(dataset, 'cast of 2,000, moved');
    const host = await fixture(html`<div><episode-card episode=${ids.episode}></episode-card></div>`);
    const card = host.querySelector<EpisodeCard>('episode-card')!;
    await settle(card);
    card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="more"]')!.click();
    card.remove(); // a framework keeping the card aside while another view shows
    await new Promise((resolve) => setTimeout(resolve, 50));
    host.append(card);
    await waitUntil(() => parts(card, 'cast-member').length === 524, 'the 500 asked for', { timeout: 30_000, interval: 20 });
    card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="more"]')!.click();
    await waitUntil(() => parts(card, 'cast-member').length === 1024, '500 more', { timeout: 30_000, interval: 20 });
  });

  it('a list is short again when it lists something else, or comes back after being hidden', async function () {
    this.timeout(120_000);
    const a = makeSeries((slot) => `A ${slot}`, { characters: 1000, threads: 1, beats: 1000 });
    const b = makeSeries((slot) => `B ${slot}`, { characters: 1000, threads: 1, beats: 1000 });
    register(a.dataset, 'cast of 1,000 (a)');
    register(b.dataset, 'cast of 1,000 (b)');
    const card = await fixture<EpisodeCard>(html`<episode-card episode=${a.ids.episode} spoilers></episode-card>`);
    await settle(card);
    const expand = async (key: string, to: number, count: () => number) => {
      card.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="more"][aria-controls="${key}"]`)!.click();
      await waitUntil(() => count() === to, `${key}: ${to}`, { timeout: 30_000, interval: 20 });
    };
    await expand('cast', 524, () => parts(card, 'cast-member').length);
    await expand('beats', 550, () => parts(card, 'beat').length);

    // Another episode: its cast starts short, with no "Show fewer" the reader never asked for.
    card.episode = b.ids.episode;
    await card.updateComplete;
    expect(parts(card, 'cast-member')).to.have.length(24);
    const first = parts(card, 'cast-member')[0].querySelector<CharacterChip>('character-chip')!;
    await first.updateComplete;
    expect(text(part(first, 'name'))).to.equal('B character 0 name');
    expect(card.shadowRoot!.querySelector('[part~="fewer"]')).to.equal(null);

    // Beats hidden and shown again: the first 50, not 550 rebuilt in one render.
    await expand('beats', 550, () => parts(card, 'beat').length);
    card.spoilers = false;
    await card.updateComplete;
    card.spoilers = true;
    await card.updateComplete;
    expect(parts(card, 'beat')).to.have.length(50);
  });

  it('caps every list from data: a storyline of 10,000 beats, a character in 10,000 beats', async function () {
    this.timeout(120_000);
    const { dataset, ids } = makeSeries((slot) => `Text for ${slot}`, { characters: 2, threads: 1, beats: 10_000 });
    register(dataset, 'one storyline of 10,000 beats');
    const thread = dataset.threads[0].id;
    const person = dataset.characters[0].id;
    const started = performance.now();
    const host = await fixture(html`<div>
      <plot-thread thread=${thread} spoilers></plot-thread>
      <character-chip character=${person} episode=${ids.episode} spoilers open></character-chip>
    </div>`);
    await settle(host);
    expect(performance.now() - started, 'first render').to.be.below(3000);
    const plot = host.querySelector<PlotThread>('plot-thread')!;
    expect(parts(plot, 'beat')).to.have.length(50);
    expect(text(plot.shadowRoot!.querySelector('[part~="more"][aria-controls="beats"]'))).to.equal(
      `+500 more beats (${(9950).toLocaleString('en')} hidden, ${(10_000).toLocaleString('en')} in all)`,
    );
    const chip = host.querySelector<CharacterChip>('character-chip')!;
    await chip.updateComplete;
    expect(parts(chip, 'beat')).to.have.length(50);
    expect(text(chip.shadowRoot!.querySelector('[part~="more"][aria-controls="beats"]'))).to.equal(
      `+500 more beats (${(4950).toLocaleString('en')} hidden, ${(5000).toLocaleString('en')} in all)`,
    );
    // Expanded, closed and opened again: the panel's list is short again.
    chip.shadowRoot!.querySelector<HTMLButtonElement>('[part~="more"][aria-controls="beats"]')!.click();
    await waitUntil(() => parts(chip, 'beat').length === 550, '500 more beats', { timeout: 30_000, interval: 20 });
    chip.open = false;
    await chip.updateComplete;
    chip.open = true;
    await chip.updateComplete;
    expect(parts(chip, 'beat')).to.have.length(50);
  });
});
