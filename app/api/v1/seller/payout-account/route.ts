import { apiRoute, requestLocale } from "@/lib/api/handler";
import { getPayoutAccount, updatePayoutAccount } from "@/lib/services/businesses/payout-account";
import { bankAccountSchema } from "@/lib/validation/business";
import { parseInput } from "@/lib/validation/messages";
import { readJson } from "../_lib/body";

const businessIdOf = (request: Request) => new URL(request.url).searchParams.get("businessId") ?? undefined;

/** GET /api/v1/seller/payout-account — the caller's payout account, masked. */
export const GET = apiRoute(async ({ request, viewer }) => Response.json(await getPayoutAccount(viewer, businessIdOf(request))));

/** PUT /api/v1/seller/payout-account — replaces it (validated against the bank list; audited, answered masked). */
export const PUT = apiRoute(async ({ request, viewer }) => {
  const input = parseInput(bankAccountSchema, await readJson(request), requestLocale(request));
  return Response.json(await updatePayoutAccount(viewer, input, { businessId: businessIdOf(request) }));
});
