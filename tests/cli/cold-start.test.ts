// `claimdiff --help`, `--version` and a usage error answer without loading the language packs or the pipeline:
// a fresh process runs the built command with a module hook that writes down every file it loads.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'claimdiff-cold-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The files of dist/ a run of the command loads, read by a loader hook in a fresh process. */
function loadedFiles(args: string[], name: string): { files: string[]; code: number | null } {
  const log = join(dir, `${name}.log`);
  const hook = `import { appendFileSync } from 'node:fs';
    export async function load(url, context, next) { appendFileSync(${JSON.stringify(log)}, url + '\\n'); return next(url, context); }`;
  const script = `import { register } from 'node:module';
    register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hook)}));
    const { main } = await import('./dist/cli.js');
    process.exitCode = await main(${JSON.stringify(args)}, { stdout: { write() { return true; } }, stderr: { write() { return true; } } });`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  const urls = readFileSync(log, 'utf8').split('\n').filter((u) => u.startsWith('file:'));
  return { files: urls.map((u) => fileURLToPath(u)).filter((f) => f.startsWith(join(root, 'dist'))), code: run.status };
}

/** Words only a language pack or the pipeline holds. */
const PACK_WORDS = ['udenrigsminister', 'torsdag'];

describe('the command line answers --help, --version and usage errors without the language packs', () => {
  it.each([
    ['help', ['--help'], 0],
    ['version', ['--version'], 0],
    ['usage error', ['compare', 'only-one.txt'], 2],
    ['bad language code', ['compare', 'a.txt', 'b.txt', '--left-lang', 'da-'], 2],
  ])('%s', (name, args, code) => {
    const run = loadedFiles(args as string[], name as string);
    expect(run.code).toBe(code);
    expect(run.files.length).toBeGreaterThan(0);
    for (const file of run.files) {
      const text = readFileSync(file, 'utf8');
      for (const word of PACK_WORDS) expect(text.includes(word), `${file} holds "${word}"`).toBe(false);
    }
  });

  it('loads them for a comparison (the check can fail)', () => {
    const run = loadedFiles(['compare', 'examples/data/da.txt', 'examples/data/en.txt', '--left-lang', 'da', '--right-lang', 'en'], 'compare');
    expect(run.code).toBe(0);
    expect(run.files.some((file) => readFileSync(file, 'utf8').includes('udenrigsminister'))).toBe(true);
  });
});
