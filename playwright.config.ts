import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./scripts/lib/chromium";

const PORT = 3100;

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 30_000,
  fullyParallel: false,
  // Two browsers against the one server: while one waits on the server the other runs (71 tests: 3.7 minutes in
  // one worker, 3.1 in two, on two cores); more would only queue.
  workers: 2,
  retries: 0,
  reporter: [["list"], ["json", { outputFile: "reports/e2e.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: "chromium",
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: "node scripts/bootstrap.mjs start",
    url: `http://127.0.0.1:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 300_000,
    stdout: "pipe",
    // The suite signs up ~30 accounts from one address, more than the default hourly allowance of 20.
    env: {
      PORT: String(PORT),
      DATABASE_URL: "file:./data/e2e.db",
      HOST: "127.0.0.1",
      SIGNUPS_PER_ADDRESS_PER_HOUR: "500",
    },
  },
});
