// The green message after a step succeeded (a Server Action that redirected with `?done=`/`?saved=`, or
// answered ok), announced politely; nothing when there is no message.
export function DoneMessage({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p role="status" className="my-4 border-l-8 border-open bg-panel p-3 font-bold">
      {message}
    </p>
  );
}
