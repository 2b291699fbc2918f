import type { Metadata } from 'next';
import { getPublicText } from '@/lib/i18n/public';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getPublicText()).t.privacy.title };
}

export default async function PrivacyPage() {
  const p = (await getPublicText()).t.privacy;
  return (
    <>
      <h1>{p.title}</h1>
      <p>{p.intro}</p>
      <h2 id="published">{p.publishedTitle}</h2>
      <div className="scroll-table" role="region" aria-labelledby="published" tabIndex={0}>
        <table>
          <caption className="sr-only">{p.publishedTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{p.field}</th>
              <th scope="col">{p.why}</th>
            </tr>
          </thead>
          <tbody>
            {p.published.map(([field, why]) => (
              <tr key={field}>
                <th scope="row">{field}</th>
                <td>{why}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
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
