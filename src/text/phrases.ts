// Speaker phrases: the noun phrase before or after a reporting verb, with appositions and asides.
import {
  type Context,
  type Phrase,
  continuesName,
  hasName,
  hasTitle,
  isHardStop,
  isStop,
  isWordDot,
  isAbbreviationDot,
} from './context';
import { outletSpan } from './speakers';
import { type Token, matchAt, matchEndingAt, isIn, isCapitalized, isTitle, containsWordStart } from './words';

const MAX_WORDS = 10;
const LOOK_AHEAD = 3;

/** Whether a title or outlet lies ahead among the next few lower-case words: 'Russian [foreign minister]'. */
function titleAhead(ctx: Context, i: number): boolean {
  for (let k = i; k < i + LOOK_AHEAD && k < ctx.tokens.length; k++) {
    const t = ctx.tokens[k];
    if (!t.word || isCapitalized(t) || isStop(ctx, k)) return false;
    if (isTitle(t, ctx.rules.titleWords) || containsWordStart(t.text, ctx.rules.outletWords)) return true;
  }
  return false;
}

/** The phrase that starts at token j and runs forward: "Ruslands udenrigsminister, Sergej Lavrov". */
export function forwardPhrase(ctx: Context, j: number, apposition = true): Phrase | null {
  const { tokens, rules } = ctx;
  const first = tokens[j];
  if (!first?.word || isStop(ctx, j)) return null;
  // A pronoun stands alone ('siger han til DR'); 'de'/'den' may also open a phrase ('de to ministre').
  const alone = isIn(first, rules.anaphors) || isIn(first, rules.nonSpeakers);
  const pronoun = isIn(first, rules.anaphors) && !isModifier(ctx, first);
  if (alone && (!tokens[j + 1]?.word || isStop(ctx, j + 1) || pronoun)) return { from: j, to: j + 1 };
  let k = j;
  while (k < tokens.length && k - j < MAX_WORDS) {
    const t = tokens[k];
    if (!t.word) {
      if ((isWordDot(tokens, k) || isAbbreviationDot(ctx, k)) && isCapitalized(tokens[k + 1])) {
        k++;
        continue;
      }
      if (t.text === ',' && apposition) k = appositionAfter(ctx, { from: j, to: k }) ?? k;
      break;
    }
    if (k > j && isStop(ctx, k)) break;
    k++;
    const next = tokens[k];
    if (isCapitalized(t)) {
      if (continuesName(ctx, k) || next?.text === ',' || !next?.word) continue;
      // A name run ends the phrase unless it qualifies a title ahead: 'Russian foreign minister'.
      if (isIn(next, rules.conjunctions) || !titleAhead(ctx, k)) break;
    } else if (isTitle(t, rules.titleWords)) {
      if (isCapitalized(next) || next?.text === ',' || isAbbreviationDot(ctx, k)) continue;
      // 'talsmand for politiet', but not 'talsmanden i en pressemeddelelse'.
      const served = tokens[k + 1];
      if (isIn(next, rules.ofPrepositions) && served?.word && !isIn(served, rules.phraseModifiers?.words ?? [])) k++;
      else break;
    } else if (!next?.word || isStop(ctx, k) || (!isCapitalized(next) && !isModifier(ctx, t))) break;
  }
  if (k > j && apposition && tokens[k]?.word) k = nameAfterPlace(ctx, { from: j, to: k }) ?? k;
  return k > j ? { from: j, to: k } : null;
}

/**
 * 'den administrerende direktør for Toyota [på Burnaston, Marvin Cooke]', 'the head of the agency [in Oslo,
 * Kari Berg]': a title, a few more words and a name in apposition that closes the clause; the new end, if any.
 */
function nameAfterPlace(ctx: Context, p: Phrase): number | undefined {
  const { tokens } = ctx;
  if (!hasTitle(ctx, p)) return undefined;
  let c = p.to;
  while (c < p.to + 6 && tokens[c]?.word && !isHardStop(ctx, c)) c++;
  if (tokens[c]?.text !== ',' || c === p.to) return undefined;
  let e = c + 1;
  while (e < c + 5 && (e === c + 1 ? isCapitalized(tokens[e]) : continuesName(ctx, e))) e++;
  const end = tokens[e];
  const closed = !end || (!end.word && !end.quote) || isStop(ctx, e);
  const name = { from: c + 1, to: e };
  return e > c + 1 && closed && hasName(ctx, name) && !hasTitle(ctx, name) ? e : undefined;
}

/** ", Sergej Lavrov," after a role (or ", the Kremlin spokesman" after a name): the new end, if any. */
function appositionAfter(ctx: Context, before: Phrase): number | undefined {
  const comma = before.to;
  const after = forwardPhrase(ctx, comma + 1, false);
  if (!after || after.to - after.from > 6) return undefined;
  const end = ctx.tokens[after.to];
  const closed = !end || !end.word || isStop(ctx, after.to);
  if (!closed || isIn(ctx.tokens[after.from], ctx.rules.nonSpeakers)) return undefined;
  if (isIn(ctx.tokens[after.from], ctx.rules.anaphors)) return undefined;
  return isApposition(ctx, before, after) ? after.to : undefined;
}

/** A word a lower-case phrase goes on past: a determiner, an attributive adjective. */
function isModifier(ctx: Context, t: Token): boolean {
  const mods = ctx.rules.phraseModifiers;
  if (!mods) return true;
  return isIn(t, mods.words) || mods.endings.some((e) => t.lower.endsWith(e));
}

/** One side of an apposition names a person, the other gives a title: 'Peskov, the Kremlin spokesman'. */
function isApposition(ctx: Context, a: Phrase, b: Phrase): boolean {
  return (hasTitle(ctx, a) && hasName(ctx, b)) || (hasName(ctx, a) && hasTitle(ctx, b));
}

/**
 * The subject phrase that ends just before the verb at token v ("Lavrov [har] sagt").
 * `boundary` tells whether it reaches back to a clause start, so it is surely the whole subject.
 */
export function backwardPhrase(
  ctx: Context,
  v: number,
  skipComma: boolean,
): { phrase: Phrase; boundary: boolean } | null {
  const { tokens, rules } = ctx;
  let k = v - 1;
  for (let n = matchEndingAt(tokens, k, rules.verbModifiers); k >= 0 && n; n = matchEndingAt(tokens, k, rules.verbModifiers)) k -= n;
  if (skipComma && tokens[k]?.text === ',') {
    k--;
    let aside = asideStart(ctx, k);
    // Asides in a row: 'Peter Martin, of the consultancy CGA, which compiled the figures, said'.
    for (let n = 0; aside >= 0 && n < 3; n++) {
      const before = asideStart(ctx, aside - 1);
      const opener = tokens[before + 1];
      if (before < 0 || (isCapitalized(opener) && !isIn(opener, rules.notNames))) break;
      aside = before;
    }
    if (aside >= 0) k = aside - 1;
  }
  // A party or state in brackets after the name: 'Lars Løkke Rasmussen (M) siger', 'Sen. Smith (R-Texas) said'.
  if (tokens[k]?.text === ')') {
    const open = tokens.slice(Math.max(0, k - 6), k).map((t) => t.text).lastIndexOf('(');
    if (open >= 0) k = Math.max(0, k - 6) + open - 1;
  }
  const to = k + 1;
  let from = to;
  let boundary = false;
  // Where the phrase stood when it first read past a preposition; it falls back there if no clause start follows.
  let short = -1;
  // A description with a joiner in it may run longer: 'a senior adviser and national spokeswoman for …'.
  let described = false;
  for (;;) {
    const t = tokens[k];
    if (!t) {
      boundary = true;
      break;
    }
    if (!t.word) {
      if (isWordDot(tokens, k)) {
        from = k--;
        continue;
      }
      const start = t.text === ',' && from < to ? appositionBefore(ctx, k, { from, to }) : undefined;
      if (start !== undefined) {
        from = start;
        k = start - 1;
        continue;
      }
      boundary = true;
      break;
    }
    // 'Lavrov and Tillerson said': a joiner between two names stays in the phrase.
    const joined =
      isIn(t, rules.nameJoiners) && from < to && isCapitalized(tokens[from]) && isCapitalized(tokens[k - 1]);
    if (joined || joinsDescription(ctx, k, { from, to })) {
      described ||= !joined;
      from = k--;
      continue;
    }
    // A conjunction opens the clause; so does a finite verb form ('skal han have sagt', 'would they say').
    const opensClause = matchAt(tokens, k, rules.complementizers) || matchAt(tokens, k, rules.conjunctions);
    if (opensClause || isIn(t, rules.verbModifiers)) {
      boundary = true;
      break;
    }
    // 'a spokesman for the ministry': a preposition right after a title stays in the phrase.
    const ofTitle = isIn(t, rules.ofPrepositions) && from < to && isTitle(tokens[k - 1], rules.titleWords);
    if (isStop(ctx, k) && !ofTitle) {
      // A subject that surely comes first may hold a preposition ('two people familiar with the matter
      // told Reuters'): always without verb-second order, and with it when the verb follows a comma.
      if ((rules.verbSecond && !skipComma) || isHardStop(ctx, k) || from === to) break;
      if (short < 0) short = from;
    }
    if (to - k > MAX_WORDS + (described ? 6 : 0)) {
      if (short < 0) return null;
      break;
    }
    from = k--;
  }
  if (!boundary && short >= 0) from = short;
  return from < to ? { phrase: { from, to }, boundary } : null;
}

/**
 * 'Karine Jean-Pierre, a senior adviser [and] national spokeswoman for MoveOn said': a joiner inside a title
 * that stands in apposition after a name (a comma and the name lie a few words back).
 */
function joinsDescription(ctx: Context, k: number, p: Phrase): boolean {
  const { tokens, rules } = ctx;
  if (!isIn(tokens[k], rules.nameJoiners) || p.from >= p.to || !hasTitle(ctx, p)) return false;
  const prev = tokens[k - 1];
  if (!prev?.word || isCapitalized(prev) || isStop(ctx, k - 1)) return false;
  for (let c = k - 1; c >= 0 && c >= k - 8; c--) {
    if (tokens[c].text === ',') return hasName(ctx, { from: Math.max(0, c - 1), to: c });
    if (!tokens[c].word || isHardStop(ctx, c)) return false;
  }
  return false;
}

/**
 * 'The Commission, which drafts the law, said', 'Guterres, speaking to reporters, said': where an aside set off
 * by commas after a name opens (its comma), so the subject is read before it; -1 when there is none.
 */
function asideStart(ctx: Context, k: number): number {
  const { tokens, rules } = ctx;
  for (let c = k; c >= 0 && k - c < 20; c--) {
    const t = tokens[c];
    if (t.word || isWordDot(tokens, c) || /^[()'’-]$/.test(t.text)) continue;
    if (t.text !== ',') return -1;
    if (c >= k) return -1;
    // A bare name between the commas is an apposition, not an aside: 'a spokesman for the Kremlin, Dmitry Peskov,'.
    if (isBareName(tokens, c + 1, k + 1)) return -1;
    // After a name ('Guterres, speaking …,') or as a relative clause ('…, som deltog …,').
    const name = tokens[c - 1];
    const afterName = isCapitalized(name) && !isIn(name, rules.notNames) && !isTitle(name, rules.titleWords);
    return afterName || isIn(tokens[c + 1], rules.conjunctions) ? c : -1;
  }
  return -1;
}

function isBareName(tokens: Token[], from: number, to: number): boolean {
  for (let x = from; x < to; x++) if (!isCapitalized(tokens[x]) && !isWordDot(tokens, x)) return false;
  return to > from;
}

/** "Peskov, [the Kremlin spokesman]," before a verb: where the phrase starts when the comma is an apposition. */
function appositionBefore(ctx: Context, comma: number, after: Phrase): number | undefined {
  const { tokens } = ctx;
  // 'Narcis Termes, 68, an electrician …': a name with an age before a description.
  if (/^\d{1,3}$/.test(tokens[comma - 1]?.text ?? '') && tokens[comma - 2]?.text === ',') {
    let n = comma - 3;
    while (n >= 0 && continuesName(ctx, n) && comma - 3 - n < 4) n--;
    const name = { from: n + 1, to: comma - 2 };
    if (name.to > name.from && isBareName(tokens, name.from, name.to) && hasName(ctx, name)) return name.from;
  }
  let k = comma - 1;
  while (k >= 0 && tokens[k].word && comma - k <= 6 && !isStop(ctx, k)) k--;
  const start = k + 1;
  if (start >= comma) return undefined;
  const edge = tokens[k];
  if (edge && edge.word && !matchAt(tokens, k, ctx.rules.complementizers)) return undefined;
  return isApposition(ctx, { from: start, to: comma }, after) ? start : undefined;
}

/** A phrase that can only be a subject after its verb: a name or a title ending the clause ('said Lavrov.'). */
export function isClosedSubject(ctx: Context, p: Phrase): boolean {
  const next = ctx.tokens[p.to];
  const closed = !next || !next.word || isStop(ctx, p.to);
  // 'said the 31-year-old': an age stands for a person already named.
  const aged = ctx.tokens.slice(p.from, p.to).some((t) => /\p{N}.*-\p{L}/u.test(t.text));
  return closed && (hasName(ctx, p) || hasTitle(ctx, p) || aged || outletSpan(ctx, p) !== null);
}

/** Whether a phrase can be a speaker at all: not 'it', not a lone common word like 'Derfor'. */
export function isSubject(ctx: Context, p: Phrase): boolean {
  const { tokens, rules } = ctx;
  const first = tokens[p.from];
  if (!tokens.slice(p.from, p.to).some((t) => /\p{L}/u.test(t.text))) return false;
  if (isIn(first, rules.nonSpeakers)) {
    // 'den amerikanske udenrigsminister' is a subject; 'det', 'sig selv' are not.
    const rest = tokens.slice(p.from + 1, p.to);
    return rest.some((t) => t.word && !isIn(t, rules.nonSpeakers) && !isIn(t, rules.commonWords));
  }
  if (p.to - p.from > 1) return true;
  if (isIn(first, ctx.rules.anaphors)) return true;
  return !isIn(first, ctx.rules.commonWords) && !isIn(first, ctx.rules.notNames) && !isStop(ctx, p.from);
}

