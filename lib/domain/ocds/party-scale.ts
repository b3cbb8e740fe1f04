import type { BusinessScaleId } from "./records";
import type { OcdsPartyScale } from "./release-types";

const SCALE: Record<BusinessScaleId, OcdsPartyScale> = {
  mikro: "micro",
  kecil: "small",
  menengah: "medium",
  besar: "large",
};

/** PP 7/2021 scale (as snapshotted on the request line) → the partyScale extension's code. */
export const toPartyScale = (scale: BusinessScaleId): OcdsPartyScale => SCALE[scale];
