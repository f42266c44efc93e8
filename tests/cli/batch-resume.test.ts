// A batch's output survives being stopped: a fresh run replaces FILE only when done, and --resume carries on from
// the answers FILE holds, a line cut off by a kill redone. The last test kills a real process and resumes it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeDeps, runCli } from '../helpers/cli';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimdiff-resume-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (argv: string[], stdin?: string) => runCli(argv, { cwd: dir, deps: fakeDeps().deps, stdin });
const pairs = (ids: Array<string | number>) =>
  ids.map((id) => JSON.stringify({ id, left: { text: `Hej ${id}`, lang: 'da' }, right: { text: `Hi ${id}`, lang: 'en' } }));
const idsIn = (file: string) =>
  readFileSync(join(dir, file), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l).id);

describe('batch -o FILE', () => {
  it('writes FILE when done and leaves no FILE.partial', async () => {
    const r = await run(['batch', '-', '-o', 'fresh.jsonl', '-q'], pairs(['a', 'b']).join('\n'));
    expect(r.code).toBe(0);
    expect(idsIn('fresh.jsonl')).toEqual(['a', 'b']);
    expect(existsSync(join(dir, 'fresh.jsonl.partial'))).toBe(false);
  });

  it('leaves an earlier FILE as it was when the run fails as a whole', async () => {
    writeFileSync(join(dir, 'kept.jsonl'), '{"id":"old","report":{}}\n');
    const r = await run(['batch', '-', '-o', 'kept.jsonl'], '\n\n');
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, 'kept.jsonl'), 'utf8')).toBe('{"id":"old","report":{}}\n');
    expect(existsSync(join(dir, 'kept.jsonl.partial'))).toBe(false);
  });
});

describe('batch --resume', () => {
  it('keeps the whole answers, redoes a line cut off, and appends the rest in input order', async () => {
    const first = await run(['batch', '-', '-o', 'part.jsonl', '-q'], pairs(['a', 'b', 3]).join('\n'));
    expect(first.code).toBe(0);
    const whole = readFileSync(join(dir, 'part.jsonl'), 'utf8');
    // A kill in the middle of the third answer: its line has no end.
    const lines = whole.split('\n');
    writeFileSync(join(dir, 'part.jsonl'), `${lines[0]}\n${lines[1]}\n${lines[2].slice(0, 20)}`);
    const r = await run(['batch', '-', '-o', 'part.jsonl', '--resume'], pairs(['a', 'b', 3, '3', 'e']).join('\n'));
    expect(r.code).toBe(0);
    // 3 and '3' are two ids.
    expect(idsIn('part.jsonl')).toEqual(['a', 'b', 3, '3', 'e']);
    expect(readFileSync(join(dir, 'part.jsonl'), 'utf8').startsWith(`${lines[0]}\n${lines[1]}\n`)).toBe(true);
    expect(r.stderr).toMatch(/3 pairs done, 0 failed, 2 answered before/);
  });

  it('starts FILE when there is none, and answers nothing twice when all is done', async () => {
    expect((await run(['batch', '-', '-o', 'new.jsonl', '--resume', '-q'], pairs(['a']).join('\n'))).code).toBe(0);
    const again = await run(['batch', '-', '-o', 'new.jsonl', '--resume'], pairs(['a']).join('\n'));
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/0 pairs done, 0 failed, 1 answered before/);
    expect(idsIn('new.jsonl')).toEqual(['a']);
  });

  it('refuses a FILE whose whole lines are not batch answers, and changes nothing', async () => {
    writeFileSync(join(dir, 'notes.txt'), 'my notes\n');
    const r = await run(['batch', '-', '-o', 'notes.txt', '--resume'], pairs(['a']).join('\n'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot resume from "notes.txt": line 1 is not a batch answer/);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('my notes\n');
  });

  it.each([
    [['batch', '-', '--resume'], /--resume needs -o FILE/],
    [['batch', '-', '-o', '-', '--resume'], /--resume needs -o FILE/],
    [['compare', 'a.txt', 'b.txt', '--resume'], /--resume applies to "batch" only/],
  ])('%j is a usage error', async (argv, message) => {
    const r = await run(argv as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('a batch killed mid-run and resumed', () => {
  const cli = join(__dirname, '..', '..', 'dist', 'cli.js');
  const input = Array.from({ length: 400 }, (_, i) =>
    JSON.stringify({ id: `p${i}`, left: { text: `Mødet varede ${i} minutter i går.`, lang: 'da' }, right: { text: `The meeting lasted ${i + (i % 7 === 0 ? 1 : 0)} minutes yesterday.`, lang: 'en' } }),
  );
  const batch = (out: string, extra: string[] = []) => ['batch', 'pairs.jsonl', '-o', out, '-q', '--offline', ...extra];
  /** Reports without their timings, which differ from run to run. */
  const answers = (file: string) =>
    readFileSync(join(dir, file), 'utf8').trimEnd().split('\n').map((l) => {
      const a = JSON.parse(l);
      if (a.report) delete a.report.meta.timings;
      return JSON.stringify(a);
    });

  it.skipIf(!existsSync(cli))('ends with the output of an uninterrupted run', async () => {
    writeFileSync(join(dir, 'pairs.jsonl'), input.join('\n') + '\n');
    const whole = spawnSync(process.execPath, [cli, ...batch('whole.jsonl')], { cwd: dir, encoding: 'utf8' });
    expect(whole.status).toBe(0);

    const child = spawn(process.execPath, [cli, ...batch('killed.jsonl', ['--resume'])], { cwd: dir, stdio: 'ignore' });
    const exited = new Promise((done) => child.on('exit', done));
    // Killed once some answers are written, long before the last.
    const size = () => (existsSync(join(dir, 'killed.jsonl')) ? readFileSync(join(dir, 'killed.jsonl')).length : 0);
    while (size() < 20_000) await new Promise((done) => setTimeout(done, 5));
    child.kill('SIGKILL');
    await exited;
    const kept = readFileSync(join(dir, 'killed.jsonl'), 'utf8').split('\n').length - 1;
    expect(kept).toBeLessThan(input.length);

    const resumed = spawnSync(process.execPath, [cli, ...batch('killed.jsonl', ['--resume'])], { cwd: dir, encoding: 'utf8' });
    expect(resumed.status).toBe(0);
    expect(answers('killed.jsonl')).toEqual(answers('whole.jsonl'));
  }, 120_000);
});
