// Time facets of a claim: chrono-node finds the expressions, this stage decides what the text actually specified
// and normalises it (weekday numbers, ISO dates, 'HH:MM', days) so that languages compare directly.
import type { ParsedResult } from 'chrono-node';
import { Chrono } from 'chrono-node/en';
import type { Span, TimeFacet } from '../../types';
import type { TimeRules, TimeUnit, WeekdayShift } from './rules';
import { anyOf, buildDurationParsers, buildParsers, endsWithWord, normalise, tagValue, TAG } from './parsers';
import { findPeriods } from './periods';
import { buildRefiners, dropBaseOffsets, dropImpossibleDays, removeOverlaps } from './refiners';
import { overlaps } from '../../keys/spans';
import {
  formatIsoDate,
  isValidYmd,
  nearestYear,
  parseIsoDate,
  resolveWeekday,
  type Ymd,
} from './calendar';

/** Reference day when no publication date is given; nothing derived from it is reported. */
const NO_REFERENCE: Ymd = { year: 2000, month: 1, day: 3 };

/** One chrono for points and periods of the calendar, one for durations (kept apart so they never merge). */
interface Readers {
  points: Chrono;
  durations: Chrono;
}
const readers = new WeakMap<TimeRules, Readers>();

/**
 * The time expressions in a claim, with offsets into the article (span.start + index in the claim).
 * `published` (YYYY-MM-DD) resolves weekdays, relative days and dates without a year to calendar dates;
 * without it those facets carry only what the text itself says.
 */
export function findTimes(span: Span, rules: TimeRules, published?: string): TimeFacet[] {
  const text = typeof span?.text === 'string' ? span.text : '';
  if (!text.trim() || !rules) return [];
  const day = parseIsoDate(published);
  const ref = day ?? NO_REFERENCE;
  const reference = { instant: new Date(Date.UTC(ref.year, ref.month - 1, ref.day, 12)), timezone: 0 };
  let results: ParsedResult[];
  try {
    const { points, durations } = readersFor(rules);
    // Durations first: on an equal span ("in six years") the duration reading wins.
    results = [...durations.parse(text, reference), ...points.parse(text, reference)];
  } catch {
    return [];
  }
  const offset = Number.isFinite(span.start) ? span.start : 0;
  const facets: TimeFacet[] = [];
  for (const r of results) {
    if (text.slice(r.index, r.index + r.text.length) !== r.text) continue;
    const values = describe(r, text, rules, day);
    // '15,000 years ago': the length back in time is what the text gives, with or without a date to resolve.
    const ago = Number(tagValue(r.tags(), TAG.ago));
    if (values && ago > 0) values.ago = ago;
    // Base parsers may take a comma or space along ("September,"): the span ends at the expression.
    const shown = r.text.replace(/[\s,;:–—-]+$/u, '');
    const start = offset + r.index;
    if (values && shown) facets.push({ text: shown, start, end: start + shown.length, ...values });
  }
  // Decades and centuries: the longer span wins over a year read inside it ('i 1800' of 'i 1800-tallet').
  facets.push(...findPeriods(text, rules.periods, offset));
  return longestFirst(facets);
}

/** Of overlapping facets the longest stays (the earlier on a tie); the rest come back in text order. */
function longestFirst(facets: TimeFacet[]): TimeFacet[] {
  const kept: TimeFacet[] = [];
  const byLength = facets.map((f, i) => ({ f, i })).sort((a, b) => b.f.end - b.f.start - (a.f.end - a.f.start) || a.i - b.i);
  for (const { f } of byLength) {
    if (!kept.some((k) => overlaps(k, f))) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function readersFor(rules: TimeRules): Readers {
  let found = readers.get(rules);
  if (!found) {
    let points: Chrono;
    if (rules.base) {
      points = rules.base.clone() as Chrono;
      points.parsers.unshift(...buildParsers(rules));
      points.refiners.unshift(dropBaseOffsets, dropImpossibleDays);
    } else {
      points = new Chrono({ parsers: buildParsers(rules), refiners: buildRefiners(rules.clock?.joiners ?? []) });
    }
    const durations = new Chrono({ parsers: buildDurationParsers(rules), refiners: [removeOverlaps] });
    found = { points, durations };
    readers.set(rules, found);
  }
  return found;
}

type Values = Omit<TimeFacet, 'text' | 'start' | 'end'>;

/** Maps a chrono result to a facet by what the text specified (certain components), never by implied ones. */
function describe(r: ParsedResult, claim: string, rules: TimeRules, published?: Ymd): Values | null {
  const tags = r.tags();
  const c = r.start;
  const days = tagValue(tags, TAG.duration);
  if (days !== undefined) return Number(days) > 0 ? { kind: 'duration', days: Number(days) } : null;
  if (tags.has('casualReference/now')) return null; // "now" names no day worth comparing

  const has = (k: 'year' | 'month' | 'day' | 'weekday' | 'hour') => c.isCertain(k);
  const time = has('hour') ? `${pad(c.get('hour'))}:${pad(c.isCertain('minute') ? c.get('minute') : 0)}` : undefined;
  // An hour of 12 or less written in digits without a.m. or p.m. may be either half of the day ('at 1:30' for
  // 13:30), unless written with a leading zero, the 24-hour clock's way ('kl. 01:30'). 'Noon' is no such hour.
  // The digits of the hour, not of a day written before it ('7. december kl. 09.00').
  const hourDigits = r.text.match(/\d+/g)?.find((d) => Number(d) === c.get('hour'));
  const twelveHour = time !== undefined && hourDigits !== undefined && !hourDigits.startsWith('0') &&
    !c.isCertain('meridiem') && (c.get('hour') ?? 0) <= 12;
  const withTime = (v: Values): Values => (time ? { ...v, time, ...(twelveHour ? { twelveHour: true as const } : {}) } : v);
  const calendar = has('year') || has('month') || has('day') || has('weekday');

  if (!calendar) return time && isClockTime(r, tags, rules) ? withTime({ kind: 'time' }) : null;

  const unit = relativeUnit(r, tags, rules);
  if (unit && isTitle(r, claim, rules)) return null;
  if (unit) {
    if (!published) return withTime({ kind: unit === 'year' ? 'year' : unit === 'month' ? 'month' : 'relative' });
    if (unit === 'year') return { kind: 'year', year: c.get('year') ?? undefined };
    if (unit === 'month') return { kind: 'month', year: c.get('year') ?? undefined, month: c.get('month') ?? undefined };
    if (unit === 'week' || !has('day')) return withTime({ kind: 'relative' });
    const ymd = { year: c.get('year') ?? 0, month: c.get('month') ?? 0, day: c.get('day') ?? 0 };
    return withTime({ kind: 'relative', date: isValidYmd(ymd) ? formatIsoDate(ymd) : undefined });
  }

  const monthPart = tags.has(TAG.monthPart) || startsWithPhrase(r.text, rules.monthParts);
  if (has('day') && has('month') && !monthPart) {
    const month = c.get('month') ?? 0;
    const dayOfMonth = c.get('day') ?? 0;
    // A date of digits only ("3/4") is a fraction unless the pack's own parser read it or a year is given.
    if (!/\p{L}/u.test(r.text) && !has('year') && !tags.has(TAG.date)) return null;
    const year = has('year') ? (c.get('year') ?? undefined) : published && nearestYear(month, dayOfMonth, published);
    const ymd = year !== undefined ? { year, month, day: dayOfMonth } : undefined;
    const v: Values = { kind: 'date', day: dayOfMonth, month };
    if (has('year')) v.year = year;
    if (has('weekday')) v.weekday = c.get('weekday') ?? undefined;
    if (ymd && isValidYmd(ymd)) v.date = formatIsoDate(ymd);
    return withTime(v);
  }

  if (has('weekday') && !has('month')) {
    if (!namesOne(r.text, rules.weekdays, rules)) return null;
    // "Saturday Night Live", "Monday Morning Briefing": a capitalised part of the day makes a title.
    if (rules.capitalisedNames && mentions(r.text, rules.dayParts, true)) return null;
    const weekday = c.get('weekday') ?? 0;
    const shift = (tagValue(tags, TAG.shift) ?? 'recent') as WeekdayShift;
    const v: Values = { kind: 'weekday', weekday };
    if (published) v.date = formatIsoDate(resolveWeekday(weekday, shift, published));
    return withTime(v);
  }

  if (has('month')) {
    if (!namesOne(r.text, { ...rules.months, ...rules.monthAbbreviations }, rules)) return null;
    if (!has('year') && !monthPart && !monthAlone(r, claim, rules)) return null;
    const v: Values = { kind: 'month', month: c.get('month') ?? undefined };
    if (has('year')) v.year = c.get('year') ?? undefined;
    return v;
  }

  return has('year') ? { kind: 'year', year: c.get('year') ?? undefined } : null;
}

/**
 * Whether a month without year or part is one: after a cue ("i maj", "in May") or a day number ("30th
 * February", a day the month lacks), or, unless it is also a name ("May" in "Theresa May"), written as months are
 * ("the November elections", "October is coming"). A month that is also a name counts after a determiner with a
 * lower-case word after it ("the June summit").
 */
function monthAlone(r: ParsedResult, claim: string, rules: TimeRules): boolean {
  const before = claim.slice(Math.max(0, r.index - 40), r.index);
  // A day number before it, in the span ("30th February", a day the month lacks) or right before it.
  const dayBefore = /(?<![\p{L}\p{N}])\d{1,2}(?:\p{L}{1,2})?\s+$/u.test(before);
  if (/\d/.test(r.text) || dayBefore || endsWithWord(before, rules.monthCues)) return true;
  const name = r.text.trim();
  const after = claim.slice(r.index + r.text.length);
  const nextWord = /^(?:['’]s)?\s+(\p{L})/u.exec(after)?.[1];
  const lowerNext = nextWord !== undefined && nextWord === nextWord.toLowerCase();
  if ((rules.monthsAlsoNames ?? []).includes(normalise(name).replace(/\.$/, ''))) {
    return lowerNext && endsWithWord(before, rules.monthDeterminers ?? []);
  }
  const noNameAfter = nextWord === undefined || lowerNext;
  if (!rules.capitalisedNames) {
    const sentenceStart = /(?:^|[.!?:"“”«»(–—-])\s*$/u.test(before);
    return name === name.toLowerCase() || (sentenceStart && noNameAfter);
  }
  return /^\p{Lu}/u.test(name) && noNameAfter;
}

/** The unit of a result counted from the reference day, or undefined for one the text fixes by itself. */
function relativeUnit(r: ParsedResult, tags: Set<string>, rules: TimeRules): TimeUnit | undefined {
  const own = tagValue(tags, TAG.relative);
  if (own) return own as TimeUnit;
  const c = r.start;
  // A weekday keeps its own reading even when chrono joined a casual time to it ("Tuesday at noon").
  if (c.isCertain('weekday') && !c.isCertain('day')) return undefined;
  const chronoRelative =
    tags.has('result/relativeDate') || [...tags].some((t) => t.startsWith('casualReference/'));
  // A base parser's result with no digit and no calendar name ("this month") came from the reference too.
  const names = [rules.weekdays, rules.months, rules.monthAbbreviations].flatMap((n) => Object.keys(n));
  if (!chronoRelative && (/\d/.test(r.text) || mentions(r.text, names, false))) return undefined;
  return c.isCertain('day') ? 'day' : c.isCertain('month') ? 'month' : c.isCertain('year') ? 'year' : 'week';
}

/** Whether the text contains one of the names as a word start, capitalised where the language capitalises them. */
function namesOne(text: string, names: Record<string, number>, rules: TimeRules): boolean {
  return mentions(text, Object.keys(names), rules.capitalisedNames);
}

function mentions(text: string, names: string[], capitalised: boolean): boolean {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${anyOf(names)}`, 'giu');
  for (const m of text.matchAll(pattern)) {
    if (!capitalised || /^\p{Lu}/u.test(m[0])) return true;
  }
  return false;
}

/**
 * "BBC Radio 4's Today programme", "the Tonight show": where only names are capitalised, a capitalised relative
 * word inside a sentence with a lower-case word after it is part of a title.
 */
function isTitle(r: ParsedResult, claim: string, rules: TimeRules): boolean {
  if (!rules.capitalisedNames || !/^\p{Lu}/u.test(r.text)) return false;
  const before = claim.slice(0, r.index).trimEnd();
  if (!before || /[.!?:"“‘'(«—–-]$/u.test(before)) return false;
  return /^\s+\p{Ll}/u.test(claim.slice(r.index + r.text.length));
}

function startsWithPhrase(text: string, phrases: string[]): boolean {
  return new RegExp(`^${anyOf(phrases.map((p) => p.replace(/-$/, '')))}(?:-|\\s)`, 'iu').test(text);
}

/** A base parser reads "at 5" as five o'clock; only minutes, a clock suffix or a named time make it one. */
function isClockTime(r: ParsedResult, tags: Set<string>, rules: TimeRules): boolean {
  if (tags.has(TAG.clock) || [...tags].some((t) => t.startsWith('casualReference/'))) return true;
  if (/\d[:.]\d\d/.test(r.text)) return true;
  return new RegExp(`\\d\\s*${anyOf(rules.clockSuffixes)}(?![\\p{L}])`, 'iu').test(r.text);
}

function pad(n: number | null): string {
  return String(n ?? 0).padStart(2, '0');
}
