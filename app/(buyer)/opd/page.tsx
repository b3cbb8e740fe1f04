import { forbidden } from "next/navigation";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { BudgetLineTable } from "@/components/budget/budget-line-table";
import { HomeTitle } from "@/components/ui/home-title";
import { ROLES } from "@/lib/domain/auth/roles";
import { witaYear } from "@/lib/domain/time/wita";
import { getOpdHome } from "@/lib/services/dashboards/get-opd-home";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("buyerHome"))("title") };
}

// The OPD home serves three roles; its test id names the most senior one the person holds here.
const OPD_ROLES_BY_SENIORITY = ["approver", "treasurer", "buyer"] as const;

export default async function BuyerHomePage() {
  const current = await requireViewer("/opd");
  const fiscalYear = witaYear(new Date());
  const offices = await getOpdHome(current, { fiscalYear });
  if (offices.length === 0) forbidden();

  const t = await getTranslations();

  const allowedIds = new Set(offices.map(({ opd }) => opd.id));
  const primaryRole =
    OPD_ROLES_BY_SENIORITY.find((role) =>
      current.memberships.some((m) => m.role === role && m.opdId !== null && allowedIds.has(m.opdId)),
    ) ?? "buyer";

  return (
    <section data-testid={`home-${primaryRole}`} aria-labelledby="home-title" className="space-y-8">
      <HomeTitle lead={t("common.fiscalYear", { year: fiscalYear })}>{t("buyerHome.title")}</HomeTitle>
      {offices.map(({ opd, lines }) => {
        const roles = ROLES.filter((role) => current.memberships.some((m) => m.opdId === opd.id && m.role === role));
        const headingId = `opd-${opd.id}`;
        return (
          <section key={opd.id} aria-labelledby={headingId} className="space-y-4">
            <div className="space-y-1">
              <h2 id={headingId} className="text-xl font-semibold text-slate-900">
                {opd.name}
              </h2>
              <p className="text-sm text-slate-700">
                {t("buyerHome.yourRoles", { roles: roles.map((r) => t(`roles.${r}`)).join(", ") })}
              </p>
            </div>
            <BudgetLineTable opdId={opd.id} fiscalYear={fiscalYear} lines={lines} />
          </section>
        );
      })}
    </section>
  );
}
