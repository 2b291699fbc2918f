// @ts-check
import createNextIntlPlugin from 'next-intl/plugin';

// The public pages' locale and date formatting (issue 9, item 8): i18n/request.ts.
const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Public pages render per request from indexed queries (milliseconds), so every write shows at once.
  // cacheComponents is off on purpose: it streams pages, and a notFound() after the shell has been
  // sent answers 200 instead of 404.
  // PGlite loads WASM and data files from node_modules at run time; argon2 is a native addon.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'pg', '@vercel/postgres', '@neondatabase/serverless', 'ws'],
  // A registration form may carry a photo of up to 1 MB (lib/actions/households.ts); the default
  // limit of 1 MB counts the whole form.
  experimental: { serverActions: { bodySizeLimit: '2mb' } },
  poweredByHeader: false,
  // Every visitor gets the title in <head> with the first bytes, not streamed in later: screen
  // readers announce it at once, and the few reads behind generateMetadata are the page's own.
  htmlLimitedBots: /.*/,
  // Plain protections every page gets; no page of the portal is meant to be framed by another site.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
      // Notice pages list households with disabled members: not for search engines (DOMAIN.md "Retention").
      { source: '/notices/:path*', headers: [{ key: 'X-Robots-Tag', value: 'noindex, nofollow' }] },
    ];
  },
  reactStrictMode: true,
};

export default withNextIntl(nextConfig);
