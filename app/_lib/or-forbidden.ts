import { forbidden, notFound } from "next/navigation";
import { AppError } from "@/lib/errors";

/** For pages: a refusal from a service becomes Next's 403 page, a missing record its 404. */
export const orForbidden = async <T>(work: Promise<T>): Promise<T> => {
  try {
    return await work;
  } catch (error) {
    if (error instanceof AppError && (error.code === "forbidden" || error.code === "unauthenticated")) forbidden();
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
};
