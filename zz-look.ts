import { chromium } from "playwright-core";
const APP = process.env.APP!;
const main = async () => {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: ["--no-sandbox", "--disable-gpu"] });
  const [email, path, width, shot, ...actions] = process.argv.slice(2);
  const first = await browser.newContext({ viewport: { width: Number(width), height: 800 } });
  let page = await first.newPage();
  if (email !== "-") {
    await page.goto(`${APP}/masuk?callbackUrl=${encodeURIComponent(path!)}`);
    await page.locator('input[name="email"]').fill(email!);
    await page.locator('input[name="password"]').fill("uji-rahasia-2026");
    await page.locator('button[type="submit"]').click();
    await page.waitForURL((u) => u.pathname === path!.split("?")[0], { timeout: 30000 }).catch(() => {});
  }
  if (process.env.NOJS) {
    const state = await first.storageState();
    const second = await browser.newContext({ viewport: { width: Number(width), height: 800 }, javaScriptEnabled: false, storageState: state });
    page = await second.newPage();
  }
  await page.goto(`${APP}${path}`);
  for (const a of actions) {
    const [kind, sel, val] = a.split("::");
    if (kind === "click") await page.locator(sel!).first().click();
    if (kind === "fill") await page.locator(sel!).first().fill(val!);
    if (kind === "select") await page.locator(sel!).first().selectOption(val!);
    if (kind === "wait") await page.waitForTimeout(Number(sel));
  }
  await page.waitForTimeout(500);
  console.log("URL", page.url(), "fits", await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1));
  await page.screenshot({ path: `/tmp/shots/${shot}.png`, fullPage: true });
  console.log((await page.locator("main").innerText()).slice(0, 3000));
  await browser.close();
};
void main();
