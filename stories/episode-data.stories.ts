import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/all.js';
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
