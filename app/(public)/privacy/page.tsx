import type { Metadata } from 'next';
import { getPublicText } from '@/lib/i18n/public';
import { ScrollTable } from '@/components/ui/table';
import { ZhRuns } from '@/components/zh-runs';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getPublicText()).t.privacy.title };
}

export default async function PrivacyPage() {
  const { t, locale } = await getPublicText();
  const p = t.privacy;
  return (
    <>
      <h1>{p.title}</h1>
      <p>{p.intro}</p>
      <h2 id="published">{p.publishedTitle}</h2>
      <ScrollTable caption={p.publishedTitle} labelledBy="published" columns={[p.field, p.why]}>
        {p.published.map(([field, why]) => (
          <tr key={field}>
            <th scope="row">
              <ZhRuns locale={locale}>{field}</ZhRuns>
            </th>
            <td>
              <ZhRuns locale={locale}>{why}</ZhRuns>
            </td>
          </tr>
        ))}
      </ScrollTable>
      <h2 id="private">{p.privateTitle}</h2>
      <ul className="list-disc pl-6">
        {p.private.map((field) => (
          <li key={field}>{field}</li>
        ))}
      </ul>
      <h2>{p.objectorsTitle}</h2>
      <p>{p.objectors}</p>
      <h2>{p.officialsTitle}</h2>
      <p>{p.officials}</p>
      <h2>{p.basisTitle}</h2>
      <p>{p.basis}</p>
    </>
  );
}
