"use server";

import { z } from "zod";
import { addShowcaseMember } from "@/lib/services/showcases/add-showcase-member";
import { createShowcase } from "@/lib/services/showcases/create-showcase";
import { publishShowcase } from "@/lib/services/showcases/publish-showcase";
import { addShowcaseMemberSchema, createShowcaseSchema, showcaseSlugSchema } from "@/lib/validation/showcases";
import { backWithProblem, plainAction } from "../plain-action";

const SHOWCASES = "/admin/etalase";
const back = { revalidate: [SHOWCASES, "/etalase", "/"], redirect: () => SHOWCASES, onError: backWithProblem(SHOWCASES) };

export const createShowcaseAction = plainAction({
  schema: createShowcaseSchema.extend({ regionId: z.uuid() }),
  run: (viewer, { regionId, ...input }) => createShowcase(viewer, regionId, input),
  ...back,
});

export const publishShowcaseAction = plainAction({
  schema: z.object({ slug: showcaseSlugSchema }),
  run: (viewer, { slug }) => publishShowcase(viewer, slug),
  ...back,
});

export const addShowcaseMemberAction = plainAction({
  schema: addShowcaseMemberSchema.extend({ slug: showcaseSlugSchema }),
  run: (viewer, { slug, ...input }) => addShowcaseMember(viewer, slug, input),
  ...back,
});
