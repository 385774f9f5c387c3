//! A compact, lossless encoding of a [`Summary`], for handing a card from
//! the page's Web Worker back to the page (a `String` crosses `postMessage`
//! as one copy). Not a public format: the JSON of [`super::format`] is.
//!
//! Why not JSON: the browser build carries no JSON parser (serde_json would
//! cost more wasm than the worker saves), and this needs none. Strings are
//! length-prefixed (`5:hello`), so any text round-trips, quotation marks and
//! newlines included; numbers end in `,`; a missing value is `~`.
//! [`decode`] returns `None` on anything malformed instead of panicking.

use super::{Item, Quote, Summary, When};

/// The wire form of `s`.
pub fn encode(s: &Summary) -> String {
    let mut w = Writer(String::with_capacity(s.body.len() + 1024));
    for f in [&s.title, &s.standfirst, &s.byline, &s.date, &s.dateline] {
        w.opt(f);
    }
    w.str(&s.body);
    w.items(&s.what_happened);
    w.num(s.who_said_what.len());
    for q in &s.who_said_what {
        w.str(&q.quote);
        w.opt(&q.speaker);
        w.opt(&q.role);
        w.num(q.start);
        w.num(q.end);
        w.num(q.continues as usize);
    }
    w.items(&s.what_next);
    w.num(s.quotes_total);
    w.opt(&s.notice);
    w.num(s.words);
    w.0
}

/// The summary `wire` encodes, or `None` if it is not [`encode`]'s output.
pub fn decode(wire: &str) -> Option<Summary> {
    // A sticky error flag instead of `?` at every read: the same checks in
    // far less wasm (no unwinding of half-built structs).
    let mut r = Reader {
        rest: wire,
        ok: true,
    };
    let s = Summary {
        title: r.opt(),
        standfirst: r.opt(),
        byline: r.opt(),
        date: r.opt(),
        dateline: r.opt(),
        body: r.str(),
        what_happened: r.items(),
        who_said_what: (0..r.count())
            .map(|_| Quote {
                quote: r.str(),
                speaker: r.opt(),
                role: r.opt(),
                start: r.num(),
                end: r.num(),
                continues: r.num() == 1,
            })
            .collect(),
        what_next: r.items(),
        quotes_total: r.num(),
        notice: r.opt(),
        words: r.num(),
    };
    (r.ok && r.rest.is_empty()).then_some(s)
}

struct Writer(String);

impl Writer {
    fn num(&mut self, n: usize) {
        self.0.push_str(&n.to_string());
        self.0.push(',');
    }
    fn str(&mut self, s: &str) {
        self.0.push_str(&s.len().to_string());
        self.0.push(':');
        self.0.push_str(s);
    }
    fn opt(&mut self, s: &Option<String>) {
        match s {
            Some(s) => self.str(s),
            None => self.0.push('~'),
        }
    }
    fn items(&mut self, items: &[Item]) {
        self.num(items.len());
        for it in items {
            self.str(&it.text);
            self.num(it.start);
            self.num(it.end);
            match &it.when {
                Some(w) => {
                    self.str(&w.text);
                    self.opt(&w.date);
                }
                None => self.0.push('~'),
            }
        }
    }
}

struct Reader<'a> {
    rest: &'a str,
    ok: bool,
}

impl Reader<'_> {
    /// Malformed: stop reading (every later read gives an empty value).
    fn fail(&mut self) {
        self.ok = false;
        self.rest = "";
    }
    /// A decimal number ended by `end`, consumed with it.
    fn digits(&mut self, end: u8) -> usize {
        let mut n: usize = 0;
        for (i, b) in self.rest.bytes().enumerate() {
            if b == end && i > 0 {
                self.rest = &self.rest[i + 1..];
                return n;
            }
            let d = b.wrapping_sub(b'0');
            match n.checked_mul(10).and_then(|n| n.checked_add(d as usize)) {
                Some(m) if d < 10 => n = m,
                _ => break,
            }
        }
        self.fail();
        0
    }
    fn num(&mut self) -> usize {
        self.digits(b',')
    }
    /// A length that must fit in what is left (no huge allocation on bad input).
    fn count(&mut self) -> usize {
        let n = self.num();
        if n > self.rest.len() {
            self.fail();
            return 0;
        }
        n
    }
    fn str(&mut self) -> String {
        let n = self.digits(b':');
        match (self.rest.get(..n), self.rest.get(n..)) {
            (Some(s), Some(rest)) => {
                self.rest = rest;
                s.to_owned()
            }
            _ => {
                self.fail();
                String::new()
            }
        }
    }
    /// `~` for none.
    fn opt(&mut self) -> Option<String> {
        if let Some(rest) = self.rest.strip_prefix('~') {
            self.rest = rest;
            return None;
        }
        Some(self.str())
    }
    fn items(&mut self) -> Vec<Item> {
        (0..self.count())
            .map(|_| Item {
                text: self.str(),
                start: self.num(),
                end: self.num(),
                when: self.opt().map(|text| When {
                    text,
                    date: self.opt(),
                }),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_awkward_text() {
        let s = Summary {
            title: Some("12: \"quoted\" ~ title".into()),
            standfirst: None,
            byline: Some(String::new()),
            date: Some("2026-11-28".into()),
            dateline: None,
            body: "line one\n\n«deux» 3:4, ~5,\0 é 🙂".into(),
            what_happened: vec![Item {
                text: "It 9: happened.".into(),
                start: 0,
                end: 15,
                when: None,
            }],
            who_said_what: vec![Quote {
                quote: "1,2:~".into(),
                speaker: None,
                role: Some("spokesperson".into()),
                start: 3,
                end: 9,
                continues: true,
            }],
            what_next: vec![Item {
                text: "Next.".into(),
                start: 20,
                end: 25,
                when: Some(When {
                    text: "on Friday".into(),
                    date: None,
                }),
            }],
            quotes_total: 7,
            notice: Some("note".into()),
            words: 123,
        };
        assert_eq!(decode(&encode(&s)), Some(s));
        assert_eq!(
            decode(&encode(&Summary::default())),
            Some(Summary::default())
        );
    }

    #[test]
    fn malformed_input_is_none_never_a_panic() {
        let good = encode(&crate::summarize(include_str!(
            "../../tests/golden/bridge-vote/input.txt"
        )));
        assert!(decode(&good).is_some());
        // Every prefix, and a multi-byte character cut in half.
        for i in 0..good.len() {
            if good.is_char_boundary(i) {
                assert_eq!(decode(&good[..i]), None, "prefix {i}");
            }
        }
        for bad in ["", "~", "99999999999999999999:x", "3:é", "~~~~~0:99999999,"] {
            assert_eq!(decode(bad), None, "{bad:?}");
        }
        assert_eq!(decode(&format!("{good}x")), None);
    }
}
