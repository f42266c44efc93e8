// Scores a Report against a pair's gold, at the level of lines: claims are mapped back to the lines they
// overlap (a line may give two claims, a credit line none), and everything is counted in lines.

/** Map claim id → indices of the lines it overlaps (by offsets in the text the pair was built with). */
export function linesOfClaims(claims, spans) {
  const map = new Map();
  for (const claim of claims ?? []) {
    const lines = [];
    for (const span of spans) {
      if (Math.max(claim.start, span.start) < Math.min(claim.end, span.end)) lines.push(span.line);
    }
    map.set(claim.id, lines);
  }
  return map;
}

/** Map line index → ids of the claims that overlap it. */
function claimsOfLines(claimLines) {
  const map = new Map();
  for (const [id, lines] of claimLines) {
    for (const line of lines) {
      if (!map.has(line)) map.set(line, []);
      map.get(line).push(id);
    }
  }
  return map;
}

/** Line pairs (as 'l:r' keys) that the report's alignments imply: every left line × every right line. */
export function predictedLinePairs(alignments, leftLines, rightLines) {
  const pairs = new Set();
  for (const alignment of alignments ?? []) {
    const left = new Set((alignment.left ?? []).flatMap((id) => leftLines.get(id) ?? []));
    const right = new Set((alignment.right ?? []).flatMap((id) => rightLines.get(id) ?? []));
    for (const l of left) for (const r of right) pairs.add(`${l}:${r}`);
  }
  return pairs;
}

/** Lines of one side predicted unmatched: at least one claim covers them and all such claims are unmatched. */
export function predictedUnmatchedLines(spans, claimLines, unmatchedIds) {
  const unmatched = new Set(unmatchedIds ?? []);
  const byLine = claimsOfLines(claimLines);
  return spans
    .map((span) => span.line)
    .filter((line) => {
      const ids = byLine.get(line) ?? [];
      return ids.length > 0 && ids.every((id) => unmatched.has(id));
    });
}

function countOffsetErrors(claims, text) {
  return (claims ?? []).filter((claim) => text.slice(claim.start, claim.end) !== claim.text).length;
}

function intersectionSize(a, b) {
  let n = 0;
  for (const item of a) if (b.has(item)) n++;
  return n;
}

/** Counts for one pair; add them up with addCounts and turn them into scores with prf. */
export function scorePair(report, pair) {
  const leftLines = linesOfClaims(report.left?.claims, pair.left.spans);
  const rightLines = linesOfClaims(report.right?.claims, pair.right.spans);

  const predicted = predictedLinePairs(report.alignments, leftLines, rightLines);
  const gold = new Set(pair.gold.pairs.map((i) => `${i}:${i}`));

  const unmatched = { correct: 0, predicted: 0, gold: 0 };
  for (const side of ['left', 'right']) {
    const lines = side === 'left' ? leftLines : rightLines;
    const found = new Set(predictedUnmatchedLines(pair[side].spans, lines, report.unmatched?.[side]));
    const expected = new Set(pair.gold.unmatched[side]);
    unmatched.correct += intersectionSize(found, expected);
    unmatched.predicted += found.size;
    unmatched.gold += expected.size;
  }

  const covered = (lines) => new Set([...lines.values()].flat());
  const leftCovered = covered(leftLines);
  const rightCovered = covered(rightLines);
  return {
    pairs: { correct: intersectionSize(predicted, gold), predicted: predicted.size, gold: gold.size },
    unmatched,
    lines: pair.left.spans.length + pair.right.spans.length,
    linesWithoutClaim:
      pair.left.spans.filter((s) => !leftCovered.has(s.line)).length +
      pair.right.spans.filter((s) => !rightCovered.has(s.line)).length,
    claims: leftLines.size + rightLines.size,
    claimsWithoutLine: [...leftLines.values(), ...rightLines.values()].filter((l) => l.length === 0).length,
    offsetErrors:
      countOffsetErrors(report.left?.claims, pair.left.text) + countOffsetErrors(report.right?.claims, pair.right.text),
  };
}

/** Adds counts (nested objects of numbers) into `total`, which it returns. */
export function addCounts(total, counts) {
  for (const [key, value] of Object.entries(counts)) {
    if (typeof value === 'number') total[key] = (total[key] ?? 0) + value;
    else if (value && typeof value === 'object') total[key] = addCounts(total[key] ?? {}, value);
  }
  return total;
}

/** Precision, recall and F1 from counts; null where a score is undefined (nothing predicted, nothing gold). */
export function prf({ correct = 0, predicted = 0, gold = 0 }) {
  const precision = predicted > 0 ? correct / predicted : null;
  const recall = gold > 0 ? correct / gold : null;
  let f1 = null;
  if (precision !== null && recall !== null) f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  else if (gold > 0 && predicted === 0) f1 = 0;
  return { precision, recall, f1 };
}

export function median(values) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
