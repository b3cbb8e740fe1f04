"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { formObject, toFormState } from "@/components/seller/to-form-state";
import type { FormState } from "@/components/seller/form-state";
import { viewer } from "@/lib/auth/viewer";
import { AppError, type Locale } from "@/lib/errors";
import { createProduct } from "@/lib/services/products/create-product";
import { removeProductPhoto } from "@/lib/services/products/product-photos";
import { archiveProduct, updateProduct } from "@/lib/services/products/update-product";
import { parseInput } from "@/lib/validation/messages";
import { createProductSchema, updateProductSchema } from "@/lib/validation/product";

const withoutEmptyBusiness = (values: Record<string, string>) => {
  const { businessId, productId: _productId, ...rest } = values;
  return businessId ? { ...rest, businessId } : rest;
};

export async function createProductAction(_state: FormState, formData: FormData): Promise<FormState> {
  const locale = (await getLocale()) as Locale;
  let id: string;
  try {
    const input = parseInput(createProductSchema, withoutEmptyBusiness(formObject(formData)), locale);
    id = (await createProduct(await viewer(), input)).id;
  } catch (error) {
    return toFormState(error, locale, formData);
  }
  revalidatePath("/penjual");
  redirect(`/penjual/produk/${id}?baru=1`);
}

export async function updateProductAction(_state: FormState, formData: FormData): Promise<FormState> {
  const locale = (await getLocale()) as Locale;
  try {
    const { productId, ...values } = formObject(formData);
    if (!productId) throw new AppError("bad_request");
    // An emptied TKDN field means "no TKDN"; the other fields are required by the form.
    const input = parseInput(updateProductSchema, values, locale);
    await updateProduct(await viewer(), productId, values.tkdnPercent === "" ? { ...input, tkdnPercent: null as unknown as undefined } : input);
  } catch (error) {
    return toFormState(error, locale, formData);
  }
  revalidatePath("/penjual");
  return { ok: true, message: (await getTranslations("seller.products"))("saved"), values: formObject(formData) };
}

export async function archiveProductAction(formData: FormData) {
  await archiveProduct(await viewer(), String(formData.get("productId") ?? ""));
  revalidatePath("/penjual");
  redirect("/penjual");
}

export async function restoreProductAction(formData: FormData) {
  const productId = String(formData.get("productId") ?? "");
  await updateProduct(await viewer(), productId, { status: "draft" });
  revalidatePath("/penjual");
  redirect(`/penjual/produk/${productId}`);
}

export async function removePhotoAction(formData: FormData) {
  const productId = String(formData.get("productId") ?? "");
  await removeProductPhoto(await viewer(), productId, String(formData.get("key") ?? ""));
  redirect(`/penjual/produk/${productId}`);
}
