import { z } from "zod";
import { AppError, type Locale, type LocalizedMessage } from "@/lib/errors";
import { assertSafeInput } from "./safe-input";

/** Field messages of the seller/product schemas, in Bahasa Indonesia and English; schemas carry the keys. */
export const VALIDATION_MESSAGES = {
  required: { id: "Wajib diisi.", en: "Required." },
  legal_name: { id: "Nama usaha 2–200 huruf.", en: "Business name must be 2–200 characters." },
  nib_format: { id: "NIB harus tepat 13 angka.", en: "The NIB must be exactly 13 digits." },
  nib_taken: { id: "NIB sudah terdaftar.", en: "This NIB is already registered." },
  kbli_format: { id: "KBLI harus 5 angka.", en: "The KBLI code must be 5 digits." },
  owner_name: { id: "Nama pemilik 2–120 huruf.", en: "Owner name must be 2–120 characters." },
  region: { id: "Pilih kabupaten/kota.", en: "Choose a kabupaten/kota." },
  address: { id: "Alamat 5–500 huruf.", en: "Address must be 5–500 characters." },
  money: { id: "Isi angka rupiah tanpa koma, 0 atau lebih.", en: "Enter whole rupiah, 0 or more." },
  cert_number: { id: "Nomor sertifikat wajib diisi.", en: "Certificate number is required." },
  cert_expiry: { id: "Tanggal berlaku PIRT wajib diisi.", en: "The PIRT expiry date is required." },
  date: { id: "Tanggal tidak valid.", en: "Invalid date." },
  date_format: { id: "Tanggal/waktu tidak terbaca; pakai ISO 8601, mis. 2026-03-02T09:00:00+08:00.", en: "Unreadable date/time; use ISO 8601, e.g. 2026-03-02T09:00:00+08:00." },
  name: { id: "Nama 2–120 huruf.", en: "Name must be 2–120 characters." },
  email: { id: "Email tidak valid.", en: "Invalid email address." },
  email_taken: { id: "Email sudah terdaftar. Silakan masuk.", en: "This email is already registered. Please sign in." },
  password: { id: "Kata sandi minimal 10 karakter.", en: "The password must be at least 10 characters." },
  token: { id: "Tautan tidak lengkap. Buka lagi tautan dari email.", en: "The link is incomplete. Open the link from the email again." },
  title: { id: "Nama produk 3–120 huruf.", en: "Product name must be 3–120 characters." },
  description: { id: "Deskripsi paling banyak 5.000 huruf.", en: "Description is at most 5,000 characters." },
  category: { id: "Pilih kategori.", en: "Choose a category." },
  unit: { id: "Satuan 1–30 huruf (mis. lembar, kg).", en: "Unit must be 1–30 characters (e.g. piece, kg)." },
  price: { id: "Harga harus rupiah bulat lebih dari 0.", en: "Price must be whole rupiah above 0." },
  stock: { id: "Stok harus bilangan bulat 0 atau lebih.", en: "Stock must be a whole number, 0 or more." },
  min_order: { id: "Pesanan minimum paling sedikit 1.", en: "Minimum order must be at least 1." },
  lead_time: { id: "Waktu siap 0–365 hari.", en: "Lead time must be 0–365 days." },
  origin: { id: "Pilih kabupaten/kota asal produk.", en: "Choose the product's origin kabupaten/kota." },
  tkdn: { id: "TKDN 0–100 %.", en: "TKDN must be 0–100 %." },
  status: { id: "Status tidak valid.", en: "Invalid status." },
  reason: { id: "Alasan wajib diisi (5–1.000 huruf).", en: "A reason is required (5–1,000 characters)." },
  bank: { id: "Pilih bank dari daftar.", en: "Choose a bank from the list." },
  account_number: { id: "Nomor rekening hanya berisi angka.", en: "The account number holds digits only." },
  account_number_length: {
    id: "Panjang nomor rekening tidak cocok dengan bank yang dipilih (lihat jumlah angka di samping nama bank).",
    en: "The account number's length does not match the chosen bank (see the digit count beside the bank's name).",
  },
  account_holder: { id: "Nama pemilik rekening 2–120 huruf, sesuai buku tabungan.", en: "Account holder name must be 2–120 characters, as in the passbook." },
  payout_account_incomplete: {
    id: "Isi bank, nomor rekening, dan nama pemilik rekening sekaligus, atau kosongkan ketiganya.",
    en: "Fill in bank, account number and holder name together, or leave all three empty.",
  },
  // storefronts (toko)
  story: { id: "Cerita usaha paling banyak 1.200 huruf.", en: "The business story is at most 1,200 characters." },
  poster_size: { id: "Ukuran poster a5 atau a4.", en: "Poster size is a5 or a4." },
} satisfies Record<string, LocalizedMessage>;

export type ValidationKey = keyof typeof VALIDATION_MESSAGES;

const localize = (key: string): LocalizedMessage =>
  (VALIDATION_MESSAGES as Record<string, LocalizedMessage>)[key] ?? { id: "Isian tidak valid.", en: "Invalid input." };

// Values that cannot be read at all (as opposed to readable values that break a rule) are a 400.
const MALFORMED: ReadonlySet<string> = new Set(["date_format"]);

/**
 * Invalid input as a 422 whose message names the first problem and whose details list every field; a 400 when
 * some value is unreadable (MALFORMED), and then the message names that one.
 */
export const validationError = (error: z.ZodError, locale: Locale = "id") => {
  const issues = error.issues.map((i) => ({ path: i.path.join("."), message: localize(i.message)[locale] }));
  const malformed = error.issues.find((i) => MALFORMED.has(i.message));
  if (malformed) return new AppError("bad_request", localize(malformed.message), issues);
  return new AppError("unprocessable", localize(error.issues[0]?.message ?? "required"), issues);
};

/**
 * Parses or throws the errors above: what every entry point (route, action) calls first. Unsafe text (NUL,
 * control characters, lone surrogates: lib/validation/safe-input) is refused before the schema sees it, with 400.
 */
export const parseInput = <S extends z.ZodType>(schema: S, input: unknown, locale: Locale = "id"): z.infer<S> => {
  assertSafeInput(input, locale);
  const result = schema.safeParse(input);
  if (!result.success) throw validationError(result.error, locale);
  return result.data;
};

/** Field → message map for forms (first message per field). */
export const fieldErrors = (details: unknown): Record<string, string> => {
  const out: Record<string, string> = {};
  if (Array.isArray(details)) for (const d of details as Array<{ path: string; message: string }>) out[d.path] ??= d.message;
  return out;
};

// Form inputs arrive as strings: "1.500.000", "Rp 1.500.000" or "" must parse as whole rupiah / absent.
const digitsOnly = (v: unknown) => (typeof v === "string" ? v.replace(/^\s*Rp\s*/i, "").replace(/[.\s]/g, "") : v);
const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const wholeNumber = (key: ValidationKey, min: number, max = Number.MAX_SAFE_INTEGER) =>
  z.preprocess(
    (v) => {
      const d = emptyToUndefined(digitsOnly(v));
      return typeof d === "string" && /^-?\d+$/.test(d) ? Number(d) : d;
    },
    z.number({ error: key }).int({ error: key }).min(min, { error: key }).max(max, { error: key }),
  );

export const optionalNumber = (key: ValidationKey, min: number, max: number) =>
  z.preprocess(
    (v) => {
      const d = emptyToUndefined(typeof v === "string" ? v.replace(",", ".").trim() : v);
      return typeof d === "string" && /^-?\d+(\.\d+)?$/.test(d) ? Number(d) : d;
    },
    z.number({ error: key }).min(min, { error: key }).max(max, { error: key }).optional(),
  );

export const trimmed = (key: ValidationKey, min: number, max: number) =>
  z.string({ error: key }).trim().min(min, { error: key }).max(max, { error: key });

export const uuidField = (key: ValidationKey) => z.string({ error: key }).uuid({ error: key });
