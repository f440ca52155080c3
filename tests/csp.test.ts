import { expect } from '@open-wc/testing';
import { backstage, bundledEpisode, settle } from './helpers.js';

const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html episode-elements-json-ld";

type FrameWindow = Window & typeof globalThis & { __violations: string[]; __errors: string[]; __warnings: string[]; __ran?: number };

describe('strict Content-Security-Policy and Trusted Types', () => {
  let frame: HTMLIFrameElement;
  let win: FrameWindow;
  let doc: Document;

  before(async () => {
    frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1000px; height: 800px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/tests/pages/csp.html';
    document.body.append(frame);
    await loaded;
    win = frame.contentWindow as FrameWindow;
    doc = frame.contentDocument!;
    await Promise.all(['episode-card', 'character-chip', 'plot-thread'].map((t) => win.customElements.whenDefined(t)));
    await settle(doc.body);
  });
  after(() => frame.remove());

  it('is served with the strict policy', async () => {
    const response = await fetch('/tests/pages/csp.html');
    expect(response.headers.get('content-security-policy')).to.equal(POLICY);
  });

  it('renders every element, variant and state without a violation or an error', () => {
    const title = (el: Element) => el.shadowRoot!.querySelector('[part="title"]')?.textContent?.trim();
    const cards = doc.querySelectorAll('episode-card');
    expect([...cards].map(title)).to.deep.equal(['We', 'We', 'We', undefined, 'We']);
    // The JSON-LD script is built from a text node, which Trusted Types allow.
    expect(JSON.parse(cards[4].querySelector('script[type="application/ld+json"]')!.textContent!).name).to.equal('We');
    expect(cards[1].shadowRoot!.querySelectorAll('[part="beat"]')).to.have.length(bundledEpisode('s1e30').beats);
    const threads = doc.querySelectorAll('plot-thread');
    expect(threads[1].shadowRoot!.querySelector('[part="outcome"]')).to.exist;
    expect(threads[3].shadowRoot!.querySelector('[part="outcome"]')).to.exist;
    const kit = doc.querySelector('character-chip[character="kit"]')!;
    expect(kit.shadowRoot!.querySelector('[part="panel"]')).to.exist;
    // Kit's beats in the episode, stated or inferred, counted from the data.
    const kitsBeats = backstage().beats.filter(
      (b) => b.episode === 's1e30' && (b.characters.includes('kit') || b.inferredCharacters?.some((a) => a.character === 'kit')),
    );
    expect(kit.shadowRoot!.querySelectorAll('[part="beat"]')).to.have.length(kitsBeats.length);
    // Styles applied (constructed stylesheets are allowed under style-src 'self').
    expect(getComputedStyle(cards[0].shadowRoot!.querySelector('[part="base"]')!).borderTopWidth).to.equal('4px');
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });

  it('really is enforced: Trusted Types refuse a raw HTML string on that page', () => {
    // All three engines here (Chromium 156, Firefox ESR 153, WebKitGTK 2.50) enforce Trusted Types.
    // The error comes from the frame's realm, so compare its name rather than its constructor.
    let error: Error | undefined;
    try {
      doc.createElement('div').innerHTML = '<b>raw</b>';
    } catch (e) {
      error = e as Error;
    }
    expect(error?.name).to.equal('TypeError');
  });

  it('really is enforced: an inline script on that page does not run and is reported', async () => {
    const script = doc.createElement('script');
    try {
      script.textContent = 'window.__ran = 1'; // a TypeError here where Trusted Types are enforced
      doc.body.append(script);
    } catch (error) {
      expect((error as Error).name).to.equal('TypeError');
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(win.__ran).to.equal(undefined);
    expect(win.__violations.length).to.be.greaterThan(0);
  });

  it('on a page that does not allow the structured-data policy: no script, one warning naming it, the rest renders', async () => {
    const strict = document.createElement('iframe');
    const loaded = new Promise((resolve) => strict.addEventListener('load', resolve, { once: true }));
    strict.src = '/tests/pages/csp.html?policies=lit-html';
    document.body.append(strict);
    await loaded;
    const frameWin = strict.contentWindow as FrameWindow;
    await Promise.all(['episode-card', 'character-chip', 'plot-thread'].map((t) => frameWin.customElements.whenDefined(t)));
    await settle(strict.contentDocument!.body);
    const cards = strict.contentDocument!.querySelectorAll('episode-card');
    expect(cards[4].shadowRoot!.querySelector('[part="title"]')!.textContent!.trim()).to.equal('We');
    expect(cards[4].querySelector('script')).to.equal(null);
    expect(frameWin.__warnings.filter((w) => w.includes('structured-data'))).to.deep.equal([
      'episode-elements: <episode-card> structured-data: this page\'s Trusted Types rules do not allow the "episode-elements-json-ld" policy; add it to the trusted-types directive to emit structured data.',
    ]);
    // The refused policy name is the one violation; nothing else was blocked or thrown.
    expect(frameWin.__violations.every((v) => v.startsWith('trusted-types'))).to.equal(true);
    expect(frameWin.__errors).to.deep.equal([]);
    strict.remove();
  });
});
