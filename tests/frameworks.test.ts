import { expect } from '@open-wc/testing';
import { framedPage, loadFrame, settle, until } from './helpers.js';

const openFrame = (src: string) => loadFrame(src, 900, 700);

describe('framework and plain-HTML use', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('React 19: props become attributes or properties, ee-* events reach on… props', async () => {
    const doc = await openFrame('/examples/react/dist/index.html');
    await until(() => !!doc.querySelector('episode-card')?.shadowRoot?.querySelector('[part="title"]'), 'the card rendered');
    const card = doc.querySelector('episode-card') as HTMLElement & { spoilers: boolean; headingLevel: number };
    await settle(card);
    expect(card.shadowRoot!.querySelector('[part="title"]')!.getAttribute('aria-level')).to.equal('2');
    expect(card.spoilers).to.equal(false);
    // A reader's click inside the element reaches React's state through the event prop…
    (card.shadowRoot!.querySelector('[part="spoiler-toggle"]') as HTMLButtonElement).click();
    await until(() => doc.getElementById('state')!.textContent === 'Spoilers shown.', 'React heard ee-spoilers-toggle');
    // …and React's state reaches the element as a property.
    (doc.getElementById('reveal') as HTMLButtonElement).click();
    await until(() => doc.getElementById('state')!.textContent === 'Spoilers hidden.', 'React state changed');
    await settle(card);
    expect(card.spoilers).to.equal(false);
    expect(card.shadowRoot!.querySelectorAll('[part="beat"]')).to.have.length(0);
    const chip = doc.querySelector('character-chip')!;
    (chip.shadowRoot!.querySelector('[part="base"]') as HTMLButtonElement).click();
    await until(() => doc.getElementById('opened')!.textContent === 'Last opened: kit', 'React heard ee-panel-open');
  });

  it('the README’s HTML snippet renders as written', async () => {
    const readme = await (await fetch('/README.md')).text();
    const snippet = readme.match(/```html\n([\s\S]*?)```/)![1];
    expect(snippet).to.include('<script type="module" src="episode-elements.js"></script>');
    const body = snippet.replace(/<script[^>]*><\/script>/, ''); // framedPage loads the built bundle itself
    const doc = await framedPage(800, 900, body);
    expect(doc.querySelector('episode-card')!.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim()).to.equal('We');
    expect(doc.querySelector('character-chip')!.shadowRoot!.querySelector('[part="name"]')!.textContent!.trim()).to.equal('Scarlett');
    expect(doc.querySelector('plot-thread')!.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim()).to.equal("Scarlett's voice");
  });
});
