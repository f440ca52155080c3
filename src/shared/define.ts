import { VERSION } from '../version.js';

/**
 * Registers `constructor` as `tag` unless the tag is already taken, so loading the library twice
 * (two script tags, or npm plus the CDN bundle) never throws: the first definition wins. When the
 * tag belongs to a different version of this library (or to something else), one console note
 * says so, since the page then runs that copy's behaviour. If an app already registered the class
 * under its own tag name, a subclass takes the default tag (a constructor can be defined only once).
 */
export function define(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  if (!existing) {
    const taken = customElements.getName?.(constructor);
    customElements.define(tag, taken ? class extends constructor {} : constructor);
  } else if (existing !== constructor && existing.version !== VERSION) {
    const owner = existing.version ? `episode-elements ${existing.version}` : 'another script';
    console.info(`episode-elements ${VERSION}: <${tag}> is already defined by ${owner}; that definition stays in use.`);
  }
}
