// Decades and centuries: '1960'erne' / 'the 1960s', '1800-tallet' / 'the 19th century'. They name a span of
// years, not a year, so they carry `decade` (its first year) or `century` (its ordinal) instead of `year`.
// Two-digit decades ('60'erne', "the '60s") are taken as the 1900s.
import type { TimeFacet } from '../../types';
import type { PeriodRules } from './rules';
import { anyOf } from './parsers';

type Period = Pick<TimeFacet, 'text' | 'start' | 'end' | 'decade' | 'century'>;

const patterns = new WeakMap<PeriodRules, RegExp>();

/**
 * One pattern with a named group per form; every part is a bounded run of digits or a fixed list of words, so a
 * match costs time linear in the text.
 */
function patternFor(rules: PeriodRules): RegExp {
  let re = patterns.get(rules);
  if (!re) {
    const endings = anyOf(rules.decadeEndings);
    const marks = rules.shortDecadeMarks.length ? `(?:${anyOf(rules.shortDecadeMarks)})` : '';
    const leads = rules.decadeWordLeads.length ? `(?:${anyOf(rules.decadeWordLeads)})\\s+` : '';
    const centuryWords = anyOf(rules.centuryWords);
    const forms = [
      `(?<long>(?:1[0-9]|20)[0-9]0)${endings}`,
      `${marks}(?<short>[0-9]0)${rules.decadeEndings.length ? endings : '(?!)'}`,
      `${leads}(?<word>${anyOf(Object.keys(rules.decadeWords))})`,
      `(?<hundreds>[1-9][0-9]?)00${rules.hundredsEndings.length ? anyOf(rules.hundredsEndings) : '(?!)'}`,
      `(?:(?<digits>[1-9][0-9]?)${rules.ordinalSuffix}|(?<ordinal>${anyOf(Object.keys(rules.ordinals))}))(?:\\s+|-)${centuryWords}`,
    ];
    re = new RegExp(`(?<![\\p{L}\\p{N}'’])(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    patterns.set(rules, re);
  }
  return re;
}

/** The decades and centuries of a claim's text, with offsets from `offset`. */
export function findPeriods(text: string, rules: PeriodRules | undefined, offset = 0): TimeFacet[] {
  if (!rules || !text) return [];
  const out: TimeFacet[] = [];
  for (const m of text.matchAll(patternFor(rules))) {
    const g = m.groups ?? {};
    const period: Partial<Period> = {};
    if (g.long) period.decade = Number(g.long);
    else if (g.short) period.decade = 1900 + Number(g.short);
    else if (g.word) period.decade = 1900 + (rules.decadeWords[g.word.toLowerCase()] ?? NaN);
    else if (g.hundreds) period.century = Number(g.hundreds) + 1;
    else if (g.digits) period.century = Number(g.digits);
    else if (g.ordinal) period.century = rules.ordinals[g.ordinal.toLowerCase()];
    const value = period.decade ?? period.century;
    if (value === undefined || !Number.isFinite(value) || value <= 0) continue;
    const start = offset + m.index!;
    out.push({ text: m[0], start, end: start + m[0].length, kind: 'year', ...period });
  }
  return out;
}
