import { expect, fixture, html } from '@open-wc/testing';
import '../src/all.js';
import { catalog, register } from '../src/data/index.js';
import type { CharacterChip } from '../src/character-chip/character-chip.js';
import type { EpisodeCard } from '../src/episode-card/episode-card.js';
import type { PlotThread } from '../src/plot-thread/plot-thread.js';
import { backstage, makeSeries, part, parts, settle, text, thrownMessage } from './helpers.js';

/**
 * Counts listeners added minus removed on the long-lived targets an element can leak into:
 * document, window and the catalog. (Listeners on an element's own shadow DOM go with it.)
 */
function listenerLedger() {
  const net = new Map<string, number>();
  const restore: (() => void)[] = [];
  /** `method`, counting `delta` per call against `name:type`. */
  const counted = (name: string, method: Function, delta: number) =>
    function (this: EventTarget, type: string, ...rest: unknown[]) {
      net.set(`${name}:${type}`, (net.get(`${name}:${type}`) ?? 0) + delta);
      return method.call(this, type, ...rest);
    };
  for (const [name, target] of [['document', document], ['window', window], ['catalog', catalog]] as const) {
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    target.addEventListener = counted(name, add, 1) as typeof add;
    target.removeEventListener = counted(name, remove, -1) as typeof remove;
    restore.push(() => {
      target.addEventListener = add;
      target.removeEventListener = remove;
    });
  }
  return {
    /** Targets and event types with more adds than removes. */
    leaks: () => [...net].filter(([, n]) => n > 0),
    restore: () => restore.forEach((fn) => fn()),
  };
}

describe('lifecycle', () => {
  it('leaves no listeners or open panels behind after 1,000 create/remove cycles of each element', async function () {
    this.timeout(240_000);
    const host = document.createElement('div');
    document.body.append(host);
    const ledger = listenerLedger();
    try {
      for (let i = 0; i < 1000; i++) {
        const card = document.createElement('episode-card');
        card.setAttribute('episode', 's1e30');
        card.toggleAttribute('spoilers', i % 2 === 0);
        const thread = document.createElement('plot-thread');
        thread.setAttribute('thread', 'scarletts-voice');
        thread.setAttribute('variant', 'compact');
        thread.toggleAttribute('expanded', true);
        const chip = document.createElement('character-chip');
        chip.setAttribute('character', 'kit');
        chip.toggleAttribute('open', true); // an open panel, with its document and window listeners
        host.append(card, thread, chip);
        await settle(host);
        if (i === 0) expect(ledger.leaks().length, 'the open panel listens while it is open').to.be.greaterThan(0);
        host.replaceChildren();
      }
      await settle(host);
      expect(ledger.leaks()).to.deep.equal([]);
    } finally {
      ledger.restore();
      host.remove();
    }
    // No panel was left open: a new chip opens normally, and it is the only open one.
    const chip = await fixture<CharacterChip>(html`<character-chip character="miles" open></character-chip>`);
    await settle(chip);
    expect(part(chip, 'panel')).to.exist;
  });

  it('survives being moved, and follows id changes at run time', async () => {
    const wrap = await fixture(html`<div><section id="a"></section><section id="b"></section></div>`);
    const card = document.createElement('episode-card') as EpisodeCard;
    card.episode = 's1e30';
    const chip = document.createElement('character-chip') as CharacterChip;
    chip.character = 'kit';
    const thread = document.createElement('plot-thread') as PlotThread;
    thread.thread = 'kits-letter';
    wrap.querySelector('#a')!.append(card, chip, thread);
    chip.open = true;
    await settle(wrap);
    wrap.querySelector('#b')!.append(card, chip, thread); // a move: disconnect, then connect
    await settle(wrap);
    expect(text(part(card, 'title'))).to.equal('We');
    expect(chip.open, 'a move closes the panel').to.equal(false);
    chip.open = true;
    await settle(chip);
    expect(text(part(chip, 'panel-heading'))).to.equal('Kit');
    chip.character = 'vanessa';
    await settle(chip);
    expect(text(part(chip, 'panel-heading'))).to.equal('Vanessa');
    thread.thread = 'jenna-and-sasha';
    await settle(thread);
    expect(text(part(thread, 'title'))).to.equal('Jenna and Sasha');
    card.episode = 'gone';
    await settle(card);
    expect(text(part(card, 'notice'))).to.equal('No episode "gone" in the registered data.');
    card.episode = 's1e30';
    await settle(card);
    expect(parts(card, 'cast-member')).to.have.length(17);
  });

  it('rejects a malformed dataset with the precise error and keeps data and elements intact', async () => {
    const card = await fixture<EpisodeCard>(html`<episode-card episode="s1e30" spoilers></episode-card>`);
    await settle(card);
    const before = card.shadowRoot!.textContent;
    const bad = backstage() as any;
    bad.series[0].id = 'backstage-2';
    bad.episodes[0] = { ...bad.episodes[0], id: 's9e1', series: 'backstage-2', season: 'nine' };
    expect(thrownMessage(() => register(bad, 'bad.json'))).to.equal('bad.json: episodes[0].season: expected a whole number of at least 1, got "nine"');
    await settle(card);
    expect(card.shadowRoot!.textContent).to.equal(before);
    expect(catalog.series('backstage-2')).to.equal(undefined);
    expect(catalog.episode('s1e30')!.title).to.equal('We');
  });

  it('renders extreme strings (very long, emoji, right-to-left, 10,000 characters) without overflow or delay', async () => {
    const long = (slot: string) => {
      if (slot.endsWith('name')) return `${'Supercalifragilistic'.repeat(12)} 👩🏽‍🎤 ${slot}`;
      if (slot.endsWith('title')) return `שלום עולם — ${slot} — مرحبا بالعالم ${'🎭'.repeat(40)}`;
      if (slot.includes('description') || slot.includes('summary')) return `${'Lorem ipsum dolor sit amet, '.repeat(358)}end`;
      return `${slot} ${'x'.repeat(300)}`;
    };
    const { dataset, ids } = makeSeries(long);
    expect(dataset.characters[0].description.length).to.be.greaterThan(10_000);
    register(dataset, 'extreme.json');
    const started = performance.now();
    const wrap = await fixture(html`<div style="width: 360px">
      <episode-card episode=${ids.episode} spoilers></episode-card>
      <plot-thread thread=${dataset.threads[0].id} spoilers></plot-thread>
      <p><character-chip character=${dataset.characters[0].id} open spoilers></character-chip></p>
      <episode-card episode=""></episode-card><character-chip character=""></character-chip>
    </div>`);
    await settle(wrap);
    expect(performance.now() - started, 'ms to render').to.be.lessThan(2000);
    const chip = wrap.querySelector('character-chip') as CharacterChip;
    for (const box of [
      part(wrap.querySelector('episode-card')!, 'base')!,
      part(wrap.querySelector('plot-thread')!, 'base')!,
      part(chip, 'panel')!,
    ]) {
      expect(box.scrollWidth, `${box.getAttribute('part')} overflows`).to.be.at.most(box.clientWidth + 1);
    }
    expect(chip.getBoundingClientRect().width, 'the chip wraps inside its column').to.be.at.most(361);
  });
});
