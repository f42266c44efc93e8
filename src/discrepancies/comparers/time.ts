// Dates, weekdays, months, years, times of day and durations of aligned claims.
import type { Discrepancy, TimeFacet } from '../../types';
import { pairOneToOne } from './one-to-one';
import { collect, confidenceFor, side, type AlignedGroup, type Comparer, type Located } from '../group/context';
import type { Messages, TimeSlot } from '../messages/en';

type Slot = TimeSlot;

/**
 * Which slots a time facet fills: the day of an event, its month, its year, its time of day, or a length of time.
 * 'at 4 p.m. on Thursday' fills two: the day and the time of day.
 */
function slotsOf(t: TimeFacet): Slot[] {
  if (t.kind === 'duration') return t.days !== undefined ? ['length'] : [];
  // '15,000 years ago': the length back is what the text says; a date resolved from it adds nothing.
  if (t.ago !== undefined) return ['ago'];
  if (t.decade !== undefined || t.century !== undefined) return ['year'];
  const clock: Slot[] = t.time ? ['clock'] : [];
  if (t.kind === 'time') return clock;
  if (t.date || t.weekday !== undefined || t.day !== undefined) return ['day', ...clock];
  if (t.month !== undefined) return ['month', ...clock];
  if (t.year !== undefined) return ['year', ...clock];
  return clock;
}

/** Whether two facets of the same slot can name the same moment; unknown parts never disagree. */
function agree(a: TimeFacet, b: TimeFacet, slot: Slot): boolean {
  const differ = <K extends keyof TimeFacet>(k: K) => a[k] !== undefined && b[k] !== undefined && a[k] !== b[k];
  switch (slot) {
    case 'day':
      return !(differ('date') || differ('weekday') || differ('day') || differ('month') || differ('year'));
    case 'month':
      return !(differ('month') || differ('year'));
    case 'year':
      return overlap(yearsOf(a), yearsOf(b));
    case 'clock':
      return !differ('time') || halfDayApart(a, b);
    case 'length':
      return !differ('days');
    case 'ago':
      return !differ('ago');
  }
}

/** Two times of day twelve hours apart, one of them written without a.m. or p.m. ('1:30' / 'kl. 13:30'). */
function halfDayApart(a: TimeFacet, b: TimeFacet): boolean {
  if (!(a.twelveHour || b.twelveHour) || !a.time || !b.time) return false;
  const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  return Math.abs(minutes(a.time) - minutes(b.time)) % (12 * 60) === 0;
}

/**
 * The years a facet spans: a year, a decade (1960–1969) or a century ('1800-tallet' and 'the 19th century' are
 * both 1800–1899, as the phrases are used); undefined when it names none.
 */
function yearsOf(t: TimeFacet): [number, number] | undefined {
  if (t.year !== undefined) return [t.year, t.year];
  if (t.decade !== undefined) return [t.decade, t.decade + 9];
  if (t.century !== undefined) return [(t.century - 1) * 100, t.century * 100 - 1];
  return undefined;
}

/** Unknown spans never disagree. */
function overlap(a?: [number, number], b?: [number, number]): boolean {
  return !a || !b || (a[0] <= b[1] && b[0] <= a[1]);
}

const hasMonth = (x: Located<TimeFacet>) => x.facet.month !== undefined;
const hasYear = (x: Located<TimeFacet>) => x.facet.year !== undefined;

export const compareTimes: Comparer = (group: AlignedGroup, say: Messages) => {
  const left = collect(group.left, (c) => c.facets.times);
  const right = collect(group.right, (c) => c.facets.times);
  const found: Discrepancy[] = [];
  for (const slot of ['day', 'month', 'year', 'clock', 'length', 'ago'] as Slot[]) {
    let l = left.filter((x) => slotsOf(x.facet).includes(slot));
    let r = right.filter((x) => slotsOf(x.facet).includes(slot));
    // A month alone on one side meets the months of the other side's dates ("i juni" / "on 5 July").
    if (slot === 'month' && l.length > 0 && r.length === 0) r = right.filter(hasMonth);
    if (slot === 'month' && r.length > 0 && l.length === 0) l = left.filter(hasMonth);
    // So does a year alone ("i 2016" / "on 5 July 2015").
    if (slot === 'year' && l.length > 0 && r.length === 0) r = right.filter(hasYear);
    if (slot === 'year' && r.length > 0 && l.length === 0) l = left.filter(hasYear);
    if (l.length === 0 || r.length === 0) continue;
    // Each time answers one on the other side ('mandag og tirsdag' against 'Monday and Monday' leaves Tuesday
    // unanswered); a finding needs a time left over on both sides, as a time said on one side only is an omission.
    const [pairedLeft, pairedRight] = pairOneToOne(l, r, (a, b) => agree(a.facet, b.facet, slot));
    const openLeft = l.filter((_, i) => !pairedLeft.has(i));
    const openRight = r.filter((_, j) => !pairedRight.has(j));
    if (openLeft.length === 0 || openRight.length === 0) continue;
    found.push(finding(slot, openLeft[0], openRight[0], group, say));
  }
  return found;
};

function finding(slot: Slot, l: Located<TimeFacet>, r: Located<TimeFacet>, group: AlignedGroup, say: Messages): Discrepancy {
  // A length of time, back from now or not, is a number the text gives.
  const kind = slot === 'clock' ? 'time' : slot === 'length' || slot === 'ago' ? 'number' : 'date';
  const base = slot === 'day' || slot === 'clock' ? 0.85 : 0.75;
  return {
    kind,
    left: side(l, timeValue(l.facet)),
    right: side(r, timeValue(r.facet)),
    confidence: confidenceFor(group, base),
    message: say.time(slot, l.facet, r.facet),
  };
}

function timeValue(t: TimeFacet): Record<string, unknown> {
  const { kind, weekday, year, month, day, date, time, days, ago, decade, century } = t;
  return Object.fromEntries(
    Object.entries({ kind, weekday, year, month, day, date, time, days, ago, decade, century }).filter(
      ([, v]) => v !== undefined,
    ),
  );
}
