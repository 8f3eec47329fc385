import type { FigureRecord, RecordOf } from "../../schemas/dataset.ts";

/** What the deals chart draws, shaped from the conference dataset. */
export interface DealsData {
  count: RecordOf<"count">;
  valueCny: RecordOf<"CNY">;
  valueUsd: RecordOf<"USD">;
  /** The list of sectors, with each sector's label by locale. */
  list: RecordOf<"list">;
  /** One entry per sector the deals covered, in the order the source listed them. */
  sectors: { key: string; record: RecordOf<"count"> }[];
  /** True only when every sector's count is published and they add up to the total. */
  disclosed: boolean;
}

function find<U extends FigureRecord["unit"]>(
  records: readonly FigureRecord[],
  id: string,
  unit: U,
): RecordOf<U> {
  const record = records.find((r) => r.id === id);
  if (!record || record.unit !== unit)
    throw new Error(`deals chart: expected record "${id}" with unit ${unit}`);
  return record as RecordOf<U>;
}

/** Picks the deals chart's records; the split is drawn only if the dataset ever publishes it. */
export function dealsData(records: readonly FigureRecord[]): DealsData {
  const count = find(records, "deals.count", "count");
  const list = find(records, "deals.sectors", "list");
  const sectors = list.value.map((key) => ({ key, record: find(records, `deals.sector.${key}`, "count") }));
  const total = count.value ?? 0;
  const split = sectors.map((s) => s.record.value);
  const disclosed =
    split.every((v) => v !== null) && split.reduce<number>((a, v) => a + (v ?? 0), 0) === total;
  return {
    count,
    valueCny: find(records, "deals.value-cny", "CNY"),
    valueUsd: find(records, "deals.value-usd", "USD"),
    list,
    sectors,
    disclosed,
  };
}
