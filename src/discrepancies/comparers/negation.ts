// Polarity of aligned claims: one side says something happened, the other that it did not.
import type { NameRules } from '../../facets/names/rules';
import { isCommonWord } from '../../facets/names/words';
import { isNegator } from '../../facets/negation';
import type { NegationRules } from '../../facets/negation/rules';
import type { LanguagePack } from '../../lang/types';
import type { Claim, Discrepancy, DiscrepancySide } from '../../types';
import { claimsAround, confidenceFor, type Comparer } from '../group/context';

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
  // A negator anywhere on the plain side (a quotation, a subordinate clause, another clause of the same
  // sentence, an unaligned claim beside) means the two detections most likely disagree on scope, not on what
  // happened.
  const plainSide = negatedOnLeft ? 'right' : 'left';
  const plainClaims = claimsAround(group, plainSide);
  if (claimsAround(group, plainSide, true).some((c) => negatorIn(c, plainPack.negation))) return [];
  // 'uden', 'declined', 'unclear' may be the translator's rendering of the other side's negator. Such words that
  // both sides hold render each other ('homeless' / 'hjemløse'; 'not impossible' against 'umuligt' is a real flip),
  // so the plain side must hold more of them.
  const negatedClaims = claimsAround(group, negatedOnLeft ? 'left' : 'right');
  if (implicitCount(plainClaims, plainPack) > implicitCount(negatedClaims, negatedPack)) return [];
  const negatedSide = negatorSide(negated, rules);
  const stated: DiscrepancySide = { claim: plain.id, text: plain.text, start: plain.start, end: plain.end, value: false };
  const [yes, no] = negatedOnLeft ? [langs.left.name, langs.right.name] : [langs.right.name, langs.left.name];
  return [
    {
      kind: 'negation',
      left: negatedOnLeft ? negatedSide : stated,
      right: negatedOnLeft ? stated : negatedSide,
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
  const idioms = rules.idioms.map((i) => i.split(/\s+/));
  return words.find((m, k) => {
    if (!isNegator(m[0], rules)) return false;
    return !idioms.some((idiom) => idiom.every((w, j) => (words[k + j]?.[0] ?? '').toLowerCase() === w));
  });
}

/** A claim's words in lowercase. */
function wordsOf(claim: Claim): string[] {
  return claim.text.toLowerCase().match(/[\p{L}'’]+/gu) ?? [];
}

/**
 * A word that negates by meaning: one of the pack's ('without', 'declined', 'uden', 'afviste') or a common word
 * with a negative prefix or suffix ('unclear', 'pointless', 'fejlfri').
 */
function isImplicitNegator(word: string, rules: NegationRules, names: NameRules): boolean {
  const listed = rules.implicitNegators.some((entry) =>
    entry.endsWith('*') ? word.startsWith(entry.slice(0, -1)) : !entry.includes(' ') && word === entry,
  );
  return listed || negativeByForm(word, rules, names);
}

/** One of the pack's phrases that negate by meaning ('yet to', 'i stedet for') starts at word k. */
function phraseAt(words: string[], k: number, rules: NegationRules): boolean {
  return rules.implicitNegators.some((entry) => {
    const parts = entry.split(' ');
    return parts.length > 1 && parts.every((p, j) => words[k + j] === p);
  });
}

/** How many words and phrases in the claims negate by meaning. */
function implicitCount(claims: Claim[], pack: LanguagePack): number {
  let n = 0;
  for (const words of claims.map(wordsOf)) {
    words.forEach((w, k) => {
      if (isImplicitNegator(w, pack.negation, pack.names) || phraseAt(words, k, pack.negation)) n++;
    });
  }
  return n;
}

/** 'unclear' = 'un' + 'clear', 'håbløs' = 'håb' + 'løs': the rest must be a common word of at least four letters. */
function negativeByForm(word: string, rules: NegationRules, names: NameRules): boolean {
  const rest = (part: string) => part.length >= 4 && isCommonWord(part, names);
  return (
    rules.negativePrefixes.some((p) => word.startsWith(p) && rest(word.slice(p.length))) ||
    rules.negativeSuffixes.some((s) => word.endsWith(s) && rest(word.slice(0, -s.length)))
  );
}
