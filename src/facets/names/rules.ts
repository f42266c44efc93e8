// What a language pack tells the entities and roles stages (src/facets/names/, src/facets/roles/).
import type { EntityType } from '../../types';

/** A known name in this language with its cross-language key. */
export interface NameEntry {
  /** Names as written ('Wien', 'FN', 'Det Hvide Hus'); all-capital names match only in capitals. */
  names: string[];
  /** Language-independent key: the English name in lowercase ('vienna', 'united nations'). */
  key?: string;
  /** ISO 3166 region code instead of a key: the key is the country's English CLDR name ('US' → 'united states'). */
  region?: string;
  type: EntityType;
}

/** A role or title with its cross-language key. */
export interface RoleEntry {
  /** Base forms, lowercase, one or more words ('udenrigsminister', 'secretary of state'). */
  names: string[];
  /** Language-independent key: 'foreign-minister'. */
  key: string;
  /** Words after which the role word is a verb, not a role (Danish 'leder efter' = looks for). */
  notBefore?: string[];
  /** Words before which the role word is a verb: a subject or relative pronoun ('der leder', 'som leder'). */
  notAfter?: string[];
}

/** Table builders for language packs: a place, a country by its ISO region code, an organisation, a role. */
export const place = (key: string, ...names: string[]): NameEntry => ({ key, names, type: 'place' });
export const country = (region: string, ...names: string[]): NameEntry => ({ region, names, type: 'place' });
export const org = (key: string, ...names: string[]): NameEntry => ({ key, names, type: 'organisation' });
export const role = (key: string, ...names: string[]): RoleEntry => ({ key, names });

export interface NameRules {
  /** Locale of the CLDR region names (Intl.DisplayNames) that name countries in this language: 'da', 'en'. */
  locale: string;
  /** Frequent lowercase words: one of them capitalised at a sentence start is a common word, not a name. */
  commonWords: ReadonlySet<string>;
  /** Endings stripped from a sentence-initial word before the common-word test ('styret' → 'styre'). */
  inflections: string[];
  /**
   * Repairs tried on a stem after an ending is cut, as [pattern, replacement]: a doubled consonant undone
   * ('albummet' → 'albumm' → 'album'), a lost e put back ('doubling' → 'doubl' → 'double').
   */
  stemRepairs?: Array<[RegExp, string]>;
  /** Endings of derived common words that names (almost) never carry: Danish '-ningen', '-elserne'. */
  derivedEndings?: RegExp;
  /** Given names ('Mads', 'Charles'): a name ending in s that is not a bare genitive before another name. */
  givenNames?: ReadonlySet<string>;
  /** Demonyms that are also surnames ('English', 'French'): after an unknown capitalised word they end its name. */
  demonymSurnames?: string[];
  /**
   * Words for a country's or region's people and things ('russisk', 'Russian') with the place's key: an entity
   * of type place, so 'russiske' and 'Russia' or 'amerikanske' and 'U.S.' compare. Names written in lowercase
   * are matched in lowercase too, with `lowercaseEndings`.
   */
  demonyms?: NameEntry[];
  /** Endings a name written in lowercase may carry (Danish 'russisk' + 'e', 'amerikaner' + 'ne'). */
  lowercaseEndings?: string[];
  /** Surname endings: a short word with one is not stemmed ('Hansen' is not 'hans' + 'en'). */
  surnameEndings: string[];
  /** Lowercase particles inside a person's name: 'de', 'van', 'von', 'bin'. */
  nameParticles: string[];
  /** Words heading an organisation's name ('Ministry', 'Organisationen'); after one, connectors may join its parts. */
  organisationHeads: string[];
  /** Lowercase words joining the parts of an organisation's name: 'of', 'for'; 'and'/'og' only after one of these. */
  organisationConnectors: string[];
  /** Connectors that join only after another connector ('Organization for Security and Co-operation'). */
  organisationAnds: string[];
  /** Endings after an apostrophe cut from a name: possessives ("'s", "'"), Danish acronym endings ("'erne"). */
  possessives: string[];
  /** True when the language marks the genitive with a bare -s (Danish 'Nordkoreas'); stripped from known names. */
  bareGenitiveS: boolean;
  /** Nouns that follow a bare genitive ('Trumps regering'): before one, an unknown name ending in s loses the s. */
  genitiveNouns?: ReadonlySet<string>;
  /** Words before a name that make it a person ('hr.', 'Mr', 'Dr'); roles do too. */
  personTitles: string[];
  /** Prepositions after which an unknown name is taken as a place ('i', 'in'). */
  placePrepositions: string[];
  /** Words that are no name standing alone, only inside one: compass points ('the North', 'Southwest'). */
  aloneNotNames?: string[];
  /** Capitalised words or phrases that are not names here (English demonyms: 'Russian', 'North Korean'). */
  notNames: string[];
  /**
   * Hand-written names: exonyms, organisations, aliases (they win over generated tables). A name written in
   * lowercase ('højesteret', 'brexit') is matched in lowercase text too.
   */
  known: NameEntry[];
  /** Generated names (data/gazetteer-da-en.json), used after `known` and the CLDR region names. */
  gazetteer?: NameEntry[];
  /** Spelling rules applied to a name's key before the shared folding (Danish transliteration 'tj' → 'ch'). */
  keySpellings: Array<[RegExp, string]>;
  /** Roles and titles. */
  roles: RoleEntry[];
  /**
   * Lowercase words that may stand between a name, its comma and its role ('Lavrov, the former foreign
   * minister'): articles and tense adjectives. Names and demonyms may stand there too.
   */
  appositionWords: string[];
  /** Endings a role's last word may carry: Danish 'en', 'ens', 'erne'; English 's'. */
  roleEndings: string[];
  /**
   * True when the language writes closed compounds (Danish 'klimaminister', 'politiassistent'): a known role
   * may end a longer word, and a sentence-initial word made of two common words is a common word.
   */
  compounds: boolean;
  /**
   * Points of the compass a closed compound may put before a place's name (Danish 'nord' in 'Nordsyrien',
   * 'øst' in 'Østukraine'): such a word names the place, as 'northern Syria' does. Lowercase; empty when the
   * language writes them apart.
   */
  compassPrefixes: string[];
}
