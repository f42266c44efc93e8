// The CLI with the real pipeline and the built-in model (no network): the seed pair and a small batch.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli';
import type { Report } from '../../src/types';

const seed = (name: string) => join(__dirname, '..', '..', 'examples', 'data', name);

async function run(argv: string[], stdin = '') {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (c) => out.push(String(c)));
  stderr.on('data', (c) => err.push(String(c)));
  const code = await main(argv, { stdin: Readable.from([stdin]), stdout, stderr, env: {}, cwd: __dirname });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('claimdiff with the real pipeline', () => {
  it('compares the seed pair and prints a report whose offsets point into the articles', async () => {
    const r = await run(['compare', seed('da.txt'), seed('en.txt'), '--left-lang', 'da', '--right-lang', 'en',
      '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    const texts = { left: readFileSync(seed('da.txt'), 'utf8'), right: readFileSync(seed('en.txt'), 'utf8') };
    for (const side of ['left', 'right'] as const) {
      expect(report[side].claims.length).toBeGreaterThan(3);
      for (const c of report[side].claims) expect(texts[side].slice(c.start, c.end)).toBe(c.text);
    }
    expect(report.alignments.length).toBeGreaterThan(0);
    expect(report.meta.embedder).toMatch(/builtin/);
  });

  it('prints the text report with findings first', async () => {
    const r = await run(['compare', seed('da.txt'), seed('en.txt')]);
    expect(r.code).toBe(0);
    expect(r.stdout.indexOf('FINDINGS')).toBeLessThan(r.stdout.indexOf('ALIGNED CLAIMS'));
  });

  it('runs a batch with one good and one broken line', async () => {
    const lines = [
      JSON.stringify({
        id: 'vienna',
        left: { lang: 'da', text: 'Lavrov mødtes med Tillerson i Wien torsdag. Mødet varede 40 minutter.' },
        right: { lang: 'en', text: 'Lavrov met Tillerson in Vienna on Monday. The meeting lasted 45 minutes.' },
      }),
      JSON.stringify({ id: 'broken', left: { lang: 'xx', text: 'Hej' }, right: { text: 'Hi' } }),
    ];
    const r = await run(['batch', '-', '--quiet'], lines.join('\n'));
    expect(r.code).toBe(1);
    const [good, bad] = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(good.id).toBe('vienna');
    expect(good.report.left.claims.length).toBeGreaterThan(0);
    expect(bad.error.message).toMatch(/^line 2: .*"xx"/);
  });
});
