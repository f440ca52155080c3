import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';

/** Story decorators shared by every element's stories: a dark page, and a right-to-left page. */
export const dark: Decorator = (story) =>
  html`<div style="--ee-color-scheme: dark; color-scheme: dark; background: #16141d; color: #e9e6ef; padding: 1.5rem">${story()}</div>`;

export const rtl: Decorator = (story) => html`<div dir="rtl" lang="ar" style="padding: 1rem">${story()}</div>`;

/** A blog-like column, so inline and block elements sit as they would in a post. */
export const column: Decorator = (story) => html`<div style="max-width: 44rem; font: 18px/1.65 Georgia, serif; padding: 1rem">${story()}</div>`;
