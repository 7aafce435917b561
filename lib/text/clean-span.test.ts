import { describe, expect, it } from "vitest";
import { processText } from "./index";
import { cleanSpan, cleanSpanText, removeLineBreaks, repairArtefacts } from "./clean-span";
import { readSeed } from "@/tests/support/seed-texts";

describe("censored-letter artefact (A → 习近平)", () => {
  it("repairs AAA级 and AI", () => {
    expect(repairArtefacts("培育习近平习近平习近平级景区村庄10个")).toEqual({ text: "培育AAA级景区村庄10个", repairs: 1 });
    expect(repairArtefacts("阿里全球总部、vivo全球习近平I总部、OPPO全球")).toEqual({
      text: "阿里全球总部、vivo全球AI总部、OPPO全球",
      repairs: 1,
    });
    expect(repairArtefacts("3习近平景区和习近平股").text).toBe("3A景区和A股");
  });

  it("leaves the genuine name untouched", () => {
    for (const genuine of [
      "以习近平新时代中国特色社会主义思想为指引",
      "深入贯彻习近平总书记对浙江、杭州工作的重要指示精神",
      "团结在以习近平同志为核心的党中央周围",
      "学懂弄通做实习近平新时代中国特色社会主义思想",
      "学习习近平生态文明思想",
    ]) {
      expect(repairArtefacts(genuine)).toEqual({ text: genuine, repairs: 0 });
    }
  });

  it("000: repairs both places in sentence text, flags them, warns with the count, keeps the raw span", () => {
    const stored = readSeed("000");
    const { sentences, warnings } = processText(stored);
    const repaired = sentences.filter((s) => s.flags.includes("repaired"));
    expect(repaired).toHaveLength(2);
    expect(repaired[0].text).toContain("培育AAA级景区村庄10个");
    expect(stored.slice(repaired[0].start, repaired[0].end)).toContain("培育习近平习近平习近平级景区村庄10个");
    expect(repaired[1].text).toContain("vivo全球AI总部");
    expect(warnings.find((w) => w.code === "repaired-artefact")).toMatchObject({ count: 2 });
  });

  it("000 and 002: genuine 习近平 sentences stay as stored and unflagged", () => {
    for (const id of ["000", "002"] as const) {
      const genuine = processText(readSeed(id)).sentences.filter((s) => /习近平(新时代|总书记|同志)/.test(s.text));
      expect(genuine.length).toBeGreaterThanOrEqual(2);
      for (const s of genuine) {
        expect(s.flags).not.toContain("repaired");
        expect(s.text).toBe(readSeed(id).slice(s.start, s.end).trim());
      }
    }
    expect(processText(readSeed("002")).warnings.map((w) => w.code)).not.toContain("repaired-artefact");
  });
});

describe("whitespace normalisation", () => {
  it("removes only whitespace runs that contain a line break", () => {
    expect(removeLineBreaks("成功创建全\n\n国科普示范区")).toBe("成功创建全国科普示范区");
    expect(removeLineBreaks("a\r\n\u3000\u3000b")).toBe("ab");
    expect(removeLineBreaks("覆盖面超过 60%")).toBe("覆盖面超过 60%");
    expect(removeLineBreaks("  实施“退低进高” 、“退二进三”  ")).toBe("实施“退低进高” 、“退二进三”");
  });

  it("repairs an artefact even when a line break falls inside it", () => {
    expect(cleanSpan("vivo全球习近\n\n平I总部")).toEqual({ text: "vivo全球AI总部", repairs: 1 });
  });
});

describe("pinyin glosses of web copies", () => {
  it("drops a toned gloss after a Han character, in either bracket width", () => {
    expect(cleanSpanText("濉(suī)溪县和亳（bó）州市")).toBe("濉溪县和亳州市");
    expect(cleanSpanText("经济(jīng jì)增长")).toBe("经济增长");
    expect(cleanSpanText("莘(shen1)庄")).toBe("莘庄");
  });

  it("keeps brackets that are not glosses", () => {
    for (const text of ["国内生产总值(GDP)增长", "细颗粒物(pm)浓度", "增长(ok)", "(suī)开头", "第一(1)项"]) {
      expect(cleanSpanText(text)).toBe(text);
    }
  });
});
