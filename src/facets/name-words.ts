// Word tests the entities stage shares: common words of the language, organisation heads.
import type { NameRules } from './name-rules';
import { isAllCaps } from './name-tokens';

/** A capitalised word that is a lowercase word of the language (or an inflection or compound of such words). */
export function isCommonWord(word: string, rules: NameRules): boolean {
  if (isAllCaps(word)) return false;
  const lower = word.toLowerCase().replace(/['’]s?$/, '');
  if (knownWord(lower, rules)) return true;
  if (!rules.compounds || lower.length < 8) return false;
  // A closed compound of two common words: 'Politiassistent', 'Dræbergris'.
  for (let k = 3; k <= lower.length - 4; k++) {
    const head = lower.slice(0, k);
    const linked = /[se]$/.test(head) ? head.slice(0, -1) : head;
    if ((rules.commonWords.has(head) || rules.commonWords.has(linked)) && knownWord(lower.slice(k), rules)) return true;
  }
  return false;
}

/** A common word as it stands or inflected ('styret' → 'styre'); short words with a surname ending are not. */
function knownWord(lower: string, rules: NameRules): boolean {
  if (rules.commonWords.has(lower)) return true;
  if (lower.length <= 8 && rules.surnameEndings.some((e) => lower.endsWith(e))) return false;
  return rules.inflections.some(
    (e) => lower.endsWith(e) && lower.length - e.length >= 4 && rules.commonWords.has(lower.slice(0, -e.length)),
  );
}

export function isHead(word: string, rules: NameRules): boolean {
  const lower = word.toLowerCase();
  // Heads also match their inflections ('Organisationen', 'Ministeriets'), not longer compounds.
  return rules.organisationHeads.some(
    (h) => lower === h || (lower.startsWith(h) && rules.inflections.includes(lower.slice(h.length))),
  );
}
