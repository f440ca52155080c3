import { expect } from '@open-wc/testing';
import { framedPage } from './helpers.js';

// What a blogger writes: a link inside the tag as the fallback, and the README's :not(:defined) rule.
const POST = `<style>
    episode-card:not(:defined) { display: block; min-height: 12rem; }
    plot-thread:not(:defined) { display: block; min-height: 8rem; }
  </style>
  <episode-card episode="s1e30"><a href="https://example.org/backstage/we">Backstage S1E30: “We”</a></episode-card>
  <p>Then <character-chip character="scarlett">Scarlett</character-chip> loses her voice.</p>`;

describe('fallback content for bloggers', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('shows the tag’s own content, in reserved space, when JavaScript is off', async () => {
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-same-origin'); // no allow-scripts: JavaScript is off
    frame.style.cssText = 'width: 600px; height: 400px';
    frame.srcdoc = `<!doctype html><body>${POST}<script type="module" src="${location.origin}/dist/cdn/episode-elements.js"></script></body>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    const card = doc.querySelector('episode-card')!;
    expect(card.shadowRoot, 'never upgraded').to.equal(null);
    const link = card.querySelector('a')!;
    expect(link.getBoundingClientRect().height, 'the fallback link is visible').to.be.greaterThan(0);
    expect(card.getBoundingClientRect().height, 'space is reserved').to.be.at.least(12 * 16);
    expect(doc.querySelector('character-chip')!.textContent).to.equal('Scarlett');
  });

  it('replaces the fallback with the rendered element once the script runs', async () => {
    const doc = await framedPage(600, 800, POST);
    const card = doc.querySelector('episode-card')!;
    expect(card.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim()).to.equal('We');
    expect(card.querySelector('a')!.getBoundingClientRect().height, 'unslotted fallback is not rendered').to.equal(0);
    const chip = doc.querySelector('character-chip')!;
    expect(chip.shadowRoot!.querySelector('[part="base"]')!.textContent).to.include('Scarlett');
  });
});
