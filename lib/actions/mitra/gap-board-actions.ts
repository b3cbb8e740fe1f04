"use server";

import { claimGapBatchFor } from "@/lib/services/gap-board/claim-gap-batch";
import { createGapBatch } from "@/lib/services/gap-board/create-gap-batch";
import { gapFilterSchema } from "@/lib/validation/mitra";
import { backWithProblem, plainAction } from "../plain-action";
import { textField } from "../to-form-state";
import { MITRA_REVALIDATE } from "./back-to";

const BOARD = "/admin/mitra/papan";

export const createGapBatchAction = plainAction({
  schema: gapFilterSchema,
  run: (viewer, input) => createGapBatch(viewer, input),
  revalidate: MITRA_REVALIDATE,
  redirect: (batch) => `${BOARD}?dibuat=${batch.id}`,
  onError: backWithProblem(BOARD),
});

export const claimGapBatchAction = plainAction({
  input: (formData) => ({ batchId: textField(formData, "batchId"), partnerId: textField(formData, "partnerId") }),
  run: (viewer, input) => claimGapBatchFor(viewer, input),
  revalidate: MITRA_REVALIDATE,
  redirect: () => "/mitra?diambil=1",
  onError: backWithProblem("/mitra"),
});
