/** A search is a Peluang (unmet demand) when it found at most this many products. */
export const LOW_RESULT_MAX = 3;
