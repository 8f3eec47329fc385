import type { APIRoute } from "astro";
import type { ChartId } from "../../../charts/index.ts";
import type { Locale } from "../../../i18n/index.ts";
import { chartDataset, chartPaths, chartStory } from "../../../publish/chartContext.ts";
import { dataJson } from "../../../publish/chartData.ts";
import { chartLog } from "../../../publish/meta.ts";
import { entryChanges } from "../../../publish/figureHistory.ts";

export const getStaticPaths = chartPaths;

/** The chart's data as JSON: the records it draws, the dataset's licence, the corrections it carries. */
export const GET: APIRoute = async ({ params }) => {
  const id = params.chart as ChartId;
  const story = await chartStory(id, params.locale as Locale);
  const log = await Promise.all(
    chartLog(story.data.corrections, id).map(async (entry) => ({
      ...entry,
      changes: (await entryChanges(story, entry)).map(({ id, before, after, text }) => ({
        id,
        before,
        after,
        text,
      })),
    })),
  );
  return new Response(dataJson(id, await chartDataset(id), log), {
    headers: { "content-type": "application/json" },
  });
};
