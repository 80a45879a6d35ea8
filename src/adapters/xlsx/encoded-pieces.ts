// Text built in many pieces (a written worksheet's rows), encoded to UTF-8 a small batch at a time as it is built,
// straight into chunk buffers. The pieces then die young: a 200,000-row sheet's 150 MB of row strings never live
// on the heap together (the collector's time copying and promoting them was most of `--out`'s cost), and the bytes
// are held off the heap.

/** Pieces are joined and encoded once this many characters have gathered (small: the batch is alive meanwhile). */
const BATCH_CHARS = 64 * 1024;
/** Encoded bytes are gathered into chunks of about this size (a chunk is deflated at a time). */
const CHUNK_BYTES = 1024 * 1024;

export class EncodedPieces {
  private readonly encoder = new TextEncoder();
  private batch: string[] = [];
  private chars = 0;
  private buf: Uint8Array | null = null;
  private used = 0;
  readonly chunks: Uint8Array[] = [];

  push(piece: string): void {
    this.batch.push(piece);
    this.chars += piece.length;
    if (this.chars >= BATCH_CHARS) this.encodeBatch();
  }

  /** Everything pushed, encoded; each chunk ends where a piece ends. */
  flush(): Uint8Array[] {
    this.encodeBatch();
    this.endChunk();
    return this.chunks;
  }

  private encodeBatch(): void {
    if (this.batch.length === 0) return;
    const text = this.batch.join("");
    this.batch = [];
    this.chars = 0;
    // A UTF-16 unit is at most 3 bytes of UTF-8.
    if (text.length * 3 > CHUNK_BYTES) {
      // A long piece (a run of untouched rows) is a chunk of its own.
      this.endChunk();
      this.chunks.push(this.encoder.encode(text));
      return;
    }
    if (this.buf && this.buf.length - this.used < text.length * 3) this.endChunk();
    if (!this.buf) {
      this.buf = new Uint8Array(CHUNK_BYTES);
      this.used = 0;
    }
    this.used += this.encoder.encodeInto(text, this.buf.subarray(this.used)).written;
  }

  private endChunk(): void {
    if (this.buf && this.used > 0) this.chunks.push(this.buf.subarray(0, this.used));
    this.buf = null;
  }
}
