// GET /language?to=en (or to=zh-CN): the "English" / "中文" link in the header of every public page. It
// answers 303 to the page the visitor was on (the Referer, lib/http/referer.ts) in the other language,
// or to the home page when the browser sent no Referer of this site. The root layout renders the link
// once and is not rendered again on client-side navigation, so the link cannot name the page itself
// without client JavaScript; the browser's Referer always does. The answer depends on the Referer:
// never kept by a shared cache (private, no-store; lib/http/cache-control.ts leaves it alone).
import { z } from 'zod';
import { safeReturnPath } from '@/lib/display';
import { zhDisplay } from '@/lib/i18n/zh-display';
import { LOCALES, localePath, pagePathOf } from '@/lib/i18n/locale';
import { PRIVATE_CACHE_CONTROL } from '@/lib/http/cache-control';
import { refererPath } from '@/lib/http/referer';

const languageQuerySchema = z.object({ to: z.enum(LOCALES, { message: zhDisplay.invalidLanguage }) });

export async function GET(request: Request) {
  const parsed = languageQuerySchema.safeParse({ to: new URL(request.url).searchParams.get('to') });
  if (!parsed.success) {
    return new Response(zhDisplay.invalidLanguage, {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': PRIVATE_CACHE_CONTROL },
    });
  }
  // A relative Location, as /display sends: behind nginx the request's own URL names the instance.
  const page = pagePathOf(refererPath(request) ?? '/');
  const location = safeReturnPath(localePath(parsed.data.to, page)); // a path of this site, whatever the Referer held
  return new Response(null, { status: 303, headers: { Location: location, 'Cache-Control': PRIVATE_CACHE_CONTROL } });
}
