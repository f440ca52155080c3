import type { RelationshipKind, ThreadStatus } from '../data/types.js';

/**
 * The words the elements show readers, in one place: the ground for translations. Counts go by
 * the language's plural rules (Intl.PluralRules), never by `n === 1`. English only for now, so a
 * server and a browser with other default locales write the same text. The labels of the data's
 * lists are typed by those lists (src/data/vocabulary.ts): a value without a label does not compile.
 */
const LOCALE = 'en';
const plurals = new Intl.PluralRules(LOCALE);

/** A number as readers write it: "9,976". */
export const number = (n: number): string => n.toLocaleString(LOCALE);

/** A noun's forms by plural category; `other` is required, the rest fall back to it. */
type Forms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** "1 beat", "35 beats". */
export const counted = (n: number, forms: Forms): string => `${number(n)} ${forms[plurals.select(n)] ?? forms.other}`;

const BEATS: Forms = { one: 'beat', other: 'beats' };

export const text = {
  // <episode-card>
  season: (season: number) => `Season ${number(season)}`,
  episode: (episode: number) => `Episode ${number(episode)}`,
  finale: { season: 'Season finale', series: 'Series finale' },
  setting: 'Setting:',
  cast: 'Cast',
  storylines: 'Storylines',
  whatHappens: 'What happens',
  spoilers: 'Spoilers',
  allStorylines: (n: number) => `All ${number(n)} storylines`,
  fewerStorylines: 'Fewer storylines',
  beats: (beats: number) => counted(beats, BEATS),
  // <plot-thread>
  details: 'Details',
  peopleInStoryline: 'People in this storyline',
  outcomeAndBeats: (beats: number) => `outcome and ${counted(beats, BEATS)}`,
  outcome: 'Outcome:',
  beatPosition: (n: number, of: number) => `Beat ${number(n)} of ${number(of)}`,
  // <plot-thread> and the panel: a storyline's status
  threadStatus: { resolved: 'Resolved', ongoing: 'Ongoing', cliffhanger: 'Cliffhanger' } satisfies Record<ThreadStatus, string>,
  // <character-chip>
  relationshipKind: {
    romance: 'Together',
    'former-romance': 'Former couple',
    attraction: 'Attraction',
    friendship: 'Friends',
    family: 'Family',
    work: 'Work',
    rivalry: 'Rivals',
    support: 'Support',
  } satisfies Record<RelationshipKind, string>,
  close: 'Close',
  role: 'Role',
  alsoKnownAs: 'Also known as',
  groups: 'Groups',
  formerMember: ' (former member)',
  inferred: 'inferred',
  relationshipsAtEnd: 'Relationships at the end',
  inThisEpisode: 'In this episode',
  // spoiler button
  show: (what: string) => `Show ${what}`,
  hide: (what: string) => `Hide ${what}`,
  // what readers see when an element cannot show its record and the tag holds no fallback content
  // of its own: calm, with no ids (the precise message is for the page's author, see notice.ts)
  loading: 'Loading…',
  unavailable: { episode: 'This episode card is unavailable.', thread: 'This storyline is unavailable.', character: 'character unavailable' },
  // long lists
  more: (n: number) => `+${number(n)} more`,
  plus: (n: number) => `+${number(n)}`,
  moreHidden: (what: string, hidden: number, total: number) => ` ${what} (${number(hidden)} hidden, ${number(total)} in all)`,
  fewer: 'Show fewer',
} as const;
