import { formatIdr } from "@/lib/domain/money/rupiah";
import { formatWitaDay } from "@/lib/domain/time/wita";
import type { NotificationKind } from "./kinds";

export type NotificationLocale = "id" | "en";
export type NotificationParams = Record<string, string | number | null | undefined>;
/** What a person reads: a one-line title and a sentence or two saying what to do. */
export type NotificationText = { title: string; body: string };

type Template = (p: NotificationParams, locale: NotificationLocale) => NotificationText;

const s = (value: unknown) => (value === null || value === undefined ? "" : String(value));
const idr = (value: unknown) => formatIdr(Number(value ?? 0));
const day = (value: unknown, locale: NotificationLocale) => (typeof value === "string" && value ? formatWitaDay(value, locale) : "");
/** A reason is quoted only when there is one: "Alasan: …" would read oddly with nothing after it. */
const reason = (p: NotificationParams, locale: NotificationLocale) =>
  p.reason ? (locale === "id" ? ` Alasan: ${s(p.reason)}` : ` Reason: ${s(p.reason)}`) : "";

const both = (id: Template, en: Template): Template => (p, locale) => (locale === "en" ? en(p, locale) : id(p, locale));

/** Every kind's text in Bahasa Indonesia and English; a missing kind is a type error. */
export const NOTIFICATION_TEMPLATES: Record<NotificationKind, Template> = {
  "diklat.invited": both(
    (p, l) => ({ title: `Undangan diklat: ${s(p.programTitle)}`, body: `${s(p.businessName)} cocok untuk program ini (mulai ${day(p.startsOn, l)}, ${s(p.kabupaten)}). Buka untuk mendaftar.` }),
    (p, l) => ({ title: `Training invitation: ${s(p.programTitle)}`, body: `${s(p.businessName)} fits this program (starts ${day(p.startsOn, l)}, ${s(p.kabupaten)}). Open it to enrol.` }),
  ),
  "business.verified": both(
    (p) => ({ title: `${s(p.businessName)} sudah terverifikasi`, body: "Usaha Anda tampil di katalog dan dapat menerima Surat Pesanan dari OPD." }),
    (p) => ({ title: `${s(p.businessName)} is verified`, body: "Your business is listed in the catalog and can receive purchase orders from offices." }),
  ),
  "business.rejected": both(
    (p, l) => ({ title: `Pendaftaran ${s(p.businessName)} perlu diperbaiki`, body: `Verifikasi belum disetujui.${reason(p, l)} Perbaiki data lalu ajukan lagi.` }),
    (p, l) => ({ title: `${s(p.businessName)}: the application needs changes`, body: `Verification was not approved.${reason(p, l)} Fix the details and apply again.` }),
  ),
  "business.suspended": both(
    (p, l) => ({ title: `${s(p.businessName)} ditangguhkan`, body: `Produk Anda tidak tampil sementara.${reason(p, l)} Hubungi admin daerah untuk memulihkannya.` }),
    (p, l) => ({ title: `${s(p.businessName)} is suspended`, body: `Your products are hidden for now.${reason(p, l)} Contact the regional admin to restore it.` }),
  ),
  "order.placed": both(
    (p) => ({ title: `Surat Pesanan baru ${s(p.orderNumber)}`, body: `${s(p.opdName)} memesan senilai ${idr(p.totalIdr)}. Terima atau tolak pesanan ini.` }),
    (p) => ({ title: `New purchase order ${s(p.orderNumber)}`, body: `${s(p.opdName)} ordered ${idr(p.totalIdr)}. Accept or decline the order.` }),
  ),
  "order.cancelled": both(
    (p, l) => ({ title: `Pesanan ${s(p.orderNumber)} dibatalkan`, body: `${s(p.opdName)} membatalkan pesanan ini.${reason(p, l)}` }),
    (p, l) => ({ title: `Order ${s(p.orderNumber)} cancelled`, body: `${s(p.opdName)} cancelled this order.${reason(p, l)}` }),
  ),
  "order.received": both(
    (p) => ({ title: `BAST ditandatangani untuk ${s(p.orderNumber)}`, body: `${s(p.opdName)} menerima barang; faktur ${s(p.invoiceNumber)} senilai ${idr(p.amountIdr)} menunggu pembayaran.` }),
    (p) => ({ title: `Handover signed for ${s(p.orderNumber)}`, body: `${s(p.opdName)} received the goods; invoice ${s(p.invoiceNumber)} of ${idr(p.amountIdr)} awaits payment.` }),
  ),
  "order.paid": both(
    (p) => ({ title: `Pesanan ${s(p.orderNumber)} dibayar`, body: `${s(p.opdName)} membayar ${idr(p.amountIdr)}.` }),
    (p) => ({ title: `Order ${s(p.orderNumber)} paid`, body: `${s(p.opdName)} paid ${idr(p.amountIdr)}.` }),
  ),
  "order.disbursed": both(
    (p) => ({ title: `Dana ${s(p.orderNumber)} dicairkan`, body: `${idr(p.amountIdr)} dikirim ke rekening Anda.` }),
    (p) => ({ title: `Funds for ${s(p.orderNumber)} paid out`, body: `${idr(p.amountIdr)} was sent to your bank account.` }),
  ),
  "order.rated": both(
    (p) => ({ title: `Penilaian baru untuk ${s(p.orderNumber)}`, body: `${s(p.opdName)} memberi ${s(p.stars)} dari 5 bintang.` }),
    (p) => ({ title: `New rating for ${s(p.orderNumber)}`, body: `${s(p.opdName)} gave ${s(p.stars)} of 5 stars.` }),
  ),
  "certification.expiring": both(
    (p, l) => ({ title: `${s(p.certificateName)} berakhir ${day(p.expiresOn, l)}`, body: "Perpanjang sertifikat agar produk Anda tetap tampil dengan tanda sertifikasi." }),
    (p, l) => ({ title: `${s(p.certificateName)} expires ${day(p.expiresOn, l)}`, body: "Renew the certificate so your products keep their certification mark." }),
  ),
  "opportunity.published": both(
    (p) => ({
      title: `Peluang di ${s(p.categoryName)}: "${s(p.queries)}"`,
      body: `Pembeli pemerintah${p.area ? ` di ${s(p.area)}` : ""} mencari "${s(p.queries)}" dan hampir tidak menemukan produk. Buka draf produk yang sudah terisi dari pencarian ini, lengkapi, lalu tayangkan.`,
    }),
    (p) => ({
      title: `Opportunity in ${s(p.categoryName)}: "${s(p.queries)}"`,
      body: `Government buyers${p.area ? ` in ${s(p.area)}` : ""} searched for "${s(p.queries)}" and found almost nothing. Open the product draft filled in from this search, complete it and publish.`,
    }),
  ),
  "request.approved": both(
    (p) => ({ title: `Permintaan ${s(p.requestNumber)} disetujui`, body: `PPK menyetujui permintaan Anda; ${s(p.orderCount)} Surat Pesanan dikirim ke penjual.` }),
    (p) => ({ title: `Request ${s(p.requestNumber)} approved`, body: `The PPK approved your request; ${s(p.orderCount)} purchase order(s) went to the sellers.` }),
  ),
  "request.rejected": both(
    (p, l) => ({ title: `Permintaan ${s(p.requestNumber)} ditolak`, body: `PPK menolak permintaan ini.${reason(p, l)}` }),
    (p, l) => ({ title: `Request ${s(p.requestNumber)} rejected`, body: `The PPK rejected this request.${reason(p, l)}` }),
  ),
  "request.returned": both(
    (p, l) => ({ title: `Permintaan ${s(p.requestNumber)} dikembalikan`, body: `PPK meminta perbaikan.${reason(p, l)} Ubah lalu ajukan lagi.` }),
    (p, l) => ({ title: `Request ${s(p.requestNumber)} returned`, body: `The PPK asked for changes.${reason(p, l)} Revise it and submit again.` }),
  ),
  "order.accepted": both(
    (p) => ({ title: `${s(p.businessName)} menerima ${s(p.orderNumber)}`, body: "Penjual menyiapkan barang Anda." }),
    (p) => ({ title: `${s(p.businessName)} accepted ${s(p.orderNumber)}`, body: "The seller is preparing your goods." }),
  ),
  "order.declined": both(
    (p, l) => ({ title: `${s(p.businessName)} menolak ${s(p.orderNumber)}`, body: `Anggaran dan stok sudah dikembalikan.${reason(p, l)}` }),
    (p, l) => ({ title: `${s(p.businessName)} declined ${s(p.orderNumber)}`, body: `The budget and stock were released.${reason(p, l)}` }),
  ),
  "order.shipped": both(
    (p) => ({ title: `${s(p.orderNumber)} dikirim`, body: `${s(p.businessName)} mengirim barang. Periksa lalu tanda tangani BAST saat diterima.` }),
    (p) => ({ title: `${s(p.orderNumber)} shipped`, body: `${s(p.businessName)} shipped the goods. Check them and sign the handover when they arrive.` }),
  ),
  "event.evidence_missing": both(
    (p) => ({ title: `Bukti kegiatan "${s(p.eventTitle)}" belum lengkap`, body: `${s(p.missingCount)} item produk lokal belum punya bukti. Unggah foto atau nota.` }),
    (p) => ({ title: `Evidence missing for "${s(p.eventTitle)}"`, body: `${s(p.missingCount)} local-product item(s) have no evidence yet. Upload a photo or receipt.` }),
  ),
  "request.submitted": both(
    (p) => ({ title: `Permintaan baru ${s(p.requestNumber)}`, body: `${s(p.buyerName)} mengajukan belanja ${idr(p.totalIdr)} untuk disetujui.` }),
    (p) => ({ title: `New request ${s(p.requestNumber)}`, body: `${s(p.buyerName)} submitted ${idr(p.totalIdr)} of purchases for approval.` }),
  ),
  "request.waiting": both(
    (p) => ({ title: `${s(p.requestNumber)} menunggu ${s(p.workingDays)} hari kerja`, body: "Permintaan ini belum diputuskan. Setujui, kembalikan atau tolak." }),
    (p) => ({ title: `${s(p.requestNumber)} has waited ${s(p.workingDays)} working days`, body: "This request has no decision yet. Approve, return or reject it." }),
  ),
  "invoice.awaiting_payment": both(
    (p) => ({ title: `Faktur ${s(p.invoiceNumber)} menunggu pembayaran`, body: `BAST ${s(p.orderNumber)} dari ${s(p.businessName)} sudah ditandatangani: ${idr(p.amountIdr)}.` }),
    (p) => ({ title: `Invoice ${s(p.invoiceNumber)} awaits payment`, body: `The handover for ${s(p.orderNumber)} from ${s(p.businessName)} is signed: ${idr(p.amountIdr)}.` }),
  ),
  "payment.overdue": both(
    (p) => ({ title: `${s(p.orderNumber)} terlambat dibayar`, body: `Sudah ${s(p.days)} hari sejak BAST (batas ${s(p.maxDays)} hari). Bayar ${idr(p.amountIdr)} ke ${s(p.businessName)}.` }),
    (p) => ({ title: `${s(p.orderNumber)} is overdue`, body: `${s(p.days)} days since the handover (limit ${s(p.maxDays)}). Pay ${idr(p.amountIdr)} to ${s(p.businessName)}.` }),
  ),
  "payment.overdue_digest": both(
    (p) => ({ title: `${s(p.count)} pembayaran terlambat di ${s(p.opdName)}`, body: `Tertua ${s(p.oldestDays)} hari sejak BAST. Lihat jam pembayaran.` }),
    (p) => ({ title: `${s(p.count)} overdue payments at ${s(p.opdName)}`, body: `The oldest is ${s(p.oldestDays)} days past its handover. See the payment clock.` }),
  ),
  "business.awaiting_verification": both(
    (p) => ({ title: `${s(p.businessName)} menunggu verifikasi`, body: "Periksa dokumen dan putuskan pendaftaran ini." }),
    (p) => ({ title: `${s(p.businessName)} awaits verification`, body: "Check the documents and decide on this application." }),
  ),
  "delivery.failing": both(
    (p) => ({ title: p.what === "search" ? "Sinkronisasi pencarian gagal" : "Pengiriman notifikasi gagal", body: `${s(p.failing)} antrean gagal dan sedang dicoba lagi.${p.error ? ` ${s(p.error)}` : ""}` }),
    (p) => ({ title: p.what === "search" ? "Search sync is failing" : "Notification delivery is failing", body: `${s(p.failing)} queued item(s) failed and are being retried.${p.error ? ` ${s(p.error)}` : ""}` }),
  ),
  "account.verify_email": both(
    () => ({ title: "Konfirmasi alamat email Anda", body: "Buka tautan di bawah dalam 24 jam untuk memastikan email ini milik Anda." }),
    () => ({ title: "Confirm your email address", body: "Open the link below within 24 hours to confirm this address is yours." }),
  ),
  "account.password_reset": both(
    () => ({ title: "Atur ulang kata sandi", body: "Seseorang meminta atur ulang kata sandi akun ini. Buka tautan dalam 60 menit; abaikan email ini bila bukan Anda." }),
    () => ({ title: "Reset your password", body: "Someone asked to reset this account's password. Open the link within 60 minutes; ignore this mail if it was not you." }),
  ),
};

export const renderNotification = (kind: NotificationKind, params: NotificationParams, locale: NotificationLocale): NotificationText =>
  NOTIFICATION_TEMPLATES[kind](params, locale);
