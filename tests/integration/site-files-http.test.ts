import { testStack } from "../setup/stack";

// public/, app/manifest.ts and app/robots.ts as the production build serves them: the site installs on a
// phone (manifest + icons that load) and private areas stay out of search engines.

jest.setTimeout(60_000);

const get = (path: string) => fetch(new URL(path, testStack().appUrl!), { redirect: "manual" });

const expectPng = async (path: string) => {
  const response = await get(path);
  expect([path, response.status, response.headers.get("content-type")]).toEqual([path, 200, "image/png"]);
  expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(100);
};

describe("site files", () => {
  it("serves a web app manifest whose icons load as PNGs", async () => {
    const response = await get("/manifest.webmanifest");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/application\/manifest\+json/);
    const manifest = (await response.json()) as { name: string; start_url: string; display: string; icons: { src: string; sizes: string }[] };
    expect(manifest).toMatchObject({ name: "Pasar UMK", start_url: "/", display: "standalone" });
    expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
    for (const path of manifest.icons.map((icon) => icon.src)) await expectPng(path);
  });

  it("keeps the API and the signed-in areas out of robots.txt's allowed paths", async () => {
    const response = await get("/robots.txt");
    expect(response.status).toBe(200);
    const lines = (await response.text()).split("\n").map((line) => line.trim());
    expect(lines).toEqual(expect.arrayContaining(["Disallow: /admin", "Disallow: /api/", "Disallow: /akun", "Allow: /katalog"]));
  });

  it("links the manifest, the favicon and the apple-touch-icon from every page, and they load", async () => {
    const html = await (await get("/")).text();
    const href = (rel: string) => html.match(new RegExp(`<link rel="${rel}" href="([^"]+)"`))?.[1];
    expect(href("manifest")).toBe("/manifest.webmanifest");
    expect(href("icon")).toMatch(/^\/icon\.svg/);
    expect(html).toMatch(/<meta name="theme-color" content="#065f46"/);
    const favicon = await get(href("icon")!);
    expect([favicon.status, favicon.headers.get("content-type")]).toEqual([200, "image/svg+xml"]);
    await expectPng(href("apple-touch-icon")!);
  });
});
