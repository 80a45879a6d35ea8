// Where a position of a text lies in the UTF-8 bytes it was decoded from, so a writer can copy the bytes of what it
// leaves unchanged instead of encoding that text again (see EncodedPieces.copy).

/** UTF-8 length of text[from, to) (a surrogate pair is 4 bytes, a lone surrogate 3, as the encoder writes U+FFFD). */
export function utf8Length(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

export class Utf8Offsets {
  /** Last position asked and its byte offset: positions are asked in increasing order, counted from there. */
  private pos = 0;
  private byte: number;

  private constructor(
    private readonly text: string,
    readonly bytes: Uint8Array,
    private readonly base: number,
    private readonly ascii: boolean
  ) {
    this.byte = base;
  }

  /**
   * The offsets of `text` in `bytes`, or null when the text is not exactly what they decode to (after at most one
   * byte order mark, which decoding drops). An invalid sequence decoded as U+FFFD changes the length, so it is
   * caught here too.
   */
  static of(text: string, bytes: Uint8Array): Utf8Offsets | null {
    let ascii = true;
    for (let i = 0; i < bytes.length; i++)
      if (bytes[i] > 0x7f) {
        ascii = false;
        break;
      }
    if (ascii) return bytes.length === text.length ? new Utf8Offsets(text, bytes, 0, true) : null;
    const base = bytes.length - utf8Length(text, 0, text.length);
    const bom = base === 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    return base === 0 || bom ? new Utf8Offsets(text, bytes, base, false) : null;
  }

  /** Byte offset of text position `pos` (cheapest when asked in increasing order). */
  byteAt(pos: number): number {
    if (this.ascii) return pos;
    if (pos < this.pos) {
      this.pos = 0;
      this.byte = this.base;
    }
    this.byte += utf8Length(this.text, this.pos, pos);
    this.pos = pos;
    return this.byte;
  }
}
