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
export const Dark: Story = { args: { spoilers: true }, decorators: [dark] };
export const RightToLeft: Story = { args: { spoilers: true }, decorators: [rtl] };
