// Whether two role keys can name the same office in a translation.

/** Offices that translations render by one another: a Danish 'direktør' is often the English 'chief executive'. */
const INTERCHANGEABLE = [
  ['director', 'chief-executive'],
  ['spokesperson', 'press-secretary'],
];

/** The word for anyone at the head of anything ('leder', 'head of'): it may stand for any office. */
export const GENERIC_ROLE = 'leader';
/** roleFit() of the generic role with any other office. */
export const GENERIC_FIT = 4;

/** General words that stand for any of their specific offices: 'minister' for 'foreign-minister'. */
const GENERAL = ['minister', 'adviser'];

/**
 * How well two role keys fit, best first: the same office (1), offices translations render by one another (2), a
 * general word for a specific office (3), the generic role for any office (GENERIC_FIT); 0 when they cannot be the
 * same office.
 */
export function roleFit(a: string, b: string): number {
  if (a === b) return 1;
  if (INTERCHANGEABLE.some((keys) => keys.includes(a) && keys.includes(b))) return 2;
  const general = (g: string, k: string) => GENERAL.includes(g) && k.endsWith(`-${g}`);
  if (general(a, b) || general(b, a)) return 3;
  return a === GENERIC_ROLE || b === GENERIC_ROLE ? GENERIC_FIT : 0;
}
