// The driver of `npm run load` (scripts/load.sh brings up nginx, the two instances and the database).
// autocannon reads the public pages through nginx while four demo officials, each signed in once
// through next-auth's HTTP sign-in, post the real Server Action forms (the page's own no-script form:
// its hidden fields name the action) through nginx: publish, close, record an objection. Afterwards
// every write answered "ok" (303 to its ?done= page) is looked up in the database: exactly once.
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import pg from 'pg';

process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'; // nginx's throwaway certificate, loopback only
const site = process.env.LOAD_SITE!;
const seconds = Number(process.env.LOAD_SECONDS ?? 60);
const connections = Number(process.env.LOAD_CONNECTIONS ?? 200);
const soakMinutes = Number(process.env.LOAD_SOAK_MINUTES ?? 0);
const duration = soakMinutes > 0 ? soakMinutes * 60 : seconds;
const appPids = (process.env.LOAD_APP_PIDS ?? '').split(' ').filter(Boolean).map(Number);
const run = `${process.pid}-${Date.now().toString(36)}`;
const db = new pg.Client({ connectionString: process.env.LOAD_DB_URL });
await db.connect();
const rows = async <T>(text: string, values: unknown[] = []) => (await db.query(text, values)).rows as T[];

/** Resident memory of one instance (its process group: `next start` and anything it started), in MB. */
function rssMb(pid: number): number {
  let kb = 0;
  for (const line of readFileSync('/proc/' + pid + '/status', 'utf8').split('\n')) if (line.startsWith('VmRSS:')) kb = Number(line.split(/\s+/)[1]);
  return Math.round(kb / 1024);
}
const memory = () => appPids.map(rssMb);

// ---- Officials: one sign-in each, then their cookies.
class Session {
  cookies = new Map<string, string>();
  constructor(readonly username: string) {}
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  async fetch(path: string, init: RequestInit = {}) {
    const res = await fetch(site + path, { ...init, redirect: 'manual', headers: { ...(init.headers ?? {}), cookie: this.header() } });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, i), pair!.slice(i + 1));
    }
    return res;
  }
  async signIn() {
    const { csrfToken } = (await (await this.fetch('/api/auth/csrf')).json()) as { csrfToken: string };
    const res = await this.fetch('/api/auth/callback/credentials', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrfToken, username: this.username, password: 'gongshi-demo-2026' }),
    });
    const location = res.headers.get('location') ?? '';
    if (res.status !== 302 || location.includes('error=')) throw new Error(`sign-in of ${this.username}: ${res.status} ${location}`);
  }
  /** Opens the page, fills the form whose submit button reads `button`, posts it: "ok" is a 303 to ?done=. */
  async submit(path: string, button: string, fields: Record<string, string>): Promise<'ok' | 'refused' | `error: ${string}`> {
    const page = await this.fetch(path);
    const html = await page.text();
    if (page.status !== 200) return `error: GET ${page.status}`;
    const form = [...html.matchAll(/<form[^>]*>([\s\S]*?)<\/form>/g)].find((m) => m[1]!.includes(button));
    if (!form) return 'error: no form';
    const body = new FormData();
    for (const input of form[1]!.matchAll(/<input type="hidden" name="([^"]*)"(?: value="([^"]*)")?/g)) {
      body.append(decode(input[1]!), decode(input[2] ?? ''));
    }
    for (const [k, v] of Object.entries(fields)) body.set(k, v);
    const res = await this.fetch(path, { method: 'POST', body });
    await res.arrayBuffer();
    if (res.status === 303 && /[?&]done=/.test(res.headers.get('location') ?? '')) return 'ok';
    return res.status === 200 ? 'refused' : `error: POST ${res.status}`;
  }
}
const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

type Kind = 'publish' | 'close' | 'objection';
type Write = { kind: Kind; marker: string; answer: 'ok' | 'refused' | `error: ${string}` };
const writes: Write[] = [];

const villages = await rows<{ username: string; code: string }>(
  `select username, region_code as code from officials where username in ('village-a', 'village-b') order by username`,
);
const openNotices = await rows<{ id: number; village: string }>(
  `select id, village_code as village from notices where status = 'published' and period_ends_at > now() + interval '1 hour'
     and village_code = any($1) order by id`,
  [villages.map((v) => v.code)],
);
const pool = async (title: string, code: string) =>
  (await rows<{ id: number }>(`select id from notices where title like $1 and village_code = $2 order by id`, [title + '%', code])).map((r) => r.id);

let running = true;
async function officialLoop(session: Session, code: string | null) {
  const drafts = code ? await pool('压力测试待发布', code) : [];
  const ended = code ? await pool('压力测试待办结', code) : [];
  const objectable = openNotices.filter((n) => code === null || n.village === code);
  for (let i = 0; running; i++) {
    const step = code ? i % 3 : 2;
    if (step === 0 && drafts.length > 0) {
      const id = String(drafts.shift());
      writes.push({ kind: 'publish', marker: id, answer: await session.submit(`/admin/notices/${id}`, '发布公示', { id }) });
    } else if (step === 1 && ended.length > 0) {
      const id = String(ended.shift());
      writes.push({ kind: 'close', marker: id, answer: await session.submit(`/admin/notices/${id}`, '办结公示', { id }) });
    } else if (step === 2) {
      const notice = objectable[i % objectable.length]!;
      const marker = `压力测试异议 ${run} ${session.username} ${i}`;
      const answer = await session.submit(`/admin/notices/${notice.id}/objections/new`, 'name="summary"', {
        noticeId: String(notice.id),
        channel: 'phone',
        about: 'notice',
        summary: marker,
      });
      writes.push({ kind: 'objection', marker, answer });
    }
  }
}

const sessions = ['village-a', 'village-b', 'township-party', 'township-dpf'].map((u) => new Session(u));
for (const s of sessions) await s.signIn(); // once each: the sign-in limits of nginx and the app stay far away

// ---- The public pages, as a crowd reads them.
const county = await rows<{ code: string }>(`select parent_code as code from regions where code = (select parent_code from regions where code = $1)`, [
  villages[0]!.code,
]);
const paths = ['/', '/progress', ...openNotices.map((n) => `/notices/${n.id}`), `/regions/${villages[0]!.code}`, `/regions/${county[0]!.code}`];
const latencies = new Map<number, number>(); // whole milliseconds → count
const memoryBefore = memory();
const memoryLog: { minute: number; mb: number[] }[] = [{ minute: 0, mb: memoryBefore }];
let memoryPeak = memoryBefore;
const sampler = setInterval(() => {
  const now = memory();
  memoryPeak = memoryPeak.map((m, i) => Math.max(m, now[i]!));
}, 1000);
const minutes = soakMinutes > 0
  ? setInterval(() => {
      const entry = { minute: memoryLog.length, mb: memory() };
      memoryLog.push(entry);
      console.log(`soak minute ${entry.minute}: RSS ${entry.mb.map((m) => m + ' MB').join(', ')}`);
    }, 60_000)
  : null;

console.log(`load: ${connections} clients for ${duration} s on ${paths.length} public pages, 4 officials writing; run ${run}`);
const started = Date.now();
const loops = sessions.map((s) => officialLoop(s, villages.find((v) => v.username === s.username)?.code ?? null));
const instance = autocannon({
  url: site,
  connections,
  duration,
  timeout: 10,
  requests: paths.map((path) => ({ method: 'GET', path })),
});
instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
  const k = Math.round(ms);
  latencies.set(k, (latencies.get(k) ?? 0) + 1);
});
const result = await instance;
running = false;
await Promise.all(loops);
clearInterval(sampler);
if (minutes) clearInterval(minutes);
const memoryAfter = memory();
const elapsed = (Date.now() - started) / 1000;

function percentile(p: number): number {
  const total = [...latencies.values()].reduce((a, b) => a + b, 0);
  let seen = 0;
  for (const k of [...latencies.keys()].sort((a, b) => a - b)) {
    seen += latencies.get(k)!;
    if (seen >= (p / 100) * total) return k;
  }
  return NaN;
}

// ---- Every write answered "ok" is in the database exactly once; none answered otherwise is.
async function count(w: Write): Promise<number> {
  if (w.kind === 'objection') {
    return (await rows<{ n: number }>(`select count(*)::int as n from objection_private where summary = $1`, [w.marker]))[0]!.n;
  }
  const [r] = await rows<{ n: number }>(
    `select count(*)::int as n from audit_log a join notices n on n.id::text = a.entity_id
      where a.entity_type = 'notice' and a.action = $1 and a.entity_id = $2 and n.status = $3`,
    [`notice.${w.kind}`, w.marker, w.kind === 'publish' ? 'published' : 'closed'],
  );
  return r!.n;
}
let lost = 0;
let doubled = 0;
let ghost = 0;
for (const w of writes) {
  const n = await count(w);
  if (w.answer === 'ok' && n === 0) lost++;
  if (n > 1) doubled++;
  if (w.answer !== 'ok' && n > 0) ghost++;
}
await db.end();

const ok = writes.filter((w) => w.answer === 'ok').length;
const perKind = (k: Kind) => writes.filter((w) => w.kind === k && w.answer === 'ok').length;
const errors = result.errors; // autocannon counts timeouts among its errors
const table: [string, string][] = [
  ['public pages', `${paths.length} (${paths.join(', ')})`],
  ['clients, duration', `${connections}, ${elapsed.toFixed(0)} s`],
  ['requests', `${result.requests.total} (${(result.requests.total / elapsed).toFixed(0)} req/s)`],
  ['latency p50 / p95 / p99', `${percentile(50)} / ${percentile(95)} / ${percentile(99)} ms (max ${result.latency.max} ms)`],
  ['errors (of them timeouts, 10 s)', `${errors} (${result.timeouts})`],
  ['non-2xx answers', String(result.non2xx)],
  ['writes ok', `${ok} (publish ${perKind('publish')}, close ${perKind('close')}, objection ${perKind('objection')})`],
  ['writes refused / failed', `${writes.filter((w) => w.answer === 'refused').length} / ${writes.filter((w) => w.answer.startsWith('error')).length}`],
  ['writes lost / doubled / stored but not ok', `${lost} / ${doubled} / ${ghost}`],
  ['instances\' RSS before / peak / after', appPids.map((_, i) => `${memoryBefore[i]} / ${memoryPeak[i]} / ${memoryAfter[i]} MB`).join('; ')],
];
const width = Math.max(...table.map(([k]) => k.length));
console.log(table.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n'));
if (soakMinutes > 0) {
  console.log('RSS per minute (MB), one column per instance:');
  for (const m of memoryLog) console.log(`  ${String(m.minute).padStart(2)}  ${m.mb.join('  ')}`);
}
for (const w of writes.filter((x) => x.answer !== 'ok')) console.log(`  not ok: ${w.kind} ${w.marker}: ${w.answer}`);
const failed = errors > 0 || result.non2xx > 0 || lost > 0 || doubled > 0 || ghost > 0 || writes.some((w) => w.answer !== 'ok') || ok === 0;
console.log(failed ? 'load: FAILED (expected zero errors, every write ok and stored exactly once)' : 'load: passed');
process.exit(failed ? 1 : 0);
