import type { CompliancePolicy } from "@/lib/domain/compliance/policy";

type Rules = CompliancePolicy["rules"];

/** One editable number or switch of the policy, by its dotted path in the rules. */
export type PolicyField = {
  path: string;
  kind: "boolean" | "idr" | "int" | "percent" | "date" | "idrList" | "codes" | "ratio" | "idrMap";
};

export const POLICY_FIELDS: PolicyField[] = [
  { path: "umkOnly.enabled", kind: "boolean" },
  { path: "umkOnly.justificationCodes", kind: "codes" },
  { path: "localSeller.enabled", kind: "boolean" },
  { path: "valueBand.enabled", kind: "boolean" },
  { path: "valueBand.maxTotalIdr", kind: "idr" },
  { path: "splitPackage.enabled", kind: "boolean" },
  { path: "splitPackage.windowDays", kind: "int" },
  { path: "splitPackage.bandBoundariesIdr", kind: "idrList" },
  { path: "sellerRotation.enabled", kind: "boolean" },
  { path: "sellerRotation.maxConsecutiveOrders", kind: "int" },
  { path: "budgetAvailable.enabled", kind: "boolean" },
  { path: "cardLimit.enabled", kind: "boolean" },
  { path: "cardLimit.maxPerPayeeIdr", kind: "idr" },
  { path: "foodPermit.enabled", kind: "boolean" },
  { path: "foodPermit.halalRequiredFrom", kind: "date" },
  { path: "eventLocalConsumption.enabled", kind: "boolean" },
  { path: "eventLocalConsumption.minLocalUmkShare", kind: "percent" },
  { path: "umkShareTarget.enabled", kind: "boolean" },
  { path: "umkShareTarget.targetShare", kind: "percent" },
  { path: "paymentClock.enabled", kind: "boolean" },
  { path: "paymentClock.maxDaysToPay", kind: "int" },
  { path: "justification.minTextLength", kind: "int" },
  // Red flags (issue 15): the auditor's thresholds.
  { path: "redFlags.priceToMedianRatio", kind: "ratio" },
  { path: "redFlags.priceMinCategoryLines", kind: "int" },
  { path: "redFlags.priceToReferenceRatio", kind: "ratio" },
  { path: "redFlags.referencePricesIdr", kind: "idrMap" },
  { path: "redFlags.concentrationMaxHhi", kind: "percent" },
  { path: "redFlags.concentrationMaxTopShare", kind: "percent" },
  { path: "redFlags.concentrationMinOrders", kind: "int" },
  { path: "redFlags.exceptionsPerBuyer", kind: "int" },
  { path: "redFlags.reusedJustificationMinRequests", kind: "int" },
  { path: "redFlags.approvalMaxWorkingDays", kind: "int" },
  { path: "redFlags.shippedWithoutBastDays", kind: "int" },
  { path: "redFlags.workdayStartHour", kind: "int" },
  { path: "redFlags.workdayEndHour", kind: "int" },
];

const get = (rules: unknown, path: string): unknown =>
  path.split(".").reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined), rules);

const digits = (v: string) => v.replace(/^\s*Rp\s*/i, "").replace(/[.\s]/g, "");

/** What each input shows for the rules as they are (money with thousands dots, shares as percent). */
export const policyFormValues = (rules: Rules): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const f of POLICY_FIELDS) {
    const v = get(rules, f.path);
    if (f.kind === "boolean") out[f.path] = v ? "on" : "";
    else if (f.kind === "percent") out[f.path] = String(Math.round(Number(v) * 10_000) / 100);
    else if (f.kind === "idr") out[f.path] = new Intl.NumberFormat("id-ID").format(Number(v));
    else if (f.kind === "idrList") out[f.path] = (v as number[]).map((n) => new Intl.NumberFormat("id-ID").format(n)).join("; ");
    else if (f.kind === "codes") out[f.path] = (v as string[]).join(",");
    else if (f.kind === "ratio") out[f.path] = String(v).replace(".", ",");
    else if (f.kind === "idrMap") {
      out[f.path] = Object.entries(v as Record<string, number>).map(([slug, n]) => `${slug}=${new Intl.NumberFormat("id-ID").format(n)}`).join("; ");
    }
    else out[f.path] = String(v);
  }
  return out;
};

/**
 * The posted form back into a rules object. Anything unreadable is passed through as typed (a string), so
 * the policy's own zod schema refuses it with a field message instead of a silent zero.
 */
export const rulesFromForm = (formData: FormData): unknown => {
  const rules: Record<string, Record<string, unknown>> = {};
  const set = (path: string, value: unknown) => {
    const [group, key] = path.split(".") as [string, string];
    rules[group] ??= {};
    rules[group]![key] = value;
  };
  const num = (raw: string) => (/^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw);
  for (const f of POLICY_FIELDS) {
    const raw = String(formData.get(f.path) ?? "").trim();
    switch (f.kind) {
      case "boolean":
        set(f.path, formData.get(f.path) === "on");
        break;
      case "codes":
        set(f.path, formData.getAll(f.path).map(String));
        break;
      case "idr":
        set(f.path, num(digits(raw)));
        break;
      case "idrList":
        set(f.path, raw.split(/[;\n]/).map((s) => digits(s)).filter(Boolean).map(num));
        break;
      case "percent": {
        const n = num(raw.replace(",", "."));
        set(f.path, typeof n === "number" ? Math.round(n * 100) / 10_000 : n);
        break;
      }
      case "int":
        set(f.path, num(raw));
        break;
      case "ratio":
        set(f.path, num(raw.replace(",", ".")));
        break;
      case "idrMap": {
        // "gerabah=150.000; tenun=1.500.000": an entry without "=" is kept as typed so the schema names it.
        const entries = raw.split(/[;\n]/).map((s) => s.trim()).filter(Boolean).map((entry) => {
          const at = entry.indexOf("=");
          return at < 0 ? [entry, entry] : [entry.slice(0, at).trim(), num(digits(entry.slice(at + 1)))];
        });
        set(f.path, Object.fromEntries(entries));
        break;
      }
      case "date":
        set(f.path, raw);
    }
  }
  return rules;
};
