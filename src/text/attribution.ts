// Who says a claim and which outlet it is credited to, read from the words around a reporting verb,
// 'ifølge'/'according to', and 'til'/'told' + an outlet. Language-blind: every word comes from the pack.
import type { Attribution, Span } from '../types';
import type { TextRules } from './rules';
import { tokenize, matchAt, matchEndingAt, matchPhrase, isIn } from './words';
import { type Context, type Phrase, hasName, hasTitle, isReportingVerb, isStop, isWordDot, markUsed } from './context';
import { backwardPhrase, forwardPhrase, isClosedSubject, isSubject } from './phrases';
import { outletSpan, speakerSpan } from './speakers';
import { coordinatedSubject } from './coordination';

export interface AttributionWindow {
  /** UTF-16 offsets of the stretch of the article to read. */
  start: number;
  end: number;
  /** Quoted stretches to ignore (a verb inside a quotation is not the attribution). */
  hidden?: [number, number][];
  /** The stretch opens right after a closing quotation mark: a tag ('…," he vowed'). */
  afterQuote?: boolean;
}

/** Long sentences are read only this far: attribution sits near the start or the end. */
const MAX_TOKENS = 400;

/** The attribution stated in text[window.start, window.end), if any. */
export function findAttribution(text: string, window: AttributionWindow, rules: TextRules): Attribution | undefined {
  const ctx = contextOf(text, window, rules);
  const found = newFinding();
  creditVerbSubject(ctx, found, window.afterQuote);
  creditAccordingTo(ctx, found);
  return toAttribution(found);
}

/**
 * A sentence that only credits the one before: `Det siger Lavrov.`, `Det rapporterer Reuters.`,
 * `That is according to Reuters.` `onlyAttribution` is false when it says more than that.
 */
export function findBackReference(
  text: string,
  window: AttributionWindow,
  rules: TextRules,
): { attribution: Attribution; onlyAttribution: boolean } | undefined {
  const ctx = contextOf(text, window, rules);
  const opening = matchAt(ctx.tokens, 0, rules.backReferences);
  if (!opening) return undefined;
  const found = newFinding();
  const verb = isReportingVerb(ctx, opening);
  if (verb.length) {
    const phrase = forwardPhrase(ctx, opening + verb.length);
    if (!phrase || !isSubject(ctx, phrase)) return undefined;
    markUsed(ctx, 0, opening + verb.length);
    credit(ctx, phrase, found);
    creditTold(ctx, pastApposition(ctx, phrase), found);
  } else if (matchAt(ctx.tokens, opening, rules.accordingTo)) {
    markUsed(ctx, 0, opening);
  } else return undefined;
  creditAccordingTo(ctx, found);
  const attribution = toAttribution(found);
  if (!attribution) return undefined;
  const leftover = ctx.tokens.filter((t, k) => t.word && !ctx.used[k]);
  const clause = leftover.some((t) => isIn(t, rules.complementizers));
  return { attribution, onlyAttribution: !clause && leftover.length <= 4 };
}

interface Finding {
  speaker?: Span;
  via: Span[];
}

function newFinding(): Finding {
  return { via: [] };
}

function contextOf(text: string, window: AttributionWindow, rules: TextRules): Context {
  const tokens = tokenize(text, window.start, window.end, window.hidden).slice(0, MAX_TOKENS);
  return { text, tokens, rules, used: tokens.map(() => false) };
}

function toAttribution(found: Finding): Attribution | undefined {
  if (!found.speaker && found.via.length === 0) return undefined;
  const out: Attribution = {};
  if (found.speaker) out.speaker = found.speaker;
  if (found.via.length) out.via = found.via;
  return out;
}

/** An outlet goes to via; anyone else becomes the speaker unless one is known already. */
function credit(ctx: Context, p: Phrase, found: Finding): void {
  markUsed(ctx, p.from, p.to);
  const outlet = outletSpan(ctx, p);
  if (outlet) addVia(found, outlet);
  else found.speaker ??= speakerSpan(ctx, p);
}

function addVia(found: Finding, span: Span): void {
  if (!found.via.some((v) => v.start === span.start)) found.via.push(span);
  found.via.sort((a, b) => a.start - b.start);
}

/** `ifølge X` / `according to X` anywhere in the stretch. */
function creditAccordingTo(ctx: Context, found: Finding): void {
  for (let i = 0; i < ctx.tokens.length; i++) {
    const n = matchAt(ctx.tokens, i, ctx.rules.accordingTo);
    if (!n) continue;
    const phrase = forwardPhrase(ctx, i + n);
    if (!phrase || !isSubject(ctx, phrase)) continue;
    markUsed(ctx, i, i + n);
    credit(ctx, phrase, found);
    i = phrase.to - 1;
  }
}

/** `til Reuters` / `told Interfax` at token i: the outlet the speaker spoke to. */
function creditTold(ctx: Context, i: number, found: Finding): void {
  const n = matchAt(ctx.tokens, i, ctx.rules.viaCues);
  if (!n) return;
  const phrase = forwardPhrase(ctx, i + n);
  const outlet = phrase && outletSpan(ctx, phrase);
  if (!phrase || !outlet) return;
  markUsed(ctx, i, phrase.to);
  addVia(found, outlet);
}

/**
 * Credits the subject of the first reporting verb that has one, and any outlet told on the way; later verbs
 * can still add an outlet ('Lavrov sagde, at …, skriver Interfax').
 */
function creditVerbSubject(ctx: Context, found: Finding, afterQuote = false): void {
  const { tokens, rules } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].word) continue;
    const framed = framedSubject(ctx, i);
    if (framed) {
      // 'TASS quoted Lavrov as saying', 'Lavrov was quoted by Interfax as saying': both phrases count.
      credit(ctx, framed, found);
      const before = backwardPhrase(ctx, i, false);
      if (before && isSubject(ctx, before.phrase)) credit(ctx, before.phrase, found);
      return;
    }
    const verb = isReportingVerb(ctx, i);
    if (!verb.length) continue;
    const after = i + verb.length;
    // A verb right after a comma, a quotation or the start is a tag: `," siger Lavrov`, `, said Lavrov`.
    const prev = tokens[i - 1];
    const tagged = !prev || !prev.word;
    const clauseEnd = !tokens[after] || /^[.!?,;]$/.test(tokens[after].text);
    if (verb.weak && !tagged && !clauseEnd && !hasComplement(ctx, after) && !pronounTag(ctx, i, after, afterQuote)) continue;
    // Once a speaker is found, only a closing tag may add to it: not 'that Toyota had told the BBC'.
    if (found.speaker && !tagged && !clauseEnd) continue;
    if (isPassive(ctx, i, verb.length)) continue;
    let phrase: Phrase | null = null;
    if (tagged) {
      // '…, said Lavrov.' In English the subject after the verb must close the clause: 'said the talks…' is no tag.
      // After 'told' comes whom the speaker told: '"…," Novak, an analyst, told the news site.'
      const before = matchAt(tokens, i, rules.viaCues) ? backwardPhrase(ctx, i, true)?.phrase : undefined;
      phrase = before && isPerson(ctx, before) ? before : forwardPhrase(ctx, after);
      const fits = phrase && isSubject(ctx, phrase) && (rules.verbSecond || isClosedSubject(ctx, phrase));
      if (!fits) phrase = backwardPhrase(ctx, i, true)?.phrase ?? null;
      // Read back past a comma, the subject must name someone or an outlet: not '…would be stopped, …, warned'.
      if (!fits && phrase && !isPerson(ctx, phrase) && !outletSpan(ctx, phrase)) phrase = null;
    } else if (afterAside(ctx, i)) {
      // 'Mike Coupe, the chief executive of Sainsbury's, has said': the subject stands before the aside.
      phrase = backwardPhrase(ctx, i, true)?.phrase ?? null;
    } else {
      const back = backwardPhrase(ctx, i, false);
      // A subject pronoun right before the verb is its subject whatever precedes it: 'så hun lovede, at'.
      const pronoun = back && back.phrase.to - back.phrase.from === 1 && isIn(tokens[back.phrase.from], rules.anaphors);
      if (back && isSubject(ctx, back.phrase) && (back.boundary || pronoun || !rules.verbSecond)) phrase = back.phrase;
      else if (rules.verbSecond) phrase = forwardPhrase(ctx, after);
      // With no subject after the verb either, one reaching back over a preposition to the clause start is it:
      // 'National Weather Service i Phoenix påpegede', 'Michael Vann på 72 sagde'.
      if (rules.verbSecond && (!phrase || !isSubject(ctx, phrase))) phrase = subjectWithPlace(ctx, i);
      phrase ??= coordinatedSubject(ctx, i);
    }
    if (!phrase || !isSubject(ctx, phrase)) continue;
    markUsed(ctx, i, after);
    credit(ctx, phrase, found);
    for (const at of [i, after]) creditTold(ctx, at, found);
    // After an inverted subject the outlet may come a little later: 'siger X fra politiet til TV 2'.
    if (phrase.from >= after) {
      for (let k = pastApposition(ctx, phrase); k < tokens.length && !endsFrame(ctx, k); k++) creditTold(ctx, k, found);
    }
    i = Math.max(i, phrase.to - 1);
  }
}

/** A subject that opens its clause and holds a preposition, for a verb-second language. */
function subjectWithPlace(ctx: Context, i: number): Phrase | null {
  const wide = backwardPhrase(ctx, i, true);
  if (!wide?.boundary || ctx.tokens[i - 1]?.text === ',') return null;
  const p = wide.phrase;
  if (!isSubject(ctx, p) || isStop(ctx, p.from)) return null;
  // The name must come before the preposition: not 'et medlem fra partiet Labour'.
  let head = p.from;
  while (head < p.to && !isStop(ctx, head)) head++;
  return hasName(ctx, { from: p.from, to: head }) ? p : null;
}

/** A subject that names or describes someone: 'Novak', 'an analyst', 'she'. */
function isPerson(ctx: Context, p: Phrase): boolean {
  const pronoun = isIn(ctx.tokens[p.from], ctx.rules.anaphors);
  return isSubject(ctx, p) && (pronoun || hasName(ctx, p) || hasTitle(ctx, p));
}

/** Where a phrase's frame goes on: past the comma that closes an apposition ('siger X, Y, til Interfax'). */
function pastApposition(ctx: Context, p: Phrase): number {
  const closesApposition = ctx.tokens[p.to]?.text === ',' && ctx.tokens.slice(p.from, p.to).some((t) => t.text === ',');
  return closesApposition ? p.to + 1 : p.to;
}

/** 'is being told by police', 'was asked about': the subject is not the speaker. */
function isPassive(ctx: Context, i: number, length: number): boolean {
  if (length > 1) return false;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const t = ctx.tokens[k];
    if (isIn(t, ctx.rules.passiveAuxiliaries)) return true;
    if (!isIn(t, ctx.rules.verbModifiers)) return false;
  }
  return false;
}

/** `lod Tillerson forstå`, `quoted Lavrov as saying`: the subject sits between the two parts. */
function framedSubject(ctx: Context, i: number): Phrase | null {
  for (const [first, last] of ctx.rules.framedReportingVerbs) {
    const n = matchPhrase(ctx.tokens, i, first);
    if (!n) continue;
    const phrase = forwardPhrase(ctx, i + n);
    if (!phrase || !isSubject(ctx, phrase) || !matchPhrase(ctx.tokens, phrase.to, last)) continue;
    markUsed(ctx, i, i + n);
    return phrase;
  }
  return null;
}

/** The end of a verb's frame: a sentence mark, a complementizer, a quotation. */
function endsFrame(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  return !!t.quote || /^[.;:!?,"“”«»]$/.test(t.text) || matchAt(ctx.tokens, k, ctx.rules.complementizers) > 0;
}

/**
 * A complement follows the verb soon: 'that'/'at', or a colon; further on only right after a comma, past an
 * aside ('meldte Oriol Junqueras, en af ni ledere, der …, at han …').
 */
function hasComplement(ctx: Context, j: number): boolean {
  const { tokens } = ctx;
  // Far off only after a subject named right after the verb with an aside: 'meldte Oriol Junqueras, …, at'.
  const named = forwardPhrase(ctx, j, false);
  const aside = !!named && hasName(ctx, named) && tokens[named.to]?.text === ',';
  for (let k = j; k < j + (aside ? 25 : 6) && k < tokens.length; k++) {
    const t = tokens[k];
    const near = k < j + 6 || tokens[k - 1]?.text === ',';
    if (near && (t.text === ':' || matchAt(tokens, k, ctx.rules.complementizers))) return true;
    if (!t.word && t.text !== ',' && !isWordDot(tokens, k)) return false;
  }
  return false;
}

/**
 * A weak verb that still reports: a pronoun subject right after a quotation ('…," he vowed'), or, where the
 * subject never follows the verb, a clause opened by a pronoun right after it ('analysts warned they will').
 */
function pronounTag(ctx: Context, i: number, after: number, afterQuote: boolean): boolean {
  const { tokens, rules } = ctx;
  const subject = tokens[i - 1];
  const quoteBefore = (afterQuote && i === 1) || tokens[i - 2]?.quote || (tokens[i - 2]?.text === ',' && tokens[i - 3]?.quote);
  if (isIn(subject, rules.anaphors) && quoteBefore) return true;
  return !rules.verbSecond && isIn(tokens[after], rules.anaphors);
}

/** The verb follows a comma with only auxiliaries or adverbs between: '…, has said', '…, also noted'. */
function afterAside(ctx: Context, i: number): boolean {
  const { tokens, rules } = ctx;
  let m = i;
  for (let n = matchEndingAt(tokens, m - 1, rules.verbModifiers); m > 0 && n; n = matchEndingAt(tokens, m - 1, rules.verbModifiers)) m -= n;
  return m < i && tokens[m - 1]?.text === ',';
}
