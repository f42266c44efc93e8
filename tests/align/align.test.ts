import { describe, expect, it } from 'vitest';
import { align, ALIGN_DEFAULTS, pairScores } from '../../src/align';
import { anchorsOf } from '../../src/keys/anchors';
import { assignPairs } from '../../src/align/assignment';
import { fillGaps } from '../../src/align/gaps';
import { joinNeighbours } from '../../src/align/neighbours';
import { cosineMatrix, ratioMargin } from '../../src/align/similarity';
import { relatedPairs } from '../../src/align/related';
import { axis, makeClaim } from '../helpers/claims';

const DIM = 12;

describe('ratioMargin', () => {
  it('raises a pair that stands out from both neighbourhoods above a generic one', () => {
    const cos = [Float64Array.from([0.9, 0.5, 0.5]), Float64Array.from([0.6, 0.6, 0.6])];
    const m = ratioMargin(cos, 2);
    expect(m[0][0]).toBeGreaterThan(m[1][0]);
    expect(m[0][0]).toBeGreaterThan(1);
  });
});

describe('assignPairs', () => {
  it('maximises the total score instead of taking the single best pair first', () => {
    // Greedy would take (0,0)=0.9 and leave (1,?) with 0.1; the optimum is (0,1)+(1,0) = 1.7.
    const score = [Float64Array.from([0.9, 0.85]), Float64Array.from([0.85, 0.1])];
    expect(assignPairs(score, 0.5)).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('leaves pairs below the threshold unassigned', () => {
    const score = [Float64Array.from([0.2, 0.3]), Float64Array.from([0.9, 0.1])];
    expect(assignPairs(score, 0.5)).toEqual([[1, 0]]);
  });

  it('handles more rows than columns and empty input', () => {
    const score = [Float64Array.from([0.9]), Float64Array.from([0.95]), Float64Array.from([0.1])];
    expect(assignPairs(score, 0.5)).toEqual([[1, 0]]);
    expect(assignPairs([], 0.5)).toEqual([]);
  });
});

describe('align', () => {
  it('pairs shuffled claims and reports the leftovers as unmatched', () => {
    const left = ['a', 'b', 'c', 'd'].map((t, i) => makeClaim(`L${i + 1}`, t));
    const right = ['c', 'a', 'x', 'b'].map((t, i) => makeClaim(`R${i + 1}`, t));
    const lv = [axis(DIM, 0, 0.2), axis(DIM, 1, 0.2), axis(DIM, 2, 0.2), axis(DIM, 3, 0.2)];
    const rv = [axis(DIM, 2, 0.2), axis(DIM, 0, 0.2), axis(DIM, 9, 0.2), axis(DIM, 1, 0.2)];
    const result = align(left, right, lv, rv);
    const pairs = result.alignments.map((a) => `${a.left.join('+')}-${a.right.join('+')}`).sort();
    expect(pairs).toEqual(['L1-R2', 'L2-R4', 'L3-R1']);
    expect(result.unmatched).toEqual({ left: ['L4'], right: ['R3'] });
  });

  it('lets shared anchors decide between two equally similar candidates', () => {
    const vienna = { type: 'place' as const, key: 'vienna', text: 'Vienna', start: 0, end: 6 };
    const left = [makeClaim('L1', 'meeting in Wien', { entities: [{ ...vienna, text: 'Wien', end: 4 }] })];
    const right = [makeClaim('R1', 'meeting in Paris'), makeClaim('R2', 'meeting in Vienna', { entities: [vienna] })];
    const v = axis(DIM, 0, 0.3);
    const result = align(left, right, [v], [v, v]);
    expect(result.alignments.map((a) => a.right)).toEqual([['R2']]);
  });

  it("joins a claim under the threshold to its partner's pair when it is that partner's second best", () => {
    // L1 and L2 both tell what R1 tells; L3/R2 and L4/R3 are other pairs.
    const left = ['a', 'a too', 'c', 'd'].map((t, i) => makeClaim(`L${i + 1}`, t));
    const right = ['a and a too', 'c', 'd'].map((t, i) => makeClaim(`R${i + 1}`, t));
    const lv = [axis(DIM, 0, 0.5, 1), axis(DIM, 1, 0.6, 0), axis(DIM, 3, 0.2), axis(DIM, 5, 0.2)];
    const rv = [axis(DIM, 0, 0.9, 1), axis(DIM, 3, 0.2), axis(DIM, 5, 0.2)];
    const score = pairScores(left, right, lv, rv, ALIGN_DEFAULTS);
    const [paired, second] = [score[0][0], score[1][0]];
    expect(paired).toBeGreaterThan(second);
    expect(second).toBeGreaterThan(0.9 * paired);
    const threshold = (paired + second) / 2;
    const groups = (mergeFloor: number) =>
      align(left, right, lv, rv, { threshold, mergeFloor }).alignments.map((a) => `${a.left.join('+')}-${a.right.join('+')}`);
    expect(groups(second - 0.01)).toContain('L1+L2-R1');
    expect(groups(threshold)).toContain('L1-R1');
  });

  it('returns nothing to align for an empty side', () => {
    const left = [makeClaim('L1', 'a')];
    expect(align(left, [], [axis(DIM, 0)], [])).toEqual({ alignments: [], unmatched: { left: ['L1'], right: [] }, related: [] });
  });
});

describe('anchorsOf', () => {
  const text = 'Nordkorea ønsker direkte samtaler.';
  it('counts the surname of a speaker credited outside the claim', () => {
    const credited = { ...makeClaim('L1', text), attribution: { speaker: { text: 'Sergej Lavrov', start: 60, end: 73 } } };
    expect(anchorsOf(credited).has('e:lavrov')).toBe(true);
  });

  it('takes no anchor from a speaker that is no name', () => {
    const credited = { ...makeClaim('L1', text), attribution: { speaker: { text: 'politiet', start: 60, end: 68 } } };
    expect([...anchorsOf(credited)]).toEqual([]);
  });
});

describe('cosineMatrix', () => {
  it('is the dot product of unit vectors', () => {
    const m = cosineMatrix([axis(DIM, 0)], [axis(DIM, 0), axis(DIM, 1)]);
    expect(m[0][0]).toBeCloseTo(1);
    expect(m[0][1]).toBeCloseTo(0);
  });
});

describe('relatedPairs', () => {
  const person = (text: string, key: string, start: number) => ({ type: 'name' as const, key, text, start, end: start + text.length });
  it('links claims outside the alignment whose leading actor is the same person', () => {
    const left = [makeClaim('L1', 'Lavrov oplyser', { entities: [person('Lavrov', 'lavrov', 0)] })];
    const right = [
      makeClaim('R1', 'Lavrov conveyed', { entities: [person('Sergei Lavrov', 'sergei lavrov', 0)] }),
      makeClaim('R2', 'Feltman arrived', { entities: [person('Feltman', 'feltman', 0)] }),
      makeClaim('R3', 'At the UN, Lavrov met', {
        entities: [{ type: 'organisation', key: 'united nations', text: 'UN', start: 7, end: 9 }, person('Lavrov', 'lavrov', 11)],
      }),
      makeClaim('R4', 'In Vienna, Lavrov met', {
        entities: [{ type: 'place', key: 'vienna', text: 'Vienna', start: 3, end: 9 }, person('Lavrov', 'lavrov', 11)],
      }),
    ];
    const score = [Float64Array.from([0.8, 0.9, 0.9, 0.9])];
    // A place before the name does not hide the actor; an organisation does.
    expect(relatedPairs(left, right, score, [], 0.5).map((p) => p.right)).toEqual([['R1'], ['R4']]);
    const aligned = [{ left: ['L1'], right: ['R1'], score: 1 }];
    expect(relatedPairs(left, right, score, aligned, 0.5).map((p) => p.right)).toEqual([['R4']]);
    expect(relatedPairs(left, right, [Float64Array.from([0.3, 0.9, 0.9, 0.3])], [], 0.5)).toEqual([]);
  });
});

describe('fillGaps', () => {
  // L1-R1 and L3-R3 align on their own; L2 and R2 (a changed name left them nothing in common) sit between.
  const score = [
    Float64Array.from([2.0, 0.5, 0.4]),
    Float64Array.from([0.5, 0.85, 0.5]),
    Float64Array.from([0.4, 0.5, 2.0]),
  ];
  const sentences = { left: [0, 1, 2], right: [0, 1, 2] };
  const groups = [
    { left: [0], right: [0] },
    { left: [2], right: [2] },
  ];

  it('pairs the one claim left on each side between two aligned pairs', () => {
    expect(fillGaps(groups, score, 0.8, sentences)).toEqual([{ left: [1], right: [1] }]);
  });

  it('leaves the gap open below the floor, or when the neighbours cross', () => {
    expect(fillGaps(groups, score, 0.9, sentences)).toEqual([]);
    const crossed = [
      { left: [0], right: [2] },
      { left: [2], right: [0] },
    ];
    expect(fillGaps(crossed, score, 0.8, sentences)).toEqual([]);
  });

  it('does not pair across a gap holding more than one claim of different sentences', () => {
    const wide = [Float64Array.from([2, 0.5, 0.5, 0.4]), Float64Array.from([0.5, 0.9, 0.9, 0.5]), Float64Array.from([0.4, 0.5, 0.5, 2])];
    const twoSentences = { left: [0, 1, 2], right: [0, 1, 2, 3] };
    const ends = [
      { left: [0], right: [0] },
      { left: [2], right: [3] },
    ];
    expect(fillGaps(ends, wide, 0.8, twoSentences)).toEqual([]);
    // The same gap is one sentence split in two claims on the right: one group.
    expect(fillGaps(ends, wide, 0.8, { left: [0, 1, 2], right: [0, 1, 1, 2] })).toEqual([{ left: [1], right: [1, 2] }]);
  });

  it('takes an article start or end as a neighbour', () => {
    const first = [{ left: [2], right: [2] }];
    const twoByTwo = fillGaps(first, score, 0.8, sentences);
    expect(twoByTwo).toEqual([]); // two claims a side before the first pair: not a one-to-one gap
    const tail = [{ left: [0], right: [0] }, { left: [1], right: [1] }];
    expect(fillGaps(tail, score, 0.8, sentences)).toEqual([{ left: [2], right: [2] }]);
  });
});

describe('joinNeighbours', () => {
  const unit = (...xs: number[]) => {
    const n = Math.hypot(...xs);
    return Float32Array.from(xs.map((x) => x / n));
  };
  // The right claim says in one sentence what the left says in two (axes 0 and 1); left claim 2 is unrelated.
  const left = { vectors: [unit(1, 0, 0), unit(0, 1, 0), unit(0, 0, 1)], lengths: [40, 40, 40] };
  const right = { vectors: [unit(1, 1, 0)], lengths: [80] };
  const ones = (n: number, m: number) => Array.from({ length: n }, () => new Float64Array(m).fill(1));

  it("joins the unmatched claim beside a pair when both together come closer to the other side's claim", () => {
    const groups = [{ left: [0], right: [0] }];
    joinNeighbours(groups, left, right, 0.08, ones(3, 1), 0.6);
    expect(groups).toEqual([{ left: [0, 1], right: [0] }]);
  });

  it('joins two neighbours one after the other when a long sentence covers three short ones', () => {
    const three = [{ left: [1], right: [0] }];
    joinNeighbours(three, left, { vectors: [unit(1, 1, 1)], lengths: [120] }, 0.08, ones(3, 1), 0.6);
    expect(three).toEqual([{ left: [0, 1, 2], right: [0] }]);
  });

  it('leaves an unrelated neighbour, a matched neighbour and a gain below the bar alone', () => {
    const unrelated = [{ left: [1], right: [0] }];
    const onlyThird = { vectors: [unit(0, 0, 1), unit(0, 1, 0), unit(0, 0, 1)], lengths: [40, 40, 40] };
    joinNeighbours(unrelated, onlyThird, right, 0.08, ones(3, 1), 0.6);
    expect(unrelated).toEqual([{ left: [1], right: [0] }]);
    const matched = [{ left: [0], right: [0] }, { left: [1], right: [1] }];
    joinNeighbours(matched, left, { vectors: [unit(1, 1, 0), unit(0, 1, 0)], lengths: [80, 40] }, 0.08, ones(3, 2), 0.6);
    expect(matched[0]).toEqual({ left: [0], right: [0] });
    const high = [{ left: [0], right: [0] }];
    joinNeighbours(high, left, right, 0.5, ones(3, 1), 0.6);
    // A neighbour that scores below the floor with the other claim stays out, however much it adds.
    const low = [{ left: [0], right: [0] }];
    joinNeighbours(low, left, right, 0.08, [Float64Array.from([1]), Float64Array.from([0.2]), Float64Array.from([1])], 0.6);
    expect(low).toEqual([{ left: [0], right: [0] }]);
    expect(high).toEqual([{ left: [0], right: [0] }]);
  });
});
