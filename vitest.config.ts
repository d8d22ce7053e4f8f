import { defineConfig } from "vitest/config";
import { LongFilesFirst } from "./src/test-support/long-files-first";

export default defineConfig({
  test: {
    sequence: { sequencer: LongFilesFirst },
    projects: [
      {
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "src/**/*.test.tsx", "scripts/**/*.test.ts", "bench/**/*.test.ts"],
          exclude: ["src/**/*.int.test.ts", "node_modules/**"],
          environment: "node",
          setupFiles: ["./src/web/test-setup.ts"],
        },
      },
      {
        test: {
          name: "integration",
          include: ["src/**/*.int.test.ts"],
          environment: "node",
          // migrates one template database per run; each file starts from a copy of it
          globalSetup: ["./src/test-support/integration-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // two files at a time, each on its own database (no test shares a port or a folder)
          fileParallelism: true,
          maxWorkers: 2,
          // a worker process runs file after file and keeps its module cache: the app's ~600 modules are imported
          // once per worker, not once per file (the CI run spent 141 s of 440 importing). Safe here: no
          // integration test mocks modules or fakes timers, and those that change process.env restore it.
          isolate: false,
        },
      },
    ],
  },
});
