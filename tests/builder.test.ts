// The embed builder (demo/builder.html), as a blogger uses it: find an id by words of a name or
// title, set options, copy the HTML (Clipboard API, or the selected text without it), and check
// that what was copied renders the same element: the HTML with the bundle, the static HTML with
// no script at all. A dataset picked from disk is checked with the CLI's words. Needs `npm run
// build` (the page loads dist/cdn/).
import { expect } from '@open-wc/testing';
import { framedPage, loadFrame, settle, until } from './helpers.js';

type BuilderWindow = Window & typeof globalThis;

async function openBuilder(): Promise<{ doc: Document; win: BuilderWindow }> {
  const doc = await loadFrame('/demo/builder.html', 1280, 900);
  await until(() => doc.documentElement.hasAttribute('data-ready'), 'the builder is ready');
  return { doc, win: doc.defaultView as BuilderWindow };
}

/** Types into a field as a person would, as far as the page can tell (value, then an input event). */
function type(doc: Document, id: string, value: string) {
  const field = doc.getElementById(id) as HTMLInputElement;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

const choose = (doc: Document, name: string, value: string) => (doc.querySelector(`input[name="${name}"][value="${value}"]`) as HTMLInputElement).click();
const results = (doc: Document) => [...doc.querySelectorAll<HTMLInputElement>('#pick input')].map((radio) => radio.value);
const previewed = (doc: Document) => doc.querySelector('#preview :is(episode-card, character-chip, plot-thread)')!;

/** Replaces the page's Clipboard API: resolves with each text written, or rejects (no permission). */
function stubClipboard(win: BuilderWindow, refuse = false): string[] {
  const copied: string[] = [];
  const writeText = async (text: string) => {
    if (refuse) throw new DOMException('Write permission denied.', 'NotAllowedError');
    copied.push(text);
  };
  Object.defineProperty(win.navigator, 'clipboard', { configurable: true, value: { writeText } });
  return copied;
}

async function copyHtml(doc: Document, win: BuilderWindow, button = 'copy-html'): Promise<string> {
  const copied = stubClipboard(win);
  (doc.getElementById(button) as HTMLButtonElement).click();
  await until(() => copied.length === 1, 'something was copied');
  return copied[0];
}

/** Waits until the builder has written the static copy of the element now previewed. */
async function staticCopy(doc: Document, win: BuilderWindow): Promise<string> {
  await settle(previewed(doc));
  await until(() => (doc.getElementById('static') as HTMLTextAreaElement).value.length > 0, 'the static HTML is ready');
  return copyHtml(doc, win, 'copy-static');
}

const CONTROL_PARTS = /\b(spoiler-toggle|more|fewer|expand|close)\b/;
/** A button that does nothing without script (the static copy leaves these out). */
const isControl = (el: Element) =>
  el.localName === 'button' &&
  (CONTROL_PARTS.test(el.getAttribute('part') ?? '') ||
    (!el.hasAttribute('aria-haspopup') && (el.hasAttribute('aria-expanded') || el.hasAttribute('aria-controls'))));

/** The text a reader's tree holds: shadow roots instead of hosts' children, slots filled; no styles, scripts or script-only buttons. */
function composedText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return (node as Text).data;
  if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
  const el = node as Element;
  if (node.nodeType === Node.ELEMENT_NODE && (['style', 'script', 'template'].includes(el.localName) || isControl(el))) return '';
  if (el.localName === 'slot') {
    const assigned = (el as HTMLSlotElement).assignedNodes({ flatten: true });
    return (assigned.length ? assigned : [...el.childNodes]).map(composedText).join('');
  }
  const from = (el as Element).shadowRoot ?? node;
  return [...from.childNodes].map(composedText).join('');
}
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('embed builder', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('finds ids by words of names and titles, in any case, and shows the titles', async () => {
    const { doc } = await openBuilder();
    choose(doc, 'element', 'plot-thread');
    type(doc, 'search', 'SCOUT');
    expect(results(doc)).to.deep.equal(['the-scouts-slot']);
    expect(doc.querySelector('#pick label')!.textContent).to.include('Primas or Streets: dancing for the scout');
    type(doc, 'search', "kit's letter");
    expect(results(doc)).to.include('kits-letter');
    type(doc, 'search', 'nothing like this');
    expect(results(doc)).to.deep.equal([]);
    expect(doc.getElementById('match-count')!.textContent).to.include('No storyline matches “nothing like this”');
    choose(doc, 'element', 'character-chip');
    expect(results(doc)).to.have.length(17); // the search starts again for another element
    type(doc, 'search', 'jaxon'); // an alias
    expect(results(doc)).to.deep.equal(['jax']);
    type(doc, 'search', 'Kit');
    expect(results(doc)[0]).to.equal('kit');
    choose(doc, 'element', 'episode-card');
    type(doc, 'search', 'S1E30');
    expect(results(doc)).to.deep.equal(['s1e30']);
  });

  it('previews the element with the chosen options and copies its exact HTML', async () => {
    const { doc, win } = await openBuilder();
    choose(doc, 'element', 'plot-thread');
    type(doc, 'search', 'scout');
    await settle(previewed(doc));
    expect(previewed(doc).shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('Primas or Streets: dancing for the scout');
    expect(await copyHtml(doc, win)).to.equal(
      '<script type="module" src="episode-elements.js"></script>\n<plot-thread thread="the-scouts-slot"></plot-thread>',
    );
    await until(() => doc.getElementById('copy-status')!.textContent === 'HTML copied.', 'the builder says it copied');

    choose(doc, 'variant', 'compact');
    (doc.getElementById('expanded') as HTMLInputElement).click();
    (doc.getElementById('spoilers') as HTMLInputElement).click();
    const level = doc.getElementById('heading-level') as HTMLSelectElement;
    level.value = '2';
    level.dispatchEvent(new Event('input', { bubbles: true }));
    choose(doc, 'script', 'classic');
    const thread = previewed(doc);
    await settle(thread);
    expect(thread.getAttribute('variant')).to.equal('compact');
    expect(thread.shadowRoot!.querySelector('[part="title"]')!.getAttribute('aria-level')).to.equal('2');
    expect(thread.shadowRoot!.querySelectorAll('[part="beat"]').length, 'spoilers shown').to.be.greaterThan(0);
    expect(await copyHtml(doc, win)).to.equal(
      '<script defer src="episode-elements.classic.js"></script>\n<plot-thread thread="the-scouts-slot" variant="compact" heading-level="2" spoilers expanded></plot-thread>',
    );

    choose(doc, 'element', 'character-chip');
    type(doc, 'search', 'jaxon');
    type(doc, 'chip-text', 'her <b>friend</b>');
    choose(doc, 'script', 'none');
    expect(await copyHtml(doc, win)).to.equal('<character-chip character="jax" spoilers>her &lt;b&gt;friend&lt;/b&gt;</character-chip>');
  });

  it('without the Clipboard API, selects the HTML for the reader to copy', async () => {
    const { doc, win } = await openBuilder();
    stubClipboard(win, true);
    (doc.getElementById('copy-html') as HTMLButtonElement).click();
    const code = doc.getElementById('html') as HTMLTextAreaElement;
    await until(() => doc.activeElement === code, 'the code has focus');
    expect([code.selectionStart, code.selectionEnd]).to.deep.equal([0, code.value.length]);
    expect(code.value).to.include('<episode-card episode="s1e30"></episode-card>');
    expect(doc.getElementById('copy-status')!.textContent).to.match(/^HTML (copied|is selected: press Ctrl\+C)/);
  });

  for (const [element, search] of [
    ['episode-card', 's1e30'],
    ['plot-thread', 'voice'],
    ['character-chip', 'scarlett'],
  ]) {
    it(`the copied HTML of a ${element} renders the same element on a page with the bundle`, async () => {
      const { doc, win } = await openBuilder();
      choose(doc, 'element', element);
      type(doc, 'search', search);
      const live = previewed(doc);
      await settle(live);
      const copied = await copyHtml(doc, win);
      const page = await framedPage(900, 700, copied.replace(/<script[^>]*><\/script>\n/, '')); // framedPage loads the bundle itself
      const rendered = page.querySelector(element)!;
      const written = Object.assign(document.createElement('template'), { innerHTML: copied }).content.querySelector(element)!;
      for (const { name, value } of written.attributes) expect(rendered.getAttribute(name), name).to.equal(value);
      expect(squeeze(composedText(rendered))).to.equal(squeeze(composedText(live)));
    });

    it(`the static HTML of a ${element} shows the same text, styled, with no script`, async () => {
      const { doc, win } = await openBuilder();
      choose(doc, 'element', element);
      type(doc, 'search', search);
      (doc.getElementById('spoilers') as HTMLInputElement).click(); // the beats too
      const copied = await staticCopy(doc, win);
      const live = previewed(doc);
      expect(copied).not.to.match(/<script|<button/);
      const frame = document.createElement('iframe');
      frame.style.cssText = 'width: 900px; height: 700px; border: 0; display: block';
      frame.srcdoc = `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="script-src 'none'"></head><body>${copied}</body></html>`;
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      document.body.append(frame);
      await loaded;
      const page = frame.contentDocument!;
      const shown = page.querySelector(element)!;
      expect(frame.contentWindow!.customElements.get(element), 'no script defined it').to.equal(undefined);
      expect(shown.shadowRoot, 'declarative shadow DOM').to.not.equal(null);
      const text = squeeze(composedText(shown));
      expect(text.length).to.be.greaterThan(5);
      expect(text).to.equal(squeeze(composedText(live)));
      // Styled as the live element is: the same box, colours and type on its base.
      const look = (el: Element) => {
        const base = el.shadowRoot!.querySelector('[part~="base"]')!;
        const style = getComputedStyle(base);
        return [style.backgroundColor, style.borderTopWidth, style.borderTopLeftRadius, style.fontSize, style.display];
      };
      expect(look(shown)).to.deep.equal(look(live));
    });
  }

  it('loads a dataset picked from disk: valid in the CLI’s words, then its series can be picked; invalid: the CLI’s lines', async () => {
    const { doc, win } = await openBuilder();
    const fixture = await (await fetch('/tests/fixtures/harbour-lights.json')).text();
    const pick = (name: string, text: string) => {
      const input = doc.getElementById('data-file') as HTMLInputElement;
      const files = new win.DataTransfer();
      files.items.add(new win.File([text], name, { type: 'application/json' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    };
    const report = doc.getElementById('data-report')!;
    pick('harbour-lights.json', fixture);
    await until(() => !report.hidden, 'a report');
    expect(report.textContent).to.include('harbour-lights.json: valid (1 series, 1 episode, 3 characters, 2 threads, 4 beats)');
    expect((doc.getElementById('series') as HTMLSelectElement).value).to.equal('harbour-lights');
    expect(results(doc)).to.deep.equal(['hl-s1e1']);
    await settle(previewed(doc));
    expect(previewed(doc).shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('Low Tide');
    expect(await copyHtml(doc, win)).to.equal(
      '<script type="module" src="episode-elements.js"></script>\n<episode-data src="harbour-lights.json"></episode-data>\n<episode-card episode="hl-s1e1"></episode-card>',
    );
    expect(doc.getElementById('html-notes')!.textContent).to.include('Upload harbour-lights.json next to your post too.');

    // The lines `npx episode-elements validate harbour-lights.json bad.json` prints for the same files.
    const bad = JSON.parse(fixture);
    bad.beats[0].characters = ['nobody'];
    bad.episodes[0].url = 'javascript:alert(1)';
    pick('bad.json', JSON.stringify(bad, null, 2));
    await until(() => report.classList.contains('invalid'), 'an invalid report');
    expect(report.lastElementChild!.textContent!.split('\n')).to.deep.equal([
      'bad.json: series[0].id: series id "harbour-lights" is already registered by harbour-lights.json',
      'bad.json: episodes[0].url: expected an http(s) or relative URL, got "javascript:alert(1)"',
      'bad.json: beats[0].characters[0]: unknown character "nobody"',
      'bad.json: 3 problems',
    ]);
    pick('broken.json', '{ "series": [,] }');
    await until(() => report.lastElementChild!.textContent!.startsWith('broken.json: not JSON: '), 'a JSON error');
    expect([...(doc.getElementById('series') as HTMLSelectElement).options].map((o) => o.value)).to.deep.equal(['backstage', 'harbour-lights']);
  });

  it('loads a dataset from a URL, and says why one could not be loaded', async () => {
    const { doc } = await openBuilder();
    const report = doc.getElementById('data-report')!;
    const load = async (url: string) => {
      report.hidden = true;
      type(doc, 'data-url', url);
      (doc.getElementById('data-load') as HTMLButtonElement).click();
      await until(() => !report.hidden, `a report for ${url}`);
      return report.lastElementChild!.textContent;
    };
    expect(await load('/tests/fixtures/no-such-file.json')).to.equal('/tests/fixtures/no-such-file.json: HTTP 404 Not Found');
    expect(await load('/tests/fixtures/harbour-lights.json')).to.equal(
      '/tests/fixtures/harbour-lights.json: valid (1 series, 1 episode, 3 characters, 2 threads, 4 beats)',
    );
    expect((doc.getElementById('series') as HTMLSelectElement).value).to.equal('harbour-lights');
    // Loaded from a URL, the dataset is named by that URL in the HTML, and there is nothing to upload.
    expect((doc.getElementById('html') as HTMLTextAreaElement).value).to.include('<episode-data src="/tests/fixtures/harbour-lights.json"></episode-data>');
    expect(doc.getElementById('html-notes')!.textContent).not.to.include('harbour-lights.json');
  });

  it('passes axe: every control labelled, contrast, structure', async () => {
    const { doc, win } = await openBuilder();
    // axe-core in the builder's own window (chai-a11y-axe checks only this document).
    const script = Object.assign(doc.createElement('script'), { src: '/node_modules/axe-core/axe.min.js' });
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    doc.head.append(script);
    await loaded;
    const axe = (
      win as unknown as { axe: { run: (context: Node) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[]; passes: unknown[] }> } }
    ).axe;
    const violations = async () => {
      const { violations, passes } = await axe.run(doc);
      expect(passes.length, 'axe checked something').to.be.greaterThan(10);
      return violations.map(({ id, nodes }) => `${id}: ${JSON.stringify(nodes.map((n) => n.target))}`);
    };
    await settle(previewed(doc));
    expect(await violations()).to.deep.equal([]);
    (doc.getElementById('dataset') as HTMLDetailsElement).open = true;
    choose(doc, 'element', 'character-chip');
    await settle(previewed(doc));
    expect(await violations()).to.deep.equal([]);
  });

  it('is reachable from the demo page', async () => {
    const html = await (await fetch('/demo/index.html')).text();
    expect(html).to.match(/<a [^>]*href="builder\.html"/);
  });
});
