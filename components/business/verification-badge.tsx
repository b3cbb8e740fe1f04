import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";

type VerificationStatus = "pending" | "verified" | "rejected" | "suspended";

const toneOf: Record<VerificationStatus, BadgeTone> = {
  pending: "warning",
  verified: "success",
  rejected: "danger",
  suspended: "danger",
};

export async function VerificationBadge({ status }: { status: VerificationStatus }) {
  const t = await getTranslations("verification");
  return <Badge tone={toneOf[status]}>{t(status)}</Badge>;
}
