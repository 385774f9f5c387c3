// End to end: the release build in headless Chromium, driven like a person.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, launch } from './serve.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const seed = readFileSync(join(root, 'tests/golden/seed/input.txt'), 'utf8');
let server, browser, url;

before(async () => {
  server = await startServer(join(root, 'dist'));
  url = server.url;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function pasteSeed(width = 1280, height = 900) {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(url);
  await page.waitForSelector('textarea#source');
  await page.click('textarea#source');
  await page.keyboard.insertText(seed);
  await page.waitForSelector('#card-title');
  return page;
}

test('pasting the seed gives the card with three sections', async () => {
  const page = await pasteSeed();
  assert.equal(await page.textContent('#card-title'), 'Putin visits North Korea amid hunt for weapons');
  for (const id of ['happened', 'said', 'next']) {
    assert.equal(await page.getAttribute(`#h-${id} button`, 'aria-expanded'), 'true');
  }
  const card = await page.textContent('article.card');
  assert.match(card, /Russian President Vladimir Putin is traveling to Pyongyang/);
  assert.match(card, /John Kirby/);
  assert.match(card, /Andrei Lankov/);
  assert.doesNotMatch(card, /Subscribe to The Week|Sign up|Peter has worked|By Peter Weber/);
  mkdirSync(join(root, 'target'), { recursive: true });
  await page.screenshot({ path: join(root, 'target/e2e-wide.png'), fullPage: true });
  await page.close();
});

test('a section collapses and expands from the keyboard', async () => {
  const page = await pasteSeed();
  const btn = page.locator('#h-said button');
  await btn.focus();
  await page.keyboard.press('Enter');
  assert.equal(await btn.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.isVisible('#sec-said'), false);
  await page.keyboard.press('Space');
  assert.equal(await btn.getAttribute('aria-expanded'), 'true');
  assert.equal(await page.isVisible('#sec-said'), true);
  await page.close();
});

test('clicking a quotation selects it in the pasted text', async () => {
  const page = await pasteSeed();
  await page.click('.quotes li:first-child button.src');
  const sel = await page.evaluate(() => {
    const t = document.querySelector('textarea#source');
    return t.value.slice(t.selectionStart, t.selectionEnd);
  });
  const quote = await page.textContent('.quotes li:first-child q');
  assert.ok(sel.length > 5 && quote.startsWith(sel.slice(0, 5)), `${sel} vs ${quote}`);
  await page.close();
});

test('narrow window, empty and short pastes', async () => {
  const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
  await page.goto(url);
  await page.waitForSelector('.card-empty');
  assert.match(await page.textContent('.card-empty'), /Paste a news article/);
  await page.click('textarea#source');
  await page.keyboard.insertText('Too short.');
  await page.waitForFunction(() => /too short/i.test(document.querySelector('.card-empty')?.textContent || ''));
  await page.fill('textarea#source', '');
  await page.click('textarea#source');
  await page.keyboard.insertText(seed);
  await page.waitForSelector('#card-title');
  await page.screenshot({ path: join(root, 'target/e2e-narrow.png'), fullPage: true });
  await page.close();
});

test('a rich paste is read from the page layout, and says so', async () => {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForSelector('textarea#source');
  const html = `<html><body><nav><a>Home</a><a>News</a><a>Sport</a></nav>
    <article><h1>Council backs new bridge</h1>
    <p>The city council voted on Monday to build a new bridge over the river, ending years of debate.</p>
    <p>"This is a great day for the city," said Mayor Jane Roe.</p>
    <p>Work will begin next spring, officials said.</p></article>
    <aside>Most read: Ten things to do this weekend</aside><footer>Subscribe to our newsletter</footer></body></html>`;
  await page.evaluate((h) => {
    const dt = new DataTransfer();
    dt.setData('text/html', h);
    dt.setData('text/plain', 'Home News Sport ' + h.replace(/<[^>]+>/g, ' '));
    document.querySelector('textarea#source').dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, html);
  await page.waitForSelector('#card-title');
  assert.equal(await page.textContent('#card-title'), 'Council backs new bridge');
  assert.match(await page.textContent('.meta'), /read from the page's layout/);
  const text = await page.inputValue('textarea#source');
  assert.doesNotMatch(text, /Home|Most read|Subscribe/);
  assert.equal(await page.textContent('.quotes .name'), 'Jane Roe');
  await page.close();
});
