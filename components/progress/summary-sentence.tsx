/** The one-sentence reading of a chart, in words and numbers: the first thing a reader gets. */
export function SummarySentence({ text }: { text: string }) {
  return <p className="text-lg">{text}</p>;
}
