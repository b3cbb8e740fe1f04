import { AppError } from "@/lib/errors";

/**
 * The row an owner-scoped write returned. db/queries writes put the owner (OPD, business, order) in their
 * WHERE and return null when it did not match: the record is not the caller's, or is gone. Either way the
 * caller learns nothing more than not_found, and nothing was changed.
 */
export const orNotFound = <T>(row: T | null | undefined): T => {
  if (row === null || row === undefined) throw new AppError("not_found");
  return row;
};
