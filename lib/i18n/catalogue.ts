// The type a translation of a catalogue must have: the same keys, strings where the original has
// strings, the same functions (same arguments) and the same shape of lists. Writing
// `export const en: Catalogue<typeof zh> = { ... }` makes tsc refuse a missing or extra key, or a function
// with other arguments, in either language.
export type Catalogue<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Catalogue<R>
    : T extends object
      ? { readonly [K in keyof T]: Catalogue<T[K]> } // lists and tuples stay lists and tuples
      : T;
