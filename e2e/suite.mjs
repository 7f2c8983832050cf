// The checks every corpus must pass, written against docs/ui-contract.md and the corpus the
// site was built from (read from its corpus.json). `siteSuite('second')` runs them on
// target/e2e/second, served under the sub-path.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  harness,
  indexName,
  openPage,
  problems,
  NO_PROBLEMS,
  siteUrl,
  norm,
  waitForStory,
  waitForCards,
  outletsOf,
  outletToFilter,
  quotesOf,
  spanText,
  articleToOpen,
  showing,
  cards,
  outletsShownOutsideFilter,
  filterOption,
  isSelected,
  navViews,
  goToView,
  urlOutlets,
  horizontalOverflow,
  HOOK_MS,
  bodyOnlySearch,
  waitForShowing,
} from './lib.mjs';

const sorted = (xs) => [...xs].sort();

export function siteSuite(name) {
  describe(`site built from the ${name} corpus, served under a sub-path`, () => {
    const h = harness({ before, after }, name);
    const { corpus } = h.site;
    const total = corpus.articles.length;
    const outlets = outletsOf(corpus);
    const pick = outletToFilter(corpus);

    /** Opens a fresh page at `params`, runs `fn`, then checks nothing went wrong. */
    const withPage = async (params, fn, opts) => {
      const p = await openPage(h, opts);
      try {
        await p.page.goto(siteUrl(h, params));
        await waitForStory(p.page, corpus);
        await fn(p);
        await p.page.waitForLoadState('networkidle');
        assert.deepEqual(problems(h, p.rec), NO_PROBLEMS, 'the page must not log errors, fail requests or leave its prefix');
      } finally {
        await p.close();
      }
    };

    it('loads from the sub-path: every request under the prefix, none failed, no console or page error', async () => {
      await withPage({}, async ({ page, rec }) => {
        assert.equal(await page.locator('[data-testid="load-error"]').count(), 0, 'the load-error state is shown');
        const text = norm(await page.locator('body').innerText());
        assert.ok(text.includes(norm(corpus.story.title)), 'the story title is shown');
        const paths = rec.requests.map((r) => new URL(r.url).pathname);
        const index = indexName(h.site.dir);
        assert.ok(paths.includes(`${h.server.prefix}${index}`), `the corpus index (${index}) is fetched under the prefix; requests: ${paths}`);
        assert.ok(paths.some((p) => p.endsWith('.wasm')), 'the WASM is loaded');
        // Only the one index.html is ever requested as a document.
        for (const doc of rec.documents) {
          assert.equal(new URL(doc).pathname, h.server.prefix, `document request for ${doc}`);
        }
      });
    });

    it('shows every outlet of the corpus', async () => {
      await withPage({}, async ({ page }) => {
        const text = norm(await page.locator('body').innerText());
        const missing = [...outlets.keys()].filter((o) => !text.includes(norm(o)));
        assert.deepEqual(missing, [], 'outlets missing from the page');
      });
    });

    it('the outlet filter offers every outlet, and "showing" counts all articles', async () => {
      await withPage({}, async ({ page }) => {
        const offered = await page
          .locator('[data-testid="outlet-filter"] [data-outlet]')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-outlet')));
        const hasUnknown = corpus.articles.some((a) => !a.outlet);
        const known = offered.filter((o) => outlets.has(o));
        assert.deepEqual(sorted(known), sorted(outlets.keys()), 'filter options');
        assert.ok(offered.length - known.length <= (hasUnknown ? 1 : 0), `unexpected options: ${offered}`);
        for (const o of outlets.keys()) assert.equal(await isSelected(await filterOption(page, o)), false, `${o} starts selected`);
        const s = await showing(page);
        assert.deepEqual([s.n, s.m], [total, total], s.text);
      });
    });

    it(`choosing one outlet sets ?outlet= and leaves only its articles in every view`, async (t) => {
      await withPage({}, async ({ page }) => {
        await waitForCards(page);
        await (await filterOption(page, pick.name)).click();
        await page.waitForFunction((o) => new URL(location.href).searchParams.get('outlet') === o, pick.name, {
          timeout: HOOK_MS,
        });
        assert.deepEqual(urlOutlets(page.url()), [pick.name]);
        assert.equal(await isSelected(await filterOption(page, pick.name)), true, 'the chosen option is selected');
        const s = await showing(page);
        assert.deepEqual([s.n, s.m], [pick.ids.length, total], s.text);
        const first = await cards(page);
        assert.deepEqual(sorted(first.map((c) => c.id)), sorted(pick.ids), 'the cards on the first view');
        const views = await navViews(page);
        assert.ok(views.length >= 2, `the navigation offers views: ${views}`);
        t.diagnostic(`filtered on ${pick.name} (${pick.ids.length} of ${total}); views checked: ${views.join(', ')}`);
        for (const view of views) {
          await goToView(page, view);
          assert.deepEqual(urlOutlets(page.url()), [pick.name], `view ${view} keeps the filter in the URL`);
          for (const c of await cards(page)) {
            assert.equal(c.outlet, pick.name, `view ${view}: card ${c.id} is from ${c.outlet}`);
            assert.ok(pick.ids.includes(c.id), `view ${view}: card ${c.id} is not one of ${pick.name}'s`);
          }
          const shown = await outletsShownOutsideFilter(page);
          assert.deepEqual(shown.filter((o) => o !== pick.name), [], `view ${view} shows other outlets`);
          if (await page.locator('[data-testid="showing"]').count()) {
            assert.equal((await showing(page)).n, pick.ids.length, `view ${view}: "showing"`);
          }
        }
      });
    });

    it('loading the filtered URL fresh restores the same state', async () => {
      let before;
      await withPage({ outlet: pick.name }, async ({ page }) => {
        await waitForCards(page);
        before = { showing: (await showing(page)).text, cards: await cards(page) };
      });
      // The same state reached by clicking, then reloaded from its URL.
      await withPage({}, async ({ page, reload }) => {
        await waitForCards(page);
        await (await filterOption(page, pick.name)).click();
        await page.waitForFunction((o) => new URL(location.href).searchParams.get('outlet') === o, pick.name);
        const clicked = { showing: (await showing(page)).text, cards: await cards(page) };
        assert.deepEqual(clicked, before, 'state reached by clicking = state loaded from the URL');
        await reload();
        await waitForCards(page);
        assert.deepEqual({ showing: (await showing(page)).text, cards: await cards(page) }, before, 'after reload');
        for (const o of outlets.keys()) {
          assert.equal(await isSelected(await filterOption(page, o)), o === pick.name, `option ${o} after reload`);
        }
      });
    });

    it('back returns to the unfiltered state, forward to the filtered one', async () => {
      await withPage({}, async ({ page }) => {
        await waitForCards(page);
        const start = page.url();
        await (await filterOption(page, pick.name)).click();
        await page.waitForFunction((o) => new URL(location.href).searchParams.get('outlet') === o, pick.name);
        await page.goBack();
        await page.waitForFunction(() => !new URL(location.href).searchParams.get('outlet'));
        assert.equal(page.url(), start);
        await waitForCards(page);
        const s = await showing(page);
        assert.deepEqual([s.n, s.m], [total, total], `after back: ${s.text}`);
        assert.equal((await cards(page)).length, total, 'every article is listed again');
        assert.equal(await isSelected(await filterOption(page, pick.name)), false, 'the option is released');
        await page.goForward();
        await page.waitForFunction((o) => new URL(location.href).searchParams.get('outlet') === o, pick.name);
        assert.deepEqual(sorted((await cards(page)).map((c) => c.id)), sorted(pick.ids), 'after forward');
      });
    });

    const article = articleToOpen(corpus);
    const corpusHasQuotes = corpus.articles.some((a) => quotesOf(a).length);

    it(`opening an article shows its body, its quotes highlighted and (toggled) what was removed`, async (t) => {
      await withPage({}, async ({ page }) => {
        await waitForCards(page);
        const target = page.locator(`[data-testid="article-card"][data-article-id="${article.id}"]`).first();
        await target.waitFor({ timeout: HOOK_MS });
        const link = target.locator('a').first();
        await ((await link.count()) ? link : target).click();
        await page.waitForFunction(
          (id) => {
            const q = new URL(location.href).searchParams;
            return q.get('view') === 'article' && q.get('article') === id;
          },
          article.id,
          { timeout: HOOK_MS },
        );
        const body = page.locator('[data-testid="article-body"]');
        await body.waitFor({ timeout: HOOK_MS });
        const bodyText = norm(await body.innerText());
        const paras = article.body.map((p) => norm(p.text));
        assert.ok(bodyText.includes(paras[0]), `the body starts with the first paragraph: ${paras[0]}`);
        assert.ok(bodyText.includes(paras.at(-1)), `the body has the last paragraph: ${paras.at(-1)}`);
        assert.ok(norm(await page.locator('body').innerText()).includes(norm(article.headline)), 'the headline is shown');

        // What was removed: hidden until toggled, then listed with every line, in the URL as removed=1.
        const removedLines = page.locator('[data-testid="removed-lines"]');
        assert.equal(await removedLines.isVisible(), false, 'removed lines are hidden at first');
        await page.locator('[data-testid="toggle-removed"]').click();
        await removedLines.waitFor({ state: 'visible', timeout: HOOK_MS });
        await page.waitForFunction(() => new URL(location.href).searchParams.get('removed') === '1');
        const removedText = norm(await removedLines.innerText());
        const missing = article.removed.map((r) => norm(r.text)).filter((t) => !removedText.includes(t));
        assert.deepEqual(missing, [], 'removed lines not listed');
        await page.locator('[data-testid="toggle-removed"]').click();
        await removedLines.waitFor({ state: 'hidden', timeout: HOOK_MS });
        assert.equal(new URL(page.url()).searchParams.get('removed'), null, 'removed=1 leaves the URL');

        // Quotes: highlighted inside the body, each naming its speaker (or "unresolved").
        const quotes = body.locator('[data-testid="quote"]');
        const count = await quotes.count();
        if (!corpusHasQuotes && count === 0) {
          t.skip(`the ${name} corpus carries no body quotes (no articles[].voices.quotes with a body span), so there is nothing to highlight`);
          return;
        }
        const expected = quotesOf(article);
        assert.ok(count >= 1, `article ${article.id} has ${expected.length} quotes in corpus.json but none is highlighted`);
        const shown = await quotes.evaluateAll((els) =>
          els.map((e) => ({ text: e.innerText, speaker: e.getAttribute('data-speaker') })),
        );
        assert.ok(shown.every((q) => q.speaker && q.speaker.trim()), `every quote has data-speaker: ${JSON.stringify(shown)}`);
        t.diagnostic(`article ${article.id}: ${shown.length} quotes highlighted (${expected.length} body quotes in corpus.json), ${article.removed.length} removed lines listed`);
        assert.ok(shown.every((q) => norm(q.text) && bodyText.includes(norm(q.text))), 'quotes are part of the body text');
        // Every quote the corpus places in the body is highlighted, with its speaker.
        const joined = norm(shown.map((q) => q.text).join(' '));
        for (const q of expected) {
          for (const span of (q.spans ?? []).filter((sp) => sp.part === 'body')) {
            const words = spanText(article, span);
            assert.ok(words && joined.includes(norm(words)), `quote not highlighted: ${words}`);
          }
          const speaker = q.speaker?.name ?? 'unresolved';
          if ((q.spans ?? []).some((sp) => sp.part === 'body')) {
            assert.ok(shown.some((d) => d.speaker === speaker), `no quote highlighted with data-speaker=${JSON.stringify(speaker)}`);
          }
        }
      });
    });

    it('an article link with removed=1 opens with the removed lines shown', async () => {
      await withPage({ view: 'article', article: article.id, removed: '1' }, async ({ page }) => {
        const body = page.locator('[data-testid="article-body"]');
        await body.waitFor({ timeout: HOOK_MS });
        assert.ok(norm(await body.innerText()).includes(norm(article.body[0].text)));
        const removedLines = page.locator('[data-testid="removed-lines"]');
        await removedLines.waitFor({ state: 'visible', timeout: HOOK_MS });
        if (article.removed.length) {
          assert.ok(norm(await removedLines.innerText()).includes(norm(article.removed[0].text)));
        }
      });
    });

    it('at 390 px the first view does not overflow horizontally', async () => {
      await withPage(
        {},
        async ({ page }) => {
          assert.ok((await horizontalOverflow(page)) <= 0, `overflows by ${await horizontalOverflow(page)} px`);
        },
        { width: 390, height: 844 },
      );
    });

    it('a search from the overview finds words of the article bodies, not only headlines', async () => {
      // A word of some body that no headline or dek has: only the text can find it.
      const { word, expected } = bodyOnlySearch(corpus, 8);
      assert.ok(word, 'the corpus has a body-only word');
      await withPage({}, async ({ page }) => {
        await waitForCards(page);
        await page.locator('input[type="search"]').fill(word);
        await waitForShowing(page, expected, 30_000);
        assert.equal((await showing(page)).n, expected, `"${word}" in ${expected} article(s)`);
      });
    });

    it('at 390 px no view overflows horizontally (every view, the article with removed lines, filtered)', async (t) => {
      await withPage(
        { outlet: pick.name },
        async ({ page, goto }) => {
          await waitForCards(page);
          const over = {};
          const measured = [];
          const measure = async (label) => {
            measured.push(label);
            await page.waitForLoadState('networkidle');
            const px = await horizontalOverflow(page);
            if (px > 0) over[label] = px;
          };
          await measure('overview, filtered');
          for (const view of await navViews(page)) {
            await goToView(page, view);
            await measure(view);
          }
          await goto(siteUrl(h, { view: 'article', article: article.id, removed: '1' }));
          await page.locator('[data-testid="article-body"]').waitFor({ timeout: HOOK_MS });
          await measure('article with removed lines');
          t.diagnostic(`measured at 390 px: ${measured.join(', ')}`);
          assert.deepEqual(over, {}, 'views that overflow at 390 px (px too wide)');
        },
        { width: 390, height: 844 },
      );
    });
  });
}

