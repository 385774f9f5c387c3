//! The widget's one reducer: the text, the card computed from it, and what
//! the reader has opened or closed.

use std::rc::Rc;

use crate::engine::{summarize, summarize_with, Length, Options, Summary};
use yew::prelude::*;

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
}

impl Default for State {
    fn default() -> Self {
        State {
            text: Rc::from(""),
            summary: Rc::new(summarize("")),
            all_quotes: None,
            collapsed: [false; 3],
            show_all: false,
        }
    }
}

pub enum Action {
    /// The text changed (the card follows on `Summarize`, debounced).
    SetText(Rc<str>),
    Summarize,
    Toggle(Section),
    ToggleAllQuotes,
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::SetText(t) => s.text = t,
            Action::Summarize => {
                s.summary = Rc::new(summarize(&s.text));
                s.all_quotes = s.show_all.then(|| {
                    Rc::new(summarize_with(
                        &s.text,
                        Options::default().length(Length::Full),
                    ))
                });
            }
            Action::Toggle(sec) => s.collapsed[sec as usize] ^= true,
            Action::ToggleAllQuotes => {
                s.show_all ^= true;
                s.all_quotes = s.show_all.then(|| {
                    Rc::new(summarize_with(
                        &s.text,
                        Options::default().length(Length::Full),
                    ))
                });
            }
        }
        Rc::new(s)
    }
}
