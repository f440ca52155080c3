/**
 * The data API with the bundled Backstage dataset registered (./bundled.js). The elements import
 * ./page-catalog.js instead, so the no-data entries can leave the dataset out.
 */
import './bundled.js';

export * from './page-catalog.js';
