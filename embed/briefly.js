// Briefly for other sites: <briefly-card> and a small JS API, v0.1.
//
//   <script type="module" src="https://YOUR.HOST/briefly.js"></script>
//   <briefly-card for="#story"></briefly-card>
//
//   import { mount, summarize } from 'https://YOUR.HOST/briefly.js';
//   const handle = mount(document.querySelector('#here'), { text, collapsed: 'said' });
//   handle.update({ maxQuotes: 2 }); handle.destroy();
//   const card = await summarize(text);   // the CLI's JSON fields
//
// Everything runs on the reader's machine: the article never leaves the page.
// The element renders in a shadow root (host styles do not reach in, ours
// do not leak out); theme it with --briefly-* custom properties and ::part().
import init, { summarizeJson, mountWidget } from './briefly-web.js';

const base = new URL('.', import.meta.url);
let ready = null;
/** Load the engine once, however many cards the page has. */
function load() {
  ready ||= init({ module_or_path: new URL('briefly-web_bg.wasm', base) });
  return ready;
}

/** The card for `text`, as the CLI's JSON. */
export async function summarize(text) {
  await load();
  return JSON.parse(summarizeJson(String(text ?? '')));
}

const ATTRS = ['for', 'collapsed', 'max-quotes', 'theme'];
const BLOCKS = 'h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,figcaption,dt,dd';

/** The words of a host element, one block per line. Not innerText: that
 *  follows the host's CSS (text-transform, hidden parts). */
function articleText(el) {
  const blocks = [...el.querySelectorAll(BLOCKS)].filter((b) => !b.parentElement.closest(BLOCKS));
  if (!blocks.length) return el.textContent || '';
  return blocks.map((b) => b.textContent.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');
}

export class BrieflyCard extends HTMLElement {
  static observedAttributes = ATTRS;

  constructor() {
    super();
    this._text = null;
    this._handle = null;
    this._root = this.attachShadow({ mode: 'open' });
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = new URL('card.css', base).href;
    this._box = document.createElement('div');
    this._box.className = 'briefly-root';
    this._root.append(css, this._box);
  }

  /** The article text, for programs (overrides inner text and `for`). */
  get text() { return this._text; }
  set text(v) { this._text = v == null ? null : String(v); this._render(); }

  connectedCallback() {
    if (!this.hasAttribute('theme')) this.setAttribute('theme', 'auto');
    // Inner text is the article: read it once the children are parsed.
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => this._render(), { once: true });
    } else {
      queueMicrotask(() => this._render());
    }
  }

  disconnectedCallback() {
    this._handle?.destroy();
    this._handle = null;
  }

  attributeChangedCallback() {
    if (this.isConnected) this._render();
  }

  _source() {
    if (this._text != null) return this._text;
    const sel = this.getAttribute('for');
    if (sel) {
      const el = document.querySelector(sel);
      return el ? articleText(el) : '';
    }
    const own = this.textContent.trim();
    return own ? own : undefined; // undefined: the widget shows its paste box
  }

  async _render() {
    await load();
    if (!this.isConnected) return;
    const text = this._source();
    const collapsed = this.getAttribute('collapsed') || '';
    const max = parseInt(this.getAttribute('max-quotes') || '4', 10);
    const maxQuotes = Number.isFinite(max) && max >= 0 ? max : 4;
    if (this._handle) {
      this._handle.update(text, collapsed, maxQuotes);
    } else {
      this._handle = mountWidget(this._box, text, collapsed, maxQuotes, (json) => {
        this.dispatchEvent(new CustomEvent('briefly:summary', {
          detail: JSON.parse(json), bubbles: true, composed: true,
        }));
      });
    }
  }
}

if (!customElements.get('briefly-card')) customElements.define('briefly-card', BrieflyCard);

/**
 * Mount a card into `element`. Options: text, collapsed ("happened,said,next"),
 * maxQuotes, theme ("light" | "dark" | "auto"). Returns { element, update, destroy }.
 */
export function mount(element, options = {}) {
  const card = document.createElement('briefly-card');
  const apply = (o) => {
    if (o.collapsed != null) card.setAttribute('collapsed', o.collapsed);
    if (o.maxQuotes != null) card.setAttribute('max-quotes', String(o.maxQuotes));
    if (o.theme != null) card.setAttribute('theme', o.theme);
    if (o.for != null) card.setAttribute('for', o.for);
    if (o.text !== undefined) card.text = o.text;
  };
  apply(options);
  element.append(card);
  return {
    element: card,
    update(o = {}) { apply(o); },
    destroy() { card.remove(); },
  };
}
