import type { Character } from '../data/types.js';

/** Up to two initials from the name's words that start with a letter or digit ("Francesco Gilles" → "FG"). */
export function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .map((word) => word.match(/[\p{L}\p{N}]/u)?.[0])
    .filter((c): c is string => c !== undefined);
  return (letters.length > 1 ? letters[0] + letters[letters.length - 1] : (letters[0] ?? '?')).toUpperCase();
}

/** A stable 0–7 hue: members of a group share their first group's colour, others hash their id. */
export function hueOf(character: Character): number {
  const key = character.groups?.[0]?.group ?? character.id;
  let hash = 0x811c9dc5; // FNV-1a
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % 8;
}
