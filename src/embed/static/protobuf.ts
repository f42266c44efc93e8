// The protobuf wire format, as much of it as reading an ONNX file needs: field headers, varints, and
// length-delimited fields read in place (no copies). Every read is checked against the end of its message, so a
// malformed buffer becomes a ProtobufError, never an out-of-bounds read or an endless loop.

export class ProtobufError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProtobufError';
  }
}

export const VARINT = 0;
export const FIXED64 = 1;
export const BYTES = 2;
export const FIXED32 = 5;

/** One field of a message: its number and wire type, a varint's value, or the [start, end) of its bytes. */
export interface Field {
  number: number;
  wireType: number;
  value: number;
  start: number;
  end: number;
  /** Set when a lenient reader cut this field's bytes short at the end of what it was given. */
  truncated?: boolean;
}

const decoder = new TextDecoder('utf-8');

/**
 * Reads the fields of one message, bytes[start, end), front to back. A lenient reader (`clip`) reads the beginning
 * of a file: a length-delimited field that runs past `end` comes back cut short and marked `truncated`.
 */
export class MessageReader {
  private pos: number;

  constructor(
    readonly bytes: Uint8Array,
    start = 0,
    readonly end = bytes.length,
    private readonly clip = false,
  ) {
    if (!(start >= 0 && start <= end && end <= bytes.length)) throw new ProtobufError('message bounds out of range');
    this.pos = start;
  }

  /**
   * An unsigned varint as a number. Values past 2^53 lose precision (they are out of range for everything read
   * here, and callers range-check what they use); more than ten bytes is malformed.
   */
  private varint(): number {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.end) throw new ProtobufError('truncated varint');
      const byte = this.bytes[this.pos++];
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 128;
    }
    throw new ProtobufError('varint longer than ten bytes');
  }

  private skip(count: number): number {
    if (count > this.end - this.pos) throw new ProtobufError('field runs past the end of its message');
    this.pos += count;
    return this.pos;
  }

  /** The next field, or undefined at the end of the message. */
  next(): Field | undefined {
    if (this.pos >= this.end) return undefined;
    const key = this.varint();
    const number = Math.floor(key / 8);
    const wireType = key % 8;
    if (number < 1 || number > 536_870_911) throw new ProtobufError(`invalid field number ${number}`);
    const start = this.pos;
    switch (wireType) {
      case VARINT: {
        const value = this.varint();
        return { number, wireType, value, start, end: this.pos };
      }
      case FIXED64:
        return { number, wireType, value: 0, start, end: this.skip(8) };
      case FIXED32:
        return { number, wireType, value: 0, start, end: this.skip(4) };
      case BYTES: {
        const length = this.varint();
        const from = this.pos;
        if (this.clip && length > this.end - from) {
          this.pos = this.end;
          return { number, wireType, value: length, start: from, end: this.end, truncated: true };
        }
        return { number, wireType, value: length, start: from, end: this.skip(length) };
      }
      default:
        throw new ProtobufError(`unsupported wire type ${wireType} (field ${number})`);
    }
  }
}

/** The fields of a length-delimited field's contents, read as a message. */
export function messageOf(bytes: Uint8Array, field: Field, clip = false): MessageReader {
  expectWireType(field, BYTES);
  return new MessageReader(bytes, field.start, field.end, clip);
}

export function stringOf(bytes: Uint8Array, field: Field): string {
  expectWireType(field, BYTES);
  return decoder.decode(bytes.subarray(field.start, field.end));
}

/** A repeated varint field: packed (one length-delimited run) or one value per field. Appends to `into`. */
export function varintsOf(bytes: Uint8Array, field: Field, into: number[]): void {
  if (field.wireType === VARINT) {
    into.push(field.value);
    return;
  }
  expectWireType(field, BYTES);
  let pos = field.start;
  while (pos < field.end) {
    let value = 0;
    let scale = 1;
    for (let i = 0; ; i++) {
      if (i >= 10) throw new ProtobufError('varint longer than ten bytes');
      if (pos >= field.end) throw new ProtobufError('truncated packed varint');
      const byte = bytes[pos++];
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) break;
      scale *= 128;
    }
    into.push(value);
  }
}

export function expectWireType(field: Field, wireType: number): void {
  if (field.wireType !== wireType) {
    throw new ProtobufError(`field ${field.number} has wire type ${field.wireType}, expected ${wireType}`);
  }
}
