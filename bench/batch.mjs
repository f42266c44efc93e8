// Input for `claimdiff batch` (sentence pairs plus a few broken lines) and the check of its output contract:
// one output line per input line, in input order, `{"id","report"}` or `{"id","error":{"message"}}`.
import { generatorFor, sample } from './random.mjs';

/** Broken input lines; `id` is what the output must echo, or null when the line has no readable id. */
export const BROKEN_LINES = [
  { line: '{"id": "broken-truncated", "left": {"text": "Hej', id: null },
  { line: JSON.stringify({ id: 'broken-no-right', left: { text: 'Hej med dig.', lang: 'da' } }), id: 'broken-no-right' },
  { line: JSON.stringify(['not', 'a', 'pair']), id: null },
];

/**
 * JSONL lines for the batch: `count` sentence pairs drawn (seeded) from [{ index, da, en }], with the broken
 * lines near the start, in the middle and at the end. Returns { lines, expected: [{ id, broken }] }.
 */
export function buildBatchInput(sentencePairs, { count = 1000, seed } = {}) {
  const chosen = sample(sentencePairs, count, generatorFor(seed, 'batch'));
  const good = chosen.map((pair) => ({
    id: `tatoeba-${pair.index + 1}`,
    line: JSON.stringify({
      id: `tatoeba-${pair.index + 1}`,
      left: { text: pair.da, lang: 'da' },
      right: { text: pair.en, lang: 'en' },
    }),
  }));
  const entries = good.map((g) => ({ line: g.line, id: g.id, broken: false }));
  const positions = [1, Math.floor(entries.length / 2), entries.length];
  // Insert from the back so earlier positions stay valid.
  BROKEN_LINES.map((broken, k) => ({ ...broken, at: positions[k] }))
    .sort((a, b) => b.at - a.at)
    .forEach((broken) => entries.splice(Math.min(broken.at, entries.length), 0, { line: broken.line, id: broken.id, broken: true }));
  return { lines: entries.map((e) => e.line), expected: entries.map(({ id, broken }) => ({ id, broken })) };
}

function parse(line) {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

/**
 * Checks batch output text against the expected entries and the exit code (1 when some lines failed).
 * Returns { ok, lines, reports, errors, inOrder, problems }.
 */
export function checkBatchOutput(output, expected, exitCode) {
  const lines = output.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const problems = [];
  let reports = 0;
  let errors = 0;
  let inOrder = true;
  if (lines.length !== expected.length) problems.push(`${lines.length} output lines for ${expected.length} input lines`);
  lines.forEach((line, i) => {
    const out = parse(line);
    if (!out || typeof out !== 'object') {
      problems.push(`line ${i + 1}: not a JSON object`);
      return;
    }
    if (out.error) errors++;
    if (out.report) reports++;
    const want = expected[i];
    if (!want) return;
    if (want.id !== null && out.id !== want.id) {
      inOrder = false;
      problems.push(`line ${i + 1}: id ${JSON.stringify(out.id)}, expected ${JSON.stringify(want.id)}`);
    }
    if (want.broken && typeof out.error?.message !== 'string') problems.push(`line ${i + 1}: broken input without an error`);
    if (!want.broken && (out.error || !Array.isArray(out.report?.alignments))) {
      problems.push(`line ${i + 1}: ${out.error ? `error "${out.error.message}"` : 'no report'} for a valid pair`);
    }
  });
  const brokenCount = expected.filter((e) => e.broken).length;
  const wantExit = brokenCount > 0 ? 1 : 0;
  if (exitCode !== wantExit) problems.push(`exit code ${exitCode}, expected ${wantExit}`);
  inOrder = inOrder && lines.length === expected.length;
  return { ok: problems.length === 0, lines: lines.length, reports, errors, inOrder, problems };
}
