import type { Locale } from "@/lib/errors";
import type { AmendmentView, EventComplianceView, EventDetailView, EventSummaryView } from "@/lib/services/events/types";

// The API answers findings in one language (the request's), as the error messages do; services keep both.

const compliance = (c: EventComplianceView, locale: Locale) => ({
  ...c,
  findings: c.findings.map((f) => ({ rule: f.rule, severity: f.severity, params: f.params, message: f.message[locale] })),
});

const amendment = (a: AmendmentView, locale: Locale) => ({ ...a, reportAfter: compliance(a.reportAfter, locale) });

export const localizeSummary = (e: EventSummaryView, locale: Locale) => ({ ...e, compliance: compliance(e.compliance, locale) });

export const localizeDetail = (e: EventDetailView, locale: Locale) => ({
  ...e,
  compliance: compliance(e.compliance, locale),
  closedReport: e.closedReport ? { ...e.closedReport, compliance: compliance(e.closedReport.compliance, locale) } : null,
  amendments: e.amendments.map((a) => amendment(a, locale)),
});

export const localizeAmendment = amendment;
