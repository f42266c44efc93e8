import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  escapeHtml,
  escapeMarkdown,
  renderHtml,
  renderJson,
  renderMarkdown,
  renderReport,
  renderText,
} from '../../src/report';
import { scriptHash } from '../../src/report/html';
import { wrapText } from '../../src/report/layout';
import type { Claim, Discrepancy, Report } from '../../src/types';

const LEFT_TEXT =
  'Lavrov mødtes torsdag med Tillerson i Wien. ' +
  'Mødet varede 40 minutter. ' +
  'Ifølge Interfax sagde han: <script>alert("x")</script> | intet mere.';
const RIGHT_TEXT =
  'Lavrov met Tillerson in Vienna on Monday. ' +
  'The meeting lasted 45 minutes. ' +
  'Pyongyang wants talks, the senator says \u001b[31mloudly\u001b[0m.';

/** Claims whose offsets come from the text itself, so every span check below is real. */
function claims(text: string, prefix: string, sentences: string[]): Claim[] {
  return sentences.map((s, i) => {
    const start = text.indexOf(s);
    if (start < 0) throw new Error(`fixture: "${s}" not in text`);
    return {
      id: `${prefix}${i + 1}`,
      text: s,
      start,
      end: start + s.length,
      sentence: i,
      facets: { times: [], numbers: [], entities: [], roles: [], negated: false },
    };
  });
}

function side(text: string, claim: Claim, word: string, value?: unknown) {
  const start = text.indexOf(word, claim.start);
  return { claim: claim.id, text: word, start, end: start + word.length, value };
}

function makeReport(): Report {
  const left = claims(LEFT_TEXT, 'L', [
    'Lavrov mødtes torsdag med Tillerson i Wien.',
    'Mødet varede 40 minutter.',
    'Ifølge Interfax sagde han: <script>alert("x")</script> | intet mere.',
  ]);
  const right = claims(RIGHT_TEXT, 'R', [
    'Lavrov met Tillerson in Vienna on Monday.',
    'The meeting lasted 45 minutes.',
    'Pyongyang wants talks, the senator says \u001b[31mloudly\u001b[0m.',
  ]);
  const discrepancies: Discrepancy[] = [
    {
      kind: 'number',
      left: side(LEFT_TEXT, left[1], '40', 40),
      right: side(RIGHT_TEXT, right[1], '45', 45),
      confidence: 0.55,
      message: 'The left article says 40 minutes; the right one says 45 | <b>minutes</b>.',
    },
    {
      kind: 'date',
      left: side(LEFT_TEXT, left[0], 'torsdag', 4),
      right: side(RIGHT_TEXT, right[0], 'on Monday', 1),
      confidence: 0.9,
      message: 'The left article says Thursday; the right one says Monday.',
    },
  ];
  return {
    left: { lang: 'da', claims: left },
    right: { lang: 'en', claims: right },
    alignments: [
      { left: ['L1'], right: ['R1'], score: 0.81 },
      { left: ['L2'], right: ['R2'], score: 0.77 },
    ],
    discrepancies,
    unmatched: { left: ['L3'], right: ['R3'] },
    meta: { embedder: 'test-embedder', version: '0.0.0' },
  };
}

const ANSI = /\u001b\[/;

describe('fixture', () => {
  it('has offsets that point into the article texts', () => {
    const r = makeReport();
    for (const c of r.left.claims) expect(LEFT_TEXT.slice(c.start, c.end)).toBe(c.text);
    for (const c of r.right.claims) expect(RIGHT_TEXT.slice(c.start, c.end)).toBe(c.text);
    for (const d of r.discrepancies) {
      expect(LEFT_TEXT.slice(d.left.start, d.left.end)).toBe(d.left.text);
      expect(RIGHT_TEXT.slice(d.right.start, d.right.end)).toBe(d.right.text);
    }
  });
});

describe('renderText', () => {
  const text = renderText(makeReport());
  const sections = ['FINDINGS', 'ALIGNED CLAIMS', 'ONLY IN THE LEFT ARTICLE', 'ONLY IN THE RIGHT ARTICLE'];

  it('puts findings first, then aligned pairs, then each side alone', () => {
    const at = sections.map((s) => text.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('lists the most confident finding first, with kind, confidence, message and both claim ids', () => {
    const findings = text.slice(text.indexOf('FINDINGS'), text.indexOf('ALIGNED CLAIMS'));
    expect(findings.indexOf('DATE')).toBeLessThan(findings.indexOf('NUMBER'));
    expect(findings).toContain('confidence 0.90');
    expect(findings).toContain('confidence 0.55');
    expect(findings).toContain('the right one says Monday');
    expect(findings).toMatch(/L1\s+torsdag/);
    expect(findings).toMatch(/R1\s+on Monday/);
  });

  it('shows aligned claims side by side with their score, flagging pairs with findings', () => {
    const row = text.split('\n').find((l) => l.includes('L2') && l.includes('R2') && l.includes('│'));
    expect(row).toBeDefined();
    expect(row).toContain('0.77 !');
    expect(row!.indexOf('Mødet')).toBeLessThan(row!.indexOf('The meeting'));
  });

  it('keeps every line within the width', () => {
    for (const width of [60, 100, 140]) {
      const lines = renderText(makeReport(), { width }).split('\n');
      expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(width);
    }
  });

  it('has no ANSI codes without colour, even when an article contains some', () => {
    expect(text).not.toMatch(ANSI);
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    expect(text).toContain('loudly');
  });

  it('uses ANSI colours when asked', () => {
    expect(renderText(makeReport(), { color: true })).toMatch(ANSI);
  });

  it('says so when there is nothing to show', () => {
    const empty: Report = {
      left: { lang: 'da', claims: [] },
      right: { lang: 'en', claims: [] },
      alignments: [],
      discrepancies: [],
      unmatched: { left: [], right: [] },
      meta: { embedder: 'x', version: '0' },
    };
    const out = renderText(empty);
    expect(out).toContain('No disagreements found');
    expect(out).toContain('No claims were aligned');
  });
});

describe('renderMarkdown', () => {
  const md = renderMarkdown(makeReport());

  it('has a findings table before the aligned pairs table', () => {
    expect(md.indexOf('## Findings')).toBeLessThan(md.indexOf('## Aligned claims'));
    expect(md).toMatch(/\| 1 \| date \| 0\.90 \| \*\*L1\*\* torsdag \| \*\*R1\*\* on Monday \|/);
  });

  it('never lets article text open a tag', () => {
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('<b>');
    expect(md).toContain('&lt;script&gt;');
    expect(md).toContain('\\| &lt;b&gt;minutes');
  });

  it('gives every row of a table the same number of cells', () => {
    const tables = md.split(/\n\n/).filter((block) => block.startsWith('|'));
    expect(tables.length).toBe(2);
    for (const table of tables) {
      const counts = table.split('\n').map((row) => row.replace(/\\\|/g, '').split('|').length);
      expect(new Set(counts).size).toBe(1);
    }
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['a | b', 'a \\| b'],
    ['<script>', '&lt;script&gt;'],
    ['*bold* _it_', '\\*bold\\* \\_it\\_'],
    ['$5 and $6', '\\$5 and \\$6'],
    ['line\nbreak', 'line break'],
    ['[link](x)', '\\[link\\](x)'],
    ['', ''],
  ])('case %#', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});

describe('renderHtml', () => {
  const html = renderHtml(makeReport());
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);

  it('escapes article text: no markup from an article survives', () => {
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<b>minutes');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    // The only script is the page's own, and it holds no article text.
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).not.toMatch(/Lavrov|Tillerson|alert/);
  });

  it('is self-contained, and its policy lets only its own script run', () => {
    expect(html).not.toMatch(/src=|href="http|@import|url\(/i);
    expect(html).toContain("default-src 'none'");
    const hash = createHash('sha256').update(scripts[0], 'utf8').digest('base64');
    expect(html).toContain(`script-src 'sha256-${hash}'`);
    expect(scriptHash()).toBe(`'sha256-${hash}'`);
  });

  it('lists findings, most confident first, each quoting both sides and pointing at both claims', () => {
    const findings = html.slice(html.indexOf('Findings ('), html.indexOf('id="left-article"'));
    expect(findings.indexOf('date')).toBeLessThan(findings.indexOf('number'));
    expect(findings).toContain('data-claims="left-L1 right-R1"');
    expect(findings).toContain('“torsdag”');
    expect(findings).toContain('“on Monday”');
    expect(findings).toContain('href="#left-L1"');
  });

  it('shows both articles in their own order, claims linked to their partners, findings marked', () => {
    expect(html.indexOf('Left article')).toBeLessThan(html.indexOf('Right article'));
    expect(html).toMatch(/<span class="claim flagged" id="left-L1"[^>]*data-group="left-L1 right-R1"/);
    expect(html).toContain('<a href="#right-R1">R1</a>');
    expect(html).toContain('<mark data-finding="f1">torsdag</mark>');
    expect(html).toContain('<mark data-finding="f2">45</mark>');
  });

  it('says which claim an unpaired claim was checked against for a finding', () => {
    const report = makeReport();
    report.discrepancies[0] = { ...report.discrepancies[0], left: { ...report.discrepancies[0].left, claim: 'L3' } };
    const page = renderHtml(report);
    expect(page).toMatch(/id="left-L3"[\s\S]*?not paired; checked against <a href="#right-R2">R2<\/a>/);
    expect(page).toContain('aria-label="L3, only in this article, checked against R2"');
  });

  it('marks claims only one side carries in words, not by colour alone', () => {
    expect(html).toMatch(/<span class="claim only" id="left-L3"[^>]*><span class="tag">only in this article<\/span>/);
    expect(html).toMatch(/id="right-R3"[^>]*>.*?<button type="button" class="cid" aria-label="R3, only in this article">R3<\/button>/);
  });

  it('says "not given" for the side that leaves a fact out, and keeps odd ids inside their attributes', () => {
    const report = makeReport();
    report.discrepancies[1] = { ...report.discrepancies[1], missing: 'right' };
    report.left.claims[0] = { ...report.left.claims[0], id: 'L1" onmouseover="x' };
    report.alignments[0] = { ...report.alignments[0], left: ['L1" onmouseover="x'] };
    report.discrepancies[1] = { ...report.discrepancies[1], left: { ...report.discrepancies[1].left, claim: 'L1" onmouseover="x' } };
    const page = renderHtml(report);
    expect(page).toContain('<span class="none">not given</span>');
    expect(page).not.toContain('<mark data-finding="f1">on Monday');
    expect(page).not.toMatch(/" onmouseover="/);
    expect(page).toContain('id="left-L1__onmouseover__x"');
  });

  it.each([
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['"quoted" & \'single\'', '&quot;quoted&quot; &amp; &#39;single&#39;'],
  ])('escapeHtml(%j)', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});

describe('renderJson and renderReport', () => {
  it('renderJson round-trips the report exactly', () => {
    const report = makeReport();
    expect(JSON.parse(renderJson(report))).toEqual(report);
  });

  it.each([
    ['json', '"discrepancies"'],
    ['markdown', '## Findings'],
    ['html', '<!DOCTYPE html>'],
    ['text', 'FINDINGS'],
  ] as const)('renderReport(%s)', (format, marker) => {
    expect(renderReport(makeReport(), format)).toContain(marker);
  });

  it('does not crash on a report with missing parts', () => {
    const odd = { left: { lang: '', claims: [] }, right: {}, meta: {} } as unknown as Report;
    for (const format of ['text', 'markdown', 'html', 'json'] as const) {
      expect(() => renderReport(odd, format)).not.toThrow();
    }
  });
});

describe('wrapText', () => {
  it.each([
    ['one two three four', 9, ['one two', 'three', 'four']],
    ['supercalifragilistic', 8, ['supercal', 'ifragili', 'stic']],
    ['', 10, ['']],
    ['a\u001b[31mb', 10, ['a [31mb']],
  ])('%j at %i', (input, width, expected) => {
    expect(wrapText(input, width)).toEqual(expected);
  });
});
