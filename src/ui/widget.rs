//! The embeddable widget behind `<briefly-card>` and `mount()`: the card,
//! and a paste box of its own when the host gives it no text.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use super::card::Card;
use super::state::{card_for, card_with, Section};
use crate::engine::{Length, Options, Summary};

#[derive(Properties, PartialEq, Clone)]
pub struct WidgetProps {
    /// The article; `None` shows the widget's own paste box.
    pub text: Option<AttrValue>,
    /// Sections that start closed: happened, said, next.
    #[prop_or_default]
    pub collapsed: [bool; 3],
    #[prop_or(4)]
    pub max_quotes: usize,
    /// Called with the card each time it changes.
    #[prop_or_default]
    pub on_summary: Callback<Rc<Summary>>,
}

#[function_component(Widget)]
pub fn widget(p: &WidgetProps) -> Html {
    let own = use_state(|| AttrValue::from(""));
    let collapsed = use_state(|| p.collapsed);
    let show_all = use_state(|| false);
    let length = use_state(|| Length::Standard);
    let timer = use_mut_ref(|| None::<Timeout>);
    let source = use_node_ref();
    {
        // A changed `collapsed` attribute re-applies.
        let collapsed = collapsed.clone();
        use_effect_with(p.collapsed, move |c| collapsed.set(*c));
    }
    let text = p.text.clone().unwrap_or_else(|| (*own).clone());
    let summary = {
        let max = p.max_quotes;
        use_memo((text.clone(), max, *length), move |(t, max, l)| {
            Rc::new(card_with(t, Options::default().length(*l).max_quotes(*max)))
        })
    };
    let all = {
        let on = *show_all;
        use_memo((text.clone(), on), move |(t, on)| {
            on.then(|| Rc::new(card_for(t, Length::Full)))
        })
    };
    {
        let on_summary = p.on_summary.clone();
        use_effect_with(summary.clone(), move |s| on_summary.emit((**s).clone()));
    }
    let on_toggle = {
        let collapsed = collapsed.clone();
        Callback::from(move |s: Section| {
            let mut c = *collapsed;
            c[s as usize] ^= true;
            collapsed.set(c);
        })
    };
    let on_length = {
        let length = length.clone();
        Callback::from(move |l| length.set(l))
    };
    let on_show_all = {
        let show_all = show_all.clone();
        Callback::from(move |_| show_all.set(!*show_all))
    };
    // In its own paste box, a clicked item is selected where it stands.
    let on_pick = {
        let source = source.clone();
        let text = text.clone();
        Callback::from(move |(start, end): (usize, usize)| {
            if let Some(ta) = source.cast::<HtmlTextAreaElement>() {
                super::select_in(&ta, &text, start, end);
            }
        })
    };
    let paste_box = p.text.is_none().then(|| {
        let own = own.clone();
        let oninput = Callback::from(move |e: InputEvent| {
            if let Some(t) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok())
            {
                let own = own.clone();
                let v = t.value();
                if e.input_type().starts_with("insertFromPaste") {
                    *timer.borrow_mut() = None;
                    own.set(v.into());
                } else {
                    *timer.borrow_mut() = Some(Timeout::new(150, move || own.set(v.into())));
                }
            }
        });
        html! {
            <div class="w-paste">
                <label for="w-source">{"Paste a news article"}</label>
                <textarea id="w-source" part="paste" ref={source.clone()} {oninput} spellcheck="false"
                    placeholder="Paste a news article to get its Speed Read card." />
            </div>
        }
    });
    html! {
        <div class="briefly-widget">
            { for paste_box }
            <Card summary={(*summary).clone()} all_quotes={(*all).clone()}
                collapsed={*collapsed} show_all={*show_all}
                {on_toggle} {on_show_all} {on_pick}
                length={*length} {on_length} />
        </div>
    }
}
