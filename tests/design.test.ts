// The design, measured: what a reader sees of the bundled card at a glance, its size on a desktop
// and a phone, the chips, the panel as a sheet, spacing and width on a plain page. Pages load the
// built CDN bundle, as a blog does: what the minified templates render is what is checked (the
// focus test alone renders from source, in this page, where the keyboard can reach it).
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/plot-thread/plot-thread.register.js';
import type { CharacterChip } from '../src/character-chip/character-chip.js';
import type { EpisodeCard } from '../src/episode-card/episode-card.js';
import type { PlotThread } from '../src/plot-thread/plot-thread.js';
import { bundledEpisode, deepActiveElement, expectSheet, framedPage, part, parts, settle, text, until } from './helpers.js';

const box = (el: Element) => el.getBoundingClientRect();
/** Whether `el` is rendered and inside the card's box (nothing clipped, nothing behind a click). */
const shownIn = (el: Element, card: Element) => {
  const b = box(el);
  const c = box(card);
  return b.width > 0 && b.height > 0 && b.top >= c.top && b.bottom <= c.bottom;
};

describe('design', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const [width, limit] of [
    [1280, 700],
    [390, 1300],
  ]) {
    it(`the full card is at a glance at ${width} px: at most ${limit} px tall, with the header, logline, every cast name and three storylines`, async () => {
      // A 48rem column, as on a blog; on a phone the page's own 16 px padding.
      const doc = await framedPage(
        width,
        900,
        `<main style="max-width: 48rem; margin: 0 auto; padding: 0 16px"><episode-card episode="s1e30"></episode-card></main>`,
      );
      const card = doc.querySelector<EpisodeCard>('episode-card')!;
      expect(box(card).height, 'card height').to.be.at.most(limit);
      for (const name of ['header', 'logline']) expect(shownIn(part(card, name)!, card), name).to.equal(true);
      const chips = parts(card, 'cast-member').map((li) => li.querySelector<CharacterChip>('character-chip')!);
      expect(chips).to.have.length(bundledEpisode('s1e30').characters);
      for (const chip of chips) expect(shownIn(part(chip, 'name')!, card), `cast name ${chip.character}`).to.equal(true);
      const threads = parts(card, 'thread') as PlotThread[];
      expect(threads.length).to.be.at.least(3);
      for (const thread of threads.slice(0, 3)) expect(shownIn(part(thread, 'title')!, card), `storyline ${thread.thread}`).to.equal(true);
      // Storylines are tidy rows: each one's Details button sits level with its title.
      for (const thread of threads) {
        const title = box(part(thread, 'title')!);
        const details = box(part(thread, 'expand')!);
        expect(details.top, `${thread.thread}: Details level with the title`).to.be.below(title.top + title.height / 2 + 2);
      }
      // "Spoilers" is said once, and the beats wait behind the button.
      expect(card.shadowRoot!.textContent!.match(/spoiler/gi), 'the word "spoilers"').to.have.length(1);
      expect(parts(card, 'beat')).to.have.length(0);
    });
  }

  it('centres the initials in their circles and fits two letters inside', async () => {
    const doc = await framedPage(
      900,
      400,
      `<p><character-chip character="kit"></character-chip> and <character-chip character="francesco-gilles"></character-chip></p>`,
    );
    for (const chip of doc.querySelectorAll<CharacterChip>('character-chip')) {
      const circle = part(chip, 'monogram')!;
      const letters = circle.firstElementChild!;
      const [c, l] = [box(circle), box(letters)];
      expect(l.width, `${chip.character}: the letters fit across`).to.be.below(c.width - 2);
      // Centred on the capitals (text-box trims the line box to cap height and baseline).
      expect(Math.abs(l.top + l.height / 2 - (c.top + c.height / 2)), `${chip.character}: centred`).to.be.below(1);
      expect(Math.abs(l.left + l.width / 2 - (c.left + c.width / 2)), `${chip.character}: centred across`).to.be.below(1);
    }
  });

  it('sets the "inferred" pill apart from the word before it, in the built bundle too', async () => {
    const doc = await framedPage(1000, 800, `<p><character-chip character="kit" open></character-chip></p>`);
    const chip = doc.querySelector<CharacterChip>('character-chip')!;
    await settle(chip);
    const pill = part(chip, 'panel')!.querySelector('dd .inferred')!;
    expect(text(pill.parentElement)).to.match(/^DJ Diamond Mind inferred /);
    const before = doc.createRange();
    before.selectNodeContents(pill.parentElement!.firstChild!);
    expect(box(pill).left - before.getBoundingClientRect().right, 'gap before the pill').to.be.at.least(2);
  });

  it('draws a group as a peer of the person chips: same height, a solid border, its own initials', async () => {
    const doc = await framedPage(900, 400, `<plot-thread thread="the-scouts-slot"></plot-thread>`);
    const thread = doc.querySelector<PlotThread>('plot-thread')!;
    const groups = parts(thread, 'group');
    expect(groups.map((g) => text(g.querySelector('.group-name')))).to.deep.equal(['The Primas', 'The Streets']);
    const person = box(part(thread.shadowRoot!.querySelector<CharacterChip>('character-chip')!, 'base')!);
    for (const group of groups) {
      expect(box(group).height, 'height of a person chip').to.be.closeTo(person.height, 1);
      expect(getComputedStyle(group).borderTopStyle).to.equal('solid');
      expect(text(group.querySelector('.monogram'))).to.match(/^T[PS]$/);
    }
  });

  it('gives the storyline timeline plain dots, since each beat says its place in words', async () => {
    const doc = await framedPage(
      900,
      600,
      `<plot-thread thread="scarletts-voice" spoilers></plot-thread><episode-card episode="s1e30" spoilers></episode-card>`,
    );
    const beat = part(doc.querySelector<PlotThread>('plot-thread')!, 'beat')!;
    expect(text(beat)).to.match(/^Beat 4 of 35 /);
    expect(getComputedStyle(beat, '::before').content).to.be.oneOf(['""', 'none', "''"]);
    // The card's beats have no words for their place: their markers keep the numbers.
    expect(getComputedStyle(part(doc.querySelector<EpisodeCard>('episode-card')!, 'beat')!, '::before').content).to.not.be.oneOf(['""', 'none']);
  });

  it('keeps stacked cards and notices apart, at a readable width, and lets the page override both', async () => {
    const doc = await framedPage(
      1280,
      900,
      `<episode-card episode="s1e30" variant="compact"></episode-card><episode-card episode="s1e30" variant="compact"></episode-card>
       <plot-thread thread="no-such-storyline"></plot-thread><episode-card id="tight" episode="s1e30" variant="compact" style="margin: 0; max-inline-size: none"></episode-card>`,
    );
    const [first, second, , tight] = doc.querySelectorAll('episode-card, plot-thread');
    const notice = doc.querySelector('plot-thread')!;
    expect(box(second).top - box(first).bottom, 'between two cards').to.be.at.least(15);
    expect(box(notice).top - box(second).bottom, 'between a card and a notice').to.be.at.least(15);
    expect(box(first).width, '42em of 16 px text').to.be.closeTo(672, 1);
    expect(getComputedStyle(tight).marginTop, 'the page set no margin').to.equal('0px');
    expect(box(tight).width, 'the page set no maximum').to.equal(1280);
  });

  it('is light on a page that declares no colour scheme, dark on one that declares dark', async () => {
    const light = await framedPage(600, 400, `<episode-card episode="s1e30" variant="compact"></episode-card>`);
    const surface = (doc: Document) => getComputedStyle(part(doc.querySelector('episode-card')!, 'base')!).backgroundColor;
    expect(surface(light)).to.equal('rgb(255, 255, 255)');
    const dark = await framedPage(600, 400, `<episode-card episode="s1e30" variant="compact"></episode-card>`, '', { html: 'style="color-scheme: dark"' });
    expect(surface(dark)).to.equal('rgb(29, 26, 39)');
  });

  it('draws focus in the kit’s accent, not the browser’s blue', async () => {
    const wrap = await fixture(html`<div><plot-thread thread="scarletts-voice"></plot-thread></div>`);
    const thread = wrap.querySelector<PlotThread>('plot-thread')!;
    await settle(thread);
    const toggle = part(thread, 'spoiler-toggle')!;
    expect(getComputedStyle(toggle).borderTopColor, 'the accent').to.equal('rgb(122, 46, 142)');
    // From the last person's chip, Tab moves on to the spoiler button: keyboard focus, :focus-visible.
    const chips = thread.shadowRoot!.querySelectorAll<CharacterChip>('character-chip');
    part(chips[chips.length - 1], 'base')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement() === toggle, 'Tab reaches the spoiler button').to.equal(true);
    expect(getComputedStyle(toggle).outlineColor).to.equal('rgb(122, 46, 142)');
    expect(getComputedStyle(toggle).outlineStyle).to.equal('solid');
  });

  it('on a phone, opens the panel as a sheet and brings the beats it reveals into view', async () => {
    const doc = await framedPage(390, 700, `<p style="margin: 16px">Then <character-chip character="miles"></character-chip> sings.</p>`);
    const chip = doc.querySelector<CharacterChip>('character-chip')!;
    chip.open = true;
    await settle(chip);
    const panel = part(chip, 'panel')!;
    expectSheet(chip, '390×700');
    const toggle = part(chip, 'spoiler-toggle')!;
    toggle.click();
    await settle(chip);
    // Smooth scrolling takes a few frames.
    const firstBeat = part(chip, 'beat')!;
    await until(() => box(firstBeat).bottom <= box(panel).bottom, 'the first revealed beat is inside the sheet');
    expect(panel.scrollHeight, 'the sheet scrolls').to.be.above(panel.clientHeight);
    expect(getComputedStyle(panel).backgroundImage, 'with a shade that says so').to.match(/gradient/);
  });
});
