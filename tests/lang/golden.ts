// Helpers for the golden tables under tests/lang/<code>/: each row is a short sentence read through the public
// pipeline (analyze, splitSentences) only, so that the tables hold what a language pack reads, whatever the
// stages behind it look like. Facets are compared as subsets (toMatchObject), so optional fields added later
// do not break a row; a row whose current output is wrong carries `bug` and runs as it.fails.
import { expect, it } from 'vitest';
import { analyze, splitSentences } from '../../src/index';
import type { AnalysedArticle, Claim, EntityFacet, NumberFacet, RoleFacet, Span, TimeFacet } from '../../src/index';

/** Thursday 7 December 2017: the publication date the time tables resolve weekdays and relative days from. */
export const THU = '2017-12-07';

/** A row of a golden table: the input sentence, and `bug` saying what is expected when the current output is wrong. */
export interface Row {
  text: string;
  /** Set when the current output is wrong: what the right one is. The row then runs as it.fails. */
  bug?: string;
}

/**
 * Runs the rows that hold with it.each and the rows marked `bug` with it.fails.each: a bug row that starts to
 * pass fails the table, so that it is moved to the rows that hold.
 */
export function table<R extends Row>(rows: R[], check: (row: R) => void): void {
  const holding = rows.filter((r) => !r.bug);
  const failing = rows.filter((r) => r.bug);
  if (holding.length) it.each(holding)('$text', (row) => check(row));
  if (failing.length) it.fails.each(failing)('$text (bug: $bug)', (row) => check(row));
}

/** Every span must slice back to its text. */
export function expectSpan(text: string, span: Span): void {
  expect(text.slice(span.start, span.end), `span of "${span.text}"`).toBe(span.text);
}

/** analyze() with the pack given, after checking that claims and every facet and attribution span slice back. */
export function read(lang: string, text: string, published?: string): AnalysedArticle {
  const article = analyze({ text, lang, ...(published ? { published } : {}) });
  expect(article.lang).toBe(lang);
  for (const claim of article.claims) {
    expectSpan(text, claim);
    const f = claim.facets;
    for (const span of [...f.times, ...f.numbers, ...f.entities, ...f.roles]) expectSpan(text, span);
    const a = claim.attribution;
    for (const span of [...(a?.speaker ? [a.speaker] : []), ...(a?.via ?? [])]) expectSpan(text, span);
  }
  return article;
}

type Plain<T> = Omit<T, 'start' | 'end'>;

/** All facets of a kind over the article's claims, in claim order. */
function all<T>(article: AnalysedArticle, pick: (c: Claim) => T[]): T[] {
  return article.claims.flatMap(pick);
}

export const timesOf = (a: AnalysedArticle): TimeFacet[] => all(a, (c) => c.facets.times);
export const numbersOf = (a: AnalysedArticle): NumberFacet[] => all(a, (c) => c.facets.numbers);
export const entitiesOf = (a: AnalysedArticle): EntityFacet[] => all(a, (c) => c.facets.entities);
export const rolesOf = (a: AnalysedArticle): RoleFacet[] => all(a, (c) => c.facets.roles);

export type ExpectedTime = Partial<Plain<TimeFacet>>;
export type ExpectedEntity = Pick<EntityFacet, 'text' | 'type' | 'key'>;
export type ExpectedRole = Pick<RoleFacet, 'text' | 'key'> & { person?: string };

/** An expected number facet: values that are no integers are compared to nine places. */
export interface ExpectedNumber {
  text: string;
  value: number;
  kind: NumberFacet['kind'];
  unit?: string;
  /** The unit of measurement as read, when the row checks it ('km' → length, 1000 metres). */
  measure?: Partial<NonNullable<NumberFacet['measure']>>;
}

/** The expected numbers as a subset pattern, with a float tolerance for values that are not integers. */
export function numberPattern(expected: ExpectedNumber[]): Record<string, unknown>[] {
  return expected.map(({ value, ...rest }) => ({
    ...rest,
    value: Number.isInteger(value) ? value : expect.closeTo(value, 9),
  }));
}

/** Whether the sentence reads as negated: any of its claims is. */
export function negatedOf(a: AnalysedArticle): boolean {
  expect(a.claims.length).toBeGreaterThan(0);
  return a.claims.some((c) => c.facets.negated);
}

/** A claim's attribution as plain strings. */
export function attributionOf(claim: Claim | undefined): { speaker?: string; via: string[] } {
  const out: { speaker?: string; via: string[] } = { via: (claim?.attribution?.via ?? []).map((v) => v.text) };
  if (claim?.attribution?.speaker) out.speaker = claim.attribution.speaker.text;
  return out;
}

/** splitSentences() with the pack given, after checking that every sentence slices back to its text. */
export function sentencesOf(lang: string, text: string): string[] {
  const sentences = splitSentences({ text, lang });
  sentences.forEach((s, i) => {
    expectSpan(text, s);
    expect(s.index).toBe(i);
  });
  return sentences.map((s) => s.text);
}

// The rows of each table, and the builders the tables of every language share.
export interface TimeRow extends Row {
  published?: string | null;
  expected: ExpectedTime[];
}

export interface NumberRow extends Row {
  expected: ExpectedNumber[];
}

export interface EntityRow extends Row {
  expected: ExpectedEntity[];
}

export interface RoleRow extends Row {
  expected: ExpectedRole[];
}

export interface NegationRow extends Row {
  negated: boolean;
}

export interface AttributionRow extends Row {
  speaker?: string;
  via?: string[];
  claim?: number;
}

export interface SentenceRow extends Row {
  expected: string[];
}

/** A cardinal number as a row expects it, with the counted noun when one follows. */
export const c = (text: string, value: number, unit?: string): ExpectedNumber => ({ text, value, kind: 'cardinal', ...(unit ? { unit } : {}) });
/** A number with its unit of measurement: the measure's unit as read (lower case), dimension and size. */
export const m = (text: string, value: number, unit: string, dimension: string, factor?: number): ExpectedNumber => ({
  text, value, kind: Number.isInteger(value) ? 'cardinal' : 'decimal',
  measure: { unit, dimension, ...(factor !== undefined ? { factor } : {}) },
});
export const place = (text: string, key: string): ExpectedEntity => ({ text, type: 'place', key });
export const org = (text: string, key: string): ExpectedEntity => ({ text, type: 'organisation', key });
