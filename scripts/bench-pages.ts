// The public pages over HTTP (issue 11, items 4 and 7): origin p50/p95/p99 and req/s with no cache in
// front, the same through nginx with the shipped micro-cache (deploy/nginx/gongshi-locations.conf)
// beside nginx serving a static copy of the same HTML (ratio), first-load JavaScript (gzip) per page
// beside the floor, the app's resident memory under the load, the notice page's LCP with Chromium
// throttled like Lighthouse's mobile profile, and (on PostgreSQL) the seconds from a publish to the
// notice showing on the village page through nginx with two instances. Prints one table and writes
// bench/results.json. Figures, never assertions. Uses the build in .next (builds under the shared lock
// when there is none).
//   npm run bench -- --quick   demo data in an embedded database (PGlite), one instance
//   npm run bench              the scale set of npm run bench:seed (BENCH_DATABASE_URL), two instances
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import crypto from 'node:crypto';
import autocannon from 'autocannon';
import pg from 'pg';

const quick = process.argv.includes('--quick');
const DURATION = quick ? 4 : 10; // seconds per autocannon run
const CONNECTIONS = 10;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gongshi-bench-'));
const children: ChildProcess[] = [];
const cleanup = () => {
  for (const c of children) if (c.pid) try { process.kill(-c.pid, 'SIGTERM'); } catch { /* gone */ }
  if (!process.env.BENCH_KEEP) fs.rmSync(work, { recursive: true, force: true });
};
process.on('exit', cleanup);
process.on('SIGINT', () => process.exit(130));

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function waitFor(url: string, seconds = 120) {
  for (let i = 0; i < seconds * 2; i++) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch { /* not yet */ }
    await sleep(500);
  }
  throw new Error(`bench: ${url} did not answer within ${seconds} s (logs in ${work} with BENCH_KEEP=1)`);
}
function start(command: string, args: string[], env: Record<string, string | undefined>, log: string, cwd = process.cwd()): ChildProcess {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', fs.openSync(path.join(work, log), 'a'), fs.openSync(path.join(work, log), 'a')] });
  children.push(child);
  return child;
}

// ---- The build: a copy of .next taken under the shared lock (built there when there is none), so
// that the instances run from it while other work rebuilds .next; the rest of the tree is linked.
const appDir = path.join(work, 'app');
fs.mkdirSync(appDir);
for (const f of fs.readdirSync('.')) if (f !== '.next') fs.symlinkSync(path.resolve(f), path.join(appDir, f));
// Run as `flock /tmp/gongshi-next.lock npm run bench` (the whole run under the lock) this process must not
// ask for the lock again (a second flock on the file waits for the first forever): it sees $FLOCK_HELD.
execFileSync(process.env.FLOCK_HELD ? 'env' : 'flock', [...(process.env.FLOCK_HELD ? [] : ['/tmp/gongshi-next.lock']), 'bash', '-c',
  `[ -f .next/BUILD_ID ] || { echo "bench: no build in .next, running next build"; npx next build >/dev/null || { echo "bench: next build failed"; exit 1; }; }
   mkdir -p "$1/.next" && tar -C .next --exclude=./cache -cf - . | tar -C "$1/.next" -xf -`, 'sh', appDir], { stdio: 'inherit' });

// ---- The instances and the pages to measure.
const scaleUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/gongshi_bench';
const secret = crypto.randomBytes(32).toString('base64');
const auditKey = crypto.randomBytes(32).toString('hex');
const appEnv: Record<string, string | undefined> = quick
  ? { GONGSHI_DEMO: '1', PGLITE_DIR: path.join(work, 'pglite'), DATABASE_URL: '', POSTGRES_URL: '' }
  : { NODE_ENV: 'production', DATABASE_URL: scaleUrl, AUTH_SECRET: secret, AUDIT_KEY: auditKey, AUTH_TRUST_HOST: 'true', TRUST_PROXY: '1', PGLITE_DIR: '', GONGSHI_DEMO: '' };
const ports = [await freePort(), ...(quick ? [] : [await freePort()])];
const apps = ports.map((port) =>
  start('node', ['node_modules/next/dist/bin/next', 'start', '--hostname', '127.0.0.1', '--port', String(port)], { ...appEnv, NEXT_TELEMETRY_DISABLED: '1' }, `app-${port}.log`, appDir),
);
const origin = `http://127.0.0.1:${ports[0]}`;
for (const port of ports) await waitFor(`http://127.0.0.1:${port}/`);

let village = '220802100201';
let noticeId: number;
if (quick) {
  const html = await (await fetch(`${origin}/regions/${village}`)).text();
  noticeId = Number(/\/notices\/(\d+)/.exec(html)?.[1]);
} else {
  const c = new pg.Client({ connectionString: scaleUrl });
  await c.connect();
  // An open notice of the programme the public pages show (getProgramme: the newest), so that the village,
  // county and city pages count that programme's households rather than a programme no page reads.
  const { rows } = await c.query<{ id: number; village_code: string }>(
    `select n.id, n.village_code from notices n
      where n.status = 'published' and n.programme_id = (select max(id) from programmes) order by n.id limit 1`,
  );
  await c.end();
  noticeId = rows[0]!.id;
  village = rows[0]!.village_code;
}
const pages: Record<string, string> = {
  village: `/regions/${village}`,
  notice: `/notices/${noticeId}`,
  county: `/regions/${village.slice(0, 6)}`,
  city: `/regions/${village.slice(0, 4)}00`,
  progress: '/progress',
};

type Load = { p50: number; p95: number; p99: number; reqPerSec: number; non2xx: number };
/** CONNECTIONS clients for DURATION seconds; percentiles from every response's own time (ms). */
async function load(url: string, connections = CONNECTIONS): Promise<Load> {
  const { origin: base, pathname, search } = new URL(url);
  const times: number[] = [];
  const run = autocannon({ url: base, connections, duration: DURATION, timeout: 20, requests: [{ method: 'GET', path: pathname + search }] });
  run.on('response', (_client, _status, _bytes, ms) => times.push(ms));
  const r = await run;
  times.sort((a, b) => a - b);
  const at = (q: number) => Math.round((times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN) * 10) / 10;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), reqPerSec: Math.round(r.requests.total / DURATION), non2xx: r.non2xx + r.errors };
}
function rssMb(pid: number): number {
  // The instance and its children (next start runs the server in a child process).
  const out = execFileSync('ps', ['-o', 'rss=', '--ppid', String(pid), '-p', String(pid)], { encoding: 'utf8' });
  return Math.round(out.split('\n').filter(Boolean).reduce((s, l) => s + Number(l.trim()), 0) / 1024);
}

// ---- nginx: the shipped locations in front of the instances (HTTP listener), and a static server.
const nginxPort = await freePort();
const staticPort = await freePort();
fs.mkdirSync(path.join(work, 'cache'));
fs.mkdirSync(path.join(work, 'static'));
fs.mkdirSync(path.join(work, 'tmp'));
const locations = fs.readFileSync('deploy/nginx/gongshi-locations.conf', 'utf8').replaceAll('/srv/gongshi/', `${appDir}/`);
fs.writeFileSync(path.join(work, 'locations.conf'), locations);
// gongshi.conf without its server blocks (TLS, redirect): the upstream, cache, maps and limits.
const conf = fs
  .readFileSync('deploy/nginx/gongshi.conf', 'utf8')
  .replace(/^server \{[\s\S]*?^\}/gm, '')
  .replace(/server 127\.0\.0\.1:3001[^;]*;\s*server 127\.0\.0\.1:3002[^;]*;/, ports.map((p) => `server 127.0.0.1:${p};`).join(' '))
  .replace('/var/cache/nginx/gongshi', path.join(work, 'cache'));
fs.writeFileSync(
  path.join(work, 'nginx.conf'),
  `${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes 1; daemon off; pid ${work}/nginx.pid; error_log ${work}/nginx-error.log warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types; access_log off;
  client_body_temp_path ${work}/tmp/body; proxy_temp_path ${work}/tmp/proxy; fastcgi_temp_path ${work}/tmp/fastcgi;
  uwsgi_temp_path ${work}/tmp/uwsgi; scgi_temp_path ${work}/tmp/scgi;
  ${conf}
  server { listen 127.0.0.1:${nginxPort}; include ${work}/locations.conf; }
  server { listen 127.0.0.1:${staticPort}; root ${work}/static; default_type text/html; location / { try_files /page.html =404; } }
}`,
);
start('nginx', ['-e', `${work}/nginx-error.log`, '-p', work, '-c', `${work}/nginx.conf`], {}, 'nginx.log');
const site = `http://127.0.0.1:${nginxPort}`;
await waitFor(`${site}/`);

// ---- First-load JavaScript: the scripts a page's HTML loads (module scripts; the nomodule polyfill
// is not loaded by the browsers we serve), gzipped. The floor is taken from the build's manifest: its
// rootMainFiles, the framework's runtime and router that every App Router page of this build loads,
// an empty page too. Whatever a page loads beyond them is named from the client reference manifests
// (which client components each chunk holds).
const buildManifest = JSON.parse(fs.readFileSync(path.join(appDir, '.next/build-manifest.json'), 'utf8')) as { rootMainFiles: string[]; polyfillFiles?: string[] };
const floorFiles = new Set(buildManifest.rootMainFiles.map((f) => `/_next/${f}`));
const polyfills = new Set((buildManifest.polyfillFiles ?? []).map((f) => `/_next/${f}`));
const chunkModules = new Map<string, Set<string>>();
function readClientManifests(dir: string) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) readClientManifests(file);
    else if (entry.name.endsWith('_client-reference-manifest.js')) {
      const sandbox: { globalThis?: unknown; self?: unknown; __RSC_MANIFEST?: Record<string, { clientModules?: Record<string, { chunks?: string[] }> }> } = {};
      sandbox.globalThis = sandbox;
      sandbox.self = sandbox;
      try {
        new Function('globalThis', 'self', fs.readFileSync(file, 'utf8'))(sandbox, sandbox);
      } catch { continue; }
      for (const manifest of Object.values(sandbox.__RSC_MANIFEST ?? {})) {
        for (const [name, mod] of Object.entries(manifest.clientModules ?? {})) {
          const short = name.replace(/^\[project\]\//, '').replace(/ <module evaluation>$/, '').replace(/ \[app-client\].*$/, '');
          // A module's list names the chunks it needs, its own last (the others are shared ones it depends on).
          const chunk = (mod.chunks ?? []).filter((c) => c.endsWith('.js')).at(-1);
          if (!chunk) continue;
          const src = `/_next/${chunk.replace(/^\/?_next\//, '')}`;
          if (!chunkModules.has(src)) chunkModules.set(src, new Set());
          chunkModules.get(src)!.add(short.startsWith('node_modules/next/') ? "Next's client components (layout router, error boundaries …)" : short);
        }
      }
    }
  }
}
readClientManifests(path.join(appDir, '.next/server/app'));
const jsCache = new Map<string, number>();
async function gzipKb(src: string): Promise<number> {
  if (!jsCache.has(src)) jsCache.set(src, gzipSync(Buffer.from(await (await fetch(`${origin}${src}`)).arrayBuffer())).length);
  return jsCache.get(src)!;
}
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
type Js = { jsKb: number; jsAboveFloorKb: number; aboveFloor: { chunk: string; kb: number; modules: string[] }[] };
async function firstLoadJs(pathname: string): Promise<Js> {
  const html = await (await fetch(`${origin}${pathname}`)).text();
  let total = 0;
  let above = 0;
  const aboveFloor: Js['aboveFloor'] = [];
  for (const src of new Set(html.match(/\/_next\/static\/[^"'\s?]+\.js/g) ?? [])) {
    if (polyfills.has(src)) continue;
    const size = await gzipKb(src);
    total += size;
    if (floorFiles.has(src)) continue;
    above += size;
    aboveFloor.push({ chunk: src, kb: kb(size), modules: [...(chunkModules.get(src) ?? [])].sort() });
  }
  return { jsKb: kb(total), jsAboveFloorKb: kb(above), aboveFloor };
}
let floorBytes = 0;
for (const src of floorFiles) floorBytes += await gzipKb(src);
const floorKb = kb(floorBytes);

// ---- The rows.
// `origin` is the origin saturated by CONNECTIONS clients: its latencies are mostly queueing on the
// cores (latency ≈ clients ÷ req/s). `originAlone` is one client at a time: what one visitor waits
// for a render when the origin is not saturated (the micro-cache keeps it so for hot pages).
type Row = { page: string; path: string; originAlone: Load; origin: Load; recipe: Load & { ratio: number }; static: Load } & Js;
const rows: Row[] = [];
let rssPeak = 0;
for (const [page, pathname] of Object.entries(pages)) {
  const html = await (await fetch(`${origin}${pathname}`)).text();
  fs.writeFileSync(path.join(work, 'static', 'page.html'), html);
  const originAlone = await load(`${origin}${pathname}`, 1);
  const originLoad = await load(`${origin}${pathname}`);
  rssPeak = Math.max(rssPeak, ...apps.map((a) => rssMb(a.pid!)));
  const recipe = await load(`${site}${pathname}`);
  const staticLoad = await load(`http://127.0.0.1:${staticPort}/`);
  rows.push({
    page, path: pathname, originAlone, origin: originLoad, static: staticLoad, ...(await firstLoadJs(pathname)),
    recipe: { ...recipe, ratio: Math.round((recipe.reqPerSec / staticLoad.reqPerSec) * 100) / 100 },
  });
}

// ---- LCP of the notice page: Chromium with Lighthouse's mobile throttling (4x CPU, 1.6 Mbps down,
// 750 kbps up, 150 ms RTT) set through CDP, read with a PerformanceObserver. Not Lighthouse itself.
async function lcp(url: string): Promise<number | null> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  try {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(url, { waitUntil: 'load' });
    return await page.evaluate(
      () => new Promise<number | null>((resolve) => {
        let last: number | null = null;
        new PerformanceObserver((list) => { for (const e of list.getEntries()) last = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
        setTimeout(() => resolve(last), 1500);
      }),
    );
  } finally {
    await browser.close();
  }
}
let lcpMs: number | null = null;
try {
  lcpMs = await lcp(`${site}${pages.notice}`);
} catch (error) {
  console.log(`bench: LCP not measured (${(error as Error).message.split('\n')[0]})`);
}

// ---- Publish → visible through nginx (PostgreSQL only: two instances share the database). The
// publish is the status change the publish action makes, written straight to the database. Five
// publishes, each a little later after the copy was cached, so that they fall at different points of
// nginx's second; the slowest is the figure (polled every 50 ms, up to 10 s; null if never seen).
const PUBLISHES = 5;
const publishSamples: (number | null)[] = [];
if (!quick) {
  const c = new pg.Client({ connectionString: scaleUrl });
  await c.connect();
  for (let n = 0; n < PUBLISHES; n++) {
    const title = `基准发布 ${Date.now()}`;
    const { rows: [draft] } = await c.query<{ id: number }>(
      `insert into notices (programme_id, year, village_code, title, issuing_body, objection_phone, objection_place)
       select programme_id, year, village_code, $1, issuing_body, objection_phone, objection_place from notices where id = $2 returning id`,
      [title, noticeId],
    );
    await fetch(`${site}${pages.village}`); // a cached copy without it
    await sleep(n * 190);
    const t0 = performance.now();
    await c.query(
      `update notices set status = 'published', published_at = now(), period_start_date = current_date, period_end_date = current_date + 6,
         period_ends_at = now() + interval '7 days' where id = $1`,
      [draft!.id],
    );
    let seen: number | null = null;
    for (let i = 0; i < 200 && seen === null; i++) {
      if ((await (await fetch(`${site}${pages.village}`)).text()).includes(title)) seen = Math.round((performance.now() - t0) / 10) / 100;
      else await sleep(50);
    }
    publishSamples.push(seen);
  }
  await c.end();
}
const publishSeconds = publishSamples.length === 0 ? null : publishSamples.includes(null) ? null : Math.max(...(publishSamples as number[]));

// ---- The table and bench/results.json.
const results = {
  measuredAt: new Date().toISOString(),
  dataset: quick ? 'demo (PGlite, --quick)' : `scale set (${scaleUrl.replace(/\/\/[^@]*@/, '//')})`,
  machine: `${os.cpus().length} CPUs, ${os.cpus()[0]?.model ?? ''}; shared with other work, so figures are rough`,
  instances: ports.length,
  autocannon: { connections: CONNECTIONS, durationSeconds: DURATION, originAloneConnections: 1 },
  pages: rows,
  firstLoadJsFloorKb: floorKb,
  firstLoadJsFloor: `rootMainFiles of .next/build-manifest.json (${floorFiles.size} chunks): what an empty App Router page of this build loads`,
  rssMbPeak: rssPeak,
  noticeLcpMs: lcpMs === null ? null : Math.round(lcpMs),
  lcpMethod: 'Chromium via playwright-core, CDP throttling as Lighthouse mobile (4x CPU, 1.6 Mbps, 150 ms RTT); not Lighthouse',
  publishToVisibleSeconds: publishSeconds,
  publishToVisibleSamples: publishSamples,
};
fs.mkdirSync('bench', { recursive: true });
fs.writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
const pad = (v: unknown, n: number) => String(v).padStart(n);
console.log(`\n${results.dataset}; ${results.instances} instance(s); ${results.machine}`);
console.log(`${''.padEnd(9)}${'origin ms, 1 client'.padStart(22)} |${`origin ms, ${CONNECTIONS} clients`.padStart(31)} |`);
console.log(`${'page'.padEnd(9)}${pad('p50', 8)}${pad('p95', 7)}${pad('p99', 7)} |${pad('p50', 8)}${pad('p95', 8)}${pad('p99', 8)}${pad('req/s', 7)} |${pad('nginx req/s', 12)}${pad('static', 8)}${pad('ratio', 7)} |${pad('JS kB gz', 9)}${pad('+floor', 7)}`);
for (const r of rows) {
  console.log(`${r.page.padEnd(9)}${pad(r.originAlone.p50, 8)}${pad(r.originAlone.p95, 7)}${pad(r.originAlone.p99, 7)} |${pad(r.origin.p50, 8)}${pad(r.origin.p95, 8)}${pad(r.origin.p99, 8)}${pad(r.origin.reqPerSec, 7)} |${pad(r.recipe.reqPerSec, 12)}${pad(r.static.reqPerSec, 8)}${pad(r.recipe.ratio, 7)} |${pad(r.jsKb, 9)}${pad(r.jsAboveFloorKb, 7)}`);
}
for (const r of rows) {
  for (const a of r.aboveFloor) console.log(`  ${r.page} above the floor: ${a.kb} kB ${a.modules.join(', ') || a.chunk}`);
}
console.log(`floor (rootMainFiles of the build manifest) ${floorKb} kB gz; app RSS under load ${rssPeak} MB (instance with its child processes); notice LCP ${results.noticeLcpMs ?? '—'} ms (emulated mobile); publish → visible ${quick ? '— (PostgreSQL only)' : `${results.publishToVisibleSeconds ?? 'not within 10'} s at most (${publishSamples.map((v) => v ?? '>10').join(', ')})`}`);
console.log('bench/results.json written');
process.exit(0);
