//! The summarizing engine: pure Rust, no browser APIs, shared by the widget
//! and the command-line tool so that what is measured natively is what runs
//! in the browser.
//!
//! The pipeline is a chain of stages, each mapping the input to spans (byte
//! ranges into the original text); only [`summarize`] copies text out at the
//! end, so every item on the card points back to where it stands:
//!
//! 1. [`clean`] — which lines are the article and which are page clutter;
//! 2. [`structure`] — headline, standfirst, section headings, paragraphs,
//!    sentences;
//! 3. [`quotes`] — quotations and their speakers;
//! 4. [`happened`] — the key-fact sentences;
//! 5. [`next`] — the forward-looking sentences.
//!
//! # Guarantees
//!
//! * **Never panics on untrusted input.** Every index used to slice the input
//!   comes from `char_indices` or an ASCII byte search, so it lies on a
//!   character boundary; the fuzz target in `fuzz/` and the property tests in
//!   `tests/` check this.
//! * **Linear cost.** Each stage makes a bounded number of passes over the
//!   text; look-ups that could grow (names, sentence scores) are hashed or
//!   bounded windows, never pairwise over the whole input.
//!
//! ```
//! let card = briefly::summarize("Rain due\n\nIt rained in Leeds on Monday, the Met Office said. \
//!     Forecasters said more rain will fall on Friday.");
//! assert_eq!(card.title.as_deref(), Some("Rain due"));
//! assert!(!card.what_happened.is_empty());
//! ```

pub mod clean;
pub mod dates;
pub mod format;
pub mod happened;
pub mod html;
pub mod lexicon;
mod names;
pub mod next;
pub mod quotes;
pub mod structure;
pub mod text;
pub mod wire;

use serde::{Deserialize, Serialize};

/// A byte range `[start, end)` into the text given to [`summarize`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The text of this span, or "" if the span does not fit `text` (never
    /// panics, even for a span from another text).
    pub fn of<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// How much of each section the card shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Length {
    /// One item per section.
    Short,
    /// The card's default selection.
    #[default]
    Standard,
    /// Every quotation and every forward-looking sentence found.
    Full,
}

/// Options for [`summarize_with`]; `Options::default()` is the card.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options {
    pub length: Length,
    /// At most this many quotations on the card (ignored with `Length::Full`).
    pub max_quotes: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            length: Length::Standard,
            max_quotes: 4,
        }
    }
}

impl Options {
    pub fn length(mut self, length: Length) -> Self {
        self.length = length;
        self
    }
    pub fn max_quotes(mut self, n: usize) -> Self {
        self.max_quotes = n;
        self
    }
}

/// A sentence on the card, with where it stands in the input.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Item {
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// For "What next": the time the sentence names, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<When>,
}

/// A time named by a forward-looking sentence: the phrase as written, and
/// the date it means (ISO `YYYY-MM-DD`, `YYYY-MM` or `YYYY`) when the
/// article's own date makes that clear.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct When {
    pub text: String,
    pub date: Option<String>,
}

/// A quotation on the card.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// The words inside the quotation marks, whitespace folded.
    pub quote: String,
    /// Who said it, by the fullest name the article gives; `None` when unsure.
    pub speaker: Option<String>,
    /// The speaker's role as the article gives it ("White House spokesperson").
    pub role: Option<String>,
    pub start: usize,
    pub end: usize,
    /// This is the next paragraph of the quotation before it (one that runs
    /// over several paragraphs): same speaker, shown as one quotation.
    /// (Absent in cards saved before it existed: `false`.)
    #[serde(default)]
    pub continues: bool,
}

/// The card: the serde form is the JSON of the CLI, the widget and the JS API.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    pub title: Option<String>,
    pub standfirst: Option<String>,
    /// The byline, without "By" ("Amira Okafor, Wendbury Courier").
    pub byline: Option<String>,
    /// The publication date the page gives, ISO `YYYY-MM-DD`.
    pub date: Option<String>,
    /// A dateline opening the story ("WASHINGTON (AP)"), kept out of the
    /// sentences.
    pub dateline: Option<String>,
    /// The article text after clutter is removed, paragraphs separated by a
    /// blank line.
    pub body: String,
    pub what_happened: Vec<Item>,
    pub who_said_what: Vec<Quote>,
    pub what_next: Vec<Item>,
    /// How many quotations the article has in all (the card may show fewer).
    pub quotes_total: usize,
    /// Why the card is empty or partial, for the reader ("too short", ...).
    pub notice: Option<String>,
    /// Words in the cleaned article.
    pub words: usize,
}

/// Below this many words of article text the card explains instead of
/// guessing.
pub const MIN_WORDS: usize = 12;

/// Summarize pasted article text into the card, with the default options.
pub fn summarize(text: &str) -> Summary {
    summarize_with(text, Options::default())
}

/// Summarize with explicit [`Options`].
pub fn summarize_with(text: &str, opts: Options) -> Summary {
    let lines = clean::lines(text);
    let counts = clean::word_counts(text, &lines);
    let keep = clean::classify_counted(text, &lines, &counts);
    let doc = structure::analyze(text, &lines, &keep);
    let words = doc.words(text, &lines, &counts);

    let top = clean::head_line(&lines, doc.headline);
    // (Else the dateline's: "PORT SELBY, Maine, Nov. 24, 2026 /PRNewswire/ --".)
    let pub_date = clean::publication_date(text, &lines, top)
        .or_else(|| dates::find_date(text, doc.dateline?));
    let mut out = Summary {
        title: doc.headline.map(|s| fold(s.of(text))),
        standfirst: doc.standfirst.map(|s| fold(s.of(text))),
        byline: clean::byline(text, &lines, top).map(|s| fold(s.of(text))),
        date: pub_date.map(|d| d.iso()),
        dateline: doc.dateline.map(|s| fold(s.of(text))),
        body: doc.body(text),
        words,
        ..Summary::default()
    };
    let blank = text.trim().is_empty();
    let found = if blank {
        Vec::new()
    } else {
        quotes::find(text, &doc)
    };
    out.quotes_total = found.iter().filter(|q| !q.continues).count();
    if words < MIN_WORDS {
        // Too little to pick key facts from, but a quotation and its speaker
        // are still worth showing: a pasted line with a quotation gets them.
        out.who_said_what = found.iter().map(|q| quote(text, q)).collect();
        out.notice = Some(if blank {
            "Paste a news article to get its Speed Read card.".to_string()
        } else if found.is_empty() {
            format!(
                "This is too short to summarize: paste a whole article (at least {MIN_WORDS} words)."
            )
        } else {
            format!(
                "Too short to summarize (under {MIN_WORDS} words): only its quotations are shown."
            )
        });
        return out;
    }

    let mut happened = happened::select(text, &doc, &found, opts, None);
    let mut next = next::select(text, &doc, &found, opts, &happened, pub_date);
    if next.is_empty() && opts.length != Length::Full {
        // A short article's one look ahead ("a public meeting is scheduled
        // for March 18") can also be one of its key facts. Its place on the
        // card is What next: it moves there, and What happened takes its
        // next-best fact instead. Never the first fact (the lead): a story
        // whose news is itself a plan keeps it on top.
        let ahead = next::select(text, &doc, &found, opts, &[], pub_date);
        if let Some(&s) = ahead
            .iter()
            .find(|s| happened.get(1..).unwrap_or(&[]).contains(s))
        {
            happened = happened::select(text, &doc, &found, opts, Some(s));
            next = next::select(text, &doc, &found, opts, &happened, pub_date);
        }
    }

    out.what_happened = happened.iter().map(|s| item(text, *s)).collect();
    out.what_next = next
        .iter()
        .map(|s| {
            let mut it = item(text, *s);
            it.when = dates::find_when(text, *s, pub_date).map(|w| When {
                text: fold(w.span.of(text)),
                date: w.date,
            });
            it
        })
        .collect();
    let chosen = if opts.length == Length::Full {
        (0..found.len()).collect()
    } else {
        let cap = if opts.length == Length::Short {
            1
        } else {
            opts.max_quotes
        };
        quotes::card_selection(text, doc.headline.map(|h| h.of(text)), &found, cap)
    };
    out.who_said_what = chosen
        .into_iter()
        .filter_map(|i| found.get(i))
        .map(|q| quote(text, q))
        .collect();
    if out.what_happened.is_empty() && out.who_said_what.is_empty() {
        out.notice = Some("No news sentences found: is this an article?".to_string());
    }
    out
}

/// Summarize pasted HTML (a rich paste, or the CLI's `{"id","html"}`): the
/// HTML is read as data, never run, converted to text by [`html::to_text`],
/// and summarized; spans point into that text.
pub fn summarize_html_with(html: &str, opts: Options) -> Summary {
    summarize_with(&html::to_text(html), opts)
}

/// Indices ordered by a score, best first, ties in index order. Every
/// ranking in the engine goes through this one sort: each distinct sort
/// instantiation costs kilobytes of wasm.
pub(crate) fn rank(mut keyed: Vec<(i64, usize)>) -> Vec<usize> {
    for k in keyed.iter_mut() {
        k.0 = -k.0;
    }
    keyed.sort_unstable();
    keyed.into_iter().map(|k| k.1).collect()
}

/// Indices in ascending order, through the same one sort as [`rank`].
pub(crate) fn ascending(v: Vec<usize>) -> Vec<usize> {
    rank(v.into_iter().map(|i| (-(i as i64), i)).collect())
}

fn quote(text: &str, q: &quotes::Found) -> Quote {
    Quote {
        quote: fold(q.span.of(text)),
        speaker: q.speaker.clone(),
        role: q.role.clone(),
        start: q.span.start,
        end: q.span.end,
        continues: q.continues,
    }
}

fn item(text: &str, s: Span) -> Item {
    Item {
        text: fold(s.of(text)),
        start: s.start,
        end: s.end,
        when: None,
    }
}

/// Fold runs of whitespace (line breaks of a quotation that runs over
/// paragraphs, CRLF, tabs) to one space: the words stay the article's own.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.trim().chars() {
        if c.is_whitespace() || c == '\0' {
            space = true;
        } else {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    out
}
