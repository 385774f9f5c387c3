//! Small text helpers shared by the stages: words with their byte spans, and
//! character classes. Everything here is a single forward pass.

use super::Span;

/// A word: a run of letters and digits, with inner apostrophes, hyphens and
/// dots kept ("don't", "Russia–North", "U.S.", "Mr."), and its byte span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word {
    pub span: Span,
}

impl Word {
    pub fn of<'a>(&self, text: &'a str) -> &'a str {
        self.span.of(text)
    }
}

pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

#[inline(always)]
fn joins_word(c: char) -> bool {
    is_apostrophe(c) || matches!(c, '-' | '‐' | '–' | '.' | '&')
}

/// The words of `text[span]`, in order.
pub fn words(text: &str, span: Span) -> Vec<Word> {
    let mut out = Vec::new();
    each_word(text, span, |w| out.push(w));
    out
}

/// Calls `f` for each word of `text[span]`; no allocation.
pub fn each_word(text: &str, span: Span, mut f: impl FnMut(Word)) {
    let s = span.of(text);
    let b = s.as_bytes();
    let base = span.start;
    let mut start: Option<usize> = None;
    let mut last_alnum_end = 0;
    let mut i = 0;
    // Byte-wise with an ASCII fast path: this loop runs over every byte of
    // the article several times, so it must not decode what it can skip.
    while i < b.len() {
        let (c, len) = char_at_byte(s, i);
        if alnum(c) {
            if start.is_none() {
                start = Some(i);
            }
            last_alnum_end = i + len;
        } else if start.is_some()
            && joins_word(c)
            && i + len < b.len()
            && alnum(char_at_byte(s, i + len).0)
        {
            // inner joiner: keep going
        } else if let Some(st) = start.take() {
            // A trailing dot stays with abbreviations and initials ("Dr.",
            // "U.S.", "J.") so the sentence splitter can see it.
            let mut end = last_alnum_end;
            let w = &s[st..end];
            if c == '.'
                && (w.contains('.')
                    || w.len() == 1 && starts_upper(w)
                    || w.len() <= 5 && super::lexicon::is_abbreviation(&lower(w)))
            {
                end += 1;
            }
            f(Word {
                span: Span::new(base + st, base + end),
            });
        }
        i += len;
    }
    if let Some(st) = start {
        f(Word {
            span: Span::new(base + st, base + last_alnum_end),
        });
    }
}

/// The character starting at byte `i` of `s` (a character boundary) and its
/// length in bytes.
#[inline(always)]
pub(crate) fn char_at_byte(s: &str, i: usize) -> (char, usize) {
    match s.as_bytes().get(i) {
        Some(&b) if b < 0x80 => (b as char, 1),
        Some(_) => s
            .get(i..)
            .and_then(|r| r.chars().next())
            .map_or((' ', 1), |c| (c, c.len_utf8())),
        None => (' ', 1),
    }
}

/// Number of words in `text[span]`.
///
/// The words [`each_word`] finds, counted without finding their ends (the
/// trailing-dot test looks words up): the cleaner counts every line's
/// words, so this runs over the whole paste.
pub fn count_words(text: &str, span: Span) -> usize {
    let s = span.of(text);
    let b = s.as_bytes();
    let (mut n, mut in_word, mut i) = (0, false, 0);
    while i < b.len() {
        let (c, len) = char_at_byte(s, i);
        if alnum(c) {
            n += !in_word as usize;
            in_word = true;
        } else if !(in_word
            && joins_word(c)
            && i + len < b.len()
            && alnum(char_at_byte(s, i + len).0))
        {
            in_word = false;
        }
        i += len;
    }
    n
}

pub fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_uppercase())
}

pub fn starts_lower(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_lowercase())
}

/// `c` in lower case, for the scripts news in this product's languages is
/// written in: ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic capitals.
/// Other characters come back unchanged. Not `char::to_lowercase`: its
/// table is 11 KB of wasm, and these strings are only ever compared with
/// each other and with the word lists, never shown.
pub fn fold(c: char) -> char {
    let u = c as u32;
    let lower = match u {
        0x41..=0x5A | 0xC0..=0xDE if u != 0xD7 => u + 32,
        // Latin Extended-A pairs capitals and smalls: even/odd, then odd/even.
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if u.is_multiple_of(2) => u + 1,
        0x139..=0x148 | 0x179..=0x17E if !u.is_multiple_of(2) => u + 1,
        0x391..=0x3AB if u != 0x3A2 => u + 32,
        0x400..=0x40F => u + 80,
        0x410..=0x42F => u + 32,
        _ => u,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// Lowercase ASCII-folded copy for word-list look-ups; words are short, so
/// the allocation is bounded by the word, not the text.
pub fn lower(s: &str) -> std::borrow::Cow<'_, str> {
    let s = s.trim_end_matches('.');
    if s.is_ascii() {
        // Most words are already lowercase: no allocation for them.
        if !s.bytes().any(|b| b.is_ascii_uppercase()) {
            return std::borrow::Cow::Borrowed(s);
        }
        return std::borrow::Cow::Owned(s.to_ascii_lowercase());
    }
    std::borrow::Cow::Owned(
        s.chars()
            .map(|c| if c == '’' { '\'' } else { fold(c) })
            .collect(),
    )
}

#[inline(always)]
fn alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

/// Trim whitespace (and NULs) from both ends of a span.
pub fn trim(text: &str, span: Span) -> Span {
    let s = span.of(text);
    let lead = s.len()
        - s.trim_start_matches(|c: char| c.is_whitespace() || c == '\0')
            .len();
    let t = s.trim_matches(|c: char| c.is_whitespace() || c == '\0');
    Span::new(span.start + lead, span.start + lead + t.len())
}

/// The character just before byte `i`, if any.
pub fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i).and_then(|s| s.chars().next_back())
}

/// FNV-1a: a small, fast hash of short strings (repeated lines, word
/// stems, names). Every hash map of the engine is keyed by it, so the wasm
/// holds one map type.
pub fn hash(s: &str) -> u64 {
    s.bytes().fold(0xcbf29ce484222325, |h, b| {
        (h ^ b as u64).wrapping_mul(0x100000001b3)
    })
}

/// The engine's one map type: keyed by [`hash`] values, which are mixed
/// already, so the map folds each key with one multiply rather than run
/// SipHash over it again (0.2 KB smaller in the wasm; output and native
/// time unchanged on the dev articles). Known failure case: a paste
/// crafted so that many distinct words share their FNV hash's low bits
/// would make the map's look-ups slow (the robustness tests' inputs run
/// in linear time).
pub type Map = std::collections::HashMap<u64, u32, std::hash::BuildHasherDefault<Fold>>;

/// The hasher of [`Map`].
#[derive(Default)]
pub struct Fold(u64);

impl std::hash::Hasher for Fold {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ b as u64).wrapping_mul(0x100000001b3);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (n ^ n >> 31).wrapping_mul(0xbf58476d1ce4e5b9);
    }
}

/// `parts.join(sep)`: a loop of pushes is a fraction of the standard
/// library's `join` in the wasm.
pub fn join(parts: &[&str], sep: &str) -> String {
    let mut out = String::new();
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(p);
    }
    out
}

/// `s` without the closing marks after its last word (quotation marks, a
/// bracket), to see how the sentence inside ends.
pub fn unclosed(s: &str) -> &str {
    s.trim_end_matches(CLOSERS)
}

// Patterns as slices, not arrays: one `trim_end_matches` in the wasm for
// every set of characters instead of one per array length.
const CLOSERS: &[char] = &['"', '\'', '”', '’', ')', '»'];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn count_words_counts_the_words_each_word_finds() {
        for t in [
            "",
            "  ",
            "Dr. Roe and Mr. J. Smith left the U.S. at 3.30 p.m.",
            "don't stop–go, Russia–North rock-'n'-roll -- end- -start 'quoted'",
            "Émile Zola’s café, Москва, 東京 and 10,000 people!",
            "trailing joiner- and dot. and & and AT&T",
            "a",
            "a.",
            ".a",
            "-",
            "a-",
            "a--b",
        ] {
            let span = Span::new(0, t.len());
            assert_eq!(count_words(t, span), words(t, span).len(), "{t}");
        }
    }

    fn ws(t: &str) -> Vec<&str> {
        words(t, Span::new(0, t.len()))
            .iter()
            .map(|w| w.of(t))
            .collect()
    }

    #[test]
    fn words_keep_inner_joiners_and_abbreviation_dots() {
        assert_eq!(
            ws("Dr. Kim's U.S.-backed plan, don’t — Russia–North Korea."),
            vec![
                "Dr.",
                "Kim's",
                "U.S.",
                "backed",
                "plan",
                "don’t",
                "Russia–North",
                "Korea"
            ]
        );
        assert_eq!(ws("Sept. 5 Roe."), vec!["Sept.", "5", "Roe"]);
        assert_eq!(ws(""), Vec::<&str>::new());
    }

    #[test]
    fn trim_and_neighbours_are_boundary_safe() {
        let t = " é ";
        assert_eq!(trim(t, Span::new(0, t.len())).of(t), "é");
        assert_eq!(char_before(t, 1), Some(' '));
        assert_eq!(char_before(t, 2), None); // inside 'é': no panic
    }

    #[test]
    fn fold_agrees_with_std_where_it_lowers() {
        for u in 0..0x530u32 {
            let Some(c) = char::from_u32(u) else { continue };
            let std: Vec<char> = c.to_lowercase().collect();
            if fold(c) != c {
                assert_eq!(std, vec![fold(c)], "{c:?}");
            }
            let covered = u < 0x180 || (0x391..0x3AC).contains(&u) || (0x400..0x430).contains(&u);
            if covered && std.len() == 1 && std[0] != c && u != 0x178 {
                assert_eq!(fold(c), std[0], "{c:?}");
            }
        }
    }
}
