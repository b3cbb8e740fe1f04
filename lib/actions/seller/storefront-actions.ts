"use server";

import { getTranslations } from "next-intl/server";
import { saveStorefrontStory } from "@/lib/services/storefront/update-storefront-story";
import { storefrontStorySchema } from "@/lib/validation/storefront";
import { formAction } from "../form-action";

/** The seller saves their storefront story in Pengaturan; the form stays, saying it was saved. */
export const saveStorefrontStoryAction = formAction({
  schema: storefrontStorySchema,
  run: (viewer, input) => saveStorefrontStory(viewer, input),
  revalidate: (result) => ["/penjual/pengaturan", `/toko/${result.slug}`],
  success: async (result) => ({ ok: true, message: (await getTranslations("storefront"))("saved"), values: { story: result.story } }),
});
