// 退出所有设备: ends every session of this official on the server (lib/actions/sign-out.server.ts).
import { logoutEverywhere } from '@/lib/actions/sign-out.server';
import { zhAdminSession } from '@/lib/i18n/zh-admin-session';

const t = zhAdminSession.everywhere;

export function SignOutEverywhere() {
  return (
    <section aria-labelledby="sign-out-everywhere" className="mt-8 border-t-2 border-ink pt-4">
      <h2 id="sign-out-everywhere">{t.title}</h2>
      <p>{t.intro}</p>
      <form action={logoutEverywhere}>
        <button type="submit" className="border-2 border-ink px-3 py-1 font-bold">
          {t.submit}
        </button>
      </form>
    </section>
  );
}
