import './support/hydration-support.js';
import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/plot-thread/plot-thread.register.js';
import type { PlotThread } from '../src/plot-thread/plot-thread.js';
import type { CharacterChip } from '../src/character-chip/character-chip.js';
import { captureWarnings, deepActiveElement, fixtureFor, part, parts, RENDER_MODES, settle, text } from './helpers.js';

const participants = (el: PlotThread) =>
  [...part(el, 'participants')!.children].map(
    (li) => (li.querySelector('character-chip') as CharacterChip | null)?.character ?? text(li.querySelector('.group-name')),
  );
/** The compact row's stack: each person's or group's name (hidden text beside the initials). */
const stacked = (el: PlotThread) => [...part(el, 'people')!.children].map((li) => text(li));

for (const mode of RENDER_MODES) {
  const fixture = fixtureFor(mode);
  const render = async (markup: ReturnType<typeof html>) => {
    const wrap = await fixture(markup);
    const thread = (wrap.localName === 'plot-thread' ? wrap : wrap.querySelector('plot-thread')) as PlotThread;
    await settle(wrap);
    return thread;
  };

  describe(`<plot-thread> (${mode})`, () => {
    it('full: title, status, participants as chips, premise; spoilers hidden', async () => {
      const el = await render(html`<plot-thread thread="the-scouts-slot"></plot-thread>`);
      expect(text(part(el, 'title'))).to.equal('Primas or Streets: dancing for the scout');
      expect(part(el, 'title')!.getAttribute('role')).to.equal('heading');
      expect(part(el, 'title')!.getAttribute('aria-level')).to.equal('3');
      expect(text(part(el, 'status'))).to.equal('Resolved');
      expect(participants(el)).to.deep.equal(['helsweel', 'carly', 'vanessa', 'The Primas', 'The Streets']);
      expect(text(part(el, 'premise'))).to.equal('Only one troupe gets to dance for the visiting Juilliard scout.');
      expect(part(el, 'outcome')).to.equal(null);
      expect(parts(el, 'beat')).to.have.length(0);
      expect(text(part(el, 'spoiler-toggle'))).to.equal('Show outcome and 5 beats');
      expect(part(el, 'expand')).to.equal(null);
    });

    it('reveals the outcome and a timeline of beats placed in the episode', async () => {
      const el = await render(html`<plot-thread thread="scarletts-voice"></plot-thread>`);
      const event = oneEvent(el, 'ee-spoilers-toggle');
      part(el, 'spoiler-toggle')!.click();
      expect((await event).detail.revealed).to.equal(true);
      await settle(el);
      expect(text(part(el, 'outcome'))).to.equal('Outcome: The nodes are real. Scarlett mimes her part in the live number and promises she will sing again.');
      const beats = parts(el, 'beat');
      expect(beats.map((b) => text(b.querySelector('[part="beat-position"]')))).to.deep.equal([
        'Beat 4 of 35',
        'Beat 5 of 35',
        'Beat 28 of 35',
        'Beat 30 of 35',
        'Beat 31 of 35',
      ]);
      expect(beats[0].closest('ol')).to.exist;
      expect(text(beats[1])).to.equal("Beat 5 of 35 Julie takes over and delivers the rest of Scarlett's speech.");
    });

    it('compact: one line with title, status and people; Details expands by keyboard', async () => {
      const wrap = await fixture(
        html`<div style="width: 760px"><button>before</button><plot-thread thread="jenna-and-sasha" variant="compact"></plot-thread></div>`,
      );
      const el = wrap.querySelector('plot-thread') as PlotThread;
      await settle(wrap);
      expect(stacked(el)).to.deep.equal(['JJenna', 'SSasha']);
      expect(part(el, 'participants')).to.equal(null);
      expect(part(el, 'premise')).to.equal(null);
      const header = part(el, 'header')!.getBoundingClientRect();
      expect(header.height, 'one line').to.be.lessThan(40);
      const expand = part(el, 'expand')!;
      expect(expand.getAttribute('aria-expanded')).to.equal('false');
      expect(text(expand)).to.equal('Details: Jenna and Sasha');
      expand.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(el.expanded).to.equal(true);
      expect(expand.getAttribute('aria-expanded')).to.equal('true');
      expect(text(part(el, 'premise'))).to.equal('A glance between two students at the open house.');
      expect(participants(el), 'the people as chips, once expanded').to.deep.equal(['jenna', 'sasha']);
      expect(deepActiveElement() === expand).to.equal(true);
      // Then the people's chips, then the spoiler button.
      for (const id of ['jenna', 'sasha']) {
        await sendKeys({ press: 'Tab' });
        expect((deepActiveElement()?.getRootNode() as ShadowRoot).host.getAttribute('character'), `Tab reaches ${id}'s chip`).to.equal(id);
      }
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement() === part(el, 'spoiler-toggle'), 'Tab moves on to the spoiler button').to.equal(true);
      await sendKeys({ press: ' ' });
      await settle(el);
      expect(text(part(el, 'outcome'))).to.match(/^Outcome: Jenna smiles at Sasha/);
    });

    it('uses heading-level', async () => {
      const el = await render(html`<plot-thread thread="kits-letter" heading-level="5"></plot-thread>`);
      expect(part(el, 'title')!.getAttribute('aria-level')).to.equal('5');
    });

    it('shows the spoilers from the start with spoilers on itself or an ancestor', async () => {
      const own = await render(html`<plot-thread thread="the-sprinkler-secret" spoilers></plot-thread>`);
      expect(text(part(own, 'outcome'))).to.match(/Carly and Vanessa setting off the sprinklers/);
      const inherited = await render(html`<article spoilers><plot-thread thread="the-sprinkler-secret"></plot-thread></article>`);
      expect(parts(inherited, 'beat')).to.have.length(1);
      expect(text(parts(inherited, 'beat')[0])).to.include('Beat 35 of 35');
    });

    it('lays the timeline out from the right in right-to-left pages', async () => {
      const el = await render(html`<div dir="rtl"><plot-thread thread="kits-letter" spoilers></plot-thread></div>`);
      const timeline = part(el, 'beats')!;
      expect(getComputedStyle(timeline).borderRightWidth).to.equal('2px');
      expect(getComputedStyle(timeline).borderLeftWidth).to.equal('0px');
      const marker = getComputedStyle(parts(el, 'beat')[0], '::before');
      expect(marker.right).not.to.equal('auto');
      await expect(el).to.be.accessible();
    });

    it('shows readers a calm line and warns once for an unknown or missing id', async () => {
      let el!: PlotThread;
      let missing!: PlotThread;
      const warnings = await captureWarnings(async () => {
        el = await render(html`<plot-thread thread="nope"></plot-thread>`);
        missing = await render(html`<plot-thread></plot-thread>`);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(text(part(el, 'notice'))).to.equal('This storyline is unavailable.');
      expect(part(el, 'notice')!.getAttribute('role')).to.equal('status');
      expect(text(part(missing, 'notice'))).to.equal('This storyline is unavailable.');
      expect(warnings).to.have.length(2);
      expect(warnings[0]).to.match(/^<plot-thread>: no thread "nope" in the registered data\. Known thread ids: miles-and-alya, scarletts-voice, /);
    });

    describe('accessibility (axe)', () => {
      for (const [name, markup] of [
        ['full', html`<plot-thread thread="miles-and-alya"></plot-thread>`],
        ['full, spoilers revealed', html`<plot-thread thread="miles-and-alya" spoilers></plot-thread>`],
        ['compact', html`<plot-thread thread="miles-and-alya" variant="compact"></plot-thread>`],
        ['compact, expanded, revealed', html`<plot-thread thread="miles-and-alya" variant="compact" expanded spoilers></plot-thread>`],
      ] as const) {
        it(name, async () => {
          await expect(await render(markup)).to.be.accessible();
        });
      }
      it('full, revealed, dark', async () => {
        await expect(await render(html`<plot-thread thread="miles-and-alya" spoilers style="--ee-color-scheme: dark"></plot-thread>`)).to.be.accessible();
      });
    });
  });
}
