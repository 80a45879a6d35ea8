// Text built in many pieces (a written worksheet's rows), encoded to UTF-8 as it is built, straight into chunk
// buffers, and bytes copied as they are (what the writer left unchanged, see Utf8Offsets). The pieces then die
// young: a 200,000-row sheet's 150 MB of row strings never live on the heap together (the collector's time copying
// and promoting them was most of `--out`'s cost), and the bytes are held off the heap.

/** Encoded bytes are gathered into chunks of about this size (a chunk is deflated at a time). */
const CHUNK_BYTES = 1024 * 1024;
/** A copied range at least this long is a chunk of its own, never copied (a run of untouched rows). */
const OWN_CHUNK = CHUNK_BYTES / 4;
/** Pieces shorter than this are encoded by a loop over their characters (the encoder's call costs more). */
const SHORT = 256;

export class EncodedPieces {
  private readonly encoder = new TextEncoder();
  private buf: Uint8Array | null = null;
  private used = 0;
  readonly chunks: Uint8Array[] = [];

  push(piece: string): void {
    const n = piece.length;
    if (n === 0) return;
    // A UTF-16 unit is at most 3 bytes of UTF-8.
    if (n * 3 > CHUNK_BYTES) {
      this.endChunk();
      this.chunks.push(this.encoder.encode(piece));
      return;
    }
    const buf = this.room(n * 3);
    let used = this.used;
    if (n < SHORT) {
      for (let i = 0; i < n; i++) {
        const c = piece.charCodeAt(i);
        if (c > 0x7f) {
          used += this.encoder.encodeInto(piece.slice(i), buf.subarray(used)).written;
          break;
        }
        buf[used++] = c;
      }
    } else used += this.encoder.encodeInto(piece, buf.subarray(used)).written;
    this.used = used;
  }

  /** Bytes as they are (already UTF-8). */
  copy(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    if (bytes.length >= OWN_CHUNK) {
      this.endChunk();
      this.chunks.push(bytes);
      return;
    }
    this.room(bytes.length).set(bytes, this.used);
    this.used += bytes.length;
  }

  /** Everything pushed, in chunks; each chunk ends where a piece ends. */
  flush(): Uint8Array[] {
    this.endChunk();
    return this.chunks;
  }

  /** The current buffer, with room for `bytes` more (a new chunk when it has not). */
  private room(bytes: number): Uint8Array {
    if (this.buf && this.buf.length - this.used < bytes) this.endChunk();
    if (!this.buf) {
      this.buf = new Uint8Array(CHUNK_BYTES);
      this.used = 0;
    }
    return this.buf;
  }

  private endChunk(): void {
    if (this.buf && this.used > 0) this.chunks.push(this.buf.subarray(0, this.used));
    this.buf = null;
  }
}
