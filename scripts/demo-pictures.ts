/**
 * Renders the demo data's illustrations into the media store: for every `ilustrasi-…` key the seed wrote in
 * products.photos and storefronts.photos, the category's SVG drawn by sharp (WebP, full size and a 480-px
 * thumbnail). Each distinct picture is rendered once and written under every business that uses it. Same SVG
 * in, same bytes out: reproducible, nothing downloaded. Run by `npm run dev` and the test stack after seeding.
 */
import path from "node:path";
import sharp from "sharp";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { parseDemoPictureKey } from "../db/seed/storefronts";
import { env, s3Config } from "../lib/env";
import { createLocalStorage } from "../lib/storage/local-storage";
import { createS3Storage } from "../lib/storage/s3-storage";
import type { FileStorage } from "../lib/storage/storage";
import { coverIllustrationSvg, productIllustrationSvg } from "./demo-pictures/illustrations";

const THUMB_WIDTH = 480;

/** The storage the app reads: S3 when configured, else `${DATA_DIR}/uploads` (as lib/storage does in Next). */
export const demoPictureStorage = (): FileStorage => {
  const s3 = s3Config();
  return s3 ? createS3Storage(s3) : createLocalStorage(path.resolve(env().DATA_DIR, "uploads"));
};

/** Rasterizes the SVG once, then encodes the full picture and its thumbnail from the same pixels. */
const render = async (motif: string, kind: "product" | "cover") => {
  const svg = kind === "cover" ? coverIllustrationSvg(motif) : productIllustrationSvg(motif);
  const { data, info } = await sharp(Buffer.from(svg)).raw().toBuffer({ resolveWithObject: true });
  const pixels = () => sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });
  const [full, thumb] = await Promise.all([
    pixels().webp({ quality: 82, effort: 1 }).toBuffer(),
    pixels().resize({ width: THUMB_WIDTH }).webp({ quality: 80, effort: 1 }).toBuffer(),
  ]);
  return { full, thumb };
};

/** Writes every demo picture the database refers to; returns how many files and distinct renders. */
export const writeDemoPictures = async (db: DbOrTx, storage: FileStorage = demoPictureStorage()) => {
  const rows = (await db.execute(sql`
    SELECT photo->>'key' AS key, photo->>'thumbnailKey' AS thumb FROM products, jsonb_array_elements(photos) AS photo
    UNION SELECT photo->>'key', photo->>'thumbnailKey' FROM storefronts, jsonb_array_elements(photos) AS photo`)) as unknown as Array<{ key: string; thumb: string }>;
  const keys = [...new Set(rows.flatMap((r) => [r.key, r.thumb]))].filter((k) => parseDemoPictureKey(k)).sort();
  const rendered = new Map<string, Promise<{ full: Buffer; thumb: Buffer }>>();
  let written = 0;
  const queue = [...keys];
  const workers = Array.from({ length: 4 }, async () => {
    for (let key = queue.shift(); key; key = queue.shift()) {
      const { motif, kind, thumb } = parseDemoPictureKey(key)!;
      const id = `${kind}:${motif}`;
      if (!rendered.has(id)) rendered.set(id, render(motif, kind));
      const picture = await rendered.get(id)!;
      await storage.put(key, thumb ? picture.thumb : picture.full, "image/webp");
      written += 1;
    }
  });
  await Promise.all(workers);
  return { files: written, renders: rendered.size };
};
