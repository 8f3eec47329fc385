import { describe, expect, it } from "vitest";
import { messages, type Locale } from "../../i18n/index.ts";
import { readDatasets } from "../../lib/readDatasets.ts";
import chart from "./chart.ts";
import { howFarOff, type GuessEdition } from "../kit/guess/howFarOff.ts";

const records = readDatasets("src/data").find(({ dataset }) => dataset.id === chart.dataset)!.dataset.records;

/** Three editions, the latest uncertain: small enough to work out each sentence by hand. */
const editions: GuessEdition[] = [
  { edition: "2021/22", value: 71, uncertain: false },
  { edition: "2022/23", value: 51, uncertain: false },
  { edition: "2023/24", value: 54, uncertain: true },
];
/** German puts a no-break space before the percent sign, as Intl does. */
const nb = (text: string) => text.replaceAll(" %", "\u00a0%");
const sentence = (locale: Locale, guesses: Record<string, number | undefined>, data = editions) => {
  const { texts } = chart.guess!(records, locale);
  return howFarOff(data, guesses, texts, messages(locale).intlLocale);
};

describe("how far off the reader's guess was", () => {
  it("says a guess equal to the data is exactly right, and the average is zero", () => {
    const exact = { "2021/22": 71, "2022/23": 51, "2023/24": 54 };
    expect(sentence("en", exact)).toBe(
      "In 2023/24, 54% planned to increase investment (secondary source, uncertain). You guessed 54%: exactly right. " +
        "Across the 3 editions you guessed, you were off by 0 points on average.",
    );
    expect(sentence("de", exact)).toBe(
      nb(
        "2023/24 wollten 54 % mehr investieren (Sekundärquelle, unsicher). Ihr Tipp: 54 %, genau richtig. " +
          "Über die 3 geschätzten Umfragen lagen Sie im Schnitt 0 Prozentpunkte daneben.",
      ),
    );
    expect(sentence("zh", exact)).toBe(
      "2023/24年度，54%的企业计划增加投资（二手来源，不确定）。您猜的是54%：完全正确。在您猜测的3期调查中，平均相差0个百分点。",
    );
  });

  it("says how far above, with the mean of the absolute differences to one decimal", () => {
    // |80 − 71| + |60 − 51| + |55 − 54| = 19 over 3 editions: 6.333… → 6.3.
    const above = { "2021/22": 80, "2022/23": 60, "2023/24": 55 };
    expect(sentence("en", above)).toBe(
      "In 2023/24, 54% planned to increase investment (secondary source, uncertain). You guessed 55%: 1 point too high. " +
        "Across the 3 editions you guessed, you were off by 6.3 points on average.",
    );
    expect(sentence("de", above)).toContain(nb("Ihr Tipp: 55 %, 1 Prozentpunkt zu hoch."));
    expect(sentence("de", above)).toContain(nb("im Schnitt 6,3 Prozentpunkte daneben"));
    expect(sentence("zh", above)).toContain("您猜的是55%：高了1个百分点。");
    expect(sentence("zh", above)).toContain("平均相差6.3个百分点");
  });

  it("says how far below, and counts differences both ways as distance", () => {
    // |61 − 71| + |61 − 51| + |40 − 54| = 34 over 3: 11.333… → 11.3.
    const below = { "2021/22": 61, "2022/23": 61, "2023/24": 40 };
    expect(sentence("en", below)).toContain("You guessed 40%: 14 points too low.");
    expect(sentence("en", below)).toContain("off by 11.3 points on average");
    expect(sentence("de", below)).toContain(nb("Ihr Tipp: 40 %, 14 Prozentpunkte zu niedrig."));
    expect(sentence("zh", below)).toContain("您猜的是40%：低了14个百分点。");
  });

  it("counts only the editions guessed", () => {
    // The latest and one more: the average is over those two only (|70 − 71| + |50 − 54|) / 2 = 2.5.
    expect(sentence("en", { "2021/22": 70, "2023/24": 50 })).toBe(
      "In 2023/24, 54% planned to increase investment (secondary source, uncertain). You guessed 50%: 4 points too low. " +
        "Across the 2 editions you guessed, you were off by 2.5 points on average.",
    );
    // No guess for the latest edition: the sentence is about the latest one guessed.
    expect(sentence("en", { "2021/22": 70, "2022/23": 52 })).toBe(
      "In 2022/23, 51% planned to increase investment. You guessed 52%: 1 point too high. " +
        "Across the 2 editions you guessed, you were off by 1 point on average.",
    );
    // One guess, not the latest: that edition, and no average of one.
    expect(sentence("en", { "2022/23": 49 })).toBe(
      "In 2022/23, 51% planned to increase investment. You guessed 49%: 2 points too low.",
    );
    // Only the latest: no average of one.
    expect(sentence("de", { "2023/24": 54 })).toBe(
      nb("2023/24 wollten 54 % mehr investieren (Sekundärquelle, unsicher). Ihr Tipp: 54 %, genau richtig."),
    );
    expect(sentence("zh", {})).toBe("您没有作出猜测。以下是实际数据。");
  });

  it("says nothing of uncertainty when the latest figure is certain", () => {
    const certain = editions.map((e) => ({ ...e, uncertain: false }));
    expect(sentence("en", { "2023/24": 60 }, certain)).toBe(
      "In 2023/24, 54% planned to increase investment. You guessed 60%: 6 points too high.",
    );
    expect(sentence("zh", { "2023/24": 60 }, certain)).toBe(
      "2023/24年度，54%的企业计划增加投资。您猜的是60%：高了6个百分点。",
    );
  });
});
