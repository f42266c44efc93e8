// The public contract: the Report that `compare()` returns and `claimdiff --format json` prints.

export interface ArticleInput {
  text: string;
  /** BCP-47 code such as 'da' or 'en'; detected from the text when absent. */
  lang?: string;
  /** ISO date (YYYY-MM-DD) the article was published: anchors weekdays and relative dates. */
  published?: string;
  source?: string;
}

/** A piece of the input text; start/end are UTF-16 offsets (JS string indices) into the article text. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

export type TimeKind = 'date' | 'weekday' | 'month' | 'year' | 'time' | 'duration' | 'relative';

/** A time expression, normalised so that Danish and English values compare directly. */
export interface TimeFacet extends Span {
  kind: TimeKind;
  /** 0 = Sunday … 6 = Saturday (as JS Date#getDay). */
  weekday?: number;
  year?: number;
  /** 1–12 */
  month?: number;
  day?: number;
  /** Calendar date YYYY-MM-DD when it is known (explicit, or resolved from `published`). */
  date?: string;
  /** Time of day 'HH:MM'. */
  time?: string;
  /**
   * The time of day is written without a.m. or p.m. and with an hour of 12 or less ('at 1:30'): it may as well be
   * 12 hours later (13:30), and agrees with either.
   */
  twelveHour?: true;
  /** Length of a duration in days (kind 'duration'). */
  days?: number;
  /**
   * A year written as a bare number ('the 2018 election', 'OL 2012'): read as a year, though nothing but its size
   * says so. Alignment weighs it as the number it is written as.
   */
  bare?: true;
  /**
   * How long before the reference point a phrase like '15,000 years ago' or 'for tre dage siden' puts it, in days
   * (a year is 365): the length the text gives, compared as a number whether or not `published` resolves a date.
   */
  ago?: number;
  /** A decade, as its first year: 1960 for '1960'erne', 'the 1960s', 'the sixties' (kind 'year', no `year`). */
  decade?: number;
  /** A century, by its ordinal: 19 for '1800-tallet', 'det 19. århundrede', 'the 19th century' (kind 'year'). */
  century?: number;
}

export type NumberKind = 'cardinal' | 'ordinal' | 'percent' | 'fraction' | 'decimal';

export interface NumberFacet extends Span {
  value: number;
  kind: NumberKind;
  /** The unit or counted noun as written, when one follows the number. */
  unit?: string;
  /** The unit of measurement the number is given in, when the language pack knows it ('295 kg', '2 to 4 inches'). */
  measure?: NumberMeasure;
}

/** A unit of measurement as the facet stage reads it: comparable across languages through its dimension. */
export interface NumberMeasure {
  /** The unit as written, in lower case: 'kg', 'miles per hour'. */
  unit: string;
  /** 'length', 'mass', 'speed', 'temperature', … */
  dimension: string;
  /**
   * How many of the dimension's base unit one unit is (metres, kilograms, watts, bits per second, …); for a
   * temperature on a known scale (°C, °F) the kelvins per degree; absent when the scale is left open ('degrees').
   */
  factor?: number;
  /** Added after the factor to reach the base unit: a temperature scale's zero in kelvin (°C: 273.15). */
  offset?: number;
}

export type EntityType = 'person' | 'place' | 'organisation' | 'name';

export interface EntityFacet extends Span {
  type: EntityType;
  /** Language-independent key: 'vienna' for Wien/Vienna, 'sergei lavrov' for Sergej/Sergei Lavrov. */
  key: string;
  /**
   * Set where the language writes the genitive as a bare s glued to the name and the name's last word ends in one
   * ('Ovie Ejarias tamme skud'): the name may be 'Ejaria'.
   */
  genitiveS?: true;
}

export interface RoleFacet extends Span {
  /** Language-independent key such as 'foreign-minister'. */
  key: string;
  /**
   * Entity key of the person the role describes, when the claim names them beside it ('Ruslands
   * udenrigsminister, Sergej Lavrov', 'Lavrov, the foreign minister'): 'sergei lavrov'.
   */
  person?: string;
}

/** An idiom that holds a negating word yet does not negate: 'not only', with its 'not'. */
export interface NegatingIdiom extends Span {
  negator: Span;
}

export interface Facets {
  times: TimeFacet[];
  numbers: NumberFacet[];
  entities: EntityFacet[];
  roles: RoleFacet[];
  negated: boolean;
  /** Every negating word of the claim ('not', 'ikke', "didn't"), idioms ('not only') left out; absent when none. */
  negators?: Span[];
  /**
   * Idioms that hold a negating word yet do not negate ('ikke sandt', 'not only'), each with that word; the other
   * language may render one word for word with a plain negator ('is not true'). Absent when none.
   */
  negatingIdioms?: NegatingIdiom[];
  /**
   * Words and phrases that negate by meaning ('without', 'declined', 'unclear', 'uden', 'afviste'), which a
   * translator may use for the other language's negator; absent when none.
   */
  implicitNegators?: Span[];
  /** Verbs of saying and 'according to' phrases ('said', 'siger', 'ifølge'); absent when none. */
  sayings?: Span[];
  /**
   * Quotations that open in this claim, as the quoted words (they may run on into the next claims of the same
   * sentence); absent when none.
   */
  quotes?: Span[];
}

export interface Attribution {
  /** Who says it: a person, a role or an organisation. */
  speaker?: Credit;
  /** The agency or outlet it is credited to (Reuters, Interfax, "russiske nyhedsbureauer", …). */
  via?: Credit[];
}

/** A speaker or an outlet as written, with the names it holds. */
export interface Credit extends Span {
  /**
   * The name the credit holds: the last person or organisation in it ('Ruslands udenrigsminister Sergej Lavrov'),
   * a place only when there is nothing else; read in the credit's own words when it stands outside the claim.
   */
  entity?: EntityFacet;
  /** Two or more names the credit joins with commas and conjunctions ('Kina og Rusland'): all of them say it. */
  members?: EntityFacet[];
}

export interface Claim {
  /** 'L1', 'L2', … on the left; 'R1', … on the right. */
  id: string;
  /** The claim as it reads in the article. */
  text: string;
  start: number;
  end: number;
  /** Index of the sentence it came from. */
  sentence: number;
  attribution?: Attribution;
  facets: Facets;
  /** True for a headline (a first line without closing punctuation). */
  headline?: boolean;
}

export interface AnalysedArticle {
  lang: string;
  claims: Claim[];
  published?: string;
  source?: string;
  /** Present only when there is one: the article was marked with a language it clearly does not read as. */
  warnings?: Warning[];
}

/** Something the caller should check; the analysis went ahead. */
export interface Warning {
  /**
   * WARN_LANGUAGE_MISMATCH: the text clearly reads as another language than the one it was marked with.
   * WARN_MODEL_LANGUAGE: the article's language is not among those a multilingual embedding model lists, so its
   * claims may be paired poorly (compare() only).
   * WARN_IDS_RENUMBERED: two analysed articles shared claim ids, so compare() numbered both sides afresh
   * (L1…, R1…); the report names claims by the new ids.
   */
  code: 'WARN_LANGUAGE_MISMATCH' | 'WARN_MODEL_LANGUAGE' | 'WARN_IDS_RENUMBERED';
  /** Which article, when the warning came from compare() and concerns one of them. */
  side?: 'left' | 'right';
  /** One plain sentence naming both languages. */
  message: string;
}

export interface Alignment {
  left: string[];
  right: string[];
  score: number;
  /**
   * The group's words aligned across the sides: which word renders which, and which have no counterpart. Present
   * when word alignment ran (the default); the claims include the clauses of the same sentences nothing else
   * aligned.
   */
  words?: AlignmentWords;
}

/** A word's place in its article: UTF-16 offsets [start, end). */
export type WordPlace = [number, number];

export interface AlignmentWords {
  /** Words that render each other, with their similarity (0–1: the larger of meaning and spelling). */
  pairs: Array<{ left: WordPlace; right: WordPlace; score: number }>;
  /** Words with no counterpart on the other side. */
  unmatched: { left: WordPlace[]; right: WordPlace[] };
}

export type DiscrepancyKind =
  | 'date'
  | 'time'
  | 'number'
  | 'entity'
  | 'attribution'
  | 'role'
  | 'negation'
  | 'quote'
  | 'meaning';

export interface DiscrepancySide {
  claim: string;
  text: string;
  start: number;
  end: number;
  value?: unknown;
}

export interface Discrepancy {
  kind: DiscrepancyKind;
  left: DiscrepancySide;
  right: DiscrepancySide;
  /**
   * Set when only one side gives the facet (a date, a speaker): 'left' means the left article leaves it out, and
   * its side then spans the whole claim that lacks it. Absent when both sides give a value and they differ.
   */
  missing?: 'left' | 'right';
  /** 0..1: how likely the finding is real, calibrated on development data (of findings at 0.8, about 8 in 10 are real). */
  confidence: number;
  /** One plain sentence a journalist understands. */
  message: string;
}

export interface Report {
  left: AnalysedArticle;
  right: AnalysedArticle;
  alignments: Alignment[];
  discrepancies: Discrepancy[];
  unmatched: { left: string[]; right: string[] };
  meta: { embedder: string; version: string; timings?: Record<string, number> };
  /** Present only when there is one: both articles' warnings, left first, then the embedding model's. */
  warnings?: Warning[];
}
