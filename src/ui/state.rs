//! The widget's one reducer: the text, the card computed from it, and what
//! the reader has opened or closed.

use std::rc::Rc;

use crate::engine::{summarize_with, Length, Options, Summary};
use yew::prelude::*;

/// Pastes over this size are summarized from their first 5 MB, with a note.
pub const MAX_BYTES: usize = 5 << 20;

/// The text the engine sees: at most [`MAX_BYTES`], cut on a character
/// boundary.
fn capped(text: &str) -> &str {
    if text.len() <= MAX_BYTES {
        return text;
    }
    let mut end = MAX_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// The card for `text` with `opts`, with the size cap applied.
pub fn card_with(text: &str, opts: Options) -> Summary {
    let mut s = summarize_with(capped(text), opts);
    if text.len() > MAX_BYTES && s.notice.is_none() {
        s.notice = Some(format!(
            "This paste is {}: the card covers its first 5 MB.",
            megabytes(text.len())
        ));
    }
    s
}

/// "1.2 MB", in integer arithmetic: float formatting would add 10 KB of wasm.
pub fn megabytes(bytes: usize) -> String {
    let tenths = bytes * 10 / (1 << 20);
    format!("{}.{} MB", tenths / 10, tenths % 10)
}

/// The card for `text` at `length`, default options otherwise.
pub fn card_for(text: &str, length: Length) -> Summary {
    card_with(text, Options::default().length(length))
}

/// The card's sections, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Happened = 0,
    Said = 1,
    Next = 2,
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub text: Rc<str>,
    pub summary: Rc<Summary>,
    /// Every quotation, computed only when the reader asks for them all.
    pub all_quotes: Option<Rc<Summary>>,
    pub collapsed: [bool; 3],
    pub show_all: bool,
    pub length: Length,
    /// The text was read from a rich (HTML) paste's layout.
    pub from_html: bool,
    /// The number of the last card asked for; a worker's answer to an
    /// older request is dropped.
    pub seq: u32,
    /// The card for `seq` is being made in the worker (the card on screen
    /// is the previous one).
    pub busy: bool,
    /// The worker runs; false sends every text to the main thread.
    pub worker_ok: bool,
}

impl Default for State {
    fn default() -> Self {
        State {
            text: Rc::from(""),
            summary: Rc::new(card_for("", Length::Standard)),
            all_quotes: None,
            collapsed: [false; 3],
            show_all: false,
            length: Length::Standard,
            from_html: false,
            seq: 0,
            busy: false,
            worker_ok: false,
        }
    }
}

pub enum Action {
    /// The text changed (the card follows on `Summarize`, debounced).
    SetText(Rc<str>),
    /// A rich paste: the text read from its HTML, summarized at once.
    PasteHtml(Rc<str>),
    Summarize,
    Toggle(Section),
    ToggleAllQuotes,
    SetLength(Length),
    /// The worker started (or could not: `false`).
    Worker(bool),
    /// The worker's answer to request `seq`.
    Worked {
        seq: u32,
        card: Rc<Summary>,
        all: Option<Rc<Summary>>,
    },
}

impl State {
    /// Recompute the card (`card`) and/or the list of every quotation
    /// (`all`, when shown) for the current text: here for short texts, in
    /// the worker for long ones (the App posts the request when `busy`; the
    /// worker answers with both).
    fn recompute(&mut self, card: bool, all: bool) {
        self.seq = self.seq.wrapping_add(1);
        self.busy = self.worker_ok && self.text.len() > super::offload::WORKER_MIN;
        if self.busy {
            return;
        }
        if card {
            self.summary = Rc::new(card_for(&self.text, self.length));
        }
        if all {
            self.all_quotes = self
                .show_all
                .then(|| Rc::new(card_for(&self.text, Length::Full)));
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::SetText(t) => {
                s.text = t;
                s.from_html = false;
            }
            Action::PasteHtml(t) => {
                s.text = t;
                s.from_html = true;
                s.recompute(true, true);
            }
            Action::SetLength(l) => {
                s.length = l;
                s.recompute(true, false);
            }
            Action::Summarize => s.recompute(true, true),
            Action::Toggle(sec) => s.collapsed[sec as usize] ^= true,
            Action::ToggleAllQuotes => {
                s.show_all ^= true;
                if s.show_all {
                    s.recompute(false, true);
                } else {
                    s.all_quotes = None;
                }
            }
            Action::Worker(ok) => {
                s.worker_ok = ok;
                if !ok && s.busy {
                    s.recompute(true, true);
                }
            }
            Action::Worked { seq, card, all } => {
                if seq != s.seq || !s.busy {
                    return self;
                }
                s.busy = false;
                s.summary = card;
                s.all_quotes = all;
            }
        }
        Rc::new(s)
    }
}
