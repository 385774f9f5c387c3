// Hostile input, a strict Content-Security-Policy, and privacy: the release
// build in headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, launch } from './serve.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const seed = readFileSync(join(root, 'tests/golden/seed/input.txt'), 'utf8');
let server, browser;

before(async () => {
  server = await startServer(join(root, 'dist'));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

const hostile = `Council bans ads after "<script>window.__pwned=1</script>" incident
<img src=x onerror="window.__pwned=2"> The city council voted on Monday to ban the adverts, officials said.
"<svg onload=window.__pwned=3>" was posted online, the mayor said. <a href="javascript:window.__pwned=4">Read more</a>
Officials said the ban will take effect next month across the whole city.`;

test('pasted markup is shown as text and never runs', async () => {
  const page = await browser.newPage();
  await page.goto(server.url);
  await page.waitForSelector('textarea#source');
  await page.evaluate(() => { window.__pwned = undefined; });
  await page.focus('textarea#source');
  await page.keyboard.insertText(hostile);
  await page.waitForSelector('#card-title');
  assert.match(await page.textContent('article.card'), /script/); // shown as text
  // Also as a rich (HTML) paste event.
  await page.evaluate((html) => {
    const dt = new DataTransfer();
    dt.setData('text/html', html);
    dt.setData('text/plain', html);
    document.querySelector('textarea#source').dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true }));
  }, hostile);
  await page.waitForTimeout(300);
  for (const b of await page.$$('article.card button.src')) await b.click();
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.$$eval('article.card script, article.card img, article.card svg, article.card a', (n) => n.length), 0);
  await page.close();
});

test('works under the strict Content-Security-Policy, with no violation', async () => {
  const page = await browser.newPage();
  const violations = [];
  // Any console error counts (CSP refusals, integrity mismatches), but the
  // favicon this page does not have.
  page.on('console', (m) => {
    if (m.type() === 'error' && !/favicon|404/.test(m.text() + (m.location()?.url || ''))) violations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => { (window.__csp ||= []).push(e.violatedDirective); });
  });
  await page.goto(server.url);
  const meta = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(meta, /script-src 'self' 'wasm-unsafe-eval'/);
  await page.focus('textarea#source');
  await page.keyboard.insertText(seed);
  await page.waitForSelector('#card-title');
  assert.deepEqual(await page.evaluate(() => window.__csp || []), []);
  assert.deepEqual(violations, []);
  await page.close();
});

test('summarizing sends no request at all', async () => {
  const page = await browser.newPage();
  await page.goto(server.url);
  await page.waitForSelector('textarea#source');
  await page.waitForLoadState('networkidle');
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.focus('textarea#source');
  await page.keyboard.insertText(seed);
  await page.waitForSelector('#card-title');
  await page.click('#h-said button');
  await page.click('.show-all').catch(() => {});
  await page.waitForTimeout(300);
  // A long paste goes to the worker, which the page started as it loaded.
  await page.evaluate((s) => {
    const ta = document.querySelector('textarea#source');
    ta.value = (s + '\n').repeat(60);
    ta.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, seed);
  await page.waitForFunction(() => /words of article kept/.test(document.querySelector('.meta').textContent));
  await page.waitForTimeout(200);
  assert.deepEqual(requests, []);
  await page.close();
});

test('a paste over 100 KB is summarized in the worker; the page keeps answering', async () => {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    window.__posts = 0;
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (...args) { window.__posts++; return post.apply(this, args); };
  });
  await page.goto(server.url);
  await page.waitForSelector('textarea#source');
  if (!page.workers().length) await page.waitForEvent('worker'); // started just after load
  assert.equal(page.workers().length, 1);
  assert.match(page.workers()[0].url(), /briefly-worker\.js$/);
  await page.focus('textarea#source');
  await page.keyboard.insertText(seed); // short: on the page
  await page.waitForSelector('#card-title');
  assert.equal(await page.evaluate(() => window.__posts), 0);
  const title = await page.textContent('#card-title');
  await page.click('text=Clear');
  await page.waitForFunction(() => document.querySelector('.meta').textContent === '');
  const gaps = await page.evaluate(async (s) => {
    const ta = document.querySelector('textarea#source');
    ta.value = (s + '\n').repeat(Math.ceil((1 << 20) / s.length));
    ta.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    // The browser lays out 1 MB in the textarea first (its own cost, the
    // same for a plain textarea); then, while the card is made, the page's
    // own thread keeps ticking.
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    let last = performance.now(), worst = 0;
    while (!/words of article kept/.test(document.querySelector('.meta').textContent)) {
      await new Promise((r) => setTimeout(r, 5));
      const now = performance.now();
      worst = Math.max(worst, now - last);
      last = now;
    }
    return worst;
  }, seed);
  assert.equal(await page.evaluate(() => window.__posts), 1);
  assert.equal(await page.textContent('#card-title'), title);
  assert.match(await page.textContent('.meta'), /words of article kept/);
  console.log(`longest pause on the page's thread while the worker summarized 1 MB: ${Math.round(gaps)} ms`);
  assert.ok(gaps < 250, `the page paused ${gaps} ms`);
  await page.close();
});

test('a 6 MB paste gets a card and a note, and the page stays responsive', async () => {
  const page = await browser.newPage();
  await page.goto(server.url);
  await page.waitForSelector('textarea#source');
  await page.evaluate((s) => {
    const big = (s + '\n').repeat(Math.ceil((6 << 20) / s.length));
    const ta = document.querySelector('textarea#source');
    ta.value = big;
    ta.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, seed);
  await page.waitForSelector('.notice');
  assert.match(await page.textContent('.notice'), /first 5 MB/);
  const t0 = Date.now();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
  assert.ok(Date.now() - t0 < 1000, 'frame within a second after the card');
  await page.close();
});
