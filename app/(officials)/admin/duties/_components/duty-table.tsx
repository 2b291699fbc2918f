// The table shell of the duties pages: a keyboard-scrollable region with its label, an sr-only caption
// and the column headers; each page writes its own rows.
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
  const key = typeof saved === 'string' && Object.hasOwn(messages, saved) ? saved : null;
  if (key === null) return null;
  return (
    <p role="status" className="my-4 border-l-8 border-open bg-panel p-3 font-bold">
      {messages[key]}
    </p>
  );
}
