// Page timings for the scale benchmark (scripts/bench-scale.sh): serves a built site whose
// corpus.json is a generated corpus, opens each view in headless Chromium (a fresh tab each,
// so the time includes fetching and decoding the asset and compiling the WASM), and prints the
// milliseconds until the view shows its content, then the time a filter change takes to
// update the "Showing N of M" line. Not a test: it prints figures, it asserts nothing.
//
//   node scripts/scale/page-timings.mjs SITE_DIR [LABEL]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startServer, launchBrowser } from '../../e2e/lib.mjs';

const root = process.argv[2];
const label = process.argv[3] ?? root;
if (!root) {
  console.error('usage: node scripts/scale/page-timings.mjs SITE_DIR [LABEL]');
  process.exit(2);
}
// What shows that a view has rendered its content (docs/ui-contract.md hooks and headings).
const VIEWS = {
  overview: '#outlets-heading',
  headlines: '#headlines-heading',
  frames: '[data-testid="heatmap-cell"]',
  voices: '#voices-heading',
  // A corpus without concept slots shows a notice instead.
  naming: '#naming-heading, main .notice',
  facts: '#facts-heading',
  article: '[data-testid="article-body"]',
  method: '#method-heading',
};
const LIMIT_MS = 120_000;
// The article view opens the corpus's first article.
const first = JSON.parse(readFileSync(path.join(root, 'corpus.json'), 'utf8')).articles[0].id;
const QUERY = { article: `&article=${encodeURIComponent(first)}` };

// The site is built as GitHub Pages serves it, under /framelens/ (as scripts/e2e.sh builds it).
const server = await startServer(root, process.env.PREFIX ?? '/framelens/');
const browser = await launchBrowser();
const rows = [];
try {
  for (const [view, selector] of Object.entries(VIEWS)) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const t0 = Date.now();
    let ms;
    try {
      await page.goto(`${server.base}?view=${view}${QUERY[view] ?? ''}`);
      await page.waitForSelector(selector, { timeout: LIMIT_MS });
      ms = Date.now() - t0;
    } catch {
      ms = null;
    }
    let filter = null;
    if (ms !== null && (view === 'overview' || view === 'frames')) {
      filter = await filterChange(page);
    }
    rows.push({ view, ms, filter });
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
for (const r of rows) {
  const shown = r.ms === null ? `> ${LIMIT_MS / 1000} s` : `${r.ms} ms`;
  const filter = r.filter === null ? '' : `  filter change ${r.filter} ms`;
  console.log(`[page ${label}] ${r.view.padEnd(9)} ${shown}${filter}`);
}

/**
 * Picks the first outlet of the filter and times, inside the page, from its click to the next
 * paint after "Showing N of M" changed (a MutationObserver, then a frame): what the reader
 * waits, without the driver's own overhead (Playwright's checks before a click).
 */
async function filterChange(page) {
  if ((await page.locator('[data-testid="outlet-filter"] [data-outlet]').count()) === 0) return null;
  return page.evaluate(
    (limit) =>
      new Promise((resolve) => {
        const showing = document.querySelector('[data-testid="showing"]');
        const option = document.querySelector('[data-testid="outlet-filter"] [data-outlet]');
        const before = showing.textContent;
        let t0 = 0;
        const done = new MutationObserver(() => {
          if (showing.textContent === before) return;
          done.disconnect();
          requestAnimationFrame(() => setTimeout(() => resolve(Math.round(performance.now() - t0))));
        });
        done.observe(showing, { childList: true, subtree: true, characterData: true });
        setTimeout(() => resolve(null), limit);
        t0 = performance.now();
        option.click();
      }),
    LIMIT_MS,
  );
}
