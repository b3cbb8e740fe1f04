import type { FindingView, PreviewView } from "./types";

const tone = {
  block: "border-red-300 bg-red-50 text-red-950",
  justify: "border-amber-300 bg-amber-50 text-amber-950",
  warning: "border-sky-300 bg-sky-50 text-sky-950",
} as const;

const verdictTone = {
  allow: "border-emerald-300 bg-emerald-50 text-emerald-950",
  needs_justification: "border-amber-300 bg-amber-50 text-amber-950",
  block: "border-red-300 bg-red-50 text-red-950",
} as const;

export type ComplianceLabels = {
  heading: string;
  verdict: Record<"allow" | "needs_justification" | "block", string>;
  severity: Record<FindingView["severity"], string>;
  whatToDo: string;
  none: string;
  empty: string;
  policyVersion?: string;
  /** "Kode aturan": names the code auditors see beside each rule's name. */
  ruleCode: string;
};

/**
 * Every finding of a compliance decision, each with its severity written out (not colour alone), the rule's
 * own message in the viewer's language and what to do next. Pure markup: used by server and client pages.
 * Each rule is named in words; its code (UMK_ONLY) is shown only with `showRuleCode`, for auditors who match
 * findings against the policy and the API.
 */
export function ComplianceFindings({
  compliance,
  labels,
  testId = "compliance",
  showRuleCode = false,
}: {
  compliance: PreviewView;
  labels: ComplianceLabels;
  testId?: string;
  showRuleCode?: boolean;
}) {
  return (
    <section aria-labelledby={`${testId}-title`} data-testid={testId} data-verdict={compliance?.verdict ?? "none"} className="space-y-3" aria-live="polite">
      <h2 id={`${testId}-title`} className="text-lg font-semibold text-slate-900">
        {labels.heading}
      </h2>
      {compliance === null ? (
        <p className="rounded-md border border-dashed border-slate-300 bg-white px-3 py-2 text-sm text-slate-700">{labels.empty}</p>
      ) : (
        <>
          <p data-testid={`${testId}-verdict`} className={`rounded-md border px-3 py-2 text-sm font-semibold ${verdictTone[compliance.verdict]}`}>
            {labels.verdict[compliance.verdict]}
            {labels.policyVersion ? <span className="font-normal"> · {labels.policyVersion}</span> : null}
          </p>
          {compliance.findings.length === 0 ? (
            <p className="text-sm text-slate-700">{labels.none}</p>
          ) : (
            <ul className="space-y-2">
              {compliance.findings.map((f, i) => (
                <li
                  key={`${f.rule}-${i}`}
                  data-testid="compliance-finding"
                  data-rule={f.rule}
                  data-severity={f.severity}
                  className={`rounded-md border px-3 py-2 text-sm ${tone[f.severity]}`}
                >
                  <p className="flex flex-wrap items-center gap-2">
                    <span className="rounded border border-current px-1.5 py-0.5 text-xs font-bold uppercase">{labels.severity[f.severity]}</span>
                    <span className="font-semibold" data-testid="finding-rule-name">{f.name}</span>
                    {showRuleCode ? (
                      <span className="text-xs opacity-80" data-testid="finding-rule-code">
                        {labels.ruleCode}: <code className="font-mono">{f.rule}</code>
                      </span>
                    ) : null}
                  </p>
                  <p className="mt-1" data-testid="finding-message">{f.message}</p>
                  {f.help ? (
                    <p className="mt-1">
                      <span className="font-semibold">{labels.whatToDo}:</span> {f.help}
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
