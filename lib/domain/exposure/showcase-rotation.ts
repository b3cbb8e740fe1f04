/**
 * Etalase rotation: the collection's members take turns in its spotlight (the few shown on the home page), a
 * new set every `rotationDays`, counted from when it was published. Pure: the caller passes `now`.
 */
const DAY_MS = 24 * 60 * 60 * 1000;

export const spotlightMembers = <T>(
  members: readonly T[],
  options: { rotationDays: number; spotlightSize: number; publishedAt: Date; now: Date },
): T[] => {
  if (members.length <= options.spotlightSize) return [...members];
  const period = Math.max(0, Math.floor((options.now.getTime() - options.publishedAt.getTime()) / (options.rotationDays * DAY_MS)));
  const start = (period * options.spotlightSize) % members.length;
  return Array.from({ length: options.spotlightSize }, (_, i) => members[(start + i) % members.length]!);
};

/** When the spotlight moves on next. */
export const nextRotationAt = (options: { rotationDays: number; publishedAt: Date; now: Date }): Date => {
  const span = options.rotationDays * DAY_MS;
  const elapsed = Math.max(0, options.now.getTime() - options.publishedAt.getTime());
  return new Date(options.publishedAt.getTime() + (Math.floor(elapsed / span) + 1) * span);
};
