import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { viewer as signedInViewer } from "@/lib/auth/viewer";
import type { Viewer } from "@/lib/domain/auth/roles";
import type { AppError, Locale } from "@/lib/errors";
import { currentLocale } from "@/lib/i18n/current-locale";
import { parseInput } from "@/lib/validation/messages";
import { assertSafeInput } from "@/lib/validation/safe-input";
import { formObject, reportedError } from "./to-form-state";

/** What every step of an action may read: who posted, in which language, and the raw form. */
export type ActionContext = { viewer: Viewer | null; locale: Locale; formData: FormData };

/** The schema's output when there is a schema, else what `input` returned. */
export type Parsed<S, Raw> = S extends z.ZodType ? z.infer<S> : Raw;

export type ActionSteps<S extends z.ZodType | undefined, Raw, R> = {
  /** What the schema parses; by default the form's text fields. Throwing an AppError here refuses early. */
  input?: (formData: FormData, ctx: ActionContext) => Raw | Promise<Raw>;
  /** Parsed in the viewer's language, so the field messages read in it. */
  schema?: S;
  /** The one service call; permissions are checked there, never here. */
  run: (viewer: Viewer | null, input: Parsed<S, Raw>, ctx: ActionContext) => Promise<R>;
};

export type Outcome<I, R> =
  | { ok: true; ctx: ActionContext; input: I; result: R }
  | { ok: false; ctx: ActionContext; error: AppError };

/**
 * Viewer and locale, input, parse, run: every refusal comes back as an AppError (unknown errors logged).
 * Next's own control flow (redirect, notFound) thrown inside a service is passed on, not turned into a message.
 */
export const runSteps = async <S extends z.ZodType | undefined, Raw, R>(
  steps: ActionSteps<S, Raw, R>,
  formData: FormData,
): Promise<Outcome<Parsed<S, Raw>, R>> => {
  const ctx: ActionContext = { viewer: null, locale: await currentLocale(), formData };
  try {
    ctx.viewer = await signedInViewer();
    const raw = steps.input ? await steps.input(formData, ctx) : formObject(formData);
    // parseInput refuses unsafe text itself; an action without a schema gets the same check here.
    if (!steps.schema) assertSafeInput(raw, ctx.locale);
    const input = (steps.schema ? parseInput(steps.schema, raw, ctx.locale) : raw) as Parsed<S, Raw>;
    return { ok: true, ctx, input, result: await steps.run(ctx.viewer, input, ctx) };
  } catch (error) {
    unstable_rethrow(error);
    return { ok: false, ctx, error: reportedError(error) };
  }
};
