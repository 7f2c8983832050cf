// The same checks on a second, small corpus that shares nothing with the seeds
// (tests/fixtures/e2e/second: other outlets, an undated page, a Spanish HTML page).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { siteSuite } from './suite.mjs';
import { harness, openPage, problems, NO_PROBLEMS, siteUrl, norm, waitForStory } from './lib.mjs';

siteSuite('second');

describe('second corpus: its odd pages', () => {
  const h = harness({ before, after }, 'second');
  const { corpus } = h.site;

  it('the corpus has what this test is for: an undated page and a Spanish page', () => {
    assert.ok(corpus.articles.some((a) => a.published === null), 'an undated article');
    assert.ok(corpus.articles.some((a) => a.format === 'html'), 'a saved HTML page');
    const seeds = new Set(['Reuters', 'Euronews', 'TRT World', 'Fox News']);
    assert.ok(corpus.articles.every((a) => !seeds.has(a.outlet?.name)), 'no seed outlet');
  });

  it('shows every headline, the Spanish one included, with its accents', async () => {
    const p = await openPage(h);
    try {
      await p.page.goto(siteUrl(h));
      await waitForStory(p.page, corpus);
      const text = norm(await p.page.locator('body').innerText());
      const missing = corpus.articles.map((a) => norm(a.headline)).filter((t) => !text.includes(t));
      assert.deepEqual(missing, [], 'headlines missing from the first view');
      assert.deepEqual(problems(h, p.rec), NO_PROBLEMS);
    } finally {
      await p.close();
    }
  });
});
