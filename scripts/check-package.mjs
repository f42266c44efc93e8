// Installs the packed package the way a user of it would, in an empty folder with no settings of its own, and checks
// what they get: the install succeeds, the production node_modules stays small and holds no ONNX runtime, and an
// ESM script, a CommonJS script and the command compare the example pair with the built-in model.
//
//   npm run build && node scripts/check-package.mjs [--json]
//
// Packs dist/ as it is (build first; packing does not rebuild, so tests running beside it keep their dist/). Needs
// the npm registry (for the dependencies); nothing else is fetched.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const LIMIT_MB = 60;
/** Packages a default install must not bring: the neural engine and what it pulls in. */
const UNWANTED = ['onnxruntime-node', 'onnxruntime-web', 'onnxruntime-common', '@huggingface/transformers', 'sharp'];

function sizeOf(dir) {
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) bytes += sizeOf(full);
    else if (entry.isFile()) bytes += statSync(full).size;
  }
  return bytes;
}

function exists(file) {
  try {
    statSync(file);
    return true;
  } catch {
    return false;
  }
}

function run(command, args, cwd, env = {}) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 600_000 });
  return { code: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

/** The npm settings of this checkout must not reach the test install: it stands for a stranger's machine. */
function cleanEnv() {
  const env = {};
  for (const key of Object.keys(process.env)) if (/^npm_/i.test(key)) env[key] = undefined;
  return env;
}

export function checkPackage({ keep = false } = {}) {
  const work = mkdtempSync(path.join(tmpdir(), 'claimdiff-package-'));
  const checks = [];
  const check = (name, ok, detail = '') => checks.push({ name, ok: Boolean(ok), detail });
  try {
    if (!exists(path.join(root, 'dist', 'index.js'))) throw new Error('dist/ is missing: run npm run build first');
    const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: root, encoding: 'utf8' }));
    const tarball = path.join(work, packed[0].filename);
    check('packed', exists(tarball), `${packed[0].filename}, ${(packed[0].size / 1e6).toFixed(1)} MB packed, ${packed[0].entryCount} files`);

    const app = path.join(work, 'app');
    mkdirSync(app, { recursive: true });
    writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true }, null, 2));
    copyFileSync(path.join(root, 'examples', 'data', 'da.txt'), path.join(app, 'da.txt'));
    copyFileSync(path.join(root, 'examples', 'data', 'en.txt'), path.join(app, 'en.txt'));

    const install = run('npm', ['install', '--omit=dev', '--no-audit', '--no-fund', tarball], app, cleanEnv());
    check('npm install succeeds', install.code === 0, install.code === 0 ? '' : install.stderr.split('\n').slice(-8).join(' '));
    if (install.code !== 0) return { ok: false, checks, work };

    const modules = path.join(app, 'node_modules');
    const megabytes = sizeOf(modules) / 1e6;
    check(`node_modules at most ${LIMIT_MB} MB`, megabytes <= LIMIT_MB, `${megabytes.toFixed(1)} MB`);
    const present = UNWANTED.filter((name) => exists(path.join(modules, name)));
    check('no ONNX runtime, transformers.js or sharp installed', present.length === 0, present.join(', '));

    const esm = run('node', ['--input-type=module', '-e',
      "import { compare } from 'claimdiff'; import { readFileSync as r } from 'node:fs';" +
      "const x = await compare({ text: r('da.txt', 'utf8'), lang: 'da' }, { text: r('en.txt', 'utf8'), lang: 'en' });" +
      'console.log(JSON.stringify({ n: x.discrepancies.length, kinds: x.discrepancies.map((d) => d.kind), model: x.meta.embedder }));'], app);
    check('ESM one-liner runs compare', esm.code === 0 && /"n":\d+/.test(esm.stdout), (esm.stdout || esm.stderr).trim().slice(0, 300));

    const cjs = run('node', ['-e',
      "const { compare } = require('claimdiff'); const r = (f) => require('node:fs').readFileSync(f, 'utf8');" +
      "compare({ text: r('da.txt'), lang: 'da' }, { text: r('en.txt'), lang: 'en' })" +
      '.then((x) => console.log(JSON.stringify({ n: x.discrepancies.length, kinds: x.discrepancies.map((d) => d.kind), model: x.meta.embedder })));'], app);
    check('CommonJS one-liner runs compare', cjs.code === 0 && /"n":\d+/.test(cjs.stdout), (cjs.stdout || cjs.stderr).trim().slice(0, 300));
    check('ESM and CommonJS give the same findings', esm.stdout.trim() !== '' && esm.stdout.trim() === cjs.stdout.trim());

    // A TypeScript user's view: the package's declarations stand on their own (no library check skipped).
    writeFileSync(path.join(app, 'check.ts'), [
      "import { compare, type Report, type Discrepancy, type LanguagePack } from 'claimdiff';",
      "const kinds = (r: Report): Discrepancy['kind'][] => r.discrepancies.map((d) => d.kind);",
      "export const run = async (): Promise<string[]> => kinds(await compare({ text: 'a', lang: 'da' }, { text: 'b', lang: 'en' }));",
      'export type Pack = LanguagePack;',
      '',
    ].join('\n'));
    const tsc = run(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '--strict',
      '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--types', 'node',
      '--typeRoots', path.join(root, 'node_modules', '@types'), 'check.ts'], app);
    check('its type declarations compile in a TypeScript project', tsc.code === 0, (tsc.stdout + tsc.stderr).trim().slice(0, 300));

    const bin = run(path.join(modules, '.bin', 'claimdiff'), ['compare', 'da.txt', 'en.txt', '--format', 'json'], app);
    let report;
    try {
      report = JSON.parse(bin.stdout);
    } catch {
      report = undefined;
    }
    check('the claimdiff command compares the pair', bin.code === 0 && Array.isArray(report?.discrepancies), bin.stderr.trim().slice(0, 300));
    return { ok: checks.every((c) => c.ok), checks, work, megabytes };
  } finally {
    if (!keep) rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = checkPackage({ keep: process.argv.includes('--keep') });
  if (process.argv.includes('--json')) console.log(JSON.stringify(result, null, 2));
  else for (const c of result.checks) console.log(`${c.ok ? 'ok  ' : 'FAIL'} ${c.name}${c.detail ? ` — ${c.detail}` : ''}`);
  process.exitCode = result.ok ? 0 : 1;
}
