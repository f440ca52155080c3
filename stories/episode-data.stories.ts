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
 * A second, made-up series that also has a character "jenna", as Backstage does. No other story
 * uses "jenna" outside a card (cards pass their series to their chips), so registering it here
 * leaves the other stories as they were.
 */
const tidewater = {
  formatVersion: 1,
  series: [{ id: 'tidewater', title: 'Tidewater' }],
  episodes: [
    { id: 'tw-s1e1', series: 'tidewater', season: 1, number: 1, title: 'Slack Water', logline: 'The ferry runs one last crossing before the fog comes in.' },
  ],
  characters: [
    { id: 'jenna', name: 'Jenna Rook', role: 'ferry pilot', description: 'Runs the island ferry and knows every sandbank.' },
    { id: 'tw-owen', name: 'Owen', description: 'A deckhand on his first season.' },
  ],
  groups: [],
  threads: [
    {
      id: 'tw-last-crossing',
      title: 'The last crossing',
      premise: 'Jenna must decide whether to sail into the fog.',
      characters: ['jenna', 'tw-owen'],
      beats: ['tw-b1'],
      outcome: 'She sails, and Owen keeps the horn going.',
      status: 'resolved',
    },
  ],
  beats: [
    {
      id: 'tw-b1',
      episode: 'tw-s1e1',
      summary: 'Jenna takes the ferry out with Owen sounding the horn.',
      characters: ['jenna', 'tw-owen'],
      threads: ['tw-last-crossing'],
    },
  ],
  relationships: [],
};

/**
 * Two series with a character id in common: the `series` attribute on each section decides which
 * series the tags inside it mean. Without one, that id would be an error naming both series.
 */
export const SeveralSeries: Story = {
  loaders: [async () => void (catalog.dataset('tidewater') ?? register(tidewater, 'tidewater (story)'))],
  render: () => html`<section series="tidewater">
      <episode-card episode="tw-s1e1" variant="compact"></episode-card>
      <p>In Tidewater, <character-chip character="jenna"></character-chip> pilots the ferry.</p>
    </section>
    <section series="backstage">
      <p>In Backstage, <character-chip character="jenna"></character-chip> is someone else entirely.</p>
    </section>`,
};
