//! The widget: Yew components over the engine. The engine never calls back
//! into the UI; one reducer ([`state::State`]) holds the widget's state and
//! children get data and callbacks.

mod card;
pub mod offload;
pub mod state;
pub mod widget;

use gloo::timers::callback::Timeout;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

pub use card::{Card, CardProps};
use state::{Action, State};

/// Typing pauses this long before the card is recomputed.
const DEBOUNCE_MS: u32 = 120;

/// A short article written for the project, for the "Try an example" button.
pub const EXAMPLE: &str = include_str!("../../tests/golden/bridge-vote/input.txt");

/// The worker script, beside the page (see [`offload`]).
const WORKER_URL: &str = "./briefly-worker.js";

/// The worker starts this long after the page (a paste before then is
/// summarized on the page).
const WORKER_DELAY_MS: u32 = 250;

/// Mount the app on the page's `<div id="app">`. Pages that only embed
/// `<briefly-card>` have none, and get nothing mounted; neither does the
/// worker, which loads this same module and has no document.
pub fn start() {
    let doc = web_sys::window().and_then(|w| w.document());
    if let Some(el) = doc.and_then(|d| d.get_element_by_id("app")) {
        yew::Renderer::<App>::with_root(el).render();
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(State::default);
    let timer = use_mut_ref(|| None::<Timeout>);
    let source = use_node_ref();
    let worker = use_mut_ref(|| None::<offload::Offload>);
    {
        // One effect for the worker: started as the page loads (so nothing
        // loads later), just after the first card's moment so that its
        // start does not compete with it; then asked for each long text's
        // card.
        let state = state.clone();
        let started = use_mut_ref(|| false);
        use_effect_with((state.seq, state.busy), move |&(seq, busy)| {
            if !std::mem::replace(&mut *started.borrow_mut(), true) {
                let (state, worker) = (state.clone(), worker.clone());
                Timeout::new(WORKER_DELAY_MS, move || {
                    let s = state.clone();
                    let w = offload::Offload::spawn(
                        WORKER_URL,
                        Callback::from(move |r| {
                            s.dispatch(match r {
                                offload::Reply::Done { seq, card, all } => {
                                    Action::Worked { seq, card, all }
                                }
                                offload::Reply::Failed => Action::Worker(false),
                            })
                        }),
                    );
                    state.dispatch(Action::Worker(w.is_some()));
                    *worker.borrow_mut() = w;
                })
                .forget();
            }
            if busy
                && !worker
                    .borrow()
                    .as_ref()
                    .is_some_and(|w| w.post(seq, &state.text, state.length, state.show_all))
            {
                state.dispatch(Action::Worker(false));
            }
        });
    }

    let on_input = {
        let state = state.clone();
        let timer = timer.clone();
        Callback::from(move |(text, paste): (String, bool)| {
            state.dispatch(Action::SetText(Rc::from(text)));
            if paste {
                // A paste is the whole article at once: no reason to wait.
                *timer.borrow_mut() = None;
                state.dispatch(Action::Summarize);
                return;
            }
            let s = state.clone();
            // Dropping the previous Timeout cancels it: only the last
            // keystroke of a burst summarizes.
            *timer.borrow_mut() = Some(Timeout::new(DEBOUNCE_MS, move || {
                s.dispatch(Action::Summarize)
            }));
        })
    };
    let on_example = {
        let state = state.clone();
        Callback::from(move |_| {
            state.dispatch(Action::SetText(Rc::from(EXAMPLE)));
            state.dispatch(Action::Summarize);
        })
    };
    let on_clear = {
        let state = state.clone();
        Callback::from(move |_| {
            state.dispatch(Action::SetText(Rc::from("")));
            state.dispatch(Action::Summarize);
        })
    };
    // Click on a card item: select its words in the pasted text.
    let on_pick = {
        let source = source.clone();
        let state = state.clone();
        Callback::from(move |(start, end): (usize, usize)| {
            if let Some(ta) = source.cast::<HtmlTextAreaElement>() {
                select_in(&ta, &state.text, start, end);
            }
        })
    };
    let on_toggle = {
        let state = state.clone();
        Callback::from(move |s| state.dispatch(Action::Toggle(s)))
    };
    let on_length = {
        let state = state.clone();
        Callback::from(move |l| state.dispatch(Action::SetLength(l)))
    };
    let on_show_all = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::ToggleAllQuotes))
    };
    // A paste from a web page carries its HTML too: read the article from
    // the page's layout (never run or render it), and show that text.
    let onpaste = {
        let state = state.clone();
        let timer = timer.clone();
        Callback::from(move |e: Event| {
            let Some(ce) = e.dyn_ref::<web_sys::ClipboardEvent>() else {
                return;
            };
            let html = ce
                .clipboard_data()
                .and_then(|d| d.get_data("text/html").ok())
                .unwrap_or_default();
            if html.trim().is_empty() {
                return;
            }
            let text = crate::engine::html::to_text(&html);
            if text.trim().is_empty() {
                return;
            }
            e.prevent_default();
            *timer.borrow_mut() = None;
            state.dispatch(Action::PasteHtml(Rc::from(text)));
        })
    };
    let oninput = {
        let on_input = on_input.clone();
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(t) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok())
            {
                let value = t.value();
                // A paste (or anything that changes much at once: a drop,
                // an autofill) is summarized at once; typing is debounced.
                let jump = value.len().abs_diff(state.text.len()) > 80;
                let paste = e.input_type().starts_with("insertFromPaste") || jump;
                on_input.emit((value, paste));
            }
        })
    };

    html! {
        <div class="app">
            <header class="masthead">
                <h1 class="brand">{"Briefly"}</h1>
                <p class="tagline">{"Paste a news article. Get the Speed Read. Nothing leaves your browser."}</p>
            </header>
            <main class="layout">
                <section class="paste" aria-labelledby="paste-label">
                    <div class="paste-head">
                        <label id="paste-label" for="source">{"Article text"}</label>
                        <span class="paste-actions">
                            <button type="button" class="link" onclick={on_example}>{"Try an example"}</button>
                            if !state.text.is_empty() {
                                <button type="button" class="link" onclick={on_clear}>{"Clear"}</button>
                            }
                        </span>
                    </div>
                    <textarea id="source" ref={source} value={state.text.to_string()} {oninput} {onpaste}
                        spellcheck="false"
                        placeholder="Paste a whole news page here — menus, share buttons and all. Briefly keeps the article and drops the clutter." />
                    <p class="meta" aria-live="polite">{ meta_line(&state) }</p>
                </section>
                <Card summary={state.summary.clone()} all_quotes={state.all_quotes.clone()}
                    collapsed={state.collapsed} show_all={state.show_all}
                    {on_toggle} {on_show_all} {on_pick}
                    length={state.length} {on_length} />
            </main>
            <footer class="foot">{"Every line on the card is the article's own words. Click one to find it in the text."}</footer>
        </div>
    }
}

fn meta_line(state: &State) -> String {
    let s = &state.summary;
    if state.busy {
        let size = state::megabytes(state.text.len());
        return format!("Summarizing {size} in the background…");
    }
    if state.text.is_empty() || s.words == 0 {
        return String::new();
    }
    let how = if state.from_html {
        " · read from the page's layout"
    } else {
        ""
    };
    format!(
        "{} words of article kept{how} · summarized in your browser",
        s.words
    )
}

/// Select bytes `start..end` of `text` in the textarea that holds it, and
/// scroll them into view.
pub(crate) fn select_in(ta: &HtmlTextAreaElement, text: &str, start: usize, end: usize) {
    let _ = ta.focus();
    let _ = ta.set_selection_range(utf16_at(text, start), utf16_at(text, end));
    scroll_to_selection(ta, text, start);
}

/// The UTF-16 index of byte offset `byte` in `text` (what the DOM counts).
fn utf16_at(text: &str, byte: usize) -> u32 {
    let byte = byte.min(text.len());
    let mut b = byte;
    while !text.is_char_boundary(b) {
        b -= 1;
    }
    text[..b].encode_utf16().count() as u32
}

/// Scroll the textarea so the selected line is in view: estimate the line
/// from the newlines before it (textareas do not scroll to a selection).
fn scroll_to_selection(ta: &HtmlTextAreaElement, text: &str, start: usize) {
    let start = start.min(text.len());
    let before = text.get(..start).unwrap_or("");
    let lines = before.matches('\n').count() as f64;
    let total = text.matches('\n').count().max(1) as f64;
    let h = ta.scroll_height() as f64;
    let view = ta.client_height() as f64;
    ta.set_scroll_top(((lines / total) * h - view / 3.0).max(0.0) as i32);
}
