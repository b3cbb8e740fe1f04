/**
 * `npm run bench:page-weight`: the JavaScript a first visit to a page downloads, against a running production server
 * (`npm start`, then BASE_URL=http://localhost:3000). Counts every <script src> a module-capable browser loads (not
 * the noModule polyfills) and the inline scripts, raw and gzip-compressed (what a phone on a slow link transfers),
 * then times a cold load in Chromium, on the loopback and throttled to "slow 4G" (150 ms RTT, 1.6 Mbit/s down).
 */
import { existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";

const BASE = process.env.BASE_URL ?? "http://localhost:3000";
const PAGES = (process.env.PAGES ?? "/,/katalog").split(",");

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

const measure = async (page: string) => {
  const html = await (await fetch(new URL(page, BASE))).text();
  const srcs = [...html.matchAll(/<script(?![^>]*noModule)[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1] ?? "");
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? "");
  const files = await Promise.all(
    [...new Set(srcs)].map(async (src) => {
      const body = Buffer.from(await (await fetch(new URL(src.replaceAll("&amp;", "&"), BASE))).arrayBuffer());
      return { src, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
    }),
  );
  const inlineBytes = Buffer.from(inline.join(""));
  return {
    page,
    files: files.sort((a, b) => b.gzip - a.gzip),
    raw: files.reduce((s, f) => s + f.raw, 0),
    gzip: files.reduce((s, f) => s + f.gzip, 0),
    inlineRaw: inlineBytes.length,
    inlineGzip: gzipSync(inlineBytes, { level: 9 }).length,
  };
};

const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

/**
 * Milliseconds from navigation start to the first contentful paint (the server-rendered page is readable) and to
 * the load event (every script fetched and run), cold cache, medians of `runs`.
 */
const loadTimes = async (page: string, runs = 5) => {
  const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(chromiumPath)) return null;
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  const once = async (throttle: boolean) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    if (throttle) await cdp.send("Network.emulateNetworkConditions", SLOW_4G);
    await tab.goto(new URL(page, BASE).toString(), { waitUntil: "load" });
    const ms = await tab.evaluate(() => ({
      load: (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).loadEventEnd,
      paint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
    }));
    await context.close();
    return ms;
  };
  const local: Array<{ load: number; paint: number }> = [];
  const slow: Array<{ load: number; paint: number }> = [];
  for (let i = 0; i < runs; i++) local.push(await once(false));
  for (let i = 0; i < runs; i++) slow.push(await once(true));
  await browser.close();
  const medians = (xs: typeof local) => ({ load: median(xs.map((x) => x.load)), paint: median(xs.map((x) => x.paint)) });
  return { local: medians(local), slow: medians(slow) };
};

const main = async () => {
  for (const page of PAGES) {
    const r = await measure(page);
    console.log(`${page}: ${r.files.length} scripts, ${kb(r.raw)} raw / ${kb(r.gzip)} gzip; inline ${kb(r.inlineRaw)} raw / ${kb(r.inlineGzip)} gzip`);
    const load = await loadTimes(page);
    if (load) {
      const both = (t: { load: number; paint: number }) => `first contentful paint ${t.paint.toFixed(0)} ms, load event ${t.load.toFixed(0)} ms`;
      console.log(`  median of 5, cold, 360 px — loopback: ${both(load.local)}; slow 4G: ${both(load.slow)}`);
    }
    if (process.env.VERBOSE) for (const f of r.files) console.log(`  ${kb(f.gzip).padStart(9)}  ${kb(f.raw).padStart(9)}  ${f.src}`);
  }
};

void main();
