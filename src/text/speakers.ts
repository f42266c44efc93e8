// The span to report for a speaker phrase: its name when it has one, the agency when it is an outlet.
import type { Span } from '../types';
import { type Context, type Phrase, continuesName, isStop, spanOf } from './context';
import { matchAt, isIn, isCapitalized, isTitle, containsWordStart } from './words';

/** The span to report for a speaker phrase: its name when it has one, else the whole phrase. */
export function speakerSpan(ctx: Context, p: Phrase): Span {
  const { tokens, rules } = ctx;
  const names: Phrase[] = [];
  for (let k = p.from; k < p.to; ) {
    if (!isCapitalized(tokens[k])) {
      k++;
      continue;
    }
    let runEnd = k + 1;
    while (runEnd < p.to && continuesName(ctx, runEnd)) runEnd++;
    let s = k;
    let e = runEnd;
    for (let i = k; i < e; i++) if (isTitle(tokens[i], rules.titleWords)) s = i + 1;
    while (s < e && isIn(tokens[s], rules.notNames)) s++;
    while (e > s && !tokens[e - 1].word) e--;
    // After 'for'/'of' comes what a title serves ('talsmanden for Kreml', 'a spokesman for Lavrov'), not the
    // speaker; but in 'Secretary of State Mike Pompeo' the first word completes the title and a name follows.
    // An article may stand between: 'a spokesman for the Kremlin'.
    const before = isIn(tokens[k - 1], rules.notNames) && !isCapitalized(tokens[k - 1]) ? k - 2 : k - 1;
    const served = s === k && before >= p.from && isIn(tokens[before], rules.ofPrepositions);
    if (served && before === k - 1 && isTitle(tokens[k - 2], rules.titleWords) && e - s > 2) s++;
    else if (served) s = e;
    // A capitalised word before a lower-case one qualifies it: 'Russian foreign', 'Kremlin spokesman'.
    const next = tokens[runEnd];
    const qualifier =
      runEnd < p.to && next.word && !isCapitalized(next) && !isIn(next, rules.conjunctions) && !isStop(ctx, runEnd);
    if (s < e && !qualifier) names.push({ from: s, to: e });
    k = runEnd;
  }
  if (names.length === 0) return spanOf(ctx, p.from, p.to);
  // A title first and the name after a comma at the end: 'the managing director at Burnaston, Marvin Cooke'.
  const closing = names[names.length - 1];
  if (tokens[closing.from - 1]?.text === ',' && closing.to === p.to) return spanOf(ctx, closing.from, closing.to);
  // 'Lavrov and Tillerson' together; else the first name ('Robyn Christie of Melrose').
  const first = names[0];
  const last = names[names.length - 1];
  const between = tokens.slice(first.to, last.from);
  const joined =
    names.length > 1 &&
    between.some((t) => isIn(t, rules.nameJoiners)) &&
    between.every((t) => isIn(t, rules.nameJoiners) || t.text === ',' || isCapitalized(t));
  return joined ? spanOf(ctx, first.from, last.to) : spanOf(ctx, first.from, first.to);
}

/** The agency or outlet a phrase names ('Reuters', 'russiske nyhedsbureauer'), or null for a person. */
export function outletSpan(ctx: Context, p: Phrase): Span | null {
  for (let k = p.from; k < p.to; k++) {
    const n = matchAt(ctx.tokens, k, ctx.rules.agencies, true);
    if (n) return spanOf(ctx, k, k + n);
  }
  const whole = spanOf(ctx, p.from, p.to);
  return containsWordStart(whole.text, ctx.rules.outletWords) ? speakerSpan(ctx, p) : null;
}
