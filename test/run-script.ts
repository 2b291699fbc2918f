// Runs a TypeScript entry point (a script, or a snippet) in a child process, as an operator would:
// its own environment, its exit code, what it printed.
import { execFile } from 'node:child_process';
import path from 'node:path';

export type ScriptRun = { code: number; stdout: string; stderr: string };

const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');

/** The test process's environment without anything that names a database or the server's mode. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['DATABASE_URL', 'POSTGRES_URL', 'PGLITE_DIR', 'NODE_ENV', 'GONGSHI_DEMO', 'GONGSHI_EMBEDDED', 'AUTH_SECRET', 'NEXT_RUNTIME']) {
    delete env[key];
  }
  return { ...env, ...extra };
}

export function runTsx(args: string[], env: NodeJS.ProcessEnv): Promise<ScriptRun> {
  return new Promise((resolve) => {
    execFile(tsx, args, { cwd: process.cwd(), env, timeout: 120_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}
