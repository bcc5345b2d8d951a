import next from "eslint-config-next";

// Guardrails of the structure (docs/decisions/020-layered-lib.md): lib/ is the domain and never
// imports the UI (app/, components/), components/ never import pages; no import cycles in lib/.
// The folder-level graph of lib/ is checked by scripts/check-lib-graph.mjs.
const uiImports = {
  group: ["@/app", "@/app/*", "@/components", "@/components/*", "**/app/*", "**/components/*"],
  message: "lib/ is the domain: it never imports app/ or components/ (pages compose, domain code decides).",
};

const config = [
  {
    ignores: [
      "lib/generated/**",
      ".next/**",
      "bench/baseline/.next/**",
      "bench/results/**",
      ".data/**",
      "node_modules/**",
      "playwright-report/**",
      "test-results/**",
    ],
  },
  ...next,
  {
    files: ["lib/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [uiImports] }],
      "import/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/app", "@/app/*", "**/app/*"], message: "components/ never import pages (app/)." }] },
      ],
    },
  },
];

export default config;
