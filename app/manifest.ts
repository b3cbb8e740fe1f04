import type { MetadataRoute } from "next";
import { catalogs } from "@/lib/i18n/messages";

// The default-locale texts, so the installed app's name and description never drift from the site's.
const { meta, common } = catalogs.id;
// The mark's green (app/icon.svg, the viewport's theme-color); the page background is white like the header.
const BRAND_GREEN = "#065f46";

/** The web app manifest (/manifest.webmanifest): lets the site install on an Android phone. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: common.appName,
    short_name: common.appName,
    description: meta.description,
    lang: "id",
    start_url: "/",
    scope: "/",
    display: "standalone",
    theme_color: BRAND_GREEN,
    background_color: "#ffffff",
    // PNGs rendered from app/icon.svg by scripts/make-icons.ts; the SVG has transparent rounded corners, so "any" not "maskable".
    icons: [
      { src: "/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
    ],
  };
}
