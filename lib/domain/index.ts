// The vocabulary: `as const` arrays, their zod enums and the types derived from them (docs/decisions/010d-one-vocabulary.md).
export * from "./report";
export * from "./sentence";
export * from "./indicator";
export * from "./compare";
