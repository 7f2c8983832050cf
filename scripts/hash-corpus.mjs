// Gives the built site's corpus index a content-hashed name, as every other asset has one.
//
//   node scripts/hash-corpus.mjs DIR      (or run from scripts/post-build.sh, the Trunk hook)
//
// Copies DIR/corpus.json to DIR/corpus-<first 16 hex of its SHA-256>.json, removes the hashed
// copies of earlier indexes, and names the new one in DIR/index.html's
// <meta name="framelens-corpus">, which the page reads first (src/load.rs, `corpus_source`).
// The page keeps a hashed index as the browser cached it (a name never changes its bytes) and
// falls back to corpus.json, asked for revalidation, when the meta names none.
//
// corpus.json keeps its fixed name: it is the download researchers and the scorers read, the
// file `framelens build -o` writes, and what 404.html probes to find the site's root. Whoever
// swaps corpus.json in a built site (scripts/e2e.sh, scripts/bench-scale.sh) runs this again.

import { createHash } from 'node:crypto';
import { copyFile, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('hash-corpus.mjs: give the folder of the built page (or run as a Trunk hook)');
  process.exit(2);
}

/** The hashed name of an index with these bytes. */
const hashedName = (bytes) => `corpus-${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.json`;
const HASHED = /^corpus-[0-9a-f]{16}\.json$/;
// The whole tag, as index.html has it or as Trunk's minifier may leave it (quotes dropped).
const META = /<meta\b[^>]*\bname="?framelens-corpus"?[^>]*>/;

const index = path.join(dir, 'corpus.json');
const bytes = await readFile(index).catch((e) => {
  console.error(`hash-corpus.mjs: ${index}: ${e.message} (build the corpus first: framelens build corpus -o public/corpus.json)`);
  process.exit(1);
});
const name = hashedName(bytes);
for (const f of await readdir(dir)) {
  if (HASHED.test(f) && f !== name) await rm(path.join(dir, f));
}
await copyFile(index, path.join(dir, name));

const page = path.join(dir, 'index.html');
const html = await readFile(page, 'utf8');
if (!META.test(html)) {
  console.error(`hash-corpus.mjs: ${page} has no <meta name="framelens-corpus" content="…"> to name the index in`);
  process.exit(1);
}
await writeFile(page, html.replace(META, `<meta name="framelens-corpus" content="${name}">`));
