// A self-contained HTML page: findings, then both articles' claims in two columns. No script, no outside
// resources, every piece of article text escaped, so markup inside an article shows as text and never runs.
import type { Claim, DiscrepancySide, Report } from '../types';
import { formatScore } from './layout';
import { viewReport } from './model';

export function escapeHtml(text: unknown): string {
  return String(text ?? '')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const STYLE = `
body{font:15px/1.45 system-ui,sans-serif;margin:1.5rem auto;max-width:72rem;padding:0 1rem;color:#222}
h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:1.8rem}
.meta{color:#666}.finding{border-left:4px solid #c60;padding:.3rem .8rem;margin:.6rem 0;background:#fff8f0}
.finding.strong{border-color:#c00}.finding.weak{border-color:#aaa;background:#f7f7f7}
.kind{font-weight:600;text-transform:uppercase;font-size:.85rem}.id{color:#666;font-size:.85rem;margin-right:.4rem}
.columns{display:grid;grid-template-columns:1fr 1fr;gap:1.5rem}
.claim{padding:.3rem .5rem;margin:.25rem 0;border-radius:4px;background:#f4f6f8}
.claim.unmatched{background:#eef5ff;border:1px dashed #8ab}.claim.flagged{background:#fff1e6}
.partner{color:#666;font-size:.8rem}mark{background:#fd4}a{color:#036}
`;

export function renderHtml(report: Report): string {
  const view = viewReport(report);
  const flagged = {
    left: new Set(view.findings.map((d) => d.left?.claim)),
    right: new Set(view.findings.map((d) => d.right?.claim)),
  };
  const unmatched = {
    left: new Set(view.onlyLeft.map((c) => c.id)),
    right: new Set(view.onlyRight.map((c) => c.id)),
  };
  const partners = { left: new Map<string, string>(), right: new Map<string, string>() };
  for (const p of view.pairs) {
    const score = formatScore(p.score);
    for (const id of p.leftIds) partners.left.set(id, `↔ ${p.rightIds.join('+')} (${score})`);
    for (const id of p.rightIds) partners.right.set(id, `↔ ${p.leftIds.join('+')} (${score})`);
  }
  const column = (side: 'left' | 'right') => {
    const article = report[side];
    const claims = (article?.claims ?? []).map((c) => {
      const classes = ['claim', unmatched[side].has(c.id) ? 'unmatched' : '', flagged[side].has(c.id) ? 'flagged' : ''];
      const partner = partners[side].get(c.id) ?? 'only on this side';
      return (
        `<div class="${classes.filter(Boolean).join(' ')}" id="${anchor(side, c.id)}">` +
        `<span class="id">${escapeHtml(c.id)}</span>${escapeHtml(c.text)} ` +
        `<span class="partner">${escapeHtml(partner)}</span></div>`
      );
    });
    return (
      `<section lang="${escapeHtml(article?.lang ?? '')}"><h2>${side === 'left' ? 'Left' : 'Right'} article ` +
      `(${escapeHtml(article?.lang || '?')}, ${claims.length} claims)</h2>\n${claims.join('\n')}\n</section>`
    );
  };
  const findings = view.findings.map((d) => {
    const strength = d.confidence >= 0.8 ? 'strong' : d.confidence >= 0.5 ? 'medium' : 'weak';
    return (
      `<li class="finding ${strength}"><span class="kind">${escapeHtml(d.kind)}</span> · confidence ` +
      `${formatScore(d.confidence)}<br>${escapeHtml(d.message)}<br>` +
      `${sideHtml('left', d.left, view.claim('left', d.left?.claim))}<br>` +
      `${sideHtml('right', d.right, view.claim('right', d.right?.claim))}</li>`
    );
  });
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>claimdiff report</title><style>${STYLE}</style></head><body>`,
    '<h1>claimdiff report</h1>',
    `<p class="meta">${view.findings.length} findings · ${view.pairs.length} aligned pairs · ` +
      `${view.onlyLeft.length} claims only left · ${view.onlyRight.length} only right · ` +
      `model ${escapeHtml(report.meta?.embedder ?? 'unknown')}</p>`,
    '<h2>Findings</h2>',
    findings.length > 0 ? `<ol>\n${findings.join('\n')}\n</ol>` : '<p>No disagreements found between aligned claims.</p>',
    `<div class="columns">\n${column('left')}\n${column('right')}\n</div>`,
    '</body></html>',
    '',
  ].join('\n');
}

function sideHtml(side: 'left' | 'right', s: DiscrepancySide | undefined, claim: Claim | undefined): string {
  if (!s) return '';
  const link = claim ? `<a href="#${anchor(side, claim.id)}">${escapeHtml(s.claim)}</a>` : escapeHtml(s.claim);
  return `<span class="id">${link}</span><mark>${escapeHtml(s.text)}</mark>`;
}

/** An id attribute for a claim: only safe characters, so an odd claim id cannot break out of the attribute. */
function anchor(side: 'left' | 'right', id: string): string {
  return `${side}-${String(id).replace(/[^A-Za-z0-9_-]/g, '_')}`;
}
