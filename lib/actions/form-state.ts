// The state a form shows after a Server Action: safe to import from client components.
export type FieldErrors = Record<string, string>;

export type FormState = {
  ok: boolean | null; // null: nothing submitted yet
  message: string;
  fieldErrors: FieldErrors;
  /** What was typed, so that a refused form comes back filled in (never passwords or files). */
  values: Record<string, string>;
};

export const initialFormState: FormState = { ok: null, message: '', fieldErrors: {}, values: {} };
