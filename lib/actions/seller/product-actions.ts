"use server";

import { getTranslations } from "next-intl/server";
import { AppError } from "@/lib/errors";
import { createProduct } from "@/lib/services/products/create-product";
import { removeProductPhoto } from "@/lib/services/products/product-photos";
import { archiveProduct, updateProduct } from "@/lib/services/products/update-product";
import { parseInput } from "@/lib/validation/messages";
import { createProductSchema, updateProductSchema } from "@/lib/validation/product";
import { formAction } from "../form-action";
import { plainAction } from "../plain-action";
import { formObject, textField } from "../to-form-state";

const productIdOf = (formData: FormData) => textField(formData, "productId");

const withoutEmptyBusiness = (values: Record<string, string>) => {
  const { businessId, productId: _productId, ...rest } = values;
  return businessId ? { ...rest, businessId } : rest;
};

/** The photos picked in the same form (an empty file input posts one empty file: not a photo). */
const photosOf = (formData: FormData) =>
  Promise.all(
    formData
      .getAll("photo")
      .filter((v): v is File => typeof v !== "string" && v.size > 0)
      .map(async (f) => new Uint8Array(await f.arrayBuffer())),
  );

export const createProductAction = formAction({
  input: async (formData, { locale }) => ({
    product: parseInput(createProductSchema, withoutEmptyBusiness(formObject(formData)), locale),
    photos: await photosOf(formData),
  }),
  run: (viewer, { product, photos }) => createProduct(viewer, product, new Date(), { photos }),
  revalidate: ["/penjual"],
  redirect: (product) => `/penjual/produk/${product.id}?baru=1`,
});

export const updateProductAction = formAction({
  input: (formData, { locale }) => {
    const { productId, ...values } = formObject(formData);
    if (!productId) throw new AppError("bad_request");
    const input = parseInput(updateProductSchema, values, locale);
    // An emptied TKDN field means "no TKDN"; the other fields are required by the form.
    return { productId, changes: values.tkdnPercent === "" ? { ...input, tkdnPercent: null as unknown as undefined } : input };
  },
  run: (viewer, { productId, changes }) => updateProduct(viewer, productId, changes),
  revalidate: ["/penjual"],
  success: async (_product, _input, { formData }) => ({ ok: true, message: (await getTranslations("seller.products"))("saved"), values: formObject(formData) }),
});

export const archiveProductAction = plainAction({
  run: (viewer, _input, { formData }) => archiveProduct(viewer, productIdOf(formData)),
  revalidate: ["/penjual"],
  redirect: () => "/penjual",
});

export const restoreProductAction = plainAction({
  run: (viewer, _input, { formData }) => updateProduct(viewer, productIdOf(formData), { status: "draft" }),
  revalidate: ["/penjual"],
  redirect: (_product, _input, { formData }) => `/penjual/produk/${productIdOf(formData)}`,
});

export const removePhotoAction = plainAction({
  run: (viewer, _input, { formData }) => removeProductPhoto(viewer, productIdOf(formData), textField(formData, "key")),
  redirect: (_product, _input, { formData }) => `/penjual/produk/${productIdOf(formData)}`,
});
