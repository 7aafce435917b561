/** Han ideographs (BMP, extension A, compatibility, supplementary planes). */
export const CJK_CHAR = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[\u{20000}-\u{3134f}]/u;
const CJK_GLOBAL = new RegExp(CJK_CHAR.source, "gu");

export function countCjk(text: string): number {
  return text.match(CJK_GLOBAL)?.length ?? 0;
}
