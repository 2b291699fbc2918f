// The seeded demo database of one test file: opened before its tests as the process database (the one
// the actions and reads under test use, db/index.ts) and closed after them. Call it at the top of the
// file; the file's own beforeAll, registered after it, finds the database open (vitest runs beforeAll
// hooks in order). Its fields are read inside tests and hooks, never while the file loads.
import type { SQL } from 'drizzle-orm';
import { afterAll, beforeAll } from 'vitest';
import { setProcessDatabase } from '@/db';
import { queryRows, type Db } from '@/db/client';
import { openTestDatabase, type TestDatabase } from './database';

export interface SeededDatabase {
  readonly db: Db;
  /** The `now` the demo data was seeded with. */
  readonly seededAt: Date;
  /** The rows `query` returns. */
  rows<T>(query: SQL): Promise<T[]>;
  /** The first row `query` returns; fails the test when there is none. */
  one<T>(query: SQL): Promise<T>;
}

export function useSeededDatabase(): SeededDatabase {
  let opened: TestDatabase | undefined;
  beforeAll(async () => {
    opened = await openTestDatabase('seeded');
    setProcessDatabase(opened);
  });
  afterAll(() => opened?.close());
  const open = (): TestDatabase => {
    if (!opened) throw new Error('the test database opens in beforeAll: use it inside a test or a hook');
    return opened;
  };
  const rows = <T>(query: SQL) => queryRows<T>(open().db, query);
  return {
    get db() {
      return open().db;
    },
    get seededAt() {
      return open().seededAt;
    },
    rows,
    async one<T>(query: SQL) {
      const [row] = await rows<T>(query);
      if (row === undefined) throw new Error('the query returned no row');
      return row;
    },
  };
}
