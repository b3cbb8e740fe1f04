import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import type { AppError } from "@/lib/errors";
import { afterSuccess, type AfterSuccess } from "./form-action";
import { runSteps, type ActionContext, type ActionSteps, type Parsed } from "./steps";

type PlainSpec<S extends z.ZodType | undefined, Raw, R> = ActionSteps<S, Raw, R> &
  AfterSuccess<Parsed<S, Raw>, R> & {
    /**
     * Where a refusal goes: the same page with the problem in its query, so it reads without JavaScript.
     * Without it a refusal reaches the error page, as for buttons that only fail when tampered with.
     */
    onError?: (error: AppError, ctx: ActionContext) => string;
  };

/** The wrapper for plain `<form action>` posts that answer with a redirect, not with a form state. */
export const plainAction =
  <S extends z.ZodType | undefined = undefined, Raw = Record<string, string>, R = unknown>(spec: PlainSpec<S, Raw, R>) =>
  async (formData: FormData): Promise<void> => {
    const outcome = await runSteps(spec, formData);
    if (outcome.ok) return afterSuccess(spec, outcome.result, outcome.input, outcome.ctx);
    if (!spec.onError) throw outcome.error;
    // A refusal changes nothing, but the page is rendered afresh, as after a success.
    if (Array.isArray(spec.revalidate)) for (const path of spec.revalidate) revalidatePath(path);
    redirect(spec.onError(outcome.error, outcome.ctx));
  };

/** onError for pages that read a refusal from their `?galat=` query, in the viewer's language. */
export const backWithProblem = (path: string) => (error: AppError, { locale }: ActionContext) =>
  `${path}?galat=${encodeURIComponent(error.localized[locale])}`;
