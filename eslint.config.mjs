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
  // The npx entry point is plain CommonJS on purpose (Node 20 runs it before tsx exists).
  { files: ["bin/**/*.js"], rules: { "@typescript-eslint/no-require-imports": "off" } },
  { ignores: ["node_modules/**", ".next/**", "dist/**", "prisma/generated/**", "test-results/**", "playwright-report/**", "bench/corpus/**", "next-env.d.ts"] },
];

export default config;
