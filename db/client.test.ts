import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { driverFromEnv, lockDataDir } from './client';

describe('driverFromEnv', () => {
  it('prefers POSTGRES_URL, then DATABASE_URL, else PGlite', () => {
    expect(driverFromEnv({ POSTGRES_URL: 'postgres://a', DATABASE_URL: 'postgres://b' })).toBe('vercel');
    expect(driverFromEnv({ DATABASE_URL: 'postgres://b' })).toBe('pg');
    expect(driverFromEnv({})).toBe('pglite');
  });
});

describe('lockDataDir', () => {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gongshi-lock-')), 'pglite');
  const children: ReturnType<typeof spawn>[] = [];
  afterEach(() => {
    for (const child of children.splice(0)) child.kill();
    fs.rmSync(`${dir}.lock`, { force: true });
  });

  it('refuses a directory that a live process holds', () => {
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    children.push(holder);
    fs.writeFileSync(`${dir}.lock`, String(holder.pid));
    expect(() => lockDataDir(dir)).toThrow(/in use by process/);
    expect(fs.readFileSync(`${dir}.lock`, 'utf8')).toBe(String(holder.pid));
  });

  it('takes over the lock of a process that is gone, and releases it', async () => {
    const gone = spawn(process.execPath, ['-e', '0']);
    await new Promise((resolve) => gone.on('exit', resolve));
    fs.writeFileSync(`${dir}.lock`, String(gone.pid));
    const release = lockDataDir(dir);
    expect(fs.readFileSync(`${dir}.lock`, 'utf8')).toBe(String(process.pid));
    release();
    expect(fs.existsSync(`${dir}.lock`)).toBe(false);
  });
});
