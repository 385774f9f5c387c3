//! The JavaScript face of Briefly: functions exported from the wasm module
//! for `embed/briefly.js` (the `<briefly-card>` element and the `mount` /
//! `summarize` API). No globals: everything is reached through the module.

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use yew::{AppHandle, AttrValue, Callback};

use crate::ui::widget::{Widget, WidgetProps};

/// Summarize `text` and return the card as JSON (the CLI's `--format json`
/// fields). The JS wrapper `summarize(text)` parses it.
#[wasm_bindgen(js_name = summarizeJson)]
pub fn summarize_json(text: &str) -> String {
    crate::engine::format::to_json(&crate::summarize(text))
}

/// The worker's entry (`embed/briefly-worker.js`): the card for `text` at
/// `length` (0 short, 1 standard, 2 full) in the form of
/// [`crate::engine::wire`], with the page's 5 MB cap.
#[wasm_bindgen(js_name = summarizeWire)]
pub fn summarize_wire(text: &str, length: u32) -> String {
    let l = crate::ui::offload::length_from(length);
    crate::engine::wire::encode(&crate::ui::state::card_for(text, l))
}

/// A mounted widget; `update` re-renders it, `destroy` removes it.
#[wasm_bindgen]
pub struct WidgetHandle {
    app: Option<AppHandle<Widget>>,
    on_summary: Option<js_sys::Function>,
}

fn props(
    text: Option<String>,
    collapsed: &str,
    max_quotes: u32,
    on_summary: Option<js_sys::Function>,
) -> WidgetProps {
    let mut c = [false; 3];
    for part in collapsed.split(&[',', ' '][..]) {
        match part.trim() {
            "happened" | "what-happened" => c[0] = true,
            "said" | "who-said-what" | "quotes" => c[1] = true,
            "next" | "what-next" => c[2] = true,
            "all" => c = [true; 3],
            _ => {}
        }
    }
    let on_summary = match on_summary {
        Some(f) => Callback::from(move |s: Rc<crate::Summary>| {
            let _ = f.call1(
                &JsValue::NULL,
                &JsValue::from_str(&crate::engine::format::to_json(&s)),
            );
        }),
        None => Callback::noop(),
    };
    WidgetProps {
        text: text.map(AttrValue::from),
        collapsed: c,
        max_quotes: max_quotes as usize,
        on_summary,
    }
}

/// Mount a widget into `root` (an element or a shadow root's container).
/// `text` of `undefined` gives the widget its own paste box; `on_summary`
/// gets the card JSON each time the card changes.
#[wasm_bindgen(js_name = mountWidget)]
pub fn mount_widget(
    root: web_sys::Element,
    text: Option<String>,
    collapsed: &str,
    max_quotes: u32,
    on_summary: Option<js_sys::Function>,
) -> WidgetHandle {
    let p = props(text, collapsed, max_quotes, on_summary.clone());
    let app = yew::Renderer::<Widget>::with_root_and_props(root, p).render();
    WidgetHandle {
        app: Some(app),
        on_summary,
    }
}

#[wasm_bindgen]
impl WidgetHandle {
    /// New options for a mounted widget.
    pub fn update(&mut self, text: Option<String>, collapsed: &str, max_quotes: u32) {
        if let Some(app) = self.app.as_mut() {
            app.update(props(text, collapsed, max_quotes, self.on_summary.clone()));
        }
    }

    /// Unmount: the widget's nodes and listeners are removed.
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        self.on_summary = None;
    }
}
