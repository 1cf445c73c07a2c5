import { defineConfig } from 'vitest/config';

// Dates are computed in Asia/Shanghai whatever the machine's zone; the domain
// tests also run under a negative UTC offset in CI to prove it (see .ci/run).
// `npm test` runs the browser tests (e2e/) after the rest, one file at a time:
// beside the integration tests on two CPUs a click could land mid-animation.
export default defineConfig({
  test: {
    include: ['domain/**/*.test.ts', 'server/**/*.test.ts', 'test/**/*.test.ts', 'e2e/**/*.test.ts'],
    testTimeout: 60_000,
    // Browser assertions poll; a loaded machine needs more than 1 s.
    expect: { poll: { timeout: 20_000, interval: 100 } },
    hookTimeout: 120_000,
    pool: 'forks',
    // PGlite instances are heavy (WASM); two cores on these machines.
    maxWorkers: 2,
  },
});
