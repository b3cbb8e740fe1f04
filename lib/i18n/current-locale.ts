import "server-only";
import { getLocale } from "next-intl/server";
import type { Locale } from "@/lib/errors";

/** This request's UI language, narrowed to the two the app ships (errors and messages exist in both). */
export const currentLocale = async (): Promise<Locale> => ((await getLocale()) === "en" ? "en" : "id");
