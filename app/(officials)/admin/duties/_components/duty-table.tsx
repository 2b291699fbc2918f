// The table shell of the duties pages: a keyboard-scrollable region with its label, an sr-only caption
// and the column headers; each page writes its own rows.
import { DoneMessage } from '@/components/ui/done-message';
import { flashMessage } from '@/lib/route-params';

export function DutyTable({ caption, columns, children }: { caption: string; columns: readonly string[]; children: React.ReactNode }) {
  return (
    <div className="scroll-table" role="region" aria-label={caption} tabIndex={0}>
      <table>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** The green message after a saved form (`?saved=<key>`), or nothing for an unknown key. */
export function SavedMessage({ saved, messages }: { saved: string | string[] | undefined; messages: Readonly<Record<string, string>> }) {
  return <DoneMessage message={flashMessage(saved, messages)} />;
}
