// The success message after a Server Action redirected here (?done=…), announced politely.
export function DoneMessage({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p role="status" className="my-4 border-l-8 border-open bg-panel p-3 font-bold">
      {message}
    </p>
  );
}
