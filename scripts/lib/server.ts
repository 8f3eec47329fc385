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

/** One `_headers` rule: a path pattern, the headers it sets and the headers it detaches (`! Name`). */
export interface ParsedRule {
  pattern: RegExp;
  headers: [string, string][];
  detach: string[];
}

/** Rules from a Netlify/Cloudflare-style `_headers` file, in file order. */
export function parseHeaders(text: string): ParsedRule[] {
  const rules: ParsedRule[] = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      const glob = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, "\\$&")
        .replace(/\*/g, ".*");
      rules.push({ pattern: new RegExp(`^${glob}$`), headers: [], detach: [] });
    } else if (line.trim().startsWith("!")) {
      rules.at(-1)?.detach.push(line.trim().slice(1).trim());
    } else {
      const [name, ...rest] = line.trim().split(":");
      rules.at(-1)?.headers.push([name!.trim(), rest.join(":").trim()]);
    }
  }
  return rules;
}

/**
 * The headers a host sends for a request path (names lower-cased). `cloudflare` (Cloudflare Pages,
 * the default): every matching rule applies in file order; a rule first detaches its `! Name`
 * headers, and a header set by two rules is joined with ", ". `netlify`: every matching rule
 * applies in file order, a later rule's value replacing an earlier one; detach lines, which have
 * no colon, are ignored by Netlify's parser.
 */
export function headersFor(
  rules: readonly ParsedRule[],
  path: string,
  host: "cloudflare" | "netlify" = "cloudflare",
): Map<string, string> {
  const headers = new Map<string, string>();
  const setByRules = new Set<string>();
  for (const rule of rules.filter((r) => r.pattern.test(path))) {
    if (host === "cloudflare") for (const name of rule.detach) headers.delete(name.toLowerCase());
    for (const [rawName, value] of rule.headers) {
      const name = rawName.toLowerCase();
      const joined = host === "cloudflare" && setByRules.has(name) && headers.has(name);
      headers.set(name, joined ? `${headers.get(name)}, ${value}` : value);
      setByRules.add(name);
    }
  }
  return headers;
}

/**
 * Serves `root` on a free loopback port like a static host or CDN: answers a missing path with
 * 404.html, applies `root/_headers` as Cloudflare Pages does and gzips text. Test code only.
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
    // Like Cloudflare Pages: rules match the requested path, also when the answer is 404.html.
    for (const [name, value] of headersFor(rules, path)) res.setHeader(name, value);
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
