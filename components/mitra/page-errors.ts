import "server-only";
import { forbidden, notFound } from "next/navigation";
import { AppError } from "@/lib/errors";

/** A service refusal on a partner page becomes Next's 403 or 404 page; anything else goes to the error page. */
export const asPageError = (error: unknown): never => {
  if (error instanceof AppError && error.code === "forbidden") forbidden();
  if (error instanceof AppError && error.code === "not_found") notFound();
  throw error;
};
