/**
 * The dataset format (version 1). One JSON document holds one or more series with their episodes,
 * characters, groups, storylines ("threads"), beats and relationships. `data/schema.json` describes
 * the same format for editors and fan-site authors; `validate.ts` enforces it at build and run time.
 *
 * Facts the source states are plain records. A fact the source only implies carries
 * `inferred: true` and a one-line `reason`, so readers can tell the two apart.
 */
import type { FINALE_KINDS, MEMBERSHIP_STATUSES, RELATIONSHIP_KINDS, THREAD_STATUSES } from './vocabulary.js';

/** Marks a record as read between the lines of the source rather than stated by it. */
export interface Inference {
  inferred?: true;
  /** Why the fact is believed; required when `inferred` is true. */
  reason?: string;
}

export interface Series {
  id: string;
  title: string;
  /** Optional link to the series' page; only http(s) or relative URLs are ever rendered. */
  url?: string;
}

export interface Episode {
  id: string;
  /** Id of the series the episode belongs to. */
  series: string;
  season: number;
  number: number;
  title: string;
  /** `season` for a season finale, `series` for a series finale. */
  finale?: FinaleKind;
  /** Where the episode takes place. */
  setting?: string;
  /** One or two sentences without spoilers. */
  logline: string;
  url?: string;
}

export interface Alias extends Inference {
  name: string;
}

export interface Membership extends Inference {
  group: string;
  /** `former` when the character has left the group by the end of the episode. */
  status?: MembershipStatus;
}

export interface Character {
  id: string;
  /** The name as the source uses it; for an unnamed character, a description ("Bianca's agent"). */
  name: string;
  /** True when the source never names the person (their `name` then describes them). */
  unnamed?: true;
  /** What the person is at the school or in the story, e.g. "principal". */
  role?: string;
  aliases?: Alias[];
  groups?: Membership[];
  description: string;
}

export interface Group extends Inference {
  id: string;
  name: string;
  /** What kind of group: "dance troupe", "band", … */
  kind: string;
  description: string;
}

/** The lists themselves are in vocabulary.ts. */
export type FinaleKind = (typeof FINALE_KINDS)[number];
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];
export type ThreadStatus = (typeof THREAD_STATUSES)[number];

export interface Thread extends Inference {
  id: string;
  title: string;
  /** The set-up, without giving away the outcome. */
  premise: string;
  characters: string[];
  groups?: string[];
  /** Beat ids in the order they happen. */
  beats: string[];
  /** How the storyline stands at the end (a spoiler). */
  outcome: string;
  status: ThreadStatus;
}

/** A person who takes part in a beat only by inference (e.g. under an alias the source never ties to them). */
export interface InferredAppearance {
  character: string;
  reason: string;
}

/** Words the episode shows as text (an email, a sign), quoted exactly. */
export interface Quote {
  text: string;
  /** Where the words appear, e.g. "email to Principal Durani". */
  medium: string;
}

export interface Beat {
  id: string;
  episode: string;
  /** What happens, in the project's own words (a spoiler). */
  summary: string;
  characters: string[];
  /** People who take part only by inference, with the reason. */
  inferredCharacters?: InferredAppearance[];
  groups?: string[];
  threads: string[];
  quote?: Quote;
}

export type RelationshipKind = (typeof RELATIONSHIP_KINDS)[number];

export interface Relationship extends Inference {
  /** The two people, in no particular order. */
  characters: [string, string];
  kind: RelationshipKind;
  /** How things stand between them, in a sentence. */
  summary: string;
  /** The episode at whose end this holds. */
  asOf: string;
}

export interface Dataset {
  $schema?: string;
  formatVersion: 1;
  series: Series[];
  episodes: Episode[];
  characters: Character[];
  groups: Group[];
  threads: Thread[];
  beats: Beat[];
  relationships: Relationship[];
}
