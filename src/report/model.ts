// What every renderer needs from a Report: claims by id, findings in reading order, pairs with their texts and
// their aligned words.
import { languageName } from '../lang/names';
import type { Alignment, Claim, Discrepancy, Report, WordPlace } from '../types';

/** A word of an aligned group, by its article offsets, and the words it renders on the other side (none: no counterpart). */
export interface WordView {
  start: number;
  end: number;
  links: WordPlace[];
}

export interface PairView {
  left: Claim[];
  right: Claim[];
  leftIds: string[];
  rightIds: string[];
  score: number;
  /** Some finding concerns a claim of this pair. */
  flagged: boolean;
  /** The group's words on each side, in reading order; absent when the report has no word alignment for it. */
  words?: { left: WordView[]; right: WordView[] };
}

export interface ReportView {
  findings: Discrepancy[];
  pairs: PairView[];
  onlyLeft: Claim[];
  onlyRight: Claim[];
  claim(side: 'left' | 'right', id: string): Claim | undefined;
}

/** Reads a Report defensively: missing arrays count as empty, unknown claim ids are skipped. */
export function viewReport(report: Report): ReportView {
  const byId = {
    left: new Map((report.left?.claims ?? []).map((c) => [c.id, c])),
    right: new Map((report.right?.claims ?? []).map((c) => [c.id, c])),
  };
  const claim = (side: 'left' | 'right', id: string) => byId[side].get(id);
  const findings = sortFindings(report.discrepancies ?? []);
  const flaggedLeft = new Set(findings.map((d) => d.left?.claim));
  const flaggedRight = new Set(findings.map((d) => d.right?.claim));
  const pairs = (report.alignments ?? []).map((a) => {
    const leftIds = a.left ?? [];
    const rightIds = a.right ?? [];
    return {
      leftIds,
      rightIds,
      left: pick(leftIds, (id) => claim('left', id)),
      right: pick(rightIds, (id) => claim('right', id)),
      score: a.score,
      flagged: leftIds.some((id) => flaggedLeft.has(id)) || rightIds.some((id) => flaggedRight.has(id)),
      ...wordsOf(a),
    };
  });
  return {
    findings,
    pairs,
    onlyLeft: pick(report.unmatched?.left ?? [], (id) => claim('left', id)),
    onlyRight: pick(report.unmatched?.right ?? [], (id) => claim('right', id)),
    claim,
  };
}

/** Most confident findings first; equal confidence keeps the report's order. */
export function sortFindings(findings: Discrepancy[]): Discrepancy[] {
  return findings
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (b.d.confidence ?? 0) - (a.d.confidence ?? 0) || a.i - b.i)
    .map((x) => x.d);
}

/** The text of the claims of one side of a pair, joined ('L3+L4' reads as one passage). */
export function joinClaims(claims: Claim[]): string {
  return claims.map((c) => c.text).join(' ');
}

/** Where a finding's span sits inside its claim's text, or undefined when the offsets do not agree. */
export function spanInClaim(claim: Claim | undefined, span: { text: string; start: number }): number | undefined {
  if (!claim || typeof span?.text !== 'string' || span.text === '') return undefined;
  const at = span.start - claim.start;
  if (claim.text.slice(at, at + span.text.length) === span.text) return at;
  const found = claim.text.indexOf(span.text);
  return found >= 0 ? found : undefined;
}

/** Reads an alignment's words defensively: only well-formed offsets count; a word both linked and not is linked. */
function wordsOf(a: Alignment): { words?: PairView['words'] } {
  const w = a.words;
  if (!w || typeof w !== 'object') return {};
  const sides = { left: new Map<string, WordView>(), right: new Map<string, WordView>() };
  const add = (side: 'left' | 'right', at: unknown, link?: WordPlace) => {
    if (!isPlace(at)) return;
    const key = `${at[0]}:${at[1]}`;
    const word = sides[side].get(key) ?? { start: at[0], end: at[1], links: [] };
    if (link) word.links.push(link);
    sides[side].set(key, word);
  };
  for (const p of Array.isArray(w.pairs) ? w.pairs : []) {
    if (!isPlace(p?.left) || !isPlace(p?.right)) continue;
    add('left', p.left, p.right);
    add('right', p.right, p.left);
  }
  for (const at of Array.isArray(w.unmatched?.left) ? w.unmatched.left : []) add('left', at);
  for (const at of Array.isArray(w.unmatched?.right) ? w.unmatched.right : []) add('right', at);
  const list = (side: 'left' | 'right') => [...sides[side].values()].sort((x, y) => x.start - y.start);
  return { words: { left: list('left'), right: list('right') } };
}

function isPlace(at: unknown): at is WordPlace {
  return (
    Array.isArray(at) && at.length === 2 && Number.isInteger(at[0]) && Number.isInteger(at[1]) && at[0] >= 0 && at[1] > at[0]
  );
}

/** The words that lie inside a claim, with offsets into the claim's text; none when the claim's offsets do not hold. */
export function wordsInClaim<W extends WordView>(words: W[] | undefined, claim: Claim | undefined): W[] {
  if (!words || !claim || claim.end - claim.start !== claim.text?.length) return [];
  return words
    .filter((w) => w.start >= claim.start && w.end <= claim.end)
    .map((w) => ({ ...w, start: w.start - claim.start, end: w.end - claim.start }));
}

/**
 * The words of a finding's two claims that have no counterpart, as they read: names and numbers first, then the
 * rest in reading order, each once. Undefined when the report aligned no words for the finding's group (the two
 * claims are in no aligned pair with words, or a side does not point at a claim).
 */
export function unmatchedWords(view: ReportView, d: Discrepancy): { left: string[]; right: string[] } | undefined {
  const left = view.claim('left', d.left?.claim);
  const right = view.claim('right', d.right?.claim);
  if (!left || !right) return undefined;
  // The pair the finding's claims belong to: by id, or by words of the group that lie in a clause beyond its ids.
  const holds = (p: PairView, side: 'left' | 'right', c: Claim) =>
    (side === 'left' ? p.leftIds : p.rightIds).includes(c.id) || wordsInClaim(p.words?.[side], c).length > 0;
  const pair = view.pairs.find((p) => p.words && holds(p, 'left', left) && holds(p, 'right', right));
  if (!pair?.words) return undefined;
  const texts = (words: WordView[], c: Claim) => {
    const seen = [...new Set(wordsInClaim(words, c).filter((w) => w.links.length === 0).map((w) => c.text.slice(w.start, w.end)))];
    const marked = (t: string) => (/[\p{Lu}\p{N}]/u.test(t) ? 0 : 1);
    return seen.map((t, i) => ({ t, i })).sort((a, b) => marked(a.t) - marked(b.t) || a.i - b.i).map((x) => x.t);
  };
  return { left: texts(pair.words.left, left), right: texts(pair.words.right, right) };
}

/** The first `cap` words of a list and how many are left out. */
export function capWords(words: string[], cap = 6): { shown: string[]; more: number } {
  return { shown: words.slice(0, cap), more: Math.max(0, words.length - cap) };
}

/** The two articles' languages by name ('Danish', 'English'); 'left' and 'right' when the names would not tell them apart. */
export function sideNames(report: Report): { left: string; right: string } {
  const left = report.left?.lang ? languageName(report.left.lang) : '';
  const right = report.right?.lang ? languageName(report.right.lang) : '';
  return left && right && left !== right ? { left, right } : { left: 'left', right: 'right' };
}

function pick<T>(ids: string[], get: (id: string) => T | undefined): T[] {
  return ids.map(get).filter((x): x is T => x !== undefined);
}
