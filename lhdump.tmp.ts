import { writeFileSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS, findChromium } from "./tests/support/chromium.ts";
import { serveStatic } from "./tests/support/server.ts";
const { url, server } = await serveStatic("/tmp/distsnap2");
for (const p of ["/en/hefei-deals/", "/embed/en/hefei-map/"]) {
  const chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: [...CHROMIUM_ARGS, "--headless=new"] });
  const r = await lighthouse(url + p, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance","accessibility","best-practices","seo"] });
  chrome.kill();
  writeFileSync(`/tmp/lhr${p.replace(/\W+/g, "_")}.json`, JSON.stringify(r!.lhr, null, 1));
  const a = r!.lhr.audits;
  console.log(p, Object.fromEntries(Object.entries(r!.lhr.categories).map(([k, v]) => [k, v.score])));
  for (const id of ["first-contentful-paint","largest-contentful-paint","speed-index","total-blocking-time","max-potential-fid","interactive"]) console.log(" ", id, a[id].displayValue, a[id].score);
  console.log("  benchmarkIndex", r!.lhr.environment.benchmarkIndex);
  console.log("  mainthread", JSON.stringify((a["mainthread-work-breakdown"].details as any)?.items?.map((i: any) => [i.group, Math.round(i.duration)])));
  console.log("  doclatency", JSON.stringify(a["document-latency-insight"].details).slice(0, 800));
  console.log("  network-requests", JSON.stringify((a["network-requests"].details as any)?.items?.map((i: any) => [i.url, i.transferSize, i.resourceSize])));
}
server.close();
