import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { Notice } from "@/components/accounts/notice";
import { BatchCard } from "@/components/mitra/batch-card";
import { asPageError } from "@/components/mitra/page-errors";
import { CARD, INPUT, LABEL, PRIMARY, SECONDARY } from "@/components/mitra/styles";
import { EmptyState } from "@/components/ui/empty-state";
import { HomeTitle } from "@/components/ui/home-title";
import { SectionHeading } from "@/components/ui/section-heading";
import { createGapBatchAction } from "@/lib/actions/mitra/gap-board-actions";
import { GAP_CODES, GAP_NAMES } from "@/lib/domain/readiness/gaps";
import { getGapBoardOptions } from "@/lib/services/gap-board/gap-board-options";
import { listGapBatchesFor } from "@/lib/services/gap-board/list-gap-batches";
import { previewGapBatch } from "@/lib/services/gap-board/preview-gap-batch";
import { gapFilterSchema } from "@/lib/validation/mitra";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("mitra.board"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The admin's gap board: filter profiles by gap, kabupaten and category (a GET form, so it works without
 * JavaScript), see how many UMKs the filter holds, post the batch; below, every batch with its progress.
 */
export default async function GapBoardPage({ searchParams }: Props) {
  const current = await requireViewer("/admin/mitra/papan");
  const [t, tb, locale, params] = await Promise.all([getTranslations("mitra.board"), getTranslations("mitra.batch"), getLocale() as Promise<"id" | "en">, searchParams]);
  const options = await getGapBoardOptions(current).catch(asPageError);
  const filter = gapFilterSchema.safeParse({ gapCode: params.gap, kabupatenId: params.kabupaten, categoryId: params.kategori ?? "" });
  const [preview, board] = await Promise.all([filter.success ? previewGapBatch(current, filter.data).catch(asPageError) : null, listGapBatchesFor(current)]);
  const chosen = filter.success ? filter.data : null;
  const kabupatenName = options.kabupaten.find((k) => k.id === chosen?.kabupatenId)?.name ?? "";
  const categoryName = options.categories.find((c) => c.id === chosen?.categoryId)?.nameId ?? null;

  return (
    <section data-testid="gap-board" aria-labelledby="home-title" className="space-y-6">
      <HomeTitle lead={t("lead")}>{t("title")}</HomeTitle>
      {typeof params.galat === "string" ? <Notice tone="problem">{params.galat}</Notice> : null}
      {params.dibuat ? <Notice tone="ok">{t("created")}</Notice> : null}
      <section aria-labelledby="filter" className="space-y-2">
        <SectionHeading id="filter">{t("filter")}</SectionHeading>
        <form method="get" className={`${CARD} grid gap-3 sm:grid-cols-[1fr_1fr_1fr_auto] sm:items-end`}>
          <label className={LABEL}>
            {t("gap")}
            <select name="gap" required defaultValue={chosen?.gapCode ?? "FOOD_PERMIT_MISSING"} className={INPUT}>
              {GAP_CODES.map((code) => <option key={code} value={code}>{GAP_NAMES[code][locale]}</option>)}
            </select>
          </label>
          <label className={LABEL}>
            {t("kabupaten")}
            <select name="kabupaten" required defaultValue={chosen?.kabupatenId ?? ""} className={INPUT}>
              {options.kabupaten.map((k) => <option key={k.id} value={k.id}>{k.name}</option>)}
            </select>
          </label>
          <label className={LABEL}>
            {t("category")}
            <select name="kategori" defaultValue={chosen?.categoryId ?? ""} className={INPUT}>
              <option value="">{t("anyCategory")}</option>
              {options.categories.map((c) => <option key={c.id} value={c.id}>{c.parentId ? `— ${c.nameId}` : c.nameId}</option>)}
            </select>
          </label>
          <button type="submit" data-testid="board-preview" className={SECONDARY}>{t("preview")}</button>
        </form>
        {preview && chosen ? (
          <form action={createGapBatchAction} className={`${CARD} flex flex-wrap items-center justify-between gap-3`}>
            <p data-testid="board-preview-result" className="font-semibold text-slate-900">
              {(categoryName ? tb("headlineCategory", { count: preview.count, category: categoryName, kabupaten: kabupatenName, gap: GAP_NAMES[chosen.gapCode][locale] })
                : tb("headline", { count: preview.count, kabupaten: kabupatenName, gap: GAP_NAMES[chosen.gapCode][locale] }))}
            </p>
            <input type="hidden" name="gapCode" value={chosen.gapCode} />
            <input type="hidden" name="kabupatenId" value={chosen.kabupatenId} />
            <input type="hidden" name="categoryId" value={chosen.categoryId ?? ""} />
            {preview.count > 0 ? <button type="submit" data-testid="board-create" className={PRIMARY}>{t("create")}</button> : null}
          </form>
        ) : null}
      </section>
      <section aria-labelledby="batches" className="space-y-3">
        <SectionHeading id="batches">{t("batches")}</SectionHeading>
        {board.batches.length === 0 ? <EmptyState>{t("none")}</EmptyState> : (
          <ul className="space-y-3">{board.batches.map((b) => <BatchCard key={b.id} batch={b} locale={locale} />)}</ul>
        )}
      </section>
    </section>
  );
}
