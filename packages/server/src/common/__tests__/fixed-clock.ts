import type { Clock } from '../clock.js';

/** A clock that stands still until moved. */
export function fixedClock(iso: string): Clock & { advance(ms: number): void; set(iso: string): void } {
  let now = new Date(iso).getTime();
  return {
    now: () => new Date(now),
    advance: (ms) => (now += ms),
    set: (next) => (now = new Date(next).getTime()),
  };
}
