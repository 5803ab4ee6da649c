import { defineConfig } from 'vitest/config'

/*
 * One command runs everything. Unit tests are pure; the other projects share one global setup
 * (tests/setup/global.ts) that starts PostgreSQL (embedded, or DATABASE_URL), builds a fresh
 * database from the committed migrations and, when HTTP or browser tests are selected,
 * builds and starts the app.
 */
export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    globalSetup: ['tests/setup/global.ts'],
    // Test files share one database and one server: run files one at a time, tests in order.
    fileParallelism: false,
    // One worker runs every file, and without isolation it loads Payload, Next and Lexical once
    // instead of once per file (a minute of the integration project alone). Each file still opens
    // its own Payload instance under its own key (tests/helpers/migrate.ts), and files that change
    // process.env put it back.
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 300_000,
    teardownTimeout: 60_000,
    reporters: ['default'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'integration', include: ['tests/integration/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'http', include: ['tests/http/**/*.test.ts'], setupFiles: ['tests/setup/server-log.ts'] },
      },
      {
        extends: true,
        test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], setupFiles: ['tests/setup/server-log.ts'] },
      },
      // Several app instances, a job worker, Redis, S3 and a replica (tests/scale/cluster.ts).
      // Each test starts its own instances and workers: minutes on a busy 2-core machine.
      {
        extends: true,
        test: {
          name: 'scale',
          include: ['tests/scale/**/*.test.ts'],
          setupFiles: ['tests/setup/server-log.ts'],
          testTimeout: 240_000,
        },
      },
      // Adversarial tests (issue #11): against the running production server and the database.
      {
        extends: true,
        test: { name: 'security', include: ['tests/security/**/*.test.ts'], setupFiles: ['tests/setup/server-log.ts'] },
      },
    ],
  },
})
