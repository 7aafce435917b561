// fast-check generators for hostile text: arbitrary code units (lone surrogates included), every plane, and
// report-shaped noise built from the characters the pipeline reacts to.
import fc from "fast-check";

/** Any UTF-16 code unit, so lone surrogates and unpaired halves appear. */
export const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** A code point from any of the 17 planes (surrogate range excluded: codeUnit covers that). */
export const anyPlane = fc
  .integer({ min: 0, max: 16 })
  .chain((plane) => fc.integer({ min: plane * 0x10000, max: plane * 0x10000 + 0xffff }))
  .filter((c) => c < 0xd800 || c > 0xdfff)
  .map((c) => String.fromCodePoint(c));

const PIECES = [
  ..."各位代表全市地区生产总值增长比上年完成目标任务预计确保力争以上左右亿万元个百分点年第由至和及",
  ..."。！？!?；;：:，,、……——“”‘’\"'（）()《》【】「」『』〔〕[]<>&",
  ..."0123456789.%-+=@#/\\",
  "\n", "\n\n", "\r\n", "\r", " ", "\t", "\u3000", "\u00a0",
  "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u200f", "\u202e", "\u202d", "\u2066", "\u2069",
  "\ud800", "\udfff", "\ud83d\ude00", "\u{20000}", "\u{10ffff}",
  "一、", "二、", "（一）", "(二)", "1、", "2.", "——", "各位代表:", "政府工作报告", "2023年", "二〇二四年", "十四五",
  "习近平", "http://", "https://example.com/a?b=1!", "www.", "a@b.cn", "<script>alert(1)</script>", "=HYPERLINK(\"x\")",
];

/** Text built from the characters and tokens the segmenter, the headings and the extractors look at. */
export const reportish = (maxLength: number) =>
  fc.array(fc.constantFrom(...PIECES), { maxLength }).map((parts) => parts.join(""));

export const hostileStrings = (maxLength: number) =>
  fc.oneof(
    fc.string({ maxLength }),
    fc.string({ unit: codeUnit, maxLength }),
    fc.string({ unit: anyPlane, maxLength }),
    fc.string({ unit: "grapheme", maxLength }),
    reportish(maxLength),
  );
