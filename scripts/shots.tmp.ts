import { launchChromium } from "../tests/support/chromium.ts";
import { serveStatic } from "../tests/support/server.ts";
const site = await serveStatic("dist");
const browser = await launchChromium();
for (const [scheme, width, height] of [
  ["light", 360, 780],
  ["dark", 1280, 900],
  ["dark", 360, 780],
  ["light", 1280, 900],
] as const) {
  const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
  for (const path of ["/en/hefei-deals/", "/zh/hefei-deals/"]) {
    await page.goto(site.url + path);
    const total = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0, i = 0; y < total && i < 12; y += height, i++) {
      await page.evaluate((y) => scrollTo(0, y), y);
      await page.waitForTimeout(150);
      await page.screenshot({ path: `/tmp/shots/${path.split("/")[1]}-${width}-${scheme}-${i}.png` });
    }
  }
  await page.close();
}
await browser.close();
site.server.close();
