import { describe, expect, it } from 'vitest';
import { findTimes } from '../../../src/facets/time';
import type { TimeRules } from '../../../src/facets/time/rules';
import { time as da } from '../../../src/lang/da/time';
import { time as en } from '../../../src/lang/en/time';
import type { TimeFacet } from '../../../src/types';

type Expected = Omit<TimeFacet, 'start' | 'end'>;
interface Case {
  text: string;
  published?: string;
  expected: Expected[];
}

// 2017-12-07 is a Thursday, 2017-12-09 a Saturday.
const THU = '2017-12-07';
const SAT = '2017-12-09';

function times(text: string, rules: TimeRules, published?: string, start = 0): TimeFacet[] {
  return findTimes({ text, start, end: start + text.length }, rules, published);
}

/** Every facet's offsets must point at its text in the claim. */
function checked(text: string, rules: TimeRules, published?: string): Expected[] {
  return times(text, rules, published).map(({ start, end, ...rest }) => {
    expect(text.slice(start, end)).toBe(rest.text);
    return rest;
  });
}

const danish: Case[] = [
  // weekdays: bare = most recent on or before publication
  { text: 'Lavrov oplyser, at han torsdag videregav oplysningen.', published: THU,
    expected: [{ text: 'torsdag', kind: 'weekday', weekday: 4, date: '2017-12-07' }] },
  { text: 'Tillerson tog mandag hul på et fem dage langt besøg i Europa, som rundes af i Paris fredag.', published: THU,
    expected: [
      { text: 'mandag', kind: 'weekday', weekday: 1, date: '2017-12-04' },
      { text: 'fem dage langt', kind: 'duration', days: 5 },
      { text: 'fredag', kind: 'weekday', weekday: 5, date: '2017-12-01' },
    ] },
  // "forrige fredag" is the Friday of the previous week; "i fredags" the last Friday before today
  { text: 'sagde Mattis forrige fredag.', published: SAT,
    expected: [{ text: 'forrige fredag', kind: 'weekday', weekday: 5, date: '2017-12-01' }] },
  { text: 'Han kom hjem i fredags.', published: SAT,
    expected: [{ text: 'i fredags', kind: 'weekday', weekday: 5, date: '2017-12-08' }] },
  { text: 'Han kom hjem i torsdags.', published: THU,
    expected: [{ text: 'i torsdags', kind: 'weekday', weekday: 4, date: '2017-11-30' }] },
  { text: 'Vi ses på torsdag.', published: THU,
    expected: [{ text: 'på torsdag', kind: 'weekday', weekday: 4, date: '2017-12-14' }] },
  { text: 'Mødet er næste fredag.', published: THU,
    expected: [{ text: 'næste fredag', kind: 'weekday', weekday: 5, date: '2017-12-15' }] },
  { text: 'Det skete tirsdag aften i Wien.', published: THU,
    expected: [{ text: 'tirsdag aften', kind: 'weekday', weekday: 2, date: '2017-12-05' }] },
  { text: 'Fredagens møde blev aflyst.', published: SAT,
    expected: [{ text: 'Fredagens', kind: 'weekday', weekday: 5, date: '2017-12-08' }] },
  { text: 'Mødet var torsdag.', expected: [{ text: 'torsdag', kind: 'weekday', weekday: 4 }] },
  // dates
  { text: 'Han rejser fredag den 8. december.', published: THU,
    expected: [{ text: 'fredag den 8. december', kind: 'date', day: 8, month: 12, weekday: 5, date: '2017-12-08' }] },
  { text: 'Valget er d. 5. maj.', published: '2017-04-20',
    expected: [{ text: 'd. 5. maj', kind: 'date', day: 5, month: 5, date: '2017-05-05' }] },
  { text: 'Mødet blev holdt 7. december 2017 i Wien.',
    expected: [{ text: '7. december 2017', kind: 'date', day: 7, month: 12, year: 2017, date: '2017-12-07' }] },
  { text: 'Aftalen blev indgået den 7/12.', published: SAT,
    expected: [{ text: 'den 7/12', kind: 'date', day: 7, month: 12, date: '2017-12-07' }] },
  { text: 'Loven trådte i kraft 1.7.2016.',
    expected: [{ text: '1.7.2016', kind: 'date', day: 1, month: 7, year: 2016, date: '2016-07-01' }] },
  { text: 'torsdag d. 7. december kl. 14.30', published: THU,
    expected: [{ text: 'torsdag d. 7. december kl. 14.30', kind: 'date', day: 7, month: 12, weekday: 4,
      date: '2017-12-07', time: '14:30' }] },
  { text: '3/4 af stemmerne gik til ham.', published: THU, expected: [] },
  // months: a month alone needs a cue; "må" is a verb, not May
  { text: 'Talen i september vakte opsigt.', expected: [{ text: 'september', kind: 'month', month: 9 }] },
  { text: 'Valget i marts 2016 blev udsat.', expected: [{ text: 'marts 2016', kind: 'month', month: 3, year: 2016 }] },
  { text: 'Delegationen kom i slutningen af november.',
    expected: [{ text: 'slutningen af november', kind: 'month', month: 11 }] },
  { text: 'Topmødet finder sted i maj.', expected: [{ text: 'maj', kind: 'month', month: 5 }] },
  { text: '"Vi må få løst Ukraine-spørgsmålet," sagde han.', expected: [] },
  { text: 'August Krogh fik Nobelprisen.', expected: [] },
  // years: only after a cue
  { text: 'I 2017 havde hæren 3.850 soldater.', expected: [{ text: 'I 2017', kind: 'year', year: 2017 }] },
  { text: 'Hæren har 3850 soldater.', expected: [] },
  { text: 'Priserne steg fra 2015 til 2017.', expected: [
    { text: 'fra 2015', kind: 'year', year: 2015 }, { text: 'til 2017', kind: 'year', year: 2017 }] },
  { text: 'en atomprøvesprængning tidligere i år', published: THU,
    expected: [{ text: 'tidligere i år', kind: 'year', year: 2017 }] },
  { text: 'en atomprøvesprængning tidligere i år', expected: [{ text: 'tidligere i år', kind: 'year' }] },
  // relative days and clock times
  { text: 'Det sagde han i går.', published: THU, expected: [{ text: 'i går', kind: 'relative', date: '2017-12-06' }] },
  { text: 'Det sagde han i går.', expected: [{ text: 'i går', kind: 'relative' }] },
  { text: 'Mødet begynder i dag kl. 14.30.', published: THU,
    expected: [{ text: 'i dag kl. 14.30', kind: 'relative', date: '2017-12-07', time: '14:30' }] },
  // Without a time of day's half, 9 may be 21: the facet says so.
  { text: 'Han landede klokken 9.', expected: [{ text: 'klokken 9', kind: 'time', time: '09:00', twelveHour: true }] },
  // A leading zero is the 24-hour clock: no doubt.
  { text: 'Han landede klokken 09.15.', expected: [{ text: 'klokken 09.15', kind: 'time', time: '09:15' }] },
  // The hour's own digits tell, not the day's before them.
  { text: 'Han landede den 7. december kl. 09.15.', published: THU,
    expected: [{ text: 'den 7. december kl. 09.15', kind: 'date', day: 7, month: 12, date: '2017-12-07', time: '09:15' }] },
  { text: 'Renten er 14.30 procent.', expected: [] },
  { text: 'for to uger siden', published: THU, expected: [{ text: 'for to uger siden', kind: 'relative', date: '2017-11-23', ago: 14 }] },
  // durations are never dates
  { text: 'det første FN-besøg i seks år', expected: [{ text: 'i seks år', kind: 'duration', days: 2190 }] },
  { text: 'en fire dage lang tur', expected: [{ text: 'fire dage lang', kind: 'duration', days: 4 }] },
  { text: 'Han sad fængslet i de sidste to år.', expected: [{ text: 'i de sidste to år', kind: 'duration', days: 730 }] },
  { text: 'Manden er 35 år gammel.', expected: [] },
  { text: 'Det sker to gange om året.', expected: [] },
  { text: 'Mere end tre måneder efter topmødet', expected: [
    { text: 'Mere end tre måneder efter', kind: 'duration', days: 91.25 }] },
  { text: 'Kavanaugh var 17 år, da det skete.', expected: [] },
  // compounds are not weekdays, but the genitive is
  { text: 'Tirsdagsmødet blev aflyst, og Langfredag er fridag.', expected: [] },
  { text: 'Millioner så torsdags vidneforklaringer.', published: SAT,
    expected: [{ text: 'torsdags', kind: 'weekday', weekday: 4, date: '2017-12-07' }] },
  // a clock time before its day joins it, as in English
  { text: 'Liverpool møder Napoli kl. 15 onsdag på Stadio San Paolo.', published: THU,
    expected: [{ text: 'kl. 15 onsdag', kind: 'weekday', weekday: 3, date: '2017-12-06', time: '15:00' }] },
  { text: 'ved dette års Commonwealth Games', published: THU, expected: [{ text: 'dette års', kind: 'year', year: 2017 }] },
  { text: 'i andet kvartal af 2018', expected: [{ text: 'af 2018', kind: 'year', year: 2018 }] },
  // a colon time needs no "kl."; a score does not become one
  { text: 'Sullivan udlignede ved 13:10.', expected: [{ text: '13:10', kind: 'time', time: '13:10' }] },
  { text: 'Stillingen var 2:1 ved pausen.', expected: [] },
  { text: 'Det bedste tidspunkt er lørdage kl. 17.30.', published: THU,
    expected: [{ text: 'lørdage kl. 17.30', kind: 'weekday', weekday: 6, date: '2017-12-02', time: '17:30' }] },
  // half a year is six months; counts the table lacks come from the numbers pack
  { text: 'Hun sendte brevet mindre end et halvt år før.',
    expected: [{ text: 'mindre end et halvt år før', kind: 'duration', days: 182.5 }] },
  { text: 'en straf på en enkelt dag i fængsel', expected: [{ text: 'på en enkelt dag', kind: 'duration', days: 1 }] },
  { text: 'Han sad fængslet i enogtyve dage.', expected: [{ text: 'i enogtyve dage', kind: 'duration', days: 21 }] },
  // an age after "er"/"var", but a year spent somewhere
  { text: 'Oscar-vinderen, som er 20 år ældre end ham', expected: [] },
  { text: 'Track Palin var et år i Irak.', expected: [{ text: 'et år', kind: 'duration', days: 365 }] },
  { text: 'Efter 1. januar 2019 stiger prisen.',
    expected: [{ text: '1. januar 2019', kind: 'date', day: 1, month: 1, year: 2019, date: '2019-01-01' }] },
];

const english: Case[] = [
  { text: 'during their meeting in Vienna on Thursday.', published: THU,
    expected: [{ text: 'on Thursday', kind: 'weekday', weekday: 4, date: '2017-12-07' }] },
  { text: 'He spoke last Friday.', published: SAT,
    expected: [{ text: 'last Friday', kind: 'weekday', weekday: 5, date: '2017-12-01' }] },
  { text: "Monday's meeting was cancelled.", published: THU,
    expected: [{ text: 'Monday', kind: 'weekday', weekday: 1, date: '2017-12-04' }] },
  { text: 'The talks resume next Friday.', published: THU,
    expected: [{ text: 'next Friday', kind: 'weekday', weekday: 5, date: '2017-12-15' }] },
  { text: 'They meet this coming Thursday.', published: THU,
    expected: [{ text: 'this coming Thursday', kind: 'weekday', weekday: 4, date: '2017-12-14' }] },
  { text: 'It happened Tuesday evening.', published: THU,
    expected: [{ text: 'Tuesday evening', kind: 'weekday', weekday: 2, date: '2017-12-05' }] },
  { text: 'They met on Thursday at 2:30 pm.', published: THU,
    expected: [{ text: 'on Thursday at 2:30 pm', kind: 'weekday', weekday: 4, date: '2017-12-07', time: '14:30' }] },
  { text: 'Talks ran from Monday to Friday.', published: SAT, expected: [
    { text: 'Monday', kind: 'weekday', weekday: 1, date: '2017-12-04' },
    { text: 'Friday', kind: 'weekday', weekday: 5, date: '2017-12-08' }] },
  { text: 'the daily press briefing on December 7.', published: SAT,
    expected: [{ text: 'December 7', kind: 'date', day: 7, month: 12, date: '2017-12-07' }] },
  { text: 'On Dec. 7, 2017 he left.',
    expected: [{ text: 'Dec. 7, 2017', kind: 'date', day: 7, month: 12, year: 2017, date: '2017-12-07' }] },
  { text: 'He arrived 7 December.', published: SAT,
    expected: [{ text: '7 December', kind: 'date', day: 7, month: 12, date: '2017-12-07' }] },
  { text: 'Geneva, Switzerland, November 17, 2017.',
    expected: [{ text: 'November 17, 2017', kind: 'date', day: 17, month: 11, year: 2017, date: '2017-11-17' }] },
  { text: 'He leaves Friday, December 8, 2017.', expected: [{ text: 'Friday, December 8, 2017', kind: 'date', day: 8,
    month: 12, year: 2017, weekday: 5, date: '2017-12-08' }] },
  { text: 'The vote is on May 5.', published: '2017-04-20',
    expected: [{ text: 'May 5', kind: 'date', day: 5, month: 5, date: '2017-05-05' }] },
  { text: 'It rose 3/4 of a point.', expected: [] },
  { text: 'In a speech in September, Ri defended', expected: [{ text: 'September', kind: 'month', month: 9 }] },
  { text: 'visited around the end of November.', expected: [{ text: 'the end of November', kind: 'month', month: 11 }] },
  { text: 'She met him in August 2016.', expected: [{ text: 'August 2016', kind: 'month', month: 8, year: 2016 }] },
  { text: 'He may go, said Theresa May before the march on Washington.', expected: [] },
  { text: 'in 2017 the army had 3,850 soldiers', expected: [{ text: 'in 2017', kind: 'year', year: 2017 }] },
  { text: 'The army has 3850 soldiers.', expected: [] },
  { text: 'tests earlier this year', published: THU, expected: [{ text: 'earlier this year', kind: 'year', year: 2017 }] },
  { text: 'six years ago', published: THU, expected: [{ text: 'six years ago', kind: 'year', year: 2011, ago: 2190 }] },
  { text: "in yesterday's statement", published: THU,
    expected: [{ text: 'yesterday', kind: 'relative', date: '2017-12-06' }] },
  { text: 'He leaves tomorrow.', published: THU, expected: [{ text: 'tomorrow', kind: 'relative', date: '2017-12-08' }] },
  { text: 'two weeks ago', published: THU, expected: [{ text: 'two weeks ago', kind: 'relative', date: '2017-11-23', ago: 14 }] },
  { text: 'The plane left at 2:30 pm.', expected: [{ text: 'at 2:30 pm', kind: 'time', time: '14:30' }] },
  { text: 'They met at noon.', expected: [{ text: 'noon', kind: 'time', time: '12:00' }] },
  { text: 'They met at 1:30.', expected: [{ text: 'at 1:30', kind: 'time', time: '01:30', twelveHour: true }] },
  { text: 'They met at 1:30 pm.', expected: [{ text: 'at 1:30 pm', kind: 'time', time: '13:30' }] },
  { text: 'Rebels won at 5 bases.', expected: [] },
  { text: 'Feltman arrived for a four-day visit.', expected: [{ text: 'four-day', kind: 'duration', days: 4 }] },
  { text: 'the first UN visit to the country in six years.',
    expected: [{ text: 'in six years', kind: 'duration', days: 2190 }] },
  { text: 'He stayed for two weeks.', expected: [{ text: 'for two weeks', kind: 'duration', days: 14 }] },
  { text: 'It took two weeks.', expected: [{ text: 'two weeks', kind: 'duration', days: 14 }] },
  { text: 'A week later he resigned.', expected: [{ text: 'A week later', kind: 'duration', days: 7 }] },
  { text: 'A 35-year-old man, 40 years old, votes once a year.', expected: [] },
  { text: 'younger voters, 18- to 29-year-olds', expected: [] },
  { text: 'The move will raise £120 million a year.', expected: [] },
  { text: 'Track Palin, 26, spent a year in Iraq.', expected: [{ text: 'a year', kind: 'duration', days: 365 }] },
  { text: 'If it takes two years, three years or five months', expected: [
    { text: 'two years', kind: 'duration', days: 730 },
    { text: 'three years', kind: 'duration', days: 1095 },
    { text: 'five months', kind: 'duration', days: 152.083333 }] },
  { text: 'More than three months after the June summit', expected: [
    { text: 'More than three months after', kind: 'duration', days: 91.25 },
    { text: 'June', kind: 'month', month: 6 }] },
  // chrono's own merges and offsets must not swallow a date or an "ago"
  { text: 'a ruling on 1 October after five years of deliberations', published: THU, expected: [
    { text: 'on 1 October', kind: 'date', day: 1, month: 10, date: '2017-10-01' },
    { text: 'after five years', kind: 'duration', days: 1825 }] },
  { text: 'sold for £125m, three years ago.', published: THU,
    expected: [{ text: 'three years ago', kind: 'year', year: 2014, ago: 1095 }] },
  { text: 'landfall in the afternoon or evening on Monday.', published: THU,
    expected: [{ text: 'on Monday', kind: 'weekday', weekday: 1, date: '2017-12-04' }] },
  { text: 'Scuffles broke out later in the day.', published: THU,
    expected: [{ text: 'later in the day', kind: 'relative', date: '2017-12-07' }] },
  { text: 'Kim is interested in a second meeting.', expected: [] },
  { text: 'They met on Tuesday at noon.', published: THU,
    expected: [{ text: 'on Tuesday at noon', kind: 'weekday', weekday: 2, date: '2017-12-05', time: '12:00' }] },
  { text: 'his appearance on Saturday Night Live', expected: [] },
  // titles: a capitalised relative word or unit inside a sentence
  { text: "he told BBC Radio 4's Today programme.", published: THU, expected: [] },
  { text: 'Today, the talks resume.', published: THU, expected: [{ text: 'Today', kind: 'relative', date: '2017-12-07' }] },
  { text: 'correspondent on 60 Minutes asked him', expected: [] },
  // a short month name with its dot after a cue
  { text: 'Saipov mowed down cyclists on Oct.', expected: [{ text: 'Oct.', kind: 'month', month: 10 }] },
  { text: 'Jan Smith came.', expected: [] },
  // ages and lengths, and counts the table lacks
  { text: 'the Oscar winner, who is 20 years his senior', expected: [] },
  { text: 'He stayed twenty-one days.', expected: [{ text: 'twenty-one days', kind: 'duration', days: 21 }] },
  { text: 'with less than six months to go', expected: [{ text: 'less than six months', kind: 'duration', days: 182.5 }] },
  { text: 'punishable by a day in jail', expected: [{ text: 'a day', kind: 'duration', days: 1 }] },
];

describe('findTimes (Danish)', () => {
  it('has enough cases', () => expect(danish.length).toBeGreaterThanOrEqual(40));
  it.each(danish)('$text ($published)', ({ text, published, expected }) => {
    expect(checked(text, da, published)).toEqual(expected);
  });
});

describe('findTimes (English)', () => {
  it('has enough cases', () => expect(english.length).toBeGreaterThanOrEqual(40));
  it.each(english)('$text ($published)', ({ text, published, expected }) => {
    expect(checked(text, en, published)).toEqual(expected);
  });
});

describe('Danish and English normalise alike', () => {
  const pairs: [string, string][] = [
    ['torsdag', 'on Thursday'],
    ['forrige fredag', 'last Friday'],
    ['på torsdag', 'this coming Thursday'],
    ['næste fredag', 'next Friday'],
    ['i går', 'yesterday'],
    ['i morgen', 'tomorrow'],
    ['fem dage', 'five days'],
    ['et fire dage langt besøg', 'a four-day visit'],
    ['i seks år', 'in six years'],
    ['7. december 2017', 'December 7, 2017'],
    ['den 7. december', '7 December'],
    ['i september', 'in September'],
    ['i 2017', 'in 2017'],
    ['tidligere i år', 'earlier this year'],
    ['sidste år', 'last year'],
    ['kl. 14.30', 'at 2:30 pm'],
    ['for to uger siden', 'two weeks ago'],
    ['kl. 15 onsdag', 'at 3 p.m. on Wednesday'],
    ['tre måneder efter', 'three months after'],
    ['dette års', "this year's"],
    ['i går kl. 10.30', 'yesterday at 10:30'],
    ['et halvt år', 'six months'],
    ['i enogtyve dage', 'for twenty-one days'],
    ['ved 13:10', 'at 13:10'],
    ['sidste torsdag', 'this past Thursday'],
    // a match minute is the time played; decades and centuries are years
    ['efter 65 minutter', 'in the 65th minute'],
    ['i det 34. minut', "a 34th-minute opener"],
    ['over de sidste 100 år', 'over the past century'],
    ['i det seneste årti', 'in the past decade'],
    ['for to årtier siden', 'two decades ago'],
    ['det er et årti siden', 'it has been a decade since'],
  ];
  const values = (f: TimeFacet) => {
    const { text: _t, start: _s, end: _e, ...rest } = f;
    return rest;
  };
  it.each(pairs)('%s ~ %s', (danishText, englishText) => {
    for (const published of [THU, SAT, '2018-01-01']) {
      const left = times(danishText, da, published).map(values);
      const right = times(englishText, en, published).map(values);
      expect(left).toHaveLength(1);
      expect(left).toEqual(right);
    }
  });
});

describe('offsets', () => {
  it('are absolute: a claim starting at 100 in an article', () => {
    const claim = 'Tillerson tog mandag hul på et fem dage langt besøg, som rundes af i Paris fredag den 8. december.';
    const article = `${'Indledning. '.repeat(8)}xxxx${claim} Næste afsnit.`;
    const start = article.indexOf(claim);
    expect(start).toBe(100);
    const facets = times(claim, da, THU, start);
    expect(facets.map((f) => f.text)).toEqual(['mandag', 'fem dage langt', 'fredag den 8. december']);
    for (const f of facets) {
      expect(f.start).toBeGreaterThanOrEqual(100);
      expect(article.slice(f.start, f.end)).toBe(f.text);
    }
  });

  it('cover the words chrono returns, not a trailing comma', () => {
    const text = 'In September, Foreign Minister Ri spoke.';
    const [facet] = times(text, en, undefined, 100);
    expect(facet).toMatchObject({ text: 'September', start: 103, end: 112 });
  });
});
