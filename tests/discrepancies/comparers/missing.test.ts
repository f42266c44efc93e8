import { describe, expect, it } from 'vitest';
import { compareMissing } from '../../../src/discrepancies/comparers/missing';
import { englishMessages } from '../../../src/discrepancies/messages/en';
import type { Claim, EntityFacet, TimeFacet } from '../../../src/types';
import { makeClaim as bareClaim, withWordFacets } from '../../helpers/claims';

const makeClaim: typeof bareClaim = (...args) => withWordFacets(bareClaim(...args));

const langs = englishMessages({ left: 'Danish', right: 'English' });

function at(text: string, part: string) {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`${part} not in ${text}`);
  return { text: part, start, end: start + part.length };
}
const weekday = (text: string, part: string, wd: number): TimeFacet => ({ ...at(text, part), kind: 'weekday', weekday: wd });
const person = (text: string, part: string, key: string): EntityFacet => ({ ...at(text, part), type: 'person', key });

function credited(id: string, text: string, name: string, key: string): Claim {
  return withWordFacets({ ...bareClaim(id, text, { entities: [person(text, name, key)] }), attribution: { speaker: at(text, name) } });
}
const group = (left: Claim[], right: Claim[], score = 1.8, extra = {}) => ({ left, right, threshold: 1.2, score, ...extra });

describe('compareMissing: a date only one side gives', () => {
  const da = 'Lavrov mødte Tillerson torsdag i Wien.';
  const l = makeClaim('L1', da, { times: [weekday(da, 'torsdag', 4)] });

  it('reports the date as missing on the other side, quoting both', () => {
    const r = makeClaim('R1', 'Lavrov met Tillerson in Vienna.');
    const [d, ...rest] = compareMissing(group([l], [r]), langs);
    expect(rest).toEqual([]);
    expect(d.kind).toBe('date');
    expect(d.missing).toBe('right');
    expect(d.left).toMatchObject({ claim: 'L1', text: 'torsdag' });
    expect(d.right).toMatchObject({ claim: 'R1', text: r.text, start: r.start, end: r.end });
    expect(d.message).toBe(
      'The Danish article dates this to Thursday ("torsdag"); the English article gives no date ("Lavrov met Tillerson in Vienna.").',
    );
    expect(d.confidence).toBeLessThanOrEqual(0.5);
  });

  it('says nothing when the other side gives any time, in the claim or in a clause-mate', () => {
    const en = 'Lavrov met Tillerson in Vienna last week.';
    const r = makeClaim('R1', en, { times: [{ ...at(en, 'last week'), kind: 'relative' }] });
    expect(compareMissing(group([l], [r]), langs)).toEqual([]);
    const mate = makeClaim('R2', 'on Monday, officials said.', { times: [weekday('on Monday, officials said.', 'Monday', 1)] });
    const bare = makeClaim('R1', 'Lavrov met Tillerson in Vienna,');
    expect(compareMissing(group([l], [bare], 1.8, { context: { left: [], right: [mate] } }), langs)).toEqual([]);
  });

  it('says nothing of the day when one side is a headline', () => {
    const headline = { ...makeClaim('R1', 'Lavrov meets Tillerson in Vienna'), headline: true };
    expect(compareMissing(group([l], [headline]), langs)).toEqual([]);
  });

  it('says nothing when the pair is weakly aligned or only related', () => {
    const r = makeClaim('R1', 'Lavrov met Tillerson in Vienna.');
    expect(compareMissing(group([l], [r], 1.3), langs)).toEqual([]);
    expect(compareMissing(group([l], [r], 1.8, { related: true }), langs)).toEqual([]);
    expect(compareMissing(group([l], [r], 1.3, { inSequence: true }), langs)).toHaveLength(1);
  });
});

describe('compareMissing: a speaker only one side credits', () => {
  const en = 'North Korea wants direct talks, Sergei Lavrov said.';
  const r = credited('R1', en, 'Sergei Lavrov', 'sergei lavrov');

  it('reports the speaker as missing where the other side states it as fact', () => {
    const l = makeClaim('L1', 'Nordkorea ønsker direkte samtaler med USA.');
    const [d, ...rest] = compareMissing(group([l], [r]), langs);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ kind: 'attribution', missing: 'left', right: { claim: 'R1', text: 'Sergei Lavrov', value: 'sergei lavrov' } });
    expect(d.left).toMatchObject({ claim: 'L1', text: l.text });
    expect(d.message).toContain('the Danish article does not say who says it');
  });

  it('reports a headline that states as fact what the other side credits to someone', () => {
    const headline = { ...makeClaim('L1', 'Nordkorea ønsker direkte samtaler'), headline: true };
    expect(compareMissing(group([headline], [r]), langs).map((d) => d.missing)).toEqual(['left']);
  });

  it('says nothing when the other side names the speaker, quotes, or uses a verb of saying', () => {
    for (const text of [
      'Nordkorea ønsker direkte samtaler, mener Lavrov.',
      '"Nordkorea ønsker direkte samtaler."',
      'Nordkorea ønsker ifølge kilder direkte samtaler.',
      'Nordkorea ønsker direkte samtaler, siger ministeren.',
    ]) {
      expect(compareMissing(group([makeClaim('L1', text)], [r]), langs), text).toEqual([]);
    }
  });
});
