import next from "eslint-config-next";

const config = [
  { ignores: ["lib/generated/**", ".next/**", "bench/baseline/.next/**", "bench/results/**", ".data/**", "node_modules/**", "playwright-report/**", "test-results/**"] },
  ...next,
];

export default config;
