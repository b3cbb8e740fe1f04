import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";

type ChainResult = { ok: boolean; length: number; head: string; firstBrokenSeq?: number };

// The same check as JSON, for the audit file or another system. Offered as a download, never printed as a path.
const VERIFY_JSON_HREF = "/api/v1/audit/verify";

export async function AuditChainPanel({ canVerify, result }: { canVerify: boolean; result: ChainResult | null }) {
  const t = await getTranslations("auditorHome");
  return (
    <section
      aria-labelledby="audit-chain"
      data-testid="audit-chain"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
    >
      <h2 id="audit-chain" className="text-lg font-semibold text-slate-900">
        {t("chain")}
      </h2>
      <p className="text-sm text-slate-700">{t("chainLead")}</p>
      {canVerify ? (
        <>
          {/* A plain GET form: works without JavaScript, and a reload repeats the check on purpose. */}
          <form method="get" action="/audit">
            <input type="hidden" name="verify" value="1" />
            <button
              type="submit"
              className="inline-flex min-h-11 items-center rounded-md bg-emerald-800 px-4 text-sm font-semibold text-white hover:bg-emerald-900"
            >
              {t("chainRun")}
            </button>
          </form>
          <div aria-live="polite">
            {result ? (
              <dl data-testid="audit-chain-result" className="grid grid-cols-1 gap-3 text-sm sm:grid-cols-[auto_1fr]">
                <dt className="sr-only">{t("chain")}</dt>
                <dd className="sm:col-span-2">
                  <Badge tone={result.ok ? "success" : "danger"}>{result.ok ? t("chainOk") : t("chainBroken")}</Badge>
                </dd>
                <dt className="text-slate-600">{t("chainLength")}</dt>
                <dd className="tabular-nums text-slate-900">{result.length}</dd>
                <dt className="text-slate-600">{t("chainHead")}</dt>
                <dd className="break-all font-mono text-xs text-slate-900">{result.head}</dd>
                {result.firstBrokenSeq !== undefined ? (
                  <>
                    <dt className="text-slate-600">{t("chainFirstBroken")}</dt>
                    <dd className="font-semibold tabular-nums text-red-800">#{result.firstBrokenSeq}</dd>
                  </>
                ) : null}
              </dl>
            ) : null}
          </div>
          <p className="space-y-1 text-sm text-slate-700">
            <a
              href={VERIFY_JSON_HREF}
              download="rantai-audit.json"
              data-testid="audit-chain-download"
              className="inline-flex min-h-11 items-center font-semibold text-emerald-800 underline underline-offset-4 hover:text-emerald-950"
            >
              {t("chainDownload")}
            </a>
            <span className="block">{t("chainDownloadHint")}</span>
          </p>
        </>
      ) : (
        <p className="text-sm text-slate-700">{t("chainNotAllowed")}</p>
      )}
    </section>
  );
}
