// Briefly's worker. The page sends it pastes over 100 KB, so that typing and
// scrolling never wait for the engine (src/ui/offload.rs). It runs the page's
// own wasm module, already in the browser's cache, and answers with the card
// as one string (src/engine/wire.rs): [seq, card, allQuotesCard | null].
import init, { summarizeWire } from './briefly-web.js';

const ready = init({ module_or_path: new URL('briefly-web_bg.wasm', import.meta.url) });

self.onmessage = async ({ data: [seq, text, length, all] }) => {
  await ready;
  self.postMessage([seq, summarizeWire(text, length), all ? summarizeWire(text, 2) : null]);
};
