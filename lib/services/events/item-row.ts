import "server-only";
import type { DbOrTx } from "@/db/client";
import { findBusinessForEventItem } from "@/db/queries/businesses";
import type { eventItems } from "@/db/schema";
import { isLocalSupplier } from "@/lib/domain/events/event-rules";
import type { EventItemInput } from "@/lib/validation/events";
import { type EventOpd } from "@/lib/services/events/event-access";
import { unprocessable } from "@/lib/errors";

/**
 * The row an item input becomes. With `businessId` the UMK/local status, scale, NIB, kabupaten and
 * verification time are the business's verified state now — what the caller declared is ignored; a
 * business that is not verified (pending, rejected, suspended) is refused. Without it the item is the
 * organizer's declaration about an off-platform supplier.
 */
export const itemRowOf = async (
  db: DbOrTx,
  params: { eventId: string; opd: EventOpd; input: EventItemInput; createdBy: string; amendmentId?: string; now: Date },
): Promise<typeof eventItems.$inferInsert> => {
  const { input } = params;
  const common = {
    eventId: params.eventId,
    category: input.category,
    description: input.description,
    amountIdr: input.amountIdr,
    createdBy: params.createdBy,
    createdAt: params.now,
    addedByAmendmentId: params.amendmentId ?? null,
  };
  if (input.businessId === undefined) {
    return {
      ...common,
      source: "declared",
      businessId: null,
      supplierName: input.supplierName!,
      supplierNib: input.nib ?? null,
      isUmk: input.isUmk!,
      isLocal: input.isLocal!,
    };
  }
  const business = await findBusinessForEventItem(db, input.businessId);
  if (!business || business.verificationStatus !== "verified") {
    throw unprocessable(
      "business_not_verified",
      {
        id: "Usaha ini tidak (lagi) terverifikasi di platform. Pilih usaha terverifikasi, atau catat sebagai pemasok luar platform dengan bukti.",
        en: "This business is not (or no longer) verified on the platform. Choose a verified business, or record it as an off-platform supplier with evidence.",
      },
      { field: "businessId", businessId: input.businessId },
    );
  }
  return {
    ...common,
    source: "platform",
    businessId: business.id,
    supplierName: business.name,
    supplierNib: business.nib,
    supplierScale: business.scale,
    supplierKabupaten: business.kabupaten,
    supplierVerifiedAt: business.verifiedAt,
    isUmk: business.isUmk,
    isLocal: isLocalSupplier(business.provinceRegionId, params.opd.regionId),
  };
};
