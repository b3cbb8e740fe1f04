const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// `next dev` serves its scripts only to origins it knows; the runner prints localhost, and Next prints the
// machine's network address too: every address of this machine counts, so each printed URL signs in.
const localHosts = () => [
  "localhost",
  "127.0.0.1",
  ...Object.values(require("node:os").networkInterfaces())
    .flat()
    .filter((i) => i && i.family === "IPv4")
    .map((i) => i.address),
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests build into their own folder so `npm test` never clobbers a running `npm run dev`.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  allowedDevOrigins: [...new Set(localHosts())],
  serverExternalPackages: ["postgres", "bcryptjs"],
  images: { unoptimized: true },
  // forbidden() answers 403 with app/forbidden.tsx when a signed-in person lacks the role.
  // Event evidence may be uploaded through a server action without JavaScript (≤ 10 MB plus form overhead);
  // Next's default action body limit is 1 MB.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "11mb" } },
};

module.exports = withNextIntl(nextConfig);
