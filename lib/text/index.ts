export { processText } from "./process-text";
export { detectMetadata, type DetectOptions } from "./metadata";
export { normaliseText } from "./normalise";
export type * from "./types";
