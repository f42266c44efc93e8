// The perturb section's second genre: Tatoeba sentence pairs, each compared as a one-sentence article, with the same
// planted edits as the news articles, and faithful pairs as controls. Short inputs are where the alignment margin
// has no neighbours to compare with, so confidence is shown too: the share still reported at confidence ≥ 0.5.
// Pairs from line 1,000 on, each in its half (halfOf('tatoeba:<index>')): the reading half and the held-out half are
// reported apart. The built-in model learned word links and word weights from those lines, so a second block runs the
// same on the first 1,000 lines, which the model was not built from (its quality check reads them): the figures a
// reader should trust for text the model never saw.
import { halfOf, loadTatoeba } from './data.mjs';
import { generatorFor, sample } from './random.mjs';
import { note, row, score } from './table.mjs';

/** Sentence pairs read: the first 1,000 lines are left out, and at most this many after them. */
const FIRST_LINE = 1000;
const LINES = 8000;
const CASES_PER_KIND = 60;
const CONTROLS = 600;

/**
 * Runs the planted edits on Tatoeba pairs. `plant(articles, options)` builds the cases and `runCase(item)` runs one,
 * as the article part of the section does; `compare(pair)` compares one faithful pair.
 */
export async function runSentencePerturb(ctx, { plant, runCase, compare, kinds }, range = { from: FIRST_LINE, lines: LINES }) {
  const unseen = range.from === 0;
  const pairs = loadTatoeba(ctx.data).slice(range.from, range.from + range.lines);
  const articles = pairs.map((p) => ({ id: `tatoeba:${p.index}`, da: [p.da], en: [p.en] }));
  const cases = plant(articles, { seed: ctx.options.seed, perKind: CASES_PER_KIND });
  const results = [];
  for (const [n, item] of cases.entries()) {
    ctx.progress(`perturb sentences ${item.kind} ${n + 1}/${cases.length}`);
    const result = await runCase(item).catch(() => null);
    if (result) results.push({ ...result, half: halfOf(item.id), sure: result.detectedSure });
  }
  const controlPairs = sample(articles, CONTROLS, generatorFor(ctx.options.seed, 'perturb sentences controls'));
  const controls = [];
  for (const [n, article] of controlPairs.entries()) {
    ctx.progress(`perturb sentence controls ${n + 1}/${controlPairs.length}`);
    const found = await compare(article).catch(() => null);
    if (found) controls.push({ id: article.id, half: halfOf(article.id), flagged: found.length > 0, found });
  }
  return { rows: rowsOf(results, controls, kinds, unseen), result: { cases: results, controls } };
}

/** The block on the lines the built-in model was not built from. */
export const UNSEEN_LINES = { from: 0, lines: FIRST_LINE };

function rowsOf(results, controls, kinds, unseen) {
  const extra = new Set(kinds.filter((k) => k.extra).map((k) => k.kind));
  const perKind = kinds
    .map(({ kind }) => {
      const mine = results.filter((r) => r.kind === kind);
      if (mine.length === 0) return null;
      const found = mine.filter((r) => r.detected).length;
      const sure = mine.filter((r) => r.sure).length;
      return `${kind} ${score(found / mine.length)}/${score(sure / mine.length)} (n=${mine.length})`;
    })
    .filter(Boolean);
  const half = (name) => {
    const planted = results.filter((r) => r.half === name && !extra.has(r.kind));
    const lines = controls.filter((c) => c.half === name);
    const found = planted.filter((r) => r.detected).length;
    const sure = planted.filter((r) => r.sure).length;
    const flagged = lines.filter((c) => c.flagged).length;
    const flaggedSure = lines.filter((c) => c.found.some((f) => f.confidence >= 0.5)).length;
    return `found ${score(found / planted.length)}/${score(sure / planted.length)} (n=${planted.length}), ` +
      `controls ${score(flagged / lines.length, 3)}/${score(flaggedSure / lines.length, 3)} (${flagged}/${lines.length})`;
  };
  const byKind = {};
  for (const c of controls) for (const f of c.found) byKind[f.kind] = (byKind[f.kind] ?? 0) + 1;
  const flagged = controls.filter((c) => c.flagged).length;
  return [
    row(
      unseen ? 'tatoeba new' : 'tatoeba',
      unseen
        ? `the same on the first 1,000 lines, which the built-in model was not built from`
        : `sentence pairs, one sentence each: planted edit found / found at confidence ≥ 0.5`,
    ),
    ...Array.from({ length: Math.ceil(perKind.length / 5) }, (_, k) => note(perKind.slice(5 * k, 5 * k + 5).join(' · '))),
    note(`faithful pairs with any finding ${score(flagged / controls.length, 3)} (${flagged}/${controls.length}; ` +
      `${controls.filter((c) => c.found.some((f) => f.confidence >= 0.5)).length} at confidence ≥ 0.5)` +
      (flagged ? ` — by ${Object.entries(byKind).map(([k, v]) => `${k} ${v}`).join(', ')}` : '')),
    note(`by half, the targeted kinds pooled, any confidence / ≥ 0.5: reading ${half('reading')} | held-out ${half('held-out')}`),
  ];
}
