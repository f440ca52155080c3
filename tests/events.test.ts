// Every ee-* event, heard on document: a CustomEvent that bubbles and is composed, with its detail
// (src/events/emit.ts builds them all; tests/types/events.ts checks their types).
import { expect, fixture, html } from '@open-wc/testing';
import '../src/all.js';
import type { EpisodeElementsEventMap } from '../src/index.js';

/** The next `name` event that reaches document. */
const onDocument = <K extends keyof EpisodeElementsEventMap>(name: K) =>
  new Promise<EpisodeElementsEventMap[K]>((resolve) => document.addEventListener(name, resolve, { once: true }));

const expectShape = (event: CustomEvent, detail: object) => {
  expect(event).to.be.instanceOf(CustomEvent);
  expect({ bubbles: event.bubbles, composed: event.composed, detail: event.detail }).to.deep.equal({ bubbles: true, composed: true, detail });
};

describe('ee-* events reach document', () => {
  it('ee-spoilers-toggle', async () => {
    const card = await fixture(html`<episode-card episode="s1e30"></episode-card>`);
    const event = onDocument('ee-spoilers-toggle');
    card.shadowRoot!.querySelector<HTMLButtonElement>('[part="spoiler-toggle"]')!.click();
    expectShape(await event, { revealed: true });
  });

  it('ee-panel-open and ee-panel-close', async () => {
    const chip = await fixture<HTMLElementTagNameMap['character-chip']>(html`<character-chip character="kit"></character-chip>`);
    const opened = onDocument('ee-panel-open');
    chip.show();
    expectShape(await opened, { character: 'kit' });
    const closed = onDocument('ee-panel-close');
    chip.hide();
    expectShape(await closed, { character: 'kit' });
  });

  it('ee-data-load and ee-data-error', async () => {
    const loaded = onDocument('ee-data-load');
    await fixture(html`<episode-data src="/__data/harbour-lights.json"></episode-data>`);
    expectShape(await loaded, { src: '/__data/harbour-lights.json' });
    const failed = onDocument('ee-data-error');
    await fixture(html`<episode-data src="/__no-such-file.json"></episode-data>`);
    const event = await failed;
    expect(event.detail.message).to.be.a('string').and.include('/__no-such-file.json');
    expectShape(event, { src: '/__no-such-file.json', message: event.detail.message });
  });
});
