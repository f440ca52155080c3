import { html, type TemplateResult } from 'lit';
import type { ThreadStatus } from '../data/types.js';

const LABEL: Record<ThreadStatus, string> = { resolved: 'Resolved', ongoing: 'Ongoing', cliffhanger: 'Cliffhanger' };

/** A storyline's status badge, drawn the same everywhere (styles in styles/shared.ts). */
export const statusBadge = (status: ThreadStatus): TemplateResult => html`<span part="status" class="status status-${status}">${LABEL[status]}</span>`;
