import { expect } from '@open-wc/testing';
import '../src/all.js';
import type { CharacterChip } from '../src/character-chip/character-chip.js';
import type { EpisodeCard } from '../src/episode-card/episode-card.js';
import { renderInSlice } from '../src/shared/sliced-element.js';
import { deepElements, part, text } from './helpers.js';

/** Busy for `ms`, like a heavy first render. */
const spin = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};

/** An element placed where it is, on screen or far below it. */
function placed(onScreen: boolean): HTMLElement {
  const el = document.createElement('div');
  el.style.cssText = onScreen ? 'position: fixed; top: 0; height: 10px' : 'position: absolute; top: 500vh; height: 10px';
  document.body.append(el);
  return el;
}

/**
 * Numbers the slices that renders run in: renders of one slice run back to back in one loop, so a
 * microtask queued by one render has run only if a task boundary came before the next.
 */
function sliceCounter() {
  let slice = 0;
  let sameLoop = false;
  return () => {
    if (!sameLoop) slice++;
    sameLoop = true;
    queueMicrotask(() => (sameLoop = false));
    return slice;
  };
}

describe('first renders in slices', () => {
  afterEach(() => document.querySelectorAll('body > div, body > episode-card, body > character-chip').forEach((el) => el.remove()));

  it('spreads off-screen renders over several tasks, in order, and runs them all', async () => {
    const offScreen = placed(false);
    const currentSlice = sliceCounter();
    const ran: Array<[number, number]> = [];
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        renderInSlice(offScreen, () => {
          ran.push([i, currentSlice()]);
          spin(5);
        }),
      ),
    );
    expect(ran.map(([i]) => i)).to.deep.equal([...Array(20).keys()]);
    // 20 renders of 5 ms would be one 100 ms task; a slice stops once it has run over its budget
    // (12 to 40 ms, as long as the pause before it), so at most 9 renders share one.
    const perSlice = [...new Set(ran.map(([, slice]) => slice))].map((slice) => ran.filter(([, s]) => s === slice).length);
    expect(perSlice.length).to.be.at.least(3);
    expect(Math.max(...perSlice)).to.be.at.most(9);
  });

  it('renders what is on screen first, in one task, whatever it costs', async () => {
    const [below, onScreen] = [placed(false), placed(true)];
    const currentSlice = sliceCounter();
    const ran: string[] = [];
    await Promise.all([
      renderInSlice(below, () => ran.push(`below, slice ${currentSlice()}`)),
      ...Array.from({ length: 5 }, (_, i) =>
        renderInSlice(onScreen, () => {
          ran.push(`on screen ${i}, slice ${currentSlice()}`);
          spin(5);
        }),
      ),
    ]);
    expect(ran.slice(0, 5)).to.deep.equal([0, 1, 2, 3, 4].map((i) => `on screen ${i}, slice 1`));
    expect(ran[5]).to.equal('below, slice 2');
  });

  it('lets elements with no box or beside the screen wait for their slice; display: contents cannot wait', async () => {
    const hidden = document.createElement('div');
    hidden.style.display = 'none';
    hidden.append(document.createElement('span'));
    const beside = document.createElement('div');
    beside.style.cssText = 'position: fixed; top: 0; left: 200vw; width: 10px; height: 10px';
    const contents = document.createElement('div');
    contents.style.display = 'contents';
    const onScreen = placed(true);
    document.body.append(hidden, beside, contents);
    const currentSlice = sliceCounter();
    const ran: string[] = [];
    // Each render takes 25 ms: the first task (a budget of 40 ms at most) is spent on what cannot wait.
    const at = (name: string, el: Element) =>
      renderInSlice(el, () => {
        ran.push(`${name} ${currentSlice()}`);
        spin(25);
      });
    await Promise.all([at('hidden', hidden.firstElementChild!), at('beside', beside), at('contents', contents), at('on screen', onScreen)]);
    expect(ran.slice(0, 2)).to.deep.equal(['contents 1', 'on screen 1']);
    expect(ran.slice(2).map((entry) => entry.replace(/ \d+$/, ''))).to.deep.equal(['hidden', 'beside']);
    expect(
      ran.slice(2).every((entry) => !entry.endsWith(' 1')),
      'in later tasks',
    ).to.equal(true);
  });

  it('rejects the promise of a render that throws, and still runs the others', async () => {
    const el = placed(false);
    const ran: string[] = [];
    const results = await Promise.allSettled([
      renderInSlice(el, () => ran.push('a')),
      renderInSlice(el, () => {
        throw new Error('render failed');
      }),
      renderInSlice(el, () => ran.push('c')),
    ]);
    expect(results.map((r) => r.status)).to.deep.equal(['fulfilled', 'rejected', 'fulfilled']);
    expect(((results[1] as PromiseRejectedResult).reason as Error).message).to.equal('render failed');
    expect(ran).to.deep.equal(['a', 'c']);
  });

  it('renders a card with its nested chips in one go, and later updates at once', async () => {
    const card = document.createElement('episode-card') as EpisodeCard;
    card.episode = 's1e30';
    document.body.append(card);
    await card.updateComplete;
    // The chips inside the card rendered during the card's own render, not in later tasks.
    const chips = deepElements(card.shadowRoot!).filter((el) => el.localName === 'character-chip') as CharacterChip[];
    expect(chips.length).to.be.greaterThan(10);
    expect(chips.every((chip) => chip.hasUpdated)).to.equal(true);
    card.variant = 'compact';
    await card.updateComplete;
    expect(part(card, 'cast')).to.equal(null);
  });

  it('renders 300 elements added at once, each with its content', async () => {
    const chips = Array.from({ length: 300 }, (_, i) => {
      const chip = document.createElement('character-chip') as CharacterChip;
      chip.character = i % 2 ? 'kit' : 'jax';
      return chip;
    });
    document.body.append(...chips);
    await Promise.all(chips.map((chip) => chip.updateComplete));
    expect(chips.every((chip) => chip.hasUpdated)).to.equal(true);
    expect(text(part(chips[1], 'name'))).to.equal('Kit');
    expect(text(part(chips[0], 'name'))).to.equal('Jax');
  });
});
