// Recognises the two ONNX graphs a static embedding model is written as (scripts/model-files.mjs) and takes
// their embedding matrix out of the file's bytes:
//   float32:  last_hidden_state = Gather(embeddings, input_ids)
//   int8:     last_hidden_state = Cast<float>(Gather(embeddings_q, input_ids)) * Gather(row_scales, input_ids)
// Any other graph is not a lookup (undefined): transformers.js runs it.
import { endianness } from 'node:os';
import { FLOAT, INT8, mayBeLookup, readOnnxGraph, type OnnxGraph, type OnnxNode, type OnnxTensor } from './onnx-graph';

export interface LookupTable {
  vocabSize: number;
  dim: number;
  /** vocabSize × dim, row-major: float32 values, or int8 codes that `scales` turns into values. */
  values: Float32Array | Int8Array;
  /** One scale per row for int8 codes: a row's value is code × scale, rounded to float32 as the graph's Mul does. */
  scales?: Float32Array;
}

const LOOKUP_OPS: ReadonlySet<string> = new Set(['Gather', 'Cast', 'Mul']);
const MOST_NODES = 4;
/** Past this many elements a typed array is not worth trying. */
const MOST_ELEMENTS = 2 ** 31 - 1;

/** False when the beginning of an ONNX file already shows it is no lookup graph (see mayBeLookup). */
export function mayBeLookupTable(prefix: Uint8Array): boolean {
  return mayBeLookup(prefix, LOOKUP_OPS, MOST_NODES);
}

function isPlainNode(node: OnnxNode, opType: string, inputs: number, attributes: string[] = []): boolean {
  return (
    node.opType === opType &&
    (node.domain === '' || node.domain === 'ai.onnx') &&
    node.inputs.length === inputs &&
    node.outputs.length === 1 &&
    node.otherAttributes.length === 0 &&
    [...node.ints.keys()].every((name) => attributes.includes(name))
  );
}

/** Gather(table, ids) along the first axis, table being an initializer. */
function gatherTable(node: OnnxNode | undefined, ids: string, tables: Map<string, OnnxTensor>): OnnxTensor | undefined {
  if (!node || !isPlainNode(node, 'Gather', 2, ['axis']) || (node.ints.get('axis') ?? 0) !== 0) return undefined;
  return node.inputs[1] === ids ? tables.get(node.inputs[0]) : undefined;
}

function shapeIs(tensor: OnnxTensor, dataType: number, rank: number): boolean {
  return (
    tensor.dataType === dataType &&
    tensor.dims.length === rank &&
    tensor.dims.every((d) => Number.isSafeInteger(d) && d > 0) &&
    !tensor.storedElsewhere &&
    tensor.raw !== undefined
  );
}

/** The float32 values of a raw tensor, copied so that they are aligned (the file's bytes need not be). */
function floats(bytes: Uint8Array, tensor: OnnxTensor, count: number): Float32Array | undefined {
  const { start, end } = tensor.raw!;
  if (end - start !== count * 4) return undefined;
  // A copy into a fresh buffer (a Node Buffer's slice would share the file's).
  if (endianness() === 'LE') return new Float32Array(new Uint8Array(bytes.subarray(start, end)).buffer);
  const view = new DataView(bytes.buffer, bytes.byteOffset + start, count * 4);
  const out = new Float32Array(count);
  for (let i = 0; i < count; i++) out[i] = view.getFloat32(i * 4, true);
  return out;
}

function tableOf(bytes: Uint8Array, graph: OnnxGraph): LookupTable | undefined {
  const tables = new Map<string, OnnxTensor>();
  for (const tensor of graph.initializers) {
    if (tables.has(tensor.name)) return undefined;
    tables.set(tensor.name, tensor);
  }
  const fed = graph.inputs.filter((name) => !tables.has(name));
  if (fed.length !== 1 || fed[0] !== 'input_ids' || graph.outputs.length !== 1) return undefined;
  const ids = fed[0];
  const output = graph.outputs[0];
  if (output !== 'last_hidden_state') return undefined;
  const producers = new Map<string, OnnxNode>();
  for (const node of graph.nodes) {
    for (const name of node.outputs) {
      if (producers.has(name) || tables.has(name) || name === ids) return undefined;
      producers.set(name, node);
    }
  }

  if (graph.nodes.length === 1) {
    const matrix = gatherTable(producers.get(output), ids, tables);
    if (!matrix || !shapeIs(matrix, FLOAT, 2)) return undefined;
    const [vocabSize, dim] = matrix.dims;
    if (vocabSize * dim > MOST_ELEMENTS) return undefined;
    const values = floats(bytes, matrix, vocabSize * dim);
    return values && { vocabSize, dim, values };
  }

  if (graph.nodes.length !== MOST_NODES) return undefined;
  const mul = producers.get(output);
  if (!mul || !isPlainNode(mul, 'Mul', 2)) return undefined;
  const [a, b] = mul.inputs.map((name) => producers.get(name));
  const [cast, scaleGather] = a?.opType === 'Cast' ? [a, b] : [b, a];
  if (!cast || !isPlainNode(cast, 'Cast', 1, ['to']) || cast.ints.get('to') !== FLOAT) return undefined;
  const codeGather = producers.get(cast.inputs[0]);
  const codes = gatherTable(codeGather, ids, tables);
  const scales = gatherTable(scaleGather, ids, tables);
  if (!codes || !scales || new Set([mul, cast, codeGather, scaleGather]).size !== MOST_NODES) return undefined;
  if (!shapeIs(codes, INT8, 2) || !shapeIs(scales, FLOAT, 2)) return undefined;
  const [vocabSize, dim] = codes.dims;
  if (scales.dims[0] !== vocabSize || scales.dims[1] !== 1 || vocabSize * dim > MOST_ELEMENTS) return undefined;
  const { start, end } = codes.raw!;
  if (end - start !== vocabSize * dim) return undefined;
  const rowScales = floats(bytes, scales, vocabSize);
  if (!rowScales) return undefined;
  // The codes stay where the file's bytes are: no copy, and no dequantised copy of the matrix.
  return { vocabSize, dim, values: new Int8Array(bytes.buffer, bytes.byteOffset + start, vocabSize * dim), scales: rowScales };
}

/**
 * The embedding matrix of an ONNX file that is one of the two lookup graphs, or undefined for any other graph.
 * Throws ProtobufError when the bytes are not a well-formed ONNX model.
 */
export function readLookupTable(bytes: Uint8Array): LookupTable | undefined {
  const graph = readOnnxGraph(bytes);
  return graph.unusual ? undefined : tableOf(bytes, graph);
}
