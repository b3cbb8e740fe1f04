import { getTranslations } from "next-intl/server";

/**
 * "(3)" beside a link or heading, read out as "3 menunggu"; the stable test id lets e2e tests compare them.
 * `relative` keeps the absolutely placed sr-only text inside the header's scrolling nav, not widening the page.
 */
export async function WaitingCount({ count, testId }: { count: number; testId: string }) {
  const t = await getTranslations("nav");
  return (
    <span data-testid={testId} data-count={count} className="relative ml-1.5 tabular-nums">
      <span aria-hidden="true">({count})</span>
      <span className="sr-only">{t("waiting", { count })}</span>
    </span>
  );
}
