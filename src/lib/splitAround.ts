import { fill } from "../i18n/index.ts";

/**
 * A catalogue template split around one placeholder, its others filled: the page puts a link
 * (the licence, the address) between the two parts, so translations keep their own word order.
 */
export function splitAround(
  template: string,
  name: string,
  values: Record<string, string> = {},
): [string, string] {
  const [before = "", after = ""] = fill(template, { ...values, [name]: "\u0000" }).split("\u0000");
  return [before, after];
}
