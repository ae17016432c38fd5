/**
 * A small seeded random generator for the data layer (which does not import the engine):
 * mulberry32, the same 32-bit generator the engine shuffles with (src/engine/rng.ts), so a
 * study's draws are reproducible from one integer seed in every browser.
 */

/** A generator of uniform numbers in [0, 1). */
export type Uniform = () => number;

/**
 * mulberry32 (Tommy Ettinger, public domain): 32-bit state, period 2³².
 * @param seed any integer; only its low 32 bits count.
 * @returns a function giving the next uniform number in [0, 1) on each call.
 */
export function mulberry32(seed: number): Uniform {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
