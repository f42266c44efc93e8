// Builds article pairs with a known answer from line-aligned translated articles.
//
// Comparable pair: the lines are grouped into paragraphs (same grouping on both sides), each side's paragraph
// order is shuffled on its own (a headline stays on top), and each side loses a random quarter of its lines on
// its own. Line i on the left is the counterpart of line i on the right when both survive; a line whose
// counterpart was dropped has none. Faithful pair: the same paragraphs, in order, nothing dropped.
import { generatorFor, randomInt, sample, shuffled } from './random.mjs';

export const DEFAULT_SEED = 20240601;

// A line that ends a sentence: final punctuation, optionally followed by closing quotes or brackets.
const SENTENCE_END = /[.!?…:;][\s"'”’»)\]]*$/u;

/** True for a line that reads as a heading, caption or credit rather than running text. */
export function isHeadingLine(line) {
  return !SENTENCE_END.test(line.trim());
}

/**
 * Groups line indices into paragraphs: a heading line stands alone; running lines form paragraphs of 2–3
 * consecutive lines (sizes drawn from `random`). `leftLines`/`rightLines` are the two sides of one article.
 */
export function groupParagraphs(leftLines, rightLines, random) {
  const paragraphs = [];
  let current = [];
  let size = randomInt(random, 2, 3);
  const close = () => {
    if (current.length > 0) paragraphs.push({ lines: current, heading: false });
    current = [];
    size = randomInt(random, 2, 3);
  };
  for (let i = 0; i < leftLines.length; i++) {
    if (isHeadingLine(leftLines[i]) || isHeadingLine(rightLines[i] ?? '')) {
      close();
      paragraphs.push({ lines: [i], heading: true });
      continue;
    }
    current.push(i);
    if (current.length >= size) close();
  }
  close();
  return paragraphs;
}

/**
 * Writes one side's text: kept lines of a paragraph joined by a space, paragraphs by a blank line.
 * Returns { text, spans } where spans[k] = { line, start, end } locates each kept line in the text.
 */
export function composeSide(lines, paragraphs, kept) {
  let text = '';
  const spans = [];
  for (const paragraph of paragraphs) {
    const present = paragraph.lines.filter((i) => kept.has(i));
    if (present.length === 0) continue;
    if (text.length > 0) text += '\n\n';
    present.forEach((line, k) => {
      if (k > 0) text += ' ';
      const start = text.length;
      text += lines[line];
      spans.push({ line, start, end: text.length });
    });
  }
  return { text, spans };
}

/** Paragraph order for one side: shuffled, except that an opening headline stays first. */
function shuffleParagraphs(paragraphs, random) {
  const pinned = paragraphs[0]?.heading && paragraphs[0].lines[0] === 0 ? 1 : 0;
  return [...paragraphs.slice(0, pinned), ...shuffled(paragraphs.slice(pinned), random)];
}

function allLines(count) {
  return Array.from({ length: count }, (_, i) => i);
}

function sideOf(lang, lines, paragraphs, kept) {
  return { lang, ...composeSide(lines, paragraphs, kept) };
}

function goldFor(count, keptLeft, keptRight) {
  const lines = allLines(count);
  return {
    pairs: lines.filter((i) => keptLeft.has(i) && keptRight.has(i)),
    unmatched: {
      left: lines.filter((i) => keptLeft.has(i) && !keptRight.has(i)),
      right: lines.filter((i) => keptRight.has(i) && !keptLeft.has(i)),
    },
  };
}

/**
 * A comparable pair from an article { id, da: string[], en: string[] } (Danish left, English right).
 * Same article + seed + options ⇒ the same pair, on every run and machine.
 */
export function buildComparablePair(article, { seed = DEFAULT_SEED, dropShare = 0.25 } = {}) {
  const { id, da, en } = article;
  const count = Math.min(da.length, en.length);
  const paragraphs = groupParagraphs(da.slice(0, count), en.slice(0, count), generatorFor(seed, id, 'paragraphs'));
  const drops = Math.round(count * dropShare);
  const keep = (side) => {
    const dropped = new Set(sample(allLines(count), drops, generatorFor(seed, id, 'drop', side)));
    return new Set(allLines(count).filter((i) => !dropped.has(i)));
  };
  const keptLeft = keep('left');
  const keptRight = keep('right');
  return {
    id,
    kind: 'comparable',
    left: sideOf('da', da, shuffleParagraphs(paragraphs, generatorFor(seed, id, 'order', 'left')), keptLeft),
    right: sideOf('en', en, shuffleParagraphs(paragraphs, generatorFor(seed, id, 'order', 'right')), keptRight),
    gold: goldFor(count, keptLeft, keptRight),
  };
}

/** A faithful pair: the whole article on both sides, paragraphs in order; every line has its counterpart. */
export function buildFaithfulPair(article, { seed = DEFAULT_SEED } = {}) {
  const { id, da, en } = article;
  const count = Math.min(da.length, en.length);
  const paragraphs = groupParagraphs(da.slice(0, count), en.slice(0, count), generatorFor(seed, id, 'paragraphs'));
  const kept = new Set(allLines(count));
  return {
    id,
    kind: 'faithful',
    left: sideOf('da', da, paragraphs, kept),
    right: sideOf('en', en, paragraphs, kept),
    gold: goldFor(count, kept, kept),
  };
}
