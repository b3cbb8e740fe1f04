import { CERTIFICATION_KINDS } from "@/lib/domain/business/certification";
import { GAP_CODES, GAP_NAMES } from "@/lib/domain/readiness/gaps";
import { witaLocalInput } from "@/lib/domain/time/wita";
import type { ProgramFormOptions } from "@/lib/services/diklat/manage-programs";
import type { ProgramView } from "@/lib/validation/views/diklat";

const input = "mt-1 block min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 py-2";
const label = "block text-sm font-semibold text-slate-900";

type Labels = Record<
  | "title" | "module" | "organizerName" | "organizerPartnerId" | "noPartner" | "kabupatenId" | "categoryId" | "noCategory" | "startsAt" | "endsAt" | "seats"
  | "prereq" | "requiresVerified" | "requiresCertificates" | "mustNotHave" | "target" | "anyOfGaps" | "foodKbliOnly" | "lacksCertificates" | "save",
  string
> & { cert: Record<(typeof CERTIFICATION_KINDS)[number], string> };

function Checks({ legend, name, options, checked }: { legend: string; name: string; options: { value: string; text: string }[]; checked: readonly string[] }) {
  return (
    <fieldset className="space-y-1">
      <legend className="text-sm font-semibold text-slate-900">{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="flex min-h-11 items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" name={name} value={o.value} defaultChecked={checked.includes(o.value)} className="size-5" />
          {o.text}
        </label>
      ))}
    </fieldset>
  );
}

/** The program's fields, prerequisites and target as checkboxes; a plain form that works without JavaScript. */
export function ProgramForm({ action, program, options, labels, locale }: {
  action: (formData: FormData) => Promise<void>; program?: ProgramView; options: ProgramFormOptions; labels: Labels; locale: "id" | "en";
}) {
  const gaps = GAP_CODES.map((g) => ({ value: g, text: GAP_NAMES[g][locale] }));
  const certs = CERTIFICATION_KINDS.map((c) => ({ value: c, text: labels.cert[c] }));
  return (
    <form action={action} data-testid="program-form" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      {program ? <input type="hidden" name="programId" value={program.id} /> : null}
      <label className={label}>{labels.title}<input name="title" required minLength={3} maxLength={200} defaultValue={program?.title} className={input} /></label>
      <label className={label}>{labels.module}<textarea name="module" required minLength={2} maxLength={2000} rows={3} defaultValue={program?.module} className={input} /></label>
      <div className="grid gap-4 sm:grid-cols-2">
        <label className={label}>{labels.organizerName}<input name="organizerName" required minLength={2} maxLength={120} defaultValue={program?.organizerName} className={input} /></label>
        <label className={label}>
          {labels.organizerPartnerId}
          <select name="organizerPartnerId" defaultValue={program?.organizerPartnerId ?? ""} className={input}>
            {options.mayOrganizeAsDiskop ? <option value="">{labels.noPartner}</option> : null}
            {options.partners.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </select>
        </label>
        <label className={label}>
          {labels.kabupatenId}
          <select name="kabupatenId" required defaultValue={program?.kabupatenId} className={input}>
            {options.kabupaten.map((k) => <option key={k.id} value={k.id}>{k.name}</option>)}
          </select>
        </label>
        <label className={label}>
          {labels.categoryId}
          <select name="categoryId" defaultValue={program?.categoryId ?? ""} className={input}>
            <option value="">{labels.noCategory}</option>
            {options.categories.map((c) => <option key={c.id} value={c.id}>{locale === "en" ? c.nameEn : c.nameId}</option>)}
          </select>
        </label>
        <label className={label}>{labels.startsAt}<input type="datetime-local" name="startsAt" required defaultValue={program ? witaLocalInput(program.startsAt) : undefined} className={input} /></label>
        <label className={label}>{labels.endsAt}<input type="datetime-local" name="endsAt" required defaultValue={program ? witaLocalInput(program.endsAt) : undefined} className={input} /></label>
        <label className={label}>{labels.seats}<input type="number" name="seats" required min={1} max={10000} defaultValue={program?.seats ?? 20} className={input} /></label>
      </div>
      <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-base font-semibold text-slate-900">{labels.target}</legend>
        <label className="flex min-h-11 items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" name="foodKbliOnly" defaultChecked={program?.targetProfile.foodKbliOnly ?? false} className="size-5" />
          {labels.foodKbliOnly}
        </label>
        <Checks legend={labels.lacksCertificates} name="lacksCertificates" options={certs} checked={program?.targetProfile.lacksCertificates ?? []} />
        <Checks legend={labels.anyOfGaps} name="anyOfGaps" options={gaps} checked={program?.targetProfile.anyOfGaps ?? []} />
      </fieldset>
      <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-base font-semibold text-slate-900">{labels.prereq}</legend>
        <label className="flex min-h-11 items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" name="requiresVerified" defaultChecked={program?.prerequisites.requiresVerified ?? false} className="size-5" />
          {labels.requiresVerified}
        </label>
        <Checks legend={labels.requiresCertificates} name="requiresCertificates" options={certs} checked={program?.prerequisites.requiresCertificates ?? []} />
        <Checks legend={labels.mustNotHave} name="mustNotHave" options={gaps} checked={program?.prerequisites.mustNotHave ?? []} />
      </fieldset>
      <button type="submit" data-testid="program-save" className="min-h-11 rounded-md bg-emerald-800 px-4 py-2 font-semibold text-white hover:bg-emerald-900">{labels.save}</button>
    </form>
  );
}
