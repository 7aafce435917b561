import { describe, expect, it } from "vitest";
import { contentHash, normalizeForHash } from "./normalize";

describe("normalizeForHash", () => {
  it("turns CRLF and CR into LF and trims every line and both ends", () => {
    expect(normalizeForHash("\ufeff  一、总体要求 \r\n\r\n    现在,我代表区人民政府。\t\r末行\u3000\n\n")).toBe(
      "一、总体要求\n\n现在,我代表区人民政府。\n末行",
    );
  });

  it("makes full-width ASCII half-width and keeps 。、“”《》…… full-width", () => {
    expect(normalizeForHash("增长８．５％（预计），确保；力争：好！吗？ＧＤＰ")).toBe("增长8.5%(预计),确保;力争:好!吗?GDP");
    expect(normalizeForHash("“十四五”规划《建议》、……。")).toBe("“十四五”规划《建议》、……。");
  });

  it("converts traditional characters", () => {
    expect(normalizeForHash("政府工作報告")).toBe("政府工作报告");
  });
});

describe("contentHash", () => {
  it("is sha256 hex, equal across line ends, widths, indentation and script", () => {
    const hash = contentHash("各位代表:\n  现在,我代表区人民政府(草案)。\n");
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash("各位代表：\r\n\u3000\u3000现在，我代表区人民政府（草案）。")).toBe(hash);
    expect(contentHash("各位代表:\n現在,我代表區人民政府(草案)。")).toBe(hash);
  });

  it("differs when a number differs", () => {
    expect(contentHash("增长7.5%")).not.toBe(contentHash("增长8.5%"));
  });
});
