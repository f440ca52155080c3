import { html, type TemplateResult } from 'lit';
import { catalog, describeCandidates, seriesHolding, type Resolution } from '../data/page-catalog.js';
import { rendersServerView } from './hydration.js';
import { text } from './reader-text.js';
import { warnOnce } from './warn.js';

type Attribute = 'episode' | 'character' | 'thread';
const KIND = { episode: 'episodes', character: 'characters', thread: 'threads' } as const;

/** Where a missing id was looked for, for the warning and the notice alike. */
const where = (series: string | undefined) => (series ? ` in series "${series}"` : ' in the registered data');

/** Any lookup that did not find its record. */
export type NotFound = Exclude<Resolution<unknown>, { status: 'found' }>;

/**
 * Whether the record may still arrive while a dataset is being fetched: its series is not
 * registered yet, or no series was named. (A registered series cannot grow: series ids are unique.)
 */
const mayArrive = (id: string, found: NotFound) =>
  id !== '' && catalog.loading && (found.status === 'unknown-series' || (found.status === 'missing' && !found.series));

/** One of our elements: its id property is named like the attribute; it may have an update pending. */
type Host = Element & { isUpdatePending?: boolean } & Partial<Record<Attribute, string>>;

/**
 * Logs once per element why its id found nothing, with what would work: the known ids, the known
 * series, or (for an id that several series have) those series and how to choose one. An
 * ambiguous id is an error in the page (console.error); the rest are warnings.
 *
 * Only about an id that is really missing: an element may render while it is still being set up
 * (inserted into a shadow root, which renders it at once, then given its attribute), so the
 * warning waits for this task's microtasks and is dropped if the element has changed since.
 */
export function warnMissing(host: Host, attribute: Attribute, id: string, found: NotFound): void {
  // Hydrating, an element renders what the server saw (no ancestors): its next render has the page.
  if (mayArrive(id, found) || rendersServerView(host)) return;
  // On the server (no DOM: no isConnected) each element renders once, fully set up: warn now.
  if (typeof host.isConnected !== 'boolean') return logMissing(host, attribute, id, found);
  queueMicrotask(() => {
    // A newer render, pending or done, warns for itself if it still finds nothing.
    if (host.isConnected && !host.isUpdatePending && host[attribute] === id) logMissing(host, attribute, id, found);
  });
}

/**
 * What a lookup that found nothing means, worded once for both audiences: `author()`, the console
 * line with what would work (the known ids or series, or how to choose among the series that have
 * the id), at `level`; and `reader`, the calm sentence the element shows instead of itself. (The
 * console line lists every known id: it is only written when logged.)
 */
function outcome(host: Element, attribute: Attribute, id: string, found: NotFound): { author: () => string; level: 'warn' | 'error'; reader: string } {
  const tag = `<${host.localName}>`;
  const known = (series?: string) => catalog.ids(KIND[attribute], series).join(', ') || '(none)';
  if (!id) {
    return {
      author: () => `${tag}: the ${attribute} attribute is missing. Known ${attribute} ids: ${known(found.status === 'missing' ? found.series : undefined)}.`,
      level: 'warn',
      reader: text.noneChosen(attribute),
    };
  }
  if (found.status === 'ambiguous') {
    const series = found.candidates.map((d) => seriesHolding(d, KIND[attribute], id).join(' or ')).join(', ');
    return {
      author: () =>
        `${tag}: ${attribute} "${id}" is in more than one series: ${describeCandidates(found.candidates, KIND[attribute], id)}. ` +
        `Set series="…" on the element or an ancestor to choose one.`,
      level: 'error',
      reader: text.ambiguous(attribute, id, series),
    };
  }
  if (found.status === 'unknown-series') {
    return {
      author: () =>
        `${tag}: no series "${found.series}" is registered (its series attribute, or an ancestor's, names it). Known series: ${catalog.ids('series').join(', ')}.`,
      level: 'warn',
      reader: text.unknownSeries(found.series) + failedLoads(),
    };
  }
  return {
    author: () => `${tag}: no ${attribute} "${id}"${where(found.series)}. Known ${attribute} ids: ${known(found.series)}.`,
    level: 'warn',
    reader: text.missing(attribute, id, where(found.series)) + failedLoads(),
  };
}

/** " (Could not load a.json, b.json.)" when a dataset failed to load: the id may be in it. */
function failedLoads(): string {
  const failures = catalog.loadFailures().map((f) => f.source);
  return failures.length ? text.couldNotLoad(failures) : '';
}

function logMissing(host: Element, attribute: Attribute, id: string, found: NotFound): void {
  const { author, level } = outcome(host, attribute, id, found);
  warnOnce(host, author(), level);
}

/**
 * The visible, polite notice an element shows instead of itself when its id finds nothing:
 * "Loading…" while a dataset is being fetched, and afterwards what is wrong, with what failed to
 * load, if anything.
 */
export function missingNotice(host: Host, attribute: Attribute, id: string, found: NotFound): TemplateResult {
  if (mayArrive(id, found)) return html`<p part="notice" class="notice loading" role="status">${text.loading(attribute, id)}</p>`;
  warnMissing(host, attribute, id, found);
  return html`<p part="notice" class="notice" role="status">${outcome(host, attribute, id, found).reader}</p>`;
}
