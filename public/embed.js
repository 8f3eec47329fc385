// @ts-check
/**
 * Hefei Deals embed loader (no dependencies). Resizes our iframes, marked with
 * data-hefei-embed="<childId>", from the pym.js v1 height messages they post. A message is
 * accepted only if it comes from this script's own origin, from that very iframe's window,
 * and carries a finite height in a sane range. It never navigates, evaluates or writes HTML.
 */
(function () {
  var script = /** @type {HTMLScriptElement | null} */ (document.currentScript);
  if (!script || !script.src) return;
  var origin = new URL(script.src, location.href).origin;
  var key = "__hefeiEmbedLoader:" + origin;
  if (/** @type {any} */ (window)[key]) return;
  /** @type {any} */ (window)[key] = true;
  var pattern = /^pymxPYMx([A-Za-z0-9_-]{1,80})xPYMxheightxPYMx(\d{1,5})$/;

  window.addEventListener("message", function (event) {
    if (event.origin !== origin || typeof event.data !== "string") return;
    var match = pattern.exec(event.data);
    if (!match) return;
    var height = Number(match[2]);
    if (!isFinite(height) || height < 50 || height > 20000) return;
    var frames = document.querySelectorAll("iframe[data-hefei-embed]");
    for (var i = 0; i < frames.length; i++) {
      var frame = /** @type {HTMLIFrameElement} */ (frames[i]);
      if (frame.contentWindow === event.source && frame.getAttribute("data-hefei-embed") === match[1]) {
        frame.style.height = height + "px";
        return;
      }
    }
  });
})();
