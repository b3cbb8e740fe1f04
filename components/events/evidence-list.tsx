import { getTranslations } from "next-intl/server";
import type { EventItemView } from "@/lib/validation/views/events";

/**
 * An item's evidence: photos as images (the thumbnail when there is one, linking to the original), PDFs as
 * links. `large` is the printable report, where the photo itself is the proof. The alt text says what the
 * photo proves (the item and its supplier), not just the file's name.
 */
export async function EvidenceList({ item, large }: { item: Pick<EventItemView, "description" | "supplierName" | "business" | "evidence">; large?: boolean }) {
  const t = await getTranslations("events.evidence");
  const { evidence } = item;
  if (evidence.length === 0) return null;
  const supplier = item.business?.name ?? item.supplierName;
  return (
    <ul className={large ? "grid gap-3 sm:grid-cols-2" : "flex flex-wrap gap-2"} data-testid="evidence-list">
      {evidence.map((e) =>
        e.contentType.startsWith("image/") ? (
          <li key={e.id} className="break-inside-avoid">
            <a href={e.url} target="_blank" rel="noopener" className="block rounded focus-visible:outline-2" aria-label={t("open", { name: e.originalName })}>
              {/* Plain <img>: the evidence route answers with the viewer's session, never a public CDN. */}
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img
                src={large ? e.url : (e.thumbnailUrl ?? e.url)}
                alt={t("photoAlt", { description: item.description, supplier, name: e.originalName })}
                data-testid="evidence-photo"
                loading={large ? "eager" : "lazy"}
                className={large ? "max-h-[120mm] w-full rounded border border-slate-300 object-contain" : "size-20 rounded border border-slate-300 object-cover"}
              />
            </a>
            {large ? <p className="mt-1 break-words text-xs text-slate-600">{e.originalName}</p> : null}
          </li>
        ) : (
          <li key={e.id}>
            <a href={e.url} target="_blank" rel="noopener" data-testid="evidence-pdf" className="break-all text-sm text-emerald-800 underline underline-offset-4">
              {t("pdf", { name: e.originalName })}
            </a>
          </li>
        ),
      )}
    </ul>
  );
}
