// Writes the page's content security policy into the built HTML files (index.html and 404.html
// in Trunk's staging folder, or the folder given as the first argument).
//
// GitHub Pages cannot set response headers, so the policy is a <meta http-equiv> placed first in
// <head> (a policy applies only to what follows it). Inline scripts are allowed by the SHA-256 of
// their text as it ships, so this runs last, after Trunk's minifier and scripts/build-views.sh
// have written their final text: a hash written by hand would be stale after any edit.
//
// The policy: everything from the page's own origin only; scripts from it plus the hashed inline
// scripts; 'wasm-unsafe-eval' to compile the WebAssembly module (and no 'unsafe-eval', no
// 'unsafe-inline'); fetches (the corpus and its shards) to the own origin; no plugins; no <base>;
// no form posts. Styles: the stylesheet file and hashed <style> elements (404.html's); the page's
// computed positions (timeline dots, bar widths) are set through the CSSOM, which a policy does
// not restrict, never as a style attribute.
// frame-ancestors, report-uri and sandbox are not allowed in a <meta> policy, so they are absent.

import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('csp.mjs: give the folder of the built page (or run as a Trunk hook)');
  process.exit(2);
}

const hash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The policy for a page whose inline scripts and style elements have these texts. */
export function policy(scripts, styles) {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${scripts.map(hash).join(' ')}`.trim(),
    `style-src 'self' ${styles.map(hash).join(' ')}`.trim(),
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The texts of the <style> elements of an HTML document (404.html has one). */
export function inlineStyles(html) {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].map((m) => m[1]);
}

/** The texts of the inline (no src) scripts of an HTML document. */
export function inlineScripts(html) {
  const out = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (!/\bsrc\s*=/i.test(m[1])) out.push(m[2]);
  }
  return out;
}

const META = /<meta http-equiv="?Content-Security-Policy"?[^>]*>/i;

async function secure(file) {
  let html = await readFile(file, 'utf8');
  html = html.replace(META, '');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy(inlineScripts(html), inlineStyles(html))}">`;
  // Right after the charset declaration (which must come first), else after <head> (Trunk's
  // minifier drops that optional tag) or <html>: before any script either way.
  const anchor = html.match(/<meta charset[^>]*>/i) ?? html.match(/<head[^>]*>/i) ?? html.match(/<html[^>]*>/i);
  if (!anchor) throw new Error(`${file}: no <head>, <meta charset> or <html> to put the policy after`);
  const at = anchor.index + anchor[0].length;
  await writeFile(file, html.slice(0, at) + meta + html.slice(at));
  console.error(
    `csp: ${path.basename(file)}: ${inlineScripts(html).length} inline script(s), ${inlineStyles(html).length} style element(s) hashed`,
  );
}

for (const name of ['index.html', '404.html']) {
  await secure(path.join(dir, name));
}
