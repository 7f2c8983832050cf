// Shared helpers for the end-to-end tests: a static server that behaves like GitHub Pages
// under a sub-path, headless Chromium through playwright-core, and a recorder of everything
// a page does that a test may want to forbid (console errors, page errors, failed or foreign
// requests, dialogs).
//
// The tests read the corpus a site was built from (its corpus.json), never hard-coded names,
// so the same checks run on every corpus. Hooks and URL parameters: docs/ui-contract.md.

import { createServer } from 'node:http';
import { readFile, stat, lstat, readdir } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const E2E_DIR = process.env.E2E_DIR ?? path.resolve('target/e2e');
export const PREFIX = process.env.E2E_PREFIX ?? '/framelens/';
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
/** How long to wait for the page to show the corpus (the first load compiles the WASM). */
export const READY_MS = 30_000;
/** How long to wait for a hook of docs/ui-contract.md once the corpus is shown. */
export const HOOK_MS = 5_000;

/** The built site for one corpus (`target/e2e/<name>`), and the corpus it was built from. */
export function site(name) {
  const dir = path.join(E2E_DIR, name);
  const json = path.join(dir, 'corpus.json');
  if (!existsSync(json)) {
    throw new Error(`${json} is missing: run \`bash scripts/e2e.sh\` (it builds the sites first)`);
  }
  const index = JSON.parse(readFileSync(json, 'utf8'));
  return { name, dir, index, corpus: complete(index, dir) };
}

/**
 * The name index.html gives the corpus index (`<meta name="framelens-corpus">`, written by
 * scripts/hash-corpus.mjs): its content-hashed copy, the one file the page fetches at start.
 */
export function indexName(dir) {
  const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
  const tag = html.match(/<meta\b[^>]*\bname="?framelens-corpus"?[^>]*>/)?.[0];
  const m = tag?.match(/\bcontent="?([^"\s>]*)/);
  if (!m) throw new Error(`${dir}/index.html names no corpus index (<meta name="framelens-corpus">)`);
  return m[1];
}

/**
 * The complete corpus of a sharded build: the index with each shard's complete articles put
 * back in place (framelens_model::shards), i.e. what `framelens build --single-file` writes.
 */
export function complete(index, dir) {
  const corpus = { ...index, articles: [...index.articles] };
  for (const r of index.shards ?? []) {
    const shard = JSON.parse(readFileSync(path.join(dir, r.file), 'utf8'));
    corpus.articles.splice(r.first, r.count, ...shard.articles);
  }
  delete corpus.shards;
  return corpus;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

/**
 * Serves `root` at `prefix` on 127.0.0.1 (a free port), like GitHub Pages serves a project
 * site: `prefix` without its slash redirects to it, a directory serves its index.html, a
 * missing path under the prefix gets the site's 404.html with status 404, and anything outside
 * the prefix is a plain 404 (another site's business). Every request is recorded.
 */
export async function startServer(root, prefix = PREFIX) {
  const requests = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const entry = { method: req.method, path: url.pathname, search: url.search, status: 0 };
    requests.push(entry);
    const send = (status, body, headers = {}) => {
      entry.status = status;
      res.writeHead(status, { 'cache-control': 'no-store', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return send(400, 'bad path');
    }
    if (prefix !== '/' && pathname === prefix.slice(0, -1)) {
      return send(301, '', { location: prefix + url.search });
    }
    if (!pathname.startsWith(prefix)) return send(404, 'not this site', { 'content-type': 'text/plain' });
    let file = path.join(root, pathname.slice(prefix.length));
    if (!file.startsWith(root)) return send(404, 'outside the site');
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      const body = await readFile(file);
      return send(200, body, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    } catch {
      try {
        const body = await readFile(path.join(root, '404.html'));
        return send(404, body, { 'content-type': TYPES['.html'] });
      } catch {
        return send(404, 'not found', { 'content-type': 'text/plain' });
      }
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    prefix,
    base: origin + prefix,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

/** Chromium as the machine runs it (as root, no GPU, no network of its own). */
export async function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Starts the server and the browser for one test file and registers their shutdown with
 * `after`, which node:test runs even when tests fail. Returns an object whose fields are
 * filled in `before`.
 */
export function harness({ before, after }, siteName, prefix = PREFIX) {
  const h = { site: site(siteName) };
  const stop = async () => {
    const { browser, server } = h;
    h.browser = h.server = undefined;
    try {
      await browser?.close();
    } finally {
      await server?.close();
    }
  };
  before(async () => {
    try {
      h.server = await startServer(h.site.dir, prefix);
      h.browser = await launchBrowser();
    } catch (e) {
      await stop();
      throw e;
    }
  });
  after(stop);
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.once(sig, () => stop().finally(() => process.exit(130)));
  }
  return h;
}

/**
 * A new browser context and page that record what the tests forbid. Requests that would leave
 * 127.0.0.1 are aborted (and recorded), so nothing reaches the network even if the page tried.
 */
export async function openPage(h, { width = 1280, height = 900 } = {}) {
  const context = await h.browser.newContext({ viewport: { width, height } });
  const rec = {
    consoleErrors: [],
    pageErrors: [],
    failed: [],
    badStatus: [],
    requests: [],
    documents: [],
    dialogs: [],
    aborted: [],
    cspViolations: [],
    loads: 0,
  };
  // Every content security policy violation, reported by the page itself (an init script runs
  // before the page's own and is not subject to its policy).
  await context.exposeBinding('__framelensCsp', (_source, v) => rec.cspViolations.push(v));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__framelensCsp(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  await context.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.origin === h.server.origin) return route.continue();
    rec.requests.push({ url: u.href, foreign: true });
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') rec.consoleErrors.push(`${m.text()} (${m.location().url ?? ''})`);
  });
  page.on('pageerror', (e) => rec.pageErrors.push(String(e)));
  page.on('request', (r) => {
    rec.requests.push({ url: r.url(), type: r.resourceType() });
    if (r.resourceType() === 'document') rec.documents.push(r.url());
  });
  // When the page moves itself to a new load (the first-view build reloads into the full one
  // on leaving the overview), the browser cancels what the old load still had in flight (its
  // favicon). An abort is therefore kept with the number of loads seen when it happened, and
  // `problems` forgives it only if a later load followed.
  page.on('domcontentloaded', () => (rec.loads += 1));
  page.on('requestfailed', (r) => {
    const why = r.failure()?.errorText;
    if (why === 'net::ERR_ABORTED') rec.aborted.push({ text: `${r.url()}: ${why}`, load: rec.loads });
    else rec.failed.push(`${r.url()}: ${why}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) rec.badStatus.push(`${r.status()} ${r.url()}`);
  });
  page.on('dialog', (d) => {
    rec.dialogs.push(`${d.type()}: ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  // A test's own mid-test navigation may cut off requests of the page it leaves (a favicon
  // still loading): those aborts are the test's doing, not the page's, so they are dropped.
  const ownNavigation = async (go) => {
    const before = rec.aborted.length;
    const result = await go();
    rec.aborted.splice(before);
    return result;
  };
  return {
    context,
    page,
    rec,
    goto: (url) => ownNavigation(() => page.goto(url)),
    reload: () => ownNavigation(() => page.reload()),
    close: () => context.close(),
  };
}

/** Requests that left the page's own origin or its path prefix. */
export function strayRequests(h, rec) {
  return rec.requests
    .filter((r) => r.foreign || !r.url.startsWith(h.server.base))
    .map((r) => r.url);
}

/** Everything a clean page must not have produced. */
export function problems(h, rec) {
  return {
    consoleErrors: rec.consoleErrors,
    pageErrors: rec.pageErrors,
    failedRequests: [...rec.failed, ...rec.aborted.filter((a) => a.load >= rec.loads).map((a) => a.text)],
    errorResponses: rec.badStatus,
    strayRequests: strayRequests(h, rec),
    dialogs: rec.dialogs,
    cspViolations: rec.cspViolations,
  };
}
export const NO_PROBLEMS = {
  consoleErrors: [],
  pageErrors: [],
  failedRequests: [],
  errorResponses: [],
  strayRequests: [],
  dialogs: [],
  cspViolations: [],
};

/** The site URL with these query parameters (in this order). */
export function siteUrl(h, params = {}) {
  const q = new URLSearchParams(params).toString();
  return h.server.base + (q ? `?${q}` : '');
}

/** Whitespace-normalised text. */
export const norm = (s) => String(s ?? '').replace(/\s+/g, ' ').trim();

/**
 * Waits until the page shows the corpus — the story's title, or any hook of the full page (a
 * view need not repeat the title) — or its load error, then until the network is idle.
 */
export async function waitForStory(page, corpus) {
  const title = norm(corpus.story.title);
  await page.waitForFunction(
    (t) =>
      document.querySelector(
        ['load-error', 'nav', 'article-card', 'article-body'].map((id) => `[data-testid="${id}"]`).join(','),
      ) || (document.body?.innerText ?? '').replace(/\s+/g, ' ').includes(t),
    title,
    { timeout: READY_MS },
  );
  await page.waitForLoadState('networkidle');
}

/** Waits for the article cards (the full page's lists) to be there. */
export async function waitForCards(page) {
  await page.locator('[data-testid="article-card"]').first().waitFor({ timeout: HOOK_MS });
}

/** The outlets of a corpus: name → article ids, known outlets only, sorted by name. */
export function outletsOf(corpus) {
  const map = new Map();
  for (const a of corpus.articles) {
    const name = a.outlet?.name;
    if (!name) continue;
    if (!map.has(name)) map.set(name, []);
    map.get(name).push(a.id);
  }
  return new Map([...map].sort(([a], [b]) => a.localeCompare(b)));
}

/** The outlet to filter on: the one with the fewest articles (but some), ties by name. */
export function outletToFilter(corpus) {
  const outlets = [...outletsOf(corpus)];
  outlets.sort(([a, x], [b, y]) => x.length - y.length || a.localeCompare(b));
  return { name: outlets[0][0], ids: outlets[0][1] };
}

/**
 * The direct quotes the corpus places in an article's body: `voices.quotes` entries with a
 * span in the body (captions' quotes are `voices.aside_quotes`, not highlighted in the body).
 */
export function quotesOf(article) {
  const quotes = article.voices?.quotes;
  if (!Array.isArray(quotes)) return [];
  return quotes.filter((q) => (q.spans ?? []).some((sp) => sp.part === 'body'));
}

/**
 * The words a contract span points at: `headline`, `dek.value`, `body[paragraph].text` or
 * `captions[paragraph].text`, cut at char (code point) offsets, as the page cuts them.
 */
export function spanText(article, span) {
  const text = {
    headline: article.headline,
    dek: article.dek?.value,
    body: article.body[span.paragraph]?.text,
    caption: article.captions[span.paragraph]?.text,
  }[span.part] ?? '';
  return [...text].slice(span.start, span.end).join('');
}

/** The article to open: the one with the most body quotes, then one with removed lines. */
export function articleToOpen(corpus) {
  const score = (a) => quotesOf(a).length * 1000 + (a.removed?.length ? 1 : 0);
  return [...corpus.articles].sort((a, b) => score(b) - score(a))[0];
}

/** The `showing` live region's "Showing N of M" as numbers. */
/**
 * A search only the articles' text can answer: a word of `minLength`+ letters from some body
 * that no headline or dek contains, and how many articles contain it anywhere (the page's
 * search looks at headline, dek and body, lower-cased).
 */
export function bodyOnlySearch(corpus, minLength) {
  const heads = corpus.articles.map((a) => `${a.headline} ${a.dek?.value ?? ''}`.toLowerCase());
  const letters = new RegExp(`^[a-z]{${minLength},}$`);
  const word = corpus.articles
    .flatMap((a) => a.body.flatMap((p) => p.text.split(/\s+/)))
    .map((w) => w.toLowerCase())
    .find((w) => letters.test(w) && !heads.some((h) => h.includes(w)));
  const all = (a) => [a.headline, a.dek?.value ?? '', ...a.body.map((p) => p.text)].join(' \n ').toLowerCase();
  return { word, expected: word ? corpus.articles.filter((a) => all(a).includes(word)).length : 0 };
}

/** Waits until [data-testid=showing] says "Showing n …". */
export async function waitForShowing(page, n, timeout = HOOK_MS) {
  await page.waitForFunction(
    (want) => /^Showing (\d+)/.exec(document.querySelector('[data-testid="showing"]')?.textContent ?? '')?.[1] === String(want),
    n,
    { timeout },
  );
}

export async function showing(page) {
  const el = page.locator('[data-testid="showing"]');
  await el.waitFor({ timeout: HOOK_MS });
  const text = norm(await el.innerText());
  const m = text.match(/(\d+)\D+?(\d+)/);
  if (!m) throw new Error(`[data-testid=showing] does not say "N of M": ${JSON.stringify(text)}`);
  return { n: Number(m[1]), m: Number(m[2]), text };
}

/** Ids of the article cards on the page, and the outlet of each. */
export async function cards(page) {
  return page.$$eval('[data-testid="article-card"]', (els) =>
    els.map((e) => ({ id: e.getAttribute('data-article-id'), outlet: e.getAttribute('data-outlet') })),
  );
}

/** Outlet names carried by any element outside the outlet filter (cards, chart rows, …). */
export async function outletsShownOutsideFilter(page) {
  return page.$$eval('[data-outlet]', (els) => [
    ...new Set(
      els
        .filter((e) => !e.closest('[data-testid="outlet-filter"]'))
        .map((e) => e.getAttribute('data-outlet')),
    ),
  ]);
}

/** The filter option for an outlet (matched by attribute value, so any name works). */
export async function filterOption(page, outlet) {
  const filter = page.locator('[data-testid="outlet-filter"]');
  await filter.waitFor({ timeout: HOOK_MS });
  const options = filter.locator('[data-outlet]');
  const names = await options.evaluateAll((els) => els.map((e) => e.getAttribute('data-outlet')));
  const i = names.indexOf(outlet);
  if (i < 0) throw new Error(`no option [data-outlet=${JSON.stringify(outlet)}] in the filter; it offers ${JSON.stringify(names)}`);
  // With many outlets the less covered fold away: unfold them as a reader would.
  if (!(await options.nth(i).isVisible())) await filter.locator('[data-testid="more-outlets"]').click();
  return options.nth(i);
}

/** Whether a filter option is selected (aria-pressed="true", or a checked checkbox). */
export async function isSelected(option) {
  return option.evaluate((e) => {
    if (e.getAttribute('aria-pressed') === 'true' || e.getAttribute('aria-checked') === 'true') return true;
    const input = e.matches('input') ? e : e.querySelector('input[type=checkbox], input[type=radio]');
    return Boolean(input?.checked) || e.getAttribute('aria-selected') === 'true';
  });
}

/** The views the navigation offers, as `data-view` names in order. */
export async function navViews(page) {
  const nav = page.locator('[data-testid="nav"]');
  await nav.waitFor({ timeout: HOOK_MS });
  return nav.locator('[data-view]').evaluateAll((els) => els.map((e) => e.getAttribute('data-view')));
}

/** Clicks a view in the navigation and waits for the URL to name it. */
export async function goToView(page, view) {
  const link = page.locator(`[data-testid="nav"] [data-view="${view}"]`).first();
  await link.click();
  // From the overview, the first-view build reloads into the full one: wait for a page that
  // shows the view (the corpus loaded, the link current), in whichever load that is.
  await page.waitForFunction(
    (v) =>
      (new URL(location.href).searchParams.get('view') ?? 'overview') === v &&
      document.querySelector('[data-testid="nav"] [aria-current="page"]')?.getAttribute('data-view') === v &&
      document.querySelector('#view') !== null &&
      document.querySelector('[data-testid="view-loading"]') === null,
    view,
    { timeout: 4 * HOOK_MS },
  );
  await page.waitForLoadState('networkidle');
}

/** The outlet filter in the current URL, as a list of names. */
export function urlOutlets(url) {
  const v = new URL(url).searchParams.get('outlet');
  return v ? v.split(',').filter(Boolean) : [];
}

/** How far the page overflows horizontally (0 = it fits). */
export async function horizontalOverflow(page) {
  return page.evaluate(() => document.scrollingElement.scrollWidth - window.innerWidth);
}

/** Regular files and symlinks under a folder (recursively). */
export async function listTree(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const st = await lstat(full);
    if (st.isSymbolicLink()) out.push({ path: full, symlink: true });
    else if (st.isDirectory()) out.push(...(await listTree(full)));
    else out.push({ path: full, symlink: false });
  }
  return out;
}
