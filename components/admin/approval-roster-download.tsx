'use client';
// Downloads of the aggregated roster (汇总名册): one form that POSTs to the export, a button per format.
// Without JavaScript the browser posts it and saves the attachment, staying on the page. With it, the
// file is fetched as a stream so that a large roster shows its progress ("正在生成… n%", from
// Content-Length or X-File-Size, or the bytes received when neither is known) in a polite live region,
// then saved under the name the server gives. POST: an audited export is never a plain link.
import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { zhAdminApprovals } from '@/lib/i18n/zh-admin-approvals';

const t = zhAdminApprovals.roster.progress;

export type RosterFormat = { format: 'xlsx' | 'csv'; label: string; fallbackName: string };

export const ROSTER_EXPORT_PATH = '/admin/roster/export';

/** The UTF-8 file name of a Content-Disposition header (filename*=UTF-8''…), or null. */
function fileNameOf(disposition: string | null): string | null {
  const match = disposition ? /filename\*=UTF-8''([^;]+)/i.exec(disposition) : null;
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return null;
  }
}

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Give the browser time to start the download before the object URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export function ApprovalRosterDownload({ region, formats }: { region: string; formats: RosterFormat[] }) {
  const [status, setStatus] = useState('');
  const busy = useRef(false);

  async function download(event: FormEvent<HTMLFormElement>) {
    // Browsers without streams simply post the form.
    if (typeof ReadableStream === 'undefined' || typeof fetch === 'undefined') return;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const chosen = formats.find((f) => f.format === (submitter as HTMLButtonElement | null)?.value);
    if (!chosen) return;
    event.preventDefault();
    if (busy.current) return;
    busy.current = true;
    setStatus(t.generating);
    try {
      const body = new FormData();
      body.set('region', region);
      body.set('format', chosen.format);
      const response = await fetch(ROSTER_EXPORT_PATH, { method: 'POST', body, credentials: 'same-origin', cache: 'no-store' });
      if (!response.ok || !response.body) throw new Error(`roster download: ${response.status}`);
      // Content-Length when the server keeps it; Next's route handlers drop it, so also X-File-Size.
      const total = Number(response.headers.get('Content-Length') ?? response.headers.get('X-File-Size') ?? 0);
      const reader = response.body.getReader();
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      let received = 0;
      let shown = -1;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value as Uint8Array<ArrayBuffer>);
        received += value.byteLength;
        if (total > 0) {
          const percent = Math.min(100, Math.floor((received * 100) / total));
          // Announce every tenth only, so a screen reader is not flooded.
          if (percent >= shown + 10 || percent === 100) {
            shown = percent;
            // Rendered at once: chunks already buffered arrive in one go and would batch into the end.
            flushSync(() => setStatus(t.percent(percent)));
          }
        } else {
          flushSync(() => setStatus(t.bytes((received / 1024).toFixed(0))));
        }
      }
      const name = fileNameOf(response.headers.get('Content-Disposition')) ?? chosen.fallbackName;
      save(new Blob(chunks, { type: response.headers.get('Content-Type') ?? 'application/octet-stream' }), name);
      setStatus(t.done(name));
    } catch {
      setStatus(t.failed);
    } finally {
      busy.current = false;
    }
  }

  return (
    <form method="post" action={ROSTER_EXPORT_PATH} onSubmit={(event) => void download(event)}>
      <input type="hidden" name="region" value={region} />
      <ul className="list-none pl-0">
        {formats.map((f) => (
          <li key={f.format} className="my-2">
            <button type="submit" name="format" value={f.format} className="border-2 border-ink bg-white px-4 py-1 font-bold text-ink underline">
              {f.label}
            </button>
          </li>
        ))}
      </ul>
      <p role="status" aria-live="polite" className="min-h-8 font-bold">
        {status}
      </p>
    </form>
  );
}
