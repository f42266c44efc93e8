// A self-contained HTML page: the findings, and the two articles side by side in their own order, each claim
// linked to its partners. One inline script (html-script.ts), allowed by its hash and nothing else; no outside
// resources; every piece of article text escaped, so markup inside an article shows as text and never runs.
import { createHash } from 'node:crypto';
import type { Claim, Discrepancy, DiscrepancySide, Report } from '../types';
import { SCRIPT } from './html-script';
import { STYLE } from './html-style';
import { formatScore } from './layout';
import { spanInClaim, viewReport, wordsInClaim, type ReportView, type WordView } from './model';

type Side = 'left' | 'right';

export function escapeHtml(text: unknown): string {
  return String(text ?? '')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** The Content-Security-Policy source for the page's one script. */
export function scriptHash(script: string = SCRIPT): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

export function renderHtml(report: Report): string {
  const view = viewReport(report);
  const ids = findingIds(view.findings);
  const groups = groupsOf(view);
  const policy = `default-src 'none'; style-src 'unsafe-inline'; script-src ${scriptHash()}; base-uri 'none'; form-action 'none'`;
  const langs = `${escapeHtml(report.left?.lang || '?')} ↔ ${escapeHtml(report.right?.lang || '?')}`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${policy}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>claimdiff report: ${langs}</title><style>${STYLE}</style></head><body>`,
    '<header class="top"><h1>claimdiff report</h1>',
    `<p class="meta">${langs} · ${count(view.findings.length, 'finding')} · ${count(view.pairs.length, 'aligned pair')} · ` +
      `${view.onlyLeft.length} claims only left · ${view.onlyRight.length} only right · ` +
      `model ${escapeHtml(report.meta?.embedder ?? 'unknown')}</p>`,
    '<p class="keys">Select a finding or a claim to see what it is paired with. ' +
      '<kbd>↑</kbd> <kbd>↓</kbd> move between findings, <kbd>Esc</kbd> clears.</p>',
    groups.hasWords ? LEGEND : '',
    '</header>',
    '<main class="layout">',
    findingsPane(view, ids),
    articlePane('left', report, view, ids, groups),
    articlePane('right', report, view, ids, groups),
    '</main>',
    // What the marks show, in words, for a screen reader: the script fills it when a pair is selected.
    groups.hasWords ? '<p id="word-status" class="sr-only" role="status"></p>' : '',
    `<script>${SCRIPT}</script>`,
    '</body></html>',
    '',
  ].join('\n');
}

const LEGEND =
  '<p class="legend">In the selected pair, a word with a <span class="w">dotted underline</span> has a counterpart in ' +
  'the other article and a <span class="w alone">boxed</span> word has none; point at a word to see its counterpart.</p>';

function findingsPane(view: ReportView, ids: Map<Discrepancy, string>): string {
  const items = view.findings.map((d) => {
    const strength = d.confidence >= 0.8 ? 'strong' : d.confidence >= 0.5 ? 'medium' : 'weak';
    const claims = (['left', 'right'] as Side[])
      .filter((side) => view.claim(side, d[side]?.claim) !== undefined)
      .map((side) => claimAnchor(side, d[side].claim));
    const target = claims[0] ? `#${claims[0]}` : '#';
    return (
      `<li data-confidence="${formatScore(d.confidence)}"><a class="finding ${strength}" id="${ids.get(d)}" href="${target}" data-claims="${claims.join(' ')}">` +
      `<span class="head"><span class="kind">${escapeHtml(d.kind)}</span>` +
      `<span class="strength">${strength} · ${formatScore(d.confidence)}</span></span>` +
      `<span class="message">${escapeHtml(d.message)}</span>` +
      `<span class="sides">${sideHtml(d.left, d.missing === 'left')} · ${sideHtml(d.right, d.missing === 'right')}</span></a></li>`
    );
  });
  const body =
    items.length > 0
      ? `<ol class="findings">\n${items.join('\n')}\n</ol>`
      : '<p class="empty">No disagreements found between aligned claims.</p>';
  // Shown by the script, which does the filtering: without it the control would do nothing.
  const filter =
    items.length > 1
      ? '<p class="filter" hidden><label for="min-confidence">Confidence at least <output id="min-shown">0.00</output></label> ' +
        '<input id="min-confidence" type="range" min="0" max="1" step="0.05" value="0"></p>'
      : '';
  return (
    `<nav class="pane findings-pane" aria-label="Findings"><h2>Findings (<span id="shown">${items.length}</span>)</h2>\n` +
    `${filter}${body}\n</nav>`
  );
}

function sideHtml(s: DiscrepancySide | undefined, missing: boolean): string {
  if (!s) return '';
  const words = missing ? '<span class="none">not given</span>' : `“${escapeHtml(shorten(s.text))}”`;
  return `<span class="id">${escapeHtml(s.claim)}</span> ${words}`;
}

function articlePane(side: Side, report: Report, view: ReportView, ids: Map<Discrepancy, string>, groups: Groups): string {
  const article = report[side];
  const claims = article?.claims ?? [];
  const only = new Set((side === 'left' ? view.onlyLeft : view.onlyRight).map((c) => c.id));
  // One paragraph per sentence of the article, its claims inline: the article reads as it was written.
  const sentences: Claim[][] = [];
  for (const c of claims) {
    const last = sentences[sentences.length - 1];
    if (last && last[0].sentence === c.sentence) last.push(c);
    else sentences.push([c]);
  }
  const body = sentences
    .map((group) => `<p>${group.map((c) => claimHtml(side, c, only.has(c.id), view, ids, groups)).join(' ')}</p>`)
    .join('\n');
  const name = side === 'left' ? 'Left' : 'Right';
  return (
    `<section class="pane article" id="${side}-article" lang="${escapeHtml(article?.lang ?? '')}" aria-label="${name} article">` +
    `<h2>${name} article (${escapeHtml(article?.lang || '?')}, ${count(claims.length, 'claim')})</h2>\n` +
    `${body || '<p class="empty">No claims.</p>'}\n</section>`
  );
}

function claimHtml(side: Side, c: Claim, only: boolean, view: ReportView, ids: Map<Discrepancy, string>, groups: Groups): string {
  const id = claimAnchor(side, c.id);
  const mine = view.findings.filter((d) => d[side]?.claim === c.id);
  const classes = ['claim', only ? 'only' : '', mine.length > 0 ? 'flagged' : ''].filter(Boolean).join(' ');
  const other: Side = side === 'left' ? 'right' : 'left';
  const link = (x: string) => `<a href="#${claimAnchor(other, x)}">${escapeHtml(x)}</a>`;
  let tail = '';
  let label = `${c.id}, only in this article`;
  if (!only) {
    const partners = groups.partners.get(id) ?? [];
    tail = ` <span class="partners">↔ ${partners.map(link).join('+')}</span>`;
    label = `${c.id}, paired with ${partners.join(' and ')}`;
  } else {
    // A claim nothing was paired with may still be checked against one for a finding (the same person acting in
    // both articles): say so, and link it, so the finding's two claims do not look unrelated.
    const checked = [...new Set(mine.map((d) => d[other]?.claim).filter((x): x is string => view.claim(other, x) !== undefined))];
    if (checked.length > 0) {
      tail = ` <span class="partners">not paired; checked against ${checked.map(link).join(', ')}</span>`;
      label += `, checked against ${checked.join(' and ')}`;
    }
  }
  const tag = only ? '<span class="tag">only in this article</span>' : '';
  const words = wordsInClaim(groups.words[side], c);
  const pairs = [...new Set(words.map((w) => w.pair))];
  return (
    // The claim's id is the button that selects it (a claim holds links, so it is not a button itself).
    `<span class="${classes}" id="${id}" data-group="${(groups.members.get(id) ?? []).join(' ')}"` +
    `${pairs.length > 0 ? ` data-words="${pairs.join(' ')}"` : ''}>${tag}` +
    `<button type="button" class="cid" aria-label="${escapeHtml(label)}">${escapeHtml(c.id)}</button>` +
    `${marked(side, c, mine, ids, words)}${tail}</span>`
  );
}

/**
 * The claim's text with its findings' words marked (overlapping spans keep the first), and inside that each word of
 * its aligned group wrapped with its pair, its own key and its counterparts' keys, for the script to show.
 */
function marked(side: Side, c: Claim, findings: Discrepancy[], ids: Map<Discrepancy, string>, words: PlacedWord[]): string {
  const ranges = findings
    .filter((d) => d.missing !== side)
    .map((d) => {
      const at = spanInClaim(c, d[side]);
      return at === undefined ? undefined : { from: at, to: at + d[side].text.length, id: ids.get(d)! };
    })
    .filter((r): r is { from: number; to: number; id: string } => r !== undefined && r.to > r.from)
    .sort((a, b) => a.from - b.from);
  let out = '';
  let at = 0;
  for (const r of ranges) {
    if (r.from < at) continue;
    out += wordsHtml(side, c.text, at, r.from, words) + `<mark data-finding="${r.id}">${wordsHtml(side, c.text, r.from, r.to, words)}</mark>`;
    at = r.to;
  }
  return out + wordsHtml(side, c.text, at, c.text.length, words);
}

/** text[from, to) escaped, its aligned words wrapped (a word cut by a finding's mark is wrapped on both sides of it). */
function wordsHtml(side: Side, text: string, from: number, to: number, words: PlacedWord[]): string {
  const other: Side = side === 'left' ? 'right' : 'left';
  let out = '';
  let at = from;
  for (const w of words) {
    const start = Math.max(w.start, at);
    const end = Math.min(w.end, to);
    if (end <= start) continue;
    const links = w.links.map((l) => wordKey(other, l[0])).join(' ');
    const attrs = `data-pair="${w.pair}" data-w="${wordKey(side, w.article)}"${links ? ` data-to="${links}"` : ''}`;
    out += escapeHtml(text.slice(at, start)) + `<span class="${links ? 'w' : 'w alone'}" ${attrs}>${escapeHtml(text.slice(start, end))}</span>`;
    at = end;
  }
  return out + escapeHtml(text.slice(at, to));
}

/** A word's key in the page: its side and where it starts in its article (digits only). */
function wordKey(side: Side, start: number): string {
  return `${side[0]}${start}`;
}

/** A word of an aligned group, with its pair's key and its start in the article (its own offsets are the claim's). */
interface PlacedWord extends WordView {
  pair: string;
  article: number;
}

interface Groups {
  /** Claim anchor → the anchors of every claim of its alignment, both sides. */
  members: Map<string, string[]>;
  /** Claim anchor → the ids of its partners on the other side. */
  partners: Map<string, string[]>;
  /** Every aligned word of each side, keyed by its pair ('p1', …), offsets in the article. */
  words: Record<Side, PlacedWord[]>;
  hasWords: boolean;
}

function groupsOf(view: ReportView): Groups {
  const members = new Map<string, string[]>();
  const partners = new Map<string, string[]>();
  const words: Record<Side, PlacedWord[]> = { left: [], right: [] };
  view.pairs.forEach((p, i) => {
    for (const side of ['left', 'right'] as Side[]) {
      for (const w of p.words?.[side] ?? []) words[side].push({ ...w, pair: `p${i + 1}`, article: w.start });
    }
  });
  for (const side of ['left', 'right'] as Side[]) words[side].sort((a, b) => a.start - b.start);
  for (const p of view.pairs) {
    const left = p.left.map((c) => claimAnchor('left', c.id));
    const right = p.right.map((c) => claimAnchor('right', c.id));
    for (const id of [...left, ...right]) members.set(id, [...left, ...right]);
    for (const id of left) partners.set(id, p.right.map((c) => c.id));
    for (const id of right) partners.set(id, p.left.map((c) => c.id));
  }
  const hasWords = words.left.length + words.right.length > 0;
  return { members, partners, words, hasWords };
}

function findingIds(findings: Discrepancy[]): Map<Discrepancy, string> {
  return new Map(findings.map((d, i) => [d, `f${i + 1}`]));
}

/** An id attribute for a claim: only safe characters, so an odd claim id cannot break out of the attribute. */
function claimAnchor(side: Side, id: string | undefined): string {
  return id === undefined ? '' : `${side}-${String(id).replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** A long span (a whole claim) cut to its first twelve words for the findings list; the article shows it all. */
function shorten(text: string): string {
  const words = String(text ?? '').trim().split(/\s+/);
  return words.length <= 12 ? words.join(' ') : `${words.slice(0, 12).join(' ')} …`;
}

function count(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`;
}
