// Who is eligible (帮扶条件), in plain words from the programme's settings: on the public notice page,
// its print page and the officials' board poster.
import { usePublicText } from '@/lib/i18n/public';

export function NoticeCriteria({ incomeThreshold, id = 'criteria-heading' }: { incomeThreshold: number; id?: string }) {
  const { poster: zhPoster, criteria: eligibilityCriteria } = usePublicText();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{zhPoster.criteriaTitle}</h2>
      <p>{zhPoster.criteriaIntro}</p>
      <ol className="list-decimal pl-8">
        {eligibilityCriteria({ incomeThreshold }).map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ol>
    </section>
  );
}
