/**
 * Registers `constructor` as `tag` unless the tag is already taken, so loading the library twice
 * (two script tags, or npm plus the CDN bundle) never throws. The first definition wins.
 */
export function define(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
