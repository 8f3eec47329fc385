/**
 * Listen, loaded on the first press of a chart's Listen button: plays the reader's current series
 * (the explorer's, else the first) as tones with Web Audio, about half a second apart, panned
 * left to right in time. Pitch rises with the value over two octaves, on one scale per chart (its
 * lowest to highest figure); uncertain figures sound softer (a sine), gaps are silent, and a
 * part-year comes after a pause, in a hollower timbre. The button, Escape or Space stop it at once.
 * Nothing sounds without the reader's press.
 */
import type { PackedTree } from "../charts/kit/explore/tree.ts";
import { register } from "./chartIslands.ts";

/** Seconds from one point to the next, and the extra pause before a part-year. */
const STEP = 0.5;
const PAUSE = 0.35;
/** The lowest pitch (Hz); the highest is two octaves up. */
const LOW = 220;

let playing: { button: HTMLButtonElement; stop: () => void } | undefined;

/** The frequency of `value` on the chart's scale `[min, max]`. */
export const pitch = (value: number, [min, max]: [number, number]): number =>
  LOW * 2 ** ((2 * (value - min)) / (max - min || 1));

/** Starts (or, pressed again, stops) the tones of `host`'s current series. */
export function listen(host: HTMLElement, button: HTMLButtonElement): void {
  const again = playing?.button === button;
  playing?.stop();
  if (again) return;
  const data = JSON.parse(host.dataset.explore ?? "{}") as PackedTree;
  const series = data.s?.[Number(host.dataset.series ?? 0)] ?? data.s?.[0];
  if (!series || !data.d) return;
  const context = new AudioContext();
  let t = context.currentTime + 0.05;
  series.forEach(([value, flags], i) => {
    if (flags & 2) t += PAUSE;
    if (value !== null) {
      const osc = context.createOscillator();
      osc.type = flags & 1 ? "sine" : flags & 2 ? "square" : "triangle";
      osc.frequency.value = pitch(value, data.d!);
      const gain = context.createGain();
      const peak = flags & 1 ? 0.12 : flags & 2 ? 0.06 : 0.25;
      gain.gain.setValueAtTime(0, t);
      gain.gain.linearRampToValueAtTime(peak, t + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.001, t + STEP * 0.8);
      const pan = new StereoPannerNode(context, {
        pan: series.length > 1 ? -1 + (2 * i) / (series.length - 1) : 0,
      });
      osc.connect(gain).connect(pan).connect(context.destination);
      osc.start(t);
      osc.stop(t + STEP * 0.8);
    }
    t += STEP;
  });
  const label = button.textContent;
  const onKey = (event: KeyboardEvent) => {
    // Space on the button is its own click; anywhere else, Space and Escape stop the tones.
    if (event.key === "Escape" || (event.key === " " && event.target !== button)) {
      event.preventDefault();
      event.stopPropagation();
      stop();
    }
  };
  const timer = setTimeout(() => stop(), (t - context.currentTime) * 1000 + 100);
  const stop = () => {
    clearTimeout(timer);
    removeEventListener("keydown", onKey, true);
    void context.close();
    button.textContent = label;
    if (playing?.button === button) playing = undefined;
  };
  addEventListener("keydown", onKey, true);
  button.textContent = button.dataset.stop ?? label;
  playing = { button, stop };
}

register({ listen });
