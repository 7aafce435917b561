import { describe, expect, it } from "vitest";
import { parseSourceFields } from "./source-fields";

const from = (fields: Record<string, string>) => parseSourceFields((name) => fields[name] ?? null);

describe("parseSourceFields", () => {
  it("reads the fields that are filled and ignores empty ones", () => {
    expect(from({ source_url: "https://www.gov.cn/a.htm", publisher: " 国务院 ", published: "" })).toEqual({ source: { url: "https://www.gov.cn/a.htm", publisher: "国务院" } });
    expect(from({})).toEqual({});
  });
  it("names the field that is invalid", () => {
    expect(from({ source_url: "file:///etc/passwd" })).toMatchObject({ error: expect.stringContaining("source_url") });
    expect(from({ published: "2021-1-5" })).toMatchObject({ error: expect.stringContaining("published") });
  });
});
