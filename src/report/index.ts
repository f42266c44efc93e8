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

/** Renders a report in one of the formats; `color` and `width` apply to text only. */
export function renderReport(report: Report, format: ReportFormat, options: TextReportOptions = {}): string {
  switch (format) {
    case 'json':
      return renderJson(report);
    case 'markdown':
      return renderMarkdown(report);
    case 'html':
      return renderHtml(report);
    default:
      return renderText(report, options);
  }
}
