//! Golden files, one folder per case (as Mozilla Readability's test
//! pages): each `tests/golden/<case>/input.txt` (a text paste) or
//! `input.html` (a rich paste, read as the CLI and the widget read HTML)
//! has its reviewed card in `expected.json`. `BLESS=1 cargo test --test
//! golden` rewrites them; review the diff before committing.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

#[test]
fn golden_cards() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let bless = std::env::var_os("BLESS").is_some_and(|v| v == "1");
    let mut cases: Vec<_> = fs::read_dir(&root)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    cases.sort();
    assert!(cases.len() >= 4, "golden cases missing");
    let mut failed = Vec::new();
    for dir in cases {
        let card = match fs::read_to_string(dir.join("input.html")) {
            Ok(html) => briefly::engine::summarize_html_with(&html, briefly::Options::default()),
            Err(_) => briefly::summarize(&fs::read_to_string(dir.join("input.txt")).unwrap()),
        };
        let got = serde_json::to_string_pretty(&card).unwrap() + "\n";
        let path = dir.join("expected.json");
        if bless {
            fs::write(&path, &got).unwrap();
            let _ = fs::remove_file(dir.join("actual.json"));
            continue;
        }
        let want = fs::read_to_string(&path).unwrap_or_default();
        if want != got {
            let out = dir.join("actual.json");
            fs::write(&out, &got).unwrap();
            failed.push(format!("{} (see {})", dir.display(), out.display()));
        } else {
            let _ = fs::remove_file(dir.join("actual.json"));
        }
    }
    assert!(
        failed.is_empty(),
        "cards differ from expected.json:\n{}\nrun BLESS=1 cargo test --test golden after review",
        failed.join("\n")
    );
}
