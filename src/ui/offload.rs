//! Big pastes are summarized in a Web Worker, so typing and scrolling never
//! wait for the engine.
//!
//! The worker (`embed/briefly-worker.js`) loads the page's own wasm module
//! (already in the browser's cache: no second bundle to download) and runs
//! the same engine; the card comes back as one string in the form of
//! [`crate::engine::wire`]. The page starts the worker as it loads, so that
//! after load nothing at all goes over the network.
//!
//! Known limits: a worker must come from the page's own origin, so the
//! embedded widget on other sites summarizes on the main thread (1 MB takes
//! about 100 ms there); if the worker cannot start or fails, the page falls
//! back to the main thread too.

use std::rc::Rc;

use js_sys::Array;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};
use yew::Callback;

use crate::engine::{wire, Length, Summary};

/// Texts longer than this go to the worker; shorter ones take a few
/// milliseconds on the page.
pub const WORKER_MIN: usize = 100 << 10;

/// What the worker answered.
pub enum Reply {
    /// The card (and, when asked, the card with every quotation) for the
    /// request numbered `seq`.
    Done {
        seq: u32,
        card: Rc<Summary>,
        all: Option<Rc<Summary>>,
    },
    /// The worker could not start or broke: summarize on the page instead.
    Failed,
}

/// A running worker; dropping it terminates the worker.
pub struct Offload {
    worker: Worker,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

impl Offload {
    /// Start the worker at `url`; `on_reply` gets every answer.
    pub fn spawn(url: &str, on_reply: Callback<Reply>) -> Option<Offload> {
        let opts = WorkerOptions::new();
        opts.set_type(WorkerType::Module);
        let worker = Worker::new_with_options(url, &opts).ok()?;
        let reply = on_reply.clone();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
            reply.emit(read_reply(&e.data()).unwrap_or(Reply::Failed));
        });
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
            on_reply.emit(Reply::Failed);
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Some(Offload {
            worker,
            _on_message: on_message,
            _on_error: on_error,
        })
    }

    /// Ask for the card of `text` at `length` (and every quotation when
    /// `all`); the answer carries `seq`. False if the message could not go.
    pub fn post(&self, seq: u32, text: &str, length: Length, all: bool) -> bool {
        let msg = Array::new();
        msg.push(&JsValue::from(seq));
        msg.push(&JsValue::from_str(text));
        msg.push(&JsValue::from(length as u32));
        msg.push(&JsValue::from_bool(all));
        self.worker.post_message(&msg).is_ok()
    }
}

impl Drop for Offload {
    fn drop(&mut self) {
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
        self.worker.terminate();
    }
}

/// `[seq, cardWire, allWire | null]` from the worker.
fn read_reply(data: &JsValue) -> Option<Reply> {
    let a: &Array = data.dyn_ref()?;
    let seq = a.get(0).as_f64()? as u32;
    let card = Rc::new(wire::decode(&a.get(1).as_string()?)?);
    let all = match a.get(2).as_string() {
        Some(w) => Some(Rc::new(wire::decode(&w)?)),
        None => None,
    };
    Some(Reply::Done { seq, card, all })
}

/// `Length` from the number [`Offload::post`] sends (the worker's side).
pub fn length_from(n: u32) -> Length {
    match n {
        0 => Length::Short,
        2 => Length::Full,
        _ => Length::Standard,
    }
}
