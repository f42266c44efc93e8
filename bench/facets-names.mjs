// Section "names": on faithful translations, are the names of a Danish line and its English line found on both
// sides and keyed alike? And does the polarity (`negated`) of the two lines agree? Every miss is written to the
// JSON with its lines, for a human to sort into extractor errors and real translation differences.
import { benchArticles } from './alignment.mjs';
import { note, row, score } from './table.mjs';

const TARGET = 0.95;
/** How many misses the table names as examples; the JSON has them all. */
const SHOWN = 8;

/** The entities of one line, read through analyze() as an article of one line, and whether a claim is negated. */
function readLine(lib, text, lang) {
  const claims = lib.analyze({ text, lang }).claims;
  return {
    entities: claims.flatMap((c) => c.facets.entities),
    negated: claims.some((c) => c.facets.negated),
  };
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
    article.da.forEach((da, i) => {
      const en = article.en[i];
      if (!da.trim() || !en.trim()) return;
      const line = `${article.id}:${i + 1}`;
      try {
        const left = readLine(lib, da, 'da');
        const right = readLine(lib, en, 'en');
        const scored = scoreNames(left.entities, right.entities, same);
        names += scored.names;
        found += scored.found;
        for (const m of scored.misses) misses.push({ line, ...m, da, en });
        lines++;
        if (left.negated === right.negated) polarityAgrees++;
        else polarity.push({ line, da: left.negated, en: right.negated, daText: da, enText: en });
      } catch (error) {
        failures.push({ line, message: String(error?.message ?? error) });
      }
    });
  }
  const share = names ? found / names : undefined;
  const agreement = lines ? polarityAgrees / lines : undefined;
  const bySide = (side) => misses.filter((m) => m.side === side).length;
  const rows = [
    row(
      'names',
      `same entity on both sides ${score(share)} of ${names} names (${misses.length} misses: ${bySide('da')} Danish, ` +
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
