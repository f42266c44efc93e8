// Section "names": on faithful translations (whole articles, analysed as users do), are the names of a Danish line
// and its English line found on both sides and keyed alike? And does the polarity (`negated`) of the two lines agree? Every miss is written to the
// JSON with its lines, for a human to sort into extractor errors and real translation differences.
import { benchArticles } from './alignment.mjs';
import { buildFaithfulPair } from './pairs.mjs';
import { note, row, score } from './table.mjs';

const TARGET = 0.95;
/** How many misses the table names as examples; the JSON has them all. */
const SHOWN = 8;

/**
 * The entities and polarity of every line of one side of a faithful pair, read through analyze() on the whole
 * article, as users run it (a name written inside one sentence helps read it at the start of another): each
 * entity goes to the line holding it, and a line is negated when a claim overlapping it is.
 */
function readLines(lib, side, lang) {
  const claims = lib.analyze({ text: side.text, lang }).claims;
  const inside = (x, span) => span.start <= x.start && x.end <= span.end;
  const overlaps = (x, span) => x.start < span.end && span.start < x.end;
  const byLine = new Map();
  for (const span of side.spans) {
    const mine = claims.filter((c) => overlaps(c, span));
    byLine.set(span.line, {
      text: side.text.slice(span.start, span.end),
      entities: mine.flatMap((c) => c.facets.entities).filter((e) => inside(e, span)),
      negated: mine.some((c) => c.facets.negated),
    });
  }
  return byLine;
}

/**
 * Same entity: equal keys, or `sameEntity()` when the library exports it (a surname alone, a misspelling).
 * Without it only equal keys count, which can only lower the share.
 */
export function matcher(lib) {
  const same = typeof lib.sameEntity === 'function' ? lib.sameEntity : undefined;
  return (a, b) => a.key === b.key || (same ? same(a, b).same : false);
}

/**
 * Scores one line pair: every entity of either side is found when the other side has the same entity.
 * Returns counts and the misses.
 */
export function scoreNames(da, en, sameEntity) {
  const misses = [];
  let found = 0;
  for (const [side, mine, other] of [
    ['da', da, en],
    ['en', en, da],
  ]) {
    for (const e of mine) {
      if (other.some((o) => sameEntity(e, o))) found++;
      else misses.push({ side, text: e.text, key: e.key, type: e.type, other: other.map((o) => o.key) });
    }
  }
  return { names: da.length + en.length, found, misses };
}

export async function runNames(ctx) {
  const lib = await ctx.library();
  if (typeof lib.analyze !== 'function') throw new Error('dist/index.js does not export analyze()');
  const same = matcher(lib);
  const articles = benchArticles(ctx);
  let names = 0;
  let found = 0;
  let lines = 0;
  let polarityAgrees = 0;
  const misses = [];
  const polarity = [];
  const failures = [];
  for (const article of articles) {
    ctx.progress(`names ${article.index + 1}/${articles.length}`);
    const pair = buildFaithfulPair(article, { seed: ctx.options.seed });
    let left;
    let right;
    try {
      left = readLines(lib, pair.left, 'da');
      right = readLines(lib, pair.right, 'en');
    } catch (error) {
      failures.push({ line: article.id, message: String(error?.message ?? error) });
      continue;
    }
    for (const [i, l] of left) {
      const r = right.get(i);
      if (!r || !l.text.trim() || !r.text.trim()) continue;
      const line = `${article.id}:${i + 1}`;
      const scored = scoreNames(l.entities, r.entities, same);
      names += scored.names;
      found += scored.found;
      for (const m of scored.misses) misses.push({ line, ...m, da: l.text, en: r.text });
      lines++;
      if (l.negated === r.negated) polarityAgrees++;
      else polarity.push({ line, da: l.negated, en: r.negated, daText: l.text, enText: r.text });
    }
  }
  const share = names ? found / names : undefined;
  const agreement = lines ? polarityAgrees / lines : undefined;
  const bySide = (side) => misses.filter((m) => m.side === side).length;
  const rows = [
    row(
      'names',
      `same entity on both sides ${score(share, 3)} of ${names} names (${misses.length} misses: ${bySide('da')} Danish, ` +
        `${bySide('en')} English; target ${TARGET.toFixed(2)})`,
    ),
    note(`polarity agrees on ${score(agreement)} of ${lines} line pairs (${polarity.length} differ)`),
  ];
  if (misses.length) {
    const examples = misses.slice(0, SHOWN).map((m) => `${m.side} "${m.text}"`);
    rows.push(note(`e.g. ${examples.join(', ')}`));
  }
  if (typeof lib.sameEntity !== 'function') rows.push(note('sameEntity() is not exported: equal keys only'));
  if (failures.length) rows.push(note(`${failures.length} lines failed (first: ${failures[0].message})`));
  const result = {
    lines,
    names,
    found,
    share,
    target: TARGET,
    polarity: { lines, agree: polarityAgrees, share: agreement, differ: polarity },
    misses,
    failures,
  };
  return { rows, result, failed: failures.length > 0 };
}
