import type { BadgeTone } from "@/components/ui/badge";

// The one place a partnership or submission status is named for display: status → message key and colour.

export const PARTNERSHIP_STATUS_DISPLAY = {
  proposed: { key: "proposed", tone: "info" },
  accepted: { key: "accepted", tone: "success" },
  declined: { key: "declined", tone: "neutral" },
  ended: { key: "ended", tone: "neutral" },
} as const satisfies Record<string, { key: string; tone: BadgeTone }>;

export const SUBMISSION_STATUS_DISPLAY = {
  pending: { key: "pending", tone: "warning" },
  verified: { key: "verified", tone: "success" },
  rejected: { key: "rejected", tone: "danger" },
} as const satisfies Record<string, { key: string; tone: BadgeTone }>;
