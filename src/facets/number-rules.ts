// What a language pack tells the numbers stage (src/facets/numbers.ts).

/** A unit of measurement: what it measures and its size in that dimension's base unit (metre, kilogram, …). */
export interface Measure {
  dimension: 'length' | 'mass' | 'speed' | 'area' | 'volume' | 'temperature';
  /** Base units per unit: 'km' → 1000 (metres). Temperatures have no factor: scales differ by an offset. */
  factor?: number;
}

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
  /** Words after which a guarded word is not a number ('no', 'every', 'the'). */
  guardedNotAfter: string[];
  /** Words before which a guarded word is not a number ('of', 'another'). */
  guardedNotBefore: string[];
  /** Words joining number words, also inside one word: Danish 'og' ('enogtyve', 'hundrede og fem'), English 'and'. */
  joiners: string[];
  /** Ordinal words with their value: 'første' → 1, 'tredje' → 3, 'twentieth' → 20. */
  ordinals: Record<string, number>;
  /** Ordinal words that are often something else, counted only after these words ('the second'). */
  guardedOrdinals?: { words: string[]; onlyAfter: string[] };
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
