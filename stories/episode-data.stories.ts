import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/all.js';
import { catalog, register } from '../src/data/index.js';
import { column } from './decorators.js';

interface Args {
  src: string;
}

/** <episode-data> shows nothing itself: these stories show the elements that wait for it. */
const meta: Meta<Args> = {
  title: 'Elements/episode-data',
  component: 'episode-data',
  decorators: [column],
  args: { src: 'fixtures/harbour-lights.json' },
  render: (args) => html`<episode-data src=${args.src}></episode-data>
    <episode-card episode="hl-s1e1"></episode-card>
    <p>Meanwhile <character-chip character="ruth"></character-chip> keeps the café open.</p>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A made-up series (tests/fixtures/harbour-lights.json) loaded from a JSON file. */
export const LoadsASeries: Story = {};

/**
 * Registers a copy of the fixture as the series "Tidewater", with ids Backstage also uses (episode
 * `s1e30`, character `kit`), once per preview page.
 */
async function registerTidewater(): Promise<void> {
  if (catalog.dataset('tidewater')) return;
  const json = (await (await fetch('fixtures/harbour-lights.json')).text())
    .replaceAll('harbour-lights', 'tidewater')
    .replaceAll('Harbour Lights', 'Tidewater')
    .replaceAll('"hl-s1e1"', '"s1e30"')
    .replaceAll('"nell"', '"kit"');
  register(JSON.parse(json), 'tidewater.json');
}

/**
 * Two series whose ids coincide: each `series` attribute (here on the sections) decides which
 * series the tags inside it mean. Without one, an id both series have would be an error.
 */
export const SeveralSeries: Story = {
  loaders: [registerTidewater],
  render: () => html`<section series="tidewater">
      <episode-card episode="s1e30" variant="compact"></episode-card>
      <p>In Tidewater, <character-chip character="kit"></character-chip> joins the lifeboat crew.</p>
    </section>
    <section series="backstage">
      <episode-card episode="s1e30" variant="compact"></episode-card>
      <p>In Backstage, <character-chip character="kit"></character-chip> is someone else entirely.</p>
    </section>`,
};
