import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { catalog } from '../data/index.js';

/**
 * Re-renders its host whenever a dataset is registered, so an element that showed an unknown id
 * renders as soon as its data arrives. Listens only while the host is connected.
 */
export class CatalogUpdates implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #onChange = () => this.#host.requestUpdate();

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    catalog.addEventListener('change', this.#onChange);
  }

  hostDisconnected(): void {
    catalog.removeEventListener('change', this.#onChange);
  }
}
