import { describe, expect, it } from "vitest";
import type { ImportInput, ImportOutcome } from "@/lib/data/report-imports";
import { formUpload, importUpload, rawUpload, uploadSize, type Upload } from "./import-upload";

const text = "2021年政府工作报告";
const form = (entries: [string, string | File][]) => {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
};
const upload = (result: ReturnType<typeof formUpload>): Upload => {
  if ("error" in result) throw new Error(result.error);
  return result;
};

/** Imports nothing: records what each call got, and answers as a stored report would. */
function recorder() {
  const inputs: ImportInput[] = [];
  const importOne = async (input: ImportInput): Promise<ImportOutcome> => {
    inputs.push(input);
    return { status: "imported", slug: `r-${inputs.length}`, title: "t", version: 1, fileName: input.fileName ?? null };
  };
  return { inputs, importOne };
}

describe("formUpload", () => {
  it("reads every chosen file and the pasted text, with the year and source fields applying to each", async () => {
    const parsed = upload(formUpload(form([
      ["files", new File(["甲"], "a.txt", { type: "text/plain" })],
      ["files", new File(["乙乙"], "b.html", { type: "text/html" })],
      ["text", text],
      ["name", "  粘贴.txt "],
      ["year", "2021"],
      ["publisher", "杭州市人民政府"],
    ])));
    expect(parsed.files.map((f) => [f.fileName, f.contentType, f.size])).toEqual([
      ["a.txt", "text/plain", 3],
      ["b.html", "text/html", 6],
      ["粘贴.txt", undefined, new TextEncoder().encode(text).length],
    ]);
    expect(parsed.year).toBe(2021);
    expect(parsed.source).toEqual({ publisher: "杭州市人民政府" });
    expect(new TextDecoder().decode(await parsed.files[2].read())).toBe(text);
    expect(uploadSize(parsed)).toEqual({ files: 3, bytes: 9 + new TextEncoder().encode(text).length });
  });

  it("takes a browser's empty file input and blank pasted text as nothing, and names a nameless paste pasted.txt", () => {
    expect(upload(formUpload(form([["files", new File([], "")], ["text", "  \n"]]))).files).toEqual([]);
    expect(upload(formUpload(form([["text", text], ["name", "  "]]))).files.map((f) => f.fileName)).toEqual(["pasted.txt"]);
    expect(upload(formUpload(form([["files", new File([], "empty.txt")]]))).files.map((f) => f.fileName)).toEqual(["empty.txt"]);
  });

  it("answers 400 naming a bad year or source field, before any file is read", () => {
    expect(formUpload(form([["text", text], ["year", "二〇二一"]]))).toMatchObject({ status: 400, error: expect.stringContaining("year") });
    expect(formUpload(form([["text", text], ["source_url", "file:///etc/passwd"]]))).toMatchObject({ status: 400, error: expect.stringContaining("source_url") });
  });
});

describe("rawUpload", () => {
  const body = new TextEncoder().encode(text);
  it("is one file named by ?name= (upload.txt without it) with the body's content type and the query's fields", async () => {
    const parsed = upload(rawUpload(body, "text/plain; charset=utf-8", new URLSearchParams("name=r.txt&year=2020&published=2020-01-05")));
    expect(parsed.files.map((f) => [f.fileName, f.contentType, f.size])).toEqual([["r.txt", "text/plain; charset=utf-8", body.length]]);
    expect(await parsed.files[0].read()).toBe(body);
    expect(parsed).toMatchObject({ year: 2020, source: { published: "2020-01-05" } });
    expect(upload(rawUpload(body, "", new URLSearchParams())).files[0].fileName).toBe("upload.txt");
  });
  it("refuses a body over the input limit with 413 and a bad field with 400", () => {
    expect(rawUpload(new Uint8Array(5 * 1024 * 1024 + 1), "", new URLSearchParams())).toMatchObject({ status: 413 });
    expect(rawUpload(body, "", new URLSearchParams("retrieved=yesterday"))).toMatchObject({ status: 400, error: expect.stringContaining("retrieved") });
  });
});

describe("importUpload", () => {
  it("imports the files in order with the upload's fields, and fails a file over 5 MB without reading it", async () => {
    let readBig = false;
    const big = { fileName: "big.txt", size: 5 * 1024 * 1024 + 1, read: async () => ((readBig = true), new Uint8Array()) };
    const small = { fileName: "a.txt", contentType: "text/plain", size: 3, read: async () => new Uint8Array([1, 2, 3]) };
    const pasted = { fileName: "pasted.txt", size: 1, read: async () => new Uint8Array([4]) };
    const { inputs, importOne } = recorder();
    const outcomes = await importUpload({ files: [small, big, pasted], year: 2021 }, importOne);
    expect(outcomes.map((o) => [o.status, o.fileName])).toEqual([["imported", "a.txt"], ["failed", "big.txt"], ["imported", "pasted.txt"]]);
    expect(outcomes[1]).toMatchObject({ code: "too-large" });
    expect(readBig).toBe(false);
    expect(inputs).toEqual([
      { bytes: new Uint8Array([1, 2, 3]), fileName: "a.txt", contentType: "text/plain", year: 2021 },
      { bytes: new Uint8Array([4]), fileName: "pasted.txt", year: 2021 },
    ]);
  });
  it("runs `before` ahead of each file", async () => {
    const order: string[] = [];
    const { importOne } = recorder();
    const file = (name: string) => ({ fileName: name, size: 1, read: async () => new Uint8Array([1]) });
    await importUpload({ files: [file("a"), file("b")] }, async (input) => (order.push(input.fileName!), importOne(input)), async () => void order.push("yield"));
    expect(order).toEqual(["yield", "a", "yield", "b"]);
  });
});
