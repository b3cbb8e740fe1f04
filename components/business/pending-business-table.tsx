import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { SectionHeading } from "@/components/ui/section-heading";
import { RowTh, ScrollTable, Td, Th, Tr } from "@/components/ui/table";
import { formatWitaDate } from "@/lib/domain/time/wita";

type PendingBusiness = {
  id: string;
  legalName: string;
  nib: string;
  scale: "mikro" | "kecil" | "menengah" | "besar";
  kabupaten: string;
  createdAt: Date;
};

export async function PendingBusinessTable(props: { businesses: PendingBusiness[]; total: number; locale: string }) {
  const { businesses, total, locale } = props;
  const t = await getTranslations();
  return (
    <section aria-labelledby="pending-businesses" className="space-y-3">
      <SectionHeading id="pending-businesses" aside={t("adminHome.pendingCount", { count: total })}>
        {t("adminHome.pending")}
      </SectionHeading>
      {businesses.length === 0 ? (
        <EmptyState>{t("adminHome.noPending")}</EmptyState>
      ) : (
        <ScrollTable labelledBy="pending-businesses" hint={t("common.scrollHint")}>
          <thead>
            <tr>
              <Th sticky>{t("adminHome.colName")}</Th>
              <Th>{t("adminHome.colNib")}</Th>
              <Th>{t("adminHome.colKabupaten")}</Th>
              <Th>{t("adminHome.colScale")}</Th>
              <Th>{t("adminHome.colRegistered")}</Th>
            </tr>
          </thead>
          <tbody>
            {businesses.map((b) => (
              <Tr key={b.id}>
                <RowTh>{b.legalName}</RowTh>
                <Td>
                  <span className="whitespace-nowrap font-mono">{b.nib}</span>
                </Td>
                <Td>{b.kabupaten}</Td>
                <Td>{t(`scale.${b.scale}`)}</Td>
                <Td>
                  <span className="whitespace-nowrap">{formatWitaDate(b.createdAt, locale)}</span>
                </Td>
              </Tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </section>
  );
}
