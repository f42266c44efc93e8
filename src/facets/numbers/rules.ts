// What a language pack tells the numbers stage (src/facets/numbers/).

/** A unit of measurement: what it measures and its size in that dimension's base unit (metre, kilogram, …). */
export interface Measure {
  dimension: 'length' | 'mass' | 'speed' | 'area' | 'volume' | 'temperature' | 'power' | 'energy' | 'data rate';
  /**
   * Base units per unit: 'km' → 1000 (metres). A temperature on a known scale has one too (kelvin), with an
   * offset; a temperature whose scale the text leaves open ('degrees', 'grader') has neither.
   */
  factor?: number;
  /** Added after the factor: '°C' → 273.15 (kelvin). Only scales that do not start at zero have one. */
  offset?: number;
}

/** The two temperature scales news writes, to kelvin. */
export const CELSIUS: Measure = { dimension: 'temperature', factor: 1, offset: 273.15 };
export const FAHRENHEIT: Measure = { dimension: 'temperature', factor: 5 / 9, offset: 459.67 * (5 / 9) };

export interface NumberRules {
  /**
   * Units of measurement as written after a number (lowercase, no trailing dot): 'km', 'miles', 'pund'. Lets
   * the discrepancy stage see that '295 kg' and '650 pounds' agree, and never compare a length with a count.
   */
  measures: Record<string, Measure>;
  /** Digit group separator: '.' in Danish (3.850), ',' in English (3,850). */
  thousandsSeparator: string;
  /** Decimal mark: ',' in Danish (2,5), '.' in English (2.5). */
  decimalMark: string;
  /**
   * Cardinal number words, lowercase, with their value: 'fem' → 5, 'tyve' → 20, 'hundrede' → 100,
   * 'millioner' → 1e6, 'mio.' → 1e6 (a trailing dot is part of the word). Values of 100 and more multiply
   * what comes before them ('to millioner', '2,5 mio.').
   */
  cardinals: Record<string, number>;
  /** Cardinal words that never start a number on their own ('millioner', 'million' need a count before them). */
  needsCount: string[];
  /** Articles that mean 1 only before a multiplier or a fraction ('en million', 'a third'); never 1 alone. */
  articles: string[];
  /**
   * Cardinal words that are a number alone only when a noun follows and the phrase is not an idiom:
   * English 'one' ('one soldier', not 'one of them', 'no one', 'one another').
   */
  guarded: string[];
  /**
   * Words right before 'one' that make it a count ('at least', 'more than', 'mindst'): the guarded words, and the
   * articles where `articleIsOne`, read 1 after them. See guardedOne in numbers.ts for the whole policy.
   */
  countCues?: string[];
  /** True where the article is also the numeral one (Danish 'en'/'et'): then count cues make it 1 too. */
  articleIsOne?: boolean;
  /** Words after which a guarded word is not a number ('no', 'every', 'the'). */
  guardedNotAfter: string[];
  /** Units of measure in the singular after which 'one' or an article reads 1 ('a mile', 'en kilometer'). */
  unitsAfterOne?: string[];
  /** Words joining number words, also inside one word: Danish 'og' ('enogtyve', 'hundrede og fem'), English 'and'. */
  joiners: string[];
  /** Ordinal words with their value: 'første' → 1, 'tredje' → 3, 'twentieth' → 20. */
  ordinals: Record<string, number>;
  /** Ordinal words that are often something else ('a second', 'first,', Danish 'en anden'); see OrdinalGuard. */
  guardedOrdinals?: OrdinalGuard[];
  /**
   * Words before a number that make it a rank ('nr. 1', 'nummer syv', 'No. 1'): the number counts as an ordinal,
   * as 'first' and 'seventh' do in the other language.
   */
  rankWords?: string[];
  /**
   * Heads of closed compounds that make a rank of an ordinal before them: Danish 'plads' ('fjerdepladsen' =
   * fourth place). The compound counts as the ordinal.
   */
  ordinalCompoundHeads?: string[];
  /**
   * True where number words are written in lower case inside a sentence (Danish): a capitalised one there is
   * part of a name ('Chariots of Fire', 'Første Verdenskrig'). English titles capitalise every word: false.
   */
  lowerCaseNumberWords?: boolean;
  /** Words before a multiplier that make the amount vague: 'flere hundrede', 'several thousand' are no count. */
  vagueBefore?: string[];
  /**
   * Words after which a fraction word is a noun for a part ('the second half', 'top half', 'første halvdel'),
   * not a share. An ordinal before it has the same effect without being listed.
   */
  fractionNotAfter?: string[];
  /** Prefixes that make an ordinal of a superlative: Danish 'næst' ('næsthøjeste' = second highest). */
  ordinalPrefixes?: { prefix: string; value: number; endings: string[]; except?: string[] }[];
  /**
   * Heads of hyphenated words that make the number before them a multiplier, not a count: 'two-time champion'
   * is Danish 'dobbelt mester', which is not read either.
   */
  multiplierHeads?: string[];
  /** Letters after an amount of money that multiply it: '£125m', '$40k' ('125m' alone is a length). */
  moneySuffixes?: Record<string, number>;
  /** Words before a digit ordinal that make it a count: Danish 'hvert 4. år' is 'every four years'. */
  countOrdinalAfter?: string[];
  /** Words right before a number that make it negative: 'minus 12 grader', 'minus 12 degrees'. */
  negativeWords?: string[];
  /** Tested on the text right after a digit group; a match makes it an ordinal ('3rd', Danish '3. plads'). */
  digitOrdinal?: RegExp;
  /** Fraction words that stand alone, with their value: 'halvdelen' → 0.5, 'half' → 0.5, 'halvanden' → 1.5. */
  fractions: Record<string, number>;
  /**
   * Denominator words: 'tredjedel' → 3, 'thirds' → 3. They make a fraction only after a count or an article
   * ('en tredjedel', 'two thirds', 'one-third'); alone, a word that is also an ordinal stays an ordinal.
   */
  denominators: Record<string, number>;
  /** Signs and words after a number that make it a percentage ('%', 'procent', 'pct.', 'per cent'). */
  percent: string[];
  /** Words after a number that are not the counted noun (function words: 'af', 'og', 'of', 'the'). */
  notUnits: string[];
  /** Endings of words after a number that are verbs, not the counted noun (Danish past tense '-ede', English '-ed'). */
  notUnitEndings?: string[];
}

/**
 * When an ambiguous ordinal word counts: always after one of `onlyAfter` ('the second'); otherwise, with
 * `beforeNoun`, when a lower-case word follows and none of `notAfter` comes before it ('first time' but not
 * 'First,' or 'weapons first.'; Danish 'anden halvleg' but not 'en anden', 'den anden side').
 */
export interface OrdinalGuard {
  words: string[];
  onlyAfter: string[];
  beforeNoun?: boolean;
  /** Also counts with no noun after it: a place in a ranking ('was second with', 'in second.'). */
  alone?: boolean;
  notAfter?: string[];
}
