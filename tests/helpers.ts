import backstageJson from '../data/backstage.json' with { type: 'json' };
import type { Dataset } from '../src/data/types.js';

/** A fresh, mutable copy of the bundled dataset. */
export const backstage = (): Dataset => structuredClone(backstageJson) as Dataset;

/** The message a call throws (fails the test if it does not throw). */
export function thrownMessage(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the call to throw');
}

/** Replaces console.warn while `fn` runs and returns what was logged. */
export async function captureWarnings(fn: () => unknown | Promise<unknown>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return warnings;
}

let serial = 0;

/**
 * A small dataset of a made-up series whose ids are unique on every call (the catalog is
 * page-wide, so each test registers under fresh ids). `text(slot)` supplies each string field.
 */
export function makeSeries(
  text: (slot: string) => string = (slot) => `Text for ${slot}`,
  size = { characters: 3, threads: 2, beats: 4 },
): { dataset: Dataset; ids: { series: string; episode: string } } {
  const p = `t${++serial}`;
  const characters = Array.from({ length: size.characters }, (_, i) => ({
    id: `${p}-c${i}`,
    name: text(`character ${i} name`),
    role: text(`character ${i} role`),
    aliases: [{ name: text(`character ${i} alias`), inferred: true as const, reason: text(`character ${i} alias reason`) }],
    groups: [{ group: `${p}-g0` }],
    description: text(`character ${i} description`),
  }));
  const beats = Array.from({ length: size.beats }, (_, i) => ({
    id: `${p}-b${i}`,
    episode: `${p}-e1`,
    summary: text(`beat ${i} summary`),
    characters: [characters[i % size.characters].id],
    threads: [`${p}-th${i % size.threads}`],
    quote: { text: text(`beat ${i} quote`), medium: text(`beat ${i} medium`) },
  }));
  const threads = Array.from({ length: size.threads }, (_, i) => ({
    id: `${p}-th${i}`,
    title: text(`thread ${i} title`),
    premise: text(`thread ${i} premise`),
    characters: [characters[i % size.characters].id],
    beats: beats.filter((b) => b.threads[0] === `${p}-th${i}`).map((b) => b.id),
    outcome: text(`thread ${i} outcome`),
    status: 'ongoing' as const,
  }));
  const dataset: Dataset = {
    formatVersion: 1,
    series: [{ id: `${p}-series`, title: text('series title') }],
    episodes: [
      {
        id: `${p}-e1`,
        series: `${p}-series`,
        season: 2,
        number: 7,
        title: text('episode title'),
        setting: text('episode setting'),
        logline: text('episode logline'),
      },
    ],
    characters,
    groups: [{ id: `${p}-g0`, name: text('group name'), kind: text('group kind'), description: text('group description') }],
    threads,
    beats,
    relationships: [
      { characters: [characters[0].id, characters[1].id], kind: 'friendship', summary: text('relationship summary'), asOf: `${p}-e1` },
    ],
  };
  return { dataset, ids: { series: `${p}-series`, episode: `${p}-e1` } };
}
