/**
 * Registers the bundled dataset, Backstage S1E30 (data/backstage.json), in the page-wide catalog:
 * `episode-elements/backstage.js`, for apps on the no-data entries that want it after all. Every
 * entry with data imports it. It registers once per page and version, however many copies load.
 */
import backstage from '../../data/backstage.json' with { type: 'json' };
import { catalog } from './page-catalog.js';
import { VERSION } from '../version.js';

const REGISTERED = Symbol.for(`episode-elements.backstage@${VERSION}`);
const page = globalThis as { [REGISTERED]?: true };
if (!page[REGISTERED]) {
  page[REGISTERED] = true;
  catalog.register(backstage, 'backstage.json');
}
