import { notFound, permanentRedirect } from "next/navigation";
import { findStorefrontSlug } from "@/lib/services/storefront/find-storefront-slug";

export const dynamic = "force-dynamic";

/** Catalog cards know a seller's id, not its slug: this sends them on to /toko/<slug> (404 when not public). */
export default async function StorefrontByBusiness({ params }: { params: Promise<{ businessId: string }> }) {
  const slug = await findStorefrontSlug((await params).businessId);
  if (!slug) notFound();
  permanentRedirect(`/toko/${slug}`);
}
