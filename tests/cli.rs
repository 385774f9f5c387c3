//! The command-line tool: formats, the JSONL protocol, and bad input.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Stdio};

fn run(args: &[&str], stdin: &[u8]) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_briefly"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

const SEED: &str = include_str!("golden/seed/input.txt");

#[test]
fn formats() {
    let (code, text, _) = run(&[], SEED.as_bytes());
    assert_eq!(code, 0);
    assert!(text.starts_with("Putin visits North Korea amid hunt for weapons\n"));
    assert!(text.contains("WHO SAID WHAT"));
    // A quotation is shown as on the card: without the comma that hands
    // it to its attribution.
    assert!(text.contains("“We're not concerned about the trip” — John Kirby"));
    let (_, md, _) = run(&["--format", "markdown"], SEED.as_bytes());
    assert!(md.starts_with("# Putin visits"));
    assert!(md.contains("> “We're not concerned about the trip”\n"));
    assert!(md.contains("## What next"));
    let (_, json, _) = run(&["--format", "json"], SEED.as_bytes());
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    for f in [
        "title",
        "body",
        "what_happened",
        "who_said_what",
        "what_next",
    ] {
        assert!(v.get(f).is_some(), "{f}");
    }
}

#[test]
fn jsonl_protocol_survives_bad_lines() {
    let mut input = Vec::new();
    input.extend_from_slice(
        serde_json::json!({"id": "a", "text": SEED})
            .to_string()
            .as_bytes(),
    );
    input.extend_from_slice(b"\n{not json\n\xff\xfe\n{\"id\": 7}\n");
    input.extend_from_slice(
        serde_json::json!({"id": "h", "html": "<h1>Big news today</h1><p>The council voted on Monday to build the new bridge, officials said.</p><p>It will open in 2028, the mayor said on Tuesday.</p>"})
            .to_string()
            .as_bytes(),
    );
    input.push(b'\n');
    let (code, out, err) = run(&["--jsonl", "--all"], &input);
    assert_eq!(code, 1, "some lines failed");
    let mut rows: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    // (Sorted anyway: this test is about the bad lines.)
    rows.sort_by_key(|r| r["id"].as_str().unwrap_or("").to_string());
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["id"], "a");
    assert!(
        rows[0]["summary"]["who_said_what"]
            .as_array()
            .unwrap()
            .len()
            >= 8
    );
    assert_eq!(rows[1]["summary"]["title"], "Big news today");
    for n in [2, 3, 4] {
        assert!(err.contains(&format!("line {n}:")), "{err}");
    }
}

#[test]
fn jsonl_output_keeps_the_input_order() {
    // The first lines are slow (long articles), the rest quick: on several
    // threads the quick ones finish first, and still come out after them.
    let long = SEED.repeat(8);
    let mut input = String::new();
    for i in 0..200 {
        let text = if i < 40 { long.as_str() } else { "Short note." };
        input += &serde_json::json!({"id": i, "text": text}).to_string();
        input.push('\n');
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_briefly"))
        .arg("--jsonl")
        .env("BRIEFLY_THREADS", "4")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    // Written from a thread: the output is read while the input goes in.
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    let ids: Vec<i64> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["id"]
                .as_i64()
                .unwrap()
        })
        .collect();
    assert_eq!(ids, (0..200).collect::<Vec<i64>>());
}
