// Word tests the entities stage shares: common words of the language, organisation heads.
import type { NameRules } from './rules';
import { isAllCaps } from './tokens';
import { perWord } from '../../keys/word-memo';

const commonWordTests = new WeakMap<NameRules, (word: string) => boolean>();

/** A capitalised word that is a lowercase word of the language (or an inflection or compound of such words). */
export function isCommonWord(word: string, rules: NameRules): boolean {
  let test = commonWordTests.get(rules);
  if (!test) {
    test = perWord((w) => readCommonWord(w, rules));
    commonWordTests.set(rules, test);
  }
  return test(word);
}

/**
 * A capitalised word listed as a lowercase word of the language, or an inflection of one; no compound reading
 * ('Sandoval' is no 'sand' + 'oval').
 */
export function isListedWord(word: string, rules: NameRules): boolean {
  return !isAllCaps(word) && knownWord(word.toLowerCase().replace(/['’]s?$/, ''), rules);
}

function readCommonWord(word: string, rules: NameRules): boolean {
  if (isAllCaps(word)) return false;
  const lower = word.toLowerCase().replace(/['’]s?$/, '');
  if (knownWord(lower, rules)) return true;
  // 'Year-on-year': every part a common word ('FN-forsamlingen' is not: its head is an acronym).
  const parts = lower.split(/[-‐]/);
  if (parts.length > 1 && !isAllCaps(word.split(/[-‐]/)[0]) && parts.every((p) => p.length >= 2 && knownWord(p, rules))) {
    return true;
  }
  if (rules.derivedEndings?.test(lower)) return true;
  return rules.compounds && (isCompound(lower, rules, 2) || endsInNoun(lower, rules));
}

/**
 * Past this length a word is no compound of common words (news rarely writes one over 40 letters); the splits
 * cost the cube of the length, so a hostile run of letters must stop here.
 */
const LONGEST_COMPOUND = 64;

/**
 * A long closed compound ending in a common word of five letters or more: 'Hjemsendelsesrisikoen',
 * 'Opblomstringen'. Its first part may be missing from the word lists; a name rarely ends so.
 */
function endsInNoun(lower: string, rules: NameRules): boolean {
  if (lower.length < 12 || lower.length > LONGEST_COMPOUND || !/^\p{L}+$/u.test(lower)) return false;
  for (let k = 2; k <= lower.length - 5; k++) if (knownWord(lower.slice(k), rules)) return true;
  return false;
}

/** A closed compound of common words: 'Politiassistent', 'Naturbevarelsesrådgiver' (up to `depth` joins). */
function isCompound(lower: string, rules: NameRules, depth: number): boolean {
  if (lower.length < 8 || lower.length > LONGEST_COMPOUND || depth === 0) return false;
  for (let k = 3; k <= lower.length - 4; k++) {
    const head = lower.slice(0, k);
    const tail = lower.slice(k);
    const linked = /[se]$/.test(head) ? head.slice(0, -1) : head;
    const headKnown = rules.commonWords.has(head) || rules.commonWords.has(linked) || knownWord(linked, rules);
    if (headKnown && (knownWord(tail, rules) || isCompound(tail, rules, depth - 1))) return true;
  }
  return false;
}

/**
 * A common word as it stands or inflected ('styret' → 'styre'), with the pack's stem repairs ('albummet' →
 * 'album', 'doubling' → 'double'); short words with a surname ending are not.
 */
function knownWord(lower: string, rules: NameRules): boolean {
  if (rules.commonWords.has(lower)) return true;
  if (lower.length <= 8 && rules.surnameEndings.some((e) => lower.endsWith(e))) return false;
  const stems = (word: string) =>
    rules.inflections
      .filter((e) => word.endsWith(e) && word.length - e.length >= 4)
      .map((e) => word.slice(0, -e.length));
  for (const stem of stems(lower)) {
    const candidates = [stem, ...(rules.stemRepairs ?? []).map(([p, r]) => stem.replace(p, r))];
    if (candidates.some((c) => c.length >= 3 && rules.commonWords.has(c))) return true;
  }
  return false;
}

export function isHead(word: string, rules: NameRules): boolean {
  const lower = word.toLowerCase();
  // Heads also match their inflections ('Organisationen', 'Ministeriets'), not longer compounds.
  return rules.organisationHeads.some(
    (h) => lower === h || (lower.startsWith(h) && rules.inflections.includes(lower.slice(h.length))),
  );
}
