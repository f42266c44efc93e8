// What the time stage needs from a language pack: words and phrases only; the stage builds chrono parsers from them.
import type { NumberRules } from '../numbers/rules';

/**
 * Which calendar day a weekday phrase means, counted from the publication date:
 * - 'recent': the most recent such day on or before publication ("torsdag", "on Thursday": news reports the past);
 * - 'before': the most recent such day strictly before publication ("i torsdags");
 * - 'after': the first such day strictly after publication ("på torsdag", "this coming Thursday");
 * - 'previous-week' / 'this-week' / 'next-week': that day in the calendar week (Monday–Sunday) before, of, or after
 *   the publication date ("forrige fredag", "last Friday"; "this Friday"; "næste fredag", "next Friday").
 */
export type WeekdayShift = 'recent' | 'before' | 'after' | 'previous-week' | 'this-week' | 'next-week';

/** Calendar units a relative phrase or a duration counts in. */
export type TimeUnit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

/**
 * What the time stage needs of a chrono-node `Chrono`: a copy to put the pack's own parsers and refiners in front
 * of. Declared here so that the package's types do not depend on chrono-node, which the build bundles.
 */
export interface ChronoReader {
  clone(): ChronoReader;
  parsers: unknown[];
  refiners: unknown[];
}

export interface TimeRules {
  /**
   * A chrono-node instance that already reads the language (`chrono.en.casual`). The pack's own parsers run in front
   * of it and win ties. Without one, the pack's words are the whole parser.
   */
  base?: ChronoReader;
  /** True where weekday and month names are written with a capital (English): lower-case "march" is a verb. */
  capitalisedNames: boolean;

  /** Weekday names in lower case → 0 = Sunday … 6 = Saturday. Full names only: short forms clash with words. */
  weekdays: Record<string, number>;
  /** Phrases around a weekday, `{w}` standing for its name ("forrige {w}", "i {w}s"), and the day each means. */
  weekdayPhrases: Record<string, WeekdayShift>;
  /** Parts of a day that may follow a weekday or a relative day and belong to it ("aften", "evening"). */
  dayParts: string[];

  /** Month names in lower case → 1–12. */
  months: Record<string, number>;
  /** Short month names (without the dot) → 1–12; read only in a date with a day number. */
  monthAbbreviations: Record<string, number>;
  /** Words after which a month alone is a time ("i september", "in September"). A following year also makes it one. */
  monthCues: string[];
  /** Phrases naming a part of a month ("slutningen af", "end of", "mid-"): the result is still the month. */
  monthParts: string[];
  /**
   * Month names that are also names or words ('may', 'june', 'march'): only these need a cue. Any other month
   * stands alone where it is written as months are: in lower case where names are not capitalised; capitalised
   * and with no capitalised word after it (a name: "October Revolution") where they are.
   */
  monthsAlsoNames?: string[];
  /** Words before a month that is also a name that make it one when a lower-case word follows ("the June summit"). */
  monthDeterminers?: string[];

  /** Day-month dates with the day first ("7. december", "den 7/12"); leave out when `base` reads them. */
  dates?: {
    /** Words that may open a date ("den", "d."); a numeric date without a year needs one. */
    prefixes: string[];
    /** Pattern (regular-expression source) after the day number: "\\.?" in Danish. */
    daySuffix: string;
    /** Whether numeric day/month dates ("7/12", "7/12 2017", "7.12.2017") are read. */
    numeric: boolean;
  };

  /** Whole phrases that count from publication: "i går" → one day back, "earlier this year" → this year. */
  relative: Record<string, { unit: TimeUnit; offset: number }>;

  /** Clock times; leave out when `base` reads them. */
  clock?: {
    /** Words before a clock time ("kl.", "klokken"): a bare number is never read as a time. */
    prefixes: string[];
    /** Words naming an exact time of day: "midnat" → "00:00". */
    words: Record<string, string>;
    /** Words that may stand between a day and its clock time and join them ("omkring"). */
    joiners: string[];
    /** Whether "13:10" with a colon and two-digit minutes is a clock time without a prefix word. */
    bareColon?: boolean;
  };
  /** Words after a number that make it a clock time when `base` reads it ("pm", "GMT"); "at 5" alone is not one. */
  clockSuffixes: string[];

  /** Words after which a four-digit number is a year ("i", "siden", "in", "since"). */
  yearCues: string[];

  /** Decades and centuries ("1960'erne", "the 1960s", "1800-tallet", "the 19th century"); see periods.ts. */
  periods?: PeriodRules;

  durations: {
    /** Number words → value ("fem" → 5, "a" → 1, "et halvt" → 0.5); the numbers pack's cardinals belong here. */
    numberWords: Record<string, number>;
    /** The numbers pack: reads compound counts the table lacks ("enogtyve", "twenty-one"). */
    numbers?: NumberRules;
    /** Unit words, every form ("dag", "dage", "dages") → unit. */
    units: Record<string, TimeUnit>;
    /** Unit words that stand for several of a unit: "decade" → 10 (years), "århundrede" → 100. */
    unitSizes?: Record<string, number>;
    /** Leads after which one of those units in the singular needs no count ("the past century", "det seneste årti"). */
    singleLeads?: string[];
    /**
     * A minute of a match as an ordinal ("in the 65th minute", "i det 65. minut"): the pattern (regular-expression
     * source) after the digits and the unit words. Read as the time played, as "efter 65 minutter" is.
     */
    ordinalMinute?: { suffix: string; units: string[] };
    /** Words that may open a duration and belong to its span ("i", "in the past"). */
    leads: string[];
    /** Words that may close it ("lang", "long"). */
    tails: string[];
    /** Words after the unit that add half of it: "a year and a half" (Danish says "halvandet år"). */
    andAHalf?: string[];
    /** Words that turn "N units" into a point in the past: before the number ("for") and after the unit ("siden"). */
    agoBefore: string[];
    agoAfter: string[];
    /** Words after the unit that make it an age ("gammel", "old"). */
    ageWords: string[];
    /** Words right before the number that make it no duration: a frequency ("twice a year", "hver"). */
    notAfter: string[];
    /**
     * Verbs right before the number that make it an age ("da hun var 17 år", "who is 20 years his senior"); a
     * count of one written as a word stays a duration ("var et år i Irak": ages of one come with "gammel").
     */
    ageVerbs?: string[];
    /** Decimal mark in numbers written with digits ("2,5 år", "2.5 years"). */
    decimalMark: ',' | '.';
  };
}

/** How a language names decades and centuries. Two-digit decades ("60'erne", "the '60s") are read as 1900s. */
export interface PeriodRules {
  /** Endings right after the digits of a decade: "'erne", "erne" (1960'erne); "s", "'s" (1960s). */
  decadeEndings: string[];
  /** Marks right before two digits that make a decade with an ending: English "'60s". Empty: none needed. */
  shortDecadeMarks: string[];
  /** Decades in words, as the tens they name: "tresserne" → 60, "sixties" → 60. */
  decadeWords: Record<string, number>;
  /** Words one of which must come right before a decade word ("the sixties"); empty: none needed. */
  decadeWordLeads: string[];
  /** Endings after a whole hundred that name its century: Danish "-tallet" (1800-tallet = the 19th century). */
  hundredsEndings: string[];
  /** Words for a century after its ordinal ("århundrede", "century"). */
  centuryWords: string[];
  /** The pattern (regular-expression source) after the digits of an ordinal: "\\." (19.), "(?:st|nd|rd|th)". */
  ordinalSuffix: string;
  /** Ordinal words, lowercase, with their value ("nittende" → 19, "nineteenth" → 19): the numbers pack's. */
  ordinals: Record<string, number>;
}
