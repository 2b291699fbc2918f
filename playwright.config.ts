import { defineConfig, devices } from '@playwright/test';

// Browser tests drive a real `next build && next start` in Debian's Chromium. scripts/test.sh prepares
// the database (PGLITE_DIR or DATABASE_URL) and the fixture of expected data first.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'e2e',
  timeout: 30_000,
  workers: 2,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL,
    ...devices['Pixel 7'], // phones first
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'],
    },
  },
  // Pages that only read run first and in parallel; the officials' specs write to the shared demo
  // database, so they run afterwards, one at a time, and never change what a read-only spec counts.
  projects: [
    { name: 'public', testMatch: ['public-pages.spec.ts', 'privacy-and-a11y.spec.ts', 'progress.spec.ts'] },
    // 90 s: a test that signs one enrolled account in twice may wait for the next TOTP step (up to
    // 30 s), because the server refuses a code that was used already (e2e/sign-in.ts).
    { name: 'officials', testIgnore: ['public-pages.spec.ts', 'privacy-and-a11y.spec.ts', 'progress.spec.ts'], dependencies: ['public'], workers: 1, timeout: 90_000 },
  ],
  webServer: {
    // A demo server (GONGSHI_DEMO=1): the production guards would refuse the demo's accounts and database.
    // Sessions end after 10 idle minutes instead of 30: no spec idles that long; e2e/sessions.spec.ts
    // makes a session look idle in SQL and checks the 10 minutes in the messages.
    // TRUST_PROXY=1: a browser context that sends X-Forwarded-For is another client (e2e/sessions.spec.ts's lock).
    // E2E_REUSE_BUILD=1 (CI's second pass) serves the build the first pass made: the build holds no
    // data, every page renders per request, so the same build serves PGlite and PostgreSQL alike.
    command: `${process.env.E2E_REUSE_BUILD === '1' ? '' : 'npx next build && '}GONGSHI_DEMO=1 GONGSHI_SESSION_IDLE_SECONDS=600 TRUST_PROXY=1 npx next start -H 127.0.0.1 -p ${port}`,
    url: `${baseURL}/privacy`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
