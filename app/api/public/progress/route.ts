// Open data: the public progress as JSON (default) or one of its tables as CSV. Aggregates only,
// never anything about a single household. Cached by browsers and proxies for a minute.
import type { NextRequest } from 'next/server';
import { TABLE_NAMES, tableFor, type TableName } from '@/components/progress/tables';
import { getCountyProgress, getProgressReport } from '@/lib/data/progress';
import { apiError, withApiErrors } from '@/lib/http/api-error';
import { zhProgress } from '@/lib/i18n/zh-progress';
import { toCsv } from './csv';

const CACHE = 'public, max-age=60';

// Rendered per request, never at build time (the database is not opened during `next build`).
export const dynamic = 'force-dynamic';

export const GET = withApiErrors('api/public/progress', async (request: NextRequest): Promise<Response> => {
  const params = request.nextUrl.searchParams;
  const format = params.get('format') ?? 'json';
  if (format !== 'json' && format !== 'csv') return apiError(400, 'bad_format', zhProgress.errors.format);

  const now = new Date();
  const report = await getProgressReport(now);
  if (!report) return apiError(404, 'no_data', zhProgress.errors.noData);
  if (format === 'json') return Response.json(report, { headers: { 'Cache-Control': CACHE } });

  const name = params.get('table') ?? 'counties';
  if (!(TABLE_NAMES as readonly string[]).includes(name)) return apiError(400, 'bad_table', zhProgress.errors.table);
  const countyCode = params.get('county');
  const county = countyCode ? await getCountyProgress(countyCode, now) : null;
  if (countyCode && !county) return apiError(404, 'no_county', zhProgress.errors.county);

  const table = tableFor(name as TableName, report, county);
  const file = `progress-${name}-${county ? `${county.county.code}-` : ''}${report.year}.csv`;
  return new Response(toCsv(table), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${file}"`,
      'Cache-Control': CACHE,
    },
  });
});
