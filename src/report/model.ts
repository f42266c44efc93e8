// What every renderer needs from a Report: claims by id, findings in reading order, pairs with their texts.
import type { Claim, Discrepancy, Report } from '../types';

export interface PairView {
  left: Claim[];
  right: Claim[];
  leftIds: string[];
  rightIds: string[];
  score: number;
  /** Some finding concerns a claim of this pair. */
  flagged: boolean;
}

export interface ReportView {
  findings: Discrepancy[];
  pairs: PairView[];
  onlyLeft: Claim[];
  onlyRight: Claim[];
  claim(side: 'left' | 'right', id: string): Claim | undefined;
}

/** Reads a Report defensively: missing arrays count as empty, unknown claim ids are skipped. */
export function viewReport(report: Report): ReportView {
  const byId = {
    left: new Map((report.left?.claims ?? []).map((c) => [c.id, c])),
    right: new Map((report.right?.claims ?? []).map((c) => [c.id, c])),
  };
  const claim = (side: 'left' | 'right', id: string) => byId[side].get(id);
  const findings = sortFindings(report.discrepancies ?? []);
  const flaggedLeft = new Set(findings.map((d) => d.left?.claim));
  const flaggedRight = new Set(findings.map((d) => d.right?.claim));
  const pairs = (report.alignments ?? []).map((a) => {
    const leftIds = a.left ?? [];
    const rightIds = a.right ?? [];
    return {
      leftIds,
      rightIds,
      left: pick(leftIds, (id) => claim('left', id)),
      right: pick(rightIds, (id) => claim('right', id)),
      score: a.score,
      flagged: leftIds.some((id) => flaggedLeft.has(id)) || rightIds.some((id) => flaggedRight.has(id)),
    };
  });
  return {
    findings,
    pairs,
    onlyLeft: pick(report.unmatched?.left ?? [], (id) => claim('left', id)),
    onlyRight: pick(report.unmatched?.right ?? [], (id) => claim('right', id)),
    claim,
  };
}

/** Most confident findings first; equal confidence keeps the report's order. */
export function sortFindings(findings: Discrepancy[]): Discrepancy[] {
  return findings
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (b.d.confidence ?? 0) - (a.d.confidence ?? 0) || a.i - b.i)
    .map((x) => x.d);
}

/** The text of the claims of one side of a pair, joined ('L3+L4' reads as one passage). */
export function joinClaims(claims: Claim[]): string {
  return claims.map((c) => c.text).join(' ');
}

/** Where a finding's span sits inside its claim's text, or undefined when the offsets do not agree. */
export function spanInClaim(claim: Claim | undefined, span: { text: string; start: number }): number | undefined {
  if (!claim || typeof span?.text !== 'string' || span.text === '') return undefined;
  const at = span.start - claim.start;
  if (claim.text.slice(at, at + span.text.length) === span.text) return at;
  const found = claim.text.indexOf(span.text);
  return found >= 0 ? found : undefined;
}

function pick<T>(ids: string[], get: (id: string) => T | undefined): T[] {
  return ids.map(get).filter((x): x is T => x !== undefined);
}
