import './support/hydration-support.js';
import { expect, html, oneEvent } from '@open-wc/testing';
import '../src/all.js';
import type { EpisodeCard } from '../src/episode-card/episode-card.js';
import type { PlotThread } from '../src/plot-thread/plot-thread.js';
import type { CharacterChip } from '../src/character-chip/character-chip.js';
import { spoilersShown } from '../src/shared/spoiler-guard.js';
import { fixtureFor, part, parts, RENDER_MODES, settle } from './helpers.js';

const expanded = (el: Element) => part(el, 'spoiler-toggle')!.getAttribute('aria-expanded');

for (const mode of RENDER_MODES) {
  const fixture = fixtureFor(mode);

  describe(`spoiler guard (shared by every element) (${mode})`, () => {
    it('opens every element inside an ancestor with spoilers, and follows it when it changes', async () => {
      const page = await fixture(html`<article>
        <episode-card episode="s1e30"></episode-card>
        <plot-thread thread="kits-letter"></plot-thread>
        <p><character-chip character="kit" open></character-chip></p>
      </article>`);
      await settle(page);
      const elements = [...page.querySelectorAll('episode-card, plot-thread, character-chip')];
      expect(elements.map(expanded)).to.deep.equal(['false', 'false', 'false']);
      page.setAttribute('spoilers', '');
      await new Promise((resolve) => setTimeout(resolve)); // the page-wide observer runs as a microtask
      await settle(page);
      expect(elements.map(expanded)).to.deep.equal(['true', 'true', 'true']);
      expect(parts(elements[0], 'beat')).to.have.length(35);
      page.removeAttribute('spoilers');
      await new Promise((resolve) => setTimeout(resolve));
      await settle(page);
      expect(elements.map(expanded)).to.deep.equal(['false', 'false', 'false']);
    });

    it('lets the reader hide spoilers locally even when the page reveals them', async () => {
      const page = await fixture(html`<section spoilers><plot-thread thread="kits-letter"></plot-thread></section>`);
      const thread = page.querySelector('plot-thread') as PlotThread;
      await settle(page);
      expect(expanded(thread)).to.equal('true');
      const event = oneEvent(thread, 'ee-spoilers-toggle');
      part(thread, 'spoiler-toggle')!.click();
      expect((await event).detail.revealed).to.equal(false);
      await settle(thread);
      expect(expanded(thread)).to.equal('false');
      expect(part(thread, 'outcome')).to.equal(null);
    });

    it('passes a card’s state to the threads and chips inside it', async () => {
      const card = await fixture<EpisodeCard>(html`<episode-card episode="s1e30"></episode-card>`);
      await settle(card);
      const thread = parts(card, 'thread')[0] as PlotThread;
      const chip = card.shadowRoot!.querySelector('character-chip') as CharacterChip;
      thread.expanded = true;
      chip.open = true;
      await settle(card);
      expect([expanded(thread), expanded(chip)]).to.deep.equal(['false', 'false']);
      // A click on the card's button is a click outside the chip's panel, so it closes: reopen it.
      part(card, 'spoiler-toggle')!.click();
      chip.open = true;
      await settle(card);
      expect([expanded(card), expanded(thread), expanded(chip)]).to.deep.equal(['true', 'true', 'true']);
      part(card, 'spoiler-toggle')!.click();
      chip.open = true;
      await settle(card);
      expect([expanded(card), expanded(thread), expanded(chip)]).to.deep.equal(['false', 'false', 'false']);
    });

    it('lets the page change spoilers after the reader did, and the page’s newer word wins', async () => {
      const thread = await fixture<PlotThread>(html`<plot-thread thread="kits-letter"></plot-thread>`);
      part(thread, 'spoiler-toggle')!.click();
      await settle(thread);
      expect(thread.spoilers).to.equal(true);
      expect(thread.hasAttribute('spoilers')).to.equal(true);
      thread.spoilers = false;
      await settle(thread);
      expect(expanded(thread)).to.equal('false');
    });
  });
}

describe('spoilersShown(): the rule', () => {
  it("the reader's choice while spoilers still says what the button set, else own spoilers, else the ancestor", () => {
    const ancestor = (reveals: boolean) => () => reveals;
    const cases: Array<[boolean | undefined, boolean, boolean, boolean, string]> = [
      [undefined, false, false, false, 'nothing reveals them'],
      [undefined, true, false, true, 'own spoilers'],
      [undefined, false, true, true, 'a revealing ancestor'],
      [true, true, false, true, 'the reader revealed them'],
      [false, false, true, false, 'the reader hid them under a revealing ancestor'],
      [true, false, false, false, 'the page unset spoilers after the reader revealed them: the page wins'],
      [false, true, false, true, 'the page set spoilers after the reader hid them: the page wins'],
      [true, false, true, true, 'the page unset spoilers, but the ancestor reveals them'],
    ];
    for (const [choice, own, inherited, shown, why] of cases) expect(spoilersShown(choice, own, ancestor(inherited)), why).to.equal(shown);
  });

  it('reads the ancestors only when the element itself does not decide', () => {
    let asked = 0;
    const inherited = () => (asked++, true);
    spoilersShown(true, true, inherited);
    spoilersShown(undefined, true, inherited);
    expect(asked).to.equal(0);
    spoilersShown(undefined, false, inherited);
    expect(asked).to.equal(1);
  });
});
