// chrono refiners for a pack without a chrono base: drop overlaps, join a weekday to its date and a day to its clock time.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { daysInMonth } from './calendar';
import { anyOf } from './parsers';

export function buildRefiners(clockJoiners: string[]): Refiner[] {
  return [removeOverlaps, mergeWeekdayIntoDate, mergeClockIntoDay(clockJoiners), removeOverlaps];
}

/**
 * Runs first in a base chrono: drops its own offsets ("in the day", "for a second", "125m, three years ago") and
 * results that fix nothing ("in the afternoon"). They are vague or count from another event; the pack's relative
 * phrases and durations cover the useful ones, and removing these early keeps them from swallowing the pack's.
 */
export const dropBaseOffsets: Refiner = {
  refine: (_ctx, results) =>
    results.filter((r) => {
      const tags = [...r.tags()];
      if (tags.some((t) => t.startsWith('claimdiff/'))) return true;
      if (tags.includes('result/relativeDate')) return false;
      const fixes = ['year', 'month', 'day', 'weekday', 'hour'] as const;
      return fixes.some((c) => r.start.isCertain(c));
    }),
};

/** "30th February": a base parser's day the month lacks is dropped, and the month it names stays. */
export const dropImpossibleDays: Refiner = {
  refine: (_ctx, results) => {
    for (const r of results) {
      const c = r.start;
      if (!c.isCertain('day') || !c.isCertain('month')) continue;
      const year = c.isCertain('year') ? (c.get('year') ?? 2000) : 2000; // a leap year: 29 February stands
      if ((c.get('day') ?? 0) <= daysInMonth(year, c.get('month') ?? 1)) continue;
      c.delete(['day', 'weekday']);
      c.imply('day', 1); // implied only: chrono's later filters want a valid date
    }
    return results;
  },
};

/** Of overlapping results the longer stays; on a tie the earlier parser's (the pack's order) stays. */
export const removeOverlaps: Refiner = {
  refine(_ctx, results) {
    const kept: ParsingResult[] = [];
    for (const r of results) {
      const last = kept[kept.length - 1];
      if (!last || r.index >= last.index + last.text.length) kept.push(r);
      else if (r.text.length > last.text.length) kept[kept.length - 1] = r;
    }
    return kept;
  },
};

/** "fredag den 8. december": a weekday right before a date becomes part of it. */
const mergeWeekdayIntoDate: Refiner = {
  refine: (ctx, results) =>
    mergeNeighbours(ctx, results, (between, a, b) => {
      if (!/^\s*,?\s*$/.test(between)) return null;
      if (!isOnly(a, ['weekday']) || !b.start.isCertain('day') || b.start.isCertain('weekday')) return null;
      if (b.start.tags().has('result/relativeDate')) return null; // "torsdag for to uger siden" is not one day
      const merged = b.clone();
      merged.start.assign('weekday', a.start.get('weekday') ?? 0);
      merged.start.addTags(b.start.tags());
      return merged;
    }),
};

/** "torsdag kl. 14.30", "kl. 15 onsdag", "i går omkring kl. 9": a day and a clock time side by side are one. */
function mergeClockIntoDay(joiners: string[]): Refiner {
  const allowed = new RegExp(`^\\s*(?:,|${anyOf(joiners)})?\\s*$`, 'iu');
  const isDay = (r: ParsingResult) =>
    !r.start.isCertain('hour') && (r.start.isCertain('day') || r.start.isCertain('weekday'));
  const isClock = (r: ParsingResult) =>
    r.start.isCertain('hour') && !r.start.isCertain('day') && !r.start.isCertain('weekday');
  return {
    refine: (ctx, results) =>
      mergeNeighbours(ctx, results, (between, a, b) => {
        const [day, clock] = isDay(a) && isClock(b) ? [a, b] : isClock(a) && isDay(b) ? [b, a] : [];
        if (!day || !clock || !allowed.test(between)) return null;
        const merged = day.clone();
        merged.start.assign('hour', clock.start.get('hour') ?? 0);
        merged.start.assign('minute', clock.start.get('minute') ?? 0);
        merged.start.addTags(day.start.tags());
        return merged;
      }),
  };
}

type Merge = (between: string, a: ParsingResult, b: ParsingResult) => ParsingResult | null;

function mergeNeighbours(ctx: ParsingContext, results: ParsingResult[], merge: Merge): ParsingResult[] {
  const out: ParsingResult[] = [];
  for (const r of results) {
    const last = out[out.length - 1];
    const lastEnd = last ? last.index + last.text.length : 0;
    const merged = last && r.index >= lastEnd ? merge(ctx.text.slice(lastEnd, r.index), last, r) : null;
    if (!merged) {
      out.push(r);
      continue;
    }
    merged.index = last.index;
    merged.text = ctx.text.slice(last.index, r.index + r.text.length);
    out[out.length - 1] = merged;
  }
  return out;
}

function isOnly(r: ParsingResult, components: string[]): boolean {
  const all = ['year', 'month', 'day', 'weekday', 'hour', 'minute'] as const;
  return all.every((c) => r.start.isCertain(c) === components.includes(c));
}
