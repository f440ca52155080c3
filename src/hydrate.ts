/**
 * The entry for pages rendered by `episode-elements/ssr`: Lit's hydration support first (it must
 * load before any element is defined), then every element. The elements adopt the server-rendered
 * shadow DOM instead of rendering it again, so nothing is re-created and nothing moves.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
export * from './all.js';
