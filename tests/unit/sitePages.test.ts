import { describe, expect, it } from "vitest";
import { citedFacts } from "../../src/lib/citedFacts.ts";
import { splitAround } from "../../src/lib/splitAround.ts";

describe("citedFacts", () => {
  it("finds every <Fact id> in reading order, whatever the quotes and other attributes", () => {
    const body = `A <Fact id="deals.count" /> and <Fact class="x" id='bcs.2024-25.stay'/>; <ChartFigure id="x" /> <Factual id="no" />`;
    expect(citedFacts(body)).toEqual(["deals.count", "bcs.2024-25.stay"]);
  });
});

describe("splitAround", () => {
  it("splits a template around one placeholder and fills the others", () => {
    expect(splitAround("Republish under {licence}, crediting {site}.", "licence", { site: "S" })).toEqual([
      "Republish under ",
      ", crediting S.",
    ]);
  });

  it("keeps a translation's word order: the placeholder may come last", () => {
    expect(splitAround("请写信至{email}。", "email")).toEqual(["请写信至", "。"]);
  });
});
