import { getLocale, getTranslations } from "next-intl/server";
import { formatShare } from "@/components/procurement/compliance-summary-table";
import { EVENT_ITEM_CATEGORIES } from "@/lib/domain/events/event-compliance";
import { formatIdr } from "@/lib/domain/money/rupiah";
import { ruleName } from "@/lib/i18n/rule-names";
import type { EventComplianceView, ShareTotalsView } from "@/lib/validation/views/events";

const tile = "rounded-lg border border-slate-200 bg-white px-4 py-3";

function ShareTile({ label, totals, testId, locale, ofTotal }: { label: string; totals: ShareTotalsView; testId: string; locale: string; ofTotal: string }) {
  return (
    <div className={tile} data-testid={testId} data-share={totals.share} data-total-idr={totals.totalIdr} data-local-umk-idr={totals.localUmkIdr}>
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="mt-1 text-2xl font-bold tabular-nums text-slate-900">{formatShare(totals.share, locale)}</dd>
      <dd className="text-sm tabular-nums text-slate-700">{ofTotal}</dd>
    </div>
  );
}

/**
 * An event's compliance: the local-UMK share overall and for konsumsi (the rule's subject), every category
 * with spending, what rests on declarations (shown apart so an auditor can weigh it), and each finding with
 * what to do. Used on the event page, in the printable report and in the history.
 */
export async function CompliancePanel({
  compliance,
  headingId,
  heading,
  compact,
  showRuleCode = false,
}: {
  compliance: EventComplianceView;
  headingId: string;
  heading?: string;
  compact?: boolean;
  /** Auditors also see each finding's rule code (EVENT_LOCAL_CONSUMPTION) beside its name. */
  showRuleCode?: boolean;
}) {
  const [t, tc, tr, locale] = await Promise.all([getTranslations("events.compliance"), getTranslations("events.category"), getTranslations("procurement.compliance"), getLocale()]);
  const lang = locale === "en" ? "en" : "id";
  const ofTotal = (x: ShareTotalsView) => t("ofTotal", { local: formatIdr(x.localUmkIdr), total: formatIdr(x.totalIdr) });
  const categories = EVENT_ITEM_CATEGORIES.filter((c) => compliance.byCategory[c]?.totalIdr > 0);
  return (
    <section aria-labelledby={headingId} data-testid="event-compliance" data-verdict={compliance.verdict} className="space-y-3">
      <h2 id={headingId} className="text-lg font-semibold text-slate-900">{heading ?? t("heading")}</h2>
      {compliance.totalIdr === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 bg-white px-3 py-2 text-sm text-slate-700">{t("empty")}</p>
      ) : (
        <>
          <dl className="grid gap-3 sm:grid-cols-2">
            <ShareTile label={t("overall")} totals={compliance} testId="share-overall" locale={locale} ofTotal={ofTotal(compliance)} />
            <ShareTile label={t("consumption")} totals={compliance.consumption} testId="share-consumption" locale={locale} ofTotal={ofTotal(compliance.consumption)} />
          </dl>
          {!compact && categories.length > 0 ? (
            <div className="space-y-1">
              <h3 className="text-sm font-semibold text-slate-800">{t("byCategory")}</h3>
              <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white text-sm">
                {categories.map((c) => (
                  <li key={c} data-testid="share-category" data-category={c} className="flex flex-wrap items-baseline justify-between gap-x-3 px-3 py-2">
                    <span className="font-medium text-slate-900">{tc(c)}</span>
                    <span className="tabular-nums text-slate-800">
                      <span className="font-semibold">{formatShare(compliance.byCategory[c].share, locale)}</span> · {ofTotal(compliance.byCategory[c])}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <div data-testid="share-declared" data-count={compliance.declared.count} data-total-idr={compliance.declared.totalIdr} className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
            <p className="font-semibold">{t("declaredHeading")}</p>
            <p>{t("declaredText", { count: compliance.declared.count, total: formatIdr(compliance.declared.totalIdr), local: formatIdr(compliance.declared.localUmkIdr) })}</p>
          </div>
        </>
      )}
      <div className="space-y-2">
        <h3 className="text-sm font-semibold text-slate-800">{t("findings")}</h3>
        {compliance.findings.length === 0 ? (
          compliance.totalIdr > 0 ? <p className="text-sm text-slate-700">{t("none")}</p> : <p className="text-sm text-slate-700">{t("consumptionRule")}</p>
        ) : (
          <ul className="space-y-2">
            {compliance.findings.map((f, i) => (
              <li key={`${f.rule}-${i}`} data-testid="event-finding" data-rule={f.rule} data-severity={f.severity} className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
                <p className="flex flex-wrap items-center gap-2">
                  <span className="font-semibold" data-testid="finding-rule-name">{ruleName(f.rule, lang)}</span>
                  {showRuleCode ? (
                    <span className="text-xs opacity-80" data-testid="finding-rule-code">
                      {tr("ruleCode")}: <code className="font-mono">{f.rule}</code>
                    </span>
                  ) : null}
                </p>
                <p className="mt-1">{f.message[lang]}</p>
                {f.rule === "EVENT_LOCAL_CONSUMPTION" ? (
                  <p className="mt-1">
                    <span className="font-semibold">{t("whatToDo")}:</span> {t("consumptionHelp")}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
