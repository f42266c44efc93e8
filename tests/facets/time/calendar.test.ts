import { afterEach, describe, expect, it } from 'vitest';
import {
  addUnits,
  nearestYear,
  parseIsoDate,
  resolveWeekday,
  weekdayOf,
  type Ymd,
} from '../../../src/facets/time/calendar';
import type { WeekdayShift } from '../../../src/facets/time/rules';
import { findTimes } from '../../../src/facets/time';
import { time as da } from '../../../src/lang/da/time';
import { time as en } from '../../../src/lang/en/time';

const ymd = (iso: string): Ymd => parseIsoDate(iso)!;
const iso = ({ year, month, day }: Ymd) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

describe('resolveWeekday', () => {
  // Published Thursday 2017-12-07; its Monday-to-Sunday week is 4–10 December.
  const cases: [number, WeekdayShift, string, string][] = [
    [4, 'recent', '2017-12-07', 'the day itself counts'],
    [5, 'recent', '2017-12-01', 'a later weekday is last week’s'],
    [1, 'recent', '2017-12-04', ''],
    [4, 'before', '2017-11-30', 'strictly before'],
    [3, 'before', '2017-12-06', ''],
    [4, 'after', '2017-12-14', 'strictly after'],
    [5, 'after', '2017-12-08', ''],
    [5, 'previous-week', '2017-12-01', ''],
    [0, 'previous-week', '2017-12-03', 'Sunday ends the previous week'],
    [1, 'previous-week', '2017-11-27', ''],
    [5, 'this-week', '2017-12-08', ''],
    [0, 'this-week', '2017-12-10', ''],
    [5, 'next-week', '2017-12-15', ''],
    [1, 'next-week', '2017-12-11', ''],
  ];
  it.each(cases)('weekday %i, %s → %s %s', (weekday, shift, expected) => {
    const day = resolveWeekday(weekday, shift, ymd('2017-12-07'));
    expect(iso(day)).toBe(expected);
    expect(weekdayOf(day)).toBe(weekday);
  });

  it('works across a year boundary', () => {
    expect(iso(resolveWeekday(5, 'previous-week', ymd('2018-01-02')))).toBe('2017-12-29');
    expect(iso(resolveWeekday(1, 'next-week', ymd('2017-12-31')))).toBe('2018-01-01');
  });
});

describe('calendar helpers', () => {
  it.each([
    ['2017-12-07', { year: 2017, month: 12, day: 7 }],
    ['2017-12-07T23:59:00+01:00', { year: 2017, month: 12, day: 7 }],
    ['2016-02-29', { year: 2016, month: 2, day: 29 }],
    ['2017-02-29', undefined],
    ['2017-13-01', undefined],
    ['07-12-2017', undefined],
    ['', undefined],
  ])('parseIsoDate(%s)', (input, expected) => expect(parseIsoDate(input)).toEqual(expected));

  it.each([
    [12, 31, '2018-01-02', 2017],
    [1, 3, '2017-12-30', 2018],
    [5, 5, '2017-04-20', 2017],
    [2, 29, '2017-12-07', 2016],
  ])('nearestYear(%i, %i, %s) = %i', (month, day, published, expected) =>
    expect(nearestYear(month, day, ymd(published))).toBe(expected));

  it.each([
    ['2017-03-31', 'month', -1, '2017-02-28'],
    ['2016-02-29', 'year', -1, '2015-02-28'],
    ['2017-12-07', 'week', -2, '2017-11-23'],
    ['2018-01-01', 'day', -1, '2017-12-31'],
  ] as const)('addUnits(%s, %s, %i) = %s', (from, unit, count, expected) =>
    expect(iso(addUnits(ymd(from), unit, count))).toBe(expected));
});

describe('time zone independence', () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });
  const probe = () => [
    ...findTimes({ text: 'i går, torsdag og forrige fredag', start: 0, end: 32 }, da, '2018-01-01'),
    ...findTimes({ text: "yesterday's talks on Thursday, two weeks ago", start: 0, end: 44 }, en, '2018-01-01'),
  ];
  it.each(['Pacific/Kiritimati', 'America/Adak', 'Asia/Kolkata'])('gives the UTC answers in %s', (zone) => {
    process.env.TZ = 'UTC';
    const reference = probe();
    expect(reference.map((f) => f.date)).toEqual([
      '2017-12-31', '2017-12-28', '2017-12-29', '2017-12-31', '2017-12-28', '2017-12-18',
    ]);
    process.env.TZ = zone;
    expect(new Date(Date.UTC(2018, 0, 1)).getTimezoneOffset()).not.toBe(0); // the zone really changed
    expect(probe()).toEqual(reference);
  });
});

describe('bad input never crashes', () => {
  const inputs = ['', '   ', '\u0000\uFFFF\uD800', '😀 torsdag 😀', 'x'.repeat(100_000), '1/'.repeat(20_000),
    'kl. '.repeat(10_000), 'i '.repeat(20_000) + '2017', 'den 99/99 og 31. februar og kl. 99.99'];
  it.each(inputs.map((text) => [text.slice(0, 30), text]))('%s', (_label, text) => {
    for (const rules of [da, en]) {
      for (const published of [undefined, '2017-12-07', 'not a date', '2017-02-30']) {
        const facets = findTimes({ text, start: 7, end: 7 + text.length }, rules, published);
        for (const f of facets) expect(text.slice(f.start - 7, f.end - 7)).toBe(f.text);
      }
    }
  });

  it('reads impossible dates and clock times as nothing but the month they name', () => {
    expect(findTimes({ text: 'den 99/99 og kl. 99.99', start: 0, end: 22 }, da)).toEqual([]);
    const text = 'den 31. februar';
    expect(findTimes({ text, start: 0, end: text.length }, da)).toEqual([
      { text: 'februar', start: 8, end: 15, kind: 'month', month: 2 },
    ]);
  });

  it('ignores a missing span or rules', () => {
    expect(findTimes(undefined as never, da)).toEqual([]);
    expect(findTimes({ text: null } as never, en)).toEqual([]);
    expect(findTimes({ text: 'torsdag', start: 0, end: 7 }, undefined as never)).toEqual([]);
  });

  it('reports no calendar date when the publication date is not a date', () => {
    const facets = findTimes({ text: 'i går og torsdag', start: 0, end: 16 }, da, '2017-02-30');
    expect(facets.map((f) => [f.kind, f.date])).toEqual([['relative', undefined], ['weekday', undefined]]);
  });
});
