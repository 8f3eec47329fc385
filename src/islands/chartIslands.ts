/** What the lazily loaded chart islands (chartExplore.ts, chartListen.ts) put on `window.chartIslands`. */
export interface ChartIslands {
  explore?: (host: HTMLElement) => void;
  listen?: (host: HTMLElement, button: HTMLButtonElement) => void;
}

/** Registers a lazily loaded island's entry point for <chart-tips>. */
export function register(entry: ChartIslands): void {
  const w = window as unknown as { chartIslands?: ChartIslands };
  w.chartIslands = Object.assign(w.chartIslands ?? {}, entry);
}
