import { describe, expect, it } from 'vitest';
import { renderMarkdown, renderText } from '../src/report';
import type { Report } from '../src/types';
import { makeClaim } from './helpers/claims';

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
