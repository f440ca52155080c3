import { warnOnce } from './warn.js';

/** The Trusted Types policy name a page that restricts policy names must allow for structured data. */
export const JSON_LD_POLICY = 'episode-elements-json-ld';

interface ScriptPolicy {
  createScript(text: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScript(text: string): string }): ScriptPolicy;
}

/** The structured-data script a card keeps among its children (marked, so a page's own stay alone). */
export const JSON_LD_SELECTOR = 'script[type="application/ld+json"][data-episode-card]';

/** A new, empty structured-data script for `doc`, marked as the card's. */
export function createJsonLdScript(doc: Document): HTMLScriptElement {
  const script = doc.createElement('script');
  script.type = 'application/ld+json';
  script.setAttribute('data-episode-card', '');
  return script;
}

/** Created on first use, so pages that never ask for structured data never see the name. */
let policy: ScriptPolicy | 'not needed' | 'refused' | undefined;

function scriptPolicy(): ScriptPolicy | 'not needed' | 'refused' {
  if (policy !== undefined) return policy;
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return (policy = 'not needed');
  try {
    // Only ever given JSON that this library built (with `<` escaped) for a non-executable
    // script type; an identity policy is safe for that alone, so it stays private to this module.
    policy = factory.createPolicy(JSON_LD_POLICY, { createScript: (text) => text });
  } catch {
    policy = 'refused'; // the page's trusted-types directive does not list the name
  }
  return policy;
}

/**
 * Puts `json` in `script` (type application/ld+json) as the last child of `host`. Script text is a
 * Trusted Types sink even for data types, so it goes through the policy above; where the page
 * refuses that policy, the script is removed and a warning says what to allow.
 */
export function placeJsonLd(host: HTMLElement, script: HTMLScriptElement, json: string): void {
  const trusted = scriptPolicy();
  if (trusted === 'refused') {
    script.remove();
    warnOnce(
      host,
      `episode-elements: <${host.localName}> structured-data: this page's Trusted Types rules do not allow the "${JSON_LD_POLICY}" policy; add it to the trusted-types directive to emit structured data.`,
    );
    return;
  }
  // Every update of the card lands here (a spoiler click too): write only when the data changed,
  // so the page's own mutation observers do not see a new script text each time.
  if (script.text !== json) script.text = (trusted === 'not needed' ? json : trusted.createScript(json)) as string;
  if (script.parentNode !== host) host.append(script);
}
