// `claimdiff compare LEFT RIGHT`: read two articles, compare them, print or write the report.
import { checkArticle } from '../input';
import { renderReport } from '../report';
import type { ArticleInput } from '../types';
import { formatFromFileName, type Command } from './args';
import type { CliDeps } from './deps';
import { checkOutputIsNotInput, readArticle, writeOutputFile, type CliIo } from './io';

type CompareCommand = Extract<Command, { name: 'compare' }>;

export async function runCompare(command: CompareCommand, io: CliIo, deps: CliDeps): Promise<number> {
  const { options } = command;
  checkOutputIsNotInput(options.output, [command.left, command.right], io);
  const left = await article(command.left, options.leftLang, command.publishedLeft, 'left', io);
  const right = await article(command.right, options.rightLang, command.publishedRight, 'right', io);
  const report = await deps.compare(left, right, {
    model: options.model,
    allowDownload: options.allowDownload,
    minConfidence: options.minConfidence,
  });
  if (!options.quiet) for (const warning of report.warnings ?? []) io.stderr.write(`claimdiff: warning: ${warning.message}\n`);
  const format = command.format ?? formatFromFileName(options.output) ?? 'text';
  const toTerminal = !options.output && io.stdout.isTTY === true;
  const color = format === 'text' && toTerminal && !io.env.NO_COLOR;
  const width = toTerminal && io.stdout.columns ? Math.min(120, Math.max(60, io.stdout.columns)) : 100;
  let text = renderReport(report, format, { color, width });
  if (!text.endsWith('\n')) text += '\n';
  if (options.output) {
    await writeOutputFile(options.output, text, io);
    if (!options.quiet) {
      const n = report.discrepancies.length;
      io.stderr.write(`claimdiff: ${n} finding${n === 1 ? '' : 's'}; ${format} report in "${options.output}"\n`);
    }
  } else {
    io.stdout.write(text);
  }
  // As `git diff --exit-code`: 1 when there is something to look at. The report holds only findings at or above
  // --min-confidence already; counting them here again keeps the rule in one readable place.
  const findings = report.discrepancies.filter((d) => d.confidence >= (options.minConfidence ?? 0)).length;
  return command.exitCode && findings > 0 ? 1 : 0;
}

async function article(
  path: string,
  lang: string | undefined,
  published: string | undefined,
  side: string,
  io: CliIo,
): Promise<ArticleInput> {
  const input: ArticleInput = { text: await readArticle(path, io), source: path === '-' ? 'stdin' : path };
  if (lang) input.lang = lang;
  if (published) input.published = published;
  checkArticle(input, `${side} ("${path === '-' ? 'stdin' : path}")`);
  return input;
}
