// Section "sentences": the sentence splitters against one-sentence lines. Each NTREX article (per half, per
// language) becomes one paragraph of its lines joined by a space, and so does each run of 20 Tatoeba sentences;
// boundary precision, recall and F1 per splitter (see boundaries.mjs for how they are counted), how often the
// portable splitter agrees with the native one, and how fast each splits an article. The native parts are skipped,
// saying so, where its binary is not installed.
import { benchArticles } from './alignment.mjs';
import {
  agreementCounts,
  boundariesOf,
  boundaryErrors,
  joinedParagraph,
  paragraphsOf,
  prf,
  scoreBoundaries,
  sumCounts,
} from './boundaries.mjs';
import { MissingData, loadTatoeba, ntrexHalf } from './data.mjs';
import { buildFaithfulPair } from './pairs.mjs';
import { milliseconds, note, row, score } from './table.mjs';

const LANGS = ['da', 'en'];
/** Inputs that punish a splitter quadratic in its input, each repeated to the sizes of the scaling row. */
export const PATHOLOGICAL = {
  'a. a. a.': 'a. ',
  'A. A. A.': 'A. ',
  'Mr. Mr.': 'Mr. ',
  'U.S. U.S.': 'U.S. ',
  '"a. "a.': '"a. ',
  'lines "a."': 'a.\n',
  'one word': 'a',
};
const SCALING_SIZES = [100_000, 400_000];
const HALVES = ['reading', 'held-out'];
const TATOEBA_PARAGRAPH = 20;
const ROUNDS = 5;

/** The splitters this build offers: the portable one always, the native one where its binary is installed. */
export function availableSplitters(lib) {
  try {
    lib.splitSentences({ text: 'One. Two.', lang: 'en' }, { splitter: 'sentencex' });
    return { splitters: ['portable', 'sentencex'], missing: null };
  } catch (error) {
    if (error?.code !== 'ERR_OPTION_INVALID') throw error;
    return { splitters: ['portable'], missing: error.message };
  }
}

/** Scores every splitter on a set of gold paragraphs; lists the errors only when asked (the reading half). */
export function scoreSet(lib, paragraphs, lang, splitters, { listErrors = false } = {}) {
  const out = {};
  const found = {};
  for (const splitter of splitters) {
    found[splitter] = paragraphs.map((p) => boundariesOf(lib.splitSentences({ text: p.text, lang }, { splitter })));
    const counts = sumCounts(paragraphs.map((p, i) => scoreBoundaries(found[splitter][i], p)));
    out[splitter] = prf(counts);
    if (listErrors) {
      out[splitter].errors = paragraphs.flatMap((p, i) =>
        boundaryErrors(p.text, found[splitter][i], p).map((e) => ({ id: p.id, ...e })),
      );
    }
  }
  if (found.sentencex) {
    const a = sumCounts(paragraphs.map((_p, i) => agreementCounts(found.portable[i], found.sentencex[i])));
    out.agreement = { ...a, share: a.either ? a.both / a.either : 1 };
  }
  return out;
}

/** Median milliseconds per text for each splitter; the order alternates between rounds, after one warm-up. */
export function timeSplitters(lib, texts, lang, splitters, rounds = ROUNDS) {
  const split = (text, splitter) => lib.splitSentences({ text, lang }, { splitter });
  for (const splitter of splitters) for (const text of texts.slice(0, 3)) split(text, splitter);
  const perRound = Object.fromEntries(splitters.map((s) => [s, []]));
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 ? [...splitters].reverse() : splitters;
    const sums = Object.fromEntries(splitters.map((s) => [s, 0]));
    for (const text of texts) {
      for (const splitter of order) {
        const t0 = performance.now();
        split(text, splitter);
        sums[splitter] += performance.now() - t0;
      }
    }
    for (const s of splitters) perRound[s].push(sums[s] / Math.max(1, texts.length));
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return Object.fromEntries(splitters.map((s) => [s, median(perRound[s])]));
}

/**
 * How the portable splitter's time grows with its input: time on the larger size over time on the smaller, per
 * pathological input (median of 3, after a warm-up). Linear is the size ratio (×4); quadratic would be its square.
 */
export function scalingRatios(lib, lang = 'da', [small, large] = SCALING_SIZES, rounds = 3) {
  const timeOf = (text) => {
    lib.splitSentences({ text, lang }); // warm-up: compiling is not the splitter's growth
    const times = [];
    for (let r = 0; r < rounds; r++) {
      const t0 = performance.now();
      lib.splitSentences({ text, lang });
      times.push(performance.now() - t0);
    }
    return times.sort((a, b) => a - b)[Math.floor(rounds / 2)];
  };
  const out = {};
  for (const [name, unit] of Object.entries(PATHOLOGICAL)) {
    const repeat = (size) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
    const ms = { small: timeOf(repeat(small)), large: timeOf(repeat(large)) };
    out[name] = { ...ms, ratio: ms.small > 0 ? ms.large / ms.small : null };
  }
  return { sizes: [small, large], inputs: out };
}

function scoreCells(scores, splitters) {
  const cells = splitters.map((s) => {
    const x = scores[s];
    return `${s} P ${score(x.p)} R ${score(x.r)} F1 ${score(x.f1)} (${score(x.outsideQuotes.f1)})`;
  });
  const a = scores.agreement;
  if (a) cells.push(`agree ${score(a.share)} (${a.same}/${a.texts} texts the same)`);
  return cells.join(' · ');
}

export async function runSentences(ctx) {
  const lib = await ctx.library();
  if (typeof lib.splitSentences !== 'function') throw new Error('dist/index.js does not export splitSentences()');
  const { splitters, missing } = availableSplitters(lib);
  const articles = benchArticles(ctx);
  const rows = [
    row('sentences', 'boundary P/R/F1 against one-sentence lines joined into a paragraph; in brackets F1 outside quotations'),
  ];
  if (missing) rows.push(note(`sentencex: skipped (${missing})`));
  const result = { splitters, nativeMissing: missing, ntrex: {}, tatoeba: null, speed: {} };

  for (const half of HALVES) {
    const mine = articles.filter((a) => ntrexHalf(a.id) === half);
    result.ntrex[half] = { articles: mine.map((a) => a.id) };
    for (const lang of LANGS) {
      ctx.progress(`sentences: ${half} ${lang}`);
      const paragraphs = mine.map((a) => ({ id: a.id, ...joinedParagraph(a[lang]) }));
      const scores = scoreSet(lib, paragraphs, lang, splitters, { listErrors: half === 'reading' });
      const boundaries = paragraphs.reduce((n, p) => n + p.gold.length, 0);
      result.ntrex[half][lang] = { boundaries, ...scores };
      const label = `ntrex ${half} (${mine.length})`.padEnd(22);
      rows.push(note(`${label} ${lang}  ${scoreCells(scores, splitters)}  (${boundaries} boundaries)`));
    }
  }

  try {
    const pairs = loadTatoeba(ctx.data);
    result.tatoeba = { paragraphSize: TATOEBA_PARAGRAPH };
    for (const lang of LANGS) {
      ctx.progress(`sentences: tatoeba ${lang}`);
      const paragraphs = paragraphsOf(pairs.map((p) => p[lang]), TATOEBA_PARAGRAPH).map((lines, i) => ({
        id: `tatoeba.${i}`,
        ...joinedParagraph(lines),
      }));
      const scores = scoreSet(lib, paragraphs, lang, splitters);
      result.tatoeba[lang] = { paragraphs: paragraphs.length, ...scores };
      const label = `tatoeba (${paragraphs.length}×${TATOEBA_PARAGRAPH})`.padEnd(22);
      rows.push(note(`${label} ${lang}  ${scoreCells(scores, splitters)}`));
    }
  } catch (error) {
    if (!(error instanceof MissingData)) throw error;
    rows.push(note(`tatoeba: ${error.message}`));
  }

  const speedCells = [];
  for (const lang of LANGS) {
    ctx.progress(`sentences: timing ${lang}`);
    const side = lang === 'da' ? 'left' : 'right';
    const texts = articles.map((a) => buildFaithfulPair(a, { seed: ctx.options.seed })[side].text);
    const ms = timeSplitters(lib, texts, lang, splitters);
    const ratio = ms.sentencex !== undefined && ms.portable > 0 ? ms.sentencex / ms.portable : null;
    result.speed[lang] = { articles: texts.length, msPerArticle: ms, nativeOverPortable: ratio };
    const native = ratio === null ? '' : ` · sentencex ${milliseconds(ms.sentencex)} (×${ratio.toFixed(1)} the time)`;
    speedCells.push(`${lang} portable ${milliseconds(ms.portable)}${native}`);
  }
  rows.push(note(`speed per article (paragraphed as in the faithful pairs, median of ${ROUNDS} rounds): ${speedCells.join(' · ')}`));

  ctx.progress('sentences: scaling');
  result.scaling = scalingRatios(lib);
  const [small, large] = result.scaling.sizes;
  const cells = Object.entries(result.scaling.inputs).map(([name, x]) => `${name} ×${x.ratio?.toFixed(1) ?? '—'}`);
  rows.push(note(`portable time from ${small / 1000} KB to ${large / 1000} KB of (linear ×${large / small}): ${cells.join(' · ')}`));
  return { rows, result, failed: false };
}
