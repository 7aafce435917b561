// The readings the analysis tests share: a line read as a review's result, a plan's goal, a plan's other sentence or a
// review's problem, and the quantities a line holds as `text=value unit`. Used by tests only.
import { extractIndicators } from "./extract-indicators";
import { findQuantities } from "./find-quantities";

export const achieved = (text: string) => extractIndicators(text, { kind: "achievement", part: "review" });
export const planned = (text: string, planYear: number | null = null) => extractIndicators(text, { kind: "goal", part: "plan", planYear });
export const said = (text: string) => extractIndicators(text, { kind: "other", part: "plan" });
export const problem = (text: string) => extractIndicators(text, { kind: "other", part: "review" });
export const read = (text: string) => findQuantities(text).map((q) => `${q.text}=${q.value}${q.unit}`);
