// The embed: <briefly-card> on a hostile host page, the JS API, copy
// buttons, keyboard use, accessibility (axe-core), and screenshots.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { startServer, launch } from './serve.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const seed = readFileSync(join(root, 'tests/golden/seed/input.txt'), 'utf8');
let server, browser;

before(async () => {
  server = await startServer(join(root, 'dist'));
  browser = await launch();
  mkdirSync(join(root, 'target'), { recursive: true });
});
after(async () => {
  await browser?.close();
  server?.close();
});

async function embedPage(opts = {}) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 1000 }, bypassCSP: true, ...opts });
  const page = await context.newPage();
  await page.goto(server.url + 'examples/embed.html');
  await page.waitForFunction(() => document.querySelector('#card-for')?.shadowRoot?.querySelector('#card-title'));
  return { context, page };
}

const inCard = (page, id, fn, arg) => page.evaluate(([id, fn, arg]) => {
  const r = document.getElementById(id).shadowRoot;
  return new Function('r', 'arg', fn)(r, arg);
}, [id, fn.toString().replace(/^[^{]*{|}$/g, ''), arg]);

test('for= reads the host article; the hostile stylesheet changes nothing inside', async () => {
  const { context, page } = await embedPage();
  const title = await inCard(page, 'card-for', (r) => { return r.querySelector('#card-title').textContent; });
  assert.equal(title, 'Harbour authority delays vote on cruise terminal');
  const who = await inCard(page, 'card-for', (r) => { return r.querySelector('.quotes .name')?.textContent; });
  assert.equal(who, 'Dana Whitfield');
  const style = await inCard(page, 'card-for', (r) => {
    const cs = getComputedStyle(r.querySelector('.toggle'));
    const q = getComputedStyle(r.querySelector('.facts button.src'));
    return { color: q.color, transform: q.textTransform, spacing: q.letterSpacing, font: q.fontFamily, tcolor: cs.color };
  });
  assert.notEqual(style.color, 'rgb(255, 0, 0)');
  assert.equal(style.transform, 'none');
  assert.equal(style.spacing, 'normal');
  assert.doesNotMatch(style.font, /Comic/);
  // And nothing of ours leaks out: the host's own paragraphs keep its styles.
  const host = await page.evaluate(() => getComputedStyle(document.querySelector('#story p')).color);
  assert.equal(host, 'rgb(255, 0, 0)');
  await page.screenshot({ path: join(root, 'target/e2e-embed.png'), fullPage: true });
  await context.close();
});

test('two cards work independently; attributes re-render', async () => {
  const { context, page } = await embedPage();
  await page.waitForFunction(() => document.querySelector('#card-inline').shadowRoot.querySelector('#card-title'));
  assert.equal(await inCard(page, 'card-inline', (r) => { return r.querySelector('#card-title').textContent; }), 'Library reopens after roof repair');
  // collapsed="next" on the inline card only.
  assert.equal(await inCard(page, 'card-inline', (r) => { return r.querySelector('#h-next button').getAttribute('aria-expanded'); }), 'false');
  assert.equal(await inCard(page, 'card-for', (r) => { return r.querySelector('#h-next button').getAttribute('aria-expanded'); }), 'true');
  // Collapse one card's section: the other does not change.
  await inCard(page, 'card-for', (r) => { r.querySelector('#h-happened button').click(); });
  await page.waitForTimeout(50);
  assert.equal(await inCard(page, 'card-inline', (r) => { return r.querySelector('#h-happened button').getAttribute('aria-expanded'); }), 'true');
  // Attribute changes.
  await page.evaluate(() => document.querySelector('#card-for').setAttribute('max-quotes', '1'));
  await page.waitForFunction(() => document.querySelector('#card-for').shadowRoot.querySelectorAll('.quotes li').length === 1);
  await page.evaluate(() => document.querySelector('#card-for').setAttribute('collapsed', 'said'));
  await page.waitForFunction(() => document.querySelector('#card-for').shadowRoot.querySelector('#h-said button').getAttribute('aria-expanded') === 'false');
  await page.evaluate(() => document.querySelector('#card-inline').setAttribute('theme', 'light'));
  const bg = await inCard(page, 'card-inline', (r) => { return getComputedStyle(r.querySelector('.card')).backgroundColor; });
  assert.equal(bg, 'rgb(255, 255, 255)');
  await context.close();
});

test('mount / update / destroy, summarize(), and the briefly:summary event', async () => {
  const { context, page } = await embedPage();
  const result = await page.evaluate(async (text) => {
    const api = await import('/briefly.js');
    const events = [];
    const host = document.querySelector('#mount-here');
    host.addEventListener('briefly:summary', (e) => events.push(e.detail.title));
    const before = document.querySelectorAll('briefly-card').length;
    const h = api.mount(host, { text, maxQuotes: 2 });
    await new Promise((r) => setTimeout(r, 300));
    const titled = h.element.shadowRoot.querySelector('#card-title')?.textContent;
    const quotes = h.element.shadowRoot.querySelectorAll('.quotes li').length;
    h.update({ text: 'Short.' });
    await new Promise((r) => setTimeout(r, 200));
    const notice = h.element.shadowRoot.querySelector('.empty-text')?.textContent;
    h.destroy();
    const after = document.querySelectorAll('briefly-card').length;
    const card = await api.summarize(text);
    // A second include of the script registers nothing new.
    await import('/briefly.js?again');
    return { before, after, titled, quotes, notice, events, card: card.title, left: host.childNodes.length };
  }, seed);
  assert.equal(result.titled, 'Putin visits North Korea amid hunt for weapons');
  assert.equal(result.quotes, 2);
  assert.match(result.notice, /too short/);
  assert.equal(result.after, result.before);
  assert.equal(result.left, 0);
  assert.equal(result.card, 'Putin visits North Korea amid hunt for weapons');
  assert.ok(result.events.includes('Putin visits North Korea amid hunt for weapons'), JSON.stringify(result.events));
  await context.close();
});

test('copy buttons put the card on the clipboard', async () => {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.focus('textarea#source');
  await page.keyboard.insertText(seed);
  await page.waitForSelector('#card-title');
  for (const [label, check] of [['Markdown', /^# Putin visits North Korea/], ['Text', /WHO SAID WHAT/], ['JSON', /^\{"title":"Putin visits/]]) {
    await page.click(`.copy button:text-is("${label}")`);
    await page.waitForFunction((l) => document.querySelector('.copied').textContent.includes(l === 'Text' ? 'text' : l), label);
    assert.match(await page.evaluate(() => navigator.clipboard.readText()), check);
  }
  await context.close();
});

test('keyboard only: tab to a section, collapse it, reach the copy buttons', async () => {
  const page = await browser.newPage();
  await page.goto(server.url);
  await page.focus('textarea#source');
  await page.keyboard.insertText(seed);
  await page.waitForSelector('#card-title');
  const seen = [];
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    seen.push(await page.evaluate(() => document.activeElement?.textContent?.trim().slice(0, 20)));
    if (await page.evaluate(() => document.activeElement?.closest('#h-happened'))) break;
  }
  assert.ok(await page.evaluate(() => !!document.activeElement?.closest('#h-happened')), seen.join(' | '));
  await page.keyboard.press('Enter');
  assert.equal(await page.getAttribute('#h-happened button', 'aria-expanded'), 'false');
  assert.ok(seen.some((s) => /Markdown/.test(s)), seen.join(' | '));
  await page.close();
});

async function axe(page, context) {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (ctx) => {
    const r = await window.axe.run(ctx || document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, context);
}

test('axe-core: no violations on the page (light, dark, narrow) and inside the embed', async () => {
  for (const opts of [{ colorScheme: 'light' }, { colorScheme: 'dark' }, { colorScheme: 'light', viewport: { width: 360, height: 800 } }]) {
    // axe is injected as a script: let it past the page's CSP (the page
    // itself is tested under the policy in security.test.mjs).
    const context = await browser.newContext({ ...opts, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.focus('textarea#source');
    await page.keyboard.insertText(seed);
    await page.waitForSelector('#card-title');
    assert.deepEqual(await axe(page), [], JSON.stringify(opts));
    const name = opts.viewport ? 'narrow' : opts.colorScheme;
    await page.screenshot({ path: join(root, `target/e2e-page-${name}.png`), fullPage: true });
    await context.close();
  }
  const { context, page } = await embedPage();
  // The host page is the host's; the card (in its shadow root) is ours.
  assert.deepEqual(await axe(page, { include: [['#card-for'], ['#card-inline'], ['#card-paste']] }), []);
  await context.close();
});

test('pinned copy, narrow 320 px, print, and clean destroy', async () => {
  const context = await browser.newContext({ viewport: { width: 320, height: 700 }, bypassCSP: true });
  const page = await context.newPage();
  // The pinned copy works on its own.
  await page.goto(server.url + 'examples/embed.html');
  const pinned = await page.evaluate(async () => {
    const api = await import('/v0.1.0/briefly.js');
    return (await api.summarize('Title here\nThe council voted on Monday to build the new bridge, officials said on Tuesday.')).title;
  });
  assert.equal(pinned, 'Title here');
  // Readable at 320 px: nothing wider than the window.
  await page.goto(server.url);
  await page.focus('textarea#source');
  await page.keyboard.insertText(seed);
  await page.waitForSelector('#card-title');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), 'no sideways scroll at 320 px');
  await page.screenshot({ path: join(root, 'target/e2e-page-320.png'), fullPage: true });
  // Print: the card alone, every section open.
  await page.click('#h-said button');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('textarea#source'), false);
  assert.equal(await page.isVisible('#sec-said'), true);
  await page.emulateMedia({ media: 'screen' });
  // Listeners: mount and destroy leave the page's own listener count as it was.
  const cdp = await context.newCDPSession(page);
  const count = async () => {
    let n = 0;
    for (const expr of ['window', 'document', 'document.body']) {
      const { result } = await cdp.send('Runtime.evaluate', { expression: expr });
      n += (await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId, depth: -1, pierce: true })).listeners.length;
    }
    return n;
  };
  await page.goto(server.url + 'examples/embed.html');
  await page.waitForFunction(() => document.querySelector('#card-for')?.shadowRoot?.querySelector('#card-title'));
  const before = await count();
  await page.evaluate(async (text) => {
    const api = await import('/briefly.js');
    const h = api.mount(document.querySelector('#mount-here'), { text });
    await new Promise((r) => setTimeout(r, 300));
    h.destroy();
  }, seed);
  assert.equal(await count(), before);
  await context.close();
});

test('click-to-source inside the embed\'s own paste box', async () => {
  const { context, page } = await embedPage();
  await page.evaluate((text) => {
    const ta = document.querySelector('#card-paste').shadowRoot.querySelector('textarea');
    ta.value = text;
    ta.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, seed);
  await page.waitForFunction(() => document.querySelector('#card-paste').shadowRoot.querySelector('#card-title'));
  const sel = await inCard(page, 'card-paste', (r) => {
    r.querySelector('.quotes li button.src').click();
    const ta = r.querySelector('textarea');
    return ta.value.slice(ta.selectionStart, ta.selectionEnd);
  });
  assert.ok(sel.length > 5, sel);
  await context.close();
});
