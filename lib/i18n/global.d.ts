import type { Messages } from "./messages";
import type { AppLocale } from "./locales";

// Makes every t("key") call type-checked against the Indonesian catalog (the source of truth).
declare module "next-intl" {
  interface AppConfig {
    Locale: AppLocale;
    Messages: Messages;
  }
}
