import { html, type TemplateResult } from 'lit';
import type { ThreadStatus } from '../data/types.js';
import { text } from './reader-text.js';

/** A storyline's status badge, drawn the same everywhere (styles in styles/shared.ts). */
export const statusBadge = (status: ThreadStatus): TemplateResult =>
  html`<span part="status" class="status status-${status}">${text.threadStatus[status]}</span>`;
