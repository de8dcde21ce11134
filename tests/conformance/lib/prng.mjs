// A small seeded pseudo-random generator (mulberry32) for the fuzz test: the same seed gives the
// same numbers on every machine and Node version, so a failing request can be made again.

/** A 32-bit seed from any number of integers (FNV-1a over their 4 bytes each). */
export function seedFrom(...parts) {
  let hash = 0x811c9dc5;
  for (const part of parts) {
    for (let shift = 0; shift < 32; shift += 8) {
      hash ^= (part >>> shift) & 0xff;
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
  }
  return hash >>> 0;
}

/** A generator of random numbers from a 32-bit seed, with the helpers the request generators use. */
export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const random = {
    /** A float in [0, 1). */
    next,
    /** An integer in [min, max]. */
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    /** True with the given probability. */
    chance: (probability) => next() < probability,
    /** One item of a non-empty array. */
    pick: (items) => items[Math.floor(next() * items.length)],
    /** A length that is mostly small and sometimes large: [0, max], skewed towards 0. */
    skewed: (max) => Math.floor(max * next() ** 3),
  };
  return random;
}
