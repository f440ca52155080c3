import { LitElement, css, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { catalog } from '../data/index.js';
import { VERSION } from '../version.js';

/** `detail` of `ee-data-load` and `ee-data-error`. */
export interface DataLoadDetail {
  /** The `src` that loaded or failed. */
  src: string;
  /** Why it failed (URL and HTTP status, not JSON, or the validator's problems); only on errors. */
  message?: string;
}

/**
 * @tagname episode-data
 * @summary Loads a dataset (your own series, in the format of `data/schema.json`) from a JSON
 * file for the other elements on the page. It shows nothing itself; elements whose id is not
 * known yet show "Loading…" until it arrives, then render, or say what could not be loaded.
 *
 * @fires ee-data-load - The dataset loaded and was registered. `detail.src` is the URL.
 * @fires ee-data-error - The dataset could not be loaded or is not valid. `detail.message` says
 *   why: the URL with the HTTP status, JSON that does not parse, or each problem with its JSON
 *   path. The same message goes to console.error.
 */
export class EpisodeData extends LitElement {
  /** The library version that defined this class. */
  static readonly version = VERSION;

  static override styles = css`
    :host {
      display: none;
    }
  `;

  /** URL of the dataset: http(s) or relative to the page. Each URL is fetched once per page. */
  @property() src = '';

  /** The src whose load was last started, so a re-render never starts it twice. */
  #requested = '';

  override connectedCallback(): void {
    super.connectedCallback();
    // Now, not at the first render: elements defined after this one must see the load pending.
    this.#startLoad();
  }

  override willUpdate(): void {
    this.#startLoad();
  }

  override render() {
    return nothing;
  }

  #startLoad(): void {
    const src = this.src;
    if (!src || src === this.#requested || !this.isConnected) return;
    this.#requested = src;
    // Literal event names in the dispatch calls, so the custom-elements manifest lists them.
    const init = (detail: DataLoadDetail) => ({ detail, bubbles: true, composed: true });
    catalog.load(src).then(
      () => this.dispatchEvent(new CustomEvent<DataLoadDetail>('ee-data-load', init({ src }))),
      (error: Error) => {
        console.error(`episode-elements: <episode-data src="${src}">: ${error.message}`);
        this.dispatchEvent(new CustomEvent<DataLoadDetail>('ee-data-error', init({ src, message: error.message })));
      },
    );
  }
}
