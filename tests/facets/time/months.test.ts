import { describe, expect, it } from 'vitest';
import { findTimes } from '../../../src/facets/time';
import type { TimeRules } from '../../../src/facets/time/rules';
import { time as da } from '../../../src/lang/da/time';
import { time as en } from '../../../src/lang/en/time';
import type { TimeFacet } from '../../../src/types';

// Months without a cue, impossible days, match minutes and units of several years.
type Expected = Omit<TimeFacet, 'start' | 'end'>;
interface Case {
  text: string;
  expected: Expected[];
}

function checked(text: string, rules: TimeRules): Expected[] {
  return findTimes({ text, start: 0, end: text.length }, rules, '2017-12-07').map(({ start, end, ...rest }) => {
    expect(text.slice(start, end)).toBe(rest.text);
    return rest;
  });
}

const danish: Case[] = [
  // a month written in lower case is a month; capitalised only at a sentence start with no name after it
  { text: 'Partiet tabte november-valget.', expected: [{ text: 'november', kind: 'month', month: 11 }] },
  { text: 'Han var ikke glad for valget, og juni blev værre.', expected: [{ text: 'juni', kind: 'month', month: 6 }] },
  { text: 'August Krogh fik prisen.', expected: [] },
  { text: 'De råbte: "November kommer!"', expected: [{ text: 'November', kind: 'month', month: 11 }] },
  { text: 'Juli fulgte junis mønster.', expected: [
    { text: 'Juli', kind: 'month', month: 7 }, { text: 'junis', kind: 'month', month: 6 }] },
  { text: 'Mødet i det 65. minut', expected: [{ text: '65. minut', kind: 'duration', days: 0.045139 }] },
  { text: 'Der er valg hvert 4. år.', expected: [] },
  { text: 'For en måned siden i dag faldt han.', expected: [
    { text: 'For en måned siden i dag', kind: 'month', month: 11, year: 2017, ago: 30.416667 }] },
];

const english: Case[] = [
  // a month alone: as a modifier, a subject or a possessive; one that is also a name needs more
  { text: 'after the November elections', expected: [{ text: 'November', kind: 'month', month: 11 }] },
  { text: 'October is coming, they chanted.', expected: [{ text: 'October', kind: 'month', month: 10 }] },
  { text: 'since February’s win at home', expected: [{ text: 'February', kind: 'month', month: 2 }] },
  { text: 'the August meeting of the board', expected: [{ text: 'August', kind: 'month', month: 8 }] },
  { text: 'June Carter and April Ryan met.', expected: [] },
  { text: 'the October Revolution', expected: [] },
  { text: 'March for Our Lives', expected: [] },
  // a day the month lacks is dropped; the month stays
  { text: 'quoting log 247 of 30th February.', expected: [{ text: '30th February', kind: 'month', month: 2 }] },
  { text: 'He left on 31 June.', expected: [{ text: 'on 31 June', kind: 'month', month: 6 }] },
  // 'decades' without a count is vague; 'the 11th hour' is an idiom, not a match minute
  { text: 'They fought for decades.', expected: [] },
  { text: 'a deal at the 11th hour', expected: [] },
  { text: 'A month ago today he fell.', expected: [{ text: 'A month ago today', kind: 'month', month: 11, year: 2017, ago: 30.416667 }] },
  { text: 'To this day he feels it.', expected: [{ text: 'To this day', kind: 'relative', date: '2017-12-07' }] },
];

describe('months and lengths (Danish)', () => {
  it.each(danish)('$text', ({ text, expected }) => expect(checked(text, da)).toEqual(expected));
});

describe('months and lengths (English)', () => {
  it.each(english)('$text', ({ text, expected }) => expect(checked(text, en)).toEqual(expected));
});

describe('lengths under an hour', () => {
  it('keeps one minute and two apart', () => {
    const [one] = checked('Det tog et minut.', da);
    const [two] = checked('It took two minutes.', en);
    expect(one?.days).toBeCloseTo(1 / 1440, 5);
    expect(two?.days).toBeCloseTo(2 / 1440, 5);
  });
});
