//! The card: headline, then the three collapsible sections.

use std::rc::Rc;

use super::state::Section;
use crate::engine::format::{human_date, shown_quote, to_json, to_markdown, to_text};
use crate::engine::{Item, Length, Quote, Summary};
use yew::prelude::*;

#[derive(Properties)]
pub struct CardProps {
    pub summary: Rc<Summary>,
    /// Every quotation, when the reader asked to see them all.
    pub all_quotes: Option<Rc<Summary>>,
    pub collapsed: [bool; 3],
    pub show_all: bool,
    pub on_toggle: Callback<Section>,
    pub on_show_all: Callback<()>,
    /// A card item was clicked: its byte span in the text.
    pub on_pick: Callback<(usize, usize)>,
    #[prop_or_default]
    pub length: Length,
    #[prop_or_default]
    pub on_length: Callback<Length>,
}

/// Props are equal when they hold the same card (the same `Rc`): a new
/// summary is a new `Rc`, and comparing two cards field by field would
/// cost the bundle the code of a deep comparison for a render it saves
/// only when a recomputed card happens to be identical.
impl PartialEq for CardProps {
    fn eq(&self, o: &Self) -> bool {
        Rc::ptr_eq(&self.summary, &o.summary)
            && match (&self.all_quotes, &o.all_quotes) {
                (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                (a, b) => a.is_none() && b.is_none(),
            }
            && self.collapsed == o.collapsed
            && self.show_all == o.show_all
            && self.on_toggle == o.on_toggle
            && self.on_show_all == o.on_show_all
            && self.on_pick == o.on_pick
            && self.length == o.length
            && self.on_length == o.on_length
    }
}

#[function_component(Card)]
pub fn card(p: &CardProps) -> Html {
    // The copy confirmation: this card's own passing state.
    let copied = use_state(String::new);
    let s = &p.summary;
    if let Some(notice) = &s.notice {
        if s.what_happened.is_empty() && s.who_said_what.is_empty() {
            return html! {
                <section class="card card-empty" part="card" aria-label="Speed Read card">
                    <p class="empty-title">{"Speed Read"}</p>
                    <p class="empty-text">{ notice.clone() }</p>
                    <ul class="empty-list">
                        <li><strong>{"What happened"}</strong>{" — the key facts"}</li>
                        <li><strong>{"Who said what"}</strong>{" — the quotations and who said them"}</li>
                        <li><strong>{"What next"}</strong>{" — what is expected, planned, scheduled"}</li>
                    </ul>
                </section>
            };
        }
    }
    let quotes: &[Quote] = match (&p.all_quotes, p.show_all) {
        (Some(all), true) => &all.who_said_what,
        _ => &s.who_said_what,
    };
    // Quotations, each with its paragraphs.
    let groups = crate::engine::format::quotations(quotes);
    let hidden_quotes = s
        .quotes_total
        .saturating_sub(crate::engine::format::quotations(&s.who_said_what).len());
    html! {
        <article class="card" part="card" aria-labelledby="card-title">
            <header class="card-head">
                <p class="kicker">{"Speed Read"}</p>
                <h2 id="card-title" part="title">{ s.title.clone().unwrap_or_else(|| "Untitled article".into()) }</h2>
                if let Some(sf) = &s.standfirst {
                    <p class="standfirst">{ sf.clone() }</p>
                }
                if s.byline.is_some() || s.date.is_some() {
                    <p class="byline">
                        if let Some(b) = &s.byline { <span>{ format!("By {b}") }</span> }
                        if let Some(d) = &s.date { <time datetime={d.clone()}>{ human_date(d) }</time> }
                    </p>
                }
            </header>
            <div class="tools">
                { length_picker(p.length, &p.on_length) }
                { copy_bar(&p.summary, &copied) }
            </div>
            if let Some(n) = &s.notice {
                <p class="notice" role="status">{ n.clone() }</p>
            }
            { section("happened", "What happened", !p.collapsed[0], s.what_happened.len(),
                p.on_toggle.reform(|_| Section::Happened),
                items(&s.what_happened, &p.on_pick, "Nothing found.")) }
            { section("said", "Who said what", !p.collapsed[1], groups.len(),
                p.on_toggle.reform(|_| Section::Said), html! { <>
                if quotes.is_empty() {
                    <p class="none">{"No direct quotations in this article."}</p>
                } else {
                    <ul class="quotes">
                        { for groups.into_iter().map(|q| quote(q, &p.on_pick)) }
                    </ul>
                }
                if hidden_quotes > 0 || p.show_all {
                    <button type="button" class="link show-all" aria-pressed={p.show_all.to_string()}
                        onclick={p.on_show_all.reform(|_| ())}>
                        { if p.show_all { "Show fewer".to_string() } else { format!("Show all {} quotations", s.quotes_total) } }
                    </button>
                }
            </> }) }
            { section("next", "What next", !p.collapsed[2], s.what_next.len(),
                p.on_toggle.reform(|_| Section::Next),
                items(&s.what_next, &p.on_pick, "Nothing forward-looking in this article.")) }
        </article>
    }
}

fn items(list: &[Item], on_pick: &Callback<(usize, usize)>, none: &str) -> Html {
    if list.is_empty() {
        return html! { <p class="none">{ none.to_string() }</p> };
    }
    html! {
        <ul class="facts">
            { for list.iter().map(|i| {
                let span = (i.start, i.end);
                let chip = crate::engine::format::when_chip(i);
                html! {
                    <li>
                        if let Some(c) = chip {
                            <span class="when" title={i.when.as_ref().map(|w| w.text.clone()).unwrap_or_default()}>{ c }</span>
                        }
                        <button type="button" class="src" title="Show in the article"
                            onclick={on_pick.reform(move |_| span)}>{ i.text.clone() }</button>
                    </li>
                }
            }) }
        </ul>
    }
}

/// One quotation: a paragraph each (a quotation may run over several), each
/// pointing back to its own place in the article.
fn quote(parts: &[Quote], on_pick: &Callback<(usize, usize)>) -> Html {
    let Some(q) = parts.first() else {
        return Html::default();
    };
    html! {
        <li class="quote" part="quote">
            { for parts.iter().map(|part| {
                let span = (part.start, part.end);
                html! {
                    <button type="button" class="src" title="Show in the article" onclick={on_pick.reform(move |_| span)}>
                        <q>{ shown_quote(&part.quote).to_string() }</q>
                    </button>
                }
            }) }
            <p class="who">
                if let Some(name) = &q.speaker {
                    <span class="name">{ name.clone() }</span>
                    if let Some(role) = &q.role {
                        <span class="role">{ format!(", {role}") }</span>
                    }
                } else {
                    <span class="unattributed">{"unattributed"}</span>
                }
            </p>
        </li>
    }
}

/// A collapsible section: a real button with `aria-expanded` controls it.
/// A plain function, not a component: it keeps no state (and every
/// component type costs wasm).
fn section(
    id: &str,
    title: &str,
    open: bool,
    count: usize,
    on_toggle: Callback<()>,
    body: Html,
) -> Html {
    let body_id = format!("sec-{id}");
    html! {
        <section class={classes!("sec", (!open).then_some("closed"))}>
            <h3 id={format!("h-{id}")}>
                <button type="button" class="toggle" aria-expanded={open.to_string()}
                    aria-controls={body_id.clone()} onclick={on_toggle.reform(|_| ())}>
                    <span class="chev" aria-hidden="true"></span>
                    <span class="sec-title" part="section-title">{ title.to_string() }</span>
                    <span class="count" aria-label={format!("{count} items")}>{ count }</span>
                </button>
            </h3>
            <div id={body_id} class="sec-body" hidden={!open}>
                { body }
            </div>
        </section>
    }
}

/// Short (one line a section) / standard / full.
fn length_picker(length: Length, on_length: &Callback<Length>) -> Html {
    let button = |l: Length, label: &'static str| {
        let on = length == l;
        html! {
            <button type="button" aria-pressed={on.to_string()} class={classes!("seg", on.then_some("on"))}
                onclick={on_length.reform(move |_| l)}>{ label }</button>
        }
    };
    html! {
        <div class="length" role="group" aria-label="Card length">
            { button(Length::Short, "Short") }
            { button(Length::Standard, "Standard") }
            { button(Length::Full, "Full") }
        </div>
    }
}

/// Copy the card as Markdown, text or JSON, with a confirmation.
fn copy_bar(summary: &Rc<Summary>, said: &UseStateHandle<String>) -> Html {
    let copy = |label: &'static str, make: fn(&Summary) -> String| {
        let s = summary.clone();
        let said = said.clone();
        Callback::from(move |_| {
            let text = make(&s);
            let said = said.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let done = match web_sys::window() {
                    Some(w) => wasm_bindgen_futures::JsFuture::from(
                        w.navigator().clipboard().write_text(&text),
                    )
                    .await
                    .is_ok(),
                    None => false,
                };
                said.set(if done {
                    format!("Copied as {label}")
                } else {
                    "Copy failed: the browser refused the clipboard".to_string()
                });
            });
        })
    };
    html! {
        <div class="copy">
            <span class="copy-label" id="copy-label">{"Copy"}</span>
            <button type="button" class="seg" aria-describedby="copy-label" onclick={copy("Markdown", to_markdown)}>{"Markdown"}</button>
            <button type="button" class="seg" aria-describedby="copy-label" onclick={copy("text", to_text)}>{"Text"}</button>
            <button type="button" class="seg" aria-describedby="copy-label" onclick={copy("JSON", to_json)}>{"JSON"}</button>
            <span class="copied" role="status" aria-live="polite">{ (**said).clone() }</span>
        </div>
    }
}
