/**
 * The Open Graph card (1200 × 630) that chat apps show under a shared link, drawn by next/og (satori): only
 * flexbox and inline styles, and the font next/og ships, so nothing is fetched while rendering.
 */
export const SHARE_CARD_SIZE = { width: 1200, height: 630 };

type Props = { eyebrow: string; title: string; lines: readonly string[]; badge: string; footer: string };

export function ShareCard({ eyebrow, title, lines, badge, footer }: Props) {
  return (
    <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", background: "#f8fafc", fontSize: 32, color: "#0f172a" }}>
      <div style={{ display: "flex", alignItems: "center", justifyContent: "space-between", background: "#065f46", color: "#ffffff", padding: "28px 56px" }}>
        <div style={{ display: "flex", fontSize: 40, fontWeight: 700 }}>Pasar UMK</div>
        <div style={{ display: "flex", fontSize: 28, border: "2px solid #a7f3d0", borderRadius: 12, padding: "6px 18px" }}>{badge}</div>
      </div>
      <div style={{ display: "flex", flexDirection: "column", flexGrow: 1, padding: "48px 56px", gap: 18 }}>
        <div style={{ display: "flex", fontSize: 30, color: "#047857" }}>{eyebrow}</div>
        <div style={{ display: "flex", fontSize: title.length > 40 ? 60 : 76, fontWeight: 700, lineHeight: 1.1 }}>{title}</div>
        {lines.map((line) => (
          <div key={line} style={{ display: "flex", fontSize: 34, color: "#334155" }}>{line}</div>
        ))}
      </div>
      <div style={{ display: "flex", padding: "0 56px 40px", fontSize: 26, color: "#475569" }}>{footer}</div>
    </div>
  );
}
