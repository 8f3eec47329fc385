/**
 * The chart explorer, loaded on first use by <chart-tips>: the chart's navigation tree (built at
 * build time from its records, in the figure's `data-explore`) as an ARIA tree with a roving
 * tabindex, so screen readers switch to focus mode by themselves and announce level and position.
 * Up and Down move within a level, Right or Enter go down, Left or Backspace up, Home and End jump,
 * Escape leaves. A sighted reader sees the sentence in the chart's tip.
 */
import type { PackedNode, PackedTree } from "../charts/kit/explore/tree.ts";
import { register } from "./chartIslands.ts";

const trees = new WeakMap<HTMLElement, HTMLElement>();

/** Builds the tree of `host` (once) and puts the focus on its current item. */
export function explore(host: HTMLElement): void {
  const canvas = host.querySelector<HTMLElement>(".chart-canvas");
  // A chart that asks for a guess first keeps its data to itself until the reader has guessed.
  if (!canvas || !host.dataset.explore || host.closest("guess-first:not(.is-revealed)")) return;
  let tree = trees.get(host);
  if (!tree) {
    const data = JSON.parse(host.dataset.explore) as PackedTree;
    tree = document.createElement("ul");
    tree.className = "chart-tree visually-hidden";
    tree.setAttribute("role", "tree");
    tree.setAttribute("aria-label", host.closest("figure")?.querySelector(".chart-title")?.textContent ?? "");
    tree.append(item(data.r, 1, 1, 1));
    const tip = document.createElement("div");
    tip.className = "chart-tip";
    tip.setAttribute("aria-hidden", "true");
    tip.hidden = true;
    tip.style.left = tip.style.top = "0";
    canvas.append(tip);
    canvas.after(tree);
    // The tree is now the chart's tab stop.
    canvas.tabIndex = -1;
    tree.addEventListener("keydown", key);
    tree.addEventListener("focusin", (event) => show(event.target as HTMLElement, host, tip));
    tree.addEventListener("focusout", () => (tip.hidden = true));
    trees.set(host, tree);
  }
  tree.querySelector<HTMLElement>('[tabindex="0"]')?.focus();
}

/** One treeitem: named by its sentence alone (aria-label), its children in a hidden group. */
function item(node: PackedNode, level: number, position: number, size: number): HTMLElement {
  const li = document.createElement("li");
  li.setAttribute("role", "treeitem");
  li.setAttribute("aria-label", node.t);
  li.setAttribute("aria-level", String(level));
  li.setAttribute("aria-posinset", String(position));
  li.setAttribute("aria-setsize", String(size));
  li.setAttribute("aria-selected", String(level === 1));
  li.tabIndex = level === 1 ? 0 : -1;
  if (node.s !== undefined) li.dataset.series = String(node.s);
  if (node.c) {
    li.setAttribute("aria-expanded", "false");
    const group = document.createElement("ul");
    group.setAttribute("role", "group");
    group.hidden = true;
    node.c.forEach((child, i) => group.append(item(child, level + 1, i + 1, node.c!.length)));
    li.append(group);
  }
  return li;
}

const childrenOf = (li: Element | null): HTMLElement[] =>
  li ? [...(li.querySelector(":scope > ul")?.children ?? [])].map((c) => c as HTMLElement) : [];

/** Moves the roving tabindex and the focus to `to`, expanded only along its path. */
function go(from: HTMLElement, to: HTMLElement | undefined): void {
  if (!to || to === from) return;
  from.tabIndex = -1;
  from.setAttribute("aria-selected", "false");
  to.tabIndex = 0;
  to.setAttribute("aria-selected", "true");
  to.focus();
}

function setOpen(li: HTMLElement, open: boolean): void {
  li.setAttribute("aria-expanded", String(open));
  li.querySelector<HTMLElement>(":scope > ul")!.hidden = !open;
}

function key(event: KeyboardEvent): void {
  const current = event.target as HTMLElement;
  if (current.getAttribute("role") !== "treeitem") return;
  const parent = current.parentElement?.closest<HTMLElement>('[role="treeitem"]') ?? null;
  const siblings = parent ? childrenOf(parent) : [current];
  const at = siblings.indexOf(current);
  const down = () => {
    const first = childrenOf(current)[0];
    if (first) setOpen(current, true);
    go(current, first);
  };
  const up = () => {
    if (!parent) return;
    setOpen(parent, false);
    go(current, parent);
  };
  const moves: Record<string, () => void> = {
    ArrowDown: () => go(current, siblings[at + 1]),
    ArrowUp: () => go(current, siblings[at - 1]),
    Home: () => go(current, siblings[0]),
    End: () => go(current, siblings.at(-1)),
    ArrowRight: down,
    Enter: down,
    ArrowLeft: up,
    Backspace: up,
    // Leaves the tree; the next Tab goes on from here.
    Escape: () => current.blur(),
  };
  const move = moves[event.key];
  if (!move || event.altKey || event.ctrlKey || event.metaKey) return;
  event.preventDefault();
  move();
}

/** Shows the item's sentence in the tip and tells Listen which series the reader is in. */
function show(li: HTMLElement, host: HTMLElement, tip: HTMLElement): void {
  const label = li.getAttribute("aria-label");
  if (!label) return;
  tip.textContent = label;
  tip.hidden = false;
  const series = li.closest<HTMLElement>("[data-series]")?.dataset.series;
  if (series !== undefined) host.dataset.series = series;
}

register({ explore });
