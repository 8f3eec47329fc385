/** <copy-snippet>: shows a Copy button beside the embed code and copies it to the clipboard. */
class CopySnippet extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector("button");
    const field = this.querySelector("textarea");
    if (!button || !field || !navigator.clipboard) return;
    const label = button.textContent;
    // The build bakes in SITE_URL; on staging or localhost offer this origin's URLs instead.
    const built = this.dataset.site;
    if (built && built !== location.origin) field.value = field.value.split(built).join(location.origin);
    button.hidden = false;
    button.addEventListener("click", () => {
      void navigator.clipboard.writeText(field.value.trim()).then(() => {
        button.textContent = button.dataset.copied ?? label;
        setTimeout(() => (button.textContent = label), 2000);
      });
    });
  }
}

if (!customElements.get("copy-snippet")) customElements.define("copy-snippet", CopySnippet);
