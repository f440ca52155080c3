// Host pages whose CSS reaches into shadow roots by inheritance: root font sizes, inherited text
// styles on ancestors and global `*` rules. Small blog pages that load the CDN bundle.
import { expect } from '@open-wc/testing';
import type { CharacterChip } from '../src/character-chip/character-chip.js';
import { deepElements, framedPage, settle } from './helpers.js';

/** Every element of the kit on one page: full and compact card, storyline, a chip with its panel. */
const KIT = `<episode-card episode="s1e30" spoilers></episode-card>
  <episode-card episode="s1e30" variant="compact"></episode-card>
  <plot-thread thread="kits-letter" spoilers></plot-thread>
  <p>Then <character-chip character="kit" spoilers></character-chip> reads the letter.</p>
  <episode-card episode="s1e99"></episode-card>`;

/**
 * Each inherited property that could change the elements' layout or text, with a value a real
 * page might set. (`visibility` is left to the page on purpose: see the last test.)
 */
const INHERITED: Record<string, string> = {
  'white-space': 'nowrap',
  'text-indent': '3em',
  'text-transform': 'uppercase',
  'text-align': 'center',
  'text-align-last': 'justify',
  'letter-spacing': '3px',
  'word-spacing': '12px',
  'font-style': 'italic',
  'font-variant': 'small-caps',
  'font-weight': '900',
  'font-stretch': 'condensed',
  'line-height': '3',
  'text-shadow': 'rgb(255, 0, 0) 2px 2px 0px',
  'text-emphasis': 'filled red',
  hyphens: 'auto',
  'word-break': 'break-all',
  'overflow-wrap': 'anywhere',
  'line-break': 'anywhere',
  'tab-size': '20',
  'list-style': 'square inside',
  quotes: '"«" "»"',
  cursor: 'wait',
  '-webkit-text-fill-color': 'transparent',
  '-webkit-text-stroke': '1px red',
};
/** The same, as longhands (shorthands have no computed value of their own in every engine). */
const LONGHANDS: Record<string, string[]> = {
  'font-variant': ['font-variant-caps'],
  'text-emphasis': ['text-emphasis-style', 'text-emphasis-color'],
  'list-style': ['list-style-type', 'list-style-position'],
  '-webkit-text-stroke': ['-webkit-text-stroke-width'],
};
/** What each box inside is compared by, besides its position and size. */
const COMPUTED = [
  ...Object.keys(INHERITED).flatMap((name) => LONGHANDS[name] ?? [name]),
  // Not inherited, but the page's rules for these tags and `*` must not reach inside either.
  'box-sizing',
  'margin-top',
  'padding-top',
  'border-top-width',
  'background-color',
];

/** Rules a careless theme or a hostile page might have, beyond inherited text styles. */
const PAGE_RULES = `
  button { background: red !important; border: 6px solid lime !important; padding: 30px !important; font: 40px monospace !important; }
  h3, p, ol, ul, li { margin: 50px !important; padding: 40px !important; list-style: square !important; display: block; }
  div { border: 3px solid blue; }`;
const declarations = (important: boolean) =>
  Object.entries(INHERITED)
    .map(([name, value]) => `${name}: ${value}${important ? ' !important' : ''}`)
    .join('; ');

/** Elements of the kit on `doc`, opening every chip's panel (one at a time: the last stays open). */
async function kitOf(doc: Document) {
  const hosts = [...doc.querySelectorAll<HTMLElement>('episode-card, plot-thread, character-chip')];
  const chip = doc.querySelector<CharacterChip>('character-chip')!;
  chip.open = true;
  await settle(chip);
  return hosts;
}

/**
 * The layout inside each element (every box in its shadow roots, relative to the element, or to
 * the chip's panel for what is in it: the panel floats where the chip is) and the inherited
 * properties every one of those boxes ends up with.
 */
function insides(hosts: HTMLElement[]) {
  return hosts.map((host) => {
    return deepElements(host.shadowRoot!).map((node) => {
      const panel = node.closest('[part="panel"]');
      const origin = (panel ?? host).getBoundingClientRect();
      const r = node.getBoundingClientRect();
      const style = getComputedStyle(node);
      // A slot (display: contents) or a hidden part has no box.
      const box = node.getClientRects().length === 0 ? 'no box' : [r.left - origin.left, r.top - origin.top, r.width, r.height].map(Math.round).join(',');
      const label = `<${host.localName}> ${node.localName}.${node.getAttribute('part') ?? node.className}`;
      return `${label} ${box} ${COMPUTED.map((name) => style.getPropertyValue(name)).join('|')}`;
    });
  });
}

describe('host pages whose CSS is inherited into the elements', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('depends on no root font size: a 62.5 % root with 1.6rem body text renders exactly like 16 px text', async () => {
    const tenPxRoot = await framedPage(800, 900, KIT, '', { html: 'style="font-size: 62.5%"', bodyStyle: 'margin: 0; font: 1.6rem/1.5 serif' });
    const plain = await framedPage(800, 900, KIT);
    const layout = async (doc: Document) =>
      (await kitOf(doc)).map((host) => {
        const origin = host.getBoundingClientRect();
        return [
          host.localName,
          ...deepElements(host.shadowRoot!).map((n) => {
            const r = n.getBoundingClientRect();
            return [r.left - origin.left, r.top - origin.top, r.width, r.height].map(Math.round).join(',');
          }),
        ];
      });
    const [a, b] = [await layout(tenPxRoot), await layout(plain)];
    expect(a.flat().length).to.be.greaterThan(200);
    expect(a).to.deep.equal(b);
  });

  it('keeps a compact card’s logline inside a white-space: nowrap column', async () => {
    const doc = await framedPage(
      800,
      400,
      '<div style="white-space: nowrap; width: 400px"><episode-card episode="s1e30" variant="compact"></episode-card></div>',
    );
    const card = doc.querySelector('episode-card')!;
    const logline = card.shadowRoot!.querySelector('[part="logline"]')!.getBoundingClientRect();
    expect(logline.width).to.be.at.most(400);
    expect(logline.height, 'the logline wraps').to.be.greaterThan(40);
  });

  it('does not indent a card wrapped in a paragraph with text-indent (a CMS wrapping the tag)', async () => {
    const doc = await framedPage(
      800,
      900,
      '<p style="text-indent: 3em"><episode-card episode="s1e30"></episode-card></p><episode-card episode="s1e30"></episode-card>',
    );
    const [wrapped, plain] = [...doc.querySelectorAll('episode-card')];
    const starts = (card: Element) =>
      ['eyebrow', 'title', 'logline', 'badge'].map((name) => {
        const node = card.shadowRoot!.querySelector(`[part="${name}"]`)!;
        const range = doc.createRange();
        range.selectNodeContents(node);
        return Math.round(range.getClientRects()[0].left - card.getBoundingClientRect().left);
      });
    expect(starts(wrapped)).to.deep.equal(starts(plain));
  });

  for (const [how, css] of [
    ['on an ancestor', (body: string) => `<div style='${declarations(false)}'>${body}</div>`],
    [
      'in a global * rule with !important',
      (body: string) => `<style>* { box-sizing: content-box !important; ${declarations(true)} } ${PAGE_RULES}</style>${body}`,
    ],
  ] as const) {
    it(`resets every inherited text property set ${how} and ignores the page’s rules, keeping its font family, size and direction`, async () => {
      const clean = await framedPage(760, 1200, `<div style="width: 720px">${KIT}</div>`);
      const hostile = await framedPage(760, 1200, css(`<div style="width: 720px">${KIT}</div>`));
      const [a, b] = [insides(await kitOf(hostile)), insides(await kitOf(clean))];
      for (const [i, host] of a.entries()) expect(host, `element ${i}`).to.deep.equal(b[i]);
      // Font family, size and direction still come from the page.
      const page = await framedPage(760, 600, `<div dir="rtl" style="font: 20px monospace">${KIT}</div>`);
      const title = page.querySelector('episode-card')!.shadowRoot!.querySelector('[part="logline"]')!;
      expect(getComputedStyle(title).fontFamily).to.equal('monospace');
      expect(getComputedStyle(title).direction).to.equal('rtl');
      expect(parseFloat(getComputedStyle(title).fontSize)).to.be.closeTo(20 * 1.05, 0.01);
    });
  }

  it('leaves visibility to the page: inside a visibility: hidden section the elements stay hidden', async () => {
    const doc = await framedPage(800, 600, `<section style="visibility: hidden">${KIT}</section>`);
    for (const host of await kitOf(doc)) {
      for (const node of deepElements(host.shadowRoot!)) expect(getComputedStyle(node).visibility, `<${host.localName}> ${node.localName}`).to.equal('hidden');
    }
  });
});
