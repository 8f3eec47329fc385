/**
 * Runs inside an embed page. Applies `?theme=light|dark`, and tells the host page our height
 * with the pym.js v1 message (`pymxPYMx{childId}xPYMxheightxPYMx{height}`) whenever it changes,
 * so pym.js's Parent and our /embed.js both resize the iframe. It listens to no message from
 * the host, so nothing can make it navigate or scroll anything.
 */
const query = new URLSearchParams(location.search);
const theme = query.get("theme");
if (theme === "light" || theme === "dark") document.documentElement.dataset.theme = theme;

const id = query.get("childId");
if (window.parent !== window) {
  document.documentElement.classList.add("is-framed");
  let last = 0;
  const send = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // pym.js messages carry no secret: any origin may read our height.
    window.parent.postMessage(`pymxPYMx${id ?? ""}xPYMxheightxPYMx${height}`, "*");
  };
  new ResizeObserver(send).observe(document.body);
  addEventListener("load", send);
  void document.fonts?.ready.then(send);
  send();
}
