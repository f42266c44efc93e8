// The terminal report: findings first, then aligned claims side by side, then what only one side says.
import type { Claim, DiscrepancySide, Report } from '../types';
import { displayWidth, formatScore, padEnd, safeText, wrapText, wrapWords, type Word } from './layout';
import { capWords, joinClaims, sideNames, spanInClaim, unmatchedWords, viewReport, type PairView, type ReportView } from './model';

export interface TextReportOptions {
  /** Use ANSI colours (the CLI asks for them on a terminal when NO_COLOR is unset). Default false. */
  color?: boolean;
  /** Line width in columns. Default 100. */
  width?: number;
}

type Paint = (style: keyof typeof STYLES, text: string) => string;

const STYLES = { heading: '1', strong: '1;31', medium: '33', weak: '2', span: '1;4;33', dim: '2' } as const;

export function renderText(report: Report, options: TextReportOptions = {}): string {
  const width = Math.max(60, Math.min(200, Math.floor(options.width ?? 100)));
  const paint: Paint = options.color
    ? (style, text) => (text ? `\u001b[${STYLES[style]}m${text}\u001b[0m` : text)
    : (_style, text) => text;
  const view = viewReport(report);
  const out = [
    ...header(report, view).flatMap((line) => wrapText(line, width)),
    '',
    ...findings(view, sideNames(report), width, paint),
    '',
    ...pairs(view, width, paint),
    '',
    ...onlyOneSide(`ONLY IN THE LEFT ARTICLE (${lang(report.left?.lang)})`, view.onlyLeft, width, paint),
    '',
    ...onlyOneSide(`ONLY IN THE RIGHT ARTICLE (${lang(report.right?.lang)})`, view.onlyRight, width, paint),
  ];
  return out.map((line) => line.trimEnd()).join('\n') + '\n';
}

function header(report: Report, view: ReportView): string[] {
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  return [
    `claimdiff: left ${lang(report.left?.lang)} (${count(report.left?.claims?.length ?? 0, 'claim')}) ↔ ` +
      `right ${lang(report.right?.lang)} (${count(report.right?.claims?.length ?? 0, 'claim')})`,
    `${count(view.findings.length, 'finding')} · ${count(view.pairs.length, 'aligned pair')} · ` +
      `${view.onlyLeft.length} only left · ${view.onlyRight.length} only right · ` +
      `model ${safeText(report.meta?.embedder ?? 'unknown')}`,
  ];
}

function findings(view: ReportView, names: { left: string; right: string }, width: number, paint: Paint): string[] {
  const lines = [paint('heading', `FINDINGS (${view.findings.length})`)];
  if (view.findings.length === 0) return [...lines, '  No disagreements found between aligned claims.'];
  const ids = view.findings.flatMap((d) => [d.left?.claim ?? '', d.right?.claim ?? '']);
  const idWidth = Math.min(10, Math.max(2, ...ids.map((id) => displayWidth(safeText(id))))) + 2;
  view.findings.forEach((d, i) => {
    const number = `${String(i + 1).padStart(2)}. `;
    const strength = d.confidence >= 0.8 ? 'strong' : d.confidence >= 0.5 ? 'medium' : 'weak';
    lines.push('');
    lines.push(`${number}${paint(strength, safeText(d.kind).toUpperCase())} · confidence ${formatScore(d.confidence)}`);
    for (const line of wrapText(d.message ?? '', width - 4)) lines.push(`    ${line}`);
    lines.push(...findingSide(d.left, view.claim('left', d.left?.claim), idWidth, width, paint, d.missing === 'left'));
    lines.push(...findingSide(d.right, view.claim('right', d.right?.claim), idWidth, width, paint, d.missing === 'right'));
    const alone = unmatchedWords(view, d);
    if (alone) for (const line of noCounterpart(alone, names, width - 4)) lines.push(`    ${line}`);
  });
  return lines;
}

/**
 * One side of a finding: claim id and the differing words, then the claim with those words highlighted. A side
 * that does not give the fact says so, and its claim is shown plain. A side whose differing words are its whole
 * claim (the claim that lacks the other side's negation) shows the claim once, plain: quoting it as the words and
 * again as the claim printed it twice. Long words are wrapped like the claim, so no line outgrows the width.
 */
function findingSide(
  side: DiscrepancySide | undefined,
  claim: Claim | undefined,
  idWidth: number,
  width: number,
  paint: Paint,
  missing = false,
): string[] {
  if (!side) return [];
  const indent = ' '.repeat(4 + idWidth);
  const id = `    ${paint('dim', padEnd(safeText(side.claim ?? ''), idWidth))}`;
  const claimLines = (range?: { from: number; to: number }) =>
    claim ? wrapWords(claim.text, width - indent.length).map((words) => paintWords(words, range, paint)) : [];
  const startOnIdLine = (lines: string[]) => lines.map((line, i) => (i === 0 ? id : indent) + line);
  if (!missing && claim && sameWords(side.text, claim.text)) return startOnIdLine(claimLines());
  const words = missing
    ? [paint('dim', '(not given)')]
    : wrapText(side.text, width - indent.length).map((line) => paint('span', line));
  const at = missing ? undefined : spanInClaim(claim, side);
  const range = at === undefined ? undefined : { from: at, to: at + side.text.length };
  return [...startOnIdLine(words), ...claimLines(range).map((line) => indent + line)];
}

/**
 * 'no counterpart: Danish "Boston", English "Stockholm"': the words of a finding's claims the other side does not
 * render, on one line when it fits, else one side a line.
 */
function noCounterpart(alone: { left: string[]; right: string[] }, names: { left: string; right: string }, width: number): string[] {
  const label = 'no counterpart: ';
  if (alone.left.length === 0 && alone.right.length === 0) return [`${label}none`];
  const side = (name: string, words: string[]) => {
    const { shown, more } = capWords(words);
    const list = shown.map((w) => `"${safeText(w)}"`).join(', ');
    return `${safeText(name)} ${list || 'none'}${more > 0 ? ` … (+${more})` : ''}`;
  };
  const left = side(names.left, alone.left);
  const right = side(names.right, alone.right);
  const line = `${label}${left}, ${right}`;
  if (displayWidth(line) <= width) return [line];
  const hang = ' '.repeat(label.length);
  return [...wrapText(`${left},`, width - label.length), ...wrapText(right, width - label.length)].map(
    (l, i) => (i === 0 ? label : hang) + l,
  );
}

function sameWords(a: string | undefined, b: string): boolean {
  const words = (text: string) => safeText(text).replace(/\s+/g, ' ').trim();
  return words(a ?? '') === words(b);
}

function pairs(view: ReportView, width: number, paint: Paint): string[] {
  const lines = [paint('heading', `ALIGNED CLAIMS (${view.pairs.length})`)];
  if (view.pairs.length === 0) return [...lines, '  No claims were aligned.'];
  const labels = view.pairs.flatMap((p) => [label(p.leftIds), label(p.rightIds)]);
  const idWidth = Math.min(10, Math.max(2, ...labels.map(displayWidth))) + 2;
  // indent 2, two id columns, ' │ ', then '  0.83 !' for the score and the finding flag
  const column = Math.max(12, Math.floor((width - 2 - 2 * idWidth - 3 - 8) / 2));
  lines.push(`  ${padEnd('left', idWidth + column)} │ ${padEnd('right', idWidth + column)}  score`);
  for (const pair of view.pairs) lines.push(...pairRows(pair, idWidth, column, paint));
  if (view.pairs.some((p) => p.flagged)) lines.push('', '  ! = a finding above concerns this pair');
  return lines;
}

function pairRows(pair: PairView, idWidth: number, column: number, paint: Paint): string[] {
  const leftIds = idLines(pair.leftIds, idWidth - 1);
  const rightIds = idLines(pair.rightIds, idWidth - 1);
  const leftText = wrapText(joinClaims(pair.left), column);
  const rightText = wrapText(joinClaims(pair.right), column);
  const rows = Math.max(leftIds.length, rightIds.length, leftText.length, rightText.length);
  const out: string[] = [];
  for (let r = 0; r < rows; r++) {
    const score = r === 0 ? `  ${formatScore(pair.score)}${pair.flagged ? ' !' : ''}` : '';
    out.push(
      `  ${paint('dim', padEnd(leftIds[r] ?? '', idWidth))}${padEnd(leftText[r] ?? '', column)} │ ` +
        `${paint('dim', padEnd(rightIds[r] ?? '', idWidth))}${padEnd(rightText[r] ?? '', column)}${score}`,
    );
  }
  return out;
}

function onlyOneSide(title: string, claims: Claim[], width: number, paint: Paint): string[] {
  const lines = [paint('heading', `${title} (${claims.length})`)];
  if (claims.length === 0) return [...lines, '  None.'];
  const idWidth = Math.min(10, Math.max(2, ...claims.map((c) => displayWidth(safeText(c.id))))) + 2;
  for (const claim of claims) {
    wrapText(claim.text, width - 2 - idWidth).forEach((line, i) => {
      const id = i === 0 ? safeText(claim.id) : '';
      lines.push(`  ${paint('dim', padEnd(id, idWidth))}${line}`);
    });
  }
  return lines;
}

/** Joins words back into a line, painting the parts that fall inside `range` (offsets into the claim). */
function paintWords(words: Word[], range: { from: number; to: number } | undefined, paint: Paint): string {
  return words
    .map((w) => {
      if (!range) return w.text;
      const from = Math.max(0, range.from - w.start);
      const to = Math.min(w.text.length, range.to - w.start);
      if (from >= to) return w.text;
      return w.text.slice(0, from) + paint('span', w.text.slice(from, to)) + w.text.slice(to);
    })
    .join(' ');
}

function label(ids: string[]): string {
  return safeText(ids.join('+'));
}

/** The ids of one side of a pair ('L3+L4'), broken over lines when they do not fit the id column. */
function idLines(ids: string[], width: number): string[] {
  const lines: string[] = [];
  for (const id of ids.map(safeText)) {
    const last = lines.length - 1;
    if (last >= 0 && displayWidth(lines[last]) + 1 + displayWidth(id) <= width) lines[last] += `+${id}`;
    else lines.push(last >= 0 ? `+${id}` : id);
  }
  return lines.length > 0 ? lines : [''];
}

function lang(code: string | undefined): string {
  return safeText(code || '?');
}
