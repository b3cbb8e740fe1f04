import type { MetadataRoute } from "next";

// Every signed-in area (one per route group under app/), the API and private uploads. Robots.txt is a
// courtesy to crawlers, not access control: each of these pages is guarded by viewer()/can() anyway.
const PRIVATE_PATHS = [
  "/api/",
  "/akun",
  "/beranda",
  "/admin",
  "/audit",
  "/penjual",
  "/daftar-usaha",
  "/opd",
  "/keranjang",
  "/permintaan",
  "/pesanan",
  "/persetujuan",
  "/bendahara",
  "/kegiatan",
  "/media/documents/",
];

/** /robots.txt: the public catalogue, product pages, transparency and opportunities are indexable. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: ["/", "/katalog", "/produk", "/transparansi", "/peluang"], disallow: PRIVATE_PATHS },
  };
}
