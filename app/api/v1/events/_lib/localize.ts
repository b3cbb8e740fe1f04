import type { Locale } from "@/lib/errors";
import type {
  AmendmentView, EventComplianceView, EventDetailView, EventSummaryView, LocalizedAmendment, LocalizedEventDetail, LocalizedEventSummary,
} from "@/lib/validation/views/events";

// The API answers findings in one language (the request's), as the error messages do; services keep both.
// The return types are the OpenAPI document's schemas, so the compiler checks what the routes send.

const compliance = (c: EventComplianceView, locale: Locale) => ({
  ...c,
  findings: c.findings.map((f) => ({ rule: f.rule, severity: f.severity, params: f.params, message: f.message[locale] })),
});

const amendment = (a: AmendmentView, locale: Locale): LocalizedAmendment => ({ ...a, reportAfter: compliance(a.reportAfter, locale) });

export const localizeSummary = (e: EventSummaryView, locale: Locale): LocalizedEventSummary => ({ ...e, compliance: compliance(e.compliance, locale) });

export const localizeDetail = (e: EventDetailView, locale: Locale): LocalizedEventDetail => ({
  ...e,
  compliance: compliance(e.compliance, locale),
  closedReport: e.closedReport ? { ...e.closedReport, compliance: compliance(e.closedReport.compliance, locale) } : null,
  amendments: e.amendments.map((a) => amendment(a, locale)),
});

export const localizeAmendment = amendment;
