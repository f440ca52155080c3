import { html, type TemplateResult } from 'lit';
import { catalog } from '../data/index.js';
import { warnOnce } from './warn.js';

type Attribute = 'episode' | 'character' | 'thread';
const KIND = { episode: 'episodes', character: 'characters', thread: 'threads' } as const;

/** Warns once per element that its id is unknown or missing, listing the ids it could use. */
export function warnMissing(host: Element, attribute: Attribute, id: string): void {
  const tag = `<${host.localName}>`;
  const known = catalog.ids(KIND[attribute]).join(', ') || '(none)';
  warnOnce(
    host,
    id
      ? `${tag}: no ${attribute} "${id}" in the bundled data. Known ${attribute} ids: ${known}.`
      : `${tag}: the ${attribute} attribute is missing. Known ${attribute} ids: ${known}.`,
  );
}

/** The visible, polite notice an element shows instead of itself for an unknown or missing id. */
export function missingNotice(host: Element, attribute: Attribute, id: string): TemplateResult {
  warnMissing(host, attribute, id);
  return html`<p part="notice" class="notice" role="status">
    ${id ? `No ${attribute} "${id}" in the bundled data.` : `No ${attribute} chosen: set the ${attribute} attribute.`}
  </p>`;
}
