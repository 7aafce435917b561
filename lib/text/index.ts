export { processText } from "./process-text";
export { detectMetadata, type DetectOptions } from "./metadata";
export { cleanSpanText } from "./clean-span";
export type * from "./types";
