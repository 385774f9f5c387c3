//! `briefly`: the Speed Read card on the command line.
//!
//! ```text
//! briefly [FILE]                    the card as text (stdin without FILE)
//! briefly --format markdown FILE    text | markdown | json
//! briefly --jsonl [--all]           batch: {"id","text"|"html"} per line in,
//!                                   {"id","summary"} per line out
//! ```

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(cli::run());
}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use briefly::engine::format::{to_markdown, to_text};
    use briefly::{summarize_with, Length, Options};
    use std::io::{BufRead, Read, Write};

    const USAGE: &str = "usage: briefly [--format text|markdown|json] [--length short|standard|full] [--max-quotes N] [FILE]
       briefly --jsonl [--all]   (one {\"id\",\"text\"} or {\"id\",\"html\"} per line on stdin)

Prints the article's Speed Read card: headline, What happened, Who said what,
What next. Reads FILE, or standard input without one.";

    #[derive(PartialEq)]
    enum Format {
        Text,
        Markdown,
        Json,
    }

    pub fn run() -> i32 {
        let mut args = std::env::args().skip(1);
        let mut format = Format::Text;
        let mut jsonl = false;
        let mut opts = Options::default();
        let mut file: Option<String> = None;
        while let Some(a) = args.next() {
            match a.as_str() {
                "-h" | "--help" => {
                    println!("{USAGE}");
                    return 0;
                }
                "-V" | "--version" => {
                    println!("briefly {}", env!("CARGO_PKG_VERSION"));
                    return 0;
                }
                "--jsonl" => jsonl = true,
                "--all" => opts.length = Length::Full,
                "--format" | "-f" => {
                    format = match args.next().as_deref() {
                        Some("text") => Format::Text,
                        Some("markdown" | "md") => Format::Markdown,
                        Some("json") => Format::Json,
                        other => return usage(&format!("unknown format {other:?}")),
                    }
                }
                "--length" => {
                    opts.length = match args.next().as_deref() {
                        Some("short") => Length::Short,
                        Some("standard") => Length::Standard,
                        Some("full") => Length::Full,
                        other => return usage(&format!("unknown length {other:?}")),
                    }
                }
                "--max-quotes" => match args.next().and_then(|n| n.parse().ok()) {
                    Some(n) => opts.max_quotes = n,
                    None => return usage("--max-quotes takes a number"),
                },
                s if s.starts_with('-') && s != "-" => {
                    return usage(&format!("unknown option {s}"))
                }
                _ if file.is_none() => file = Some(a),
                _ => return usage("more than one FILE"),
            }
        }
        if jsonl {
            return batch(opts);
        }
        let bytes = match &file {
            Some(f) if f != "-" => match std::fs::read(f) {
                Ok(b) => b,
                Err(e) => {
                    eprintln!("briefly: {f}: {e}");
                    return 1;
                }
            },
            _ => {
                let mut b = Vec::new();
                if let Err(e) = std::io::stdin().read_to_end(&mut b) {
                    eprintln!("briefly: stdin: {e}");
                    return 1;
                }
                b
            }
        };
        let Ok(text) = String::from_utf8(bytes) else {
            eprintln!(
                "briefly: {}: not UTF-8 text",
                file.as_deref().unwrap_or("stdin")
            );
            return 1;
        };
        let card = summarize_with(&text, opts);
        let out = match format {
            Format::Text => to_text(&card),
            Format::Markdown => to_markdown(&card),
            Format::Json => serde_json::to_string_pretty(&card).unwrap_or_default() + "\n",
        };
        print_or_quiet(&out)
    }

    fn usage(msg: &str) -> i32 {
        eprintln!("briefly: {msg}\n{USAGE}");
        2
    }

    /// A closed pipe (`briefly a.txt | head`) is not an error.
    fn print_or_quiet(s: &str) -> i32 {
        let mut o = std::io::stdout().lock();
        match o.write_all(s.as_bytes()).and_then(|_| o.flush()) {
            Ok(()) => 0,
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => 0,
            Err(e) => {
                eprintln!("briefly: {e}");
                1
            }
        }
    }

    /// The batch protocol of `shared/eval/README.md`. A bad line gets a
    /// one-line error on stderr naming it; the others are still processed;
    /// the exit code is 1 if any line failed.
    fn batch(opts: Options) -> i32 {
        let stdin = std::io::stdin().lock();
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        let mut failed = 0;
        for (n, line) in stdin.split(b'\n').enumerate() {
            let n = n + 1;
            let line = match line {
                Ok(l) => l,
                Err(e) => {
                    eprintln!("briefly: line {n}: {e}");
                    failed += 1;
                    break;
                }
            };
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let Ok(line) = std::str::from_utf8(&line) else {
                eprintln!("briefly: line {n}: not UTF-8");
                failed += 1;
                continue;
            };
            let row: serde_json::Value = match serde_json::from_str(line) {
                Ok(v) => v,
                Err(e) => {
                    eprintln!("briefly: line {n}: not JSON: {e}");
                    failed += 1;
                    continue;
                }
            };
            let id = row.get("id").cloned().unwrap_or(serde_json::Value::Null);
            let card = if let Some(t) = row.get("text").and_then(|t| t.as_str()) {
                summarize_with(t, opts)
            } else if let Some(h) = row.get("html").and_then(|t| t.as_str()) {
                briefly::engine::summarize_html_with(h, opts)
            } else {
                eprintln!("briefly: line {n}: no \"text\" or \"html\" string");
                failed += 1;
                continue;
            };
            let row = serde_json::json!({ "id": id, "summary": card });
            if writeln!(out, "{row}").is_err() {
                return 0; // closed pipe
            }
        }
        let _ = out.flush();
        (failed > 0) as i32
    }
}
