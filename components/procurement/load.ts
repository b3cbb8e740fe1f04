import "server-only";
import { forbidden, notFound } from "next/navigation";
import { AppError } from "@/lib/errors";

/** A service read for a page: 404 and 403 become Next's not-found and forbidden pages. */
export const loadOrRespond = async <T,>(read: () => Promise<T>): Promise<T> => {
  try {
    return await read();
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    if (error instanceof AppError && (error.code === "forbidden" || error.code === "unauthenticated")) forbidden();
    throw error;
  }
};
