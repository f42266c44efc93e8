// The command line and the language guard: a refusal is one line on stderr with exit code 2, a warning is a
// line on stderr (not with --quiet) while stdout stays the report, and --left-lang/--right-lang take only codes.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { main, type CliDeps } from '../../src/cli';
import type { Report } from '../../src/types';
import { languageFixtures } from '../fixtures/languages.mjs';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimdiff-cli-language-'));
  const article = (lang: string) => languageFixtures().find((f) => f.lang === lang && f.kind === 'article')!.text;
  for (const lang of ['da', 'en', 'de']) writeFileSync(join(dir, `${lang}.txt`), article(lang));
});

async function run(argv: string[], options: { deps?: Partial<CliDeps>; stdin?: string } = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (c) => out.push(String(c)));
  stderr.on('data', (c) => err.push(String(c)));
  const io = { stdin: Readable.from([options.stdin ?? '']), stdout, stderr, env: {}, cwd: dir };
  const code = await main(argv, io, options.deps ?? {});
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('compare and the language guard', () => {
  it('refuses a German article given without flags: exit 2, one line naming German', async () => {
    const r = await run(['compare', 'de.txt', 'en.txt']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'claimdiff: The left article reads as German (de); claimdiff reads da, en. Pass --left-lang if that is wrong.\n',
    );
  });

  it('warns on stderr when a flag does not fit the text, and prints the report on stdout', async () => {
    const r = await run(['compare', 'en.txt', 'en.txt', '--left-lang', 'da', '--right-lang', 'en', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'claimdiff: warning: The left article is marked Danish (da) but reads as English (en); it was analysed as ' +
        'Danish. Check --left-lang.\n',
    );
    const report = JSON.parse(r.stdout) as Report;
    expect(report.warnings).toHaveLength(1);
    expect(report.left.warnings?.[0].side).toBe('left');
  });

  it('keeps quiet with --quiet', async () => {
    const r = await run(['compare', 'de.txt', 'en.txt', '--left-lang', 'da', '--right-lang', 'en', '-q', '-f', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect((JSON.parse(r.stdout) as Report).warnings?.[0].message).toMatch(/reads as German \(de\)/);
  });

  it('prints nothing on stderr when the flags fit', async () => {
    const r = await run(['compare', 'da.txt', 'en.txt', '--left-lang', 'da', '--right-lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it.each([['da-'], [''], [' da'], ['da_DK']])('refuses --left-lang %j as not a language code', async (code) => {
    const r = await run(['compare', 'da.txt', 'en.txt', `--left-lang=${code}`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^claimdiff: --left-lang: .* is not a language code.*\(see claimdiff --help\)\n$/);
  });
});

describe('batch and the language guard', () => {
  const warned = (message: string): Partial<CliDeps> => ({
    loadEmbedder: async () => ({ name: 'fake', dim: 1, embed: async (t: string[]) => t.map(() => new Float32Array([1])) }),
    compare: async () => ({ warnings: [{ code: 'WARN_LANGUAGE_MISMATCH', side: 'right', message }] }) as unknown as Report,
  });
  const line = JSON.stringify({ id: 'a', left: { text: 'Hej', lang: 'da' }, right: { text: 'Hallo', lang: 'en' } });

  it('repeats a report\'s warnings on stderr with the line number, unless --quiet', async () => {
    const r = await run(['batch', '-'], { deps: warned('The right article is marked English (en) but …'), stdin: `\n${line}\n` });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^claimdiff: warning: line 2: The right article is marked English \(en\) but …\n/);
    const quiet = await run(['batch', '-', '--quiet'], { deps: warned('x'), stdin: line });
    expect(quiet.stderr).toBe('');
  });

  it('answers a line whose language code is malformed with an error naming it', async () => {
    const bad = JSON.stringify({ id: 'b', left: { text: 'Hej med dig', lang: 'da-' }, right: { text: 'Hi', lang: 'en' } });
    const r = await run(['batch', '-', '-q'], { deps: warned('x'), stdin: bad });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).error.message).toMatch(/^line 1: "da-" is not a language code/);
  });
});
