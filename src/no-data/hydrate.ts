/**
 * The entry for pages rendered by `episode-elements/ssr`, without the bundled dataset
 * (`episode-elements/no-data/hydrate.js`): Lit's hydration support first (it must
 * load before any element is defined), then every element. The elements adopt the server-rendered
 * shadow DOM instead of rendering it again, so nothing is re-created and nothing moves.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { hydrate } from '@lit-labs/ssr-client';
import { installHydration } from '../shared/hydration.js';

// Lit's support patches LitElement through a hook lit-element calls when it first runs. A bundler
// that put lit and the element definitions in a chunk of their own (one page imports this entry,
// another an element entry) runs that chunk before this file, and the hook is missed: the elements
// then hydrate with this function themselves (see shared/sliced-element.ts).
installHydration(hydrate);

export * from './all.js';
