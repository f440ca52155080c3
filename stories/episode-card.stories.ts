import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/episode-card/episode-card.register.js';
import { column, dark, rtl } from './decorators.js';

interface Args {
  episode: string;
  variant: 'full' | 'compact';
  'heading-level': number;
  spoilers: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/episode-card',
  component: 'episode-card',
  decorators: [column],
  args: { episode: 's1e30', variant: 'full', 'heading-level': 3, spoilers: false },
  argTypes: { variant: { control: 'inline-radio', options: ['full', 'compact'] } },
  render: (args) => html`<episode-card
    episode=${args.episode}
    variant=${args.variant}
    heading-level=${args['heading-level']}
    ?spoilers=${args.spoilers}
  ></episode-card>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Full: Story = {};
export const Compact: Story = { args: { variant: 'compact' } };
export const SpoilersShown: Story = { args: { spoilers: true } };
export const WithFooter: Story = {
  render: (args) => html`<episode-card episode=${args.episode}>
    <a slot="footer" href="#comments">Talk about the finale in the comments</a>
  </episode-card>`,
};
export const UnknownId: Story = { args: { episode: 's1e99' } };
/** Readers see the tag's own content instead of the card. */
export const UnknownIdWithFallback: Story = {
  render: () => html`<episode-card episode="S1E30"><p><a href="#recap">Backstage S1E30: “We”</a>, the season finale.</p></episode-card>`,
};
/** With `debug` (here on an ancestor), the author's message with "did you mean". */
export const UnknownIdDebug: Story = { render: () => html`<section debug><episode-card episode="S1E30"></episode-card></section>` };
export const Dark: Story = { args: { spoilers: true }, decorators: [dark] };
export const RightToLeft: Story = { args: { episode: 'm-s1e1', spoilers: true }, decorators: [rtl] };

/** A made-up episode with a cast of 60 in one storyline: the lists stop at 24 and 12, then "+N more". */
const crowd = {
  formatVersion: 1,
  series: [{ id: 'story-crowd', title: 'Crowd Scene' }],
  episodes: [{ id: 'crowd-e1', series: 'story-crowd', season: 1, number: 1, title: 'Everyone Came', logline: 'The whole town turns up at once.' }],
  characters: Array.from({ length: 60 }, (_, i) => ({ id: `extra-${i + 1}`, name: `Extra ${i + 1}`, description: `Made-up extra number ${i + 1}.` })),
  groups: [],
  threads: [
    {
      id: 'the-crowd',
      title: 'The crowd',
      premise: 'A crowd gathers.',
      characters: Array.from({ length: 60 }, (_, i) => `extra-${i + 1}`),
      beats: ['arrival'],
      outcome: 'It disperses.',
      status: 'resolved',
    },
  ],
  beats: [
    {
      id: 'arrival',
      episode: 'crowd-e1',
      summary: 'Everyone arrives.',
      characters: Array.from({ length: 60 }, (_, i) => `extra-${i + 1}`),
      threads: ['the-crowd'],
    },
  ],
  relationships: [],
};
export const LongCast: Story = {
  loaders: [
    async () => {
      const { catalog } = await import('../src/data/index.js');
      if (!catalog.dataset('story-crowd')) catalog.register(crowd, 'stories: crowd');
      return {};
    },
  ],
  args: { episode: 'crowd-e1' },
};
