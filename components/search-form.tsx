import { usePublicText } from '@/lib/i18n/public';

/** A plain GET form, so search works without JavaScript. */
export function SearchForm({ id, defaultValue = '', compact = false }: { id: string; defaultValue?: string; compact?: boolean }) {
  const { t: zh, href } = usePublicText();
  return (
    <form action={href('/search')} method="get" role="search" className="flex flex-wrap items-end gap-2">
      <div className="flex grow flex-col">
        <label htmlFor={id} className="font-bold">
          {zh.search.label}
        </label>
        {compact ? null : (
          <span id={`${id}-hint`} className="text-sm">
            {zh.search.hint}
          </span>
        )}
        <input
          id={id}
          name="q"
          type="search"
          defaultValue={defaultValue}
          aria-describedby={compact ? undefined : `${id}-hint`}
          autoComplete="off"
          className="mt-1 w-full border-2 border-ink bg-white px-2 py-1 text-ink"
        />
      </div>
      <button type="submit" className="border-2 border-ink bg-ink px-4 py-1 font-bold text-white">
        {zh.search.button}
      </button>
    </form>
  );
}
