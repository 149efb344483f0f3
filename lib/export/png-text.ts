// A PNG's own text: an iTXt chunk (UTF-8, any script) written after the header. The Open Graph images carry the
// words they draw, so a test, a crawler or a screen reader's image description can read them without OCR.

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];
/** The signature (8 bytes) and the IHDR chunk (4 + 4 + 13 + 4): the text goes right after them. */
const AFTER_HEADER = 8 + 25;

/** `png` with an iTXt chunk `keyword` = `text` inserted after its header. */
export function withPngText(png: Uint8Array, keyword: string, text: string): Uint8Array {
  if (SIGNATURE.some((b, i) => png[i] !== b)) throw new Error('not a PNG');
  const encoder = new TextEncoder();
  // keyword, NUL, compression flag 0, method 0, empty language tag + NUL, empty translated keyword + NUL, text
  const data = new Uint8Array([...encoder.encode(keyword), 0, 0, 0, 0, 0, ...encoder.encode(text)]);
  const typed = new Uint8Array([...encoder.encode('iTXt'), ...data]);
  const chunk = new Uint8Array(8 + data.length + 4);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  chunk.set(typed, 4);
  view.setUint32(8 + data.length, crc32(typed));
  const out = new Uint8Array(png.length + chunk.length);
  out.set(png.subarray(0, AFTER_HEADER));
  out.set(chunk, AFTER_HEADER);
  out.set(png.subarray(AFTER_HEADER), AFTER_HEADER + chunk.length);
  return out;
}

/** Every iTXt chunk of a PNG, keyword to text; throws on one whose checksum is wrong. */
export function readPngText(png: Uint8Array): Record<string, string> {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const decoder = new TextDecoder();
  const found: Record<string, string> = {};
  for (let at = 8; at + 12 <= png.length; ) {
    const length = view.getUint32(at);
    const typed = png.subarray(at + 4, at + 8 + length);
    if (decoder.decode(typed.subarray(0, 4)) === 'iTXt') {
      if (view.getUint32(at + 8 + length) !== crc32(typed)) throw new Error('bad PNG text checksum');
      const data = typed.subarray(4);
      const nul = data.indexOf(0);
      // After the keyword: flag, method, then the language tag and the translated keyword, each NUL-ended.
      const lang = data.indexOf(0, nul + 3);
      const translated = data.indexOf(0, lang + 1);
      found[decoder.decode(data.subarray(0, nul))] = decoder.decode(data.subarray(translated + 1));
    }
    at += 12 + length;
  }
  return found;
}
