import "server-only";
import { db } from "@/db/client";
import { listKabupatenOfProvince } from "@/db/queries/regions";
import { PLATFORM_PROVINCE_CODE } from "@/lib/domain/business/onboarding";

/** The kabupaten/kota of the platform's province by name: where a registering business may be. Public reference data. */
export const listPlatformKabupaten = () => listKabupatenOfProvince(db, PLATFORM_PROVINCE_CODE);
