// The character panel on any page geometry: small blog pages that load the CDN bundle, each the
// way some real site builds its pages (root font size, zoom, quirks mode, transforms, scrolling
// boxes, closed shadow roots, modal dialogs, every viewport edge).
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import '../src/character-chip/character-chip.register.js';
import type { CharacterChip } from '../src/character-chip/character-chip.js';
import { clickAt, deepActiveElement, expectSheet, framedPage, part, settle } from './helpers.js';

const MARGIN = 8;
const GAP = 6;

const chipsOf = (root: ParentNode) => [...root.querySelectorAll<CharacterChip>('character-chip')];
const panelOf = (chip: CharacterChip) => part(chip, 'panel')!;
const buttonOf = (chip: CharacterChip) => part(chip, 'base')!;

async function open(chip: CharacterChip) {
  chip.open = true;
  await settle(chip); // includes the panel's placement
}

/** After a scroll: the scroll event, then the placement it triggers. */
async function afterScroll(chip: CharacterChip) {
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await settle(chip);
}

/**
 * The open panel is inside the viewport (with its margins) and points at its chip: right below or
 * right above it, overlapping its inline extent, and not covering it.
 */
function expectNextToChip(chip: CharacterChip, label: string) {
  const viewport = chip.ownerDocument.defaultView!.visualViewport!;
  const p = panelOf(chip).getBoundingClientRect();
  const b = buttonOf(chip).getBoundingClientRect();
  const where = `${label}: panel ${JSON.stringify(p)}, chip ${JSON.stringify(b)}, viewport ${viewport.width}×${viewport.height}`;
  expect(p.left, where).to.be.at.least(MARGIN - 0.5);
  expect(p.top, where).to.be.at.least(MARGIN - 0.5);
  expect(p.right, where).to.be.at.most(viewport.width - MARGIN + 0.5);
  expect(p.bottom, where).to.be.at.most(viewport.height - MARGIN + 0.5);
  const below = p.top - b.bottom;
  const above = b.top - p.bottom;
  expect(Math.abs(below - GAP) < 1.5 || Math.abs(above - GAP) < 1.5, `${where}: not right below or above the chip`).to.equal(true);
  expect(p.left < b.right && p.right > b.left, `${where}: not over the chip's inline extent`).to.equal(true);
  expect(getComputedStyle(panelOf(chip)).visibility, where).to.equal('visible');
}

describe('the character panel on any page geometry', () => {
  afterEach(async () => {
    await resetMouse();
    document.querySelectorAll('iframe, dialog').forEach((node) => node.remove());
  });

  it('sizes the panel in the chip’s own text, whatever the root font size, clamped for headings and small print', async () => {
    const body = `<p>Then <character-chip character="kit"></character-chip> reads the letter.</p>
      <h1 style="font-size: 32px">Who is <character-chip character="scarlett"></character-chip>?</h1>
      <p style="font-size: 10px">Fine print on <character-chip character="jax"></character-chip>.</p>`;
    const measure = async (doc: Document) => {
      const sizes = [];
      for (const chip of chipsOf(doc)) {
        await open(chip);
        const panel = panelOf(chip);
        const close = part(chip, 'close')!.getBoundingClientRect();
        sizes.push({
          font: getComputedStyle(panel).fontSize,
          width: Math.round(panel.getBoundingClientRect().width),
          close: [Math.round(close.width), Math.round(close.height)],
        });
      }
      return sizes;
    };
    // A common blog set-up: 62.5 % root so that 1rem = 10 px, body text 1.6rem = 16 px.
    const tenPxRoot = await framedPage(900, 700, body, '', { html: 'style="font-size: 62.5%"', bodyStyle: 'margin: 0; font: 1.6rem/1.5 serif' });
    const plain = await framedPage(900, 700, body);
    const expected = [
      { font: '15px', width: 353, close: [32, 32] }, // 0.9375 of the chip's 16 px text
      { font: '18px', width: 423, close: [38, 38] }, // in a 32 px heading: clamped to 18 px
      { font: '14px', width: 329, close: [30, 30] }, // in 10 px print: clamped to 14 px
    ];
    expect(await measure(tenPxRoot)).to.deep.equal(expected);
    expect(await measure(plain)).to.deep.equal(expected);
  });

  it('takes the page’s --ee-shadow for the panel’s shadow', async () => {
    const doc = await framedPage(700, 600, '<p style="--ee-shadow: 0 0 0 3px rgb(1, 2, 3)">With <character-chip character="kit"></character-chip>.</p>');
    const [chip] = chipsOf(doc);
    await open(chip);
    expect(getComputedStyle(panelOf(chip)).boxShadow).to.include('rgb(1, 2, 3)');
  });

  it('stays next to its chip under CSS zoom, transforms, filters and containment on an ancestor', async () => {
    const doc = await framedPage(
      900,
      700,
      `<div style="zoom: 1.5; padding: 20px"><character-chip character="kit"></character-chip></div>
       <div style="transform: translate(120px, 10px) scale(0.8); margin-top: 20px"><character-chip character="jax"></character-chip></div>
       <div style="filter: saturate(0.5); will-change: transform; contain: layout paint; margin: 20px 300px"><character-chip character="scarlett"></character-chip></div>`,
    );
    const [zoomed, transformed, contained] = chipsOf(doc);
    for (const [chip, label] of [
      [zoomed, 'zoom'],
      [transformed, 'transform'],
      [contained, 'filter and containment'],
    ] as const) {
      await open(chip);
      expectNextToChip(chip, label);
    }
  });

  it('places the panel right in a page without a doctype (quirks mode), scrolled down', async () => {
    const doc = await framedPage(
      800,
      600,
      '<div style="height: 1500px"></div><p>Then <character-chip character="kit"></character-chip> reads the letter.</p><div style="height: 1500px"></div>',
      '',
      { doctype: false },
    );
    expect(doc.compatMode).to.equal('BackCompat');
    const [chip] = chipsOf(doc);
    chip.scrollIntoView({ block: 'center' });
    await open(chip);
    expectNextToChip(chip, 'quirks mode');
  });

  it('stays inside the viewport near every edge and corner, on a phone and on a desktop', async () => {
    for (const [width, height] of [
      [390, 640],
      [1280, 720],
    ]) {
      const spots = [
        'top: 0; left: 0',
        'top: 0; right: 0',
        'bottom: 0; left: 0',
        'bottom: 0; right: 0',
        'top: 45%; left: 0',
        'top: 45%; right: 0',
        'top: 0; left: 40%',
        'bottom: 0; left: 40%',
      ];
      const doc = await framedPage(
        width,
        height,
        spots.map((spot) => `<div style="position: fixed; ${spot}"><character-chip character="kit"></character-chip></div>`).join(''),
      );
      const chips = chipsOf(doc);
      for (const [i, chip] of chips.entries()) {
        await open(chip);
        if (width < 544) {
          expectSheet(chip, `${width}×${height} at ${spots[i]}`);
          continue;
        }
        expectNextToChip(chip, `${width}×${height} at ${spots[i]}`);
        // Pushed in from the sides, never squeezed: its own width (23.5em of 15 px) or the viewport's.
        expect(panelOf(chip).getBoundingClientRect().width, `width at ${spots[i]}`).to.be.closeTo(Math.min(352.5, width - 2 * MARGIN), 1);
      }
      doc.defaultView!.frameElement!.remove();
    }
  });

  it('hides while its chip is scrolled out of sight in a scrolling box or the page, and comes back with it', async () => {
    const doc = await framedPage(
      800,
      600,
      `<div id="box" style="height: 120px; overflow: auto; margin-top: 40px; border: 1px solid">
        <p>Then <character-chip character="kit"></character-chip> reads the letter.</p><div style="height: 800px"></div>
      </div><div style="height: 2000px"></div>`,
    );
    const [chip] = chipsOf(doc);
    const box = doc.getElementById('box')!;
    await open(chip);
    expectNextToChip(chip, 'before scrolling');
    box.scrollTop = 300; // the chip is now above the box's visible part
    await afterScroll(chip);
    expect(chip.open, 'still open').to.equal(true);
    expect(getComputedStyle(panelOf(chip)).visibility, 'hidden while its chip is out of sight').to.equal('hidden');
    box.scrollTop = 0;
    await afterScroll(chip);
    expectNextToChip(chip, 'scrolled back');
    doc.scrollingElement!.scrollTop = 1200; // now the whole box is above the viewport
    await afterScroll(chip);
    expect(getComputedStyle(panelOf(chip)).visibility, 'hidden while the page has scrolled it away').to.equal('hidden');
  });

  it('inside a closed shadow root: clicks in the panel keep it open, a click outside closes it', async () => {
    // Room below the chip for the whole panel, so every part clicked is in view.
    const doc = await framedPage(
      800,
      900,
      '<p id="away" style="height: 60px; margin: 0">Elsewhere</p><site-widget></site-widget>',
      // A site's own component with a closed shadow root; only the test keeps a handle on it.
      `customElements.define('site-widget', class extends HTMLElement {
        constructor() {
          super();
          window.__closed = this.attachShadow({ mode: 'closed' });
          window.__closed.innerHTML = '<p>Inside: <character-chip character="kit"></character-chip></p>';
        }
      });`,
    );
    const win = doc.defaultView as unknown as { __closed: ShadowRoot };
    const chip = win.__closed.querySelector('character-chip') as CharacterChip;
    await settle(chip);
    const b = buttonOf(chip).getBoundingClientRect();
    await clickAt(doc, b.left + b.width / 2, b.top + b.height / 2);
    await settle(chip);
    expect(chip.open, 'opened by a click').to.equal(true);
    for (const name of ['description', 'facts', 'panel-heading']) {
      const r = part(chip, name)!.getBoundingClientRect();
      expect(r.top, `${name} is in view`).to.be.within(0, 890);
      await clickAt(doc, r.left + 5, r.top + 5);
      await settle(chip);
      expect(chip.open, `still open after a click on ${name}`).to.equal(true);
    }
    await clickAt(doc, 5, 5); // on #away
    await settle(chip);
    expect(chip.open, 'closed by a click outside').to.equal(false);
  });

  it('in a modal <dialog>: the first Escape closes only the panel and returns focus to the chip, the next closes the dialog', async () => {
    const dialog = await fixture<HTMLDialogElement>(html`<dialog><p>Meet <character-chip character="kit"></character-chip>.</p></dialog>`);
    dialog.showModal();
    const [chip] = chipsOf(dialog);
    await settle(chip);
    buttonOf(chip).focus();
    await sendKeys({ press: 'Enter' });
    await settle(chip);
    expect(chip.open).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await settle(chip);
    expect(chip.open, 'the panel closed').to.equal(false);
    expect(dialog.open, 'the dialog is still open').to.equal(true);
    expect(deepActiveElement() === buttonOf(chip), 'focus is back on the chip').to.equal(true);
    await sendKeys({ press: 'Escape' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(dialog.open, 'the second Escape is the dialog’s').to.equal(false);
  });
  it('keeps the panel inside a narrow viewport, near either edge', async () => {
    const page = await framedPage(
      320,
      560,
      `<div style="display: flex; justify-content: space-between; width: 320px">
        <character-chip character="kit"></character-chip><character-chip character="scarlett"></character-chip>
      </div>`,
    );
    for (const chip of page.querySelectorAll<CharacterChip>('character-chip')) {
      chip.open = true;
      await settle(chip);
      const box = panelOf(chip)!.getBoundingClientRect();
      expect(box.left).to.be.at.least(8);
      expect(box.right).to.be.at.most(320 - 8);
      expect(box.top).to.be.at.least(8);
      expect(box.bottom).to.be.at.most(560 - 8);
    }
  });

  it('opens upwards when there is no room below', async () => {
    const page = await framedPage(800, 600, '<div style="position: fixed; bottom: 10px; left: 10px"><character-chip character="julie"></character-chip></div>');
    const chip = page.querySelector('character-chip') as CharacterChip;
    chip.open = true;
    await settle(chip);
    expect(panelOf(chip)!.getBoundingClientRect().bottom).to.be.at.most(buttonOf(chip).getBoundingClientRect().top);
  });
});

describe('the character panel’s dismissal on any page', () => {
  it('leaves Escape to the page while the reader’s focus is elsewhere', async () => {
    const wrap = await fixture(html`<div><input id="search" /><p>Meet <character-chip character="kit"></character-chip>.</p></div>`);
    const [chip] = chipsOf(wrap);
    await open(chip);
    const input = wrap.querySelector('input')!;
    input.focus(); // moving the focus is not a click outside: the panel stays open
    const seen: boolean[] = [];
    const listen = (event: KeyboardEvent) => seen.push(event.defaultPrevented);
    document.addEventListener('keydown', listen);
    await sendKeys({ press: 'Escape' });
    document.removeEventListener('keydown', listen);
    await settle(chip);
    expect(seen, 'the page heard its Escape, not cancelled').to.deep.equal([false]);
    expect(chip.open).to.equal(true);
    expect(document.activeElement).to.equal(input);
  });

  it('closes on a click outside even when a page handler stops that click', async () => {
    const wrap = await fixture(
      html`<div><button id="menu" style="height: 60px">Menu</button><p>Meet <character-chip character="kit"></character-chip>.</p></div>`,
    );
    const menu = wrap.querySelector('#menu')!;
    // A dropdown library's handler, stopping the click at once, in the capture phase.
    menu.addEventListener('click', (event) => event.stopImmediatePropagation(), true);
    const [chip] = chipsOf(wrap);
    await open(chip);
    const r = menu.getBoundingClientRect();
    await clickAt(document, r.left + 10, r.top + 10);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await settle(chip);
    expect(chip.open).to.equal(false);
  });

  it('fires ee-panel-close when an open chip is removed, and listens to nothing afterwards', async () => {
    const wrap = await fixture(html`<p>Meet <character-chip character="kit"></character-chip>.</p>`);
    const [chip] = chipsOf(wrap);
    const events: string[] = [];
    chip.addEventListener('ee-panel-open', () => events.push('open'));
    chip.addEventListener('ee-panel-close', () => events.push('close'));
    await open(chip);
    chip.remove();
    await settle(chip);
    await sendKeys({ press: 'Escape' });
    expect(events).to.deep.equal(['open', 'close']);
    expect(chip.open).to.equal(false);
  });
});
