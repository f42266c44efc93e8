// The parts of an ONNX file (ModelProto → GraphProto) that tell whether it is a plain lookup in an embedding
// matrix: the nodes with their inputs, outputs and integer attributes, the initializers with where their bytes
// are, and the graph's input and output names. Field numbers are those of onnx.proto.
import { BYTES, MessageReader, messageOf, ProtobufError, stringOf, VARINT, varintsOf, type Field } from './protobuf';

export interface OnnxNode {
  opType: string;
  domain: string;
  inputs: string[];
  outputs: string[];
  /** Integer attributes by name; any other kind of attribute is listed in `otherAttributes`. */
  ints: Map<string, number>;
  otherAttributes: string[];
}

export interface OnnxTensor {
  name: string;
  dataType: number;
  dims: number[];
  /** Where raw_data lies in the file, when the tensor's values are stored there. */
  raw?: { start: number; end: number };
  /** Values stored some other way: typed fields, segments, or another file. */
  storedElsewhere: boolean;
}

export interface OnnxGraph {
  nodes: OnnxNode[];
  initializers: OnnxTensor[];
  inputs: string[];
  outputs: string[];
  /** Parts no lookup graph has (sparse initializers, a second graph field). */
  unusual: boolean;
}

/** ONNX TensorProto.DataType values used here. */
export const FLOAT = 1;
export const INT8 = 3;

const MODEL_GRAPH = 7;
const GRAPH = { node: 1, initializer: 5, input: 11, output: 12, sparseInitializer: 15 };
const NODE = { input: 1, output: 2, opType: 4, attribute: 5, domain: 7 };
const ATTRIBUTE = { name: 1, i: 3, type: 20 };
const ATTRIBUTE_INT = 2;
const TENSOR = { dims: 1, dataType: 2, segment: 3, name: 8, raw: 9, dataLocation: 14 };
/** float_data, int32_data, string_data, int64_data, double_data, uint64_data, external_data. */
const TENSOR_TYPED_DATA = new Set([4, 5, 6, 7, 10, 11, 13]);

function readAttribute(bytes: Uint8Array, field: Field, node: OnnxNode): void {
  let name = '';
  let type = 0;
  let value: number | undefined;
  const reader = messageOf(bytes, field);
  for (let f = reader.next(); f; f = reader.next()) {
    if (f.number === ATTRIBUTE.name) name = stringOf(bytes, f);
    else if (f.number === ATTRIBUTE.type && f.wireType === VARINT) type = f.value;
    else if (f.number === ATTRIBUTE.i && f.wireType === VARINT) value = f.value;
  }
  if (type === ATTRIBUTE_INT && value !== undefined) node.ints.set(name, value);
  else node.otherAttributes.push(name);
}

export function readNode(bytes: Uint8Array, field: Field): OnnxNode {
  const node: OnnxNode = { opType: '', domain: '', inputs: [], outputs: [], ints: new Map(), otherAttributes: [] };
  const reader = messageOf(bytes, field);
  for (let f = reader.next(); f; f = reader.next()) {
    if (f.number === NODE.input) node.inputs.push(stringOf(bytes, f));
    else if (f.number === NODE.output) node.outputs.push(stringOf(bytes, f));
    else if (f.number === NODE.opType) node.opType = stringOf(bytes, f);
    else if (f.number === NODE.domain) node.domain = stringOf(bytes, f);
    else if (f.number === NODE.attribute) readAttribute(bytes, f, node);
  }
  return node;
}

function readTensor(bytes: Uint8Array, field: Field): OnnxTensor {
  const tensor: OnnxTensor = { name: '', dataType: 0, dims: [], storedElsewhere: false };
  const reader = messageOf(bytes, field);
  for (let f = reader.next(); f; f = reader.next()) {
    if (f.number === TENSOR.dims) varintsOf(bytes, f, tensor.dims);
    else if (f.number === TENSOR.dataType && f.wireType === VARINT) tensor.dataType = f.value;
    else if (f.number === TENSOR.name) tensor.name = stringOf(bytes, f);
    else if (f.number === TENSOR.raw && f.wireType === BYTES) tensor.raw = { start: f.start, end: f.end };
    else if (f.number === TENSOR.segment || TENSOR_TYPED_DATA.has(f.number)) tensor.storedElsewhere = true;
    else if (f.number === TENSOR.dataLocation && f.value !== 0) tensor.storedElsewhere = true;
  }
  return tensor;
}

/** ValueInfoProto.name (field 1). */
function valueName(bytes: Uint8Array, field: Field): string {
  const reader = messageOf(bytes, field);
  let name = '';
  for (let f = reader.next(); f; f = reader.next()) if (f.number === 1) name = stringOf(bytes, f);
  return name;
}

function readGraph(bytes: Uint8Array, field: Field): OnnxGraph {
  const graph: OnnxGraph = { nodes: [], initializers: [], inputs: [], outputs: [], unusual: false };
  const reader = messageOf(bytes, field);
  for (let f = reader.next(); f; f = reader.next()) {
    if (f.number === GRAPH.node) graph.nodes.push(readNode(bytes, f));
    else if (f.number === GRAPH.initializer) graph.initializers.push(readTensor(bytes, f));
    else if (f.number === GRAPH.input) graph.inputs.push(valueName(bytes, f));
    else if (f.number === GRAPH.output) graph.outputs.push(valueName(bytes, f));
    else if (f.number === GRAPH.sparseInitializer) graph.unusual = true;
  }
  return graph;
}

/** The graph of a whole ONNX file. Throws ProtobufError when the bytes are not a well-formed ModelProto. */
export function readOnnxGraph(bytes: Uint8Array): OnnxGraph {
  const reader = new MessageReader(bytes);
  let graph: OnnxGraph | undefined;
  let graphs = 0;
  for (let f = reader.next(); f; f = reader.next()) {
    if (f.number !== MODEL_GRAPH) continue;
    graphs++;
    graph = readGraph(bytes, f);
  }
  if (!graph) throw new ProtobufError('no graph in the model');
  if (graphs > 1) graph.unusual = true;
  return graph;
}

/**
 * Whether the beginning of an ONNX file leaves room for a lookup graph: false once it shows more than `maxNodes`
 * nodes or an operator outside `ops`, true when it cannot tell. Spares reading a large neural model whole only to
 * learn that it is not a lookup.
 */
export function mayBeLookup(prefix: Uint8Array, ops: ReadonlySet<string>, maxNodes: number): boolean {
  try {
    const model = new MessageReader(prefix, 0, prefix.length, true);
    for (let f = model.next(); f; f = model.next()) {
      if (f.number !== MODEL_GRAPH || f.wireType !== BYTES) continue;
      const graph = messageOf(prefix, f, true);
      let nodes = 0;
      for (let g = graph.next(); g; g = graph.next()) {
        if (g.number !== GRAPH.node || g.truncated) continue;
        if (++nodes > maxNodes || !ops.has(readNode(prefix, g).opType)) return false;
      }
      return true;
    }
  } catch {
    // A cut varint or a malformed start: the whole-file read will tell.
  }
  return true;
}
