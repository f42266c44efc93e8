// Calendar arithmetic on plain year-month-day values, in UTC so the machine's time zone never shifts a day.
import type { TimeUnit, WeekdayShift } from './rules';

export interface Ymd {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;

/** Reads 'YYYY-MM-DD' (a time part after it is ignored); undefined for anything else or an impossible date. */
export function parseIsoDate(value: unknown): Ymd | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})(?![\d])/.exec(value);
  if (!m) return undefined;
  const ymd = { year: +m[1], month: +m[2], day: +m[3] };
  return isValidYmd(ymd) ? ymd : undefined;
}

export function formatIsoDate({ year, month, day }: Ymd): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isValidYmd({ year, month, day }: Ymd): boolean {
  if (![year, month, day].every(Number.isInteger) || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(ymd: Ymd): number {
  return toDate(ymd).getUTCDay();
}

export function addDays(ymd: Ymd, days: number): Ymd {
  return fromDate(new Date(toDate(ymd).getTime() + days * DAY_MS));
}

/** Moves by whole calendar units; a month step keeps the day where it can (31 March − 1 month → 28/29 February). */
export function addUnits(ymd: Ymd, unit: TimeUnit, count: number): Ymd {
  if (unit === 'day') return addDays(ymd, count);
  if (unit === 'week') return addDays(ymd, 7 * count);
  if (unit === 'hour' || unit === 'minute') return addDays(ymd, Math.floor(count / (unit === 'hour' ? 24 : 1440)));
  const months = unit === 'year' ? 12 * count : count;
  const index = ymd.year * 12 + (ymd.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(ymd.day, daysInMonth(year, month)) };
}

/** The calendar day a weekday phrase means, given the publication date (see WeekdayShift). */
export function resolveWeekday(weekday: number, shift: WeekdayShift, published: Ymd): Ymd {
  const today = weekdayOf(published);
  const back = (today - weekday + 7) % 7;
  const ahead = (weekday - today + 7) % 7;
  switch (shift) {
    case 'before':
      return addDays(published, -(back || 7));
    case 'after':
      return addDays(published, ahead || 7);
    case 'previous-week':
    case 'this-week':
    case 'next-week': {
      // Weeks run Monday to Sunday (ISO 8601, as in Danish and British usage).
      const monday = addDays(published, -((today + 6) % 7));
      const week = shift === 'previous-week' ? -7 : shift === 'next-week' ? 7 : 0;
      return addDays(monday, week + ((weekday + 6) % 7));
    }
    default:
      return addDays(published, -back);
  }
}

/** The year that puts a day-month nearest the publication date ("January 3" in late December is next year's). */
export function nearestYear(month: number, day: number, published: Ymd): number {
  const target = toDate(published).getTime();
  let best = published.year;
  let bestDistance = Infinity;
  for (const year of [published.year - 1, published.year, published.year + 1]) {
    const candidate = { year, month, day };
    if (!isValidYmd(candidate)) continue;
    const distance = Math.abs(toDate(candidate).getTime() - target);
    if (distance < bestDistance) [best, bestDistance] = [year, distance];
  }
  return best;
}

export function daysPerUnit(unit: TimeUnit): number {
  // Twelve months make a year, so that "seks måneder" and "et halvt år" are the same length.
  return { minute: 1 / 1440, hour: 1 / 24, day: 1, week: 7, month: 365 / 12, year: 365 }[unit];
}

/**
 * A length of time in days, to a millionth of a day (under a tenth of a second): fine enough that one minute and two
 * differ (to a thousandth of a day, both were 0.001).
 */
export function inDays(count: number, unit: TimeUnit): number {
  return Math.round(count * daysPerUnit(unit) * 1e6) / 1e6;
}

function toDate({ year, month, day }: Ymd): Date {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year); // Date.UTC maps years 0–99 to 1900–1999
  return date;
}

function fromDate(date: Date): Ymd {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
