// Reading ONNX files: the two lookup graphs are recognised and their matrices read; every other graph is "not a
// lookup"; malformed bytes are a ProtobufError (a ClaimdiffModelError when a model folder holds them).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import onnxProto from 'onnx-proto';
import { afterAll, describe, expect, it } from 'vitest';
import { loadEmbedder } from '../../../src/embed';
import { loadStaticModel } from '../../../src/embed/static';
import { mayBeLookupTable, readLookupTable } from '../../../src/embed/static/lookup-table';
import { ProtobufError } from '../../../src/embed/static/protobuf';
import { gatherModel } from '../../../scripts/model-files.mjs';
import { temporaryFolder, writeTinyModel } from '../../helpers/tiny-model';

const { onnx } = onnxProto;
const { DataType } = onnx.TensorProto;

const matrix = Float32Array.from({ length: 6 * 4 }, (_, i) => (i % 7) - 3.5);
const int8 = Int8Array.from({ length: 6 * 4 }, (_, i) => ((i * 37) % 255) - 127);
const scales = Float32Array.from({ length: 6 }, (_, i) => 0.01 * (i + 1));
const floatModel = () => gatherModel({ vocabSize: 6, dim: 4, matrix });
const int8Model = () => gatherModel({ vocabSize: 6, dim: 4, int8, scales });

/** A model from gatherModel's output with its graph changed by `edit`. */
function edited(bytes: Uint8Array, edit: (graph: onnxProto.onnx.IGraphProto) => void): Uint8Array {
  const model = onnx.ModelProto.decode(bytes);
  edit(model.graph!);
  return onnx.ModelProto.encode(model).finish();
}

describe('readLookupTable', () => {
  it('reads a float32 lookup', () => {
    const table = readLookupTable(floatModel())!;
    expect(table).toMatchObject({ vocabSize: 6, dim: 4 });
    expect(table.scales).toBeUndefined();
    expect(Array.from(table.values)).toEqual(Array.from(matrix));
  });

  it('reads an int8 lookup with row scales, keeping the codes as they are', () => {
    const table = readLookupTable(int8Model())!;
    expect(table).toMatchObject({ vocabSize: 6, dim: 4 });
    expect(table.values).toBeInstanceOf(Int8Array);
    expect(Array.from(table.values)).toEqual(Array.from(int8));
    expect(Array.from(table.scales!)).toEqual(Array.from(scales));
  });

  it('reads the int8 graph whatever the order of its nodes', () => {
    const table = readLookupTable(edited(int8Model(), (g) => g.node!.reverse()));
    expect(table?.vocabSize).toBe(6);
  });

  const notLookups: [string, () => Uint8Array][] = [
    ['an extra node', () => edited(floatModel(), (g) => {
      g.node![0].output = ['rows'];
      g.node!.push(onnx.NodeProto.create({ opType: 'Relu', input: ['rows'], output: ['last_hidden_state'] }));
    })],
    ['a Gather along another axis', () => edited(floatModel(), (g) => {
      g.node![0].attribute = [onnx.AttributeProto.create({ name: 'axis', type: onnx.AttributeProto.AttributeType.INT, i: 1 })];
    })],
    ['a Cast to another type', () => edited(int8Model(), (g) => {
      g.node![1].attribute![0].i = DataType.DOUBLE;
    })],
    ['an Add where the Mul was', () => edited(int8Model(), (g) => {
      g.node![3].opType = 'Add';
    })],
    ['an input not called input_ids', () => edited(floatModel(), (g) => {
      g.input![0].name = 'ids';
      g.node![0].input = ['embeddings', 'ids'];
    })],
    ['a second input', () => edited(floatModel(), (g) => {
      g.input!.push(onnx.ValueInfoProto.create({ name: 'attention_mask' }));
    })],
    ['another output name', () => edited(floatModel(), (g) => {
      g.output![0].name = 'embeddings_out';
      g.node![0].output = ['embeddings_out'];
    })],
    ['a matrix of another type', () => edited(floatModel(), (g) => {
      g.initializer![0].dataType = DataType.DOUBLE;
    })],
    ['a matrix stored as float_data', () => edited(floatModel(), (g) => {
      g.initializer![0].rawData = new Uint8Array(0);
      g.initializer![0].floatData = Array.from(matrix);
    })],
    ['a matrix in another file', () => edited(floatModel(), (g) => {
      g.initializer![0].dataLocation = onnx.TensorProto.DataLocation.EXTERNAL;
    })],
    ['raw data of the wrong length', () => edited(floatModel(), (g) => {
      g.initializer![0].dims = [7, 4];
    })],
    ['row scales of the wrong shape', () => edited(int8Model(), (g) => {
      g.initializer![1].dims = [6];
    })],
    ['no nodes', () => edited(floatModel(), (g) => {
      g.node = [];
    })],
  ];

  it('reads a graph that went through the editing below unchanged (so each case tests only its change)', () => {
    expect(readLookupTable(edited(floatModel(), () => undefined))?.vocabSize).toBe(6);
    expect(readLookupTable(edited(int8Model(), () => undefined))?.vocabSize).toBe(6);
  });

  it.each(notLookups)('says "not a lookup" for a graph with %s', (_label, bytes) => {
    expect(readLookupTable(bytes())).toBeUndefined();
  });

  it.each([
    ['nothing', new Uint8Array(0)],
    ['text', new TextEncoder().encode('this is not an ONNX file')],
    ['a cut file', floatModel().subarray(0, 60)],
    ['a group wire type', Uint8Array.from([0x0b, 0x0c])],
    ['a varint that never ends', new Uint8Array(12).fill(0xff)],
    ['a length past the end', Uint8Array.from([0x3a, 0xff, 0xff, 0x03, 0x00])],
  ])('throws a ProtobufError for %s', (_label, bytes) => {
    expect(() => readLookupTable(bytes)).toThrow(ProtobufError);
  });

  it('never throws anything but a ProtobufError, whatever the bytes', () => {
    const base = int8Model();
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(base.length - 1), fc.nat(255)), { maxLength: 8 }), fc.nat(base.length), (edits, cut) => {
        const bytes = base.slice(0, cut);
        for (const [at, value] of edits) if (at < bytes.length) bytes[at] = value;
        try {
          const table = readLookupTable(bytes);
          if (table) expect(table.values.length).toBe(table.vocabSize * table.dim);
        } catch (error) {
          expect(error).toBeInstanceOf(ProtobufError);
        }
      }),
      { numRuns: 400, seed: 17 },
    );
  });
});

describe('mayBeLookupTable', () => {
  it('cannot rule out a lookup from the start of one', () => {
    expect(mayBeLookupTable(floatModel().subarray(0, 40))).toBe(true);
    expect(mayBeLookupTable(int8Model())).toBe(true);
  });

  it('rules out a graph whose first nodes are more than a lookup', () => {
    const many = edited(floatModel(), (g) => {
      for (let i = 0; i < 5; i++) g.node!.unshift(onnx.NodeProto.create({ opType: 'Identity', input: ['x'], output: [`y${i}`] }));
    });
    expect(mayBeLookupTable(many.subarray(0, many.length - 50))).toBe(false);
    const relu = edited(floatModel(), (g) => g.node!.unshift(onnx.NodeProto.create({ opType: 'Relu', input: ['a'], output: ['b'] })));
    expect(mayBeLookupTable(relu)).toBe(false);
  });
});

describe('a model folder whose ONNX file cannot be read', () => {
  const tmp = temporaryFolder();
  afterAll(() => tmp.remove());

  it('is ERR_MODEL_INVALID, naming the file', async () => {
    const folder = writeTinyModel(join(tmp.path, 'broken'));
    writeFileSync(join(folder, 'onnx', 'model.onnx'), floatModel().subarray(0, 70));
    expect(() => loadStaticModel(folder, 'model.onnx')).toThrow(/model\.onnx is not a well-formed ONNX model/);
    await expect(loadEmbedder({ model: folder })).rejects.toMatchObject({ name: 'ClaimdiffModelError', code: 'ERR_MODEL_INVALID' });
  });

  it('is ERR_MODEL_INVALID when a lookup model lacks its tokenizer', async () => {
    const folder = join(tmp.path, 'no-tokenizer');
    mkdirSync(join(folder, 'onnx'), { recursive: true });
    writeFileSync(join(folder, 'config.json'), '{}');
    writeFileSync(join(folder, 'onnx', 'model.onnx'), floatModel());
    await expect(loadEmbedder({ model: folder })).rejects.toMatchObject({ code: 'ERR_MODEL_INVALID', message: expect.stringMatching(/tokenizer\.json/) });
  });

  it('is ERR_MODEL_INVALID when the weights for the dtype are missing', async () => {
    const folder = writeTinyModel(join(tmp.path, 'fp16-asked'));
    await expect(loadEmbedder({ model: folder, dtype: 'fp16' })).rejects.toMatchObject({
      code: 'ERR_MODEL_INVALID',
      message: expect.stringMatching(/no onnx\/model_fp16\.onnx/),
    });
  });
});
