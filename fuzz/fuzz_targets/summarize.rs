//! Any bytes, as text and as HTML: the engine must not panic, and every span
//! on the card must lie inside the input on character boundaries. The card
//! survives the worker's wire form unchanged, and any bytes read as that
//! form give `None` or a card, never a panic.
#![no_main]

use briefly::{engine::summarize_html_with, engine::wire, summarize_with, Length, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for length in [Length::Standard, Length::Full] {
        let card = summarize_with(&text, Options::default().length(length));
        let spans = card
            .what_happened
            .iter()
            .chain(&card.what_next)
            .map(|i| (i.start, i.end))
            .chain(card.who_said_what.iter().map(|q| (q.start, q.end)));
        for (a, b) in spans {
            assert!(a <= b && b <= text.len());
            assert!(text.is_char_boundary(a) && text.is_char_boundary(b));
        }
    }
    let _ = summarize_html_with(&text, Options::default());
    let card = summarize_with(&text, Options::default());
    assert_eq!(wire::decode(&wire::encode(&card)), Some(card));
    let _ = wire::decode(&text);
});
