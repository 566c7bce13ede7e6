import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["lib/**/*.ts", "app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "scripts/**/*.ts"],
    ignores: ["lib/server/env.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration through lib/server/env.ts." },
      ],
    },
  },
  {
    files: ["lib/engine/**/*.ts"],
    rules: {
      // The engine runs in browser and server alike and must stay deterministic: see DEVELOPERS.md.
      "no-restricted-imports": [
        "error",
        { patterns: ["next", "next/*", "react", "react/*", "@prisma/*", "node:*", "@/lib/generated/*", "server-only"] },
      ],
      "no-restricted-properties": [
        "error",
        { object: "Date", property: "now", message: "Pass `now` in from the caller." },
        { object: "Math", property: "random", message: "Pass a seeded random source in from the caller." },
        { object: "process", property: "env", message: "The engine takes everything as arguments." },
      ],
    },
  },
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "lib/generated/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
    ],
  },
];

export default config;
