/**
 * <copy-snippet>: shows a Copy button beside the embed code and copies the snippet chosen by its
 * radio buttons (latest or this version) to the clipboard.
 */
class CopySnippet extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector("button");
    const code = this.querySelector("code");
    if (!button || !code || !navigator.clipboard) return;
    const chosen = () => {
      const kind = this.querySelector<HTMLInputElement>("input[type=radio]:checked")?.value ?? "latest";
      return this.querySelector(`pre[data-kind="${kind}"] code`) ?? code;
    };
    const label = button.textContent;
    // The build bakes in SITE_URL; on staging or localhost offer this origin's URLs instead.
    const built = this.dataset.site;
    // This snippet and its siblings (the pym.js one) alike.
    if (built && built !== location.origin)
      for (const block of this.parentElement?.querySelectorAll("code") ?? [code])
        block.textContent = (block.textContent ?? "").split(built).join(location.origin);
    button.hidden = false;
    button.addEventListener("click", () => {
      void navigator.clipboard.writeText((chosen().textContent ?? "").trim()).then(() => {
        button.textContent = button.dataset.copied ?? label;
        setTimeout(() => (button.textContent = label), 2000);
      });
    });
  }
}

if (!customElements.get("copy-snippet")) customElements.define("copy-snippet", CopySnippet);
