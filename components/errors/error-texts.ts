import { useSyncExternalStore } from "react";
import en from "@/lib/i18n/messages/error-page.en.json";
import id from "@/lib/i18n/messages/error-page.id.json";

/**
 * The error pages' words without the translation runtime: every page loads the error boundary, so it carries only
 * this small catalog and picks the language the root layout wrote on <html lang> (Bahasa Indonesia on the server).
 */
export const ERROR_TEXTS = { id, en } as const;
export type ErrorTexts = typeof id;

const noSubscription = () => () => {};

export const useErrorTexts = (): ErrorTexts =>
  useSyncExternalStore(
    noSubscription,
    () => (document.documentElement.lang === "en" ? ERROR_TEXTS.en : ERROR_TEXTS.id),
    () => ERROR_TEXTS.id,
  );
