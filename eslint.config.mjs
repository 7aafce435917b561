import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      // The migration script talks to Prisma's untyped Wasm engine; `any` is confined there.
      "@typescript-eslint/no-explicit-any": "warn",
      "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  { ignores: ["node_modules/**", ".next/**", "prisma/generated/**", "test-results/**", "playwright-report/**", "bench/corpus/**", "next-env.d.ts"] },
];

export default config;
