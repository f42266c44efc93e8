// The sentence every finding carries, in English: the one place a finding's wording lives. A report in another
// language gets a file like this one with the same functions (see Messages).
import type { TimeFacet } from '../../types';

/** The two articles' languages as the report names them: 'Danish', 'English'. */
export interface SideNames {
  left: string;
  right: string;
}

type Side = 'left' | 'right';
/** What a message quotes of one side: the words as written, and the value they were read as. */
interface Said {
  text: string;
}

export type TimeSlot = 'day' | 'month' | 'year' | 'clock' | 'length' | 'ago';

/** Every message a comparer can give, bound to the two languages' names. */
export interface Messages {
  time(slot: TimeSlot, left: TimeFacet, right: TimeFacet): string;
  number(left: Said & { shown: string }, right: Said & { shown: string }): string;
  entity(left: Said, right: Said): string;
  misspelt(left: Said, right: Said, noun: string): string;
  /** A name on one side where the other side has a common word ('in Glasgow' / 'i området'). */
  nameForWord(named: Side, name: Said, word: Said): string;
  /** A name that speaks on one side against a name on the other. */
  speakerNamed(speaks: Side, speaker: Said, other: Said): string;
  credit(what: 'speaker' | 'via', left: Said, right: Said): string;
  role(left: Said, right: Said, holder?: Said): string;
  negation(negated: Side, cue: Said): string;
  dateMissing(given: Side, time: TimeFacet, lacking: Said): string;
  speakerMissing(given: Side, person: Said, speaker: Said, lacking: Said): string;
  quote(left: Said, right: Said): string;
  meaning(left: Said, right: Said): string;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];

/** A time facet in words: 'Thursday, December 5 2019', '3 days', '16:00'. */
export function describeTime(t: TimeFacet): string {
  if (t.kind === 'duration') return t.days === undefined ? t.text : lengthOf(t.days);
  if (t.kind === 'time') return t.time ?? t.text;
  if (t.ago !== undefined) return `${lengthOf(t.ago)} ago`;
  if (t.decade !== undefined) return `the ${t.decade}s`;
  if (t.century !== undefined) return `the ${ordinal(t.century)} century`;
  const parts: string[] = [];
  if (t.weekday !== undefined) parts.push(WEEKDAYS[t.weekday]);
  if (t.day !== undefined && t.month !== undefined) parts.push(`${MONTHS[t.month - 1]} ${t.day}`);
  else if (t.month !== undefined) parts.push(MONTHS[t.month - 1]);
  if (t.year !== undefined) parts.push(String(t.year));
  if (parts.length === 0 && t.date) parts.push(t.date);
  return parts.join(', ').replace(/, (\d{4})$/, ' $1');
}

/**
 * A length of time in days in the largest unit that gives a round number: '15,000 years', '3 weeks', '2 days',
 * '36 hours', '3 minutes'.
 */
function lengthOf(days: number): string {
  const units: [string, number][] = [
    ['year', 365], ['month', 365 / 12], ['week', 7], ['day', 1], ['hour', 1 / 24], ['minute', 1 / 1440], ['second', 1 / 86400],
  ];
  for (const [unit, size] of units) {
    const count = Math.round((days / size) * 100) / 100;
    if (count >= 1 && Number.isInteger(count)) return `${count.toLocaleString('en')} ${unit}${count === 1 ? '' : 's'}`;
  }
  return `${days.toLocaleString('en')} days`;
}

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** The first words of a passage, for a message: at most `count`, with an ellipsis when cut. */
export function firstWords(text: string, count: number): string {
  const words = text.trim().split(/\s+/);
  return words.length <= count ? text.trim() : `${words.slice(0, count).join(' ')} …`;
}

export function englishMessages(names: SideNames): Messages {
  const { left: L, right: R } = names;
  const other = (side: Side) => (side === 'left' ? R : L);
  const own = (side: Side) => (side === 'left' ? L : R);
  return {
    time(slot, l, r) {
      const describe = (t: TimeFacet) => (slot === 'clock' ? (t.time ?? t.text) : describeTime(t));
      const [lv, rv] = [describe(l), describe(r)];
      if (slot === 'ago') return `The ${L} article puts this ${lv} ("${l.text}"); the ${R} article ${rv} ("${r.text}").`;
      if (slot === 'length') return `The ${L} article gives a length of ${lv} ("${l.text}"); the ${R} article ${rv} ("${r.text}").`;
      if (slot === 'clock') return `The ${L} article gives the time as ${lv} ("${l.text}"); the ${R} article as ${rv} ("${r.text}").`;
      return `The ${L} article dates this to ${lv} ("${l.text}"); the ${R} article to ${rv} ("${r.text}").`;
    },
    number: (l, r) => `The ${L} article gives ${l.shown} ("${l.text}"); the ${R} article ${r.shown} ("${r.text}").`,
    entity: (l, r) => `The ${L} article names ${l.text}; the ${R} article ${r.text.replace(/\.$/, '')}.`,
    nameForWord: (named, name, word) =>
      `The ${own(named)} article names ${name.text}; the ${other(named)} article has no name here ("${word.text}").`,
    misspelt: (l, r, noun) =>
      `The ${L} article names ${l.text}; the ${R} article ${r.text} — probably the same ${noun}, spelt differently.`,
    speakerNamed: (speaks, speaker, named) =>
      `The ${own(speaks)} article attributes this to ${speaker.text}; the ${other(speaks)} article names ${named.text}.`,
    credit: (what, l, r) =>
      what === 'speaker'
        ? `The ${L} article attributes this to ${l.text}; the ${R} article to ${r.text}.`
        : `The ${L} article credits this to ${l.text}; the ${R} article to ${r.text}.`,
    role: (l, r, holder) =>
      `The ${L} article gives the role${holder ? ` of ${holder.text}` : ''} as "${l.text}"; the ${R} article as "${r.text}".`,
    negation: (negated, cue) =>
      `The ${own(negated)} article negates this ("${cue.text}"); the ${other(negated)} article states it without negation.`,
    dateMissing: (given, time, lacking) =>
      `The ${own(given)} article dates this to ${describeTime(time)} ("${time.text}"); ` +
      `the ${other(given)} article gives no date ("${firstWords(lacking.text, 8)}").`,
    speakerMissing: (given, person, speaker, lacking) =>
      `The ${own(given)} article attributes this to ${person.text} ("${speaker.text}"); ` +
      `the ${other(given)} article does not say who says it ("${firstWords(lacking.text, 8)}").`,
    quote: (l, r) =>
      `The two articles quote different words: the ${L} "${firstWords(l.text, 12)}", the ${R} "${firstWords(r.text, 12)}".`,
    meaning: (l, r) =>
      `The aligned claims may tell different things: the ${L} "${firstWords(l.text, 12)}", the ${R} "${firstWords(r.text, 12)}".`,
  };
}
