// Section "alignment": how well compare() pairs up claims, on comparable and on faithful article pairs.
import { loadNtrexArticles } from './data.mjs';
import { addCounts, prf, scorePair } from './metrics.mjs';
import { buildComparablePair, buildFaithfulPair } from './pairs.mjs';
import { note, row, score } from './table.mjs';

/** The ntrex articles, cut to `--articles N` when given. */
export function benchArticles(ctx) {
  const articles = loadNtrexArticles(ctx.data);
  return ctx.options.articles ? articles.slice(0, ctx.options.articles) : articles;
}

export function inputsOf(pair) {
  return [
    { text: pair.left.text, lang: pair.left.lang },
    { text: pair.right.text, lang: pair.right.lang },
  ];
}

/** Runs compare() on every pair and scores it; a pair that throws is counted, never fatal. */
export async function evaluatePairs(pairs, compare, compareOptions, progress = () => {}) {
  const articles = [];
  const failures = [];
  const total = {};
  const findings = [];
  let alignedPairs = 0;
  for (const [n, pair] of pairs.entries()) {
    progress(`${pair.kind} ${n + 1}/${pairs.length}`);
    try {
      const report = await compare(...inputsOf(pair), compareOptions);
      const counts = scorePair(report, pair);
      addCounts(total, counts);
      articles.push({ id: pair.id, ...counts });
      alignedPairs += report.alignments.length;
      for (const d of report.discrepancies) findings.push({ id: pair.id, kind: d.kind, confidence: d.confidence, message: d.message });
    } catch (error) {
      failures.push({ id: pair.id, message: String(error?.message ?? error) });
    }
  }
  return {
    articles: pairs.length,
    scored: articles.length,
    pairs: { ...total.pairs, ...prf(total.pairs ?? {}) },
    unmatched: { ...total.unmatched, ...prf(total.unmatched ?? {}) },
    lines: total.lines ?? 0,
    linesWithoutClaim: total.linesWithoutClaim ?? 0,
    claims: total.claims ?? 0,
    claimsWithoutLine: total.claimsWithoutLine ?? 0,
    offsetErrors: total.offsetErrors ?? 0,
    failures,
    alignedPairs,
    findings: findings.sort((a, b) => b.confidence - a.confidence),
    perArticle: articles,
  };
}

function rowsFor(kind, result) {
  const { pairs, unmatched } = result;
  const count = result.scored === result.articles ? `${result.articles}` : `${result.scored}/${result.articles}`;
  const label = `${kind.padEnd(10)} (${count} articles)`;
  const head = label.padEnd(Math.max(26, label.length + 2));
  const unmatchedText =
    unmatched.gold > 0
      ? `unmatched F1 ${score(unmatched.f1)}`
      : `unmatched ${unmatched.predicted}/${result.lines} lines flagged`;
  const rows = [row('alignment', `${head}P ${score(pairs.precision)}  R ${score(pairs.recall)}  F1 ${score(pairs.f1)}   ${unmatchedText}`)];
  // On faithful translations a finding is a false alarm or a real translation difference: both worth a count.
  const per100 = result.alignedPairs ? (100 * result.findings.length) / result.alignedPairs : 0;
  const strong = result.findings.filter((f) => f.confidence >= 0.5).length;
  rows.push(note(`findings ${result.findings.length} (${per100.toFixed(1)} per 100 aligned pairs; ${strong} at confidence ≥ 0.5)`));
  const issues = [
    result.failures.length ? `${result.failures.length} pairs failed (first: ${result.failures[0].message})` : '',
    result.linesWithoutClaim ? `${result.linesWithoutClaim}/${result.lines} lines without a claim` : '',
    result.claimsWithoutLine ? `${result.claimsWithoutLine} claims outside every line` : '',
    result.offsetErrors ? `${result.offsetErrors} claims whose offsets do not match their text` : '',
  ].filter(Boolean);
  if (issues.length) rows.push(note(issues.join(' · ')));
  return rows;
}

export async function runAlignment(ctx) {
  const articles = benchArticles(ctx);
  const lib = await ctx.library();
  const compareOptions = { embedder: await ctx.embedder(), timings: false };
  const seed = ctx.options.seed;
  const sets = {
    comparable: articles.map((article) => buildComparablePair(article, { seed })),
    faithful: articles.map((article) => buildFaithfulPair(article, { seed })),
  };
  // One call first, so that loading and compiling are not charged to the first article.
  if (sets.comparable.length) await lib.compare(...inputsOf(sets.comparable[0]), compareOptions).catch(() => {});

  const result = {};
  const rows = [];
  for (const [kind, pairs] of Object.entries(sets)) {
    result[kind] = await evaluatePairs(pairs, lib.compare, compareOptions, ctx.progress);
    rows.push(...rowsFor(kind, result[kind]));
  }
  return { rows, result, failed: Object.values(result).some((r) => r.failures.length > 0) };
}
