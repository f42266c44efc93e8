// Writers for a static embedding model in transformers.js layout: an ONNX graph that is one lookup
// in an embedding matrix, a WordPiece tokenizer.json, and the two config files.
// Shared by scripts/build-model.mjs (the built-in model) and the tests' tiny model.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import onnxProto from 'onnx-proto';

const { onnx } = onnxProto;
const { DataType } = onnx.TensorProto;

export const SPECIAL_TOKENS = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'];

function littleEndian(array, bytesPerItem, write) {
  const out = new Uint8Array(array.length * bytesPerItem);
  const view = new DataView(out.buffer);
  for (let i = 0; i < array.length; i++) write(view, i * bytesPerItem, array[i]);
  return out;
}

function tensor(name, dataType, dims, rawData) {
  return onnx.TensorProto.create({ name, dataType, dims, rawData });
}

function valueInfo(name, elemType, dims) {
  const dim = dims.map((d) => (typeof d === 'string' ? { dimParam: d } : { dimValue: d }));
  return onnx.ValueInfoProto.create({
    name,
    type: { tensorType: { elemType, shape: { dim } } },
  });
}

/**
 * The ONNX model bytes for `last_hidden_state = E[input_ids]`.
 * With `matrix` (Float32Array, vocab × dim) the matrix is stored as float32. With `int8` (Int8Array,
 * vocab × dim) and `scales` (Float32Array, vocab) each row is stored as int8 and multiplied back by
 * its scale, which is also how a row's norm (its weight in mean pooling) is kept.
 */
export function gatherModel({ vocabSize, dim, matrix, int8, scales }) {
  const nodes = [];
  const initializer = [];
  if (matrix) {
    initializer.push(
      tensor('embeddings', DataType.FLOAT, [vocabSize, dim], littleEndian(matrix, 4, (v, o, x) => v.setFloat32(o, x, true))),
    );
    nodes.push({ opType: 'Gather', input: ['embeddings', 'input_ids'], output: ['last_hidden_state'], name: 'lookup' });
  } else {
    initializer.push(tensor('embeddings_q', DataType.INT8, [vocabSize, dim], new Uint8Array(int8.buffer, int8.byteOffset, int8.byteLength)));
    initializer.push(
      tensor('row_scales', DataType.FLOAT, [vocabSize, 1], littleEndian(scales, 4, (v, o, x) => v.setFloat32(o, x, true))),
    );
    nodes.push(
      { opType: 'Gather', input: ['embeddings_q', 'input_ids'], output: ['rows_q'], name: 'lookup' },
      {
        opType: 'Cast',
        input: ['rows_q'],
        output: ['rows'],
        name: 'dequantize',
        attribute: [{ name: 'to', type: onnx.AttributeProto.AttributeType.INT, i: DataType.FLOAT }],
      },
      { opType: 'Gather', input: ['row_scales', 'input_ids'], output: ['row_scale'], name: 'lookup_scale' },
      { opType: 'Mul', input: ['rows', 'row_scale'], output: ['last_hidden_state'], name: 'scale' },
    );
  }
  const model = onnx.ModelProto.create({
    irVersion: 7,
    opsetImport: [{ domain: '', version: 13 }],
    producerName: 'claimdiff',
    graph: {
      name: 'static_embedding',
      node: nodes.map((n) => onnx.NodeProto.create(n)),
      initializer,
      input: [valueInfo('input_ids', DataType.INT64, ['batch_size', 'sequence_length'])],
      output: [valueInfo('last_hidden_state', DataType.FLOAT, ['batch_size', 'sequence_length', dim])],
    },
  });
  return onnx.ModelProto.encode(model).finish();
}

/** tokenizer.json for a lowercasing, accent-keeping BERT-style WordPiece tokenizer over `vocab` (ids = positions). */
export function wordPieceTokenizer(vocab) {
  const ids = {};
  vocab.forEach((token, i) => {
    ids[token] = i;
  });
  const special = SPECIAL_TOKENS.map((content) => ({
    id: ids[content],
    content,
    single_word: false,
    lstrip: false,
    rstrip: false,
    normalized: false,
    special: true,
  }));
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: special,
    // NFC first so that a decomposed "å" (a + ring) meets the composed one; accents are kept (Danish æ ø å).
    normalizer: {
      type: 'Sequence',
      normalizers: [
        { type: 'NFC' },
        { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: false, lowercase: true },
      ],
    },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '[SEP]', type_id: 0 } },
      ],
      pair: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '[SEP]', type_id: 0 } },
        { Sequence: { id: 'B', type_id: 1 } },
        { SpecialToken: { id: '[SEP]', type_id: 1 } },
      ],
      special_tokens: {
        '[CLS]': { id: '[CLS]', ids: [ids['[CLS]']], tokens: ['[CLS]'] },
        '[SEP]': { id: '[SEP]', ids: [ids['[SEP]']], tokens: ['[SEP]'] },
      },
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: {
      type: 'WordPiece',
      unk_token: '[UNK]',
      continuing_subword_prefix: '##',
      max_input_chars_per_word: 100,
      vocab: ids,
    },
  };
}

export function tokenizerConfig() {
  return {
    tokenizer_class: 'BertTokenizer',
    do_lower_case: true,
    strip_accents: false,
    tokenize_chinese_chars: true,
    model_max_length: 512,
    unk_token: '[UNK]',
    sep_token: '[SEP]',
    pad_token: '[PAD]',
    cls_token: '[CLS]',
    mask_token: '[MASK]',
    clean_up_tokenization_spaces: true,
  };
}

export function modelConfig({ vocabSize, dim, extra = {} }) {
  return {
    model_type: 'bert',
    architectures: ['BertModel'],
    hidden_size: dim,
    vocab_size: vocabSize,
    max_position_embeddings: 512,
    pad_token_id: 0,
    ...extra,
  };
}

/**
 * Writes a complete model folder: config.json, tokenizer.json, tokenizer_config.json, vocab.txt and onnx/model.onnx.
 * `weights` is { matrix } or { int8, scales } as for gatherModel.
 */
export function writeModelFolder(folder, { vocab, dim, weights, config = {} }) {
  mkdirSync(join(folder, 'onnx'), { recursive: true });
  const vocabSize = vocab.length;
  writeFileSync(join(folder, 'config.json'), JSON.stringify(modelConfig({ vocabSize, dim, extra: config }), null, 2) + '\n');
  writeFileSync(join(folder, 'tokenizer.json'), JSON.stringify(wordPieceTokenizer(vocab)));
  writeFileSync(join(folder, 'tokenizer_config.json'), JSON.stringify(tokenizerConfig(), null, 2) + '\n');
  // The same vocabulary one token a line (its id the line number), as BERT models ship it: claimdiff's own
  // tokenizer reads this instead of building its tables from tokenizer.json.
  writeFileSync(join(folder, 'vocab.txt'), vocab.join('\n') + '\n');
  writeFileSync(join(folder, 'onnx', 'model.onnx'), gatherModel({ vocabSize, dim, ...weights }));
}
