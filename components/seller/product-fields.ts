import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { listProductFormOptions } from "@/lib/services/products/product-form-options";
import type { FieldSpec } from "./action-form";

type Values = Partial<Record<
  "title" | "description" | "categoryId" | "unit" | "priceIdr" | "stock" | "minOrder" | "leadTimeDays" | "originRegionId" | "tkdnPercent" | "status",
  string
>>;

/** The product form's fields (shared by create and edit), with the category tree and origin regions. */
export const productFieldSpecs = async (values: Values, options: { allowArchived?: boolean } = {}): Promise<FieldSpec[]> => {
  const [t, locale, { categories, regions }] = await Promise.all([
    getTranslations("seller.products"),
    getLocale(),
    listProductFormOptions(),
  ]);
  const nameOf = (c: { nameId: string; nameEn: string }) => (locale === "en" ? c.nameEn : c.nameId);
  const parents = new Map(categories.map((c) => [c.id, c]));
  return [
    { name: "title", label: t("title"), required: true, defaultValue: values.title },
    { name: "description", label: t("description"), type: "textarea", defaultValue: values.description },
    {
      name: "categoryId",
      label: t("categoryId"),
      type: "select",
      required: true,
      defaultValue: values.categoryId,
      options: categories.map((c) => ({
        value: c.id,
        label: nameOf(c),
        group: c.parentId && parents.get(c.parentId) ? nameOf(parents.get(c.parentId)!) : undefined,
      })),
    },
    { name: "unit", label: t("unit"), hint: t("unitHint"), required: true, defaultValue: values.unit },
    { name: "priceIdr", label: t("priceIdr"), type: "number", required: true, defaultValue: values.priceIdr },
    { name: "stock", label: t("stock"), type: "number", required: true, defaultValue: values.stock ?? "0" },
    { name: "minOrder", label: t("minOrder"), type: "number", required: true, defaultValue: values.minOrder ?? "1" },
    { name: "leadTimeDays", label: t("leadTimeDays"), type: "number", required: true, defaultValue: values.leadTimeDays ?? "0" },
    {
      name: "originRegionId",
      label: t("originRegionId"),
      hint: t("originHint"),
      type: "select",
      required: true,
      defaultValue: values.originRegionId,
      options: regions.map((r) => ({ value: r.id, label: r.name, group: r.isPlatform ? undefined : r.provinceName })),
    },
    { name: "tkdnPercent", label: t("tkdnPercent"), hint: t("tkdnHint"), type: "number", inputMode: "decimal", defaultValue: values.tkdnPercent },
    {
      name: "status",
      label: t("status"),
      type: "select",
      required: true,
      defaultValue: values.status ?? "active",
      options: [
        { value: "draft", label: t("statusDraft") },
        { value: "active", label: t("statusActive") },
        ...(options.allowArchived ? [{ value: "archived", label: "—" }] : []),
      ],
    },
  ];
};
