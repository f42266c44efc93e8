// Where a batch writes its answers, so that stopping it never costs earlier results: a fresh run writes to
// FILE.partial and puts it in FILE's place when done; a resumed run keeps FILE's whole answers and appends.
import { createReadStream, promises as fs } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Writable } from 'node:stream';
import { closeOutput, InputError, openOutput, readFailure, writeFailure, type CliIo } from './io';

export interface BatchOutput {
  stream: Writable;
  /** The ids FILE already answers (as JSON text, so 1 and "1" differ): a resumed run skips their lines. */
  answered: Set<string>;
  /** The batch is done: FILE holds every answer. */
  finish(): Promise<void>;
  /** The batch failed as a whole: FILE is left as it was. */
  abandon(): Promise<void>;
}

/** The key under which an answer's or a pair's id is remembered. */
export const idKey = (id: unknown): string => JSON.stringify(id) ?? 'null';

export async function openBatchOutput(path: string | undefined, resume: boolean, io: CliIo): Promise<BatchOutput> {
  if (path === undefined) return { stream: io.stdout, answered: new Set(), finish: async () => {}, abandon: async () => {} };
  const full = resolve(io.cwd, path);
  if (resume) {
    const answered = await readAnswers(full, path);
    const stream = await openOutput(path, io, 'a');
    const close = () => closeOutput(stream);
    return { stream, answered, finish: close, abandon: close };
  }
  const partial = `${path}.partial`;
  const stream = await openOutput(partial, io);
  return {
    stream,
    answered: new Set(),
    finish: async () => {
      await closeOutput(stream);
      await fs.rename(resolve(io.cwd, partial), full).catch((error) => {
        throw writeFailure(path, error);
      });
    },
    abandon: async () => {
      await closeOutput(stream);
      await fs.rm(resolve(io.cwd, partial), { force: true });
    },
  };
}

/**
 * The ids of the whole answers in a batch's output file (none when there is no file yet). A last line cut off by
 * a kill is cut from the file, so its pair is answered again; any other line that is not an answer stops the
 * resume, as the file may not be a batch's output at all.
 */
async function readAnswers(full: string, path: string): Promise<Set<string>> {
  const answered = new Set<string>();
  const size = await fs.stat(full).then((s) => s.size, () => -1);
  if (size < 0) return answered;
  await fs.truncate(full, await wholeLinesLength(full, size)).catch((error) => {
    throw writeFailure(path, error);
  });
  const lines = createInterface({ input: createReadStream(full), crlfDelay: Infinity });
  let number = 0;
  try {
    for await (const line of lines) {
      number++;
      if (line.trim() === '') continue;
      const id = answerId(line);
      if (id === undefined) throw new InputError(`cannot resume from "${path}": line ${number} is not a batch answer`);
      answered.add(idKey(id));
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw readFailure(path, error);
  } finally {
    lines.close();
  }
  return answered;
}

/** The id of an answer line ({"id", "report"} or {"id", "error"}), or undefined when the line is none. */
function answerId(line: string): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
  const record = parsed as Record<string, unknown>;
  return 'id' in record && ('report' in record || 'error' in record) ? record.id : undefined;
}

/** The length of the file up to and with its last line break, read backwards from the end in blocks. */
async function wholeLinesLength(full: string, size: number): Promise<number> {
  const handle = await fs.open(full, 'r');
  try {
    const block = Buffer.alloc(64 * 1024);
    for (let end = size; end > 0; ) {
      const start = Math.max(0, end - block.length);
      const { bytesRead } = await handle.read(block, 0, end - start, start);
      const at = block.subarray(0, bytesRead).lastIndexOf(0x0a);
      if (at >= 0) return start + at + 1;
      end = start;
    }
    return 0;
  } finally {
    await handle.close();
  }
}
