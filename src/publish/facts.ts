import { getCollection, type CollectionEntry } from "astro:content";
import { fillFacts } from "../lib/factText.ts";
import type { Dataset, FigureRecord } from "../schemas/dataset.ts";

/** A record together with the dataset it belongs to. */
export interface Fact {
  record: FigureRecord;
  dataset: Dataset;
}

let index: Promise<Map<string, Fact>> | undefined;

/** Every record of every dataset by id, built once per build. */
export function factIndex(): Promise<Map<string, Fact>> {
  // In `astro dev` a dataset may have been edited since: index again on every request.
  if (import.meta.env.DEV) index = undefined;
  index ??= getCollection("datasets").then((entries) => {
    const map = new Map<string, Fact>();
    for (const { data } of entries)
      for (const record of data.records) map.set(record.id, { record, dataset: data });
    return map;
  });
  return index;
}

/** The record with this id; an unknown id fails the build, naming it and the page. */
export async function getFact(id: string, where: string): Promise<Fact> {
  const fact = (await factIndex()).get(id);
  if (!fact) throw new Error(`${where}: unknown fact id "${id}": expected an id from src/data/*.json`);
  return fact;
}

/** A story edition's title and dek with their `{fact:id}` placeholders filled in its locale. */
export async function storyText(story: CollectionEntry<"stories">): Promise<{ title: string; dek: string }> {
  const records = new Map([...(await factIndex())].map(([id, fact]) => [id, fact.record]));
  const where = `src/stories/${story.id}.mdx`;
  return {
    title: fillFacts(story.data.title, records, story.data.locale, `${where}: title`),
    dek: fillFacts(story.data.dek, records, story.data.locale, `${where}: dek`),
  };
}
