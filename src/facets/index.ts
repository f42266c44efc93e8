// The facets of one claim: every kind of fact that can be compared across languages.
import type { Facets, NumberFacet, NumberMeasure, Span } from '../types';
import type { CreditRules } from './credits';
import type { NameRules } from './names/rules';
import type { NegationRules } from './negation/rules';
import type { NumberRules } from './numbers/rules';
import type { SayingRules } from './sayings';
import type { TimeRules } from './time/rules';
import { findTimes } from './time';
import { findNumbers } from './numbers';
import { findEntities } from './names';
import { withGenitiveS } from './names/genitives';
import { tokenize } from '../keys/words';
import { readSpan } from './span-text';
import { findRoles } from './roles';
import { findRoleSpans } from './roles/spans';
import { isNegated } from './negation';
import { findImplicitNegators, findNegatingWords } from './negation/cues';
import { measureAfter } from './numbers/measure';
import { isBareYear, yearFacet } from './numbers/years';
import { findSayings } from './sayings';
import { overlaps } from '../keys/spans';

/** What the facet stage reads of a language pack: its rule sections (a LanguagePack is one). */
export interface FacetRules {
  time: TimeRules;
  numbers: NumberRules;
  names: NameRules;
  negation: NegationRules;
  text: SayingRules & CreditRules;
}

export interface ArticleContext {
  /** The article's publication date (YYYY-MM-DD): relative times resolve against it. */
  published?: string;
  /** Capitalised common words the article writes as names inside its sentences (namesInside()). */
  names?: ReadonlySet<string>;
}

/**
 * The facets of one claim. `tokens` is the claim's cut into words (keys/words.ts), when the caller keeps it; every
 * stage that reads words reads it (numbers and times read the text their own way).
 */
export function extractFacets(
  claim: Span,
  pack: FacetRules,
  article: ArticleContext = {},
  tokens = tokenize(readSpan(claim).text),
): Facets {
  const { published } = article;
  const times = findTimes(claim, pack.time, published);
  // A number inside a date or duration ("7. december", "fem dage") belongs to the time facet only.
  const found = findNumbers(claim, pack.numbers).filter((n) => !times.some((t) => overlaps(t, n)));
  // A bare '2018' is a year: a time facet, read with the other times.
  const years = found.filter((n) => isBareYear(claim, n, pack.numbers));
  const numbers = found.filter((n) => !years.includes(n)).map((n) => withMeasure(n, measureAfter(claim, n, pack.numbers)));
  const roleSpans = findRoleSpans(claim, pack.names, tokens);
  const names = findEntities(claim, pack.names, article.names, tokens, roleSpans);
  const roles = findRoles(claim, pack.names, names, roleSpans);
  // A capitalised weekday or month ("Thursday", "December") is a time, not a name.
  const entities = names.filter((e) => !times.some((t) => contains(t, e))).map((e) => withGenitiveS(e, pack.names));
  const negating = findNegatingWords(claim, pack.negation, tokens);
  return {
    times: years.length ? [...times, ...years.map(yearFacet)].sort((a, b) => a.start - b.start) : times,
    numbers,
    entities,
    roles,
    negated: isNegated(claim, pack.negation, tokens),
    ...nonEmpty('negators', negating.negators),
    ...nonEmpty('negatingIdioms', negating.idioms),
    ...nonEmpty('implicitNegators', findImplicitNegators(claim, pack.negation, pack.names, tokens)),
    ...nonEmpty('sayings', findSayings(claim, pack.text, tokens)),
  };
}

function withMeasure(n: NumberFacet, measure: NumberMeasure | undefined): NumberFacet {
  return measure ? { ...n, measure } : n;
}

/** Optional facets stay out of the JSON when the claim has none. */
function nonEmpty<K extends string, T extends Span>(key: K, spans: T[]): { [P in K]?: T[] } {
  return (spans.length ? { [key]: spans } : {}) as { [P in K]?: T[] };
}

function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
