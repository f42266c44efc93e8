// English words for the time stage. chrono-node's English parser reads the dates and clock times; these words add
// what it lacks or reads differently (durations, years after a cue, weekday shifts, relative periods).
import { casual } from 'chrono-node/en';
import type { TimeRules } from '../../facets/time/rules';
import { numbers } from './numbers';

// chrono's English reader without its range and relative merges: "Monday to Friday" stays two days, as in Danish,
// and "on 1 October after five years" a date and a duration rather than one date five years on.
// Its parsers of lengths of time and relative phrases ("3 days ago", "5 years later", "within a week", "next 2
// weeks", "next month") are left out too: the durations and relative phrases below read those, so they found
// nothing more on the development articles and 3,000 Tatoeba sentences (the same facets without them), while V8
// spent a cold run's time compiling their patterns (about 70 ms each for the first two).
const base = casual.clone();
base.refiners = base.refiners.filter((refiner) => !/DateRange|Relative/.test(refiner.constructor.name));
base.parsers = base.parsers.filter(
  (parser) => !/TimeUnit(Ago|Later|Within|CasualRelative)Format|RelativeDateFormat/.test(parser.constructor.name),
);

export const time: TimeRules = {
  base,
  capitalisedNames: true,
  weekdays: { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 },
  weekdayPhrases: {
    '{w}': 'recent',
    'on {w}': 'recent',
    'this past {w}': 'before',
    'last {w}': 'previous-week',
    'on {w} last week': 'previous-week',
    '{w} last week': 'previous-week',
    'this {w}': 'this-week',
    'on {w} this week': 'this-week',
    'this coming {w}': 'after',
    'coming {w}': 'after',
    'next {w}': 'next-week',
    'on {w} next week': 'next-week',
    '{w} next week': 'next-week',
  },
  dayParts: ['morning', 'afternoon', 'evening', 'night'],

  months: {
    january: 1,
    february: 2,
    march: 3,
    april: 4,
    may: 5,
    june: 6,
    july: 7,
    august: 8,
    september: 9,
    october: 10,
    november: 11,
    december: 12,
  },
  monthAbbreviations: { jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 },
  monthCues: ['in', 'on', 'since', 'from', 'until', 'till', 'by', 'during', 'before', 'after', 'through', 'last', 'next',
    'this', 'early', 'late', 'mid', 'throughout'],
  // Also a name, a verb or a modal: these need a cue ("in May") or "the" and a noun ("the June summit").
  monthsAlsoNames: ['april', 'may', 'june', 'march', 'august'],
  monthDeterminers: ['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that'],
  monthParts: ['the end of', 'end of', 'the beginning of', 'beginning of', 'the start of', 'start of',
    'the middle of', 'middle of', 'mid-', 'early', 'late'],

  relative: {
    today: { unit: 'day', offset: 0 },
    'to this day': { unit: 'day', offset: 0 },
    yesterday: { unit: 'day', offset: -1 },
    tomorrow: { unit: 'day', offset: 1 },
    'the day before yesterday': { unit: 'day', offset: -2 },
    'the day after tomorrow': { unit: 'day', offset: 2 },
    'this morning': { unit: 'day', offset: 0 },
    'this afternoon': { unit: 'day', offset: 0 },
    'this evening': { unit: 'day', offset: 0 },
    tonight: { unit: 'day', offset: 0 },
    'last night': { unit: 'day', offset: -1 },
    'earlier in the day': { unit: 'day', offset: 0 },
    'later in the day': { unit: 'day', offset: 0 },
    'this week': { unit: 'week', offset: 0 },
    'earlier this week': { unit: 'week', offset: 0 },
    'later this week': { unit: 'week', offset: 0 },
    'earlier in the week': { unit: 'week', offset: 0 },
    'later in the week': { unit: 'week', offset: 0 },
    'last week': { unit: 'week', offset: -1 },
    'next week': { unit: 'week', offset: 1 },
    'this month': { unit: 'month', offset: 0 },
    'earlier this month': { unit: 'month', offset: 0 },
    'later this month': { unit: 'month', offset: 0 },
    'last month': { unit: 'month', offset: -1 },
    'next month': { unit: 'month', offset: 1 },
    'this year': { unit: 'year', offset: 0 },
    'earlier this year': { unit: 'year', offset: 0 },
    'later this year': { unit: 'year', offset: 0 },
    'last year': { unit: 'year', offset: -1 },
    "last year's": { unit: 'year', offset: -1 },
    'next year': { unit: 'year', offset: 1 },
  },

  clockSuffixes: ['a.m.', 'p.m.', 'am', 'pm', 'gmt', 'utc', 'cet', 'et', 'est', 'edt', 'pt', 'bst', 'local time'],

  yearCues: ['in', 'since', 'from', 'until', 'till', 'by', 'during', 'before', 'after', 'of', 'through', 'throughout',
    'between'],

  // "the 1960s", "the '60s", "the sixties" (after "the": "in his sixties" is an age); "the 19th century".
  periods: {
    decadeEndings: ['s', "'s", '’s'],
    shortDecadeMarks: ["'", '’'],
    decadeWords: {
      twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90,
    },
    decadeWordLeads: ['the'],
    hundredsEndings: [],
    centuryWords: ['century', "century's"],
    ordinalSuffix: '(?:st|nd|rd|th)',
    ordinals: numbers.ordinals,
  },

  durations: {
    // The numbers pack's words up to a thousand, and the counts only a length of time takes.
    numberWords: {
      ...Object.fromEntries(Object.entries(numbers.cardinals).filter(([, v]) => v > 0 && v <= 1000)),
      a: 1, an: 1, 'a single': 1, 'a hundred': 100, 'one and a half': 1.5, 'half a': 0.5,
    },
    numbers,
    units: {
      minute: 'minute', minutes: 'minute',
      hour: 'hour', hours: 'hour',
      day: 'day', days: 'day',
      week: 'week', weeks: 'week',
      month: 'month', months: 'month',
      year: 'year', years: 'year',
      decade: 'year', decades: 'year', century: 'year', centuries: 'year',
    },
    unitSizes: { decade: 10, decades: 10, century: 100, centuries: 100 },
    singleLeads: ['the past', 'the last', 'in the past', 'in the last', 'over the past', 'over the last',
      'for the past', 'for the last', 'during the past', 'during the last', 'the next', 'over the next'],
    // "in the 65th minute": the time played, as Danish "efter 65 minutter" gives it.
    ordinalMinute: { suffix: '(?:st|nd|rd|th)', units: ['minute'] },
    leads: ['in', 'for', 'over', 'within', 'during', 'after', 'the past', 'the last', 'the next', 'the first',
      'in the past', 'in the last', 'over the past', 'over the last', 'for the past', 'for the last', 'in the next',
      'over the next', 'for the next', 'during the past', 'within the next', 'about', 'around', 'nearly', 'almost',
      'some', 'roughly', 'more than', 'less than', 'at least', 'up to'],
    // "a week later", "three months after": measured from another event, not from publication
    tails: ['long', 'later', 'earlier', 'after', 'before'],
    andAHalf: ['and a half'],
    agoBefore: [],
    // "it has been a decade since", as Danish "det er ti år siden"
    agoAfter: ['ago today', 'ago', 'since'],
    ageWords: ['old', 'olds'],
    notAfter: ['once', 'twice', 'times', 'per', 'every', 'each', 'aged'],
    ageVerbs: ['is', 'was', 'turned', 'turns'],
    decimalMark: '.',
  },
};
