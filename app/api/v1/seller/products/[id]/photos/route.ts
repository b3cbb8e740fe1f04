import { z } from "zod";
import { getLocale } from "next-intl/server";
import { apiRoute } from "@/lib/api/handler";
import { AppError, toAppError, type Locale } from "@/lib/errors";
import { addProductPhotos } from "@/lib/services/products/product-photos";
import { filesOf, formReturnPath, readMultipart } from "../../../_lib/body";

/**
 * POST /api/v1/seller/products/{id}/photos — multipart, field `photo` (repeatable). A plain HTML form may
 * add `returnTo` (a seller page) and is redirected back there, with `?fotoError=` on failure, so photo
 * upload works without JavaScript and without the server-action body limit.
 */
export const POST = apiRoute<{ id: string }>(async ({ request, viewer, params }) => {
  if (!z.uuid().safeParse(params.id).success) throw new AppError("not_found");
  const form = await readMultipart(request);
  const returnTo = formReturnPath(form);
  try {
    const result = await addProductPhotos(viewer, params.id, await filesOf(form, "photo"));
    return returnTo ? redirectTo(returnTo, {}) : Response.json(result, { status: 201 });
  } catch (error) {
    if (!returnTo) throw error;
    const appError = toAppError(error);
    // A UI form: answer in the page's language (cookie, default Indonesian), as the page itself does.
    return redirectTo(returnTo, { fotoError: appError.localized[(await getLocale()) as Locale] });
  }
});

// A relative Location: behind a proxy (or with 127.0.0.1 vs localhost) request.url's host is not the one
// the browser used, and a different host would drop the session cookie.
const redirectTo = (path: string, query: Record<string, string>) => {
  const url = new URL(path, "http://relative.invalid");
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  return new Response(null, { status: 303, headers: { location: `${url.pathname}${url.search}` } });
};
