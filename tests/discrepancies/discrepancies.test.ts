import { describe, expect, it } from 'vitest';
import { findDiscrepancies } from '../../src/discrepancies';
import { getLanguagePack } from '../../src/lang';
import { relatedPairs } from '../../src/align/related';
import type { Alignment, Claim, NumberFacet, TimeFacet } from '../../src/types';
import { makeClaim, withWordFacets } from '../helpers/claims';

const langs = () => ({ left: getLanguagePack('da'), right: getLanguagePack('en') });
const weekday = (text: string, wd: number, start = 0): TimeFacet => ({
  kind: 'weekday', weekday: wd, text, start, end: start + text.length,
});
const num = (text: string, value: number, kind: NumberFacet['kind'] = 'cardinal'): NumberFacet => ({
  text, value, kind, start: 0, end: text.length,
});
const pair = (score = 1.6) => [{ left: ['L1'], right: ['R1'], score }];

describe('findDiscrepancies: times', () => {
  it('flags different weekdays of aligned claims with both spans as evidence', () => {
    const l = makeClaim('L1', 'Han mødtes torsdag med X', { times: [weekday('torsdag', 4, 11)] });
    const r = makeClaim('R1', 'He met X on Monday', { times: [weekday('Monday', 1, 12)] }, 500);
    const [d, ...rest] = findDiscrepancies([l], [r], pair(), langs());
    expect(rest).toEqual([]);
    expect(d.kind).toBe('date');
    expect(d.left).toMatchObject({ claim: 'L1', text: 'torsdag', start: 11, end: 18 });
    expect(d.right).toMatchObject({ claim: 'R1', text: 'Monday' });
    expect(d.message).toBe(
      'The Danish article dates this to Thursday ("torsdag"); the English article to Monday ("Monday").',
    );
    expect(d.confidence).toBeGreaterThan(0.5);
    expect(d.confidence).toBeLessThanOrEqual(1);
  });

  it('says nothing when the days agree, or when a weekday fits the date on the other side', () => {
    const l = makeClaim('L1', 'torsdag', { times: [weekday('torsdag', 4)] });
    const same = makeClaim('R1', 'Thursday', { times: [weekday('Thursday', 4)] });
    expect(findDiscrepancies([l], [same], pair(), langs())).toEqual([]);
    const dated = makeClaim('R1', 'on December 7, 2017', {
      times: [{ kind: 'date', text: 'December 7, 2017', start: 3, end: 19, day: 7, month: 12, year: 2017, weekday: 4, date: '2017-12-07' }],
    });
    expect(findDiscrepancies([l], [dated], pair(), langs())).toEqual([]);
  });

  it('answers each weekday once: a day left over on both sides differs, a repeat on one side is no finding', () => {
    const l = makeClaim('L1', 'mandag og tirsdag', { times: [weekday('mandag', 1), weekday('tirsdag', 2, 10)] });
    const twice = makeClaim('R1', 'Monday and Monday', { times: [weekday('Monday', 1), weekday('Monday', 1, 11)] });
    const found = findDiscrepancies([l], [twice], pair(), langs());
    expect(found.map((d) => [d.left.text, d.right.start])).toEqual([['tirsdag', 11]]);
    const once = makeClaim('R1', 'on Monday', { times: [weekday('Monday', 1, 3)] });
    expect(findDiscrepancies([l], [once], pair(), langs())).toEqual([]);
  });

  it('keeps durations apart from dates', () => {
    const l = makeClaim('L1', 'et fem dage langt besøg mandag', {
      times: [{ kind: 'duration', days: 5, text: 'fem dage', start: 3, end: 11 }, weekday('mandag', 1, 24)],
    });
    const r = makeClaim('R1', 'a four-day visit on Monday', {
      times: [{ kind: 'duration', days: 4, text: 'four-day', start: 2, end: 10 }, weekday('Monday', 1, 20)],
    });
    const found = findDiscrepancies([l], [r], pair(), langs());
    expect(found.map((d) => [d.kind, d.left.text, d.right.text])).toEqual([['number', 'fem dage', 'four-day']]);
  });

  it('is less sure of a finding when the alignment is weak', () => {
    const l = makeClaim('L1', 'torsdag', { times: [weekday('torsdag', 4)] });
    const r = makeClaim('R1', 'Monday', { times: [weekday('Monday', 1)] });
    const strong = findDiscrepancies([l], [r], pair(1.8), langs())[0].confidence;
    const weak = findDiscrepancies([l], [r], pair(1.15), langs())[0].confidence;
    expect(weak).toBeLessThan(strong);
  });
});

describe('findDiscrepancies: a month against a date', () => {
  const month = (text: string, m: number): TimeFacet => ({ kind: 'month', month: m, text, start: 0, end: text.length });
  const date = (text: string, d: number, m: number): TimeFacet => ({
    kind: 'date', day: d, month: m, text, start: 0, end: text.length,
  });
  it.each([
    ['den 30. september', date('30. september', 30, 9), 'of 30th February', month('30th February', 2), 1],
    ['den 30. september', date('30. september', 30, 9), 'in September', month('September', 9), 0],
    ['i juni', month('juni', 6), 'on 5 July', date('5 July', 5, 7), 1],
    ['i juni', month('juni', 6), 'on 5 June', date('5 June', 5, 6), 0],
  ])('%s / %s', (_da, left, _en, right, count) => {
    const l = makeClaim('L1', 'x', { times: [left] });
    const r = makeClaim('R1', 'x', { times: [right] });
    expect(findDiscrepancies([l], [r], pair(), langs()).filter((d) => d.kind === 'date')).toHaveLength(count);
  });
});

describe('findDiscrepancies: numbers', () => {
  it('pairs numbers one to one: a repeated 4 against a 4 and a 9 leaves 4 / 9 open', () => {
    const l = makeClaim('L1', 'fire point i fire kampe', { numbers: [num('fire', 4), num('fire', 4)] });
    const r = makeClaim('R1', 'four from nine', { numbers: [num('four', 4), num('nine', 9)] });
    const found = findDiscrepancies([l], [r], pair(), langs());
    expect(found.map((d) => [d.left.value, d.right.value])).toEqual([[4, 9]]);
    const same = makeClaim('R1', 'four from four', { numbers: [num('four', 4), num('four', 4)] });
    expect(findDiscrepancies([l], [same], pair(), langs())).toEqual([]);
  });

  it('flags a number one side gives differently and ignores numbers that match', () => {
    const l = makeClaim('L1', '3.850 soldater og 12 kampvogne', { numbers: [num('3.850', 3850), num('12', 12)] });
    const r = makeClaim('R1', '3,580 soldiers and 12 tanks', { numbers: [num('3,580', 3580), num('12', 12)] });
    const found = findDiscrepancies([l], [r], pair(), langs());
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'number', left: { value: 3850 }, right: { value: 3580 } });
    expect(found[0].message).toContain('3,850');
  });

  it('treats rounding-equal values as the same and never compares a percentage with a count', () => {
    const l = makeClaim('L1', '3,85 mio.', { numbers: [num('3,85 mio.', 3_850_000)] });
    const r = makeClaim('R1', '3,850,000', { numbers: [num('3,850,000', 3_850_000.0001)] });
    expect(findDiscrepancies([l], [r], pair(), langs())).toEqual([]);
    const p = makeClaim('R1', '40%', { numbers: [num('40%', 40, 'percent')] });
    const c = makeClaim('L1', '30 personer', { numbers: [num('30', 30)] });
    expect(findDiscrepancies([c], [p], pair(), langs())).toEqual([]);
  });

  it('reports nothing for a number only one side gives', () => {
    const l = makeClaim('L1', '12 kampvogne', { numbers: [num('12', 12)] });
    const r = makeClaim('R1', 'tanks');
    expect(findDiscrepancies([l], [r], pair(), langs())).toEqual([]);
  });
});

describe('findDiscrepancies: numbers with units, years and separators', () => {
  const at = (text: string, numberText: string, value: number) => {
    const start = text.indexOf(numberText);
    return { text: numberText, value, kind: 'cardinal' as const, start, end: start + numberText.length };
  };
  const claim = (id: string, text: string, ...numbers: [string, number][]) =>
    withWordFacets(makeClaim(id, text, { numbers: numbers.map(([t, v]) => at(text, t, v)) }));

  it.each([
    ['en gris på 295 kg', 'a 650 pound pig', '295', 295, '650', 650],
    ['51 til 102 mm regn', '2 to 4 inches of rain', '51', 51, '2', 2],
    ['inden for 320 km fra Phoenix', 'within 200 miles of Phoenix', '320', 320, '200', 200],
    ['sank på 30 meters dybde', 'sank in 100 feet of water', '30', 30, '100', 100],
  ])('accepts a converted measure: %s / %s', (da, en, dt, dv, et, ev) => {
    expect(findDiscrepancies([claim('L1', da, [dt, dv])], [claim('R1', en, [et, ev])], pair(), langs())).toEqual([]);
  });

  it('flags a converted measure that does not fit and names the units', () => {
    const found = findDiscrepancies([claim('L1', 'en gris på 400 kg', ['400', 400])], [claim('R1', 'a 650 pound pig', ['650', 650])], pair(), langs());
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('400 kg');
    expect(found[0].message).toContain('650 pound');
  });

  it('reads a Danish genitive unit as its measure', () => {
    const found = findDiscrepancies([claim('L1', 'sank på 60 meters dybde', ['60', 60])], [claim('R1', 'sank in 100 feet of water', ['100', 100])], pair(), langs());
    expect(found.map((d) => d.kind)).toEqual(['number']);
  });

  it('never compares a measure with a plain count', () => {
    const found = findDiscrepancies([claim('L1', '16 km fra kysten', ['16', 16])], [claim('R1', '10 boats', ['10', 10])], pair(), langs());
    expect(found).toEqual([]);
  });

  it('takes a bare year on one side as the year the other side dates', () => {
    const l = makeClaim('L1', 'debuterede i 1997 med fem point', {
      times: [{ kind: 'year', year: 1997, text: 'i 1997', start: 10, end: 16 }],
      numbers: [at('debuterede i 1997 med fem point', 'fem', 5)],
    });
    const r = claim('R1', 'his debut in the 1997 match, a five-point lead', ['1997', 1997]);
    expect(findDiscrepancies([l], [r], pair(), langs())).toEqual([]);
  });

  it("reads a Danish '2,000' either way", () => {
    const found = findDiscrepancies([claim('L1', 'over 2,000 dollars', ['2,000', 2])], [claim('R1', 'over $2,000', ['2,000', 2000])], pair(), langs());
    expect(found).toEqual([]);
  });
});

describe('findDiscrepancies: pairs in sequence', () => {
  it('lets a replaced name count in a weak pair whose neighbours are aligned with each other', () => {
    const person = (text: string, key: string) => ({ type: 'person' as const, key, text, start: 0, end: text.length });
    const left = [makeClaim('L1', 'a'), makeClaim('L2', 'Trump talte', { entities: [person('Trump', 'trump')] }), makeClaim('L3', 'c')];
    const right = [makeClaim('R1', 'a'), makeClaim('R2', 'Castillo spoke', { entities: [person('Castillo', 'castillo')] }), makeClaim('R3', 'c')];
    const weak = { left: ['L2'], right: ['R2'], score: 1.25 };
    const alone = findDiscrepancies(left, right, [weak], langs());
    expect(alone.filter((d) => d.kind === 'entity')).toEqual([]);
    const neighbours = [{ left: ['L1'], right: ['R1'], score: 2 }, weak, { left: ['L3'], right: ['R3'], score: 2 }];
    const found = findDiscrepancies(left, right, neighbours, langs());
    expect(found.filter((d) => d.kind === 'entity').map((d) => d.right.text)).toEqual(['Castillo']);
  });
});

describe('findDiscrepancies: related pairs', () => {
  it('cross-checks the day of two claims about one actor only when each tells of one day', () => {
    const l = makeClaim('L1', 'Lavrov talte torsdag', { times: [weekday('torsdag', 4, 13)] });
    const r = makeClaim('R1', 'Lavrov spoke on Monday', { times: [weekday('Monday', 1, 16)] });
    const related = [{ left: ['L1'], right: ['R1'], score: 0.9 }];
    const found = findDiscrepancies([l], [r], [], langs(), { related });
    expect(found.map((d) => [d.kind, d.left.text, d.right.text])).toEqual([['date', 'torsdag', 'Monday']]);
    // A storm followed over several days: its claims tell of more than one day each.
    const path = makeClaim('R1', 'Rosa moves on Monday and lands on Tuesday', {
      times: [weekday('Monday', 1, 14), weekday('Tuesday', 2, 33)],
    });
    expect(findDiscrepancies([l], [path], [], langs(), { related })).toEqual([]);
  });
});

describe('findDiscrepancies: related pairs whose claims have partners of their own', () => {
  it('leaves the cross-check out when both claims are aligned elsewhere', () => {
    const l = makeClaim('L1', 'Lavrov talte torsdag', { times: [weekday('torsdag', 4, 13)] });
    const r = makeClaim('R2', 'Lavrov spoke on Monday', { times: [weekday('Monday', 1, 16)] });
    const l2 = makeClaim('L2', 'Lavrov talte mandag', { times: [weekday('mandag', 1, 13)] });
    const r1 = makeClaim('R1', 'Lavrov spoke on Thursday', { times: [weekday('Thursday', 4, 16)] });
    // The related pairs come from the alignment stage, which links L1 and R2 by their actor.
    const lavrov = (c: ReturnType<typeof makeClaim>) => ({
      ...c,
      facets: { ...c.facets, entities: [{ type: 'name' as const, key: 'lavrov', text: 'Lavrov', start: 0, end: 6 }] },
    });
    const [left, right] = [[l, l2].map(lavrov), [r1, r].map(lavrov)];
    // Only the L1–R2 pair scores above the floor.
    const score = [Float64Array.from([0.2, 0.9]), Float64Array.from([0.2, 0.2])];
    const relatedFor = (aligned: Alignment[]) => relatedPairs(left, right, score, aligned, 0.5);
    const aligned = [
      { left: ['L1'], right: ['R1'], score: 1.8 },
      { left: ['L2'], right: ['R2'], score: 1.8 },
    ];
    expect(findDiscrepancies(left, right, aligned, langs(), { related: relatedFor(aligned) })).toEqual([]);
    // With L1 alone (no partner), the related pair still tells of a different day.
    const found = findDiscrepancies(left, right, aligned.slice(1), langs(), { related: relatedFor(aligned.slice(1)) });
    expect(found.map((d) => [d.left.text, d.right.text])).toEqual([['torsdag', 'Monday']]);
  });
});

describe('findDiscrepancies: years written as bare numbers', () => {
  // The facet stage reads a bare year as a year facet: claims as analyze() gives them.
  const read: typeof makeClaim = (...args) => withWordFacets(makeClaim(...args));
  const year = (text: string, at: string, y: number): TimeFacet => {
    const start = text.indexOf(at);
    return { kind: 'year', year: y, text: at, start, end: start + at.length };
  };
  const bare = (text: string, at: string, value: number, unit?: string): NumberFacet => {
    const start = text.indexOf(at);
    return { text: at, value, kind: 'cardinal', start, end: start + at.length, ...(unit ? { unit } : {}) };
  };

  it('reads "the 2018 election" as a year against "valget i 2016": a date finding, not a number', () => {
    const da = 'Hun husker en taxatur før valget i 2016.';
    const en = 'She remembers a cab ride before the 2018 election.';
    const l = read('L1', da, { times: [year(da, 'i 2016', 2016)] });
    const r = read('R1', en, { numbers: [bare(en, '2018', 2018, 'election')] });
    const found = findDiscrepancies([l], [r], pair(), langs());
    expect(found.map((d) => [d.kind, d.left.text, d.right.text])).toEqual([['date', 'i 2016', '2018']]);
  });

  it('compares two bare years ("OL 2012" / "the 2016 Olympics") and accepts equal ones', () => {
    const da = 'Daley deltog i OL 2012.';
    const l = read('L1', da, { numbers: [bare(da, '2012', 2012)] });
    const other = (y: number) => {
      const en = `Daley competed at the ${y} Olympics.`;
      return read('R1', en, { numbers: [bare(en, String(y), y, 'Olympics')] });
    };
    expect(findDiscrepancies([l], [other(2016)], pair(), langs()).map((d) => d.kind)).toEqual(['date']);
    expect(findDiscrepancies([l], [other(2012)], pair(), langs())).toEqual([]);
  });

  it('keeps a count with a unit, or with a thousands separator, a number', () => {
    const da = 'Grisen vejede 1.900 kg.';
    const en = 'The pig weighed 1950 kg.';
    const l = read('L1', da, { numbers: [bare(da, '1.900', 1900)] });
    const r = read('R1', en, { numbers: [bare(en, '1950', 1950, 'kg')] });
    expect(findDiscrepancies([l], [r], pair(), langs()).map((d) => d.kind)).toEqual(['number']);
  });
});

describe('findDiscrepancies: an unaligned clause of the same sentence belongs to the group', () => {
  const at = (text: string, part: string, value: number, offset: number): NumberFacet => {
    const start = offset + text.indexOf(part);
    return { text: part, value, kind: 'cardinal', start, end: start + part.length };
  };
  const l1 = makeClaim('L1', 'Europa har fordelen,', {}, 0);
  const l2text = 'de er 4 point foran.';
  const l2 = { ...makeClaim('L2', l2text, { numbers: [at(l2text, '4', 4, 21)] }, 21), sentence: 0 };
  const rtext = 'Europe have the advantage, six points ahead.';
  const r1 = makeClaim('R1', rtext, { numbers: [at(rtext, 'six', 6, 0)] }, 0);

  it('compares the numbers of the whole sentence when its other clause is aligned with nothing', () => {
    const found = findDiscrepancies([{ ...l1, sentence: 0 }, l2], [r1], [{ left: ['L1'], right: ['R1'], score: 1.8 }], langs());
    expect(found.map((d) => [d.kind, d.left.claim, d.left.text, d.right.text])).toEqual([['number', 'L2', '4', 'six']]);
  });

  it('leaves the clause out when it is aligned elsewhere', () => {
    const r2 = makeClaim('R2', 'They are four points ahead.', {}, 100);
    const alignments = [
      { left: ['L1'], right: ['R1'], score: 1.8 },
      { left: ['L2'], right: ['R2'], score: 1.8 },
    ];
    const found = findDiscrepancies([{ ...l1, sentence: 0 }, l2], [r1, r2], alignments, langs());
    expect(found.filter((d) => d.left.claim === 'L2' && d.right.claim === 'R1')).toEqual([]);
  });
});

describe('findDiscrepancies: a day with a time of day fills both slots', () => {
  const at = (text: string, part: string, extra: Partial<TimeFacet>): TimeFacet => {
    const start = text.indexOf(part);
    return { kind: 'weekday', text: part, start, end: start + part.length, ...extra };
  };
  const da = 'Chelsea møder Videoton kl. 16 torsdag i London.';
  const l = makeClaim('L1', da, { times: [at(da, 'kl. 16 torsdag', { weekday: 4, time: '16:00' })] });
  const claimAt = (time: string, wd: number, day: string) => {
    const en = `Chelsea faces Videoton at ${time} on ${day} in London.`;
    const hour = Number(time.replace(/\D.*/, '')) + (/p\.m\./.test(time) ? 12 : 0);
    return makeClaim('R1', en, { times: [at(en, `at ${time} on ${day}`, { weekday: wd, time: `${hour}:00` })] });
  };

  it('reports another hour on the same day as a time finding that names both hours', () => {
    const found = findDiscrepancies([l], [claimAt('5 p.m.', 4, 'Thursday')], pair(), langs());
    expect(found.map((d) => d.kind)).toEqual(['time']);
    expect(found[0].message).toBe(
      'The Danish article gives the time as 16:00 ("kl. 16 torsdag"); the English article as 17:00 ("at 5 p.m. on Thursday").',
    );
  });

  it('reports another day at the same hour as a date finding only', () => {
    const found = findDiscrepancies([l], [claimAt('4 p.m.', 5, 'Friday')], pair(), langs());
    expect(found.map((d) => d.kind)).toEqual(['date']);
    expect(findDiscrepancies([l], [claimAt('4 p.m.', 4, 'Thursday')], pair(), langs())).toEqual([]);
  });
});

describe('findDiscrepancies: a time of day without a.m. or p.m.', () => {
  const clock = (id: string, text: string, part: string, time: string, twelveHour?: true): Claim => {
    const start = text.indexOf(part);
    return makeClaim(id, text, { times: [{ kind: 'time', text: part, start, end: start + part.length, time, ...(twelveHour ? { twelveHour } : {}) }] });
  };
  const l = clock('L1', 'Mødet med professoren er kl. 13:30.', 'kl. 13:30', '13:30');

  it('agrees with the same hour twelve hours later', () => {
    const r = clock('R1', 'The meeting with the professor is at 1:30.', 'at 1:30', '01:30', true);
    expect(findDiscrepancies([l], [r], pair(), langs())).toEqual([]);
  });

  it('still differs from another hour, and from the same hour written on the 24-hour clock', () => {
    const other = clock('R1', 'The meeting with the professor is at 3:30.', 'at 3:30', '03:30', true);
    expect(findDiscrepancies([l], [other], pair(), langs()).map((d) => d.kind)).toEqual(['time']);
    const night = clock('R1', 'The meeting with the professor is at 01:30.', 'at 01:30', '01:30');
    expect(findDiscrepancies([l], [night], pair(), langs()).map((d) => d.kind)).toEqual(['time']);
  });
});

describe('findDiscrepancies: lengths of time under a day', () => {
  const length = (id: string, text: string, part: string, days: number): Claim => {
    const start = text.indexOf(part);
    return makeClaim(id, text, { times: [{ kind: 'duration', text: part, start, end: start + part.length, days }] });
  };

  it('tells one minute from two, and names them in minutes', () => {
    const l = length('L1', 'Turen varede et minut.', 'et minut', 0.000694);
    const r = length('R1', 'The trip lasted two minutes.', 'two minutes', 0.001389);
    const found = findDiscrepancies([l], [r], pair(), langs());
    expect(found.map((d) => d.message)).toEqual([
      'The Danish article gives a length of 1 minute ("et minut"); the English article 2 minutes ("two minutes").',
    ]);
  });

  it('names a length in the largest unit that gives a round number', () => {
    const l = length('L1', 'Turen varede halvanden dag.', 'halvanden dag', 1.5);
    const r = length('R1', 'The trip lasted two days.', 'two days', 2);
    expect(findDiscrepancies([l], [r], pair(), langs())[0].message).toBe(
      'The Danish article gives a length of 36 hours ("halvanden dag"); the English article 2 days ("two days").',
    );
  });
});
