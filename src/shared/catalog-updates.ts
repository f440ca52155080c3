import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { catalog } from '../data/page-catalog.js';

/**
 * The connected hosts, behind one catalog listener. A listener per element made page loads
 * quadratic: addEventListener scans the target's listeners for a duplicate, and a page of 3,000
 * tags holds some 43,000 elements (a card's chips count too); that scan took 3.3 of 9 s.
 */
const connected = new Set<ReactiveControllerHost>();
const renderAll = () => connected.forEach((host) => host.requestUpdate());

/**
 * Re-renders its host whenever a dataset is registered, so an element that showed an unknown id
 * renders as soon as its data arrives. Counts only while the host is connected.
 */
export class CatalogUpdates implements ReactiveController {
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    if (!connected.size) catalog.addEventListener('change', renderAll);
    connected.add(this.#host);
  }

  hostDisconnected(): void {
    connected.delete(this.#host);
    if (!connected.size) catalog.removeEventListener('change', renderAll);
  }
}
