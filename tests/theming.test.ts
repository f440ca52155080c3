// Every CSS custom property an element documents (its @cssprop JSDoc, in custom-elements.json)
// really changes how it looks: a documented knob that does nothing is a defect.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/all.js';
import { deepElements, settle } from './helpers.js';

interface Declaration {
  tagName?: string;
  cssProperties?: { name: string }[];
}

/** A value for each property that differs from every default. */
const VALUES: Record<string, string> = {
  '--ee-color-scheme': 'dark',
  '--ee-radius': '13px',
  '--ee-space': '3em',
  '--ee-shadow': '0px 0px 0px 3px rgb(1, 2, 3)',
};
const valueOf = (name: string) => VALUES[name] ?? 'rgb(1, 2, 3)';

/** Computed styles that a token can show up in, for every box at any shadow depth. */
const SHOWN = [
  'color',
  'background-color',
  'border-top-color',
  'border-left-color',
  'outline-color',
  'box-shadow',
  'border-top-left-radius',
  'padding-top',
  'row-gap',
  'color-scheme',
];

const TEMPLATES: Record<string, (style: string) => ReturnType<typeof html>> = {
  'episode-card': (style) => html`<div><button>before</button><episode-card episode="s1e30" spoilers style=${style}></episode-card></div>`,
  'plot-thread': (style) => html`<div><button>before</button><plot-thread thread="kits-letter" spoilers style=${style}></plot-thread></div>`,
  'character-chip': (style) => html`<div><button>before</button><character-chip character="kit" spoilers style=${style}></character-chip></div>`,
};

/** Renders the element with `style`, focuses its first control from the keyboard, and reads every box. */
async function look(tag: string, style: string): Promise<string[]> {
  const wrap = await fixture(TEMPLATES[tag](style));
  const el = wrap.querySelector(tag) as HTMLElement & { open?: boolean };
  if (tag === 'character-chip') el.open = true;
  await settle(wrap);
  wrap.querySelector('button')!.focus();
  await sendKeys({ press: 'Tab' }); // a keyboard focus, so the focus ring (:focus-visible) shows
  const seen = deepElements(el.shadowRoot!).map((node) => {
    const computed = getComputedStyle(node);
    return SHOWN.map((name) => computed.getPropertyValue(name)).join('|');
  });
  if (tag === 'character-chip') el.open = false;
  return seen;
}

describe('theming: every documented CSS custom property takes effect', () => {
  let elements: Declaration[] = [];
  before(async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    elements = manifest.modules.flatMap((m: { declarations?: Declaration[] }) => m.declarations ?? []).filter((d: Declaration) => d.tagName && d.cssProperties);
  });

  it('the manifest documents custom properties for each rendering element', () => {
    expect(elements.map((e) => e.tagName).sort()).to.deep.equal(Object.keys(TEMPLATES).sort());
  });

  for (const tag of Object.keys(TEMPLATES)) {
    it(`<${tag}>: each documented --ee-* property changes a rendered style`, async function () {
      this.timeout(60_000);
      const properties = elements.find((e) => e.tagName === tag)!.cssProperties!.map((p) => p.name);
      expect(properties.length).to.be.greaterThan(5);
      const plain = (await look(tag, '--ee-color-scheme: light')).join('\n');
      const ignored = [];
      for (const name of properties) {
        const scheme = name === '--ee-color-scheme' ? '' : '--ee-color-scheme: light; ';
        if ((await look(tag, `${scheme}${name}: ${valueOf(name)}`)).join('\n') === plain) ignored.push(name);
      }
      expect(ignored, 'documented but without effect').to.deep.equal([]);
    });
  }
});
