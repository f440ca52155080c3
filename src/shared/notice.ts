import { html, type TemplateResult } from 'lit';
import { catalog, describeCandidates, type Kind, type Resolution, type Suggestion } from '../data/page-catalog.js';
import type { ElementErrorDetail } from '../events/event-map.js';
import { emit } from '../events/emit.js';
import { ancestorHas } from './ancestry.js';
import { rendersServerView } from './hydration.js';
import { text } from './reader-text.js';
import { warnOnce } from './warn.js';

type Attribute = 'episode' | 'character' | 'thread';
const KIND = { episode: 'episodes', character: 'characters', thread: 'threads' } as const;

/** Any lookup that did not find its record. */
export type NotFound = Exclude<Resolution<unknown>, { status: 'found' }>;

/**
 * Whether the record may still arrive while a dataset is being fetched: its series is not
 * registered yet, or no series was named. (A registered series cannot grow: series ids are unique.)
 */
const mayArrive = (id: string, found: NotFound) =>
  id !== '' && catalog.loading && (found.status === 'unknown-series' || (found.status === 'missing' && !found.series));

/** One of our elements: its id property is named like the attribute; it may have an update pending. */
type Host = HTMLElement & { isUpdatePending?: boolean; debug?: boolean; requestUpdate(): void } & Partial<Record<Attribute, string>>;

/** On the server an element has no DOM around it: no isConnected, no children, no events. */
const onServer = (host: Element) => typeof host.isConnected !== 'boolean';

/**
 * Whether the tag holds fallback content of its author's: text, or an element other than a script
 * (a card's structured data) or one meant for a named slot (a card's footer). Whitespace is not
 * content, though the browser would still let it fill the slot. Hydrating, none: the server saw none.
 */
const hasFallback = (host: Host) =>
  !onServer(host) &&
  !rendersServerView(host) &&
  [...host.childNodes].some((node) =>
    node.nodeType === 1 ? !(node as Element).slot && node.nodeName !== 'SCRIPT' : node.nodeType === 3 && !!node.textContent!.trim(),
  );

/** " Did you mean "scarletts-voice" (Scarlett's voice)?" or nothing. */
const didYouMean = (suggestions: Suggestion[]) => (suggestions.length ? ` Did you mean ${suggestions.map((s) => `"${s.id}" (${s.name})`).join(', ')}?` : '');

/**
 * Why an id found nothing, for the page's author: the `ee-error` detail, whose message also goes
 * to the console and, with `debug`, onto the page. It says what would work: the nearest ids or
 * series ("Did you mean …?") and the known ones, how to choose among the series that have the id,
 * or which dataset failed to load. (It lists every known id: only built when needed.)
 */
function describeError(host: Element, attribute: Attribute, id: string, found: NotFound): ElementErrorDetail {
  const tag = `<${host.localName}>`;
  const kind = KIND[attribute];
  const series = found.status === 'ambiguous' ? undefined : found.series;
  const known = (of: Kind, within?: string) => catalog.ids(of, within).join(', ') || '(none)';
  const detail = (what: ElementErrorDetail['kind'], message: string, suggestions: Suggestion[] = []): ElementErrorDetail => ({
    kind: what,
    message,
    attribute,
    id,
    series,
    suggestions,
  });
  if (!id) {
    const within = found.status === 'missing' ? series : undefined; // an unknown series has no ids to list
    return detail('no-id', `${tag}: the ${attribute} attribute is missing. Known ${attribute} ids: ${known(kind, within)}.`);
  }
  if (found.status === 'ambiguous') {
    return detail(
      'ambiguous-id',
      `${tag}: ${attribute} "${id}" is in more than one series: ${describeCandidates(found.candidates, kind, id)}. Set series="…" on the element or an ancestor to choose one.`,
    );
  }
  const noSeries = found.status === 'unknown-series';
  const suggestions = noSeries ? catalog.suggest('series', found.series) : catalog.suggest(kind, id, series);
  const failures = catalog.loadFailures().map((f) => f.message);
  const failed = failures.length ? ` A dataset failed to load, and the ${noSeries ? 'series' : attribute} may be in it: ${failures.join('; ')}.` : '';
  return detail(
    failures.length ? 'load-failed' : noSeries ? 'unknown-series' : 'unknown-id',
    (noSeries
      ? `${tag}: no series "${found.series}" is registered (its series attribute, or an ancestor's, names it).${didYouMean(suggestions)} Known series: ${known('series')}.`
      : `${tag}: no ${attribute} "${id}"${series ? ` in series "${series}"` : ' in the registered data'}.${didYouMean(suggestions)} Known ${attribute} ids: ${known(kind, series)}.`) +
      failed,
    suggestions,
  );
}

/**
 * Tells the page's author, once per element and message, why its id found nothing: console.warn
 * (console.error for an ambiguous id, an error in the page) and an `ee-error` event on the element.
 *
 * Only about an id that is really missing: an element may render while it is still being set up
 * (inserted into a shadow root, which renders it at once, then given its attribute), so this
 * waits for this task's microtasks and drops the report if the element has changed since.
 */
function reportMissing(host: Host, attribute: Attribute, id: string, found: NotFound, describe: () => ElementErrorDetail): void {
  // Hydrating, an element renders what the server saw (no ancestors): its next render has the page.
  if (mayArrive(id, found) || rendersServerView(host)) return;
  const report = () => {
    const error = describe();
    if (warnOnce(host, error.message, error.kind === 'ambiguous-id' ? 'error' : 'warn') && !onServer(host)) emit(host, 'ee-error', error);
  };
  // On the server each element renders once, fully set up: log now (a build shows what a page would).
  if (onServer(host)) return report();
  queueMicrotask(() => {
    // A newer render, pending or done, reports for itself if it still finds nothing.
    if (host.isConnected && !host.isUpdatePending && host[attribute] === id) report();
  });
}

/**
 * What an element shows instead of itself when its id finds nothing. Readers see the fallback
 * content the author wrote inside the tag, if any (the default slot), else a calm line without
 * ids: "Loading…" while a dataset may still bring the record, then "This episode card is
 * unavailable." The precise message goes to the console and an `ee-error` event (reportMissing),
 * and is shown in full, instead of the calm line, when the page opts in with `debug` on the
 * element or any ancestor (across shadow roots).
 *
 * A `<p part="notice">` for the card and the storyline, an inline `<span part="unknown">` for the
 * chip. It is always rendered, hidden while fallback content speaks for it, so that the server's
 * DOM (which cannot see the tag's content) and the hydrated one have the same nodes.
 */
export function missingNotice(host: Host, attribute: Attribute, id: string, found: NotFound): TemplateResult {
  // Worded once per render, if at all: the suggestions search every id, name and title.
  let error: ElementErrorDetail | undefined;
  const describe = () => (error ??= describeError(host, attribute, id, found));
  reportMissing(host, attribute, id, found, describe);
  const loading = mayArrive(id, found);
  // Hydrating, only the element's own debug: the server saw no ancestors.
  const debug = !loading && (!!host.debug || (!rendersServerView(host) && ancestorHas(host, 'debug')));
  const line = debug ? describe().message : loading ? text.loading : text.unavailable[attribute];
  const fallback = hasFallback(host);
  const quiet = !debug && fallback;
  // Content added to the tag later (a framework filling it in) may replace the calm line.
  const changed = () => host.requestUpdate();
  // In a sentence, a space between the chip's own text and the message (only then: "Scarlett ." would show one before a stop).
  return attribute === 'character'
    ? html`<slot @slotchange=${changed}></slot>${debug && fallback ? ' ' : ''}<span part="unknown" class="unknown" ?hidden=${quiet}>${line}</span>`
    : html`<slot @slotchange=${changed}></slot><p part="notice" class="notice" role="status" ?hidden=${quiet}>${line}</p>`;
}
