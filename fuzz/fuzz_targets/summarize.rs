//! Any bytes, as text and as HTML: the engine must not panic, and every span
//! on the card must lie inside the input on character boundaries.
#![no_main]

use briefly::{engine::summarize_html_with, summarize_with, Length, Options};
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
});
