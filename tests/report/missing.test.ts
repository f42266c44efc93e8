import { describe, expect, it } from 'vitest';
import { renderMarkdown, renderText } from '../../src/report';
import type { Report } from '../../src/types';
import { makeClaim } from '../helpers/claims';

// A date the left article gives and the right one leaves out: the right side spans its whole claim.
const left = makeClaim('L1', 'Lavrov mødte Tillerson torsdag i Wien.');
const right = makeClaim('R1', 'Lavrov met Tillerson in Vienna.', {}, 100);
const report: Report = {
  left: { lang: 'da', claims: [left] },
  right: { lang: 'en', claims: [right] },
  alignments: [{ left: ['L1'], right: ['R1'], score: 1.9 }],
  discrepancies: [
    {
      kind: 'date',
      left: { claim: 'L1', text: 'torsdag', start: 23, end: 30 },
      right: { claim: 'R1', text: right.text, start: 100, end: 100 + right.text.length },
      missing: 'right',
      confidence: 0.45,
      message: 'The Danish article dates this to Thursday ("torsdag"); the English article gives no date ("Lavrov met Tillerson in Vienna.").',
    },
  ],
  unmatched: { left: [], right: [] },
  meta: { embedder: 'test', version: '0' },
};

describe('reports: a side that does not give the fact', () => {
  it('text: says "(not given)" instead of highlighting the whole claim', () => {
    const text = renderText(report, { color: true });
    expect(text).toMatch(/R1 *\u001b\[0m\u001b\[2m\(not given\)/);
    // The claim is shown, and nothing of it is painted as the differing words.
    expect(text).toContain('Lavrov met Tillerson in Vienna.');
    expect(text).not.toMatch(/\u001b\[1;4;33mLavrov met/);
    expect(text).toMatch(/\u001b\[1;4;33mtorsdag/);
  });

  it('markdown: marks the side as not given', () => {
    const md = renderMarkdown(report);
    expect(md).toContain('| **L1** torsdag | **R1** *(not given)* |');
  });
});

// A negation the right article has and the left lacks: the left side's words are its whole claim, longer than a line.
const longClaim = makeClaim(
  'L1',
  "USA's præsident, Donald Trump, har som følge af nordkoreanske prøveaffyringer af ballistiske missiler og en " +
    'atomprøvesprængning tidligere i år raslet med sablen over for Nordkoreas leder, Kim Jong-un.',
);
const negated = makeClaim('R1', 'North Korea is not interested in escalation of the conflict.', {}, 300);
const wholeClaim: Report = {
  ...report,
  left: { lang: 'da', claims: [longClaim] },
  right: { lang: 'en', claims: [negated] },
  discrepancies: [
    {
      kind: 'negation',
      left: { claim: 'L1', text: longClaim.text, start: 0, end: longClaim.text.length, value: false },
      right: { claim: 'R1', text: 'not', start: 318, end: 321, value: true },
      confidence: 0.26,
      message: 'The English article negates this ("not"); the Danish article states it without negation.',
    },
  ],
};

describe('reports: a side whose words are its whole claim', () => {
  it('text: shows the claim once, wrapped to the width', () => {
    for (const width of [60, 100]) {
      const text = renderText(wholeClaim, { width });
      const findings = text.slice(text.indexOf('FINDINGS'), text.indexOf('ALIGNED CLAIMS'));
      expect(findings.match(/Donald Trump/g)).toHaveLength(1);
      expect(findings).toMatch(/^ {4}L1 +USA's præsident/m);
      expect(Math.max(...text.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(width);
    }
  });

  it('text: a long differing passage that is not the whole claim is wrapped too, then the claim follows', () => {
    const passage = longClaim.text.slice(0, longClaim.text.indexOf(' raslet'));
    const partial: Report = {
      ...wholeClaim,
      discrepancies: [{ ...wholeClaim.discrepancies[0], left: { claim: 'L1', text: passage, start: 0, end: passage.length } }],
    };
    const text = renderText(partial, { width: 60 });
    expect(Math.max(...text.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(60);
    const findings = text.slice(text.indexOf('FINDINGS'), text.indexOf('ALIGNED CLAIMS'));
    expect(findings.match(/Donald Trump/g)).toHaveLength(2);
    expect(findings).toContain('Jong-un.');
  });
});
