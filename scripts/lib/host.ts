import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";

const pym = readFileSync(createRequire(import.meta.url).resolve("pym.js/dist/pym.v1.min.js"), "utf8");

/**
 * A newsroom's page on another origin (http://localhost:<port> while the site is on 127.0.0.1):
 * serves the HTML it is given at /, and pym.js at /pym.js. Test code only.
 */
export async function serveHost(pages: Record<string, string>): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    if (path === "/pym.js") {
      res.writeHead(200, { "content-type": "text/javascript" }).end(pym);
      return;
    }
    const page = pages[path];
    if (page === undefined) res.writeHead(404).end();
    else res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  return { url: `http://localhost:${(server.address() as AddressInfo).port}`, server };
}

/** A plain article page around some embed markup. */
export const article = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host</title></head>` +
  `<body style="margin:0;font-family:serif"><article style="max-width:48rem;margin:0 auto;padding:0 8px"><h1>A newsroom article</h1><p>Text before.</p>${body}<p>Text after.</p></article></body></html>`;
