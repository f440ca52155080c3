import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { catalog, type Kind, type RecordsByKind, type Resolution } from '../data/page-catalog.js';
import { inheritedAttribute, InheritedAttributeWatch } from './ancestry.js';
import { rendersServerView } from './hydration.js';

/** An element that looks its ids up within a series. */
export interface SeriesHost extends ReactiveControllerHost, HTMLElement {
  /** The `series` attribute: the id of the series to look ids up in. */
  series?: string;
}

/**
 * A `series` attribute set, changed or removed on any ancestor re-renders the elements inside; so
 * does `debug`, which changes what an element that cannot show its record says (see notice.ts).
 */
const watch = new InheritedAttributeWatch('series', 'debug');

/**
 * Which series an element's ids belong to: its own `series`, else the nearest ancestor's `series`
 * attribute (`<article series="harbour-lights">`, across shadow roots), else none, and then an id
 * resolves in whichever registered series has it, provided only one does.
 */
export class SeriesScope implements ReactiveController {
  readonly #host: SeriesHost;

  constructor(host: SeriesHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The series id in force, or undefined when neither the element nor an ancestor names one. */
  get series(): string | undefined {
    if (this.#host.series) return this.#host.series;
    return rendersServerView(this.#host) ? undefined : inheritedAttribute(this.#host, 'series') || undefined; // the server saw no ancestors
  }

  /** Looks `id` up within the series in force (see `catalog.resolve`). */
  resolve<K extends Kind>(kind: K, id: string): Resolution<RecordsByKind[K]> {
    return catalog.resolve(kind, id, this.series);
  }

  hostConnected(): void {
    watch.add(this.#host);
  }

  hostDisconnected(): void {
    watch.delete(this.#host);
  }
}
