//! The product's reference input: the card the foundation issue promises.
#![cfg(not(target_arch = "wasm32"))]

use briefly::{summarize, summarize_with, Length, Options};

const SEED: &str = include_str!("golden/seed/input.txt");

fn speaker_of(card: &briefly::Summary, quote: &str) -> Option<String> {
    card.who_said_what
        .iter()
        .find(|q| q.quote.contains(quote))
        .unwrap_or_else(|| panic!("quotation {quote:?} not found"))
        .speaker
        .clone()
}

#[test]
fn seed_card() {
    let card = summarize(SEED);
    assert_eq!(
        card.title.as_deref(),
        Some("Putin visits North Korea amid hunt for weapons")
    );
    assert!(card
        .standfirst
        .as_deref()
        .unwrap()
        .starts_with("Russian President Vladimir Putin has thanked"));
    // What happened comes from the article's own "What happened" paragraph.
    assert_eq!(card.what_happened.len(), 3);
    assert!(card.what_happened[0]
        .text
        .starts_with("Russian President Vladimir Putin is traveling to Pyongyang"));
    assert!(card.what_happened[2].text.starts_with("Putin hosted Kim"));
    // What next: the Kirby and Lankov paragraph.
    assert_eq!(card.what_next.len(), 2);
    assert!(card.what_next[0]
        .text
        .contains("We're not concerned about the trip"));
    assert!(card.what_next[1].text.contains("Andrei Lankov"));
    assert!(card.who_said_what.len() <= 4);
}

#[test]
fn seed_quotations_and_speakers() {
    let all = summarize_with(SEED, Options::default().length(Length::Full));
    assert_eq!(
        speaker_of(&all, "not controlled by the West").as_deref(),
        Some("Vladimir Putin")
    );
    assert_eq!(
        speaker_of(&all, "firmly supporting").as_deref(),
        Some("Vladimir Putin")
    );
    assert_eq!(
        speaker_of(&all, "We're not concerned about the trip").as_deref(),
        Some("John Kirby")
    );
    assert_eq!(
        speaker_of(
            &all,
            "there is too much mutual distrust between the two countries"
        )
        .as_deref(),
        Some("Andrei Lankov")
    );
    assert_eq!(
        speaker_of(&all, "Moscow is hungry for munitions").as_deref(),
        Some("The Washington Post")
    );
    let kirby = all
        .who_said_what
        .iter()
        .find(|q| q.quote.contains("not concerned"))
        .unwrap();
    assert_eq!(
        kirby.role.as_deref(),
        Some("White House national security spokesperson")
    );
}

#[test]
fn seed_clutter_is_gone() {
    let all = summarize_with(SEED, Options::default().length(Length::Full));
    let json = serde_json::to_string(&all).unwrap();
    for clutter in [
        "Subscribe to The Week",
        "Sign up",
        "Escape your echo chamber",
        "Peter has worked",
        "Ukraine fires ATACMS",
        "By Peter Weber",
        "Published",
        "Haiti council fires prime minister",
        "morning news briefing",
    ] {
        assert!(!json.contains(clutter), "clutter {clutter:?} in the card");
    }
    assert!(all.body.ends_with("told the Post."));
}

#[test]
fn every_item_points_back_to_its_words() {
    let all = summarize_with(SEED, Options::default().length(Length::Full));
    for i in all.what_happened.iter().chain(&all.what_next) {
        assert_eq!(briefly::engine::fold(&SEED[i.start..i.end]), i.text);
    }
    for q in &all.who_said_what {
        assert_eq!(briefly::engine::fold(&SEED[q.start..q.end]), q.quote);
    }
}
