import './support/hydration-support.js';
import { expect, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/character-chip/character-chip.register.js';
import type { CharacterChip } from '../src/character-chip/character-chip.js';
import { captureWarnings, clickCentre, deepActiveElement, fixtureFor, part, parts, RENDER_MODES, settle, text } from './helpers.js';

const button = (chip: CharacterChip) => part(chip, 'base') as HTMLButtonElement;
const panel = (chip: CharacterChip) => part(chip, 'panel');
const facts = (chip: CharacterChip) => [...part(chip, 'facts')!.children].map((n) => `${n.tagName}:${text(n)}`);

for (const mode of RENDER_MODES) {
  const fixture = fixtureFor(mode);
  const chipIn = async (markup: ReturnType<typeof html>, id = 'scarlett') => {
    const wrap = await fixture(markup);
    const selector = `character-chip[character="${id}"]`;
    const chip = (wrap.matches(selector) ? wrap : wrap.querySelector(selector)) as CharacterChip;
    await settle(wrap);
    return chip;
  };

  describe(`<character-chip> (${mode})`, () => {
    afterEach(async () => {
      await resetMouse();
      document.querySelectorAll('iframe').forEach((frame) => frame.remove());
    });

    it('sits inside a sentence as a button with a monogram and the name', async () => {
      const chip = await chipIn(
        html`<p style="font-size: 16px; line-height: 24px; width: 40rem">… and <character-chip character="scarlett"></character-chip> loses her voice.</p>`,
      );
      expect(getComputedStyle(chip).display).to.equal('inline');
      expect(text(part(chip, 'monogram'))).to.equal('S');
      expect(part(chip, 'monogram')!.getAttribute('aria-hidden')).to.equal('true');
      expect(text(part(chip, 'name'))).to.equal('Scarlett');
      expect(button(chip).getAttribute('aria-expanded')).to.equal('false');
      // It does not break the line: the paragraph stays one line high.
      expect(chip.parentElement!.getBoundingClientRect().height).to.equal(24);
    });

    it('adds no space of its own: punctuation right after the tag touches the pill', async () => {
      const chip = await chipIn(html`<p style="font-size: 16px">Then <character-chip character="scarlett"></character-chip>, who sings.</p>`);
      const after = document.createRange();
      after.setStart(chip.nextSibling!, 0);
      after.setEnd(chip.nextSibling!, 1); // the comma
      const gap = after.getBoundingClientRect().left - button(chip).getBoundingClientRect().right;
      // A space would be about 4 px at this size; glyph edges and rounding move the comma by under 1 px.
      expect(gap).to.be.within(-1.5, 1.5);
    });

    it('shows slotted text instead of the name, and still gives screen readers the name', async () => {
      const chip = await chipIn(
        html`<p>Then <character-chip character="jax">Jaxon</character-chip> and <character-chip character="scarlett">her</character-chip>.</p>`,
      );
      const jax = chip.parentElement!.querySelector('character-chip[character="jax"]') as CharacterChip;
      expect((part(jax, 'name')!.querySelector('slot') as HTMLSlotElement).assignedNodes()[0].textContent).to.equal('Jaxon');
      expect(text(chip.shadowRoot!.querySelector('.visually-hidden'))).to.equal('(Scarlett)');
      expect(text(part(chip, 'monogram'))).to.equal('S');
    });

    it('opens a details panel on click, with the character’s facts, and fires ee-panel-open', async () => {
      const chip = await chipIn(html`<character-chip character="kit"></character-chip>`, 'kit');
      const opened = oneEvent(chip, 'ee-panel-open');
      await clickCentre(button(chip));
      expect((await opened).detail).to.deep.equal({ character: 'kit' });
      await settle(chip);
      expect(chip.open).to.equal(true);
      expect(button(chip).getAttribute('aria-expanded')).to.equal('true');
      const p = panel(chip)!;
      expect(p.getAttribute('role')).to.equal('dialog');
      expect(text(part(chip, 'panel-heading'))).to.equal('Kit');
      expect(facts(chip)[0]).to.equal('DT:Also known as');
      expect(facts(chip)[1]).to.match(/^DD:DJ Diamond Mind inferred Kit invites Jax on her summer tour/);
      expect(text(part(chip, 'description'))).to.match(/^A musician with a new single/);
      expect([...part(chip, 'threads')!.children].map(text)).to.deep.equal([
        "Scarlett's voice Ongoing",
        'Kit, Jax and the summer tour Resolved',
        "The letter from Kit's birth parents Ongoing",
        "Denzel's plan for the live number Resolved",
      ]);
      expect([...part(chip, 'relationships')!.children].map((li) => text(li.querySelector('.rel-name')))).to.deep.equal([
        'Jax',
        'Scarlett',
        "Kit's biological parents",
      ]);
      // Her beats are behind the spoiler guard.
      expect(part(chip, 'beats')!.hidden).to.equal(true);
      expect(parts(chip, 'beat')).to.have.length(0);
      expect(text(part(chip, 'spoiler-toggle'))).to.equal('Show 8 beats');
    });

    it('marks inferred groups and former members', async () => {
      const wrap = await fixture(html`<div><character-chip character="alya" open></character-chip><character-chip character="carly"></character-chip></div>`);
      await settle(wrap);
      const [alya, carly] = wrap.querySelectorAll<CharacterChip>('character-chip');
      expect(facts(alya)).to.deep.equal(['DT:Groups', 'DD:Da Boheme (former member)']);
      carly.open = true;
      await settle(wrap);
      expect(alya.open, 'only one panel open').to.equal(false);
      expect(facts(carly)[1]).to.match(/^DD:The Primas inferred She dances with Vanessa/);
      expect(text(part(carly, 'relationships'))).to.include('Friends');
    });

    it('reveals the character’s beats with their place in the episode', async () => {
      const chip = await chipIn(html`<character-chip character="kit" open></character-chip>`, 'kit');
      const revealed = oneEvent(chip, 'ee-spoilers-toggle');
      part(chip, 'spoiler-toggle')!.click();
      expect((await revealed).detail).to.deep.equal({ revealed: true });
      await settle(chip);
      const beats = parts(chip, 'beat');
      expect(beats.map((b) => b.dataset.n)).to.deep.equal(['7', '8', '13', '14', '23', '26', '28', '30']);
      expect(text(beats[0])).to.match(/^Beat 7 of 35: Kit sees Jax is low/);
      // Kit is at beat 26 only as DJ Diamond Mind: marked as inferred.
      expect(text(beats[5].querySelector('.reason'))).to.match(/^inferred DJ Diamond Mind is read as Kit's stage name/);
    });

    it('works from the keyboard: Enter and Space open, Escape closes, focus returns', async () => {
      const wrap = await fixture(html`<p><button id="before">x</button> and <character-chip character="miles"></character-chip></p>`);
      const chip = wrap.querySelector('character-chip') as CharacterChip;
      await settle(wrap);
      (wrap.querySelector('#before') as HTMLButtonElement).focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement() === button(chip), 'Tab reaches the chip').to.equal(true);
      await sendKeys({ press: 'Enter' });
      await settle(chip);
      expect(chip.open).to.equal(true);
      expect(deepActiveElement() === panel(chip), 'focus moves into the panel').to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement() === part(chip, 'close'), 'Tab goes on into the panel').to.equal(true);
      const closed = oneEvent(chip, 'ee-panel-close');
      await sendKeys({ press: 'Escape' });
      await closed;
      await settle(chip);
      expect(chip.open).to.equal(false);
      expect(panel(chip)).to.equal(null);
      expect(deepActiveElement() === button(chip), 'focus is back on the chip').to.equal(true);
      await sendKeys({ press: ' ' });
      await settle(chip);
      expect(chip.open).to.equal(true);
      part(chip, 'close')!.click();
      await settle(chip);
      expect(chip.open).to.equal(false);
      expect(deepActiveElement() === button(chip), 'focus is back after the close button').to.equal(true);
    });

    it('closes on a click outside and returns focus to the chip', async () => {
      const wrap = await fixture(html`<div><p id="away" style="height: 200px">Elsewhere</p><character-chip character="miles"></character-chip></div>`);
      const chip = wrap.querySelector('character-chip') as CharacterChip;
      await settle(wrap);
      await clickCentre(button(chip));
      await settle(chip);
      expect(chip.open, 'opened by the click').to.equal(true);
      // A click inside the panel keeps it open (no scrolling: the panel is fixed to the viewport).
      const inside = part(chip, 'description')!.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(inside.x + 10), Math.round(inside.y + 5)] });
      expect(chip.open, 'still open after a click inside').to.equal(true);
      const away = wrap.querySelector('#away')!.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(away.x + 5), Math.round(away.y + 5)] });
      await settle(chip);
      expect(chip.open).to.equal(false);
      expect(deepActiveElement() === button(chip)).to.equal(true);
    });

    it('aligns the panel with the chip’s inline start in right-to-left text', async () => {
      const wrap = await fixture(html`<p dir="rtl" style="width: 700px">نص <character-chip character="denzel"></character-chip> نص</p>`);
      const chip = wrap.querySelector('character-chip') as CharacterChip;
      await settle(wrap);
      chip.open = true;
      await settle(chip);
      expect(getComputedStyle(panel(chip)!).direction).to.equal('rtl');
      const b = button(chip).getBoundingClientRect();
      expect(Math.round(panel(chip)!.getBoundingClientRect().right)).to.equal(Math.round(b.right));
      await expect(chip).to.be.accessible();
    });

    it('shows its beats straight away under an ancestor with spoilers', async () => {
      const chip = await chipIn(html`<section spoilers><character-chip character="jenna" open></character-chip></section>`, 'jenna');
      expect(part(chip, 'spoiler-toggle')!.getAttribute('aria-expanded')).to.equal('true');
      expect(parts(chip, 'beat').map(text)).to.deep.equal(['Beat 34 of 35: Jenna smiles at Sasha.']);
    });

    it('shows its own text plainly for an unknown id, else a marked calm line, with one warning each', async () => {
      let wrap!: HTMLElement;
      const warnings = await captureWarnings(async () => {
        wrap = await fixture(html`<p>Ask <character-chip character="zed"></character-chip> or <character-chip character="zoe">Zoë</character-chip>.</p>`);
        await settle(wrap);
      });
      const [zed, zoe] = wrap.querySelectorAll<CharacterChip>('character-chip');
      expect(text(part(zed, 'unknown'))).to.equal('character unavailable');
      expect(button(zed)).to.equal(null);
      expect(getComputedStyle(part(zed, 'unknown')!).textDecorationStyle).to.equal('dotted');
      // Zoë stays as written, outside the marked calm line, which is hidden.
      const slot = zoe.shadowRoot!.querySelector('slot')!;
      expect(slot.assignedNodes()[0].textContent).to.equal('Zoë');
      expect(slot.closest('[part="unknown"]') === null, 'the slot is outside the marked line').to.equal(true);
      expect(part(zoe, 'unknown')!.getClientRects()).to.have.length(0);
      const zoeText = document.createRange();
      zoeText.selectNodeContents(zoe);
      expect(zoeText.getBoundingClientRect().width, 'Zoë is on screen').to.be.greaterThan(0);
      expect(warnings).to.have.length(2);
      expect(warnings[0]).to.match(/^<character-chip>: no character "zed" in the registered data\. Known character ids: miles, alya, /);
    });

    it('cleans up when removed while open, so another panel can open', async () => {
      const wrap = await fixture(html`<div><character-chip character="miles" open></character-chip><character-chip character="alya"></character-chip></div>`);
      await settle(wrap);
      const [miles, alya] = wrap.querySelectorAll<CharacterChip>('character-chip');
      miles.remove();
      await settle(miles);
      expect(miles.open).to.equal(false);
      await sendKeys({ press: 'Escape' }); // no listener of the removed chip may react
      alya.open = true;
      await settle(alya);
      expect(alya.open).to.equal(true);
    });

    describe('accessibility (axe)', () => {
      it('closed', async () => {
        await expect(await chipIn(html`<p>With <character-chip character="scarlett"></character-chip>.</p>`)).to.be.accessible();
      });
      it('open panel', async () => {
        await expect(await chipIn(html`<character-chip character="scarlett" open></character-chip>`)).to.be.accessible();
      });
      it('open panel, beats revealed, dark', async () => {
        const chip = await chipIn(html`<character-chip character="scarlett" open spoilers style="--ee-color-scheme: dark"></character-chip>`);
        await expect(chip).to.be.accessible();
      });
      it('unknown id', async () => {
        await captureWarnings(async () => {
          await expect(await chipIn(html`<character-chip character="nobody"></character-chip>`, 'nobody')).to.be.accessible();
        });
      });
    });
  });
}
