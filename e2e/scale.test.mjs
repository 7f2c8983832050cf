// A generated story collection of 500 pages from at least 50 outlets (scripts/scale/
// gen_corpus.py, built by scripts/e2e.sh into target/e2e/scale): every view shows its content,
// long lists are paged, a filter narrows every view, and nothing fails. Times are printed as
// diagnostics; the targets are checked by scripts/bench-scale.sh, not here.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  harness,
  openPage,
  problems,
  NO_PROBLEMS,
  siteUrl,
  waitForStory,
  showing,
  goToView,
  navViews,
  filterOption,
  outletsOf,
  startServer,
  PREFIX,
  bodyOnlySearch,
  waitForShowing,
} from './lib.mjs';

// What shows that a view has its content (docs/ui-contract.md hooks and headings).
const CONTENT = {
  overview: '[data-testid="article-card"]',
  headlines: '#headlines-heading',
  frames: '[data-testid="heatmap-cell"]',
  voices: '#voices-heading',
  naming: '#naming-heading, main .notice',
  facts: '.facts-table tbody tr',
  article: '[data-testid="article-body"], #pick-heading',
  compare: '#compare-heading',
  method: '#method-heading',
};

describe('a generated corpus of 500 pages from 50+ outlets', () => {
  const h = harness({ before, after }, 'scale');
  const { corpus } = h.site;
  const total = corpus.articles.length;

  it('is the size this test is for', () => {
    assert.ok(total + corpus.skipped.length >= 500, `${total} articles + ${corpus.skipped.length} skipped`);
    assert.ok(outletsOf(corpus).size >= 50, `${outletsOf(corpus).size} outlets`);
    assert.ok(h.site.index.shards.length > 1, 'the asset is sharded');
  });

  it('goes through every view and one outlet filter, each view showing its content', async (t) => {
    const p = await openPage(h);
    const { page } = p;
    try {
      const t0 = Date.now();
      await page.goto(siteUrl(h));
      await waitForStory(page, corpus);
      await page.locator(CONTENT.overview).first().waitFor({ timeout: 30_000 });
      const times = [`overview ${Date.now() - t0} ms`];
      assert.equal((await showing(page)).n, total);
      // 50 cards a page, with a way to the next.
      assert.equal(await page.locator('[data-testid="article-card"]').count(), 50);
      assert.ok(await page.locator('[data-testid="pager"] a[rel="next"]').first().isVisible());
      for (const view of (await navViews(page)).filter((v) => v !== 'overview')) {
        const start = Date.now();
        await goToView(page, view);
        await page.locator(CONTENT[view]).first().waitFor({ timeout: 30_000 });
        times.push(`${view} ${Date.now() - start} ms`);
      }
      // The facts view pages its facts.
      await goToView(page, 'facts');
      assert.ok((await page.locator('.facts-table tbody tr').count()) <= 25);
      // Dozens of outlets: the filter shows the twelve most covered and folds the rest
      // behind one button (filterOption unfolds them when it needs one).
      const chips = page.locator('[data-testid="outlet-filter"] [data-outlet]');
      const shown = () => chips.evaluateAll((els) => els.filter((e) => e.checkVisibility()).length);
      const offered = await chips.count();
      assert.ok(offered >= outletsOf(corpus).size, `${offered} outlets offered`);
      assert.equal(await shown(), 12);
      // One outlet: every count follows.
      const [outlet, ids] = [...outletsOf(corpus).entries()][0];
      const n = ids.length;
      const start = Date.now();
      await (await filterOption(page, outlet)).click();
      await waitForShowing(page, n, 30_000);
      times.push(`filter ${Date.now() - start} ms`);
      const more = page.locator('[data-testid="more-outlets"]');
      if ((await more.getAttribute('aria-expanded')) !== 'true') await more.click();
      assert.equal(await shown(), offered, 'unfolded, every outlet is offered');
      await goToView(page, 'headlines');
      assert.equal((await showing(page)).n, n);
      t.diagnostic(times.join(', '));
      assert.deepEqual(problems(h, p.rec), NO_PROBLEMS);
    } finally {
      await p.close();
    }
  });

  it('a search from the overview reads the articles\' text: the page moves to the full build, which has the shards', async () => {
    const { word, expected } = bodyOnlySearch(corpus, 9);
    assert.ok(word, 'the corpus has a body-only word');
    const p = await openPage(h);
    try {
      await p.page.goto(siteUrl(h));
      await waitForStory(p.page, corpus);
      await p.page.locator('input[type="search"]').fill(word);
      await waitForShowing(p.page, expected, 60_000);
      assert.equal(new URL(p.page.url()).searchParams.get('q'), word);
      assert.deepEqual(problems(h, p.rec), NO_PROBLEMS);
    } finally {
      await p.close();
    }
  });

  it('when a shard cannot be loaded, a view that needs it names the file and the status', async () => {
    const shard = h.site.index.shards[0].file;
    const copy = await mkdtemp(path.join(tmpdir(), 'framelens-shard-'));
    await cp(h.site.dir, copy, { recursive: true });
    await rm(path.join(copy, shard));
    const server = await startServer(copy, PREFIX);
    const p = await openPage({ ...h, server });
    try {
      await p.page.goto(`${server.base}?view=frames`);
      const error = p.page.locator('[data-testid="load-error"]');
      await error.waitFor({ timeout: 60_000 });
      const text = await error.innerText();
      assert.ok(text.includes(shard) && /404/.test(text), `the message names the shard and the status: ${text}`);
      assert.deepEqual(p.rec.pageErrors, [], 'no uncaught exception');
    } finally {
      await p.close();
      await server.close();
      await rm(copy, { recursive: true, force: true });
    }
  });
});
