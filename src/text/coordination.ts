// 'Daley var gæst i programmet og sagde, at …': a reporting verb after 'og'/'and' with no subject of its own
// takes the subject of the first verb of its clause. Language-blind: every word comes from the pack.
import { type Context, type Phrase, isReportingVerb, isWordDot } from './context';
import { forwardPhrase, isSubject } from './phrases';
import type { TextRules } from './rules';
import { type Token, isCapitalized, isIn, matchAt, matchEndingAt, tokenize } from './words';

/** Words an aside after the subject may run to: 'Joan Puig, a 42-year-old mechanic, recorded …'. */
const ASIDE_TOKENS = 12;
/** Words between the first verb and the joiner. */
const CLAUSE_TOKENS = 25;

/** The subject of the clause the joiner before the verb at i goes on, if it names one. */
export function coordinatedSubject(ctx: Context, i: number): Phrase | null {
  const { tokens, rules } = ctx;
  let k = i - 1;
  for (let n = matchEndingAt(tokens, k, rules.verbModifiers); n; n = matchEndingAt(tokens, k, rules.verbModifiers)) k -= n;
  if (!isIn(tokens[k], rules.clauseJoiners)) return null;
  let start = 0;
  while (start < k && !tokens[start].word) start++;
  const subject = forwardPhrase(ctx, start);
  if (!subject || !isSubject(ctx, subject)) return null;
  let v = subject.to;
  if (tokens[v]?.text === ',') {
    let c = v + 1;
    while (c < v + ASIDE_TOKENS && tokens[c] && tokens[c].text !== ',') c++;
    if (tokens[c]?.text !== ',') return null;
    v = c + 1;
  }
  while (v < k && isIn(tokens[v], rules.verbModifiers)) v++;
  if (!isFinite(ctx, tokens[v]) || k - v > CLAUSE_TOKENS) return null;
  // No new clause between the first verb and the joiner: no 'that', no sentence mark, no other subject.
  for (let x = v; x < k; x++) {
    const t = tokens[x];
    if ((/^[.;:!?]$/.test(t.text) && !isWordDot(tokens, x)) || matchAt(tokens, x, rules.complementizers)) return null;
    if (isReportingVerb(ctx, x).length) return null;
    const next = tokens[x + 1];
    if (isIn(t, rules.conjunctions) && (isIn(next, rules.subjectPronouns) || isCapitalized(next))) return null;
  }
  return subject;
}

/** A finite verb: one the pack lists, or a regular form by its ending. */
function isFinite(ctx: Context, t: Token | undefined): boolean {
  const { rules } = ctx;
  if (!t?.word || isCapitalized(t) || /\d/.test(t.text)) return false;
  // A listed form, perhaps after a particle: 'optog', 'udtalte'.
  if (rules.finiteVerbs.some((v) => v.length >= 3 && t.lower.endsWith(v))) return true;
  return rules.finiteEndings.some((e) => t.lower.length >= e.length + 3 && t.lower.endsWith(e));
}

/** Whether text[start, end) opens with a joiner and a reporting verb of its own: 'men fortalte, at …'. */
export function opensWithJoinedVerb(text: string, start: number, end: number, rules: TextRules): boolean {
  const tokens = tokenize(text, start, Math.min(end, start + 80));
  if (!isIn(tokens[0], rules.clauseJoiners)) return false;
  const ctx = { text, tokens, rules, used: tokens.map(() => false) };
  let k = 1;
  while (k < 4 && isIn(tokens[k], rules.verbModifiers)) k++;
  return isReportingVerb(ctx, k).length > 0;
}
