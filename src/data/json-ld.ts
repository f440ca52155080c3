import { isHttpOrRelative } from './url.js';
import type { DatasetIndex } from './dataset-index.js';

/** The schema.org types and properties this module emits (and the tests check against). */
export interface TVEpisodeJsonLd {
  '@context': 'https://schema.org';
  '@type': 'TVEpisode';
  name: string;
  episodeNumber: number;
  /** The spoiler-free logline, never the beats. */
  description: string;
  url?: string;
  partOfSeason: { '@type': 'TVSeason'; seasonNumber: number };
  partOfSeries: { '@type': 'TVSeries'; name: string; url?: string };
  /** Named characters who take part; the data has no actors, so `actor` is never set. */
  character?: { '@type': 'Person'; name: string }[];
}

/**
 * The episode of dataset `data` as schema.org `TVEpisode` structured data, for search engines;
 * undefined for an unknown id. Links that are not http(s) or relative are left out, like everywhere else.
 */
export function episodeJsonLd(data: DatasetIndex, episodeId: string): TVEpisodeJsonLd | undefined {
  const episode = data.get('episodes', episodeId);
  if (!episode) return undefined;
  const series = data.get('series', episode.series)!;
  const link = (url?: string) => (url !== undefined && isHttpOrRelative(url) ? { url } : {});
  const characters = data.charactersIn(episode.id).filter((c) => !c.unnamed);
  return {
    '@context': 'https://schema.org',
    '@type': 'TVEpisode',
    name: episode.title,
    episodeNumber: episode.number,
    description: episode.logline,
    ...link(episode.url),
    partOfSeason: { '@type': 'TVSeason', seasonNumber: episode.season },
    partOfSeries: { '@type': 'TVSeries', name: series.title, ...link(series.url) },
    ...(characters.length ? { character: characters.map((c) => ({ '@type': 'Person' as const, name: c.name })) } : {}),
  };
}

/**
 * JSON text for a `<script type="application/ld+json">`. `<` is escaped so the text can never
 * close the script element if the page is serialised and parsed again (`</script>` in a title).
 */
export const jsonLdText = (data: TVEpisodeJsonLd): string => JSON.stringify(data).replace(/</g, '\\u003c');
