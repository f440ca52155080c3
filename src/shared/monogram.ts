import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Character } from '../data/types.js';

/** Up to two initials from the name's words that start with a letter or digit ("Francesco Gilles" → "FG"). */
export function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .map((word) => word.match(/[\p{L}\p{N}]/u)?.[0])
    .filter((c): c is string => c !== undefined);
  return (letters.length > 1 ? letters[0] + letters[letters.length - 1] : (letters[0] ?? '?')).toUpperCase();
}

/** A stable 0–7 hue for a key (FNV-1a). */
export function hueOfKey(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % 8;
}

/** A character's hue: members of a group share their first group's colour (the group's own), others hash their id. */
export const hueOf = (character: Character): number => hueOfKey(character.groups?.[0]?.group ?? character.id);

/**
 * The initials in a coloured circle (a rounded square for a group), hidden from assistive
 * technology: the name always stands beside it or in hidden text. The inner span lets the
 * letters be centred on their cap height (styles/shared.ts `hues`); two letters are set smaller.
 */
export function monogram(name: string, hue: number, shape: 'person' | 'group' = 'person', part?: string): TemplateResult {
  const letters = initials(name);
  const classes = `monogram hue-${hue}${shape === 'group' ? ' square' : ''}${[...letters].length > 1 ? ' pair' : ''}`;
  return html`<span part=${ifDefined(part)} class=${classes} aria-hidden="true"><span>${letters}</span></span>`;
}
