import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CliDeps } from '../../src/cli';
import type { Report } from '../../src/types';
import pkg from '../../package.json';
import { fakeDeps, runCli, type Run } from '../helpers/cli';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimdiff-cli-'));
  writeFileSync(join(dir, 'da.txt'), 'Lavrov mødtes torsdag med Tillerson i Wien.\n');
  writeFileSync(join(dir, 'en.txt'), 'Lavrov met Tillerson in Vienna on Monday.\n');
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.txt'), '  \n\n ');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Mødet i Wien', 'latin1'));
  writeFileSync(join(dir, 'bom.txt'), '\uFEFFMødet i Wien varede 40 minutter.');
  mkdirSync(join(dir, 'folder'));
});

function run(
  argv: string[],
  options: { stdin?: string; deps?: CliDeps; tty?: boolean; stderrTTY?: boolean; env?: Record<string, string> } = {},
): Promise<Run> {
  return runCli(argv, { ...options, cwd: dir });
}

function expectOneLineError(r: Run, pattern: RegExp) {
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/^claimdiff: /);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('usage errors exit with 2 and one line on stderr', () => {
  it.each([
    [['--frobnicate'], /unknown option "--frobnicate"/],
    [[], /no command/],
    [['translate', 'a', 'b'], /unknown command "translate"/],
    [['compare', 'da.txt'], /two articles/],
    [['compare', '-', '-'], /only one article can come from stdin/],
    [['compare', 'da.txt', 'en.txt', '--format', 'pdf'], /unknown format "pdf"/],
    [['compare', 'da.txt', 'en.txt', '--format'], /--format needs a value/],
    [['compare', 'da.txt', 'en.txt', '--offline', '--allow-download'], /contradict/],
    [['compare', 'da.txt', 'en.txt', '--min-confidence', '2'], /--min-confidence/],
    [['compare', 'da.txt', 'en.txt', '--left-lang', 'xx'], /--left-lang: Unknown language code "xx"/],
    [['compare', 'da.txt', 'en.txt', '--published-left', '2017-02-30'], /--published-left must be a date/],
    [['compare', 'da.txt', 'en.txt', '--quiet=yes'], /--quiet takes no value/],
    [['batch'], /batch takes one input/],
    [['batch', 'pairs.jsonl', '--format', 'json'], /--format applies to "compare" only/],
  ])('%j', async (argv, pattern) => {
    const r = await run(argv);
    expectOneLineError(r, pattern);
    expect(r.stderr).toContain('--help');
    expect(r.stdout).toBe('');
  });
});

describe('input files', () => {
  it.each([
    ['nope.txt', /cannot read "nope.txt": no such file/],
    ['folder', /cannot read "folder": it is a directory/],
    ['empty.txt', /"empty.txt" is empty/],
    ['blank.txt', /"blank.txt" is empty/],
    ['binary.txt', /"binary.txt" looks like a binary file/],
    ['latin1.txt', /"latin1.txt" is not UTF-8 text/],
  ])('compare with %s exits 2', async (file, pattern) => {
    const { deps, calls } = fakeDeps();
    const r = await run(['compare', 'da.txt', file], { deps });
    expectOneLineError(r, pattern);
    expect(calls.compare).toBe(0);
  });

  it.each([
    ['nope.jsonl', /cannot read "nope.jsonl": no such file/],
    ['empty.txt', /"empty.txt" is empty/],
    ['binary.txt', /looks like a binary file/],
    ['blank.txt', /holds no pairs/],
  ])('batch with %s exits 2', async (file, pattern) => {
    expectOneLineError(await run(['batch', file]), pattern);
  });

  it.each([
    [['batch', 'one.jsonl', '-o', './one.jsonl']],
    [['compare', 'da.txt', 'en.txt', '-o', 'folder/../en.txt']],
  ])('refuses to overwrite an input: %j', async (argv) => {
    const before = readFileSync(join(dir, 'en.txt'), 'utf8');
    writeFileSync(join(dir, 'one.jsonl'), '{}\n');
    expectOneLineError(await run(argv), /would overwrite/);
    expect(readFileSync(join(dir, 'en.txt'), 'utf8')).toBe(before);
    expect(readFileSync(join(dir, 'one.jsonl'), 'utf8')).toBe('{}\n');
  });

  it('drops a UTF-8 byte-order mark', async () => {
    const { deps, calls } = fakeDeps();
    const r = await run(['compare', 'bom.txt', 'en.txt'], { deps });
    expect(r.code).toBe(0);
    expect(calls.inputs[0][0].text).toBe('Mødet i Wien varede 40 minutter.');
  });
});

describe('help and version', () => {
  it.each([[['--help']], [['-h']], [['help']], [['compare', '--help']], [['batch', '-h']]])('%j', async (argv) => {
    const r = await run(argv);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/claimdiff (compare|batch)/);
  });

  it('--version prints the package version', async () => {
    const r = await run(['--version']);
    expect(r).toMatchObject({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });
});

describe('compare', () => {
  it('passes languages, dates and model options to the pipeline and prints JSON', async () => {
    const { deps, calls } = fakeDeps();
    const r = await run(
      ['compare', 'da.txt', 'en.txt', '--left-lang', 'da', '--right-lang', 'en', '--published-left', '2017-12-08',
        '--format', 'json', '--min-confidence', '0.5'],
      { deps },
    );
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.left.claims[0].text).toBe('Lavrov mødtes torsdag med Tillerson i Wien.\n');
    const [left, right] = calls.inputs[0];
    expect(left).toMatchObject({ lang: 'da', published: '2017-12-08' });
    expect(right).toMatchObject({ lang: 'en' });
    expect(right.published).toBeUndefined();
  });

  it('reads one article from stdin', async () => {
    const { deps, calls } = fakeDeps();
    const r = await run(['compare', '-', 'en.txt', '--format', 'json'], { deps, stdin: 'Fra stdin: 5 døde.' });
    expect(r.code).toBe(0);
    expect(calls.inputs[0][0].text).toBe('Fra stdin: 5 døde.');
  });

  it.each([
    ['report.md', '## Findings'],
    ['report.html', '<!DOCTYPE html>'],
    ['report.json', '"alignments"'],
    ['report.txt', 'FINDINGS'],
  ])('-o %s picks the format from the extension', async (file, marker) => {
    const r = await run(['compare', 'da.txt', 'en.txt', '-o', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(join(dir, file), 'utf8')).toContain(marker);
    expect(r.stderr).toContain(file);
    expect((await run(['compare', 'da.txt', 'en.txt', '-o', file, '--quiet'])).stderr).toBe('');
  });

  it('cannot write into a missing folder: exit 2', async () => {
    expectOneLineError(await run(['compare', 'da.txt', 'en.txt', '-o', 'no/such/dir/r.md']), /cannot write/);
  });

  it.each([
    [true, {}, true],
    [true, { NO_COLOR: '1' }, false],
    [false, {}, false],
  ])('colour on a terminal=%s env=%j → %s', async (tty, env, coloured) => {
    const r = await run(['compare', 'da.txt', 'en.txt'], { tty, env });
    expect(r.code).toBe(0);
    expect(/\u001b\[/.test(r.stdout)).toBe(coloured);
  });

  it('turns a pipeline error into one line and exit 2; CLAIMDIFF_DEBUG=1 adds the stack', async () => {
    const { deps } = fakeDeps(() => true);
    expectOneLineError(await run(['compare', 'da.txt', 'en.txt'], { deps }), /the pipeline refused this pair/);
    const debug = await run(['compare', 'da.txt', 'en.txt'], { deps, env: { CLAIMDIFF_DEBUG: '1' } });
    expect(debug.stderr).toMatch(/\n\s+at /);
  });
});

const BATCH_LINES = [
  JSON.stringify({ id: 'ok-1', left: { text: 'Mødet varede 40 minutter.', lang: 'da' }, right: { text: 'It lasted 45 minutes.', lang: 'en' }, note: 'ignored' }),
  '{"id": "broken", "left": {"text": "Halv',
  JSON.stringify({ id: 'no-text', left: { lang: 'da' }, right: { text: 'x' } }),
  '',
  JSON.stringify({ id: 'xx', left: { text: 'Hej', lang: 'xx' }, right: { text: 'Hi', lang: 'en' } }),
  JSON.stringify({ id: 'empty', left: { text: '   ' }, right: { text: 'Hi' } }),
  JSON.stringify({ left: { text: 'Fem døde.' }, right: { text: 'Five dead.' } }),
  JSON.stringify([1, 2]),
  JSON.stringify({ id: 'no-right', left: { text: 'Hej' } }),
  JSON.stringify({ id: 'bad-date', left: { text: 'Hej', published: 'yesterday' }, right: { text: 'Hi' } }),
];

describe('batch', () => {
  it('answers every non-blank line in order, with errors naming the line', async () => {
    writeFileSync(join(dir, 'pairs.jsonl'), BATCH_LINES.join('\n') + '\n');
    const { deps, calls } = fakeDeps();
    const r = await run(['batch', 'pairs.jsonl'], { deps });
    expect(r.code).toBe(1);
    const answers = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    const expected: [unknown, 'report' | RegExp][] = [
      ['ok-1', 'report'],
      [2, /^line 2: not valid JSON/],
      ['no-text', /^line 3: .*left.*text/i],
      ['xx', /^line 5: .*"xx"/],
      ['empty', /^line 6: .*left article is empty/i],
      [7, 'report'],
      [8, /^line 8: expected a JSON object/],
      ['no-right', /^line 9: "right" is missing/],
      ['bad-date', /^line 10: .*published/],
    ];
    expect(answers.map((a) => a.id)).toEqual(expected.map(([id]) => id));
    answers.forEach((answer, i) => {
      const want = expected[i][1];
      if (want === 'report') expect(answer.report.left.claims.length).toBe(1);
      else {
        expect(answer.error.message).toMatch(want);
        expect(answer.report).toBeUndefined();
      }
    });
    expect(calls.load).toBe(1);
    expect(calls.compare).toBe(2);
    expect(calls.inputs[0][0]).toEqual({ text: 'Mødet varede 40 minutter.', lang: 'da' });
    expect(r.stderr).toMatch(/9 pairs done, 7 failed/);
  });

  it('reads stdin, fills missing languages from --left-lang/--right-lang, exit 0 when all succeed', async () => {
    const { deps, calls } = fakeDeps();
    const input = [
      JSON.stringify({ id: 'a', left: { text: 'Hej' }, right: { text: 'Hi' } }),
      JSON.stringify({ id: 'b', left: { text: 'Hej', lang: 'en' }, right: { text: 'Hi' } }),
    ].join('\r\n');
    const r = await run(['batch', '-', '--left-lang', 'da', '--right-lang', 'en', '-q'], { deps, stdin: input });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a', 'b']);
    expect(calls.inputs.map(([l, rt]) => [l.lang, rt.lang])).toEqual([['da', 'en'], ['en', 'en']]);
  });

  it('keeps going when the pipeline throws on one line', async () => {
    const { deps } = fakeDeps((left) => left.text === 'boom');
    const input = ['Hej', 'boom', 'Hallo'].map((t) => JSON.stringify({ left: { text: t }, right: { text: 'Hi' } }));
    const r = await run(['batch', '-', '-o', 'out.jsonl'], { deps, stdin: input.join('\n') });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const answers = readFileSync(join(dir, 'out.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(answers.map((a) => Object.keys(a).sort().join())).toEqual(['id,report', 'error,id', 'id,report']);
    expect(answers[1].error).toEqual({ message: 'line 2: the pipeline refused this pair', line: 2, code: 'ERR_INTERNAL' });
  });

  it('streams a long batch in input order, even when pairs take different times', async () => {
    const base = fakeDeps().deps;
    const deps: CliDeps = {
      ...base,
      compare: async (left, right) => {
        await new Promise((done) => setTimeout(done, Number(left.text) % 3));
        return base.compare(left, right, {});
      },
    };
    const input = Array.from({ length: 400 }, (_, i) =>
      i % 97 === 5 ? 'not json' : JSON.stringify({ id: `p${i}`, left: { text: String(i) }, right: { text: 'x' } }),
    );
    const r = await run(['batch', '-', '-q'], { deps, stdin: input.join('\n') });
    const ids = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).id);
    expect(ids).toEqual(input.map((line, i) => (line === 'not json' ? i + 1 : `p${i}`)));
    expect(r.code).toBe(1);
  });

  it('stops with exit 2 when the model cannot be loaded', async () => {
    const deps: CliDeps = {
      ...fakeDeps().deps,
      loadEmbedder: async () => {
        throw new Error('model "x/y" not found locally and downloads are off');
      },
    };
    writeFileSync(join(dir, 'one.jsonl'), BATCH_LINES[0]);
    expectOneLineError(await run(['batch', 'one.jsonl', '--model', 'x/y'], { deps }), /not found locally/);
  });
});

