import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readPngText, withPngText } from './png-text';

/** The start of a 1×1 PNG (its checksums left at 0: only the text's are read), built here so the test needs no file. */
function tinyPng(): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const out = new Uint8Array(12 + data.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, data.length);
    out.set(new TextEncoder().encode(type), 4);
    out.set(data, 8);
    return out;
  };
  const ihdr = new Uint8Array([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
  const idat = new Uint8Array(deflateSync(Buffer.from([0, 0])));
  return new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, ...chunk('IHDR', ihdr), ...chunk('IDAT', idat), ...chunk('IEND', new Uint8Array())]);
}

describe('withPngText', () => {
  it('writes UTF-8 text any script can use, and reads it back', () => {
    const png = withPngText(tinyPng().slice(0, 33), 'Description', 'Εργοστάσια ΤΝ · Фабрики за ИИ · Łódź');
    expect(readPngText(png)).toEqual({ Description: 'Εργοστάσια ΤΝ · Фабрики за ИИ · Łódź' });
  });

  it('refuses what is not a PNG', () => {
    expect(() => withPngText(new Uint8Array([1, 2, 3]), 'a', 'b')).toThrow('not a PNG');
  });

  it('notices a text changed after it was written', () => {
    const png = withPngText(tinyPng().slice(0, 33), 'Title', 'abc');
    png[33 + 8 + 'Title'.length + 5] = 'x'.charCodeAt(0);
    expect(() => readPngText(png)).toThrow('checksum');
  });
});
