import { hash53 } from '../register-record.js';

/**
 * Finds keys that occur more than once in a file without keeping the keys: each key's 53-bit
 * hash goes into a growing Float64Array (8 bytes a row), sorted at the end. A hash collision
 * only makes two different keys look alike here; the writer compares the real keys.
 */
export class DuplicateKeys {
  private hashes = new Float64Array(4096);
  private size = 0;

  add(key: string): void {
    this.addHashes(Float64Array.of(hash53(key)));
  }

  /** Hashes computed elsewhere (hash53 of each key), e.g. by a staging worker. */
  addHashes(hashes: Float64Array | readonly number[]): void {
    if (this.size + hashes.length > this.hashes.length) {
      const grown = new Float64Array(Math.max(this.hashes.length * 2, this.size + hashes.length));
      grown.set(this.hashes.subarray(0, this.size));
      this.hashes = grown;
    }
    this.hashes.set(hashes, this.size);
    this.size += hashes.length;
  }

  /** How many different hashes were added (a set of them would cost some 40 bytes each, these 8). */
  distinct(): number {
    const sorted = this.hashes.subarray(0, this.size).sort();
    let count = sorted.length > 0 ? 1 : 0;
    for (let i = 1; i < sorted.length; i++) if (sorted[i] !== sorted[i - 1]) count += 1;
    return count;
  }

  /** The hashes seen more than once. */
  repeated(): Set<number> {
    const sorted = this.hashes.subarray(0, this.size).sort();
    const repeated = new Set<number>();
    for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) repeated.add(sorted[i]!);
    return repeated;
  }
}
