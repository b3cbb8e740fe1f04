import { apiRoute } from "@/lib/api/handler";
import { checkAuditChain } from "@/lib/services/audit/check-audit-chain";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async ({ viewer }) => Response.json(await checkAuditChain(viewer)));
