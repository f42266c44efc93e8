import { describe, expect, it } from 'vitest';
import { findDiscrepancies } from '../../../src/discrepancies';
import { compareNegation } from '../../../src/discrepancies/comparers/negation';
import { englishMessages } from '../../../src/discrepancies/messages/en';
import type { Claim } from '../../../src/types';
import { makeClaim, withWordFacets } from '../../helpers/claims';

const langs = englishMessages({ left: 'Danish', right: 'English' });
const names = { left: { name: 'Danish' }, right: { name: 'English' } };
const claim = (id: string, text: string, negated: boolean, start = 0): Claim => withWordFacets(makeClaim(id, text, { negated }, start));
const run = (left: Claim[], right: Claim[], score = 1.8) => compareNegation({ left, right, threshold: 1.2, score }, langs);

describe('compareNegation', () => {
  const cases: Array<{ name: string; left: Claim[]; right: Claim[]; expected: Array<[string, string]> }> = [
    {
      name: 'the English side negates what the Danish side states',
      left: [claim('L1', 'Nordkorea vil opgive sine atomvåben.', false)],
      right: [claim('R1', 'North Korea will not give up its nuclear weapons.', true, 100)],
      expected: [['Nordkorea vil opgive sine atomvåben.', 'not']],
    },
    {
      name: 'the Danish side negates what the English side states',
      left: [claim('L1', 'Ministeren kom ikke til mødet.', true, 40)],
      right: [claim('R1', 'The minister came to the meeting.', false)],
      expected: [['ikke', 'The minister came to the meeting.']],
    },
    {
      name: "a contracted negator is pointed at as written ('didn't')",
      left: [claim('L1', 'Han svarede på spørgsmålet.', false)],
      right: [claim('R1', "He didn't answer the question.", true)],
      expected: [['Han svarede på spørgsmålet.', "didn't"]],
    },
    {
      name: 'a negated claim among several on one side still counts',
      left: [claim('L1', 'Mødet fandt sted.', false)],
      right: [claim('R1', 'The meeting was planned.', false), claim('R2', 'It did not take place.', true, 30)],
      expected: [['Mødet fandt sted.', 'not']],
    },
    {
      name: "no finding: the plain side renders the negation by meaning ('declined' for 'ville ikke')",
      left: [claim('L1', 'Ministeren ville ikke kommentere sagen.', true)],
      right: [claim('R1', 'The minister declined to comment on the case.', false)],
      expected: [],
    },
    {
      name: "no finding: 'uden' on the Danish side for the English 'did not'",
      left: [claim('L1', 'Holdet rejste hjem uden en sejr.', false)],
      right: [claim('R1', 'The team did not win before going home.', true)],
      expected: [],
    },
    {
      name: "a real flip although both sides hold a negative word ('not impossible' / 'umuligt')",
      left: [claim('L1', 'Det ville være umuligt for firmaet.', false)],
      right: [claim('R1', 'It would not be impossible for the company.', true)],
      expected: [['Det ville være umuligt for firmaet.', 'not']],
    },
    {
      name: 'no finding: both sides negate',
      left: [claim('L1', 'Ministeren kom ikke.', true)],
      right: [claim('R1', 'The minister did not come.', true)],
      expected: [],
    },
    {
      name: 'no finding: neither side negates',
      left: [claim('L1', 'Ministeren kom.', false)],
      right: [claim('R1', 'The minister came.', false)],
      expected: [],
    },
    {
      name: 'no finding: the plain side has a negator the detector placed out of scope',
      left: [claim('L1', 'Han sagde, at han ikke ville komme.', false)],
      right: [claim('R1', 'He would not come, he said.', true)],
      expected: [],
    },
    {
      name: "an idiom on the plain side ('not only') is no negator there",
      left: [claim('L1', 'Det er ikke et problem for Danmark.', true)],
      right: [claim('R1', 'It is not only a problem for Denmark.', false)],
      expected: [['ikke', 'It is not only a problem for Denmark.']],
    },
    {
      name: "no finding: an 'un-' word on the plain side ('unclear' for 'ikke klart')",
      left: [claim('L1', 'Det er stadig ikke klart, hvad der skete.', true)],
      right: [claim('R1', 'What happened remains unclear.', false)],
      expected: [],
    },
    {
      name: "no finding: an English '-less' word on the plain side ('pointless' for 'giver ingen mening')",
      left: [claim('L1', 'Det giver ingen mening at vente.', true)],
      right: [claim('R1', 'Waiting is pointless.', false)],
      expected: [],
    },
    {
      name: "no finding: a '-fri' word for 'no wrong'",
      left: [claim('L1', 'Parret fremstår fejlfrit.', false)],
      right: [claim('R1', 'The pair can do no wrong.', true)],
      expected: [],
    },
    {
      name: "no finding: 'yet to' for 'endnu ikke'",
      left: [claim('L1', 'Det ligger endnu ikke fast.', true)],
      right: [claim('R1', 'It has yet to be decided.', false)],
      expected: [],
    },
    {
      name: "a flip all the same when a Danish word merely begins with 'u' ('unikke', 'uge')",
      left: [claim('L1', 'De unikke dyr blev set i denne uge.', false)],
      right: [claim('R1', 'The unique animals were not seen this week.', true)],
      expected: [['De unikke dyr blev set i denne uge.', 'not']],
    },
    {
      name: "a flip all the same when both sides hold the same negative-by-form word ('hjemløse' / 'homeless')",
      left: [claim('L1', 'Køberne skal betale mere til gavn for de hjemløse.', false)],
      right: [claim('R1', 'Buyers are not set to pay more to help the homeless.', true)],
      expected: [['Køberne skal betale mere til gavn for de hjemløse.', 'not']],
    },
  ];

  it.each(cases)('$name', ({ left, right, expected }) => {
    const found = run(left, right);
    expect(found.map((d) => [d.left.text, d.right.text])).toEqual(expected);
    const all = [...left, ...right];
    for (const d of found) {
      expect(d.kind).toBe('negation');
      for (const s of [d.left, d.right]) {
        const c = all.find((x) => x.id === s.claim)!;
        expect(c.text.slice(s.start - c.start, s.end - c.start)).toBe(s.text);
      }
    }
  });

  it('says which side negates, with moderate confidence', () => {
    const [d] = run(cases[0].left, cases[0].right);
    expect(d.message).toBe('The English article negates this ("not"); the Danish article states it without negation.');
    expect(d.confidence).toBeGreaterThan(0.3);
    expect(d.confidence).toBeLessThanOrEqual(0.5);
    expect(d.right.value).toBe(true);
    expect(d.left.value).toBe(false);
  });
});

describe('compareNegation: the rest of a split sentence', () => {
  const negatedEnglish = claim('R1', 'He did not stay.', true);
  it('finds no flip when the negator sits in another clause of the same Danish sentence', () => {
    const main = claim('L1', 'Han kom,', false);
    const rest = { ...claim('L2', 'men han blev ikke.', true, 9), sentence: 0 };
    const context = { left: [rest], right: [] };
    expect(compareNegation({ left: [main], right: [negatedEnglish], threshold: 1.2, score: 1.8, context }, langs)).toEqual([]);
  });

  it('still flags a flip when the other claim is another sentence of a quotation', () => {
    // Both Danish claims come from one quoted passage (one sentence index), but the first ends a sentence.
    const first = { ...claim('L1', '"Han kom.', false), sentence: 0 };
    const second = { ...claim('L2', 'Han blev ikke."', true, 10), sentence: 0 };
    const english = [claim('R1', 'He did not come.', true), claim('R2', 'He did not stay.', true, 20)];
    const alignments = [
      { left: ['L1'], right: ['R1'], score: 1.8 },
      { left: ['L2'], right: ['R2'], score: 1.8 },
    ];
    const found = findDiscrepancies([first, second], english, alignments, names).filter((d) => d.kind === 'negation');
    expect(found.map((d) => d.left.claim)).toEqual(['L1']);
    // Parted by a clause split instead (no sentence end), the negator of the second counts for the first.
    const clause = { ...first, text: 'Han kom,', end: 8 };
    const again = findDiscrepancies([clause, second], english, alignments, names).filter((d) => d.kind === 'negation');
    expect(again).toEqual([]);
  });
});

describe('compareNegation: an unaligned claim beside the group', () => {
  it('finds no flip when the negator sits in an unaligned claim right beside the plain side', () => {
    const main = claim('L1', 'Der var derfor tid nok.', false);
    const beside = claim('L2', 'Vi kunne ikke nå det.', true, 30);
    const english = claim('R1', 'There was time, but we could not make it.', true);
    expect(compareNegation({ left: [main], right: [english], threshold: 1.2, score: 1.8 }, langs)).toHaveLength(1);
    expect(compareNegation({ left: [main], right: [english], threshold: 1.2, score: 1.8, beside: { left: [beside], right: [] } }, langs)).toEqual([]);
  });
});
