//! Browser component tests: the widget rendered by Yew in headless Chromium
//! (`cargo test --target wasm32-unknown-unknown --test browser`).
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use briefly::ui::{App, Card, CardProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

const SEED: &str = include_str!("golden/seed/input.txt");

fn root() -> Element {
    let doc = gloo::utils::document();
    let div = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&div).unwrap();
    div
}

fn click(el: &Element, selector: &str) {
    el.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
}

#[wasm_bindgen_test]
async fn card_shows_the_seed_sections_and_speakers() {
    let div = root();
    let props = CardProps {
        summary: Rc::new(briefly::summarize(SEED)),
        all_quotes: None,
        collapsed: [false; 3],
        show_all: false,
        on_toggle: Callback::noop(),
        on_show_all: Callback::noop(),
        on_pick: Callback::noop(),
        length: briefly::Length::Standard,
        on_length: Callback::noop(),
    };
    yew::Renderer::<Card>::with_root_and_props(div.clone(), props).render();
    yew::scheduler::flush().await;
    let html = div.inner_html();
    assert!(html.contains("Putin visits North Korea amid hunt for weapons"));
    for s in ["What happened", "Who said what", "What next"] {
        assert!(html.contains(s), "{s}");
    }
    assert!(html.contains("John Kirby"));
    let toggles = div
        .query_selector_all("button.toggle[aria-expanded=\"true\"]")
        .unwrap();
    assert_eq!(toggles.length(), 3);
}

#[wasm_bindgen_test]
async fn app_example_then_collapse() {
    let div = root();
    yew::Renderer::<App>::with_root(div.clone()).render();
    yew::scheduler::flush().await;
    assert!(
        div.inner_html().contains("Paste a news article"),
        "empty state"
    );
    // "Try an example" fills the text and the card at once.
    let buttons = div.query_selector_all(".paste-actions button").unwrap();
    buttons
        .get(0)
        .unwrap()
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
    yew::scheduler::flush().await;
    assert!(
        div.inner_html().contains("Council approves"),
        "{}",
        div.inner_html()
    );
    click(&div, "#h-happened button");
    yew::scheduler::flush().await;
    let b = div.query_selector("#h-happened button").unwrap().unwrap();
    assert_eq!(b.get_attribute("aria-expanded").as_deref(), Some("false"));
    assert!(div
        .query_selector("#sec-happened")
        .unwrap()
        .unwrap()
        .has_attribute("hidden"));
}
