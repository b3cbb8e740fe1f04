import "server-only";
import path from "node:path";
import { env, s3Config } from "@/lib/env";
import { createLocalStorage } from "./local-storage";
import { createS3Storage } from "./s3-storage";
import type { FileStorage } from "./storage";

export type { FileStorage } from "./storage";

const holder = globalThis as unknown as { __pasarStorage?: FileStorage };

/**
 * The app's file storage: S3-compatible object storage when S3_* is configured (production, several web
 * instances), otherwise local disk under `${DATA_DIR}/uploads`.
 */
export const fileStorage = (): FileStorage => {
  if (!holder.__pasarStorage) {
    const s3 = s3Config();
    holder.__pasarStorage = s3 ? createS3Storage(s3) : createLocalStorage(path.resolve(env().DATA_DIR, "uploads"));
  }
  return holder.__pasarStorage;
};
