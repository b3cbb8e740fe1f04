import "server-only";
import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from "pdf-lib";
import { rankSpend } from "@/lib/domain/charts/ranked-spend";
import { formatCount, formatIdr } from "@/lib/domain/money/rupiah";
import { formatWitaDate, witaDateTimeText } from "@/lib/domain/time/wita";
import type { Locale } from "@/lib/errors";
import { catalogs, type Messages } from "@/lib/i18n/messages";
import type { OpdAuditReport } from "@/lib/services/reports/get-opd-audit-report";

// The PDF audit report of one OPD and year, drawn with pdf-lib's standard fonts (no font files to ship): text,
// tables and two charts (UMK share per month against the target, spend per category) as vector shapes.

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 48;
const CONTENT = A4.width - 2 * MARGIN;
const INK = rgb(0.06, 0.09, 0.16);
const MUTED = rgb(0.28, 0.33, 0.41);
const GREEN = rgb(0.02, 0.47, 0.34);
const RED = rgb(0.73, 0.11, 0.11);
const GREY = rgb(0.58, 0.64, 0.72);
const MAX_EXCEPTION_ROWS = 25;
const MAX_OVERDUE_ROWS = 15;

/** A share as "39,9 %", truncated to one decimal: 39.99 % must never print as 40 %. */
export const reportShare = (share: number, locale: Locale) =>
  `${(Math.floor(Number((share * 1000).toPrecision(12))) / 10).toLocaleString(locale === "en" ? "en-GB" : "id-ID", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %`;

// Standard fonts speak WinAnsi only: the few symbols the labels use get ASCII stand-ins, anything else a "?".
const STAND_INS: Record<string, string> = { "→": "->", "≥": ">=", "≤": "<=", "\u00a0": " ", "\u202f": " " };

type Cell = { text: string; width: number; align?: "left" | "right"; bold?: boolean; color?: ReturnType<typeof rgb> };

class ReportWriter {
  private page!: PDFPage;
  y = 0;
  constructor(private readonly doc: PDFDocument, private readonly font: PDFFont, private readonly bold: PDFFont) {
    this.addPage();
  }

  private addPage() {
    this.page = this.doc.addPage([A4.width, A4.height]);
    this.y = A4.height - MARGIN;
  }

  /** Starts a new page unless `height` points still fit above the footer. */
  ensure(height: number) {
    if (this.y - height < MARGIN + 16) this.addPage();
  }

  clean(text: string, font: PDFFont = this.font) {
    const allowed = new Set(font.getCharacterSet());
    return [...text].map((ch) => STAND_INS[ch] ?? ch).join("").split("").map((ch) => (allowed.has(ch.codePointAt(0)!) ? ch : "?")).join("");
  }

  /** Cuts text with an ellipsis so it fits `width` points. */
  fit(text: string, width: number, size: number, font: PDFFont) {
    let t = this.clean(text, font);
    if (font.widthOfTextAtSize(t, size) <= width) return t;
    while (t.length > 1 && font.widthOfTextAtSize(`${t}...`, size) > width) t = t.slice(0, -1);
    return `${t}...`;
  }

  text(text: string, options: { size?: number; bold?: boolean; color?: ReturnType<typeof rgb>; gap?: number } = {}) {
    const size = options.size ?? 10;
    const font = options.bold ? this.bold : this.font;
    this.ensure(size + 4);
    this.page.drawText(this.fit(text, CONTENT, size, font), { x: MARGIN, y: this.y - size, size, font, color: options.color ?? INK });
    this.y -= size + (options.gap ?? 5);
  }

  /** Text wrapped on word boundaries to the content width, indented by `indent` points. */
  paragraph(text: string, options: { size?: number; color?: ReturnType<typeof rgb>; indent?: number } = {}) {
    const size = options.size ?? 8;
    const indent = options.indent ?? 0;
    const words = this.clean(text).split(/\s+/).filter(Boolean);
    let line = "";
    const lines: string[] = [];
    for (const word of words) {
      const next = line ? `${line} ${word}` : word;
      if (line && this.font.widthOfTextAtSize(next, size) > CONTENT - indent) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    if (line) lines.push(line);
    for (const l of lines) {
      this.ensure(size + 3);
      this.page.drawText(this.fit(l, CONTENT - indent, size, this.font), { x: MARGIN + indent, y: this.y - size, size, font: this.font, color: options.color ?? MUTED });
      this.y -= size + 3;
    }
  }

  heading(text: string) {
    this.ensure(40);
    this.y -= 8;
    this.text(text, { size: 13, bold: true, gap: 8 });
  }

  row(cells: Cell[], size = 9) {
    this.ensure(size + 6);
    let x = MARGIN;
    for (const c of cells) {
      const font = c.bold ? this.bold : this.font;
      const t = this.fit(c.text, c.width - 4, size, font);
      const tx = c.align === "right" ? x + c.width - 4 - font.widthOfTextAtSize(t, size) : x;
      this.page.drawText(t, { x: tx, y: this.y - size, size, font, color: c.color ?? INK });
      x += c.width;
    }
    this.y -= size + 5;
  }

  rule() {
    this.page.drawLine({ start: { x: MARGIN, y: this.y + 2 }, end: { x: MARGIN + CONTENT, y: this.y + 2 }, thickness: 0.5, color: GREY });
    this.y -= 3;
  }

  /** Columns per month on 0..max (at least the target), a dashed target line, month labels under the axis. */
  columns(points: Array<{ label: string; value: number; isEmpty: boolean }>, target: number, format: (v: number) => string) {
    const height = 110;
    this.ensure(height + 30);
    const left = MARGIN + 36;
    const width = CONTENT - 36;
    const base = this.y - height;
    const max = Math.max(target, ...points.map((p) => p.value), Number.EPSILON);
    const slot = width / Math.max(1, points.length);
    this.page.drawLine({ start: { x: left, y: base }, end: { x: left + width, y: base }, thickness: 0.8, color: MUTED });
    this.page.drawText(this.clean(format(max)), { x: MARGIN, y: this.y - 8, size: 7, font: this.font, color: MUTED });
    this.page.drawText(this.clean(format(0)), { x: MARGIN, y: base, size: 7, font: this.font, color: MUTED });
    points.forEach((p, i) => {
      const x = left + i * slot + slot / 8;
      const h = (Math.max(0, p.value) / max) * height;
      if (p.isEmpty) this.page.drawRectangle({ x, y: base, width: (slot * 3) / 4, height: 1.5, color: GREY });
      else this.page.drawRectangle({ x, y: base, width: (slot * 3) / 4, height: Math.max(h, 0.5), color: p.value < target ? RED : GREEN });
      const label = this.clean(p.label);
      this.page.drawText(label, { x: left + i * slot + slot / 2 - this.font.widthOfTextAtSize(label, 7) / 2, y: base - 10, size: 7, font: this.font, color: MUTED });
    });
    const ty = base + (target / max) * height;
    this.page.drawLine({ start: { x: left, y: ty }, end: { x: left + width, y: ty }, thickness: 1.2, color: INK, dashArray: [4, 3] });
    this.y = base - 18;
  }

  /** Horizontal bars: label, bar scaled to the largest value, amount on the right. */
  bars(rows: Array<{ label: string; value: number }>, format: (v: number) => string) {
    const max = Math.max(...rows.map((r) => r.value), Number.EPSILON);
    const labelWidth = 150;
    const amountWidth = 110;
    const plot = CONTENT - labelWidth - amountWidth;
    for (const r of rows) {
      this.ensure(16);
      this.page.drawText(this.fit(r.label, labelWidth - 6, 9, this.font), { x: MARGIN, y: this.y - 10, size: 9, font: this.font, color: INK });
      this.page.drawRectangle({ x: MARGIN + labelWidth, y: this.y - 11, width: Math.max(0.5, (r.value / max) * plot), height: 9, color: GREEN });
      const amount = this.clean(format(r.value));
      this.page.drawText(amount, { x: MARGIN + CONTENT - this.font.widthOfTextAtSize(amount, 9), y: this.y - 10, size: 9, font: this.font, color: INK });
      this.y -= 15;
    }
  }

  footers(text: (page: number, pages: number) => string) {
    const pages = this.doc.getPages();
    pages.forEach((p, i) => {
      const t = this.clean(text(i + 1, pages.length));
      p.drawText(t, { x: A4.width - MARGIN - this.font.widthOfTextAtSize(t, 8), y: MARGIN / 2, size: 8, font: this.font, color: MUTED });
    });
  }
}

const monthName = (month: number, locale: Locale) =>
  new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "id-ID", { month: "short", timeZone: "UTC" }).format(Date.UTC(2000, month - 1, 1));

/** The `charts.report` messages in the report's language (next-intl's translator in the route, any ICU one in tests). */
export type ReportTranslator = (key: keyof Messages["charts"]["report"], values?: Record<string, string | number>) => string;

/** The report as PDF bytes: sections 1–5 of the compliance, spend, sellers, exceptions and payment clock. */
export const renderOpdAuditReportPdf = async (report: OpdAuditReport, locale: Locale, t: ReportTranslator): Promise<Uint8Array> => {
  const codes: Record<string, string> = catalogs[locale].procurement.compliance.justificationCodes;
  const doc = await PDFDocument.create();
  const title = `${t("title")} - ${report.opd.name} ${report.fiscalYear}`;
  doc.setTitle(title);
  doc.setSubject(t("subtitle", { opd: report.opd.name, year: report.fiscalYear }));
  doc.setProducer("Pasar UMK");
  doc.setCreator("Pasar UMK");
  doc.setCreationDate(report.generatedAt);
  doc.setModificationDate(report.generatedAt);
  doc.setLanguage(locale === "en" ? "en" : "id-ID");
  const w = new ReportWriter(doc, await doc.embedFont(StandardFonts.Helvetica), await doc.embedFont(StandardFonts.HelveticaBold));
  const share = (v: number) => reportShare(v, locale);
  const days = (v: number | null) => (v === null ? t("none") : t("days", { count: formatCount(v, locale) }));
  const c = report.compliance;

  w.text(t("title"), { size: 18, bold: true, gap: 8 });
  w.text(t("subtitle", { opd: report.opd.name, year: report.fiscalYear }), { size: 12, gap: 6 });
  w.text(t("generated", { at: witaDateTimeText(report.generatedAt) }), { size: 8, color: MUTED, gap: 10 });
  w.rule();

  w.heading(t("complianceTitle"));
  const verdict = c.targetStatus === "no_spending" ? t("noSpending") : c.targetStatus === "met" ? t("targetMet") : t("targetMissed");
  const figure = (label: string, value: string, color?: ReturnType<typeof rgb>) =>
    w.row([{ text: label, width: 180 }, { text: value, width: CONTENT - 180, bold: true, color }], 10);
  figure(t("totalSpend"), formatIdr(c.totalIdr));
  figure(t("umkSpend"), formatIdr(c.umkIdr));
  figure(t("umkShare"), `${share(c.umkShare)} (${t("target")} ${share(c.targetShare)}): ${verdict}`, c.targetStatus === "missed" ? RED : c.targetStatus === "met" ? GREEN : MUTED);
  figure(t("localShare"), `${share(c.localShare)} (${formatIdr(c.localIdr)})`);
  figure(t("exceptions"), formatCount(c.exceptions, locale));
  figure(t("eventShare"), c.eventTotalIdr > 0 ? `${share(c.eventLocalShare)} (${formatIdr(c.eventLocalUmkIdr)} / ${formatIdr(c.eventTotalIdr)})` : t("noEvents"));
  if (report.charts.months.length > 0) {
    w.y -= 6;
    w.text(t("monthlyTitle", { target: share(c.targetShare) }), { size: 9, bold: true, gap: 6 });
    w.columns(report.charts.months.map((m) => ({ label: monthName(m.month, locale), value: m.umkShare, isEmpty: m.totalIdr === 0 })), c.targetShare, share);
  }

  w.heading(t("categoryTitle"));
  const categories = rankSpend(report.charts.byCategory ?? [], 8, t("other"));
  if (categories.length === 0) w.text(t("noSpending"), { color: MUTED });
  else w.bars(categories.map((r) => ({ label: r.label, value: r.totalIdr })), formatIdr);
  w.y -= 4;
  w.text(t("kabupatenTitle"), { size: 10, bold: true, gap: 6 });
  const kabupaten = rankSpend(report.charts.bySellerRegion, 8, t("other"));
  if (kabupaten.length === 0) w.text(t("noSpending"), { color: MUTED });
  else w.bars(kabupaten.map((r) => ({ label: r.label, value: r.totalIdr })), formatIdr);

  w.heading(t("sellersTitle"));
  if (report.topSellers.length === 0) w.text(t("noneRows"), { color: MUTED });
  else {
    w.row([{ text: t("seller"), width: 260, bold: true }, { text: t("isUmk"), width: 50, bold: true }, { text: t("orders"), width: 60, bold: true, align: "right" }, { text: t("amount"), width: CONTENT - 370, bold: true, align: "right" }]);
    w.rule();
    for (const s of report.topSellers) {
      w.row([{ text: s.name, width: 260 }, { text: s.isUmk ? t("yes") : t("no"), width: 50, color: s.isUmk ? INK : RED }, { text: formatCount(s.orders, locale), width: 60, align: "right" }, { text: formatIdr(s.totalIdr), width: CONTENT - 370, align: "right" }]);
    }
  }

  w.heading(t("exceptionsTitle", { count: report.exceptions.length }));
  if (report.exceptions.length === 0) w.text(t("noExceptions"), { color: MUTED });
  else {
    w.row([{ text: t("request"), width: 160, bold: true }, { text: t("decided"), width: 80, bold: true }, { text: t("reason"), width: 160, bold: true }, { text: t("amount"), width: CONTENT - 400, bold: true, align: "right" }]);
    w.rule();
    for (const e of report.exceptions.slice(0, MAX_EXCEPTION_ROWS)) {
      w.row([
        { text: e.number, width: 160 },
        { text: e.decidedAt ? formatWitaDate(e.decidedAt, locale) : t("none"), width: 80 },
        { text: e.justificationCode ? (codes[e.justificationCode] ?? e.justificationCode) : "", width: 160 },
        { text: formatIdr(e.orderedIdr), width: CONTENT - 400, align: "right" },
      ]);
      // The buyer's own words, in full: what the auditor weighs.
      if (e.justificationText) w.paragraph(e.justificationText, { indent: 12 });
    }
    if (report.exceptions.length > MAX_EXCEPTION_ROWS) w.text(t("moreRows", { count: report.exceptions.length - MAX_EXCEPTION_ROWS }), { size: 8, color: MUTED });
  }

  const clock = report.clock;
  w.heading(t("paymentsTitle", { days: clock.maxDaysToPay }));
  const r = clock.row;
  figure(t("paidCount"), formatCount(r?.paidCount ?? 0, locale));
  figure(t("medianDays"), days(r?.medianDays ?? null));
  figure(t("p90Days"), days(r?.p90Days ?? null));
  figure(t("openCount"), formatCount(r?.openCount ?? 0, locale));
  figure(t("overdueCount"), formatCount(r?.overdueCount ?? 0, locale), (r?.overdueCount ?? 0) > 0 ? RED : undefined);
  w.y -= 4;
  w.text(t("ageTitle"), { size: 10, bold: true, gap: 6 });
  for (const b of clock.ageBuckets) {
    const label = b.toDays === null ? `> ${b.fromDays - 1}` : `${b.fromDays}-${b.toDays}`;
    w.row([{ text: t("ageRange", { range: label }), width: 150, color: b.isLate ? RED : INK }, { text: `${formatCount(b.paid, locale)} / ${formatCount(b.open, locale)}`, width: 150, align: "right" }]);
  }
  w.y -= 4;
  w.text(t("overdueTitle"), { size: 10, bold: true, gap: 6 });
  if (clock.overdue.length === 0) w.text(t("noneRows"), { color: MUTED });
  for (const o of clock.overdue.slice(0, MAX_OVERDUE_ROWS)) {
    w.row([{ text: o.orderNumber, width: 150 }, { text: o.businessName, width: 170 }, { text: days(o.ageDays), width: 70, align: "right", color: RED }, { text: formatIdr(o.outstandingIdr), width: CONTENT - 390, align: "right" }]);
  }
  if (clock.overdue.length > MAX_OVERDUE_ROWS) w.text(t("moreRows", { count: clock.overdue.length - MAX_OVERDUE_ROWS }), { size: 8, color: MUTED });

  w.footers((page, pages) => `${report.opd.name} ${report.fiscalYear} · ${t("page", { page, pages })}`);
  return doc.save();
};
