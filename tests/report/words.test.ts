// The aligned words of a group in every report format: which words have a counterpart on the other side, and
// which have none.
import { describe, expect, it } from 'vitest';
import { renderHtml, renderMarkdown, renderText } from '../../src/report';
import { unmatchedWords, viewReport } from '../../src/report/model';
import type { Claim, Report, WordPlace } from '../../src/types';

const LEFT = 'Kort nyt. Mødet i Boston med R&D-chefen varede 40 minutter.';
const RIGHT = 'In brief. The meeting in Stockholm with <Acme> lasted 45 minutes.';

function claim(text: string, id: string, words: string, sentence: number): Claim {
  const start = text.indexOf(words);
  return { id, text: words, start, end: start + words.length, sentence, facets: { times: [], numbers: [], entities: [], roles: [], negated: false } };
}

/** A word's offsets in its article, the first time it occurs at or after `from`. */
function at(text: string, word: string, from = 10): WordPlace {
  const start = text.indexOf(word, from);
  if (start < 0) throw new Error(`fixture: "${word}" not in text`);
  return [start, start + word.length];
}

const PAIRS: Array<[string, string]> = [
  ['Mødet', 'meeting'],
  ['i', 'in'],
  ['med', 'with'],
  ['varede', 'lasted'],
  ['minutter', 'minutes'],
];

function wordReport(): Report {
  return {
    left: { lang: 'da', claims: [claim(LEFT, 'L1', 'Kort nyt.', 0), claim(LEFT, 'L2', LEFT.slice(10), 1)] },
    right: { lang: 'en', claims: [claim(RIGHT, 'R1', 'In brief.', 0), claim(RIGHT, 'R2', RIGHT.slice(10), 1)] },
    alignments: [
      { left: ['L1'], right: ['R1'], score: 1.2 },
      {
        left: ['L2'],
        right: ['R2'],
        score: 1.5,
        words: {
          pairs: PAIRS.map(([l, r]) => ({ left: at(LEFT, l), right: at(RIGHT, r), score: 0.8 })),
          unmatched: {
            left: ['Boston', 'R&D-chefen', '40'].map((w) => at(LEFT, w)),
            right: ['The', 'Stockholm', '<Acme>', '45'].map((w) => at(RIGHT, w)),
          },
        },
      },
    ],
    discrepancies: [
      {
        kind: 'entity',
        left: { claim: 'L2', text: 'Boston', start: at(LEFT, 'Boston')[0], end: at(LEFT, 'Boston')[1] },
        right: { claim: 'R2', text: 'Stockholm', start: at(RIGHT, 'Stockholm')[0], end: at(RIGHT, 'Stockholm')[1] },
        confidence: 0.7,
        message: 'The Danish article names Boston; the English article Stockholm.',
      },
    ],
    unmatched: { left: [], right: [] },
    meta: { embedder: 'test', version: '0' },
  };
}

function withoutWords(report: Report): Report {
  return { ...report, alignments: report.alignments.map(({ words: _words, ...a }) => a) };
}

describe('the words of a finding without a counterpart', () => {
  it('are read from the finding\'s group, capitalised words and numbers first', () => {
    const report = wordReport();
    report.alignments[1].words!.unmatched.left.unshift(at(LEFT, 'i'));
    report.alignments[1].words!.pairs.splice(1, 1);
    const view = viewReport(report);
    expect(unmatchedWords(view, view.findings[0])).toEqual({
      left: ['Boston', 'R&D-chefen', '40', 'i'],
      right: ['The', 'Stockholm', '<Acme>', '45'],
    });
  });

  it('are undefined without word alignment, or when the finding\'s claims are not paired with each other', () => {
    const plain = viewReport(withoutWords(wordReport()));
    expect(unmatchedWords(plain, plain.findings[0])).toBeUndefined();
    const report = wordReport();
    report.discrepancies[0].right.claim = 'R1';
    const view = viewReport(report);
    expect(unmatchedWords(view, view.findings[0])).toBeUndefined();
  });
});

describe('text and Markdown name the words without a counterpart', () => {
  it('text: one line under the finding, in the languages\' names', () => {
    const text = renderText(wordReport());
    expect(text).toContain('    no counterpart: Danish "Boston", "R&D-chefen", "40", English "The", "Stockholm", "<Acme>", "45"');
    expect(text.indexOf('no counterpart')).toBeLessThan(text.indexOf('ALIGNED CLAIMS'));
  });

  it('text: six words a side at most, the rest counted; one side a line when the line is too long', () => {
    const report = wordReport();
    const words = report.alignments[1].words!;
    words.unmatched.left.push(...words.pairs.map((p) => p.left));
    words.pairs = [];
    const lines = renderText(report, { width: 100 }).split('\n');
    const first = lines.findIndex((l) => l.includes('no counterpart'));
    expect(lines[first]).toBe('    no counterpart: Danish "Mødet", "Boston", "R&D-chefen", "40", "i", "med" … (+2),');
    expect(lines[first + 1]).toBe('                    English "The", "Stockholm", "<Acme>", "45"');
  });

  it('text: "none" when every word of the two claims has a counterpart', () => {
    const report = wordReport();
    report.alignments[1].words!.unmatched = { left: [], right: [] };
    expect(renderText(report)).toContain('    no counterpart: none\n');
  });

  it('Markdown: after the finding\'s message, escaped', () => {
    const md = renderMarkdown(wordReport());
    expect(md).toContain(
      'Stockholm. — *no counterpart:* Danish "Boston", "R&amp;D-chefen", "40", English "The", "Stockholm", "&lt;Acme&gt;", "45" |',
    );
    expect(md).not.toContain('<Acme>');
  });

  it('nothing without word alignment', () => {
    const plain = withoutWords(wordReport());
    expect(renderText(plain)).not.toContain('no counterpart');
    expect(renderMarkdown(plain)).not.toContain('no counterpart');
  });
});

describe('the HTML report marks the words of a pair', () => {
  const html = renderHtml(wordReport());

  it('wraps each word with its pair, its key and its counterparts\' keys; a word with none is marked "alone"', () => {
    expect(html).toContain('<span class="w" data-pair="p2" data-w="l10" data-to="r14">Mødet</span>');
    expect(html).toContain('<span class="w" data-pair="p2" data-w="r14" data-to="l10">meeting</span>');
    expect(html).toContain('<mark data-finding="f1"><span class="w alone" data-pair="p2" data-w="l18">Boston</span></mark>');
    expect(html).toMatch(/<span class="claim flagged" id="left-L2" data-group="left-L2 right-R2" data-words="p2">/);
    // The pair without words is as it was.
    expect(html).toMatch(/<span class="claim" id="left-L1" data-group="left-L1 right-R1">/);
  });

  it('escapes the words: markup in a word stays text', () => {
    expect(html).toContain('<span class="w alone" data-pair="p2" data-w="l29">R&amp;D-chefen</span>');
    expect(html).toContain('<span class="w alone" data-pair="p2" data-w="r40">&lt;Acme&gt;</span>');
    expect(html).not.toContain('<Acme>');
  });

  it('says what the marks mean, in words, and has a status line for a screen reader', () => {
    expect(html).toContain('<p class="legend">');
    expect(html).toContain('<span class="w">dotted underline</span>');
    expect(html).toContain('<span class="w alone">boxed</span>');
    expect(html).toContain('<p id="word-status" class="sr-only" role="status"></p>');
  });

  it('wraps a word a finding\'s mark cuts on both sides of the mark, under one key', () => {
    const report = wordReport();
    const start = LEFT.indexOf('R&D');
    report.discrepancies[0].left = { claim: 'L2', text: 'R&D', start, end: start + 3 };
    expect(renderHtml(report)).toContain(
      '<mark data-finding="f1"><span class="w alone" data-pair="p2" data-w="l29">R&amp;D</span></mark>' +
        '<span class="w alone" data-pair="p2" data-w="l29">-chefen</span>',
    );
  });

  it('leaves a claim whose offsets do not hold unmarked', () => {
    const report = wordReport();
    report.left.claims[1] = { ...report.left.claims[1], end: report.left.claims[1].end + 5 };
    const page = renderHtml(report);
    expect(page).not.toContain('data-w="l');
    expect(page).toContain('data-w="r14"');
  });

  it('is today\'s report without word alignment: no marks, no legend, no status line', () => {
    const page = renderHtml(withoutWords(wordReport())).replace(/<script>[\s\S]*<\/script>/, '');
    expect(page).not.toMatch(/class="w[ "]|data-words=|data-pair=/);
    expect(page).not.toContain('class="legend"');
    expect(page).not.toContain('word-status');
    expect(page).toContain('<mark data-finding="f1">Boston</mark>');
  });
});
