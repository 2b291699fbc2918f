// Text that officials publish (notice body, withdrawal reason, resolution reason) is refused, next to
// its field, when it contains an ID, certificate or mobile number (docs/DOMAIN.md "Retention").
import { z } from 'zod';
import { findPersonalNumbers } from '@/lib/domain/personal-numbers';
import { zhPublishedText } from '@/lib/i18n/zh-published-text';

/** The field's schema, refusing text that contains a personal number. */
export function publishedText<S extends z.ZodType<string>>(schema: S) {
  return schema.superRefine((text, ctx) => {
    const kinds = findPersonalNumbers(text);
    if (kinds.length > 0) ctx.addIssue({ code: 'custom', message: zhPublishedText.personalNumbers(kinds) });
  });
}
