// Clauses: a sentence is cut where two main clauses meet ('…, and he will meet Lavrov', '…, og han mødes …')
// and where a speaker goes on ('…, adding that …', '…, tilføjede han, at …', '…, og at …'). Conservative,
// as a wrong cut hurts alignment more than a missed one: a cut needs a comma and a full clause (a subject and a
// finite verb) on both sides; subordinate clauses ('because …', 'fordi …') stay with their claim, except a
// relative clause about a name that runs to the end of the sentence ('…, according to Lavrov, who met …').
import type { TextRules } from './rules';
import { type Token, tokenize, matchAt, isIn, isCapitalized } from './words';

export interface Clause {
  /** UTF-16 offsets of the clause as a claim: the joiner or cue that opens it is left out. */
  start: number;
  end: number;
  /** Where the clause's own attribution is read from: its joiner or cue on ('og tilføjede han, at …'). */
  cueStart: number;
  /** True when the clause goes on with the speaker of the one before ('adding that', 'og at'). */
  continues: boolean;
}

/** Fewest words on either side of a cut. */
const MIN_WORDS = 3;
/** Most words of a lower-case subject ('de to ministre') or of a speaker inside a cue ('tilføjede hun'). */
const SUBJECT_WORDS = 3;

interface Cut {
  /** Token index where the new clause's text starts. */
  body: number;
  continues: boolean;
}

/**
 * The clauses of text[start, end). `allowed(offset)` may forbid a cut at a comma (inside a short quotation).
 * A stretch with no cut comes back whole, as one clause.
 */
export function splitClauses(
  text: string,
  start: number,
  end: number,
  rules: TextRules,
  allowed: (offset: number) => boolean = () => true,
): Clause[] {
  const tokens = tokenize(text, start, end);
  const out: Clause[] = [];
  let current = { from: 0, start, cueStart: start, continues: false };
  for (let i = 1; i < tokens.length - 1; i++) {
    if (tokens[i].text !== ',' || !allowed(tokens[i].start)) continue;
    const cut = cutAfter(tokens, i + 1, rules);
    if (!cut || wordCount(tokens, cut.body, tokens.length) < MIN_WORDS) continue;
    if (wordCount(tokens, current.from, i) < MIN_WORDS || !hasMainVerb(tokens, current.from, i, rules)) continue;
    const { start: from, cueStart, continues } = current;
    out.push({ start: from, end: tokens[i - 1].end, cueStart, continues });
    const body = tokens[cut.body];
    current = { from: cut.body, start: body.start, cueStart: tokens[i + 1].start, continues: cut.continues };
    i = cut.body;
  }
  out.push({ start: current.start, end, cueStart: current.cueStart, continues: current.continues });
  return out;
}

/** What opens a new clause at token j, right after a comma, if anything does. */
function cutAfter(tokens: Token[], j: number, rules: TextRules): Cut | null {
  // ', adding that …', ', adding: "…"', ', noting the …'
  const cue = matchAt(tokens, j, rules.continuationCues);
  if (cue) return { body: afterComplement(tokens, j + cue, rules) ?? j + cue, continues: true };
  const joiner = matchAt(tokens, j, rules.clauseJoiners);
  const k = j + joiner;
  // ', og at …', ', and that …': a second clause reported by the same verb (not ', and that is …').
  const complement = matchAt(tokens, k, rules.complementizers);
  if (joiner && complement) {
    return strictVerb(tokens[k + complement], rules) ? null : { body: k + complement, continues: true };
  }
  // ', tilføjede han, at …', ', and added that …': the speaker goes on. Without a joiner the verb needs a
  // subject of its own, or it is the verb of a clause that began before the comma ('…, warned that').
  const reported = reportedContinuation(tokens, k, rules, joiner > 0);
  if (reported !== null) return { body: reported, continues: true };
  // 'according to Lavrov, who delivered his message …': a clause about a name, told as a fact of its own.
  if (!joiner && relativeAboutName(tokens, j, rules)) return { body: j + 1, continues: false };
  if (!joiner) return null;
  // ', og han mødes …', ', and the talks will resume …', ', og torsdag mødes han …'
  if (opensMainClause(tokens, k, rules)) return { body: k, continues: false };
  return null;
}

/**
 * ', who met Tillerson on Thursday' after a name: a relative pronoun, a finite verb and the rest of the sentence
 * (a later comma followed by a verb or a joiner means the clause sits inside the sentence: 'Lavrov, who met
 * him, said', '…, who met him, and then left').
 * Restrictive clauses ('de mænd, der …') need a common noun before them and are left alone.
 */
function relativeAboutName(tokens: Token[], j: number, rules: TextRules): boolean {
  const name = tokens[j - 2];
  if (!isIn(tokens[j], rules.relativePronouns) || j < 3 || !isCapitalized(name) || isIn(name, rules.notNames)) return false;
  if (!strictVerb(tokens[j + 1], rules) && !endsAsVerb(tokens[j + 1], rules)) return false;
  for (let k = j + 2; k < tokens.length - 1; k++) {
    const next = tokens[k + 1];
    if (tokens[k].text !== ',') continue;
    if (strictVerb(next, rules) || endsAsVerb(next, rules) || isIn(next, rules.clauseJoiners)) return false;
  }
  return true;
}

/** The token after a complementizer or colon that follows at k, or null. */
function afterComplement(tokens: Token[], k: number, rules: TextRules): number | null {
  if (tokens[k]?.text === ',') k++;
  const n = matchAt(tokens, k, rules.complementizers);
  if (n) return k + n;
  return tokens[k]?.text === ':' ? k + 1 : null;
}

/** 'tilføjede han, at', 'added that', 'sagde Lavrov:': a reporting verb, maybe a short subject, a complement. */
function reportedContinuation(tokens: Token[], k: number, rules: TextRules, joined: boolean): number | null {
  const verb = matchAt(tokens, k, rules.reportingVerbs) || matchAt(tokens, k, rules.weakReportingVerbs);
  if (!verb) return null;
  for (let s = k + verb; s <= k + verb + SUBJECT_WORDS && s < tokens.length; s++) {
    const body = joined || s > k + verb ? afterComplement(tokens, s, rules) : null;
    if (body !== null) return body;
    if (!tokens[s].word) return null;
  }
  return null;
}

/**
 * A subject and a finite verb at k: a pronoun or a name ('he will', 'Lavrov mener'), perhaps after an adverb
 * ('later he was'); a short noun phrase before a listed verb ('the talks will'); verb-second, an adverbial, the
 * verb and then its subject ('og torsdag mødes han').
 */
function opensMainClause(tokens: Token[], k: number, rules: TextRules): boolean {
  // 'it's', 'that's': subject and verb in one word.
  if (strictVerb(tokens[k], rules) && /['’]/.test(tokens[k].text)) return true;
  let s = k;
  while (s < k + 2 && isIn(tokens[s], rules.phraseStops) && !isSubjectWord(tokens[s], rules)) s++;
  if (isSubjectWord(tokens[s], rules)) {
    let v = s + 1;
    const inName = (t: Token | undefined) => isCapitalized(t) || isIn(t, rules.nameParticles);
    if (isCapitalized(tokens[s])) while (v < s + 4 && inName(tokens[v])) v++;
    if (verbAt(tokens, v, rules)) return true;
  }
  const adverbial = isIn(tokens[k], rules.phraseStops);
  for (let v = k + 1; v <= k + SUBJECT_WORDS && tokens[v]?.word; v++) {
    if (isIn(tokens[v - 1], rules.conjunctions) || isIn(tokens[v - 1], rules.complementizers)) return false;
    const inverted = rules.verbSecond && isSubjectWord(tokens[v + 1], rules);
    if (strictVerb(tokens[v], rules)) return inverted || !adverbial;
    if (inverted && endsAsVerb(tokens[v], rules)) return true;
  }
  return false;
}

/** A word that can open a clause as its subject: a subject pronoun or a name. */
function isSubjectWord(t: Token | undefined, rules: TextRules): boolean {
  if (!t?.word) return false;
  if (isIn(t, rules.subjectPronouns)) return true;
  return isCapitalized(t) && !isIn(t, rules.notNames) && !isIn(t, rules.commonWords) && !isIn(t, rules.phraseStops);
}

/** A finite verb at v, perhaps after adverbs such as 'also'/'også'. */
function verbAt(tokens: Token[], v: number, rules: TextRules): boolean {
  for (let n = 0; n < 3 && tokens[v]?.word; n++, v++) {
    const t = tokens[v];
    if (strictVerb(t, rules) || endsAsVerb(t, rules)) return true;
    if (!isIn(t, rules.verbModifiers)) return false;
  }
  return false;
}

function strictVerb(token: Token | undefined, rules: TextRules): boolean {
  if (!token?.word) return false;
  const t = { ...token, lower: token.lower.replace(/’/g, "'") };
  const one = [t];
  if (isIn(t, rules.finiteVerbs)) return true;
  return matchAt(one, 0, rules.reportingVerbs) > 0 || matchAt(one, 0, rules.weakReportingVerbs) > 0;
}

function endsAsVerb(t: Token | undefined, rules: TextRules): boolean {
  if (!t?.word || isCapitalized(t) || /\d/.test(t.text)) return false;
  return rules.finiteEndings.some((e) => t.lower.length >= e.length + 3 && t.lower.endsWith(e));
}

/**
 * Whether tokens[from, to) hold a main clause: a finite verb that no subordinating word or complementizer
 * governs ('Tillerson, who arrived on Monday' has none). A regular form counts only right after a subject.
 */
function hasMainVerb(tokens: Token[], from: number, to: number, rules: TextRules): boolean {
  let subordinate = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.text === ',') subordinate = false;
    if (!t.word) continue;
    if (isIn(t, rules.conjunctions) || matchAt(tokens, k, rules.complementizers)) {
      subordinate = true;
      continue;
    }
    if (subordinate) continue;
    if (strictVerb(t, rules)) return true;
    const prev = tokens[k - 1];
    const afterSubject = isIn(prev, rules.subjectPronouns) || (isCapitalized(prev) && !isIn(prev, rules.notNames));
    if (afterSubject && endsAsVerb(t, rules)) return true;
  }
  return false;
}

function wordCount(tokens: Token[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (tokens[k].word) n++;
  return n;
}
