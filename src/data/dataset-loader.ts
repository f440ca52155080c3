import type { Dataset } from './types.js';
import { DEFAULT_TIMEOUT, failureFor, fetchJson } from './fetch-dataset.js';

/**
 * The catalog's network side: fetches dataset files, hands what they hold to `register`, and calls
 * `changed` when a fetch starts and when it ends (elements show "Loading…" meanwhile). Loads are
 * keyed by the resolved URL without its #fragment, in every map.
 */
export class DatasetLoader {
  readonly #register: (data: unknown, source: string) => Dataset;
  readonly #changed: () => void;

  constructor(register: (data: unknown, source: string) => Dataset, changed: () => void) {
    this.#register = register;
    this.#changed = changed;
  }

  /** Loads by URL without #fragment, in flight or done; a failed one is dropped, so asking again retries. */
  readonly #loads = new Map<string, Promise<Dataset>>();
  /** URLs (without #fragment) being fetched. */
  readonly #pending = new Set<string>();
  /** Why each URL failed, until it loads: the src it was asked for by, and the message. */
  readonly #failures = new Map<string, { source: string; message: string }>();

  /** Fetches `url` and registers what it holds: see `Catalog.load()`, which this does. */
  load(url: string, { timeout = DEFAULT_TIMEOUT } = {}): Promise<Dataset> {
    // The document's base, not location: a srcdoc frame's location is about:srcdoc.
    let key: string;
    try {
      const resolved = new URL(url, globalThis.document?.baseURI ?? globalThis.location?.href);
      resolved.hash = ''; // a #fragment is a place in the file, not another file
      key = resolved.href;
    } catch {
      return Promise.reject(new Error(`${url}: not a URL`));
    }
    let loading = this.#loads.get(key);
    if (!loading) {
      // 1e6 s (11 days) at most: AbortSignal.timeout() throws on the huge, and nobody waits that long.
      loading = fetchJson(url, key, timeout > 0 ? Math.min(timeout, 1e6) : DEFAULT_TIMEOUT).then((data) => this.#register(data, url));
      this.#loads.set(key, loading);
      this.#pending.add(key);
      this.#changed();
      // Before any caller hears: one that retries at once finds a clean slate.
      const ended = () => {
        this.#pending.delete(key);
        this.#changed();
      };
      loading.then(
        () => {
          this.#failures.delete(key);
          ended();
        },
        // Whatever the reason, even a falsy one.
        (cause) => {
          this.#loads.delete(key); // a 503 or a timeout may pass: the next load() fetches again
          this.#failures.set(key, { source: url, message: failureFor(url, key, cause).message });
          ended();
        },
      );
    }
    // Shared by every spelling of the URL: each caller's message quotes its own.
    return loading.catch((cause) => {
      throw failureFor(url, key, cause);
    });
  }

  /** True while any load() is still fetching: an unknown id may yet arrive. */
  get loading(): boolean {
    return this.#pending.size > 0;
  }

  /**
   * Files that failed to load and have not loaded since, one per file, each with the src it was
   * asked for by and why (for notices: an unknown id may be in a dataset that did not load).
   */
  loadFailures(): { source: string; message: string }[] {
    return [...this.#failures.values()].map((failure) => ({ ...failure }));
  }
}
