/**
 * <site-search>: searches the page's language with Pagefind (dist/pagefind/, written after the
 * build). Pagefind's code and index load only when the reader starts typing or arrives with
 * `?q=`; each result links to the part of the page that matched (a card, a facts entry, a story
 * section) with its excerpt, the matched words marked.
 */
interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: { url: string; title: string; excerpt: string }[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  debouncedSearch(query: string): Promise<{ results: { data(): Promise<PagefindResult> }[] } | null>;
}

/** Pagefind's excerpt (HTML with <mark>) as nodes: only its text and marks are kept. */
function excerptNodes(html: string): Node[] {
  const template = document.createElement("template");
  template.innerHTML = html;
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? "");
  });
}

class SiteSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;

  connectedCallback(): void {
    const form = this.querySelector("form");
    const input = this.querySelector("input");
    const status = this.querySelector("[role=status]");
    const list = this.querySelector("ol");
    if (!form || !input || !status || !list) return;
    form.hidden = false;
    this.querySelector("[data-noscript]")?.setAttribute("hidden", "");
    const run = async () => {
      const query = input.value.trim();
      history.replaceState(null, "", query ? `?q=${encodeURIComponent(query)}` : location.pathname);
      if (!query) {
        list.replaceChildren();
        status.textContent = "";
        return;
      }
      try {
        const search = await (await this.load()).debouncedSearch(query);
        if (!search) return; // a newer query superseded this one
        const results = await Promise.all(search.results.slice(0, 12).map((r) => r.data()));
        list.replaceChildren(...results.map((result) => this.item(result)));
        const template = results.length ? this.dataset.results! : this.dataset.none!;
        status.textContent = template.replace("{query}", query).replace("{count}", String(results.length));
      } catch {
        status.textContent = this.dataset.failed!;
      }
    };
    input.addEventListener("input", () => void run());
    input.addEventListener("focus", () => void this.load().catch(() => {}), { once: true });
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      void run();
    });
    const asked = new URLSearchParams(location.search).get("q");
    if (asked) {
      input.value = asked;
      void run();
    }
  }

  /** Pagefind, loaded once: its script, then its WebAssembly and this language's index on first search. */
  load(): Promise<Pagefind> {
    this.#pagefind ??= import(/* @vite-ignore */ new URL("/pagefind/pagefind.js", location.href).href).then(
      async (pagefind: Pagefind) => {
        await pagefind.options({ excerptLength: 24 });
        return pagefind;
      },
    );
    return this.#pagefind;
  }

  /** One result: the best-matching part of the page (its heading) or the page, with its excerpt. */
  item(result: PagefindResult): HTMLLIElement {
    const best = result.sub_results?.[0];
    const li = document.createElement("li");
    const link = document.createElement("a");
    link.href = best?.url ?? result.url;
    const page = result.meta.title ?? result.url;
    link.textContent = best && best.title !== page ? `${best.title} · ${page}` : page;
    const excerpt = document.createElement("p");
    excerpt.append(...excerptNodes(best?.excerpt ?? result.excerpt));
    li.append(link, excerpt);
    return li;
  }
}

if (!customElements.get("site-search")) customElements.define("site-search", SiteSearch);
