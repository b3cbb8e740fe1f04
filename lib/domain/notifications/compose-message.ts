import { renderNotification, type NotificationLocale, type NotificationParams, type NotificationText } from "./templates";
import type { NotificationKind } from "./kinds";

export type MessageInput = {
  kind: NotificationKind;
  params: NotificationParams;
  locale: NotificationLocale;
  recipientName: string;
  /** Absolute URL of the thing to act on. */
  actionUrl: string;
  /** Absolute URL of the unsubscribe page for this category; null for account mail, which cannot be switched off. */
  unsubscribeUrl: string | null;
  /** Absolute URL mail clients POST to for one-click unsubscribe (RFC 8058). */
  oneClickUnsubscribeUrl: string | null;
  /** Absolute URL of the preferences page. */
  preferencesUrl: string;
};

export type ComposedEmail = { subject: string; text: string; html: string; headers: Record<string, string> };

const escapeHtml = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

const COPY = {
  id: { greeting: "Halo", open: "Buka", forward: "Teruskan lewat WhatsApp", unsubscribe: "Berhenti menerima email kategori ini", settings: "Atur notifikasi", footer: "Pasar UMK — belanja pemerintah dari UMK lokal." },
  en: { greeting: "Hello", open: "Open", forward: "Forward on WhatsApp", unsubscribe: "Stop emails of this category", settings: "Notification settings", footer: "Pasar UMK — government purchasing from local small businesses." },
} as const;

/** The text a person can forward on WhatsApp: what happened and the link, nothing else. */
export const shareText = (text: NotificationText, actionUrl: string) => `${text.title}\n${text.body}\n${actionUrl}`;

/** A wa.me link that opens WhatsApp with the share text, to forward to anyone (no number needed). */
export const whatsappShareLink = (message: string) => `https://wa.me/?text=${encodeURIComponent(message)}`;

/**
 * Pure: one notification as a mail in the recipient's language — plain text and HTML with the same content,
 * the link to act on, a WhatsApp forward link, and RFC 8058 one-click unsubscribe headers where allowed.
 */
export const composeEmail = (input: MessageInput): ComposedEmail => {
  const text = renderNotification(input.kind, input.params, input.locale);
  const copy = COPY[input.locale];
  const forward = whatsappShareLink(shareText(text, input.actionUrl));
  const plain = [
    `${copy.greeting} ${input.recipientName},`,
    "",
    text.body,
    "",
    `${copy.open}: ${input.actionUrl}`,
    `${copy.forward}: ${forward}`,
    "",
    "--",
    copy.footer,
    input.unsubscribeUrl ? `${copy.unsubscribe}: ${input.unsubscribeUrl}` : null,
    `${copy.settings}: ${input.preferencesUrl}`,
  ]
    .filter((line) => line !== null)
    .join("\n");
  const link = (href: string, label: string) => `<a href="${escapeHtml(href)}">${escapeHtml(label)}</a>`;
  const html = [
    `<!doctype html><html lang="${input.locale}"><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1f2937">`,
    `<p>${escapeHtml(copy.greeting)} ${escapeHtml(input.recipientName)},</p>`,
    `<p><strong>${escapeHtml(text.title)}</strong></p>`,
    `<p>${escapeHtml(text.body)}</p>`,
    `<p>${link(input.actionUrl, copy.open)} · ${link(forward, copy.forward)}</p>`,
    `<hr><p style="font-size:12px;color:#6b7280">${escapeHtml(copy.footer)}<br>`,
    input.unsubscribeUrl ? `${link(input.unsubscribeUrl, copy.unsubscribe)} · ` : "",
    `${link(input.preferencesUrl, copy.settings)}</p></body></html>`,
  ].join("");
  const headers: Record<string, string> = input.oneClickUnsubscribeUrl
    ? { "List-Unsubscribe": `<${input.oneClickUnsubscribeUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" }
    : {};
  return { subject: text.title, text: plain, html, headers };
};

export type DigestItem = { kind: NotificationKind; params: NotificationParams; actionUrl: string };

/** Pure: the daily digest — every notification of the day as a titled line with its link. */
export const composeDigest = (input: { locale: NotificationLocale; recipientName: string; day: string; items: readonly DigestItem[]; preferencesUrl: string }): ComposedEmail => {
  const copy = COPY[input.locale];
  const subject = input.locale === "id" ? `Ringkasan harian Pasar UMK ${input.day}: ${input.items.length} pemberitahuan` : `Pasar UMK daily digest ${input.day}: ${input.items.length} notifications`;
  const rendered = input.items.map((item) => ({ ...renderNotification(item.kind, item.params, input.locale), url: item.actionUrl }));
  const text = [
    `${copy.greeting} ${input.recipientName},`,
    "",
    ...rendered.flatMap((r) => [`• ${r.title}`, `  ${r.body}`, `  ${r.url}`]),
    "",
    "--",
    copy.footer,
    `${copy.settings}: ${input.preferencesUrl}`,
  ].join("\n");
  const html = [
    `<!doctype html><html lang="${input.locale}"><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1f2937">`,
    `<p>${escapeHtml(copy.greeting)} ${escapeHtml(input.recipientName)},</p><ul>`,
    ...rendered.map((r) => `<li><a href="${escapeHtml(r.url)}"><strong>${escapeHtml(r.title)}</strong></a><br>${escapeHtml(r.body)}</li>`),
    `</ul><hr><p style="font-size:12px;color:#6b7280">${escapeHtml(copy.footer)}<br><a href="${escapeHtml(input.preferencesUrl)}">${escapeHtml(copy.settings)}</a></p></body></html>`,
  ].join("");
  return { subject, text, html, headers: {} };
};

/** Pure: the WhatsApp text for a person who opted in — title, body and link. */
export const composeWhatsApp = (input: Pick<MessageInput, "kind" | "params" | "locale" | "actionUrl">) =>
  shareText(renderNotification(input.kind, input.params, input.locale), input.actionUrl);
