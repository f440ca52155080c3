/**
 * The closed lists of the data format, each spelled out once. The types in types.ts are derived
 * from them, the validator checks against them, and the elements' label maps are typed by them
 * (`Record<ThreadStatus, string>`), so a value added here is a compile error until it has a label.
 * data/schema.json repeats each as an `enum` for editors; tests/node/vocabulary.test.js checks
 * that every enum there equals the list here, in the same order.
 */

/** How a storyline stands at the end (`Thread.status`); each has a `.status-*` colour. */
export const THREAD_STATUSES = ['resolved', 'ongoing', 'cliffhanger'] as const;

/** What two people are to each other (`Relationship.kind`). */
export const RELATIONSHIP_KINDS = ['romance', 'former-romance', 'attraction', 'friendship', 'family', 'work', 'rivalry', 'support'] as const;

/** A character's standing in a group (`Membership.status`; `member` when absent). */
export const MEMBERSHIP_STATUSES = ['member', 'former'] as const;

/** What an episode ends (`Episode.finale`): a season or the whole series. */
export const FINALE_KINDS = ['season', 'series'] as const;
