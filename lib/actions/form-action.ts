import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import type { AppError } from "@/lib/errors";
import type { FormState } from "./form-state";
import { runSteps, type ActionContext, type ActionSteps, type Parsed } from "./steps";
import { formStateOf } from "./to-form-state";

/** Which pages show the change, and where the browser goes next (nowhere when `redirect` gives undefined). */
export type AfterSuccess<I, R> = {
  revalidate?: readonly string[] | ((result: R, input: I, ctx: ActionContext) => readonly string[]);
  redirect?: (result: R, input: I, ctx: ActionContext) => string | undefined;
};

/** Revalidates, then redirects; redirect() throws in Next, so this runs outside every try. */
export const afterSuccess = <I, R>(spec: AfterSuccess<I, R>, result: R, input: I, ctx: ActionContext) => {
  const paths = typeof spec.revalidate === "function" ? spec.revalidate(result, input, ctx) : (spec.revalidate ?? []);
  for (const path of paths) revalidatePath(path);
  const target = spec.redirect?.(result, input, ctx);
  if (target) redirect(target);
};

type StateSpec<State, S extends z.ZodType | undefined, Raw, R> = ActionSteps<S, Raw, R> &
  AfterSuccess<Parsed<S, Raw>, R> & {
    success: (result: R, input: Parsed<S, Raw>, ctx: ActionContext, previous: State) => State | Promise<State>;
    failure: (error: AppError, ctx: ActionContext, previous: State) => State | Promise<State>;
  };

/** The wrapper for forms with their own state shape (checkout with its compliance preview, the policy diff, …). */
export const stateAction =
  <State, S extends z.ZodType | undefined = undefined, Raw = Record<string, string>, R = unknown>(spec: StateSpec<State, S, Raw, R>) =>
  async (previous: State, formData: FormData): Promise<State> => {
    const outcome = await runSteps(spec, formData);
    if (!outcome.ok) return spec.failure(outcome.error, outcome.ctx, previous);
    afterSuccess(spec, outcome.result, outcome.input, outcome.ctx);
    return spec.success(outcome.result, outcome.input, outcome.ctx, previous);
  };

/** Places a refusal differently (e.g. on the one field an upload form has). */
export type OnFormError = (state: FormState, error: AppError, ctx: ActionContext) => FormState | Promise<FormState>;

type FormSpec<S extends z.ZodType | undefined, Raw, R> = ActionSteps<S, Raw, R> &
  AfterSuccess<Parsed<S, Raw>, R> & {
    /** What the form shows when it stays on the page; {} when it redirects. */
    success?: (result: R, input: Parsed<S, Raw>, ctx: ActionContext) => FormState | Promise<FormState>;
    onError?: OnFormError;
    /** false for forms whose fields must not be refilled after a refusal (a file, a bare button). */
    keepValues?: boolean;
  };

/**
 * The one server-action wrapper for useActionState forms: viewer and locale, zod parse, one service call,
 * AppError → form state (field errors included, what was typed kept), revalidate, redirect.
 */
export const formAction = <S extends z.ZodType | undefined = undefined, Raw = Record<string, string>, R = unknown>(spec: FormSpec<S, Raw, R>) =>
  stateAction<FormState, S, Raw, R>({
    ...spec,
    success: spec.success ?? (() => ({})),
    failure: (error, ctx) => {
      const state = formStateOf(error, ctx.locale, spec.keepValues === false ? undefined : ctx.formData);
      return spec.onError ? spec.onError(state, error, ctx) : state;
    },
  });
