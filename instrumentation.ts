// Opens, migrates (and, for an empty embedded database, seeds) the database when the server starts,
// so that the first visitor does not wait for it.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { getDatabase } = await import('./db');
  const { driver } = await getDatabase();
  console.log(`gongshi: database ready (${driver})`);
}
