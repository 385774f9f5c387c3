//! The JavaScript face of Briefly: functions exported from the wasm module
//! for programs on the host page (and for the benchmark).

use wasm_bindgen::prelude::*;

/// Summarize `text` and return the card as JSON (the CLI's `--format json`
/// fields). The JS wrapper `summarize(text)` parses it.
#[wasm_bindgen(js_name = summarizeJson)]
pub fn summarize_json(text: &str) -> String {
    crate::engine::format::to_json(&crate::summarize(text))
}
