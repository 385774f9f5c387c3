//! The card as Markdown or plain text, shared by the CLI and the widget's
//! copy buttons so that both give the same words.

use super::Summary;

/// "by NAME · DATE" under the headline, when the page gives either.
fn meta_line(s: &Summary) -> Option<String> {
    let date = s.date.as_deref().map(human_date);
    match (&s.byline, date) {
        (Some(b), Some(d)) => Some(["By ", b, " · ", &d].concat()),
        (Some(b), None) => Some(["By ", b].concat()),
        (None, d) => d,
    }
}

/// The date chip of a "What next" item: the resolved date, else the phrase.
pub fn when_chip(i: &super::Item) -> Option<String> {
    i.when.as_ref().map(|w| match &w.date {
        Some(d) => human_date(d),
        None => w.text.clone(),
    })
}

/// An ISO date as a reader writes it: "2026-11-03" is "3 Nov 2026",
/// "2026-11" is "Nov 2026" (day, month, year: no order to misread); any
/// other text stays as it is. The JSON keeps the ISO form.
pub fn human_date(d: &str) -> String {
    const MONTHS: &str = "JanFebMarAprMayJunJulAugSepOctNovDec";
    // (Digits read by hand: a `parse` per integer type costs its own code.)
    let b = d.as_bytes();
    let month = match b {
        [_, _, _, _, b'-', m1 @ b'0'..=b'1', m2 @ b'0'..=b'9', ..] => {
            ((m1 - b'0') * 10 + m2 - b'0') as usize
        }
        _ => 0,
    };
    let Some(m) = month
        .checked_sub(1)
        .and_then(|k| MONTHS.get(k * 3..k * 3 + 3))
    else {
        return d.to_string();
    };
    let day = d.get(8..).unwrap_or("").trim_start_matches('0');
    let sep = if day.is_empty() { "" } else { " " };
    [day, sep, m, " ", &d[..4]].concat()
}

fn speaker_line(q: &super::Quote) -> String {
    match (&q.speaker, &q.role) {
        (Some(s), Some(r)) => format!("{s}, {r}"),
        (Some(s), None) => s.clone(),
        _ => "unattributed".to_string(),
    }
}

/// The card's quotations, each with its paragraphs: an entry that
/// continues the one before joins its quotation.
pub fn quotations(list: &[super::Quote]) -> Vec<&[super::Quote]> {
    let mut out: Vec<&[super::Quote]> = Vec::new();
    let mut from = 0;
    for i in 1..=list.len() {
        if list.get(i).is_none_or(|q| !q.continues) {
            out.push(&list[from..i]);
            from = i;
        }
    }
    out
}

/// A quotation as every format shows it: without the comma that hands it
/// to its attribution (`"We are not concerned," Kirby said`). The JSON
/// `quote` field keeps the words between the marks as they stand.
pub fn shown_quote(q: &str) -> &str {
    q.trim_end_matches(&[',', ' '][..])
}

/// A quotation's paragraphs, between one pair of marks.
fn quoted(parts: &[super::Quote], between: &str) -> String {
    let texts: Vec<&str> = parts.iter().map(|q| shown_quote(&q.quote)).collect();
    format!("“{}”", super::text::join(&texts, between))
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
        for parts in quotations(&s.who_said_what) {
            out.push_str(&format!(
                "> {}\n> — {}\n\n",
                quoted(parts, "\n>\n> "),
                speaker_line(&parts[0])
            ));
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
        quotations(&s.who_said_what)
            .into_iter()
            .map(|parts| format!("{} — {}", quoted(parts, " "), speaker_line(&parts[0])))
            .collect(),
    );
    section(
        "WHAT NEXT",
        s.what_next.iter().map(|i| i.text.clone()).collect(),
    );
    out
}

/// The card as compact JSON, byte for byte what `serde_json::to_string`
/// gives (a test checks it), without pulling a JSON library into the wasm.
pub fn to_json(s: &Summary) -> String {
    let mut o = String::with_capacity(s.body.len() * 2 + 256);
    o.push('{');
    field(&mut o, "title", true);
    opt_str(&mut o, &s.title);
    field(&mut o, "standfirst", false);
    opt_str(&mut o, &s.standfirst);
    field(&mut o, "byline", false);
    opt_str(&mut o, &s.byline);
    field(&mut o, "date", false);
    opt_str(&mut o, &s.date);
    field(&mut o, "dateline", false);
    opt_str(&mut o, &s.dateline);
    field(&mut o, "body", false);
    string(&mut o, &s.body);
    field(&mut o, "what_happened", false);
    items(&mut o, &s.what_happened);
    field(&mut o, "who_said_what", false);
    o.push('[');
    for (n, q) in s.who_said_what.iter().enumerate() {
        if n > 0 {
            o.push(',');
        }
        o.push('{');
        field(&mut o, "quote", true);
        string(&mut o, &q.quote);
        field(&mut o, "speaker", false);
        opt_str(&mut o, &q.speaker);
        field(&mut o, "role", false);
        opt_str(&mut o, &q.role);
        field(&mut o, "start", false);
        o.push_str(&q.start.to_string());
        field(&mut o, "end", false);
        o.push_str(&q.end.to_string());
        field(&mut o, "continues", false);
        o.push_str(if q.continues { "true" } else { "false" });
        o.push('}');
    }
    o.push(']');
    field(&mut o, "what_next", false);
    items(&mut o, &s.what_next);
    field(&mut o, "quotes_total", false);
    o.push_str(&s.quotes_total.to_string());
    field(&mut o, "notice", false);
    opt_str(&mut o, &s.notice);
    field(&mut o, "words", false);
    o.push_str(&s.words.to_string());
    o.push('}');
    o
}

fn items(o: &mut String, list: &[super::Item]) {
    o.push('[');
    for (n, i) in list.iter().enumerate() {
        if n > 0 {
            o.push(',');
        }
        o.push('{');
        field(o, "text", true);
        string(o, &i.text);
        field(o, "start", false);
        o.push_str(&i.start.to_string());
        field(o, "end", false);
        o.push_str(&i.end.to_string());
        if let Some(w) = &i.when {
            field(o, "when", false);
            o.push('{');
            field(o, "text", true);
            string(o, &w.text);
            field(o, "date", false);
            opt_str(o, &w.date);
            o.push('}');
        }
        o.push('}');
    }
    o.push(']');
}

fn field(o: &mut String, name: &str, first: bool) {
    if !first {
        o.push(',');
    }
    o.push('"');
    o.push_str(name);
    o.push_str("\":");
}

fn opt_str(o: &mut String, s: &Option<String>) {
    match s {
        Some(s) => string(o, s),
        None => o.push_str("null"),
    }
}

fn string(o: &mut String, s: &str) {
    o.push('"');
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' => o.push_str("\\n"),
            '\r' => o.push_str("\\r"),
            '\t' => o.push_str("\\t"),
            '\u{8}' => o.push_str("\\b"),
            '\u{c}' => o.push_str("\\f"),
            c if (c as u32) < 0x20 => o.push_str(&format!("\\u{:04x}", c as u32)),
            c => o.push(c),
        }
    }
    o.push('"');
}

#[cfg(test)]
mod tests {
    #[test]
    fn dates_read_as_people_write_them() {
        for (iso, shown) in [
            ("2026-11-03", "3 Nov 2026"),
            ("2026-11", "Nov 2026"),
            ("2027-04", "Apr 2027"),
            ("2026-12-31", "31 Dec 2026"),
            ("2026", "2026"),
            ("2026-13", "2026-13"),
            ("2026-00-01", "2026-00-01"),
            ("next month", "next month"),
            ("", ""),
        ] {
            assert_eq!(super::human_date(iso), shown, "{iso}");
        }
    }
}
