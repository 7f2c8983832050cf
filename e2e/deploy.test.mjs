// What GitHub Pages needs of the built site: everything under the project sub-path, no
// symlinks, and a 404.html that sends a stray path back to the app with its query string,
// whether the site lives at /<repo>/ or at / (a user site or custom domain).

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir, mkdtemp, copyFile, cp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import path from 'node:path';
import {
  PREFIX,
  harness,
  startServer,
  openPage,
  problems,
  NO_PROBLEMS,
  waitForStory,
  outletsOf,
  listTree,
  siteUrl,
  indexName,
} from './lib.mjs';

describe('the release build as GitHub Pages serves it', () => {
  const h = harness({ before, after }, 'seeds');
  const { corpus, dir } = h.site;
  const outlet = [...outletsOf(corpus).keys()][0];

  it('ships index.html, 404.html and corpus.json, and no symlink', async () => {
    const files = await listTree(dir);
    assert.deepEqual(files.filter((f) => f.symlink).map((f) => f.path), [], 'symlinks in the artifact');
    const names = files.map((f) => path.relative(dir, f.path));
    for (const f of ['index.html', '404.html', 'corpus.json', 'corpus.schema.json']) assert.ok(names.includes(f), `${f} in dist`);
    // Any shard the index lists ships beside it, named by a hash of its bytes (the seeds are
    // small: one complete file; e2e/scale.test.mjs has a sharded corpus).
    for (const r of h.site.index.shards ?? []) {
      assert.ok(names.includes(r.file), `${r.file} in dist`);
      assert.match(r.file, /^corpus\.shards\/[0-9a-f]{16}\.json$/);
    }
  });

  it('index.html and 404.html carry a content security policy that hashes their inline scripts', async () => {
    for (const name of ['index.html', '404.html']) {
      const html = await readFile(path.join(dir, name), 'utf8');
      const meta = html.match(/<meta http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/i);
      assert.ok(meta, `${name}: no CSP <meta>`);
      assert.ok(html.indexOf(meta[0]) < html.search(/<script/i), `${name}: the policy comes before the first script`);
      const directives = new Map(
        meta[1].split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]),
      );
      const script = directives.get('script-src') ?? [];
      assert.ok(script.includes("'self'") && script.includes("'wasm-unsafe-eval'"), `${name}: script-src ${script}`);
      assert.ok(!/unsafe-inline|unsafe-eval'/.test(meta[1].replace("'wasm-unsafe-eval'", '')), `${name}: ${meta[1]}`);
      assert.deepEqual(directives.get('connect-src'), ["'self'"], name);
      assert.deepEqual(directives.get('object-src'), ["'none'"], name);
      assert.deepEqual(directives.get('base-uri'), ["'none'"], name);
      // Each inline script as shipped is allowed by its hash, and nothing else is.
      const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)]
        .filter((m) => !/\bsrc\s*=/i.test(m[1]))
        .map((m) => `'sha256-${createHash('sha256').update(m[2], 'utf8').digest('base64')}'`);
      assert.ok(inline.length > 0, `${name}: inline scripts found`);
      assert.deepEqual(script.filter((s) => s.startsWith("'sha256-")).sort(), [...inline].sort(), name);
      // <style> elements (404.html's) likewise, in style-src.
      const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].map(
        (m) => `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`,
      );
      const styleSrc = directives.get('style-src') ?? [];
      assert.deepEqual(styleSrc.filter((s) => s.startsWith("'sha256-")).sort(), [...styles].sort(), name);
      assert.ok(styleSrc.includes("'self'"), `${name}: style-src ${styleSrc}`);
    }
  });

  it('the corpus index is fetched by its content-hashed name, the copy of corpus.json index.html names', async () => {
    const name = indexName(dir);
    const bytes = await readFile(path.join(dir, 'corpus.json'));
    assert.equal(name, `corpus-${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.json`);
    assert.ok(bytes.equals(await readFile(path.join(dir, name))), `${name} holds corpus.json's bytes`);
    const stale = (await readdir(dir)).filter((f) => /^corpus-[0-9a-f]{16}\.json$/.test(f) && f !== name);
    assert.deepEqual(stale, [], 'no hashed index of an earlier corpus is left beside it');

    // The page asks fetch for that name with the default cache mode (a hashed name never
    // changes its bytes), and never for corpus.json. The cache mode is a property of the page's
    // Request (Playwright's routing turns the HTTP cache off, so its effect cannot be watched).
    const { page, context, goto, close } = await openPage(h);
    await context.addInitScript(() => {
      window.__fetches = [];
      const original = window.fetch;
      window.fetch = function (input, init) {
        const url = typeof input === 'string' ? input : input.url;
        window.__fetches.push({ url: String(url), cache: init?.cache ?? input.cache ?? 'default' });
        return original.apply(this, arguments);
      };
    });
    await goto(siteUrl(h));
    await waitForStory(page, corpus);
    const fetches = await page.evaluate(() => window.__fetches);
    const file = (f) => new URL(f.url, h.server.base).pathname.split('/').pop();
    assert.deepEqual(fetches.filter((f) => /^corpus.*\.json$/.test(file(f))).map((f) => [file(f), f.cache]), [[name, 'default']]);
    await close();
  });

  it('a site whose hashed index is gone (corpus.json swapped by hand) loads corpus.json instead', async () => {
    await withoutFile((f) => /^corpus-[0-9a-f]{16}\.json$/.test(f), '', async (p) => {
      await waitForStory(p.page, corpus);
      assert.equal(await p.page.locator('[data-testid="load-error"]').count(), 0);
    });
  });

  it('index.html points at its assets under the public URL, never at the host root or elsewhere', async () => {
    const html = await readFile(path.join(dir, 'index.html'), 'utf8');
    const urls = [
      ...[...html.matchAll(/\s(?:src|href)\s*=\s*["']?([^"'\s>]+)/gi)].map((m) => m[1]),
      // The module script's imports of the JS glue and the WASM.
      ...[...html.matchAll(/["'`]([^"'`\s]+\.(?:js|wasm))["'`]/g)].map((m) => m[1]),
    ];
    assert.ok(urls.some((u) => u.endsWith('.wasm') || u.endsWith('.js')), `asset URLs found: ${urls}`);
    const wrong = urls.filter((u) => /^[a-z]+:|^\/\//i.test(u) || (u.startsWith('/') && !u.startsWith(PREFIX)));
    assert.deepEqual(wrong, [], `asset URLs outside ${PREFIX}`);
    const code = urls.filter((u) => /\.(js|wasm)$/.test(u));
    assert.deepEqual(code.filter((u) => !u.startsWith(PREFIX)), [], 'the JS and WASM load from the public URL');
  });

  it('the overview loads only the first-view build; every other view only the full build', async () => {
    // The WASM modules a page load fetched, by build: "framelens" (first view) or "views".
    const builds = (rec) =>
      rec.requests
        .map((r) => path.basename(new URL(r.url).pathname))
        .filter((f) => f.endsWith('.wasm'))
        .map((f) => f.split('-')[0]);
    const ready = (page, view) =>
      page.waitForFunction(
        (v) =>
          document.querySelector('[data-testid="nav"] [aria-current="page"]')?.getAttribute('data-view') === v &&
          document.querySelector('#view') !== null,
        view,
        { timeout: 30_000 },
      );
    let p = await openPage(h);
    try {
      await p.page.goto(h.server.base);
      await waitForStory(p.page, corpus);
      assert.deepEqual(builds(p.rec), ['framelens'], 'the overview needs the first-view build only');
      // Leaving the overview: one reload into the full build, the URL kept.
      await p.page.locator(`[data-testid="nav"] [data-view="frames"]`).first().click();
      await ready(p.page, 'frames');
      await p.page.locator('[data-testid="heatmap-cell"]').first().waitFor({ timeout: 30_000 });
      assert.equal(new URL(p.page.url()).searchParams.get('view'), 'frames');
      assert.deepEqual(builds(p.rec), ['framelens', 'views']);
      assert.equal(p.rec.documents.length, 2, 'one reload');
      // The full build serves the overview too: from here on, no more reloads.
      for (const view of ['overview', 'voices']) {
        await p.page.locator(`[data-testid="nav"] [data-view="${view}"]`).first().click();
        await ready(p.page, view);
      }
      await p.page.goBack();
      await ready(p.page, 'overview');
      await p.page.waitForLoadState('networkidle');
      assert.equal(p.rec.documents.length, 2, 'the full build moved between views without a reload');
      assert.deepEqual(builds(p.rec), ['framelens', 'views']);
      assert.deepEqual(problems(h, p.rec), NO_PROBLEMS);
    } finally {
      await p.close();
    }
    // A link straight to another view never downloads the first-view build.
    p = await openPage(h);
    try {
      await p.page.goto(`${h.server.base}?view=voices&outlet=${encodeURIComponent(outlet)}`);
      await ready(p.page, 'voices');
      await p.page.waitForLoadState('networkidle');
      assert.deepEqual(builds(p.rec), ['views']);
      assert.equal(p.rec.documents.length, 1);
      assert.deepEqual(problems(h, p.rec), NO_PROBLEMS);
    } finally {
      await p.close();
    }
  });

  it('plain= switches highlight layers off everywhere in the article, cues inside quotes included', async () => {
    const article = corpus.articles.find((a) => a.voices?.quotes?.length && a.framing?.sentences?.length);
    assert.ok(article, 'a seed article with quotes and frame cues');
    // Per mark kind: how many are drawn (a background or an underline) and how many in all.
    const drawn = (page) =>
      page.evaluate(() => {
        const count = (sel) => {
          const els = [...document.querySelectorAll(`[data-testid="article-view"] ${sel}`)];
          const shown = els.filter((e) => {
            const s = getComputedStyle(e);
            return s.backgroundColor !== 'rgba(0, 0, 0, 0)' || s.borderBottomStyle !== 'none';
          });
          return [shown.length, els.length];
        };
        return { quotes: count('[data-testid="quote"]'), cues: count('[data-testid="frame-cue"]'), nested: count('[data-testid="quote"] [data-testid="frame-cue"]') };
      });
    for (const [plain, off] of [['', []], ['cues', ['cues', 'nested']], ['quotes', ['quotes']], ['quotes,cues', ['quotes', 'cues', 'nested']]]) {
      const p = await openPage(h);
      try {
        await p.page.goto(`${h.server.base}?view=article&article=${encodeURIComponent(article.id)}${plain ? `&plain=${plain}` : ''}`);
        await p.page.locator('[data-testid="article-body"]').waitFor({ timeout: 30_000 });
        const marks = await drawn(p.page);
        assert.ok(marks.nested[1] > 0, 'the article has cues inside quotes');
        for (const [kind, [shown, all]] of Object.entries(marks)) {
          assert.ok(all > 0, `${kind}: marks present`);
          assert.equal(shown, off.includes(kind) ? 0 : all, `plain=${plain}: ${kind} drawn ${shown} of ${all}`);
        }
      } finally {
        await p.close();
      }
    }
  });

  /** Opens a stray URL, waits until 404.html has sent the browser on, and returns where to. */
  const follow = async (server, strayPath, expectedPath) => {
    const p = await openPage({ ...h, server });
    try {
      await p.page.goto(server.origin + strayPath);
      await p.page.waitForURL((u) => u.pathname === expectedPath, { timeout: 10_000 });
      return { url: new URL(p.page.url()), p };
    } catch (e) {
      await p.close();
      throw e;
    }
  };

  it('a stray path under the sub-path comes back to the app with its query and fragment', async () => {
    const query = `?view=headlines&outlet=${encodeURIComponent(outlet)}`;
    const { url, p } = await follow(h.server, `${PREFIX}article/some-id/extra${query}#top`, PREFIX);
    try {
      assert.equal(url.pathname, PREFIX);
      assert.equal(url.search, query);
      assert.equal(url.hash, '#top');
      await waitForStory(p.page, corpus);
      // The only errors allowed are the stray path's own 404.
      const found = problems(h, p.rec);
      const stray = `${h.server.base}article/some-id/extra`;
      found.consoleErrors = found.consoleErrors.filter((e) => !e.includes('404'));
      found.errorResponses = found.errorResponses.filter((e) => !e.startsWith(`404 ${stray}`));
      assert.deepEqual(found, NO_PROBLEMS);
      assert.deepEqual(
        h.server.requests.filter((r) => r.method === 'HEAD').map((r) => r.path),
        [`${PREFIX}corpus.json`],
        'one probe for the site root',
      );
    } finally {
      await p.close();
    }
  });

  it('at the root of a domain (user site or custom domain), a stray path comes back to /', async () => {
    const root = await startServer(dir, '/');
    try {
      const { url, p } = await follow(root, `/no/such/page?outlet=${encodeURIComponent(outlet)}`, '/');
      await p.close();
      assert.equal(url.pathname, '/');
      assert.equal(url.searchParams.get('outlet'), outlet);
      assert.deepEqual(
        root.requests.filter((r) => r.method === 'HEAD').map((r) => `${r.path} ${r.status}`),
        ['/no/corpus.json 404', '/corpus.json 200'],
      );
    } finally {
      await root.close();
    }
  });

  it('a stray path where no app is found stays on a "not found" page (no redirect loop)', async () => {
    const bare = await mkdtemp(path.join(tmpdir(), 'framelens-404-'));
    await copyFile(path.join(dir, '404.html'), path.join(bare, '404.html'));
    const server = await startServer(bare, PREFIX);
    const p = await openPage({ ...h, server });
    try {
      await p.page.goto(`${server.base}missing/page?x=1`);
      await p.page.waitForFunction(() => document.documentElement.hasAttribute('data-not-found'), null, { timeout: 10_000 });
      assert.equal(new URL(p.page.url()).pathname, `${PREFIX}missing/page`);
      assert.ok(await p.page.getByText('Page not found').isVisible());
      assert.equal(server.requests.filter((r) => r.method === 'GET').length, 1, 'one page load, no loop');
    } finally {
      await p.close();
      await server.close();
      await rm(bare, { recursive: true, force: true });
    }
  });

  /**
   * Serves a copy of the site without the files `pick` chooses among its names, opens `query`
   * on it, and hands the page and the removed name to `check`; cleans everything up after.
   */
  const withoutFile = async (pick, query, check) => {
    const copy = await mkdtemp(path.join(tmpdir(), 'framelens-missing-'));
    await cp(dir, copy, { recursive: true });
    const picked = (await readdir(copy)).filter(pick);
    assert.ok(picked.length > 0, 'the file to remove is in the site');
    for (const f of picked) await rm(path.join(copy, f));
    const gone = picked[0];
    const server = await startServer(copy, PREFIX);
    const p = await openPage({ ...h, server });
    try {
      await p.page.goto(server.base + query);
      await check(p, gone);
    } finally {
      await p.close();
      await server.close();
      await rm(copy, { recursive: true, force: true });
    }
  };

  it('when the corpus index cannot be loaded, the page says so (load-error) instead of failing silently', async () => {
    await withoutFile((f) => f === 'corpus.json' || /^corpus-[0-9a-f]{16}\.json$/.test(f), '', async (p) => {
      const error = p.page.locator('[data-testid="load-error"]');
      await error.waitFor({ timeout: 30_000 });
      assert.match(await error.innerText(), /corpus\.json|404|load/i, 'the error names what failed');
      assert.deepEqual(p.rec.pageErrors, [], 'no uncaught exception');
    });
  });

  it('when the page\'s own code cannot be loaded, the page says so (start-error) instead of staying blank', async () => {
    await withoutFile((f) => /^views-.*_bg\.wasm$/.test(f), '?view=frames', async (p, gone) => {
      const error = p.page.locator('[data-testid="start-error"]');
      await error.waitFor({ timeout: 30_000 });
      const text = await error.innerText();
      assert.ok(text.includes(gone), `the message names the missing file: ${text}`);
      assert.equal(await error.getAttribute('role'), 'alert');
      assert.deepEqual(p.rec.pageErrors, [], 'the failure is caught, not an uncaught exception');
    });
  });
});
