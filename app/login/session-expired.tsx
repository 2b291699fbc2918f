// 会话已过期: shown when /admin sent the official here because the session timed out (lib/auth/session.ts).
import { sessionLimits } from '@/lib/auth/sessions';
import { zhAdminSession } from '@/lib/i18n/zh-admin-session';

export function SessionExpired() {
  const limits = sessionLimits();
  return (
    <p role="alert" className="border-l-8 border-brand bg-panel p-3 font-bold">
      {zhAdminSession.expired(Math.round(limits.idleSeconds / 60), Math.round(limits.absoluteSeconds / 3600))}
    </p>
  );
}
