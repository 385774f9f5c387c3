// Browser half of scripts/bench: times the release build in headless Chromium.
// Usage: node bench/browser.mjs DIST ARTICLES.json
// ARTICLES.json: {"k1000": [text, ...], "seed": text}. Prints one JSON line.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, extname } from 'node:path';
import { chromium } from 'playwright-core';

const [dist, articlesPath] = process.argv.slice(2);
const articles = JSON.parse(readFileSync(articlesPath, 'utf8'));
const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css' };
const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  const file = join(dist, path === '/' ? 'index.html' : path);
  try {
    const body = readFileSync(file);
    res.writeHead(200, { 'content-type': types[extname(file)] || 'application/octet-stream' });
    res.end(body);
  } catch { res.writeHead(404); res.end(); }
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const out = {};
try {
  // First card: from navigation to a card on screen after pasting the seed.
  // In the page's own clock (ms since navigation started): a person who
  // pastes the moment the box appears, and the card on screen. The page
  // reports by console message: waiting with page.waitForFunction would run
  // Playwright's own injected script on the page's thread mid-measurement.
  const firsts = [];
  for (let i = 0; i < 9; i++) {
    const page = await browser.newPage();
    await page.addInitScript((text) => {
      const paste = () => {
        const ta = document.querySelector('textarea#source');
        if (!ta || window.__pasted) return;
        window.__pasted = true;
        ta.value = text;
        ta.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
        const seen = () => {
          if (document.querySelector('#card-title')) console.log(`first-card ${performance.now()}`);
          else requestAnimationFrame(seen);
        };
        seen();
      };
      new MutationObserver(paste).observe(document, { childList: true, subtree: true });
    }, articles.seed);
    const seen = page.waitForEvent('console', (m) => m.text().startsWith('first-card '));
    await page.goto(url);
    firsts.push(Math.round(Number((await seen).text().split(' ')[1])));
    await page.close();
  }
  firsts.sort((a, b) => a - b);
  out.first_card_ms = firsts[4];

  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForSelector('textarea#source');
  const r = await page.evaluate(async (a) => {
    const m = await import('/briefly-web.js');
    const time = (t, n) => {
      const t0 = performance.now();
      for (let i = 0; i < n; i++) m.summarizeJson(t);
      return (performance.now() - t0) / n;
    };
    for (const t of a.k1000.slice(0, 5)) m.summarizeJson(t); // warm up
    const each = a.k1000.map((t) => time(t, 9)).sort((x, y) => x - y);
    const big = a.k1000.join('\n\n');
    let mb = big;
    while (mb.length < 1 << 20) mb += '\n\n' + big;
    mb = mb.slice(0, 1 << 20);
    const kb100 = mb.slice(0, 100 * 1024);
    return {
      median_1000_words_ms: each[each.length >> 1],
      articles: each.length,
      one_mb_ms: time(mb, 3),
      hundred_kb_ms: time(kb100, 5),
    };
  }, articles);
  Object.assign(out, r);
  out.growth_1mb_vs_100kb = r.one_mb_ms / r.hundred_kb_ms;
  out.chromium = browser.version();
} finally {
  await browser.close();
  server.close();
}
console.log(JSON.stringify(out));
