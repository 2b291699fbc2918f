// The text of every error page: what happened and what to do, with no detail of the failure itself.
// Used by the error boundaries (Client Components), so it reads nothing on the server.
import { enOutage } from '@/lib/i18n/en-outage';
import type { Locale } from '@/lib/i18n/locale';
import { zhOutage } from '@/lib/i18n/zh-outage';
import type { ErrorInfo } from 'next/error';

/** Next gives a Server Component's error to the browser only as a digest, a reference for the logs. */
export function digestOf(error: ErrorInfo['error']): string | undefined {
  const digest = error instanceof Error ? (error as Error & { digest?: unknown }).digest : undefined;
  return typeof digest === 'string' && /^[\w-]{1,40}$/.test(digest) ? digest : undefined;
}

export function OutageText({ admin, digest, retry, locale = 'zh-CN' }: { admin: boolean; digest?: string; retry?: () => void; locale?: Locale }) {
  // Officials' pages are Chinese only; a public page in the language of its URL.
  const t = admin || locale === 'zh-CN' ? zhOutage : { ...zhOutage, ...enOutage };
  return (
    <section aria-labelledby="outage-title" role="alert">
      <h1 id="outage-title">{admin ? t.admin.title : t.title}</h1>
      <p>{admin ? t.admin.what : t.what}</p>
      <p>{admin ? t.admin.retry : t.retry}</p>
      {retry ? (
        <p>
          <button type="button" onClick={retry} className="rounded border-2 border-ink px-3 py-1 font-bold">
            {t.retryButton}
          </button>
        </p>
      ) : null}
      {admin ? null : (
        <>
          <h2>{t.periodTitle}</h2>
          <p>{t.period}</p>
          <h2>{t.objectTitle}</h2>
          <p>{t.object}</p>
        </>
      )}
      <p>
        <a href={admin ? '/admin' : locale === 'en' ? '/en' : '/'}>{admin ? t.admin.back : t.home}</a>
      </p>
      {digest ? (
        <p className="text-sm">
          {t.reference}
          <code>{digest}</code>
        </p>
      ) : null}
    </section>
  );
}
