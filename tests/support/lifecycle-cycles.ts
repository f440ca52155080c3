// The listener-leak test of tests/lifecycle.test.ts: 1,000 create/remove cycles of each element,
// run as four files of 250 (tests/lifecycle-cycles-*.test.ts). In one page the 1,000 cycles took
// 37 s in Firefox and 114 s in WebKit on a loaded 2-core machine, against the runner's 120 s
// testsFinishTimeout; a quarter each stays well inside it.
import { expect, fixture, html } from '@open-wc/testing';
import type { CharacterChip } from '../../src/character-chip/character-chip.js';
import { catalog } from '../../src/data/index.js';
import { part, settle } from '../helpers.js';

/**
 * Counts listeners added minus removed on the long-lived targets an element can leak into:
 * document, window and the catalog. (Listeners on an element's own shadow DOM go with it.)
 */
export function listenerLedger() {
  const net = new Map<string, number>();
  const restore: (() => void)[] = [];
  /** `method`, counting `delta` per call against `name:type`. */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- add- or removeEventListener of any target, called with its own arguments
  const counted = (name: string, method: Function, delta: number) =>
    function (this: EventTarget, type: string, ...rest: unknown[]) {
      net.set(`${name}:${type}`, (net.get(`${name}:${type}`) ?? 0) + delta);
      return method.call(this, type, ...rest);
    };
  for (const [name, target] of [
    ['document', document],
    ['window', window],
    ['catalog', catalog],
  ] as const) {
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

/** Cycles [from, to) of the 1,000: each creates a card, a thread and an open chip, and removes them. */
export function cyclesTest(from: number, to: number) {
  it(`leaves no listeners or open panels behind after create/remove cycles ${from + 1}–${to} of 1,000 of each element`, async function () {
    this.timeout(240_000);
    const host = document.createElement('div');
    document.body.append(host);
    const ledger = listenerLedger();
    try {
      for (let i = from; i < to; i++) {
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
        if (i === from) expect(ledger.leaks().length, 'the open panel listens while it is open').to.be.greaterThan(0);
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
}
