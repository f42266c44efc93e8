// Section "perturb": plant one known change in the English side of a faithful ntrex article and see whether
// compare() reports it, with the right kind, where it was planted; and how often untouched lines get a finding.
//
// Each case is one article with one edited English line (bench/perturb-edits.mjs says what each kind changes);
// per kind, a seeded sample of the lines where the edit applies. ntrex hardly names news agencies, so the agency
// kind inserts a credit on both sides (', rapporterer Reuters.' in Danish, ', AP reported.' in English). A case is
// detected when a finding of the expected kind lies on the edit or in the English claim that holds it. Controls are
// the lines of the unedited faithful articles: a control is flagged when any finding touches it on either side.
import { benchArticles } from './alignment.mjs';
import { MissingData, ntrexHalf } from './data.mjs';
import { runSentencePerturb, UNSEEN_LINES } from './perturb-sentences.mjs';
import { calibrationHalfRows, calibrationRows, calibrationTable } from './calibration.mjs';
import { buildComparablePair, buildFaithfulPair } from './pairs.mjs';
import { EDIT_KINDS, articleContext } from './perturb-edits.mjs';
import { DANISH_EDIT_KINDS } from './perturb-danish.mjs';
import { generatorFor, sample } from './random.mjs';
import { note, row, score } from './table.mjs';

export const CASES_PER_KIND = 100;
const TARGET_DETECTED = 0.9;
const TARGET_CONTROLS = 0.03;

/**
 * The planted cases: per kind, up to `perKind` (article, line) pairs where the edit applies, drawn with the
 * seed. Each case carries the edited article and where the edit sits in its English line.
 */
export function buildPerturbations(articles, { seed, perKind = CASES_PER_KIND, kinds = EDIT_KINDS } = {}) {
  const cases = [];
  const vocabulary = articleContext(articles.flatMap((a) => a.en)).vocabulary;
  const contexts = new Map(articles.map((a) => [a.id, { ...articleContext(a.en), vocabulary }]));
  for (const { kind, edit, expect, side = 'right' } of kinds) {
    const candidates = [];
    for (const article of articles) {
      const count = Math.min(article.da.length, article.en.length);
      const context = contexts.get(article.id);
      for (let line = 0; line < count; line++) {
        const random = generatorFor(seed, 'perturb', kind, article.id, line);
        const planted = side === 'left'
          ? edit(article.da[line], article.en[line], random, context)
          : edit(article.en[line], article.da[line], random, context);
        if (planted && (planted.en !== article.en[line] || planted.da !== article.da[line])) candidates.push({ article, line, planted });
      }
    }
    for (const { article, line, planted } of sample(candidates, perKind, generatorFor(seed, 'perturb', kind))) {
      const en = article.en.map((text, i) => (i === line ? planted.en : text));
      const da = article.da.map((text, i) => (i === line ? planted.da : text));
      cases.push({
        kind,
        expect,
        side,
        id: article.id,
        line,
        edit: { start: planted.start, end: planted.end, before: planted.before, after: planted.after },
        article: { ...article, da, en },
        available: candidates.length,
      });
    }
  }
  return cases;
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;

/**
 * Whether a finding reports the planted edit: an expected kind (one kind or a list), on the edit's span or in the
 * claim holding it, on the side the edit was planted in (the English, 'right', unless told).
 */
export function reportsEdit(d, expected, editSpan, claims, side = 'right') {
  if (![expected].flat().includes(d.kind)) return false;
  if (overlaps(d[side], editSpan)) return true;
  const claim = claims.get(d[side].claim);
  return claim !== undefined && claim.start <= editSpan.start && editSpan.end <= claim.end;
}

/** Whether the report carries a finding that reports the planted edit. */
export function detects(report, expected, editSpan, side = 'right') {
  const claims = new Map(report[side].claims.map((c) => [c.id, c]));
  return report.discrepancies.some((d) => reportsEdit(d, expected, editSpan, claims, side));
}

/** Findings that touch a line, on the Danish or on the English side. */
export function findingsAt(report, leftSpan, rightSpan) {
  return report.discrepancies.filter((d) => overlaps(d.left, leftSpan) || overlaps(d.right, rightSpan));
}

const inputs = (pair) => [
  { text: pair.left.text, lang: 'da' },
  { text: pair.right.text, lang: 'en' },
];

async function runCase(lib, options, item, seed) {
  const pair = buildFaithfulPair(item.article, { seed });
  const side = item.side ?? 'right';
  const span = pair[side].spans.find((s) => s.line === item.line);
  const editSpan = { start: span.start + item.edit.start, end: span.start + item.edit.end };
  const report = await lib.compare(...inputs(pair), options);
  const leftSpan = pair.left.spans.find((s) => s.line === item.line);
  const rightSpan = pair.right.spans.find((s) => s.line === item.line);
  const found = findingsAt(report, leftSpan, rightSpan);
  const claims = new Map(report[side].claims.map((c) => [c.id, c]));
  return {
    kind: item.kind,
    id: item.id,
    line: item.line,
    edit: item.edit,
    text: pair[side].text.slice(span.start, span.end),
    detected: detects(report, item.expect, editSpan, side),
    detectedSure: report.discrepancies.some((d) => d.confidence >= 0.5 && reportsEdit(d, item.expect, editSpan, claims, side)),
    found: found.map((d) => ({ kind: d.kind, confidence: d.confidence, message: d.message })),
    // Every finding of the article, for the calibration table: real when it reports the planted edit.
    findings: report.discrepancies.map((d) => ({
      kind: d.kind,
      confidence: d.confidence,
      real: reportsEdit(d, item.expect, editSpan, claims, side),
    })),
  };
}

/**
 * The same planted case in a comparable pair (paragraphs shuffled, a quarter of each side's lines dropped): null
 * when the edited line or its Danish counterpart was dropped, else whether the edit was found.
 */
async function runComparableCase(lib, options, item, seed) {
  const pair = buildComparablePair(item.article, { seed });
  const side = item.side ?? 'right';
  const other = side === 'right' ? 'left' : 'right';
  const span = pair[side].spans.find((s) => s.line === item.line);
  if (!span || !pair[other].spans.some((s) => s.line === item.line)) return null;
  const report = await lib.compare(...inputs(pair), options);
  return detects(report, item.expect, { start: span.start + item.edit.start, end: span.start + item.edit.end }, side);
}

async function runControls(lib, options, articles, seed, progress) {
  const lines = [];
  for (const [n, article] of articles.entries()) {
    progress(`perturb controls ${n + 1}/${articles.length}`);
    const pair = buildFaithfulPair(article, { seed });
    const report = await lib.compare(...inputs(pair), options);
    for (const span of pair.right.spans) {
      const leftSpan = pair.left.spans.find((s) => s.line === span.line);
      const found = findingsAt(report, leftSpan, span);
      lines.push({
        id: article.id,
        line: span.line,
        flagged: found.length > 0,
        found: found.map((d) => ({ kind: d.kind, confidence: d.confidence, message: d.message })),
      });
    }
  }
  return lines;
}

/** Planted edits of a number, a date or a speaker (or outlet): the ones a reader relies on at confidence ≥ 0.5. */
const SURE_KINDS = new Set(['weekday', 'month', 'year', 'number', 'speaker', 'agency']);

/** The share of those still reported at confidence ≥ 0.5: articles by half, and Tatoeba pairs (both blocks). */
function sureLine(results, sentenceCases = [], unseenCases = []) {
  const share = (cases) => {
    const mine = cases.filter((r) => SURE_KINDS.has(r.kind));
    return mine.length ? `${score(mine.filter((r) => r.detectedSure).length / mine.length)} (n=${mine.length})` : '–';
  };
  const half = (h) => share(results.filter((r) => ntrexHalf(r.id) === h));
  return `planted number, date, speaker and outlet edits reported at confidence ≥ 0.5: articles reading ${half('reading')} | ` +
    `held-out ${half('held-out')}; tatoeba ${share(sentenceCases)}, new lines ${share(unseenCases)}`;
}

/**
 * The planted changes found and the controls flagged in each half of the articles (reading | held-out): the
 * targeted kinds pooled, so that a rule that fits only the half it was written on shows.
 */
function halvesLine(results, controls, extra) {
  const part = (half) => {
    const planted = results.filter((r) => !extra.has(r.kind) && ntrexHalf(r.id) === half);
    const lines = controls.filter((c) => ntrexHalf(c.id) === half);
    const found = planted.filter((r) => r.detected).length;
    const flagged = lines.filter((c) => c.flagged).length;
    return `found ${score(found / planted.length)} (n=${planted.length}), controls ${score(flagged / lines.length, 3)} (${flagged}/${lines.length})`;
  };
  return `by half, the targeted kinds pooled: reading ${part('reading')} | held-out ${part('held-out')}`;
}

/**
 * Findings other than the planted edit, per article: each article's cases averaged, then the articles (an article
 * with many planted cases weighs no more than one with few). Of all articles and of each half.
 */
export function otherFindingsPerArticle(results) {
  const perArticle = (rows) => {
    const byId = new Map();
    for (const r of rows) {
      const others = r.findings.filter((f) => !f.real).length;
      const seen = byId.get(r.id) ?? { n: 0, sum: 0 };
      byId.set(r.id, { n: seen.n + 1, sum: seen.sum + others });
    }
    const means = [...byId.values()].map((a) => a.sum / a.n);
    return { articles: means.length, mean: means.length ? means.reduce((x, y) => x + y, 0) / means.length : null };
  };
  return {
    all: perArticle(results),
    reading: perArticle(results.filter((r) => ntrexHalf(r.id) === 'reading')),
    heldOut: perArticle(results.filter((r) => ntrexHalf(r.id) === 'held-out')),
  };
}

function otherFindingsLine(results) {
  const o = otherFindingsPerArticle(results);
  return `findings besides the planted edit, per article: ${score(o.all.mean)} (${o.all.articles} articles; reading ` +
    `${score(o.reading.mean)} | held-out ${score(o.heldOut.mean)})`;
}

/** Counts a comparable-pair case per kind: found or not; null (its line was dropped) is not counted. */
function tally(comparable, kind, found) {
  if (found === null) return;
  const k = (comparable[kind] ??= { n: 0, detected: 0 });
  k.n++;
  if (found) k.detected++;
}

/**
 * The edits planted in the Danish line instead (perturb-danish.mjs), in faithful and in comparable pairs: what the
 * library reads in Danish. Kept apart from the English-side figures, which stay comparable across builds.
 */
async function runDanishSide(lib, options, articles, seed, progress) {
  const cases = buildPerturbations(articles, { seed, kinds: DANISH_EDIT_KINDS });
  const results = [];
  const comparable = {};
  for (const [n, item] of cases.entries()) {
    progress(`perturb ${item.kind} ${n + 1}/${cases.length}`);
    const result = await runCase(lib, options, item, seed).catch(() => null);
    if (result) results.push(result);
    tally(comparable, item.kind, await runComparableCase(lib, options, item, seed).catch(() => null));
  }
  const share = (rows) => (rows.length ? `${score(rows.filter((r) => r.detected).length / rows.length)}` : '–');
  const kinds = DANISH_EDIT_KINDS.map(({ kind }) => {
    const mine = results.filter((r) => r.kind === kind);
    const half = (h) => share(mine.filter((r) => ntrexHalf(r.id) === h));
    const sure = mine.length ? score(mine.filter((r) => r.detectedSure).length / mine.length) : '–';
    return { kind, text: `${kind.replace(/^da /, '')} ${share(mine)}/${sure} (n=${mine.length}; ${half('reading')} | ${half('held-out')})` };
  });
  const inComparable = Object.entries(comparable).map(([kind, k]) => `${kind.replace(/^da /, '')} ${score(k.detected / k.n)} (n=${k.n})`);
  return {
    rows: [
      note('edits planted in the Danish line instead: found / at confidence ≥ 0.5 (n; reading | held-out):'),
      note(kinds.map((k) => k.text).join(' · ')),
      note(`the same in comparable pairs: ${inComparable.join(' · ')}`),
    ],
    result: { cases: results, comparable },
  };
}

/** Per kind: n, detected share, and how the misses were reported instead. */
export function summarise(results, controls) {
  const kinds = {};
  for (const { kind } of EDIT_KINDS) {
    const mine = results.filter((r) => r.kind === kind);
    const detected = mine.filter((r) => r.detected).length;
    kinds[kind] = { n: mine.length, detected, share: mine.length ? detected / mine.length : null };
  }
  const flagged = controls.filter((c) => c.flagged);
  const byKind = {};
  for (const c of flagged) for (const f of c.found) byKind[f.kind] = (byKind[f.kind] ?? 0) + 1;
  return {
    kinds,
    controls: { n: controls.length, flagged: flagged.length, share: controls.length ? flagged.length / controls.length : null, byKind },
  };
}

export async function runPerturb(ctx) {
  const articles = benchArticles(ctx);
  const lib = await ctx.library();
  const options = { embedder: await ctx.embedder(), timings: false };
  const seed = ctx.options.seed;
  const cases = buildPerturbations(articles, { seed });
  const results = [];
  const failures = [];
  for (const [n, item] of cases.entries()) {
    ctx.progress(`perturb ${item.kind} ${n + 1}/${cases.length}`);
    try {
      results.push(await runCase(lib, options, item, seed));
    } catch (error) {
      failures.push({ kind: item.kind, id: item.id, line: item.line, message: String(error?.message ?? error) });
    }
  }
  const comparable = {};
  for (const [n, item] of cases.entries()) {
    ctx.progress(`perturb comparable ${item.kind} ${n + 1}/${cases.length}`);
    tally(comparable, item.kind, await runComparableCase(lib, options, item, seed).catch(() => null));
  }
  const controls = await runControls(lib, options, articles, seed, ctx.progress);
  const danish = await runDanishSide(lib, options, articles, seed, ctx.progress);
  // Tatoeba takes the Danish-side edits too, beyond its pooled figures.
  const sentenceKinds = [...EDIT_KINDS, ...DANISH_EDIT_KINDS.map((k) => ({ ...k, extra: true }))];
  const sentenceDeps = {
    plant: (items, opts) => buildPerturbations(items, { ...opts, kinds: sentenceKinds }),
    runCase: (item) => runCase(lib, options, item, seed),
    compare: async (article) => (await lib.compare(...inputs(buildFaithfulPair(article, { seed })), options)).discrepancies,
    kinds: sentenceKinds,
  };
  const missing = (error) => {
    if (error instanceof MissingData) return { rows: [note(`sentences: ${error.message}`)], result: null };
    throw error;
  };
  const sentences = await runSentencePerturb(ctx, sentenceDeps).catch(missing);
  const unseenSentences = await runSentencePerturb(ctx, sentenceDeps, UNSEEN_LINES).catch(missing);
  const summary = summarise(results, controls);
  const extra = new Set(EDIT_KINDS.filter((k) => k.extra).map((k) => k.kind));
  const shares = (wanted) =>
    Object.entries(summary.kinds)
      .filter(([kind, k]) => k.n > 0 && extra.has(kind) === wanted)
      .map(([kind, k]) => `${kind} ${score(k.share)} (n=${k.n})`);
  const targeted = shares(false);
  const comparableShares = Object.entries(comparable).map(([kind, k]) => `${kind} ${score(k.detected / k.n)} (n=${k.n})`);
  const rows = [
    row('perturb', targeted.slice(0, 5).join(' · ')),
    note(targeted.slice(5).join(' · ')),
    note(`controls flagged ${score(summary.controls.share, 3)} (${summary.controls.flagged}/${summary.controls.n} lines)` +
      (summary.controls.flagged ? ` — by ${Object.entries(summary.controls.byKind).map(([k, v]) => `${k} ${v}`).join(', ')}` : '')),
    note(`beyond the targets: ${shares(true).slice(0, 4).join(' · ')}`),
    note(`harder cases, beyond the targets: ${shares(true).slice(4).join(' · ')}`),
    note(halvesLine(results, controls, extra)),
    note(otherFindingsLine(results)),
    note('in comparable pairs (shuffled, a quarter of the lines dropped; the cases whose line survives on both sides):'),
    note(comparableShares.slice(0, 7).join(' · ')),
    note(comparableShares.slice(7).join(' · ')),
    ...danish.rows,
  ];
  const weak = Object.entries(summary.kinds)
    .filter(([kind, k]) => !extra.has(kind) && k.n > 0 && k.share < TARGET_DETECTED)
    .map(([kind]) => kind);
  if (weak.length || summary.controls.share > TARGET_CONTROLS) {
    rows.push(note(`below target (each kind ≥ ${TARGET_DETECTED}, controls ≤ ${TARGET_CONTROLS}): ${[...weak, ...(summary.controls.share > TARGET_CONTROLS ? ['controls'] : [])].join(', ')}`));
  }
  rows.push(...sentences.rows, ...unseenSentences.rows);
  const calibration = calibrationTable(results.flatMap((r) => r.findings));
  rows.push(...calibrationRows(calibration));
  // The same on each half of the articles: the confidences were set looking at the reading half only.
  const byHalf = Object.fromEntries(
    ['reading', 'held-out'].map((half) => [half, calibrationTable(results.filter((r) => ntrexHalf(r.id) === half).flatMap((r) => r.findings))]),
  );
  rows.push(...calibrationHalfRows(byHalf));
  rows.push(note(sureLine(results, sentences.result?.cases, unseenSentences.result?.cases)));
  calibration.byHalf = byHalf;
  if (failures.length) rows.push(note(`${failures.length} cases failed (first: ${failures[0].message})`));
  return {
    rows,
    result: { ...summary, otherFindings: otherFindingsPerArticle(results), danish: danish.result, calibration, comparable, cases: results, controlLines: controls.filter((c) => c.flagged), sentences: sentences.result, unseenSentences: unseenSentences.result, failures },
    failed: failures.length > 0,
  };
}
