import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/character-chip/character-chip.register.js';
import { column, dark, rtl } from './decorators.js';

interface Args {
  character: string;
  episode: string;
  spoilers: boolean;
  open: boolean;
  text: string;
}

const meta: Meta<Args> = {
  title: 'Elements/character-chip',
  component: 'character-chip',
  decorators: [column],
  args: { character: 'scarlett', episode: '', spoilers: false, open: false, text: '' },
  argTypes: { text: { description: 'Slotted text shown instead of the name.' } },
  render: (args) => html`<p>
    At the open house,
    <character-chip character=${args.character} episode=${args.episode} ?spoilers=${args.spoilers} ?open=${args.open}
      >${args.text}</character-chip
    >
    steps up for the welcome speech.
  </p>`,
};
export default meta;
type Story = StoryObj<Args>;

export const InText: Story = {};
export const SlottedText: Story = { args: { character: 'jax', text: 'Jaxon' } };
export const OpenPanel: Story = { args: { character: 'kit', open: true } };
export const OpenPanelWithSpoilers: Story = { args: { character: 'kit', open: true, spoilers: true } };
export const InferredGroup: Story = { args: { character: 'carly', open: true } };
export const UnknownId: Story = { args: { character: 'nobody', text: 'a mystery guest' } };
export const UnknownIdNoText: Story = { args: { character: 'nobody' } };
/** With `debug`, the author's message with "did you mean" after the chip's own text. */
export const UnknownIdDebug: Story = {
  render: () => html`<p>At the open house, <character-chip character="Scarlet" debug>Scarlett</character-chip> steps up for the welcome speech.</p>`,
};
export const Dark: Story = { args: { character: 'alya', open: true }, decorators: [dark] };
export const RightToLeft: Story = {
  args: { character: 'noa', episode: 'm-s1e1', open: true },
  decorators: [rtl],
  render: (args) =>
    html`<p>בערב הסערה <character-chip character=${args.character} episode=${args.episode} ?open=${args.open}></character-chip> עולה לבדה למגדלור.</p>`,
};
