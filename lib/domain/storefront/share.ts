/** Sharing a storefront: what a WhatsApp message, a poster and a share card say besides the ledger's figures. */

const TAGLINE_MAX = 120;

/** The story's first sentence as a tagline (cut at a word, at most 120 characters); null for an empty story. */
export const storefrontTagline = (story: string): string | null => {
  const first = story.trim().split(/(?<=[.!?])\s+|\n+/)[0]?.trim() ?? "";
  if (first === "") return null;
  if (first.length <= TAGLINE_MAX) return first;
  return `${first.slice(0, TAGLINE_MAX).replace(/\s+\S*$/, "")}…`;
};

/** A wa.me link that opens WhatsApp with the message filled in and no recipient chosen yet. */
export const whatsappShareUrl = (message: string) => `https://wa.me/?text=${encodeURIComponent(message)}`;
