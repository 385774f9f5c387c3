//! Replays the fuzz corpus kept in `fuzz/seeds/` (a sample of the minimised
//! corpus of a 10-minute `cargo fuzz` run) through the same checks as the
//! fuzz target, so that what once reached new code keeps working.
#![cfg(not(target_arch = "wasm32"))]

use briefly::{engine::summarize_html_with, summarize_with, Length, Options};

#[test]
fn fuzz_seeds_replay_clean() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/seeds");
    let mut n = 0;
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let bytes = std::fs::read(entry.path()).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        for length in [Length::Standard, Length::Full] {
            let card = summarize_with(&text, Options::default().length(length));
            for i in card.what_happened.iter().chain(&card.what_next) {
                assert!(
                    text.is_char_boundary(i.start)
                        && text.is_char_boundary(i.end)
                        && i.end <= text.len()
                );
            }
            for q in &card.who_said_what {
                assert!(
                    text.is_char_boundary(q.start)
                        && text.is_char_boundary(q.end)
                        && q.end <= text.len()
                );
            }
        }
        let _ = summarize_html_with(&text, Options::default());
        n += 1;
    }
    assert!(n >= 50, "fuzz seeds missing ({n})");
}
