// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // Reads go through 'use cache' + cacheTag; writes call updateTag (lib/actions).
  cacheComponents: true,
  // PGlite ships WASM and data files that must be loaded from node_modules at run time, not bundled.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'pg', '@vercel/postgres', '@neondatabase/serverless', 'ws'],
  poweredByHeader: false,
  // Emits nothing beyond what `next start` needs; keeps pages light.
  reactStrictMode: true,
};

export default nextConfig;
