import type { FlagLink } from "./types";

/** The page that shows a linked record and its evidence (the order page lists BASTs, invoices and payments). */
export const flagLinkHref = (link: FlagLink): string => {
  switch (link.type) {
    case "request":
      return `/permintaan/${link.id}`;
    case "order":
      return `/pesanan/${link.id}`;
    case "receipt":
      return `/pesanan/${link.orderId}/bast/${link.id}`;
    case "invoice":
      return `/pesanan/${link.orderId}/faktur/${link.id}`;
    case "opd":
      return `/audit/telusur/${link.id}`;
    case "buyer":
      return `/audit/telusur/${link.opdId}/pembeli/${link.id}`;
  }
};
