import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/**
 * What each lib/ folder may import besides itself, lowest layer first. The engine is pure; lib/server is the
 * plumbing (database client, environment, HTTP, security); the domain folders build on the engine in one
 * direction (content reads exercise definitions, never the reverse); lib/auth and lib/review are the data access that routes and pages call.
 */
const LIB_LAYERS = {
  engine: [],
  server: ["generated"],
  calculators: ["engine"],
  playground: ["engine"],
  srs: ["engine", "server"],
  exercises: ["engine", "server"],
  // content/facts compute the numbers the text states with the calculators' functions.
  content: ["engine", "calculators", "exercises", "server"],
  auth: ["engine", "srs", "content", "exercises", "server", "generated"],
  review: ["engine", "srs", "content", "exercises", "auth", "server", "generated"],
};

// Only data access (and lib/server itself) touches the Prisma client and its generated types.
const DATA_ACCESS = ["auth", "review", "server"];

const layerZones = [
  { target: "./lib", from: ["./app", "./components"], message: "lib/ sits below components/ and app/." },
  { target: "./components", from: "./app", message: "components/ sits below app/." },
  { target: "./content", from: ["./app", "./components"], message: "content/ is data: it imports no UI." },
  ...Object.entries(LIB_LAYERS).map(([folder, allowed]) => ({
    target: `./lib/${folder}`,
    from: "./lib",
    except: [folder, ...allowed].map((name) => `./${name}`),
    message: allowed.length
      ? `lib/${folder} may import only ${allowed.map((name) => `lib/${name}`).join(", ")} (docs/architecture.md).`
      : `lib/${folder} imports nothing from the project (docs/architecture.md).`,
  })),
  {
    // Content fact tables are data: they compute with the engine and the calculators and take one type from a leaf.
    target: "./content",
    from: "./lib",
    except: ["./engine", "./calculators", "./content/fact-types.ts"],
    message: "content/ imports only lib/engine, lib/calculators and the Fact type (lib/content/fact-types.ts).",
  },
  {
    target: [
      "./app",
      "./components",
      ...Object.keys(LIB_LAYERS)
        .filter((f) => !DATA_ACCESS.includes(f))
        .map((f) => `./lib/${f}`),
    ],
    from: ["./lib/server/db.ts", "./lib/generated"],
    message: "Only data access (lib/auth, lib/review) touches the database.",
  },
  {
    // Pages, routes and actions never hand a user id to data access: they call functions that read the session.
    target: ["./app", "./components"],
    from: "./lib/review/user-settings.ts",
    message: "Ask settingsOf() (lib/review/data.ts), which reads the session itself.",
  },
];

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
      // The engine runs in browser and server alike and must stay deterministic: see docs/architecture.md.
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
    // The layers (docs/architecture.md): app/ → components/ → lib/, and inside lib/ each folder imports only the
    // folders listed for it. Paths are resolved, so an alias, a relative path and a re-export all count.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "content/**/*.ts", "lib/**/*.{js,ts,tsx}"],
    rules: { "import/no-restricted-paths": ["error", { zones: layerZones }] },
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
