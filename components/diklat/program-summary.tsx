import type { ProgramView } from "@/lib/validation/views/diklat";

type Labels = { seatsLeft: string; organizer: string; dates: string };

/** The facts of a program every list shows: dates (already formatted in WITA), place, organizer, seats, and whom it is for. */
export function ProgramSummary({ program, locale, labels }: { program: ProgramView; locale: "id" | "en"; labels: Labels }) {
  return (
    <div className="space-y-1 text-sm text-slate-700">
      <p className="tabular-nums">{labels.dates} · {program.kabupaten}</p>
      <p>{labels.organizer}</p>
      <p className="font-semibold text-slate-900">{labels.seatsLeft}</p>
      <ul className="list-disc pl-5">
        {program.forWhom.map((line) => <li key={line.id}>{line[locale]}</li>)}
      </ul>
    </div>
  );
}
