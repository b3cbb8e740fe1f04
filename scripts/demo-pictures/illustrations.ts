import { DEMO_COVER_SIZE, DEMO_PICTURE_SIZE } from "../../db/seed/storefronts";

/**
 * Flat SVG illustrations, one per category, drawn in a 960 × 720 box: shapes only (no text, so no font is
 * needed), each with its own palette. They stand in for product photos in the demo data and say so in alt text.
 */

type Motif = { background: string; accent: string; art: string };

const stripes = (colors: string[], x: number, y: number, w: number, h: number, n: number) =>
  Array.from({ length: n }, (_, i) => `<rect x="${x}" y="${y + (i * h) / n}" width="${w}" height="${h / n + 1}" fill="${colors[i % colors.length]}"/>`).join("");

const MOTIFS: Record<string, Motif> = {
  "tenun-songket": {
    background: "#7f1d1d", accent: "#fbbf24",
    art: `${stripes(["#b91c1c", "#fbbf24", "#7c2d12", "#fde68a"], 230, 150, 500, 420, 12)}
      ${Array.from({ length: 5 }, (_, i) => `<path d="M${280 + i * 100} 360 l40 -50 l40 50 l-40 50z" fill="#fef3c7" opacity="0.9"/>`).join("")}`,
  },
  gerabah: {
    background: "#fde68a", accent: "#9a3412",
    art: `<ellipse cx="480" cy="600" rx="230" ry="30" fill="#00000022"/>
      <path d="M380 180 h200 l-20 60 q170 80 110 260 q-40 100 -190 100 q-150 0 -190 -100 q-60 -180 110 -260z" fill="#c2410c"/>
      <path d="M330 400 q150 50 300 0" stroke="#fed7aa" stroke-width="14" fill="none"/><path d="M345 450 q135 45 270 0" stroke="#7c2d12" stroke-width="10" fill="none"/>`,
  },
  "anyaman-ketak": {
    background: "#ecfccb", accent: "#713f12",
    art: `<path d="M250 260 h460 l-50 330 h-360z" fill="#a16207"/>
      ${Array.from({ length: 9 }, (_, i) => `<line x1="${270 + i * 52}" y1="262" x2="${300 + i * 45}" y2="588" stroke="#713f12" stroke-width="8"/>`).join("")}
      ${Array.from({ length: 6 }, (_, i) => `<line x1="${255 + i * 8}" y1="${300 + i * 55}" x2="${705 - i * 8}" y2="${300 + i * 55}" stroke="#fde68a" stroke-width="9"/>`).join("")}
      <path d="M330 260 q150 -170 300 0" stroke="#713f12" stroke-width="22" fill="none"/>`,
  },
  mutiara: {
    background: "#0c4a6e", accent: "#e0f2fe",
    art: `<path d="M250 230 q230 380 460 0" stroke="#cbd5e1" stroke-width="4" fill="none"/>
      ${Array.from({ length: 11 }, (_, i) => { const t = i / 10; const x = 250 + 460 * t; const y = 230 + 380 * 2 * t * (1 - t) * 0.95; return `<circle cx="${x}" cy="${y}" r="26" fill="#f8fafc"/><circle cx="${x - 8}" cy="${y - 8}" r="8" fill="#ffffff"/>`; }).join("")}
      <circle cx="480" cy="520" r="48" fill="#fdf2f8"/><circle cx="466" cy="504" r="14" fill="#ffffff"/>`,
  },
  kopi: {
    background: "#fef3c7", accent: "#422006",
    art: `<ellipse cx="480" cy="590" rx="260" ry="40" fill="#d6d3d1"/>
      <path d="M300 300 h330 v170 q0 110 -165 110 q-165 0 -165 -110z" fill="#78350f"/>
      <path d="M630 340 q90 0 90 70 q0 70 -95 70" stroke="#78350f" stroke-width="26" fill="none"/>
      <ellipse cx="465" cy="300" rx="165" ry="30" fill="#451a03"/>
      <path d="M400 250 q-30 -50 0 -100 M470 250 q-30 -50 0 -100 M540 250 q-30 -50 0 -100" stroke="#a8a29e" stroke-width="12" fill="none" stroke-linecap="round"/>`,
  },
  madu: {
    background: "#fef9c3", accent: "#a16207",
    art: `${([[260, 200], [340, 245], [260, 290], [620, 200], [700, 245], [620, 290]] as const).map(([x, y]) => `<path d="M${x} ${y - 46} l40 23 v46 l-40 23 l-40 -23 v-46z" fill="#fde047" stroke="#ca8a04" stroke-width="6"/>`).join("")}
      <rect x="380" y="230" width="200" height="60" rx="12" fill="#92400e"/>
      <path d="M370 290 h220 v230 q0 60 -60 60 h-100 q-60 0 -60 -60z" fill="#f59e0b"/>
      <path d="M370 360 h220" stroke="#fef3c7" stroke-width="10"/>`,
  },
  "susu-kuda-liar": {
    background: "#dcfce7", accent: "#166534",
    art: `<path d="M0 560 q240 -80 480 0 t480 0 v160 h-960z" fill="#86efac"/>
      <rect x="410" y="150" width="140" height="60" rx="10" fill="#1e3a8a"/>
      <path d="M420 210 h120 v40 q60 40 60 110 v220 q0 30 -30 30 h-180 q-30 0 -30 -30 v-220 q0 -70 60 -110z" fill="#f8fafc" stroke="#94a3b8" stroke-width="6"/>
      <rect x="370" y="400" width="220" height="90" fill="#bfdbfe"/>`,
  },
  "makanan-ringan": {
    background: "#ffedd5", accent: "#9a3412",
    art: `<rect x="270" y="300" width="420" height="260" rx="16" fill="#ea580c"/>
      <path d="M270 300 l60 -80 h300 l60 80z" fill="#fb923c"/>
      ${Array.from({ length: 4 }, (_, i) => `<circle cx="${350 + i * 90}" cy="230" r="34" fill="#fde68a" stroke="#b45309" stroke-width="6"/>`).join("")}
      <rect x="330" y="380" width="300" height="100" rx="12" fill="#fff7ed"/>`,
  },
  minuman: {
    background: "#e0f2fe", accent: "#0369a1",
    art: `<path d="M340 200 h280 l-40 380 h-200z" fill="#bae6fd" stroke="#0284c7" stroke-width="8"/>
      <path d="M352 300 h256 l-30 270 h-196z" fill="#f97316"/>
      <rect x="520" y="120" width="20" height="260" rx="8" fill="#16a34a" transform="rotate(15 530 250)"/>
      <circle cx="420" cy="380" r="16" fill="#fed7aa"/><circle cx="520" cy="440" r="12" fill="#fed7aa"/>`,
  },
  "konsumsi-rapat": {
    background: "#f0fdf4", accent: "#15803d",
    art: `<rect x="220" y="250" width="520" height="320" rx="18" fill="#fefce8" stroke="#65a30d" stroke-width="8"/>
      <line x1="480" y1="250" x2="480" y2="570" stroke="#65a30d" stroke-width="6"/><line x1="220" y1="410" x2="480" y2="410" stroke="#65a30d" stroke-width="6"/>
      <circle cx="350" cy="330" r="50" fill="#f8fafc" stroke="#d4d4d8" stroke-width="4"/>
      <rect x="280" y="450" width="140" height="70" rx="16" fill="#a16207"/>
      <ellipse cx="610" cy="410" rx="90" ry="110" fill="#fbbf24"/>`,
  },
  "cendera-mata": {
    background: "#fae8ff", accent: "#86198f",
    art: `<rect x="290" y="300" width="380" height="270" fill="#c026d3"/><rect x="270" y="250" width="420" height="70" fill="#a21caf"/>
      <rect x="455" y="250" width="50" height="320" fill="#fde047"/>
      <path d="M480 250 q-120 -110 -130 -20 q10 40 130 20 q120 20 130 -20 q-10 -90 -130 20z" fill="#fde047"/>`,
  },
  "atk-percetakan": {
    background: "#f1f5f9", accent: "#334155",
    art: `<rect x="300" y="170" width="330" height="420" fill="#ffffff" stroke="#94a3b8" stroke-width="6" transform="rotate(-6 465 380)"/>
      ${Array.from({ length: 6 }, (_, i) => `<line x1="340" y1="${250 + i * 50}" x2="590" y2="${225 + i * 50}" stroke="#cbd5e1" stroke-width="10"/>`).join("")}
      <rect x="560" y="180" width="44" height="360" fill="#f59e0b" transform="rotate(30 582 360)"/>
      <path d="M0 0 l22 50 l-44 0z" fill="#fde68a" transform="translate(672 510) rotate(30)"/>`,
  },
  "seragam-konveksi": {
    background: "#eef2ff", accent: "#3730a3",
    art: `<path d="M380 170 q100 50 200 0 l170 90 l-60 120 l-60 -30 v260 h-300 v-260 l-60 30 l-60 -120z" fill="#4338ca"/>
      <path d="M430 175 l50 80 l50 -80" fill="#eef2ff"/>
      ${Array.from({ length: 4 }, (_, i) => `<circle cx="480" cy="${300 + i * 60}" r="9" fill="#e0e7ff"/>`).join("")}`,
  },
  dekorasi: {
    background: "#fff1f2", accent: "#be123c",
    art: `<path d="M120 180 q360 140 720 0" stroke="#881337" stroke-width="6" fill="none"/>
      ${Array.from({ length: 8 }, (_, i) => { const x = 160 + i * 90; const y = 180 + Math.sin((i + 0.5) / 8 * Math.PI) * 65; return `<path d="M${x - 36} ${y} h72 l-36 80z" fill="${["#e11d48", "#f59e0b", "#10b981", "#3b82f6"][i % 4]}"/>`; }).join("")}
      <circle cx="330" cy="470" r="70" fill="#fb7185"/><circle cx="630" cy="480" r="80" fill="#fbbf24"/><circle cx="480" cy="430" r="60" fill="#34d399"/>`,
  },
};

const FALLBACK = MOTIFS["cendera-mata"]!;
// Drawn in a 960 × 720 (cover: 1200 × 600) box, rasterized at the sizes the seed records.
const PRODUCT = DEMO_PICTURE_SIZE;
const COVER = DEMO_COVER_SIZE;

/** The product illustration of a category (drawn 960 × 720, rasterized at DEMO_PICTURE_SIZE). */
export const productIllustrationSvg = (motif: string) => {
  const m = MOTIFS[motif] ?? FALLBACK;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${PRODUCT.width}" height="${PRODUCT.height}" viewBox="0 0 960 720"><rect width="960" height="720" fill="${m.background}"/><circle cx="120" cy="110" r="60" fill="${m.accent}" opacity="0.15"/><circle cx="860" cy="640" r="90" fill="${m.accent}" opacity="0.12"/>${m.art}</svg>`;
};

/** A storefront cover (1200 × 600): the category's illustration beside a band in its accent colour. */
export const coverIllustrationSvg = (motif: string) => {
  const m = MOTIFS[motif] ?? FALLBACK;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${COVER.width}" height="${COVER.height}" viewBox="0 0 1200 600"><rect width="1200" height="600" fill="${m.accent}"/>${Array.from({ length: 6 }, (_, i) => `<circle cx="${100 + i * 80}" cy="${120 + (i % 2) * 300}" r="${30 + i * 6}" fill="${m.background}" opacity="0.18"/>`).join("")}<g transform="translate(480 0) scale(0.8333)"><rect width="864" height="720" fill="${m.background}"/>${m.art}</g></svg>`;
};

export const KNOWN_MOTIFS = Object.keys(MOTIFS);
