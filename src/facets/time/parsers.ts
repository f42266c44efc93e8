// chrono-node parsers built from a language pack's words; the code here knows no language.
// What chrono's components cannot hold (a duration, a weekday's shift, a relative unit) travels in result tags.
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import type { TimeRules, TimeUnit, WeekdayShift } from './rules';
import { addUnits, daysInMonth, inDays, type Ymd } from './calendar';
import { findNumbers } from '../numbers';
import { escapeRegExp } from '../../keys/spans';

export const TAG = {
  duration: 'claimdiff/duration=',
  relative: 'claimdiff/relative=',
  ago: 'claimdiff/ago=',
  shift: 'claimdiff/shift=',
  monthPart: 'claimdiff/month-part',
  clock: 'claimdiff/clock',
  date: 'claimdiff/date',
} as const;

/** chrono's own mark of a date counted from the reference: its refiners then leave such a result alone. */
const RELATIVE_DATE = 'result/relativeDate';

/** The value of the first tag that starts with `prefix`, or undefined. */
export function tagValue(tags: Set<string>, prefix: string): string | undefined {
  for (const tag of tags) if (tag.startsWith(prefix)) return tag.slice(prefix.length);
  return undefined;
}


/** One phrase as a pattern: case and the amount of white space between words do not matter. */
export function phrasePattern(phrase: string): string {
  return phrase.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
}

/** Any of the phrases, longest first so that "i de sidste" is tried before "i"; never matches when empty. */
export function anyOf(phrases: Iterable<string>): string {
  const list = [...new Set([...phrases].map((p) => p.trim().toLowerCase()).filter(Boolean))];
  if (list.length === 0) return '(?!)';
  return `(?:${list.sort((a, b) => b.length - a.length).map(phrasePattern).join('|')})`;
}

/** Lower case with single spaces: the form pack dictionaries are keyed by. */
export function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** A chrono parser whose match must stand as whole words (letters in any script count as word characters). */
function wordParser(
  inner: string,
  build: (m: RegExpMatchArray, ctx: ParsingContext) => ParsingResult | null,
): Parser {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${inner})(?![\\p{L}\\p{N}])`, 'iu');
  // chrono retries a rejected match one character later, where the look-behind cannot see the text before.
  const startsWord = (ctx: ParsingContext, at: number) => at === 0 || !/[\p{L}\p{N}]/u.test(ctx.text[at - 1]);
  return { pattern: () => pattern, extract: (ctx, m) => (startsWord(ctx, m.index ?? 0) ? build(m, ctx) : null) };
}

/** The publication day chrono was given as reference (the stage passes noon UTC of that day). */
function referenceDay(ctx: ParsingContext): Ymd {
  const d = ctx.reference.instant;
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function result(ctx: ParsingContext, m: RegExpMatchArray, values: Record<string, number>, tags: string[]) {
  const components = ctx.createParsingComponents();
  for (const [key, value] of Object.entries(values)) components.assign(key as 'day', value);
  components.addTags(tags);
  return ctx.createParsingResult(m.index ?? 0, m[0], components);
}

/** Components of a day counted from the reference; coarse units keep only what they fix. */
function relativeValues(day: Ymd, unit: TimeUnit): Record<string, number> {
  if (unit === 'year') return { year: day.year };
  if (unit === 'month') return { year: day.year, month: day.month };
  if (unit === 'week') return {};
  return { year: day.year, month: day.month, day: day.day };
}

/** Parsers for points and periods of the calendar; durations have their own (see buildDurationParsers). */
export function buildParsers(rules: TimeRules): Parser[] {
  return [
    durationParsers(rules).ago,
    relativeParser(rules),
    ...weekdayParsers(rules),
    ...dateParsers(rules),
    monthParser(rules),
    yearParser(rules),
    ...clockParsers(rules),
  ];
}

/**
 * Durations run in a chrono of their own: they are no point in time, and chrono's refiners would otherwise merge
 * them with dates and with each other ("two years, three years" → one result).
 */
export function buildDurationParsers(rules: TimeRules): Parser[] {
  const { duration, single, minute } = durationParsers(rules);
  return [duration, single, minute];
}

function durationParsers(rules: TimeRules): { ago: Parser; duration: Parser; single: Parser; minute: Parser } {
  const d = rules.durations;
  // Compounds the table lacks ("enogtyve", "twenty-one") are read by the numbers pack when the time pack has one.
  // At most four hyphens: a number is no longer, and an unbounded run would backtrack over 'a-a-a-…' from every word.
  const compound = d.numbers ? '|\\p{L}+(?:[-‐]\\p{L}+){1,4}|\\p{L}{7,}' : '';
  const number = `(\\d+(?:[.,]\\d+)?|${anyOf(Object.keys(d.numberWords))}${compound})`;
  const unit = `(${anyOf(Object.keys(d.units))})`;
  const read = (m: RegExpMatchArray) => {
    const count = parseCount(m[1], rules);
    const u = d.units[normalise(m[2])];
    const size = d.unitSizes?.[normalise(m[2])] ?? 1;
    // "60 Minutes", "Today" in a language that capitalises only names: a title, not a length of time.
    if (rules.capitalisedNames && /^\p{Lu}/u.test(m[2]) && /^\d/.test(m[1])) return null;
    return count !== undefined && u ? { count: count * size, unit: u } : null;
  };
  const ago = wordParser(
    `(?:${anyOf(d.agoBefore)}\\s+)?${number}\\s+${unit}\\s+${anyOf(d.agoAfter)}`,
    (m, ctx) => {
      const found = read(m);
      if (!found) return null;
      const coarse: TimeUnit = found.unit === 'year' || found.unit === 'month' ? found.unit : 'day';
      const day = addUnits(referenceDay(ctx), found.unit, -found.count);
      const back = inDays(found.count, found.unit);
      return result(ctx, m, relativeValues(day, coarse), [TAG.relative + coarse, RELATIVE_DATE, TAG.ago + back]);
    },
  );
  const tail = `(?:\\s+|-)${anyOf(d.tails)}`;
  const notAge = `(?!\\s*-?\\s*${anyOf(d.ageWords)}(?![\\p{L}\\p{N}]))`;
  const half = d.andAHalf?.length ? `(\\s+${anyOf(d.andAHalf)}(?![\\p{L}\\p{N}]))?` : '()';
  const duration = wordParser(
    `(?:${anyOf(d.leads)}\\s+)?${number}(?:\\s+|-)${unit}${half}(?:${tail}(?![\\p{L}\\p{N}]))?${notAge}`,
    (m, ctx) => {
      const read1 = read(m);
      const found = read1 && m[3] ? { ...read1, count: read1.count + 0.5 } : read1;
      const before = normalise(ctx.text.slice(Math.max(0, (m.index ?? 0) - 40), m.index));
      if (!found || endsWithWord(before, d.notAfter)) return null;
      const one = found.count === 1 && !/^\d/.test(m[1]);
      if (!one && endsWithWord(before, d.ageVerbs ?? [])) return null;
      // "£120 million a year" is a rate: "a year" right after an amount is no duration.
      const article = found.count === 1 && !/^\d/.test(m[1]) && normalise(m[0]).startsWith(normalise(m[1]));
      if (article && /\d(?:[\d.,]*\d)?\s*(?:%|\p{L}+)?$/u.test(before)) return null;
      const days = inDays(found.count, found.unit);
      return result(ctx, m, {}, [TAG.duration + days]);
    },
  );
  const lengthOf = (ctx: ParsingContext, m: RegExpMatchArray, count: number, unit: TimeUnit) => {
    const before = normalise(ctx.text.slice(Math.max(0, (m.index ?? 0) - 40), m.index));
    if (endsWithWord(before, d.notAfter)) return null;
    return result(ctx, m, {}, [TAG.duration + inDays(count, unit)]);
  };
  // "over the past century", "det seneste årti": a unit of several years after a lead needs no count.
  const sized = Object.keys(d.unitSizes ?? {});
  const single = wordParser(`${anyOf(d.singleLeads ?? [])}\\s+(${anyOf(sized)})`, (m, ctx) => {
    const key = normalise(m[1]);
    const unit = d.units[key];
    return unit ? lengthOf(ctx, m, d.unitSizes?.[key] ?? 1, unit) : null;
  });
  const om = d.ordinalMinute;
  const minute = wordParser(om ? `(\\d{1,3})${om.suffix}(?:\\s+|-)${anyOf(om.units)}` : '(?!)', (m, ctx) => {
    const count = Number(m[1]);
    return count > 0 && count <= 200 ? lengthOf(ctx, m, count, 'minute') : null;
  });
  return { ago, duration, single, minute };
}

function parseCount(text: string, rules: TimeRules): number | undefined {
  const word = rules.durations.numberWords[normalise(text)];
  if (word !== undefined) return word;
  const numbers = rules.durations.numbers;
  if (numbers && /^\p{L}/u.test(text)) {
    const [only] = findNumbers({ text, start: 0, end: text.length }, numbers);
    return only?.text === text && only.kind === 'cardinal' && only.value > 0 ? only.value : undefined;
  }
  const plain =
    rules.durations.decimalMark === ','
      ? text.replace(/\.(?=\d{3}(?!\d))/g, '').replace(',', '.')
      : text.replace(/,(?=\d{3}(?!\d))/g, '');
  const value = Number(plain);
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

/** True when `text` ends with one of the phrases as whole words. */
export function endsWithWord(text: string, phrases: string[]): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${anyOf(phrases)}$`, 'iu').test(text.trimEnd());
}

function relativeParser(rules: TimeRules): Parser {
  const phrases = anyOf(Object.keys(rules.relative));
  return wordParser(`(${phrases})(?:\\s+${anyOf(rules.dayParts)})?`, (m, ctx) => {
    const rule = rules.relative[normalise(m[1])];
    if (!rule) return null;
    const day = addUnits(referenceDay(ctx), rule.unit, rule.offset);
    return result(ctx, m, relativeValues(day, rule.unit), [TAG.relative + rule.unit, RELATIVE_DATE]);
  });
}

function weekdayParsers(rules: TimeRules): Parser[] {
  const names = `(${anyOf(Object.keys(rules.weekdays))})`;
  const dayPart = `(?:\\s+${anyOf(rules.dayParts)})?`;
  return Object.entries(rules.weekdayPhrases).map(([phrase, shift]: [string, WeekdayShift]) =>
    wordParser(slotPattern(phrase, names) + dayPart, (m, ctx) => {
      const weekday = rules.weekdays[normalise(m[1])];
      return weekday === undefined ? null : result(ctx, m, { weekday }, [TAG.shift + shift]);
    }),
  );
}

/** A phrase with `{w}` as a slot for `slot`: "i {w}s" → `i\s+(…)s`, "{w} last week" → `(…)\s+last\s+week`. */
function slotPattern(phrase: string, slot: string): string {
  const literal = (part: string) =>
    part.split(/(\s+)/).map((piece) => (/^\s+$/.test(piece) ? '\\s+' : escapeRegExp(piece))).join('');
  return phrase.trim().split('{w}').map(literal).join(slot);
}

function dateParsers(rules: TimeRules): Parser[] {
  const dates = rules.dates;
  if (!dates) return [];
  const prefix = `(?:${anyOf(dates.prefixes)}\\s*)`;
  const month = `(${anyOf(Object.keys(rules.months))}|${anyOf(Object.keys(rules.monthAbbreviations))}\\.?)`;
  const day = `(\\d{1,2})${dates.daySuffix}`;
  const named = wordParser(
    `${prefix}?${day}(?:\\s*[-–]\\s*\\d{1,2}${dates.daySuffix})?\\s*${month}(?:,?\\s+(\\d{4})(?![\\p{N}]))?`,
    (m, ctx) => {
      const key = normalise(m[2]).replace(/\.$/, '');
      return dateResult(ctx, m, +m[1], rules.months[key] ?? rules.monthAbbreviations[key], m[3]);
    },
  );
  if (!dates.numeric) return [named];
  const numeric = wordParser(
    `(${prefix})?(\\d{1,2})([/.])(\\d{1,2})(?:(\\s+|[-/.])(\\d{4}))?(?![\\p{N}]|[.,/]\\d)`,
    (m, ctx) => {
      const [, lead, dayText, separator, monthText, yearSeparator, year] = m;
      // "3/4" alone is a fraction and "3.4" a decimal: without a year a numeric date needs "den" and a slash;
      // with dots it needs them throughout ("7.12.2017").
      if (!year && (!lead || separator !== '/')) return null;
      if (separator === '.' && yearSeparator !== '.') return null;
      return dateResult(ctx, m, +dayText, +monthText, year);
    },
  );
  return [named, numeric];
}

function dateResult(ctx: ParsingContext, m: RegExpMatchArray, day: number, month: number, year?: string) {
  if (!month || month > 12 || day < 1) return null;
  const y = year ? +year : undefined;
  if (day > daysInMonth(y ?? 2000, month)) return null; // 2000 is a leap year: 29 February stands without a year
  return result(ctx, m, y ? { day, month, year: y } : { day, month }, [TAG.date]);
}

function monthParser(rules: TimeRules): Parser {
  const parts = `(${anyOf(rules.monthParts.map((p) => p.replace(/-$/, '')))}(?:-|\\s+))?`;
  // A short name needs its dot to stand alone ("on Oct.", "i sept."): "Mar" and "Jan" are names too.
  const names = `${anyOf(Object.keys(rules.months))}|${anyOf(Object.keys(rules.monthAbbreviations))}\\.`;
  return wordParser(`${parts}(${names})(?:,?\\s+(\\d{4})(?![\\p{N}]))?`, (m, ctx) => {
    const key = normalise(m[2]);
    const month = rules.months[key] ?? rules.monthAbbreviations[key.replace(/\.$/, '')];
    if (!month) return null;
    const values: Record<string, number> = m[3] ? { month, year: +m[3] } : { month };
    return result(ctx, m, values, m[1] ? [TAG.monthPart] : []);
  });
}

function yearParser(rules: TimeRules): Parser {
  // A cue is required: "3850 soldiers" and "2017 people" are numbers, "i 2017" and "since 2017" are years.
  // The cue stays in the span: chrono's filters drop a result of bare digits.
  return wordParser(`${anyOf(rules.yearCues)}\\s+([12]\\d{3})(?![\\p{N}]|[.,]\\d|['’])`, (m, ctx) => {
    const year = +m[1];
    return year >= 1000 && year <= 2199 ? result(ctx, m, { year }, []) : null;
  });
}

function clockParsers(rules: TimeRules): Parser[] {
  const clock = rules.clock;
  if (!clock) return [];
  // With a colon and two-digit minutes the prefix may be left out ("ved 13:10"); "2:1" stays a score.
  const bare = clock.bareColon ? `|(?<![\\d:.,])(?=\\d{1,2}:\\d{2})` : '';
  const numeric = wordParser(
    `(?:${anyOf(clock.prefixes)}\\s*${bare})(\\d{1,2})(?:[.:](\\d{2}))?(?![\\p{N}]|[.:]\\d)`,
    (m, ctx) => {
      const hour = +m[1];
      const minute = m[2] ? +m[2] : 0;
      return hour <= 24 && minute <= 59 ? result(ctx, m, { hour: hour % 24, minute }, [TAG.clock]) : null;
    },
  );
  const named = wordParser(`(${anyOf(Object.keys(clock.words))})`, (m, ctx) => {
    const hhmm = /^(\d{1,2}):(\d{2})$/.exec(clock.words[normalise(m[1])] ?? '');
    return hhmm ? result(ctx, m, { hour: +hhmm[1], minute: +hhmm[2] }, [TAG.clock]) : null;
  });
  return [numeric, named];
}
