// Command-line conventions: -o - for standard output, compare --exit-code, error output and error codes.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CliDeps } from '../../src/cli';
import { ClaimdiffInputError } from '../../src/errors';
import { fakeDeps, fakeFinding, runCli } from '../helpers/cli';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimdiff-cli-conventions-'));
  writeFileSync(join(dir, 'da.txt'), 'Mødet varede 40 minutter.\n');
  writeFileSync(join(dir, 'en.txt'), 'The meeting lasted 45 minutes.\n');
  writeFileSync(join(dir, 'low.txt'), 'Lav sikkerhed.\n');
  writeFileSync(join(dir, 'none.txt'), 'Ingen fund.\n');
});

const run = (argv: string[], options: Omit<Parameters<typeof runCli>[1], 'cwd'> = {}) =>
  runCli(argv, { ...options, cwd: dir });

/** Findings by the left text: 'Mødet…' one at 0.8, 'Lav…' one at 0.3, anything else none. */
const withFindings = () =>
  fakeDeps(undefined, (left) =>
    left.text.startsWith('Mødet') ? [fakeFinding(0.8)] : left.text.startsWith('Lav') ? [fakeFinding(0.3)] : []);

describe('-o - is standard output', () => {
  it('compare writes the report to stdout and makes no file named "-"', async () => {
    const r = await run(['compare', 'da.txt', 'en.txt', '-o', '-', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).left.claims).toHaveLength(1);
    expect(r.stderr).toBe('');
    expect(existsSync(join(dir, '-'))).toBe(false);
  });

  it('compare -o - on a terminal is the terminal: text in colour', async () => {
    const r = await run(['compare', 'da.txt', 'en.txt', '-o', '-'], { tty: true });
    expect(r.stdout).toContain('FINDINGS');
    expect(r.stdout).toMatch(/\u001b\[/);
  });

  it('batch writes its lines to stdout and makes no file named "-"', async () => {
    const input = JSON.stringify({ id: 'a', left: { text: 'Hej', lang: 'da' }, right: { text: 'Hi', lang: 'en' } });
    const r = await run(['batch', '-', '-o', '-'], { stdin: input });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).id).toBe('a');
    expect(r.stderr).toBe('claimdiff: 1 pair done, 0 failed\n');
    expect(existsSync(join(dir, '-'))).toBe(false);
  });
});

describe('compare --exit-code', () => {
  it.each([
    [['da.txt', 'en.txt'], 1],
    [['none.txt', 'en.txt'], 0],
    [['low.txt', 'en.txt'], 1],
    [['low.txt', 'en.txt', '--min-confidence', '0.5'], 0],
    [['da.txt', 'en.txt', '--min-confidence', '0.8'], 1],
  ])('%j → %i', async (args, code) => {
    const r = await run(['compare', ...args, '--exit-code', '--format', 'json'], { deps: withFindings().deps });
    expect(r.code).toBe(code);
    expect(r.stdout).not.toBe('');
  });

  it('without --exit-code, findings still exit 0', async () => {
    expect((await run(['compare', 'da.txt', 'en.txt'], { deps: withFindings().deps })).code).toBe(0);
  });

  it('exits 2 on an error, findings or not', async () => {
    const r = await run(['compare', 'da.txt', 'nope.txt', '--exit-code']);
    expect(r.code).toBe(2);
    const failing = await run(['compare', 'da.txt', 'en.txt', '--exit-code'], { deps: fakeDeps(() => true).deps });
    expect(failing.code).toBe(2);
  });

  it('is for compare only', async () => {
    const r = await run(['batch', '-', '--exit-code']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--exit-code applies to "compare" only/);
  });

  it('is in the help', async () => {
    expect((await run(['compare', '--help'])).stdout).toMatch(/--exit-code/);
    expect((await run(['--help'])).stdout).toMatch(/1 .*finding/);
  });
});

describe('errors', () => {
  it('one line on stderr; CLAIMDIFF_DEBUG=1 adds the stack', async () => {
    const deps: CliDeps = {
      ...fakeDeps().deps,
      compare: async () => {
        throw new ClaimdiffInputError('The left article is empty.', 'ERR_INPUT_EMPTY');
      },
    };
    const plain = await run(['compare', 'da.txt', 'en.txt'], { deps });
    expect(plain.code).toBe(2);
    expect(plain.stderr).toBe('claimdiff: The left article is empty.\n');
    const debug = await run(['compare', 'da.txt', 'en.txt'], { deps, env: { CLAIMDIFF_DEBUG: '1' } });
    expect(debug.stderr.split('\n')[0]).toBe('claimdiff: The left article is empty.');
    expect(debug.stderr).toMatch(/\n\s+at /);
  });

  it('batch error lines carry the code of what went wrong', async () => {
    const deps = fakeDeps((left) => left.text === 'boom').deps;
    const lines = [
      '{"id": "cut", "left": {"text": "Hal',
      JSON.stringify(['a', 'list']),
      JSON.stringify({ id: 'no-right', left: { text: 'Hej' } }),
      JSON.stringify({ id: 'empty', left: { text: ' ' }, right: { text: 'Hi' } }),
      JSON.stringify({ id: 'xx', left: { text: 'Hej', lang: 'xx' }, right: { text: 'Hi' } }),
      JSON.stringify({ id: 'date', left: { text: 'Hej', published: '2017-13-01' }, right: { text: 'Hi' } }),
      JSON.stringify({ id: 'html', left: { text: '<p>a</p><p>b</p><div>c</div>' }, right: { text: 'Hi' } }),
      JSON.stringify({ id: 'boom', left: { text: 'boom' }, right: { text: 'Hi' } }),
      JSON.stringify({ id: 'ok', left: { text: 'Hej' }, right: { text: 'Hi' } }),
    ];
    const r = await run(['batch', '-', '-q'], { stdin: lines.join('\n'), deps });
    expect(r.code).toBe(1);
    const answers = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(answers.map((a) => [a.id, a.error?.code ?? 'report'])).toEqual([
      [1, 'ERR_INPUT_INVALID'],
      [2, 'ERR_INPUT_INVALID'],
      ['no-right', 'ERR_INPUT_INVALID'],
      ['empty', 'ERR_INPUT_EMPTY'],
      ['xx', 'ERR_LANGUAGE_UNSUPPORTED'],
      ['date', 'ERR_PUBLISHED_INVALID'],
      ['html', 'ERR_INPUT_HTML'],
      ['boom', 'ERR_INTERNAL'],
      ['ok', 'report'],
    ]);
    for (const [i, a] of answers.entries()) {
      if (!a.error) continue;
      expect(Object.keys(a.error)).toEqual(['message', 'line', 'code']);
      expect(a.error.line).toBe(i + 1);
      expect(a.error.message).toMatch(new RegExp(`^line ${i + 1}: `));
    }
  });

  it('batch stops with exit 2 and one line when the input cannot be read on', async () => {
    const deps = fakeDeps().deps;
    const r = await run(['batch', '-', '-q'], { stdin: brokenStream(), deps });
    expect(r.code).toBe(2);
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).id)).toEqual(['first']);
    expect(r.stderr).toBe('claimdiff: the connection dropped\n');
  });
});

function brokenStream() {
  return Readable.from((async function* () {
    yield JSON.stringify({ id: 'first', left: { text: 'Hej' }, right: { text: 'Hi' } }) + '\n';
    throw new Error('the connection dropped');
  })());
}

describe('batch from a pipe', () => {
  it('reads a named pipe once, without peeking at it first', async () => {
    const fifo = join(dir, 'pairs.fifo');
    try {
      execFileSync('mkfifo', [fifo]);
    } catch {
      return; // no mkfifo here: nothing to test
    }
    const lines = ['a', 'b', 'c'].map((id) => JSON.stringify({ id, left: { text: 'Hej' }, right: { text: 'Hi' } }));
    const writing = fs.writeFile(fifo, lines.join('\n') + '\n');
    const r = await run(['batch', fifo, '-o', 'from-fifo.jsonl'], { stderrTTY: true });
    await writing;
    expect(r.code).toBe(0);
    const written = readFileSync(join(dir, 'from-fifo.jsonl'), 'utf8').trimEnd().split('\n');
    expect(written.map((l) => JSON.parse(l).id)).toEqual(['a', 'b', 'c']);
    // A pipe has no total to count beforehand: the bar shows pairs done, not a share.
    expect(r.stderr).toMatch(/claimdiff: 3 pairs/);
    expect(r.stderr).not.toMatch(/\d+\/\d+ pairs/);
  });
});
