// Every registered language pack is held to one contract (the checks live in pack-contract.ts): registering a new
// pack is enough to have it checked. Violations a pack has today are listed in KNOWN and run as it.fails, so that
// the table shows them and a fix makes the row fail until it is removed.
import { execFile } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze, registerLanguage } from '../../src/index';
import { languagePacks } from '../../src/lang/registry';
import type { LanguagePack } from '../../src/lang/types';
import {
  PATHOLOGICAL,
  SAMPLES,
  calendarViolations,
  consistencyViolations,
  identityViolations,
  listViolations,
  numberWordMismatches,
  sampleArticle,
  wordListViolations,
  type Violations,
} from './pack-contract';

/** Violations the packs have today, by pack code and check: each a bug to fix in the pack. */
const KNOWN: Record<string, Partial<Record<Check, string[]>>> = {};

/** Inputs that do not come back today, by pack code. */
const KNOWN_HANGS: Record<string, string[]> = {};

type Check = 'identity' | 'word lists' | 'calendar' | 'consistency';
const CHECKS: Record<Check, (pack: LanguagePack) => Violations> = {
  identity: identityViolations,
  'word lists': wordListViolations,
  calendar: calendarViolations,
  consistency: consistencyViolations,
};

const packs = languagePacks();

describe.each(packs.map((pack) => [pack.code, pack] as const))('language pack %s', (code, pack) => {
  for (const [check, run] of Object.entries(CHECKS) as [Check, (p: LanguagePack) => Violations][]) {
    const known = KNOWN[code]?.[check] ?? [];
    it(`${check}: no violations${known.length ? ' besides the known ones' : ''}`, () => {
      expect(run(pack).filter((v) => !known.includes(v))).toEqual([]);
    });
    if (known.length) {
      it.fails.each(known)(`${check}: known violation (bug) — %s`, (violation) => {
        expect(run(pack)).not.toContain(violation);
      });
    }
  }

  it('every number word it lists parses to its value through analyze()', () => {
    expect(numberWordMismatches(pack)).toEqual([]);
  });

  it('a sample article: claims and facet spans slice back to their text', () => {
    const text = sampleArticle(pack);
    const article = analyze({ text, lang: code, published: '2017-12-07' });
    expect(article.lang).toBe(code);
    expect(article.claims.length).toBeGreaterThan(0);
    const spans = article.claims.flatMap((c) => [
      c,
      ...c.facets.times,
      ...c.facets.numbers,
      ...c.facets.entities,
      ...c.facets.roles,
      ...(c.attribution?.speaker ? [c.attribution.speaker] : []),
      ...(c.attribution?.via ?? []),
    ]);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
    article.claims.forEach((c, i) => expect(c.id).toBe(`L${i + 1}`));
    const facets = article.claims.map((c) => c.facets);
    // The hand-written samples hold every kind of facet; a built one only needs to come through.
    if (code in SAMPLES) {
      expect(facets.some((f) => f.times.length)).toBe(true);
      expect(facets.some((f) => f.numbers.length)).toBe(true);
      expect(facets.some((f) => f.entities.length)).toBe(true);
      expect(facets.some((f) => f.negated)).toBe(true);
      expect(article.claims.some((c) => c.attribution?.speaker)).toBe(true);
    }
  });
});

describe('pathological input comes back from analyze()', () => {
  // Each input runs in a process of its own, stopped after HANG_MS: a stage that loops would otherwise hold the
  // test worker for good (synchronous code cannot be timed out). This is a guard against hangs, not a speed test:
  // the inputs take milliseconds where nothing is wrong.
  const HANG_MS = 30_000;
  const dir = fileURLToPath(new URL('../.tmp/', import.meta.url));
  const bundle = `${dir}lang-pathological-${process.pid}.mjs`;

  beforeAll(async () => {
    mkdirSync(dir, { recursive: true });
    await build({
      entryPoints: [fileURLToPath(new URL('./pathological-run.ts', import.meta.url))],
      outfile: bundle,
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      logLevel: 'error',
    });
  });
  afterAll(() => rmSync(bundle, { force: true }));

  function run(lang: string, name: string): Promise<{ returned: boolean; error?: string; detail?: string }> {
    return new Promise((resolve) => {
      execFile(process.execPath, [bundle, lang, name], { timeout: HANG_MS, killSignal: 'SIGKILL' }, (error, stdout, stderr) => {
        if (error) resolve({ returned: false, detail: error.killed ? `no answer after ${HANG_MS} ms` : stderr.slice(0, 500) });
        else resolve(JSON.parse(stdout));
      });
    });
  }

  const cases = packs.flatMap((pack) => Object.keys(PATHOLOGICAL).map((name) => [pack.code, name] as [string, string]));
  const hangs = ([code, name]: [string, string]) => (KNOWN_HANGS[code] ?? []).includes(name);

  it.each(cases.filter((c) => !hangs(c)))('%s: %s', async (code, name) => {
    const result = await run(code, name);
    expect(result, result.detail).toMatchObject({ returned: true });
    // A typed refusal is fine; a crash (a stack overflow, a TypeError) is not.
    if (result.error) expect(result.error).toMatch(/^Claimdiff/);
  });

  it.fails.each(cases.filter(hangs))('%s: %s (bug: does not come back)', async (code, name) => {
    expect(await run(code, name)).toMatchObject({ returned: true });
  }, HANG_MS + 15_000);
});

// Each check must be able to fail: a deliberately broken copy of a pack makes it report the break.
describe('the contract checks catch a broken pack', () => {
  const pack = packs.find((p) => p.code === 'en') ?? packs[0];
  /** Violations of the broken copy that the pack itself does not have. */
  const added = (check: (p: LanguagePack) => Violations, broken: LanguagePack) => {
    const before = check(pack);
    return check(broken).filter((v) => !before.includes(v));
  };

  it('a list: duplicates, empty and padded entries, capitals where the stage lowers, missing dots, empty lists', () => {
    expect(listViolations('x', ['a', 'b', 'a'], {})).toEqual(['x: "a" is listed twice']);
    expect(listViolations('x', ['A', 'a'], {})).toEqual(['x: "a" is listed twice (also as "A")']);
    expect(listViolations('x', ['A', 'a'], { caseSensitive: true })).toEqual([]);
    expect(listViolations('x', ['a', ''], {})).toEqual(['x: an empty entry']);
    expect(listViolations('x', [' a'], {})).toEqual(['x: " a" has white space around it']);
    expect(listViolations('x', ['Ikke'], { lower: true })).toEqual(['x: "Ikke" is not lower case, so it never matches']);
    expect(listViolations('x', ['mr'], { dotted: true })).toEqual(['x: "mr" lacks its dot']);
    expect(listViolations('x', ["don't"], { letters: true })).toEqual([`x: "don't" is not a single word of letters`]);
    expect(listViolations('x', [], { required: true })).toEqual(['x: empty, but the stage needs it']);
  });

  it('word lists: a duplicate, a capital and an empty entry in a copy of a pack', () => {
    const n = pack.numbers;
    const broken: LanguagePack = {
      ...pack,
      numbers: { ...n, notUnits: [...n.notUnits, n.notUnits[0]], percent: [...n.percent, 'Procent'] },
      negation: { ...pack.negation, negators: [...pack.negation.negators, ''] },
    };
    expect(added(wordListViolations, broken)).toEqual([
      `numbers.percent: "Procent" is not lower case, so it never matches`,
      `numbers.notUnits: "${n.notUnits[0]}" is listed twice`,
      'negation.negators: an empty entry',
    ]);
  });

  it('identity: a code that is no primary subtag, no name, a missing section', () => {
    const broken = { ...pack, code: 'eng', name: ' ', negation: undefined } as unknown as LanguagePack;
    expect(identityViolations(broken)).toEqual([
      'code "eng" is no 2-letter lower-case primary subtag',
      'name is not set',
      'section "negation" is missing',
    ]);
  });

  it('calendar: a weekday missing, a month out of range', () => {
    const weekdays = Object.fromEntries(Object.entries(pack.time.weekdays).filter(([, v]) => v !== 3));
    const broken = { ...pack, time: { ...pack.time, weekdays, months: { ...pack.time.months, smarch: 13 } } };
    expect(added(calendarViolations, broken)).toEqual([
      'time.weekdays: no name for 3',
      'time.months: "smarch" maps to 13, outside 1…12',
    ]);
  });

  it('consistency: decimal marks that differ, an idiom without a negator, a name under two keys', () => {
    const broken: LanguagePack = {
      ...pack,
      time: { ...pack.time, durations: { ...pack.time.durations, decimalMark: pack.numbers.decimalMark === '.' ? ',' : '.' } },
      negation: { ...pack.negation, idioms: [...pack.negation.idioms, 'by and large'] },
      names: { ...pack.names, known: [...pack.names.known, { key: 'elsewhere', names: ['Kremlin'], type: 'place' }] },
    };
    const found = added(consistencyViolations, broken);
    expect(found).toHaveLength(3);
    expect(found[0]).toMatch(/^time\.durations\.decimalMark/);
    expect(found[1]).toBe('negation.idioms: "by and large" holds no negator');
    expect(found[2]).toMatch(/^names\.known: "Kremlin" is listed twice \(under "kremlin" and "elsewhere"\)/);
  });

  it('number words: a listed word that the numbers stage reads otherwise', () => {
    // analyze() reads the registered pack: the broken copy stands in for the pack during this test only.
    const broken: LanguagePack = {
      ...pack,
      numbers: { ...pack.numbers, cardinals: { ...pack.numbers.cardinals, 'seven eight': 78 } },
    };
    registerLanguage(broken);
    try {
      expect(numberWordMismatches(broken)).toEqual([expect.stringMatching(/^"seven eight" \(78\)/)]);
    } finally {
      registerLanguage(pack);
    }
  });
});
