// The signed-in official of this request (next-auth session → account re-read in ./official).
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '@/db';
import { auth } from './index';
import { loadOfficial, type Official } from './official';

export type { Official };

/** The official of this request, or null. */
export const currentOfficial = cache(async (): Promise<Official | null> => {
  const session = await auth();
  if (!session?.official?.id) return null;
  return loadOfficial(await getDb(), session.official);
});

/** For pages under /admin: the official, or a redirect to /login that comes back to `returnTo`. */
export async function requireOfficial(returnTo = '/admin'): Promise<Official> {
  const official = await currentOfficial();
  if (official) return official;
  redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
}
