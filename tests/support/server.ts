import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve } from "node:path";
import { createGzip } from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".csv": "text/csv; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};

/** Rules from a Netlify/Cloudflare-style `_headers` file: a path pattern and its headers. */
export function parseHeaders(text: string): { pattern: RegExp; headers: [string, string][] }[] {
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      const glob = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, "\\$&")
        .replace(/\*/g, ".*");
      rules.push({ pattern: new RegExp(`^${glob}$`), headers: [] });
    } else {
      const [name, ...rest] = line.trim().split(":");
      rules.at(-1)?.headers.push([name!.trim(), rest.join(":").trim()]);
    }
  }
  return rules;
}

/**
 * Serves `root` on a free loopback port like a static host or CDN: applies `root/_headers` and
 * gzips text. Test code only.
 */
export async function serveStatic(
  root: string,
  host = "127.0.0.1",
): Promise<{ url: string; server: Server }> {
  const base = resolve(root);
  const headersFile = join(base, "_headers");
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, "utf8")) : [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    const found = existsSync(file);
    if (!found) file = join(base, "404.html");
    for (const rule of rules) {
      if (rule.pattern.test(path)) for (const [name, value] of rule.headers) res.setHeader(name, value);
    }
    if (!existsSync(file)) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    // Like a CDN, compress text for clients that accept it.
    const gzip =
      /^(text\/|application\/(json|xml)|image\/svg)/.test(type) &&
      /\bgzip\b/.test(String(req.headers["accept-encoding"]));
    res.writeHead(found ? 200 : 404, {
      "content-type": type,
      vary: "accept-encoding",
      ...(gzip ? { "content-encoding": "gzip" } : {}),
    });
    if (gzip) createReadStream(file).pipe(createGzip()).pipe(res);
    else createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, host, done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://${host}:${port}`, server };
}
