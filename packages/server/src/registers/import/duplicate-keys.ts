import { endianness } from 'node:os';
import { hash53 } from '../register-record.js';

/** What a row says of its record besides the key, counted once per key (see DuplicateKeys.distinct). */
export const GRANTED = 1;
export const PRESUMED_LAPSED = 2;

/** Rows a block holds. Blocks are added as the file is read: no array grown by copying, no spare half. */
const BLOCK_ROWS = 1 << 16;
const TWO_30 = 2 ** 30;
const NONE = new Float64Array(0);
// A row is one unsigned 64-bit number, hash × 4 + flags, written as two 32-bit words.
const LOW = endianness() === 'LE' ? 0 : 1;
const HIGH = 1 - LOW;

interface Tally {
  repeated: Set<number>;
  /** Distinct keys, and of them those with a row flagged GRANTED, PRESUMED_LAPSED. */
  byFlag: [number, number, number];
}

/**
 * Finds keys that occur more than once in a file, and counts keys by what their rows say, without
 * keeping the keys: each row is its key's 53-bit hash and two flag bits in 8 bytes, sorted at the
 * end. A hash collision only makes two different keys look alike here; the writer compares the
 * real keys.
 */
export class DuplicateKeys {
  private blocks: Uint32Array[] = [];
  private size = 0;
  private tallied: Tally | undefined;

  add(key: string, flags = 0): void {
    this.push(hash53(key), flags);
  }

  /**
   * Hashes computed elsewhere (hash53 of each key, e.g. by a staging worker), with those of the
   * rows flagged granted and presumed lapsed: each in the keys' order, a part of them.
   */
  addHashes(hashes: Float64Array | readonly number[], granted: Float64Array = NONE, presumed: Float64Array = NONE): void {
    let g = 0;
    let p = 0;
    for (let i = 0; i < hashes.length; i++) {
      const hash = hashes[i]!;
      let flags = 0;
      // A flagged row taken for an earlier row of the same key marks the same key: the counts agree.
      if (g < granted.length && granted[g] === hash) {
        flags |= GRANTED;
        g += 1;
      }
      if (p < presumed.length && presumed[p] === hash) {
        flags |= PRESUMED_LAPSED;
        p += 1;
      }
      this.push(hash, flags);
    }
    if (g < granted.length || p < presumed.length) throw new Error('flagged key hashes must be some of the keys, in their order');
  }

  /** How many different keys were added; with a flag, how many of them have a row so flagged. */
  distinct(flag?: typeof GRANTED | typeof PRESUMED_LAPSED): number {
    return this.tally().byFlag[flag ?? 0];
  }

  /** The hashes seen more than once. */
  repeated(): Set<number> {
    return this.tally().repeated;
  }

  private push(hash: number, flags: number): void {
    const at = this.size % BLOCK_ROWS;
    if (at === 0) this.blocks.push(new Uint32Array(2 * BLOCK_ROWS));
    const words = this.blocks[this.blocks.length - 1]!;
    words[2 * at + LOW] = (hash % TWO_30) * 4 + flags;
    words[2 * at + HIGH] = Math.floor(hash / TWO_30);
    this.size += 1;
    this.tallied = undefined;
  }

  private tally(): Tally {
    if (this.tallied) return this.tallied;
    // One array for the sort, alive only here: at the end of the reading, when the workers are gone.
    const rows = new BigUint64Array(this.size);
    const words = new Uint32Array(rows.buffer);
    this.blocks.forEach((block, b) => words.set(block.subarray(0, 2 * Math.min(BLOCK_ROWS, this.size - b * BLOCK_ROWS)), 2 * b * BLOCK_ROWS));
    rows.sort();
    const repeated = new Set<number>();
    const byFlag: Tally['byFlag'] = [0, 0, 0];
    for (let i = 0; i < this.size; ) {
      const high = words[2 * i + HIGH]!;
      const low = words[2 * i + LOW]! >>> 2;
      let flags = 0;
      let j = i;
      for (; j < this.size && words[2 * j + HIGH] === high && words[2 * j + LOW]! >>> 2 === low; j++) flags |= words[2 * j + LOW]! & 3;
      byFlag[0] += 1;
      if (flags & GRANTED) byFlag[GRANTED] += 1;
      if (flags & PRESUMED_LAPSED) byFlag[PRESUMED_LAPSED] += 1;
      if (j - i > 1) repeated.add(high * TWO_30 + low);
      i = j;
    }
    this.tallied = { repeated, byFlag };
    return this.tallied;
  }
}
