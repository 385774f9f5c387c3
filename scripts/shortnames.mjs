// Short import and export names for the wasm module and its glue.
//
// Why: wasm-bindgen names every import `__wbg_<name>_<16 hex digits>` and
// every closure shim after its full Rust type path (up to 190 characters).
// Each name is stored twice, in the wasm and in the glue, and the hex hashes
// do not compress: about 3 KB of gzip on a first visit, for names that only
// the glue ever reads. Binaryen's `--minify-imports-and-exports` does the
// wasm half of this; the glue half needs the same mapping, so both are done
// here, in one place.
//
// Only names the glue owns are renamed: imports, and exports that start with
// `__wbindgen`, `__wbg_` or `wasm_bindgen`. Exports a host calls by name
// (`summarizeWire`, `memory`, …) keep theirs. New names are `$0`, `$1`, …,
// which no wasm-bindgen name or JS identifier in the glue starts with.
//
// Known failure case: a name the glue builds at run time (string
// concatenation) would be missed. wasm-bindgen's glue names every import and
// export literally; `e2e/` loads the release build, so a miss fails there.

function leb(bytes, at) {
  let value = 0, shift = 0, byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}

function uleb(n) {
  const out = [];
  do {
    let byte = n & 0x7f;
    n = Math.floor(n / 128);
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return out;
}

const text = new TextDecoder();
const utf8 = new TextEncoder();
const owned = (name) => /^(__wbindgen|__wbg_|wasm_bindgen)/.test(name);

// Rewrites the names in one import (2) or export (7) section body.
function rewrite(body, imports, rename) {
  let [count, at] = leb(body, 0);
  const out = [...uleb(count)];
  const name = () => {
    const [len, start] = leb(body, at);
    at = start + len;
    return text.decode(body.subarray(start, at));
  };
  const put = (s) => { const b = utf8.encode(s); out.push(...uleb(b.length), ...b); };
  // Copies one LEB128 number as it stands.
  const copy = () => { const start = at; [, at] = leb(body, at); out.push(...body.subarray(start, at)); };
  while (count--) {
    if (imports) put(name());
    const field = name();
    put(imports || owned(field) ? rename(field) : field);
    const kind = body[at++];
    out.push(kind);
    if (!imports || kind === 0) { copy(); continue; }
    if (kind === 3) { out.push(body[at++], body[at++]); continue; } // global: type, mutability
    if (kind === 1) out.push(body[at++]); // table: element type
    const flags = body[at++];
    out.push(flags);
    copy();
    if (flags & 1) copy();
  }
  return Uint8Array.from(out);
}

/// Returns [wasm, glue] with the glue-owned names shortened in both.
export function shortenNames(wasm, glue) {
  const map = new Map();
  const rename = (old) => {
    if (!map.has(old)) map.set(old, '$' + map.size.toString(36));
    return map.get(old);
  };
  const parts = [wasm.subarray(0, 8)];
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, start] = leb(wasm, at + 1);
    let body = wasm.subarray(start, start + size);
    if (id === 2 || id === 7) {
      body = rewrite(body, id === 2, rename);
      parts.push(Uint8Array.of(id, ...uleb(body.length)), body);
    } else {
      parts.push(wasm.subarray(at, start + size));
    }
    at = start + size;
  }
  for (const [old, name] of map) {
    const token = new RegExp(`(?<![\\w$])${old.replace(/\$/g, '\\$')}(?![\\w$])`, 'g');
    if (!token.test(glue)) throw new Error(`shortnames: ${old} is not in the glue`);
    glue = glue.replace(token, () => name);
  }
  return [Buffer.concat(parts), glue];
}
