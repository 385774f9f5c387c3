// Trunk post-build hook (Trunk.toml).
// 1. Strict Content-Security-Policy: Trunk's loader is an inline module
//    script, which `script-src 'self'` forbids, so it moves to boot.js; the
//    global it sets (window.wasmBindings) is dropped. Release builds get the
//    policy itself as a <meta> tag, so every copy of dist/ enforces it.
// 2. Release builds minify the wasm-bindgen glue (terser) and update its
//    Subresource Integrity hash in index.html.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run by Trunk as a post_build hook');
const release = process.env.TRUNK_PROFILE === 'release';
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');

const m = html.match(/<script type="?module"?>([\s\S]*?)<\/script>/);
if (m) {
  const boot = m[1].replace(/\n?window\.wasmBindings = bindings;\n?/, '\n');
  writeFileSync(join(dir, 'boot.js'), boot.trim() + '\n');
  html = html.replace(m[0], '<script type="module" src="/boot.js"></script>');
}

if (release) {
  const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
    "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";
  html = html.replace(/<meta charset="?utf-8"?>/i,
    (meta) => `${meta}<meta http-equiv="Content-Security-Policy" content="${csp}">`);

  // Short wasm import/export names, in the wasm and its glue (shortnames.mjs).
  const { shortenNames } = await import('./shortnames.mjs');
  const wasmPath = join(dir, 'briefly-web_bg.wasm');
  const gluePath = join(dir, 'briefly-web.js');
  const [wasm, glue] = shortenNames(readFileSync(wasmPath), readFileSync(gluePath, 'utf8'));
  writeFileSync(wasmPath, wasm);
  writeFileSync(gluePath, glue);
  html = integrity(html, 'briefly-web_bg.wasm', wasm);

  const { minify } = await import('terser');
  for (const name of ['briefly-web.js', 'briefly.js', 'briefly-worker.js']) {
    const path = join(dir, name);
    let src;
    try { src = readFileSync(path, 'utf8'); } catch { continue; }
    const out = await minify(src, { module: true, compress: true, mangle: true });
    writeFileSync(path, out.code);
    html = integrity(html, name, out.code);
  }
}
writeFileSync(file, html);

// The Subresource Integrity hash of dist/<name> in index.html, after a rewrite.
function integrity(html, name, content) {
  const sri = 'sha384-' + createHash('sha384').update(content).digest('base64');
  const esc = name.replace(/[.]/g, '\\.');
  return html.replace(new RegExp(`(href="?/${esc}"?[^>]*?integrity="?)sha384-[A-Za-z0-9+/=]+`), `$1${sri}`)
    .replace(new RegExp(`(integrity="?)sha384-[A-Za-z0-9+/=]+("?[^>]*?href="?/${esc})`), `$1${sri}$2`);
}

// A pinned copy for hosts that want one version: dist/v<version>/ holds the
// embed's four files, which load each other by relative URL.
if (release) {
  const { mkdirSync, copyFileSync } = await import('node:fs');
  const cargo = readFileSync(join(process.env.TRUNK_SOURCE_DIR || '.', 'Cargo.toml'), 'utf8');
  const version = cargo.match(/^version\s*=\s*"([^"]+)"/m)?.[1] || '0';
  const pinned = join(dir, `v${version}`);
  mkdirSync(pinned, { recursive: true });
  for (const name of ['briefly.js', 'briefly-web.js', 'briefly-web_bg.wasm', 'card.css']) {
    copyFileSync(join(dir, name), join(pinned, name));
  }
}
