// The Markdown report: tables that paste into an issue, a wiki or a newsroom chat.
import type { Claim, Discrepancy, DiscrepancySide, Report } from '../types';
import { formatScore } from './layout';
import { capWords, joinClaims, sideNames, unmatchedWords, viewReport, type ReportView } from './model';

/**
 * Escapes article text for a Markdown table cell: no markup, HTML or table breaks can come from an article.
 * Backslash escapes are CommonMark's own (`$` would start maths and `@` a mention on some sites); `<`, `>` and `&`
 * become entities so no tag is ever written. Block markup cannot start inside a cell, so `-`, `#` … stay as they are.
 */
export function escapeMarkdown(text: string): string {
  return String(text ?? '')
    .replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]|~$@]/g, (ch) => `\\${ch}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

export function renderMarkdown(report: Report): string {
  const view = viewReport(report);
  const leftLang = escapeMarkdown(report.left?.lang || '?');
  const rightLang = escapeMarkdown(report.right?.lang || '?');
  const out: string[] = [
    '# claimdiff report',
    '',
    `Left: **${leftLang}**, ${plural(report.left?.claims?.length ?? 0, 'claim')} · ` +
      `Right: **${rightLang}**, ${plural(report.right?.claims?.length ?? 0, 'claim')} · ` +
      `${plural(view.findings.length, 'finding')} · ${plural(view.pairs.length, 'aligned pair')} · ` +
      `model \`${(report.meta?.embedder ?? 'unknown').replace(/[`\n\r]/g, "'")}\``,
    '',
    '## Findings',
    '',
  ];
  const names = sideNames(report);
  if (view.findings.length === 0) out.push('No disagreements found between aligned claims.');
  else {
    out.push('| # | Kind | Confidence | Left | Right | Finding |', '| ---: | --- | ---: | --- | --- | --- |');
    view.findings.forEach((d, i) => {
      out.push(
        `| ${i + 1} | ${escapeMarkdown(d.kind)} | ${formatScore(d.confidence)} | ${side(d.left, d.missing === 'left')} | ` +
          `${side(d.right, d.missing === 'right')} | ${escapeMarkdown(d.message)}${noCounterpart(view, d, names)} |`,
      );
    });
  }
  out.push('', '## Aligned claims', '');
  if (view.pairs.length === 0) out.push('No claims were aligned.');
  else {
    out.push(`| Left (${leftLang}) | Right (${rightLang}) | Score |`, '| --- | --- | ---: |');
    for (const p of view.pairs) {
      const flag = p.flagged ? ' ⚠' : '';
      out.push(`| ${cell(p.leftIds, p.left)} | ${cell(p.rightIds, p.right)} | ${formatScore(p.score)}${flag} |`);
    }
    if (view.pairs.some((p) => p.flagged)) out.push('', '⚠ a finding concerns this pair.');
  }
  out.push(...onlyOneSide(`Only in the left article (${leftLang})`, view.onlyLeft));
  out.push(...onlyOneSide(`Only in the right article (${rightLang})`, view.onlyRight));
  return out.join('\n') + '\n';
}

/** ' — *no counterpart:* Danish "Boston", English "Stockholm"' after a finding's message; nothing without word alignment. */
function noCounterpart(view: ReportView, d: Discrepancy, names: { left: string; right: string }): string {
  const alone = unmatchedWords(view, d);
  if (!alone) return '';
  if (alone.left.length === 0 && alone.right.length === 0) return ' — *no counterpart:* none';
  const list = (name: string, words: string[]) => {
    const { shown, more } = capWords(words);
    const quoted = shown.map((w) => `"${escapeMarkdown(w)}"`).join(', ');
    return `${escapeMarkdown(name)} ${quoted || 'none'}${more > 0 ? ` … (+${more})` : ''}`;
  };
  return ` — *no counterpart:* ${list(names.left, alone.left)}, ${list(names.right, alone.right)}`;
}

function side(s: DiscrepancySide | undefined, missing = false): string {
  if (!s) return '';
  return `**${escapeMarkdown(s.claim)}** ${missing ? '*(not given)*' : escapeMarkdown(s.text)}`;
}

function cell(ids: string[], claims: Claim[]): string {
  return `**${escapeMarkdown(ids.join('+'))}** ${escapeMarkdown(joinClaims(claims))}`;
}

function onlyOneSide(title: string, claims: Claim[]): string[] {
  const out = ['', `## ${title}`, ''];
  if (claims.length === 0) return [...out, 'None.'];
  return [...out, ...claims.map((c) => `- **${escapeMarkdown(c.id)}** ${escapeMarkdown(c.text)}`)];
}

function plural(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`;
}
