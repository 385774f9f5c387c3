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
    /// the exit code is 1 if any line failed. Lines are summarized on every
    /// core (`BRIEFLY_THREADS` to change) and written in input order (the
    /// protocol allows any, but a pipeline's user diffs and joins by line).
    fn batch(opts: Options) -> i32 {
        use std::sync::{mpsc, Arc, Mutex};
        let threads = std::env::var("BRIEFLY_THREADS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
            .clamp(1, 16);
        // Lines go to the threads in chunks, and come back in chunks: one
        // hand-over per chunk, not per article (per-line hand-overs cost a
        // tenth of the run in thread wake-ups).
        type Chunk = Vec<(usize, Vec<u8>)>;
        const CHUNK_LINES: usize = 32;
        const CHUNK_BYTES: usize = 1 << 20;
        // Chunks are numbered, so the writer can put them back in order.
        let (tx_in, rx_in) = mpsc::sync_channel::<(usize, Chunk)>(threads * 2);
        let rx_in = Arc::new(Mutex::new(rx_in));
        let (tx_out, rx_out) = mpsc::channel::<(usize, Vec<Result<String, String>>)>();
        std::thread::scope(|scope| {
            for _ in 0..threads {
                let rx = Arc::clone(&rx_in);
                let tx = tx_out.clone();
                scope.spawn(move || loop {
                    let job = rx.lock().map(|r| r.recv());
                    let Ok(Ok((seq, chunk))) = job else { break };
                    let done = chunk.iter().map(|(n, l)| one_line(*n, l, opts)).collect();
                    if tx.send((seq, done)).is_err() {
                        break;
                    }
                });
            }
            drop(tx_out);
            let writer = scope.spawn(move || {
                let mut out = std::io::BufWriter::new(std::io::stdout().lock());
                let mut failed = 0;
                let mut open = true;
                // Chunks that finished before an earlier one, held until it
                // does (a few dozen at most: the input channel is bounded).
                let mut early = std::collections::BTreeMap::new();
                let mut next = 0;
                for (seq, done) in rx_out {
                    early.insert(seq, done);
                    while let Some(done) = early.remove(&next) {
                        next += 1;
                        for r in done {
                            match r {
                                Ok(line) if open => open = writeln!(out, "{line}").is_ok(),
                                Ok(_) => {}
                                Err(e) => {
                                    eprintln!("briefly: {e}");
                                    failed += 1;
                                }
                            }
                        }
                    }
                }
                let _ = out.flush();
                failed
            });
            let mut failed = 0;
            // Our own buffer, to see when the next read would wait for
            // input: a chunk goes out then, so a live pipe is never held up
            // waiting for a full chunk.
            let mut input = std::io::BufReader::with_capacity(1 << 16, std::io::stdin());
            let mut chunk: Chunk = Vec::new();
            let mut bytes = 0;
            let mut n = 0;
            let mut seq = 0;
            loop {
                let mut l = Vec::new();
                match input.read_until(b'\n', &mut l) {
                    Ok(0) => break,
                    Ok(_) => {
                        n += 1;
                        if l.last() == Some(&b'\n') {
                            l.pop();
                        }
                        if !l.iter().all(u8::is_ascii_whitespace) {
                            bytes += l.len();
                            chunk.push((n, l));
                        }
                        let full = chunk.len() >= CHUNK_LINES || bytes >= CHUNK_BYTES;
                        if !chunk.is_empty() && (full || input.buffer().is_empty()) {
                            bytes = 0;
                            if tx_in.send((seq, std::mem::take(&mut chunk))).is_err() {
                                break;
                            }
                            seq += 1;
                        }
                    }
                    Err(e) => {
                        eprintln!("briefly: line {}: {e}", n + 1);
                        failed += 1;
                        break;
                    }
                }
            }
            if !chunk.is_empty() {
                let _ = tx_in.send((seq, chunk));
            }
            drop(tx_in);
            failed += writer.join().unwrap_or(1);
            (failed > 0) as i32
        })
    }

    #[derive(serde::Deserialize)]
    struct Row {
        #[serde(default)]
        id: serde_json::Value,
        text: Option<String>,
        html: Option<String>,
    }

    /// One JSONL line in, one output line out (or the error for stderr).
    fn one_line(n: usize, line: &[u8], opts: Options) -> Result<String, String> {
        let line = std::str::from_utf8(line).map_err(|_| format!("line {n}: not UTF-8"))?;
        let row: Row =
            serde_json::from_str(line).map_err(|e| format!("line {n}: not JSON: {e}"))?;
        let card = match (&row.text, &row.html) {
            (Some(t), _) => summarize_with(t, opts),
            (None, Some(h)) => briefly::engine::summarize_html_with(h, opts),
            _ => return Err(format!("line {n}: no \"text\" or \"html\" string")),
        };
        let id = serde_json::to_string(&row.id).unwrap_or_else(|_| "null".into());
        Ok(format!(
            "{{\"id\":{id},\"summary\":{}}}",
            briefly::engine::format::to_json(&card)
        ))
    }
}
