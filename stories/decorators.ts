import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';
import { catalog, type Dataset } from '../src/data/index.js';
import migdalor from './fixtures/migdalor.json';

/** Story decorators shared by every element's stories: a dark page, and a right-to-left page. */
export const dark: Decorator = (story) =>
  html`<div style="--ee-color-scheme: dark; color-scheme: dark; background: #16141d; color: #e9e6ef; padding: 1.5rem">${story()}</div>`;

/**
 * A right-to-left page needs right-to-left text: English in an RTL layout puts its full stops at
 * the start of lines. The right-to-left stories show "Migdalor" (stories/fixtures/migdalor.json), a
 * small made-up series in Hebrew; the elements' own labels stay English until they are translated.
 */
export const rtl: Decorator = (story) => {
  if (!catalog.dataset('migdalor')) catalog.register(migdalor as Dataset, 'stories/fixtures/migdalor.json');
  return html`<div dir="rtl" lang="he" series="migdalor" style="padding: 1rem">${story()}</div>`;
};

/** A blog-like column, so inline and block elements sit as they would in a post. */
export const column: Decorator = (story) => html`<div style="max-width: 44rem; font: 18px/1.65 Georgia, serif; padding: 1rem">${story()}</div>`;
