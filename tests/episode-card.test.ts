import './support/hydration-support.js';
import { expect, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys } from '@web/test-runner-commands';
import '../src/episode-card/episode-card.register.js';
import type { EpisodeCard } from '../src/episode-card/episode-card.js';
import type { CharacterChip } from '../src/character-chip/character-chip.js';
import type { PlotThread } from '../src/plot-thread/plot-thread.js';
import {
  bundledEpisode,
  canEmulateMedia,
  captureWarnings,
  clickCentre,
  deepActiveElement,
  fixtureFor,
  part,
  parts,
  RENDER_MODES,
  settle,
  text,
} from './helpers.js';

const toggle = (el: EpisodeCard) => part(el, 'spoiler-toggle') as HTMLButtonElement;

for (const mode of RENDER_MODES) {
  const fixture = fixtureFor(mode);

  describe(`<episode-card> (${mode})`, () => {
    afterEach(() => resetMouse());

    it('renders the episode facts from the bundled data', async () => {
      const el = await fixture<EpisodeCard>(html`<episode-card episode="s1e30"></episode-card>`);
      expect(text(part(el, 'eyebrow'))).to.equal('Backstage · Season 1 · Episode 30');
      expect(text(part(el, 'title'))).to.equal('We');
      expect(text(part(el, 'badge'))).to.equal('Season finale');
      expect(text(part(el, 'logline'))).to.match(/^Keaton throws open its doors/);
      expect(text(part(el, 'setting'))).to.equal("Setting: Keaton's open house");
      await settle(el);
      const chips = parts(el, 'cast-member').map((li) => li.querySelector('character-chip') as CharacterChip);
      expect(chips).to.have.length(bundledEpisode('s1e30').characters);
      expect(chips.every((c) => c.episode === 's1e30')).to.equal(true);
      const cast = chips.map((chip) => text(part(chip, 'name')));
      expect(cast.slice(0, 3)).to.deep.equal(['Miles', 'Bianca', 'Scarlett']);
      expect(cast).to.include.members(['Francesco Gilles', "Bianca's agent", "Kit's biological parents", 'Durani']);
      expect(parts(el, 'thread'), 'the first three storylines').to.have.length(3);
      const all = part(el, 'all-storylines')!;
      expect(text(all)).to.equal(`All ${bundledEpisode('s1e30').threads} storylines`);
      expect(all.getAttribute('aria-expanded')).to.equal('false');
      all.click();
      await settle(el);
      expect(all.getAttribute('aria-expanded')).to.equal('true');
      expect(text(all)).to.equal('Fewer storylines');
      const threads = parts(el, 'thread') as PlotThread[];
      expect(threads).to.have.length(bundledEpisode('s1e30').threads);
      expect(threads.every((t) => t.localName === 'plot-thread' && t.variant === 'compact')).to.equal(true);
      expect(text(part(threads[0], 'title'))).to.equal('Miles, Alya and the almost-kiss');
      expect(text(part(threads.at(-1)!, 'status'))).to.equal('Cliffhanger');
    });

    it('nests its storylines one heading level below its sections', async () => {
      const el = await fixture<EpisodeCard>(html`<episode-card episode="s1e30" heading-level="2"></episode-card>`);
      await settle(el);
      const thread = parts(el, 'thread')[0];
      expect(part(thread, 'title')!.getAttribute('aria-level')).to.equal('4');
    });

    it('lets a storyline expand to its premise, and its spoilers follow the card', async () => {
      const el = await fixture<EpisodeCard>(html`<episode-card episode="s1e30"></episode-card>`);
      await settle(el);
      const thread = parts(el, 'thread')[1] as PlotThread;
      expect(part(thread, 'premise')).to.equal(null);
      await clickCentre(part(thread, 'expand')!);
      await settle(el);
      expect(text(part(thread, 'premise'))).to.match(/^Scarlett's voice breaks/);
      expect(part(thread, 'outcome')).to.equal(null);
      await clickCentre(toggle(el));
      await settle(el);
      expect(text(part(thread, 'outcome'))).to.match(/nodes are real/);
    });

    it('uses heading-level for the title and the next level for section headings', async () => {
      const el = await fixture<EpisodeCard>(html`<episode-card episode="s1e30"></episode-card>`);
      expect(part(el, 'title')!.getAttribute('aria-level')).to.equal('3');
      el.headingLevel = 2;
      await el.updateComplete;
      expect(part(el, 'title')!.getAttribute('role')).to.equal('heading');
      expect(part(el, 'title')!.getAttribute('aria-level')).to.equal('2');
      expect(parts(el, 'section-heading').map((h) => h.getAttribute('aria-level'))).to.deep.equal(['3', '3', '3']);
      el.headingLevel = 6;
      await el.updateComplete;
      expect(parts(el, 'section-heading')[0].getAttribute('aria-level')).to.equal('6');
      el.setAttribute('heading-level', '9');
      await el.updateComplete;
      expect(part(el, 'title')!.getAttribute('aria-level')).to.equal('3');
      el.setAttribute('heading-level', '6');
      await el.updateComplete;
      expect(parts(el, 'section-heading')[0].getAttribute('aria-level')).to.equal('6');
    });

    it('keeps the beats out of the page until the reader asks', async () => {
      const el = await fixture<EpisodeCard>(html`<episode-card episode="s1e30"></episode-card>`);
      const beats = part(el, 'beats')!;
      expect(beats.hidden).to.equal(true);
      expect(beats.children).to.have.length(0);
      expect(el.shadowRoot!.textContent).not.to.include('SECRETS HAVE A WAY');
      expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
      expect(toggle(el).getAttribute('aria-controls')).to.equal(beats.id);
      expect(text(toggle(el))).to.equal('Show 35 beats');
    });

    it('reveals and hides the beats with a real mouse click, firing ee-spoilers-toggle', async () => {
      const el = await fixture<EpisodeCard>(html`<episode-card episode="s1e30"></episode-card>`);
      const revealed = oneEvent(el, 'ee-spoilers-toggle');
      await clickCentre(toggle(el));
      const event = await revealed;
      expect(event.detail).to.deep.equal({ revealed: true });
      expect(event.bubbles && event.composed).to.equal(true);
      await el.updateComplete;
      expect(el.spoilers).to.equal(true);
      expect(el.hasAttribute('spoilers')).to.equal(true);
      expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
      const beats = parts(el, 'beat');
      expect(beats).to.have.length(35);
      expect(text(beats[0])).to.match(/^Still shaken by his almost-kiss with Julie/);
      expect(text(beats[34].querySelector('blockquote'))).to.equal('SECRETS HAVE A WAY OF GETTING OUTemail to Principal Durani');
      expect(beats.map((b) => b.dataset.n)).to.deep.equal(Array.from({ length: 35 }, (_, i) => String(i + 1)));
      expect(text(beats[29].querySelector('.beat-threads'))).to.equal("Denzel's plan for the live number · Scarlett's voice · Kit, Jax and the summer tour");

      const hidden = oneEvent(el, 'ee-spoilers-toggle');
      await clickCentre(toggle(el));
      expect((await hidden).detail.revealed).to.equal(false);
      await el.updateComplete;
      expect(part(el, 'beats')!.hidden).to.equal(true);
      expect(parts(el, 'beat')).to.have.length(0);
    });

    it('works from the keyboard: Tab order, Enter and Space on the spoiler button, focus stays', async () => {
      const wrap = await fixture(html`<div><button id="before">before</button><episode-card episode="s1e30"></episode-card></div>`);
      const el = wrap.querySelector('episode-card') as EpisodeCard;
      await settle(el);
      (document.getElementById('before') as HTMLButtonElement).focus();
      await sendKeys({ press: 'Tab' });
      const firstChip = part(parts(el, 'cast-member')[0].querySelector('character-chip')!, 'base');
      expect(deepActiveElement() === firstChip, 'Tab reaches the first cast chip').to.equal(true);
      // The last thing before the spoiler button is the "All 11 storylines" button.
      part(el, 'all-storylines')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement() === toggle(el), 'Tab reaches the spoiler button').to.equal(true);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
      expect(parts(el, 'beat')).to.have.length(35);
      expect(deepActiveElement() === toggle(el), 'focus stays on the button').to.equal(true);
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
      expect(parts(el, 'beat')).to.have.length(0);
      expect(deepActiveElement() === toggle(el), 'focus stays on the button').to.equal(true);
    });

    it('shows the beats from the start with the spoilers attribute', async () => {
      const el = await fixture<EpisodeCard>(html`<episode-card episode="s1e30" spoilers></episode-card>`);
      expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
      expect(text(toggle(el))).to.equal('Hide 35 beats');
      expect(parts(el, 'beat')).to.have.length(35);
    });

    it('compact variant: one-line header and logline only', async () => {
      const el = await fixture<EpisodeCard>(html`<episode-card episode="s1e30" variant="compact"></episode-card>`);
      expect(text(part(el, 'title'))).to.equal('We');
      expect(text(part(el, 'logline'))).to.match(/^Keaton throws open/);
      for (const name of ['cast', 'threads', 'spoiler-toggle', 'beats', 'setting']) expect(part(el, name), name).to.equal(null);
      expect(el.shadowRoot!.querySelector('character-chip, plot-thread')).to.equal(null);
      const header = part(el, 'header')!;
      const title = part(el, 'title')!;
      // One line: the title row sits on a single line box at the card's width.
      expect(title.getBoundingClientRect().height).to.be.lessThan(2 * parseFloat(getComputedStyle(title).lineHeight));
      expect(header.getBoundingClientRect().height).to.be.lessThan(80);
    });

    it('renders footer content slotted by the page', async () => {
      const el = await fixture<EpisodeCard>(html`<episode-card episode="s1e30"><a slot="footer" href="/recap">Read my recap</a></episode-card>`);
      const slot = el.shadowRoot!.querySelector('slot[name="footer"]') as HTMLSlotElement;
      expect(slot.assignedElements().map(text)).to.deep.equal(['Read my recap']);
    });

    it('shows readers a calm line for an unknown id, and warns once, listing known ids', async () => {
      let el!: EpisodeCard;
      const warnings = await captureWarnings(async () => {
        el = await fixture<EpisodeCard>(html`<episode-card episode="s1e99"></episode-card>`);
        el.requestUpdate();
        await el.updateComplete;
      });
      const notice = part(el, 'notice')!;
      expect(notice.getAttribute('role')).to.equal('status');
      expect(text(notice)).to.equal('This episode card is unavailable.');
      expect(notice.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(warnings).to.deep.equal(['<episode-card>: no episode "s1e99" in the registered data. Known episode ids: s1e30.']);
    });

    it('shows the calm line for a missing id, and recovers when a valid id is set', async () => {
      let el!: EpisodeCard;
      const warnings = await captureWarnings(async () => {
        el = await fixture<EpisodeCard>(html`<episode-card></episode-card>`);
      });
      expect(text(part(el, 'notice'))).to.equal('This episode card is unavailable.');
      expect(warnings).to.deep.equal(['<episode-card>: the episode attribute is missing. Known episode ids: s1e30.']);
      el.setAttribute('episode', 's1e30');
      await el.updateComplete;
      expect(part(el, 'notice')).to.equal(null);
      expect(text(part(el, 'title'))).to.equal('We');
    });

    it('has a dark scheme that the page can force, and custom colours that win', async () => {
      const el = await fixture<EpisodeCard>(html`<episode-card episode="s1e30"></episode-card>`);
      const surface = () => getComputedStyle(part(el, 'base')!).backgroundColor;
      el.style.setProperty('--ee-color-scheme', 'light');
      expect(surface()).to.equal('rgb(255, 255, 255)');
      el.style.setProperty('--ee-color-scheme', 'dark');
      expect(surface()).to.equal('rgb(29, 26, 39)');
      el.style.setProperty('--ee-color-surface', 'rgb(1, 2, 3)');
      expect(surface()).to.equal('rgb(1, 2, 3)');
    });

    it('follows the page’s colour scheme, light when the page declares none', async () => {
      const el = await fixture<EpisodeCard>(html`<episode-card episode="s1e30"></episode-card>`);
      const surface = () => getComputedStyle(part(el, 'base')!).backgroundColor;
      const root = document.documentElement.style;
      try {
        expect(surface()).to.equal('rgb(255, 255, 255)');
        root.colorScheme = 'dark';
        expect(surface()).to.equal('rgb(29, 26, 39)');
        el.style.setProperty('--ee-color-scheme', 'light'); // the page may still pin one card
        expect(surface()).to.equal('rgb(255, 255, 255)');
      } finally {
        root.colorScheme = '';
      }
    });

    it('ignores the reader’s OS dark mode on a light page, unless the page or a custom property asks for it', async function () {
      // Emulating the media feature needs the DevTools protocol, which only the Chromium launcher has;
      // Firefox and WebKit run the page-scheme test above, which uses the same light-dark() colours.
      if (!canEmulateMedia) this.skip();
      const el = await fixture<EpisodeCard>(html`<episode-card episode="s1e30"></episode-card>`);
      const surface = () => getComputedStyle(part(el, 'base')!).backgroundColor;
      const root = document.documentElement.style;
      try {
        await emulateMedia({ colorScheme: 'dark' });
        expect(surface(), 'a page that declares no scheme').to.equal('rgb(255, 255, 255)');
        root.colorScheme = 'light dark';
        expect(surface(), 'a page that supports both').to.equal('rgb(29, 26, 39)');
        root.colorScheme = '';
        el.style.setProperty('--ee-color-scheme', 'light dark');
        expect(surface(), '--ee-color-scheme: light dark').to.equal('rgb(29, 26, 39)');
        el.style.setProperty('--ee-color-surface', 'rgb(1, 2, 3)');
        expect(surface()).to.equal('rgb(1, 2, 3)');
      } finally {
        root.colorScheme = '';
        await emulateMedia({ colorScheme: 'light' });
      }
    });

    it('mirrors its layout in right-to-left pages', async () => {
      const wrap = await fixture(html`<div dir="rtl"><episode-card episode="s1e30" spoilers></episode-card></div>`);
      const el = wrap.querySelector('episode-card') as EpisodeCard;
      await settle(el);
      const beats = part(el, 'beats')!;
      expect(getComputedStyle(beats).borderRightWidth).to.equal('2px');
      expect(getComputedStyle(beats).borderLeftWidth).to.equal('0px');
      const card = part(el, 'base')!.getBoundingClientRect();
      const title = part(el, 'title')!.getBoundingClientRect();
      expect(card.right - title.right, 'the title starts at the right').to.be.lessThan(40);
      await expect(el).to.be.accessible();
    });

    it('inherits the page font', async () => {
      const wrap = await fixture(html`<div style="font-family: Georgia, serif; font-size: 19px"><episode-card episode="s1e30"></episode-card></div>`);
      const el = wrap.querySelector('episode-card') as EpisodeCard;
      expect(getComputedStyle(part(el, 'logline')!).fontFamily).to.equal('Georgia, serif');
      expect(getComputedStyle(toggle(el)).fontFamily).to.equal('Georgia, serif');
    });

    describe('accessibility (axe)', () => {
      it('full, beats hidden', async () => {
        const el = await fixture(html`<episode-card episode="s1e30"></episode-card>`);
        await expect(el).to.be.accessible();
      });
      it('full, beats revealed', async () => {
        const el = await fixture(html`<episode-card episode="s1e30" spoilers></episode-card>`);
        await expect(el).to.be.accessible();
      });
      it('compact', async () => {
        const el = await fixture(html`<episode-card episode="s1e30" variant="compact"></episode-card>`);
        await expect(el).to.be.accessible();
      });
      it('dark scheme, beats revealed', async () => {
        const el = await fixture(html`<episode-card episode="s1e30" spoilers style="--ee-color-scheme: dark"></episode-card>`);
        await expect(el).to.be.accessible();
      });
      it('unknown id notice', async () => {
        await captureWarnings(async () => {
          const el = await fixture(html`<episode-card episode="nope"></episode-card>`);
          await expect(el).to.be.accessible();
        });
      });
    });
  });
}
