// The officials' （必填）/（选填） marks, apart from zhAdmin: components/ui/field-parts.tsx reads them, and
// the public forms use that file too, so importing zhAdmin there would ship the officials' text to the
// villagers' pages.
export const zhFieldMarks = {
  required: '（必填）',
  optional: '（选填）',
} as const;
