// Section "retrieval": how well the model alone finds a sentence's translation. The first 1,000 Tatoeba pairs
// (the lines the built-in model's build leaves out): for each Danish sentence, is its English translation the most
// similar of the 1,000 English sentences (accuracy@1, cosine), and the other way round?
import { loadTatoeba } from './data.mjs';
import { note, row, score } from './table.mjs';

/** The first lines of the Tatoeba file; scripts/build-model.mjs learns nothing from them. */
export const RETRIEVAL_LINES = 1000;

/** Share of queries whose own counterpart (same index) is the most similar candidate. */
export function accuracyAt1(queries, candidates) {
  if (queries.length === 0) return null;
  let hits = 0;
  queries.forEach((q, i) => {
    let best = -1;
    let bestScore = -Infinity;
    candidates.forEach((c, j) => {
      let dot = 0;
      for (let d = 0; d < q.length; d++) dot += q[d] * c[d];
      if (dot > bestScore) {
        bestScore = dot;
        best = j;
      }
    });
    if (best === i) hits++;
  });
  return hits / queries.length;
}

export async function runRetrieval(ctx) {
  const pairs = loadTatoeba(ctx.data).slice(0, RETRIEVAL_LINES);
  const embedder = await ctx.embedder();
  ctx.progress('retrieval: embedding');
  const da = await embedder.embed(pairs.map((p) => p.da));
  const en = await embedder.embed(pairs.map((p) => p.en));
  const daToEn = accuracyAt1(da, en);
  const enToDa = accuracyAt1(en, da);
  return {
    rows: [
      row('retrieval', `Danish→English accuracy@1 ${score(daToEn, 3)} among ${pairs.length} Tatoeba candidates; English→Danish ${score(enToDa, 3)}`),
      note('the first 1,000 Tatoeba lines: the built-in model is not built from them, but its settings were chosen looking at them'),
    ],
    result: { lines: pairs.length, daToEn, enToDa },
    failed: false,
  };
}
