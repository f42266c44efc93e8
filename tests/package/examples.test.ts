// Every example runs as a user would run it (node, from the built package through its own name, 'claimdiff') and
// prints what its comments promise. The TypeScript one is stripped of its types with esbuild first.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const examples = join(root, 'examples');
const dir = mkdtempSync(join(tmpdir(), 'claimdiff-examples-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

if (!existsSync(join(root, 'dist', 'index.js'))) throw new Error('the examples run the built package: npm run build first');

function run(file: string, args: string[] = []): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [file, ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the examples', () => {
  it('compare-seed.mjs prints the text report with the Thursday/Monday finding', () => {
    const { code, stdout } = run(join(examples, 'compare-seed.mjs'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/DATE · confidence/);
    expect(stdout).toMatch(/torsdag/);
  });

  it('html-report.mjs writes a self-contained page with the findings', () => {
    const out = join(dir, 'report.html');
    const { code, stdout } = run(join(examples, 'html-report.mjs'), [out]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d+ findings; report written to /);
    const page = readFileSync(out, 'utf8');
    expect(page).toMatch(/^<!doctype html>/i);
    expect(page).toContain('torsdag');
    expect(page).not.toMatch(/<script[^>]+src=|<link[^>]+href="http/i);
  });

  it('one-against-many.mjs analyses once and sees each outlet differ as planted', () => {
    const { code, stdout } = run(join(examples, 'one-against-many.mjs'));
    expect(code).toBe(0);
    const counts = Object.fromEntries([...stdout.matchAll(/^([a-z ]+): \d+ aligned pairs, (\d+) findings$/gm)].map((m) => [m[1], +m[2]]));
    expect(Object.keys(counts)).toEqual(['as published', 'day corrected', 'another city']);
    expect(counts['day corrected']).toBe(counts['as published'] - 1);
    expect(stdout).toMatch(/entity \(\d\.\d\d\): The Danish article names Wien; the English article Geneva\./);
  });

  it('batch.mjs answers every pair in order, the broken ones with their codes', () => {
    const { code, stdout } = run(join(examples, 'batch.mjs'));
    expect(code).toBe(0);
    const ids = [...stdout.matchAll(/^(\S[^:]*): /gm)].map((m) => m[1]);
    expect(ids).toEqual(['flood', 'results', 'summit', 'line 4', 'no-language']);
    expect(stdout).toMatch(/^line 4: error ERR_INPUT_INVALID: /m);
    expect(stdout).toMatch(/^no-language: error ERR_LANGUAGE_UNSUPPORTED: /m);
    expect(stdout).toMatch(/date \(\d\.\d\d\): The Danish article dates this to Sunday/);
  });

  it('typescript.ts runs once its types are stripped (npm test type-checks it with the project first)', () => {
    const source = readFileSync(join(examples, 'typescript.ts'), 'utf8');
    const { code: js } = transformSync(source, { loader: 'ts', format: 'esm', target: 'node20' });
    // Beside the original, so that './data/' and the package's own name resolve as they do for the .ts file.
    const compiled = join(examples, `.typescript-${process.pid}.mjs`);
    writeFileSync(compiled, js);
    try {
      const { code, stdout, stderr } = run(compiled);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(stdout).toMatch(/^builtin:claimdiff-static-da-en@2: \d+ aligned pairs$/m);
      expect(stdout).toMatch(/^date: 1$/m);
      expect(stdout).toMatch(/^refused: ERR_INPUT_EMPTY$/m);
    } finally {
      rmSync(compiled, { force: true });
    }
  });
});
