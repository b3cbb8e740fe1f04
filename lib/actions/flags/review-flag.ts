"use server";

import { z } from "zod";
import { reviewRedFlag } from "@/lib/services/flags/review-red-flag";
import { parseFlagKey, reviewRedFlagSchema } from "@/lib/validation/flags";
import { backWithProblem, plainAction } from "../plain-action";

const flagPage = (key: string) => `/audit/tanda/${encodeURIComponent(key)}`;

/** The auditor's review form on a flag's page: a plain post that answers with the page again (works without JS). */
export const reviewFlagAction = plainAction({
  schema: reviewRedFlagSchema.extend({ key: z.string().max(200) }),
  run: (viewer, input) => reviewRedFlag(viewer, parseFlagKey(input.key), { note: input.note }),
  revalidate: ["/audit/tanda"],
  redirect: (_result, input) => `${flagPage(input.key)}?ditinjau=1`,
  onError: (error, ctx) => backWithProblem(flagPage(String(ctx.formData.get("key") ?? "")))(error, ctx),
});
