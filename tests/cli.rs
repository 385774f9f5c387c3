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
    let (_, md, _) = run(&["--format", "markdown"], SEED.as_bytes());
    assert!(md.starts_with("# Putin visits"));
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
    // Any order is allowed: lines are summarized in parallel.
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
