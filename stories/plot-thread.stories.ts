import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/plot-thread/plot-thread.register.js';
import backstage from '../data/backstage.json' with { type: 'json' };
import { column, dark, rtl } from './decorators.js';

interface Args {
  thread: string;
  variant: 'full' | 'compact';
  'heading-level': number;
  spoilers: boolean;
  expanded: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/plot-thread',
  component: 'plot-thread',
  decorators: [column],
  args: { thread: 'scarletts-voice', variant: 'full', 'heading-level': 3, spoilers: false, expanded: false },
  argTypes: {
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    thread: {
      control: 'select',
      options: backstage.threads.map((t) => t.id),
    },
  },
  render: (args) => html`<plot-thread
    thread=${args.thread}
    variant=${args.variant}
    heading-level=${args['heading-level']}
    ?spoilers=${args.spoilers}
    ?expanded=${args.expanded}
  ></plot-thread>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Full: Story = {};
export const SpoilersShown: Story = { args: { spoilers: true } };
export const Compact: Story = { args: { variant: 'compact', thread: 'the-scouts-slot' } };
export const CompactExpanded: Story = { args: { variant: 'compact', thread: 'the-scouts-slot', expanded: true } };
export const Cliffhanger: Story = { args: { thread: 'the-sprinkler-secret', spoilers: true } };
export const UnknownId: Story = { args: { thread: 'no-such-thread' } };
/** Readers see the tag's own content instead of the storyline. */
export const UnknownIdWithFallback: Story = {
  render: () => html`<plot-thread thread="scarlett-voice"><p>Scarlett's voice: she loses it on the day of the show.</p></plot-thread>`,
};
/** With `debug`, the author's message with "did you mean". */
export const UnknownIdDebug: Story = { render: () => html`<plot-thread thread="scarlett-voice" debug></plot-thread>` };
export const Dark: Story = { args: { spoilers: true }, decorators: [dark] };
export const RightToLeft: Story = { args: { thread: 'haor', spoilers: true }, decorators: [rtl] };
