import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Two projects: pure rules run without a database; everything else gets a real one (test/global-setup.ts).
const dbTests = ['db/**/*.test.ts', 'lib/data/**/*.test.ts', 'lib/actions/**/*.test.ts', 'lib/auth/**/*.test.ts', 'lib/audit/**/*.test.ts', 'scripts/**/*.test.ts', 'test/**/*.test.ts'];

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Two files at a time even on two cores (vitest's default there is one): much of a database test's
    // time is spent waiting on PostgreSQL or on a child process (setup, backups, the start path).
    maxWorkers: 2,
    // next-auth imports 'next/server' without an extension, which Node's ESM loader refuses: let Vite resolve it (proxy.ts's test).
    server: { deps: { inline: ['next-auth'] } },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['**/*.test.ts'], exclude: ['node_modules/**', 'e2e/**', '.next/**', ...dbTests] },
      },
      {
        extends: true,
        test: { name: 'db', include: dbTests, exclude: ['node_modules/**'], globalSetup: ['test/global-setup.ts'] },
      },
    ],
  },
});
