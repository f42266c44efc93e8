// Section "languages": the language guard. Without a language given, does every Danish and English text read as
// its own pack (no false refusals, no misreads), and are German, Swedish and Norwegian texts refused? With the
// right language given, no warning; with the wrong one, a warning. And what loading the detector costs.
//
// Texts: the NTREX articles whole and line by line, Tatoeba sentences (each in its half: the reading half is what
// the thresholds were set on, the held-out half is reported only), and the fixtures in tests/fixtures/languages/.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';
import { languageFixtures } from '../tests/fixtures/languages.mjs';
import { benchArticles } from './alignment.mjs';
import { halfOf, loadTatoeba } from './data.mjs';
import { median } from './metrics.mjs';
import { milliseconds, note, row } from './table.mjs';

const LOAD_RUNS = 5;
const HALVES = ['reading', 'held-out'];

/** What the library makes of a text without a language: its pack, or the error code it refuses it with. */
function outcomeOf(lib, text) {
  const lang = lib.detectLanguage(text);
  if (lang) return lang;
  try {
    return lib.analyze({ text }).lang; // detectLanguage found none, so analyze() throws; this gets the code
  } catch (error) {
    return error.code ?? 'error';
  }
}

function emptyCounts() {
  return { texts: 0, correct: 0, refused: 0, undetected: 0, misread: 0 };
}

/** Tallies one outcome for a text written in `lang`: for da/en, right or wrong; for others, refused or not. */
function tally(counts, lang, outcome, supported) {
  counts.texts++;
  if (outcome === 'ERR_LANGUAGE_UNSUPPORTED') counts.refused++;
  else if (outcome === 'ERR_LANGUAGE_UNDETECTED') counts.undetected++;
  else if (outcome === lang) counts.correct++;
  else if (supported.includes(outcome)) counts.misread++;
  else counts.undetected++;
}

/** The development data as (set, lang, half, text) items. */
function developmentTexts(ctx) {
  const items = [];
  for (const article of benchArticles(ctx)) {
    const half = halfOf(`ntrex:${article.id}`);
    for (const lang of ['da', 'en']) {
      items.push({ set: 'ntrex articles', lang, half, text: article[lang].join('\n') });
      for (const line of article[lang]) items.push({ set: 'ntrex lines', lang, half, text: line });
    }
  }
  for (const pair of loadTatoeba(ctx.data)) {
    const half = halfOf(`tatoeba:${pair.index}`);
    for (const lang of ['da', 'en']) items.push({ set: 'tatoeba', lang, half, text: pair[lang] });
  }
  return items;
}

function withoutLanguage(lib, items, progress) {
  const supported = lib.supportedLanguages();
  const results = {};
  const refusedExamples = [];
  items.forEach((item, i) => {
    if (i % 2000 === 0) progress(`languages: without a language ${i}/${items.length}`);
    const outcome = outcomeOf(lib, item.text);
    const key = `${item.set} ${item.lang}`;
    results[key] ??= Object.fromEntries(HALVES.map((h) => [h, emptyCounts()]));
    tally(results[key][item.half], item.lang, outcome, supported);
    if (outcome === 'ERR_LANGUAGE_UNSUPPORTED' || (outcome !== item.lang && supported.includes(outcome))) {
      refusedExamples.push({ set: item.set, lang: item.lang, half: item.half, outcome, text: item.text.slice(0, 300) });
    }
  });
  return { results, examples: refusedExamples };
}

/** With the right language given: warnings are false alarms. With the other pack's language: warnings are due. */
function withLanguage(lib, items, progress) {
  const results = {};
  items.forEach((item, i) => {
    if (i % 2000 === 0) progress(`languages: with a language ${i}/${items.length}`);
    const other = item.lang === 'da' ? 'en' : 'da';
    const key = `${item.set} ${item.lang}`;
    const counts = (results[key] ??= { texts: 0, falseWarnings: 0, markedWrong: 0, warned: 0 });
    counts.texts++;
    if (lib.analyze({ text: item.text, lang: item.lang }).warnings) counts.falseWarnings++;
    if (item.set !== 'tatoeba') {
      counts.markedWrong++;
      if (lib.analyze({ text: item.text, lang: other }).warnings) counts.warned++;
    }
  });
  return results;
}

function fixtureOutcomes(lib) {
  const supported = lib.supportedLanguages();
  const results = {};
  for (const f of languageFixtures()) {
    const key = `${f.lang} ${f.kind}s${f.set === 'after' ? ' (after)' : ''}`;
    const counts = (results[key] ??= { ...emptyCounts(), warnedAsDanish: 0 });
    tally(counts, f.lang, outcomeOf(lib, f.text), supported);
    if (f.lang !== 'da' && lib.analyze({ text: f.text, lang: 'da' }).warnings) counts.warnedAsDanish++;
  }
  return results;
}

/** Fresh processes: how long requiring the bundle takes, and whether analysing with languages given loads it. */
function detectorCosts(ctx) {
  const bundle = path.join(ctx.root, 'dist', 'language-detector.cjs');
  const runs = [];
  for (let i = 0; i < LOAD_RUNS; i++) {
    ctx.progress(`languages: detector load ${i + 1}/${LOAD_RUNS}`);
    const script = `const t = performance.now(); require(${JSON.stringify(bundle)}); console.log(performance.now() - t);`;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`loading the detector failed: ${run.stderr.split('\n')[0]}`);
    runs.push(Number(run.stdout));
  }
  // Every NTREX article analysed with its language, in the ESM build: is the bundle in Node's module cache after?
  const articles = benchArticles(ctx).flatMap((a) => [{ text: a.da.join('\n'), lang: 'da' }, { text: a.en.join('\n'), lang: 'en' }]);
  const probe = `
    import * as lib from ${JSON.stringify(path.join(ctx.root, 'dist', 'index.js'))};
    import { createRequire } from 'node:module';
    import { readFileSync } from 'node:fs';
    const articles = JSON.parse(readFileSync(0, 'utf8'));
    let warnings = 0;
    for (const a of articles) warnings += lib.analyze(a).warnings?.length ?? 0;
    const loaded = Object.keys(createRequire(import.meta.url).cache).some((k) => k.endsWith('language-detector.cjs'));
    console.log(JSON.stringify({ loaded, warnings }));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', probe], {
    encoding: 'utf8',
    input: JSON.stringify(articles),
  });
  if (run.status !== 0) throw new Error(`the cold-path probe failed: ${run.stderr.split('\n')[0]}`);
  const coldPath = { articles: articles.length, ...JSON.parse(run.stdout) };
  return { loadRuns: runs, loadMedianMs: median(runs), bundleBytes: statSync(bundle).size, coldPath };
}

function halfText(c) {
  return `${c.refused} refused, ${c.undetected} undetected, ${c.misread} misread of ${c.texts}`;
}

function rate(part, whole) {
  return whole ? `${((100 * part) / whole).toFixed(1)}%` : '—';
}

export async function runLanguages(ctx) {
  const lib = await ctx.library();
  const costs = detectorCosts(ctx);
  const items = developmentTexts(ctx);
  const t0 = performance.now();
  const without = withoutLanguage(lib, items, ctx.progress);
  const detectMs = performance.now() - t0;
  const withLang = withLanguage(lib, items, ctx.progress);
  const fixtures = fixtureOutcomes(lib);

  const rows = [
    row(
      'languages',
      `detector: load ${milliseconds(costs.loadMedianMs)} (median of ${LOAD_RUNS}, fresh process), ` +
        `${(costs.bundleBytes / 1e6).toFixed(1)} MB; with languages given, ${costs.coldPath.articles} articles ` +
        `${costs.coldPath.loaded ? 'LOADED it' : 'never loaded it'}`,
    ),
    note('without a language (reading half | held-out half): false refusals, undetected, misread as the other pack'),
  ];
  let failed = costs.coldPath.loaded;
  for (const [key, halves] of Object.entries(without.results)) {
    rows.push(note(`  ${key.padEnd(17)} ${halfText(halves.reading)} | ${halfText(halves['held-out'])}`));
    if (key.startsWith('ntrex articles') && HALVES.some((h) => halves[h].refused + halves[h].undetected + halves[h].misread > 0)) {
      failed = true;
    }
  }
  rows.push(note('with the right language: false warnings; with the other pack\'s language: warned'));
  for (const [key, c] of Object.entries(withLang)) {
    const wrong = c.markedWrong ? `; marked wrong, warned ${c.warned} of ${c.markedWrong} (${rate(c.warned, c.markedWrong)})` : '';
    rows.push(note(`  ${key.padEnd(17)} ${c.falseWarnings} false warnings of ${c.texts}${wrong}`));
  }
  rows.push(note('fixtures without a language: refused / undetected / read as da or en; and warned when marked Danish'));
  for (const [key, c] of Object.entries(fixtures)) {
    const read = c.correct + c.misread;
    const foreign = !['da', 'en'].includes(key.split(' ')[0]);
    rows.push(
      note(
        `  ${key.padEnd(24)} ${foreign ? `${c.refused} refused, ${c.undetected} undetected, ${read} read of ${c.texts}` : `${c.correct} read right of ${c.texts}, ${c.refused} refused, ${c.undetected} undetected`}` +
          (foreign ? `; warned ${c.warnedAsDanish}` : ''),
      ),
    );
    if (foreign && key.includes('article') && c.refused < c.texts) failed = true;
  }
  return {
    rows,
    failed,
    result: {
      detector: costs,
      withoutLanguage: without.results,
      withoutLanguageMs: detectMs,
      withLanguage: withLang,
      fixtures,
      examples: without.examples.slice(0, 200),
    },
  };
}
