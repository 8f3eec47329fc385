import { afterAll, describe, expect, it } from "vitest";
import { copyProject } from "../support/projectCopy.ts";

// A copy of the project with one broken dataset: astro build must fail and say where.
const project = copyProject("hefei-broken-");
afterAll(() => project.remove());

describe("astro build on a broken dataset", () => {
  it("exits non-zero and names the file, the field and what was expected", () => {
    project.edit("src/data/conference.json", (text) => {
      const data = JSON.parse(text);
      data.records[0].value = "twenty-eight";
      return JSON.stringify(data);
    });
    const { status, output } = project.build();
    expect(status, output).not.toBe(0);
    expect(output).toContain(
      'src/data/conference.json: records[0] (id "deals.count").value: expected a number',
    );
  });
});
