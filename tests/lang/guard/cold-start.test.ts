// A caller who gives the right languages never loads the language detector: not in the source (a counter), not in
// either build of the package (Node's module cache). Its own file, so no other test has loaded the detector first.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, compare } from '../../../src';
import { detectorStats } from '../../../src/lang/guard/detector';

const root = join(__dirname, '..', '..', '..');
const seed = (name: string) => readFileSync(join(root, 'examples', 'data', name), 'utf8');

describe('the language detector is loaded only when a language must be detected', () => {
  it('compare with the right languages does not load it; analyze without one loads it once', async () => {
    await compare({ text: seed('da.txt'), lang: 'da' }, { text: seed('en.txt'), lang: 'en-GB' });
    expect(detectorStats().loads).toBe(0);
    expect(analyze({ text: seed('da.txt') }).lang).toBe('da');
    expect(analyze({ text: seed('en.txt') }).lang).toBe('en');
    expect(detectorStats().loads).toBe(1);
  });

  // Each build in a fresh process: compare with the languages given, then is the bundle in Node's module cache;
  // then analyze without a language. The script prints one JSON line.
  const probe = `
    const loaded = () => Object.keys(require.cache).some((k) => k.endsWith('language-detector.cjs'));
    const text = (n) => readFileSync('examples/data/' + n, 'utf8');
    await lib.compare({ text: text('da.txt'), lang: 'da' }, { text: text('en.txt'), lang: 'en' });
    const afterCompare = loaded();
    const lang = lib.analyze({ text: text('da.txt') }).lang;
    console.log(JSON.stringify({ afterCompare, lang, afterAnalyze: loaded() }));`;
  const builds = {
    CommonJS: ['-e', `const lib = require('./dist/index.cjs'); const { readFileSync } = require('node:fs');
      (async () => { ${probe} })();`],
    ESM: ['--input-type=module', '-e', `import * as lib from './dist/index.js'; import { readFileSync } from 'node:fs';
      import { createRequire } from 'node:module'; const require = createRequire(import.meta.url); ${probe}`],
  };

  it.each(Object.entries(builds))('in the %s build', (_name, args) => {
    const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ afterCompare: false, lang: 'da', afterAnalyze: true });
  });
});
