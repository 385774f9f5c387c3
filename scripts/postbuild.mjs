// Trunk post-build hook (Trunk.toml): make the page work under a strict
// Content-Security-Policy. Trunk's loader is an inline module script, which
// `script-src 'self'` forbids, so it moves to boot.js; the global that the
// loader sets (window.wasmBindings) is dropped. Release builds also get the
// policy itself as a <meta> tag, so every copy of dist/ enforces it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run by Trunk as a post_build hook');
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');
const m = html.match(/<script type="module">([\s\S]*?)<\/script>/);
if (m) {
  const boot = m[1].replace(/\n?window\.wasmBindings = bindings;\n?/, '\n');
  writeFileSync(join(dir, 'boot.js'), boot.trim() + '\n');
  html = html.replace(m[0], '<script type="module" src="/boot.js"></script>');
}
if (process.env.TRUNK_PROFILE === 'release') {
  const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
    "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";
  html = html.replace('<meta charset="utf-8">',
    `<meta charset="utf-8">\n  <meta http-equiv="Content-Security-Policy" content="${csp}">`);
}
writeFileSync(file, html);
