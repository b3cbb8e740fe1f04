import { readMultipart } from "@/app/api/v1/seller/_lib/body";
import { getLocale } from "next-intl/server";
import { apiRoute } from "@/lib/api/handler";
import { toAppError, type Locale } from "@/lib/errors";
import { saveCertificationsFromForm } from "@/lib/services/businesses/save-certifications";

// A plain multipart form post (works without JavaScript and is not bound by the 1 MB server-action body
// limit, since documents may be up to 10 MB); it always answers with a redirect back into the wizard.
const back = (path: string) => new Response(null, { status: 303, headers: { location: path } });

export const POST = apiRoute(async ({ request, viewer }) => {
  // The page's language (cookie, default Indonesian), not the browser's Accept-Language: this is a UI form.
  const locale = (await getLocale()) as Locale;
  try {
    await saveCertificationsFromForm(viewer, await readMultipart(request), locale);
    return back("/daftar-usaha?langkah=review");
  } catch (error) {
    const appError = toAppError(error);
    if (appError.code === "internal") console.error(error);
    if (appError.code === "unauthenticated") return back("/masuk?callbackUrl=%2Fdaftar-usaha");
    const field = Array.isArray(appError.details) ? (appError.details[0] as { path?: string })?.path : undefined;
    const query = new URLSearchParams({ langkah: "certifications", galat: appError.localized[locale], ...(field ? { kolom: field } : {}) });
    return back(`/daftar-usaha?${query}`);
  }
});
