// The CLI's contact with the outside: streams it is given, files it reads and writes, and clear messages when
// a file cannot be used.
import { once } from 'node:events';
import { promises as fs } from 'node:fs';
import { resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';

export interface CliIo {
  stdin: Readable;
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable & { isTTY?: boolean; columns?: number };
  env: Record<string, string | undefined>;
  cwd: string;
}

/** A file or stream the command cannot use (exit code 2). */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** Reads a whole article: a file path, or '-' for stdin. Refuses missing, empty, binary and non-UTF-8 input. */
export async function readArticle(path: string, io: CliIo): Promise<string> {
  const name = path === '-' ? 'stdin' : `"${path}"`;
  const bytes = path === '-' ? await readStream(io.stdin) : await readFileBytes(path, io);
  const text = decodeText(bytes, name);
  if (text.trim() === '') throw new InputError(`${name} is empty`);
  return text;
}

/** Checks that a file can be read as text before streaming it (first bytes only, of a regular file). */
export async function checkTextFile(path: string, io: CliIo): Promise<void> {
  const full = resolve(io.cwd, path);
  let handle;
  try {
    const stat = await fs.stat(full);
    if (stat.isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
    // A pipe (`batch <(…)`, a named pipe) cannot be peeked at, nor even opened and closed: what it holds would be
    // lost to the batch.
    if (!stat.isFile()) return;
    handle = await fs.open(full, 'r');
    const head = Buffer.alloc(Math.min(8192, stat.size || 8192));
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    if (bytesRead === 0) throw new InputError(`"${path}" is empty`);
    if (looksBinary(head.subarray(0, bytesRead))) throw new InputError(`"${path}" looks like a binary file, not text`);
  } catch (error) {
    throw error instanceof InputError ? error : readFailure(path, error);
  } finally {
    await handle?.close();
  }
}

/** Text from bytes: UTF-8 (BOM dropped) or UTF-16 with a BOM, as editors on Windows still save it. */
export function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes.length === 0) throw new InputError(`${name} is empty`);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (looksBinary(bytes)) throw new InputError(`${name} looks like a binary file, not text`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(`${name} is not UTF-8 text: save it as UTF-8 and try again`);
  }
}

/** NUL bytes do not occur in text files; a UTF-16 file has them but starts with a BOM (handled before). */
export function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8192).includes(0);
}

/** Refuses an output file that is one of the inputs: writing it would destroy what is being read. */
export function checkOutputIsNotInput(output: string | undefined, inputs: string[], io: CliIo): void {
  if (output === undefined || output === '-') return;
  const target = resolve(io.cwd, output);
  if (inputs.some((input) => input !== '-' && resolve(io.cwd, input) === target)) {
    throw new InputError(`-o "${output}" is also an input: writing it would overwrite what is being read`);
  }
}

/** Writes a chunk, waiting when the stream asks for a pause, so long batches do not pile up in memory. */
export async function writeChunk(stream: Writable, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}

/** Opens an output file for writing; a clear InputError when that is impossible. */
export async function openOutput(path: string, io: CliIo, flags: 'w' | 'a' = 'w'): Promise<Writable> {
  try {
    const handle = await fs.open(resolve(io.cwd, path), flags);
    return handle.createWriteStream({ encoding: 'utf8' });
  } catch (error) {
    throw writeFailure(path, error);
  }
}

export async function writeOutputFile(path: string, text: string, io: CliIo): Promise<void> {
  try {
    await fs.writeFile(resolve(io.cwd, path), text, 'utf8');
  } catch (error) {
    throw writeFailure(path, error);
  }
}

/** Waits until everything written to a file stream is on disk, then closes it. */
export async function closeOutput(stream: Writable): Promise<void> {
  if (stream.writableFinished) return;
  const done = once(stream, 'close');
  stream.end();
  await done;
}

async function readFileBytes(path: string, io: CliIo): Promise<Uint8Array> {
  try {
    return await fs.readFile(resolve(io.cwd, path));
  } catch (error) {
    throw readFailure(path, error);
  }
}

async function readStream(stream: Readable): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a directory',
  ENAMETOOLONG: 'the name is too long',
};

export function readFailure(path: string, error: unknown): InputError {
  const code = (error as { code?: string })?.code ?? '';
  return new InputError(`cannot read "${path}": ${REASONS[code] ?? (error as Error)?.message ?? 'unknown error'}`);
}

export function writeFailure(path: string, error: unknown): InputError {
  const code = (error as { code?: string })?.code ?? '';
  const reason = code === 'ENOENT' ? 'no such directory' : REASONS[code] ?? (error as Error)?.message;
  return new InputError(`cannot write "${path}": ${reason ?? 'unknown error'}`);
}
