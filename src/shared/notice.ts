import { html, type TemplateResult } from 'lit';
import { catalog } from '../data/index.js';
import { warnOnce } from './warn.js';

type Attribute = 'episode' | 'character' | 'thread';
const KIND = { episode: 'episodes', character: 'characters', thread: 'threads' } as const;

/** Warns once per element that its id is unknown or missing, listing the ids it could use. */
export function warnMissing(host: Element, attribute: Attribute, id: string): void {
  if (catalog.loading) return; // the id may be in a dataset that is still on its way
  const tag = `<${host.localName}>`;
  const known = catalog.ids(KIND[attribute]).join(', ') || '(none)';
  warnOnce(
    host,
    id
      ? `${tag}: no ${attribute} "${id}" in the bundled data. Known ${attribute} ids: ${known}.`
      : `${tag}: the ${attribute} attribute is missing. Known ${attribute} ids: ${known}.`,
  );
}

/**
 * The visible, polite notice an element shows instead of itself for an unknown or missing id:
 * "Loading…" while a dataset is being fetched, and afterwards what failed to load, if anything.
 */
export function missingNotice(host: Element, attribute: Attribute, id: string): TemplateResult {
  if (id && catalog.loading) return html`<p part="notice" class="notice loading" role="status">Loading ${attribute} “${id}”…</p>`;
  warnMissing(host, attribute, id);
  const failures = catalog.loadFailures().map((f) => f.source);
  const failed = failures.length ? ` (Could not load ${failures.join(', ')}.)` : '';
  return html`<p part="notice" class="notice" role="status">
    ${id ? `No ${attribute} "${id}" in the bundled data.${failed}` : `No ${attribute} chosen: set the ${attribute} attribute.`}
  </p>`;
}
