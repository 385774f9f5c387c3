//! How the cleaner reads a paste, line by line: index, kept (`K`), kind and
//! word count. For working on `src/engine/clean.rs`:
//!
//! ```sh
//! cargo run --release --example lines < page.txt
//! cargo run --release --example lines -- --html < page.html
//! ```
use std::io::Read;

use briefly::engine::{clean, html, text};

fn main() {
    let mut t = String::new();
    if std::io::stdin().read_to_string(&mut t).is_err() {
        eprintln!("lines: standard input is not UTF-8 text");
        std::process::exit(2);
    }
    if std::env::args().any(|a| a == "--html") {
        t = html::to_text(&t);
    }
    let ls = clean::lines(&t);
    let words: Vec<usize> = ls.iter().map(|l| text::count_words(&t, *l)).collect();
    let kinds = clean::kinds(&t, &ls, &words);
    let keep = clean::classify(&t, &ls);
    for (i, l) in ls.iter().enumerate() {
        let s: String = l.of(&t).chars().take(90).collect();
        let k = if keep[i] { 'K' } else { ' ' };
        println!(
            "{i:4} {k} {:8} {:3} {s}",
            format!("{:?}", kinds[i]),
            words[i]
        );
    }
}
