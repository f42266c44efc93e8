// Report renderers: pure functions from a Report to a string.
import type { Report } from '../types';
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';
import { renderText, type TextReportOptions } from './text';

export { renderText, renderMarkdown, renderHtml };
export type { TextReportOptions };
export { escapeHtml } from './html';
export { escapeMarkdown } from './markdown';

import type { ReportFormat } from './formats';
export { REPORT_FORMATS, type ReportFormat } from './formats';

/** The Report exactly as the public JSON contract describes it. */
export function renderJson(report: Report): string {
  return JSON.stringify(report, null, 2);
}

/** Every report format and the function that renders it: a new format is one renderer and one entry here. */
const RENDERERS: Record<ReportFormat, (report: Report, options: TextReportOptions) => string> = {
  text: renderText,
  json: renderJson,
  markdown: renderMarkdown,
  html: renderHtml,
};

/** Renders a report in one of the formats; `color` and `width` apply to text only. */
export function renderReport(report: Report, format: ReportFormat, options: TextReportOptions = {}): string {
  return (RENDERERS[format] ?? renderText)(report, options);
}
