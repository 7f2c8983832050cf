// Corpus text is shown as text, never as HTML: a corpus whose story, outlet, headline, body and
// removed lines carry <script>, <img onerror>, <iframe>, <svg onload> and javascript: links
// (tests/fixtures/e2e/hostile). Each payload sets window.__xss or opens a dialog if it runs.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  harness,
  openPage,
  problems,
  NO_PROBLEMS,
  siteUrl,
  norm,
  waitForStory,
  waitForCards,
  outletsOf,
  filterOption,
  navViews,
  goToView,
  urlOutlets,
  HOOK_MS,
} from './lib.mjs';

/** Elements or attributes that only markup injected from the corpus would create. */
async function injected(page) {
  return page.evaluate(() => {
    const found = [];
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) {
        if (/^on/i.test(attr)) found.push(`<${el.localName} ${attr}>`);
        if (/^(href|src)$/.test(attr) && /^\s*javascript:/i.test(el.getAttribute(attr))) found.push(`<${el.localName} ${attr}=javascript:>`);
      }
    }
    for (const el of document.querySelectorAll('img[src="x"], iframe, object, embed')) {
      found.push(`<${el.localName} src=${el.getAttribute('src')}>`);
    }
    for (const el of document.querySelectorAll('body script')) {
      if (/__xss/.test(el.textContent)) found.push('<script> from the corpus');
    }
    for (const el of document.querySelectorAll('b, i')) {
      if (/bold|italic/i.test(el.textContent)) found.push(`<${el.localName}>${el.textContent}`);
    }
    return found;
  });
}

describe('hostile corpus: markup in corpus text stays inert text', () => {
  const h = harness({ before, after }, 'hostile');
  const { corpus } = h.site;
  const evilOutlet = [...outletsOf(corpus).keys()].find((o) => o.includes('<'));
  const evilArticle = corpus.articles.find((a) => a.body.some((p) => p.text.includes('<script>')));

  /** Checks that nothing ran, nothing was injected and nothing was requested because of it. */
  const assertInert = async (p, where) => {
    const { page, rec } = p;
    await page.waitForLoadState('networkidle');
    assert.equal(await page.evaluate(() => window.__xss), undefined, `${where}: a payload ran (window.__xss set)`);
    assert.deepEqual(rec.dialogs, [], `${where}: a payload opened a dialog`);
    assert.deepEqual(await injected(page), [], `${where}: elements created from corpus text`);
    const bogus = rec.requests.map((r) => new URL(r.url).pathname).filter((p) => /\/x$|javascript/i.test(p));
    assert.deepEqual(bogus, [], `${where}: requests made by injected markup`);
    assert.deepEqual(problems(h, rec), NO_PROBLEMS, `${where}: errors or stray requests`);
  };

  it('the fixture carries the payloads this test is about', () => {
    assert.ok(corpus.story.title.includes('<script>'), 'story title');
    assert.ok(evilOutlet, 'an outlet named with markup');
    assert.ok(evilArticle, 'a body paragraph with <script>');
    assert.ok(evilArticle.removed.some((r) => r.text.includes('<')), 'a removed line with markup');
  });

  it('the first view shows the story, outlets and headlines as literal text, and nothing runs', async () => {
    const p = await openPage(h);
    try {
      await p.page.goto(siteUrl(h));
      await waitForStory(p.page, corpus);
      const text = norm(await p.page.locator('body').innerText());
      for (const s of [corpus.story.title, corpus.story.question, evilOutlet, ...corpus.articles.map((a) => a.headline)]) {
        assert.ok(text.includes(norm(s)), `shown as text: ${s}`);
      }
      await assertInert(p, 'first view');
    } finally {
      await p.close();
    }
  });

  it('the article view shows its body and removed lines as literal text, and nothing runs', async () => {
    const p = await openPage(h);
    try {
      await p.page.goto(siteUrl(h, { view: 'article', article: evilArticle.id, removed: '1' }));
      await waitForStory(p.page, corpus);
      const body = p.page.locator('[data-testid="article-body"]');
      await body.waitFor({ timeout: HOOK_MS });
      const bodyText = norm(await body.innerText());
      for (const para of evilArticle.body) assert.ok(bodyText.includes(norm(para.text)), `body paragraph as text: ${para.text}`);
      const removed = p.page.locator('[data-testid="removed-lines"]');
      await removed.waitFor({ state: 'visible', timeout: HOOK_MS });
      const removedText = norm(await removed.innerText());
      for (const r of evilArticle.removed) assert.ok(removedText.includes(norm(r.text)), `removed line as text: ${r.text}`);
      // Hovering and clicking around must not wake anything up either.
      await body.hover();
      await assertInert(p, 'article view');
    } finally {
      await p.close();
    }
  });

  it('filtering on an outlet named with markup works through the URL, in every view, and nothing runs', async () => {
    const p = await openPage(h);
    try {
      await p.page.goto(siteUrl(h));
      await waitForStory(p.page, corpus);
      await waitForCards(p.page);
      await (await filterOption(p.page, evilOutlet)).click();
      await p.page.waitForFunction((o) => new URL(location.href).searchParams.get('outlet') === o, evilOutlet);
      assert.deepEqual(urlOutlets(p.page.url()), [evilOutlet]);
      await assertInert(p, 'filtered');
      for (const view of await navViews(p.page)) {
        await goToView(p.page, view);
        await assertInert(p, `view ${view}`);
      }
      // The same filter loaded from its URL.
      await p.goto(siteUrl(h, { outlet: evilOutlet }));
      await waitForCards(p.page);
      const ids = await p.page.$$eval('[data-testid="article-card"]', (els) => els.map((e) => e.getAttribute('data-outlet')));
      assert.deepEqual([...new Set(ids)], [evilOutlet]);
      await assertInert(p, 'filtered, loaded from the URL');
    } finally {
      await p.close();
    }
  });
});
