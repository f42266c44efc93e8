// The command line as a function: argv and streams in, exit code out, so tests can run it in-process.
import { version } from '../../package.json';
import { checkLanguageFlags, parseCommand, UsageError } from './args';
import { pipelineDeps, type CliDeps } from './deps';
import { helpText } from './help';
import type { CliIo } from './io';

export type { CliIo, CliDeps };

/**
 * Runs `claimdiff` with `argv` (without node and script) and returns the exit code:
 * 0 done, 1 some batch lines failed (or findings, with compare --exit-code), 2 usage or input error. Never throws.
 */
export async function main(argv: string[], io: Partial<CliIo> = {}, deps: Partial<CliDeps> = {}): Promise<number> {
  const streams: CliIo = {
    stdin: io.stdin ?? process.stdin,
    stdout: io.stdout ?? process.stdout,
    stderr: io.stderr ?? process.stderr,
    env: io.env ?? process.env,
    cwd: io.cwd ?? process.cwd(),
  };
  const pipeline: CliDeps = { ...pipelineDeps, ...deps };
  try {
    const command = parseCommand(argv);
    switch (command.name) {
      case 'help':
        streams.stdout.write(helpText(command.topic));
        return 0;
      case 'version':
        streams.stdout.write(`${version}\n`);
        return 0;
      // The commands, the language packs and the pipeline load only now: --help and --version answer without them.
      case 'compare': {
        await checkLanguageFlags(command.options);
        const { runCompare } = await import('./compare-command');
        return await runCompare(command, streams, pipeline);
      }
      case 'batch': {
        await checkLanguageFlags(command.options);
        const { runBatch } = await import('./batch');
        return await runBatch(command.input, command.options, streams, pipeline, command.resume);
      }
    }
  } catch (error) {
    reportError(error, streams);
    return 2;
  }
}

/** One clear line on stderr; the stack only when CLAIMDIFF_DEBUG=1. */
function reportError(error: unknown, io: CliIo): void {
  const message = (error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, ' ').trim();
  // The library speaks of API options; on the command line the user needs the flag.
  const hint = error instanceof UsageError ? ' (see claimdiff --help)'
    : /downloads are off/i.test(message) ? ' On the command line: --allow-download, or --model FOLDER.' : '';
  io.stderr.write(`claimdiff: ${message || 'unknown error'}${hint}\n`);
  if (io.env.CLAIMDIFF_DEBUG === '1' && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
}
