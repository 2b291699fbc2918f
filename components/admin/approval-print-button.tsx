'use client';
// A print button for the registration form. Printing needs JavaScript, so the button appears only once
// the page is interactive; without it the hint beside it (use the browser's own print) still holds.
import { useEffect, useState } from 'react';

export function ApprovalPrintButton({ label }: { label: string }) {
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  if (!ready) return null;
  return (
    <button type="button" onClick={() => window.print()} className="mr-4 border-2 border-open bg-open px-5 py-2 font-bold text-white">
      {label}
    </button>
  );
}
