'use client';
// Downloads of the aggregated roster (汇总名册). Each is a plain link that works without JavaScript;
// with it, the file is fetched as a stream so that a large roster shows its progress ("正在生成… n%",
// from Content-Length or X-File-Size, or the bytes received when neither is known) in a polite live region,
// then saved under the name the server gives.
import { useRef, useState, type MouseEvent } from 'react';
import { flushSync } from 'react-dom';
import { zhAdminApprovals } from '@/lib/i18n/zh-admin-approvals';

const t = zhAdminApprovals.roster.progress;

export type RosterLink = { href: string; label: string; fallbackName: string };

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

export function ApprovalRosterDownload({ links }: { links: RosterLink[] }) {
  const [status, setStatus] = useState('');
  const busy = useRef(false);

  async function download(event: MouseEvent<HTMLAnchorElement>, link: RosterLink) {
    // Let the browser handle new tabs, saving the link, and browsers without streams.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (typeof ReadableStream === 'undefined' || typeof fetch === 'undefined') return;
    event.preventDefault();
    if (busy.current) return;
    busy.current = true;
    setStatus(t.generating);
    try {
      const response = await fetch(link.href, { credentials: 'same-origin', cache: 'no-store' });
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
      const name = fileNameOf(response.headers.get('Content-Disposition')) ?? link.fallbackName;
      save(new Blob(chunks, { type: response.headers.get('Content-Type') ?? 'application/octet-stream' }), name);
      setStatus(t.done(name));
    } catch {
      setStatus(t.failed);
    } finally {
      busy.current = false;
    }
  }

  return (
    <>
      <ul className="list-disc pl-6">
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href} onClick={(event) => void download(event, link)} className="font-bold">
              {link.label}
            </a>
          </li>
        ))}
      </ul>
      <p role="status" aria-live="polite" className="min-h-8 font-bold">
        {status}
      </p>
    </>
  );
}
