// Articles handed to compare() already analysed: checked like text inputs, and numbered so the sides never mix.
import { ClaimdiffInputError } from './errors';
import type { AnalysedArticle, Claim, Warning } from './types';

const FACET_LISTS = ['times', 'numbers', 'entities', 'roles'] as const;

/**
 * Checks an analysed article (from analyze(), perhaps through JSON) before the pipeline reads it: a typed error
 * naming the field, never a TypeError further on. `side` names the article in messages ('left', 'right').
 */
export function checkAnalysed(article: AnalysedArticle, side: string): AnalysedArticle {
  const field = (path: string, what: string) =>
    new ClaimdiffInputError(`The ${side} article's ${path} ${what}; pass the article as analyze() returns it.`);
  if (typeof article.lang !== 'string' || !article.lang) throw field('"lang"', 'must be a language code');
  article.claims.forEach((claim: Claim | null | undefined, k) => {
    const at = `claims[${k}]`;
    if (!claim || typeof claim !== 'object') throw field(at, 'is not a claim');
    if (typeof claim.id !== 'string' || !claim.id) throw field(`${at}.id`, 'must be a non-empty string');
    if (typeof claim.text !== 'string') throw field(`${at}.text`, 'must be a string');
    for (const key of ['start', 'end', 'sentence'] as const) {
      if (!Number.isInteger(claim[key]) || claim[key] < 0) throw field(`${at}.${key}`, 'must be a whole number of 0 or more');
    }
    if (claim.end < claim.start) throw field(`${at}.end`, 'must not be before its start');
    const facets = claim.facets;
    if (!facets || typeof facets !== 'object') throw field(`${at}.facets`, 'must be an object');
    for (const key of FACET_LISTS) if (!Array.isArray(facets[key])) throw field(`${at}.facets.${key}`, 'must be an array');
    if (typeof facets.negated !== 'boolean') throw field(`${at}.facets.negated`, 'must be true or false');
  });
  return article;
}

/**
 * The two articles with claim ids that cannot collide. The ids are kept when each is unique across both sides;
 * otherwise (both analysed with the same prefix, say) both sides are numbered afresh, L1… and R1…, and a warning
 * says so, for the report then names claims by the new ids.
 */
export function separateIds(
  left: AnalysedArticle,
  right: AnalysedArticle,
): { left: AnalysedArticle; right: AnalysedArticle; warnings: Warning[] } {
  const ids = new Set<string>();
  let clash = false;
  for (const claim of [...left.claims, ...right.claims]) {
    if (ids.has(claim.id)) clash = true;
    ids.add(claim.id);
  }
  if (!clash) return { left, right, warnings: [] };
  const renumber = (article: AnalysedArticle, prefix: string) => ({
    ...article,
    claims: article.claims.map((claim, k) => ({ ...claim, id: `${prefix}${k + 1}` })),
  });
  return {
    left: renumber(left, 'L'),
    right: renumber(right, 'R'),
    warnings: [
      {
        code: 'WARN_IDS_RENUMBERED',
        message: 'The two analysed articles share claim ids, so their claims are numbered afresh: L1… on the left, R1… on the right.',
      },
    ],
  };
}
