// The facets of one claim: every kind of fact that can be compared across languages.
import type { LanguagePack } from '../lang/types';
import type { Facets, Span } from '../types';
import { findTimes } from './time';
import { findNumbers } from './numbers';
import { findEntities } from './names';
import { findRoles } from './roles';
import { isNegated } from './negation';
import { overlaps } from '../keys/spans';

export interface ArticleContext {
  /** The article's publication date (YYYY-MM-DD): relative times resolve against it. */
  published?: string;
  /** Capitalised common words the article writes as names inside its sentences (namesInside()). */
  names?: ReadonlySet<string>;
}

export function extractFacets(claim: Span, pack: LanguagePack, article: ArticleContext = {}): Facets {
  const { published } = article;
  const times = findTimes(claim, pack.time, published);
  // A number inside a date or duration ("7. december", "fem dage") belongs to the time facet only.
  const numbers = findNumbers(claim, pack.numbers).filter((n) => !times.some((t) => overlaps(t, n)));
  const names = findEntities(claim, pack.names, article.names);
  const roles = findRoles(claim, pack.names, names);
  // A capitalised weekday or month ("Thursday", "December") is a time, not a name.
  const entities = names.filter((e) => !times.some((t) => contains(t, e)));
  return { times, numbers, entities, roles, negated: isNegated(claim, pack.negation) };
}

function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
