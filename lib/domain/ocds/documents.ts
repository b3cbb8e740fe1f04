import type { OcdsInvoiceRecord, OcdsOrderRecord, OcdsReceiptRecord, OcdsRequestRecord } from "./records";
import type { OcdsDocument, OcdsDocumentType } from "./release-types";

// The papers behind each step, linked where Pasar UMK shows them: the Surat Pesanan, each BAST and invoice,
// and the report of the kegiatan the purchase served. The pages need a sign-in with the right role (the OPD,
// the seller, finance); the link still lets an analyst cite and request the exact document.

const page = (baseUrl: string, path: string) => new URL(path, baseUrl).toString();

const document = (input: { id: string; type: OcdsDocumentType; title: string; description: string; url: string; at: Date }): OcdsDocument => ({
  id: input.id,
  documentType: input.type,
  title: input.title,
  description: input.description,
  url: input.url,
  datePublished: input.at.toISOString(),
  format: "text/html",
  language: "id",
});

/** The Surat Pesanan is the contract in e-purchasing (Perpres 16/2018 art. 28): a concluded contract. */
export const suratPesananDocument = (order: OcdsOrderRecord, baseUrl: string) =>
  document({
    id: `${order.number}/surat-pesanan`,
    type: "contractSigned",
    title: `Surat Pesanan ${order.number}`,
    description: "Surat Pesanan yang ditandatangani PPK / Purchase order signed by the commitment officer (PPK)",
    url: page(baseUrl, `/pesanan/${order.id}/surat-pesanan`),
    at: order.placedAt,
  });

/** A BAST certifies the goods received (in full or in part): a completion certificate. */
export const bastDocument = (order: OcdsOrderRecord, receipt: OcdsReceiptRecord, baseUrl: string) =>
  document({
    id: `${receipt.number}/bast`,
    type: "completionCertificate",
    title: `BAST ${receipt.number}`,
    description: "Berita Acara Serah Terima barang / Goods handover certificate",
    url: page(baseUrl, `/pesanan/${order.id}/bast/${receipt.id}`),
    at: receipt.signedAt,
  });

/** An invoice states the amount due for one BAST: a financial progress report. */
export const invoiceDocument = (order: OcdsOrderRecord, invoice: OcdsInvoiceRecord, baseUrl: string) =>
  document({
    id: `${invoice.number}/faktur`,
    type: "financialProgressReport",
    title: `Faktur ${invoice.number}`,
    description: `Tagihan atas BAST, Rp${invoice.amountIdr} / Invoice for a BAST, IDR ${invoice.amountIdr}`,
    url: page(baseUrl, `/pesanan/${order.id}/faktur/${invoice.id}`),
    at: invoice.issuedAt,
  });

/** The kegiatan's report of local products used: progress evidence of what the purchase was for. */
export const eventReportDocument = (request: OcdsRequestRecord, baseUrl: string, at: Date): OcdsDocument | null =>
  request.event
    ? document({
        id: `kegiatan-${request.event.id}/laporan`,
        type: "physicalProgressReport",
        title: `Laporan kegiatan: ${request.event.title}`,
        description: "Laporan penggunaan produk lokal UMK pada kegiatan / Report of local UMK products used at the event",
        url: page(baseUrl, `/kegiatan/${request.event.id}/laporan`),
        at,
      })
    : null;
