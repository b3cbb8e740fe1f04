/**
 * Seeded randomness for the demo data. Math.random and the clock are never used, so the same seed and the
 * same `now` give byte-identical rows (ids included) on every run and every machine.
 */

export type Rng = {
  /** Float in [0, 1). */
  next: () => number;
  /** Integer in [min, max], both ends included. */
  int: (min: number, max: number) => number;
  chance: (probability: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
  shuffle: <T>(items: readonly T[]) => T[];
  /** A string of `length` decimal digits (leading zeros allowed). */
  digits: (length: number) => string;
  /** RFC 4122 version-4-shaped UUID whose bits come from this generator. */
  uuid: () => string;
  /** An independent stream named by `label` (same label, same stream), so adding draws in one place never shifts another. */
  fork: (label: string) => Rng;
};

/** mulberry32: tiny, fast, and good enough for demo data (not for anything secret). */
export const mulberry32 = (seed: number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
};

/** FNV-1a, to turn a label into a seed. */
export const hashLabel = (label: string) => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < label.length; i += 1) {
    hash ^= label.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
};

const hex = (value: number, width: number) => value.toString(16).padStart(width, "0");

export const createRng = (seed: number): Rng => {
  const next = mulberry32(seed);
  const uint32 = () => Math.floor(next() * 4_294_967_296) >>> 0;
  const int = (min: number, max: number) => {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) throw new RangeError(`Bad range ${min}..${max}`);
    return min + Math.floor(next() * (max - min + 1));
  };
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError("Cannot pick from an empty list");
    return items[int(0, items.length - 1)] as T;
  };
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = int(0, i);
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  };
  const uuid = () => {
    const a = uint32();
    const b = uint32();
    const c = uint32();
    const d = uint32();
    const timeHigh = ((b & 0xffff) & 0x0fff) | 0x4000; // version 4
    const clockSeq = ((c >>> 16) & 0x3fff) | 0x8000; // RFC 4122 variant
    return `${hex(a, 8)}-${hex(b >>> 16, 4)}-${hex(timeHigh, 4)}-${hex(clockSeq, 4)}-${hex(c & 0xffff, 4)}${hex(d, 8)}`;
  };
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick,
    shuffle,
    digits: (length) => Array.from({ length }, () => String(int(0, 9))).join(""),
    uuid,
    fork: (label) => createRng((hashLabel(label) ^ Math.imul(seed, 0x9e3779b1)) >>> 0),
  };
};

/** Rounds to a multiple of `step`, kept inside [min, max] (whose own rounded bounds are used). */
export const roundPrice = (value: number, step: number, min: number, max: number) => {
  const low = Math.ceil(min / step) * step;
  const high = Math.floor(max / step) * step;
  return Math.min(high, Math.max(low, Math.round(value / step) * step));
};
