const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests build into their own folder so `npm test` never clobbers a running `npm run dev`.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  serverExternalPackages: ["postgres", "bcryptjs"],
  images: { unoptimized: true },
  // forbidden() answers 403 with app/forbidden.tsx when a signed-in person lacks the role.
  // Event evidence may be uploaded through a server action without JavaScript (≤ 10 MB plus form overhead);
  // Next's default action body limit is 1 MB.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "11mb" } },
};

module.exports = withNextIntl(nextConfig);
