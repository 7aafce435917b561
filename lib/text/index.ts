export { processText } from "./process-text";
export { detectMetadata } from "./metadata";
export { normaliseText } from "./normalise";
export type * from "./types";
