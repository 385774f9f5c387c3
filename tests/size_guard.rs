//! The download budget (150 KB for the first visit) is measured by
//! `scripts/bench`; this catches the cheapest way to break it early.
//! `str::to_lowercase`/`char::to_lowercase` bring in Unicode case tables
//! worth 7–11 KB of gzipped wasm: the engine lowercases with
//! `engine::text::lower` (its own small fold) instead.

#[test]
fn the_engine_never_uses_the_unicode_case_tables() {
    for entry in std::fs::read_dir("src/engine").expect("src/engine") {
        let path = entry.expect("entry").path();
        let src = std::fs::read_to_string(&path).expect("source");
        // Only the code before the unit tests ships.
        let code = src.split("#[cfg(test)]").next().unwrap_or("");
        assert!(
            !code.contains(".to_lowercase()") && !code.contains(".to_uppercase()"),
            "{} calls to_lowercase/to_uppercase: use engine::text::lower",
            path.display()
        );
    }
}
