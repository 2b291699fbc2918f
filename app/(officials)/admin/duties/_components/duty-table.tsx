// The duties pages' saved message (their tables use ScrollTable from components/ui/table.tsx).
import { DoneMessage } from '@/components/ui/done-message';
import { flashMessage } from '@/lib/route-params';

/** The green message after a saved form (`?saved=<key>`), or nothing for an unknown key. */
export function SavedMessage({ saved, messages }: { saved: string | string[] | undefined; messages: Readonly<Record<string, string>> }) {
  return <DoneMessage message={flashMessage(saved, messages)} />;
}
