//! The card as Markdown or plain text, shared by the CLI and the widget's
//! copy buttons so that both give the same words.

use super::Summary;

/// "by NAME · DATE" under the headline, when the page gives either.
fn meta_line(s: &Summary) -> Option<String> {
    let parts: Vec<String> = [s.byline.as_ref().map(|b| format!("By {b}")), s.date.clone()]
        .into_iter()
        .flatten()
        .collect();
    (!parts.is_empty()).then(|| parts.join(" · "))
}

/// The date chip of a "What next" item: the resolved date, else the phrase.
pub fn when_chip(i: &super::Item) -> Option<String> {
    i.when
        .as_ref()
        .map(|w| w.date.clone().unwrap_or_else(|| w.text.clone()))
}

fn speaker_line(q: &super::Quote) -> String {
    match (&q.speaker, &q.role) {
        (Some(s), Some(r)) => format!("{s}, {r}"),
        (Some(s), None) => s.clone(),
        _ => "unattributed".to_string(),
    }
}

/// Markdown: a heading per section, quotations as block quotes.
pub fn to_markdown(s: &Summary) -> String {
    let mut out = String::new();
    if let Some(t) = &s.title {
        out.push_str(&format!("# {t}\n\n"));
    }
    if let Some(t) = &s.standfirst {
        out.push_str(&format!("*{t}*\n\n"));
    }
    if let Some(m) = meta_line(s) {
        out.push_str(&format!("{m}\n\n"));
    }
    if let Some(n) = &s.notice {
        out.push_str(&format!("{n}\n\n"));
    }
    if !s.what_happened.is_empty() {
        out.push_str("## What happened\n\n");
        for i in &s.what_happened {
            out.push_str(&format!("- {}\n", i.text));
        }
        out.push('\n');
    }
    if !s.who_said_what.is_empty() {
        out.push_str("## Who said what\n\n");
        for q in &s.who_said_what {
            out.push_str(&format!("> “{}”\n> — {}\n\n", q.quote, speaker_line(q)));
        }
    }
    if !s.what_next.is_empty() {
        out.push_str("## What next\n\n");
        for i in &s.what_next {
            match when_chip(i) {
                Some(w) => out.push_str(&format!("- **{w}** — {}\n", i.text)),
                None => out.push_str(&format!("- {}\n", i.text)),
            }
        }
        out.push('\n');
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

/// Plain text: upper-case section names and bullets.
pub fn to_text(s: &Summary) -> String {
    let mut out = String::new();
    if let Some(t) = &s.title {
        out.push_str(&format!("{t}\n"));
    }
    if let Some(t) = &s.standfirst {
        out.push_str(&format!("{t}\n"));
    }
    if let Some(m) = meta_line(s) {
        out.push_str(&format!("{m}\n"));
    }
    if let Some(n) = &s.notice {
        out.push_str(&format!("\n{n}\n"));
    }
    let mut section = |name: &str, items: Vec<String>| {
        if !items.is_empty() {
            out.push_str(&format!("\n{name}\n"));
            for i in items {
                out.push_str(&format!("  • {i}\n"));
            }
        }
    };
    section(
        "WHAT HAPPENED",
        s.what_happened.iter().map(|i| i.text.clone()).collect(),
    );
    section(
        "WHO SAID WHAT",
        s.who_said_what
            .iter()
            .map(|q| format!("“{}” — {}", q.quote, speaker_line(q)))
            .collect(),
    );
    section(
        "WHAT NEXT",
        s.what_next.iter().map(|i| i.text.clone()).collect(),
    );
    out
}
