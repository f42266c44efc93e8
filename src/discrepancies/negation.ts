// Polarity of aligned claims: one side says something happened, the other that it did not.
import type { NameRules } from '../facets/name-rules';
import { isCommonWord } from '../facets/name-words';
import type { NegationRules } from '../facets/negation-rules';
import type { Claim, Discrepancy, DiscrepancySide } from '../types';
import { confidenceFor, type Comparer } from './context';

/** Negation detection misses idioms and scope often enough that a finding is a lead of moderate weight. */
const BASE_CONFIDENCE = 0.5;

export const compareNegation: Comparer = (group, langs) => {
  const leftNegated = group.left.find((c) => c.facets.negated);
  const rightNegated = group.right.find((c) => c.facets.negated);
  if (Boolean(leftNegated) === Boolean(rightNegated)) return [];
  const negatedOnLeft = leftNegated !== undefined;
  const negated = (leftNegated ?? rightNegated)!;
  const plain = negatedOnLeft ? group.right[0] : group.left[0];
  const [negatedPack, plainPack] = negatedOnLeft ? [langs.left, langs.right] : [langs.right, langs.left];
  const rules = negatedPack.negation;
  // A negator anywhere on the plain side (a quotation, a subordinate clause, another claim of the same
  // sentence) means the two detections most likely disagree on scope, not on what happened.
  const plainClaims = negatedOnLeft ? sentenceOf(group.right, group.context?.right) : sentenceOf(group.left, group.context?.left);
  if (plainClaims.some((c) => negatorIn(c, plainPack.negation))) return [];
  // 'uden', 'declined', 'unclear' may be the translator's rendering of the other side's negator, unless the
  // negated side holds such a word too ('not impossible' against 'umuligt' is a real flip).
  const negatedClaims = negatedOnLeft ? group.left : group.right;
  const implicit = (c: Claim, pack: Pick<typeof plainPack, 'negation' | 'names'>) => implicitIn(c, pack.negation, pack.names);
  if (plainClaims.some((c) => implicit(c, plainPack)) && !negatedClaims.some((c) => implicit(c, negatedPack))) return [];
  const negatedSide = negatorSide(negated, rules);
  const plainSide: DiscrepancySide = { claim: plain.id, text: plain.text, start: plain.start, end: plain.end, value: false };
  const [yes, no] = negatedOnLeft ? [langs.left.name, langs.right.name] : [langs.right.name, langs.left.name];
  return [
    {
      kind: 'negation',
      left: negatedOnLeft ? negatedSide : plainSide,
      right: negatedOnLeft ? plainSide : negatedSide,
      confidence: confidenceFor(group, BASE_CONFIDENCE),
      message: `The ${yes} article negates this ("${negatedSide.text}"); the ${no} article states it without negation.`,
    },
  ];
};

/** The negating word of a negated claim, or the whole claim when no single word can be pointed at. */
function negatorSide(claim: Claim, rules: NegationRules): DiscrepancySide {
  const hit = negatorIn(claim, rules);
  if (!hit || hit.index === undefined) {
    return { claim: claim.id, text: claim.text, start: claim.start, end: claim.end, value: true };
  }
  const start = claim.start + hit.index;
  return { claim: claim.id, text: hit[0], start, end: start + hit[0].length, value: true };
}

/** The first negating word of a claim, wherever it stands, idioms ('not only', 'ikke kun') left out. */
function negatorIn(claim: Claim, rules: NegationRules): RegExpMatchArray | undefined {
  const words = [...claim.text.matchAll(/[\p{L}'’-]+/gu)];
  const isNegator = (w: string) => {
    const lower = w.toLowerCase().replace(/’/g, "'");
    return rules.negators.includes(lower) || rules.negatingEndings.some((e) => lower.length > e.length && lower.endsWith(e));
  };
  const idioms = rules.idioms.map((i) => i.split(/\s+/));
  return words.find((m, k) => {
    if (!isNegator(m[0])) return false;
    return !idioms.some((idiom) => idiom.every((w, j) => (words[k + j]?.[0] ?? '').toLowerCase() === w));
  });
}

/** The group's claims on one side with the other claims of their sentences. */
function sentenceOf(claims: Claim[], context: Claim[] = []): Claim[] {
  return [...claims, ...context];
}

/**
 * Whether a claim holds a word that negates by meaning: one of the pack's ('without', 'declined', 'yet to',
 * 'uden', 'afviste') or a common word with a negative prefix or suffix ('unclear', 'utvivlsomt', 'fejlfri').
 */
function implicitIn(claim: Claim, rules: NegationRules, names: NameRules): boolean {
  const words: string[] = claim.text.toLowerCase().match(/[\p{L}'’]+/gu) ?? [];
  const phrase = ` ${words.join(' ')} `;
  const listed = rules.implicitNegators.some((entry) => {
    if (entry.includes(' ')) return phrase.includes(` ${entry} `);
    return entry.endsWith('*') ? words.some((w) => w.startsWith(entry.slice(0, -1))) : words.includes(entry);
  });
  return listed || words.some((w) => negativeByForm(w, rules, names));
}

/** 'unclear' = 'un' + 'clear', 'håbløs' = 'håb' + 'løs': the rest must be a common word of at least four letters. */
function negativeByForm(word: string, rules: NegationRules, names: NameRules): boolean {
  const rest = (part: string) => part.length >= 4 && isCommonWord(part, names);
  return (
    rules.negativePrefixes.some((p) => word.startsWith(p) && rest(word.slice(p.length))) ||
    rules.negativeSuffixes.some((s) => word.endsWith(s) && rest(word.slice(0, -s.length)))
  );
}
