import type { Catalog } from './catalog.js';
import { VERSION } from '../version.js';
import { shown } from './validate.js';

/** The blocks a page may hold its own datasets in (see the README, "Your own series"). */
export const PAGE_DATA_SELECTOR = 'script[type="application/json"][data-episode-elements]';

/**
 * Shared by every copy of this version on the page (they share one catalog), so two bundles never
 * register a block twice; another version has its own catalog, so it registers the blocks too.
 */
const REGISTERED = Symbol.for(`episode-elements.registered@${VERSION}`);

/**
 * Registers every dataset block in `root` that is not registered yet, in document order. A block
 * that is not JSON, or not a valid dataset, is reported with console.error (naming the block, the
 * JSON path and what was expected) and skipped; the others still register, and nothing throws. A
 * block that failed is tried again once its text has changed. Returns how many blocks were
 * registered.
 */
export function registerPageData(catalog: Catalog, root: ParentNode = document): number {
  let registered = 0;
  // Every block of the page (or shadow root), in one query: a block's place among them names it.
  const page = (root as Node).getRootNode() as ParentNode;
  let place = 0;
  for (const block of page.querySelectorAll(PAGE_DATA_SELECTOR)) {
    place++;
    // true once registered; else the text it failed with (a script may fill a block in later).
    const marked = block as Element & { [REGISTERED]?: true | string };
    const text = block.textContent ?? '';
    if (marked[REGISTERED] === true || marked[REGISTERED] === text || (page !== root && !(root as Node).contains(block))) continue;
    marked[REGISTERED] = text;
    // Its id if it has one, else its place.
    const source = block.id ? `<script id="${block.id}" data-episode-elements>` : `<script data-episode-elements> block ${place}`;
    let data: unknown;
    try {
      // trim() drops a byte order mark too (U+FEFF is white space to JS): a file included as saved.
      data = JSON.parse(text.trim());
    } catch (error) {
      console.error(`episode-elements: ${source}: not JSON: ${shown((error as Error).message, Infinity)}`);
      continue;
    }
    try {
      catalog.register(data, source);
      marked[REGISTERED] = true;
      registered++;
    } catch (error) {
      console.error(`episode-elements: could not register a dataset from the page:\n${(error as Error).message}`);
    }
  }
  return registered;
}
