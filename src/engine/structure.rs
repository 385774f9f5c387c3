//! Structure: headline, standfirst, section headings, paragraphs, sentences.
//!
//! * The headline is the first article line when it is short (two words
//!   or more: a single word is a menu's "Home") and does not end with a
//!   full stop (the cleaner puts the line that restates the lead first),
//!   and is not a photo caption with its credit; the standfirst is the
//!   short unpunctuated line right under it, at most 40 words, or a line
//!   of up to 60 words right under it that stands above the byline or the
//!   date (the story starts below those).
//! * Section headings are recognised from a list ("What happened", "What
//!   next?", "Why it matters", ...) and tag the paragraphs under them; so
//!   is one run in before a colon ("What's next: The Fed meets ..."),
//!   whose sentences start after it. A heading over a list of short
//!   unpunctuated lines ends with the list.
//! * Sentences end at `.`, `!`, `?` or `…` (with any closing quotes and
//!   brackets) before a capital, a digit or an opening quote — except after
//!   abbreviations ("Dr.", "Sept."), initials ("J.") and dotted acronyms
//!   ("U.S.") that run on into the sentence.
//!
//! Known failure cases: a headline that ends with a full stop is taken as
//! the first paragraph; a one-word headline ("Brexit") is not taken; a
//! standfirst written as a full sentence with no byline or date under it
//! stays in the body; a sentence that starts with a lowercase word
//! ("iPhone sales ...") is joined to the one before; an acronym at the very end of a sentence
//! followed by a name ("... in the U.S. Biden said") is not split.

use super::lexicon::Packed;
use super::lexicon::{is_abbreviation, is_capitalised_function_word};
use super::text::{count_words, lower};
use super::Span;

/// The card section a heading of the article maps to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    None,
    Happened,
    Said,
    Next,
    Other,
}

#[derive(Clone, Copy, Debug)]
pub struct Para {
    pub span: Span,
    pub section: Section,
    /// Index of the line (as given to [`analyze`]) the paragraph stands on.
    pub line: usize,
}

#[derive(Clone, Copy, Debug)]
pub struct Sentence {
    pub span: Span,
    /// Index into [`Doc::paras`].
    pub para: usize,
    /// Index of the sentence within its paragraph.
    pub nth: usize,
    pub section: Section,
}

#[derive(Clone, Debug, Default)]
pub struct Doc {
    pub headline: Option<Span>,
    pub standfirst: Option<Span>,
    pub paras: Vec<Para>,
    pub sentences: Vec<Sentence>,
    /// The article marks its own card sections ("What happened", ...).
    pub has_sections: bool,
    /// "WASHINGTON (AP) —" opening the first paragraph.
    pub dateline: Option<Span>,
}

impl Doc {
    /// The cleaned article body: paragraphs separated by a blank line.
    pub fn body(&self, text: &str) -> String {
        let mut out = String::new();
        for (n, p) in self.paras.iter().enumerate() {
            if !out.is_empty() {
                out.push_str("\n\n");
            }
            // The dateline is the article's own text: it stays in the body.
            let from = match self.dateline {
                Some(d) if n == 0 && d.start < p.span.start => d.start,
                _ => p.span.start,
            };
            out.push_str(Span::new(from, p.span.end).of(text));
        }
        out
    }

    /// Words in the paragraphs. `counts` holds each line's words, as the
    /// cleaner counted them; a paragraph cut short by its dateline is
    /// counted again.
    pub fn words(&self, text: &str, lines: &[Span], counts: &[usize]) -> usize {
        let of = |p: &Para| match (lines.get(p.line), counts.get(p.line)) {
            (Some(&l), Some(&n)) if l == p.span => n,
            _ => count_words(text, p.span),
        };
        self.paras.iter().map(of).sum()
    }

    /// The sentences under a given section heading.
    pub fn in_section(&self, s: Section) -> impl Iterator<Item = &Sentence> {
        self.sentences.iter().filter(move |x| x.section == s)
    }
}

/// Which card section a line names, if it is a section heading.
pub fn heading_section(text: &str, line: Span) -> Option<Section> {
    let s = line.of(text);
    if s.len() > 60 {
        return None;
    }
    let k: String = s
        .trim_start_matches(&['#', ' '][..])
        .trim_end_matches(&['?', ':', '.', ' ', '!'][..])
        .chars()
        .map(|c| if c == '’' { '\'' } else { c })
        .map(super::text::fold)
        .collect();
    // Tables, not a `match`: smaller in the wasm.
    const HAPPENED: Packed = Packed(
        "what happened|key points|the facts|in brief|what we know|the story|the news|\
         summary|key facts|the details",
    );
    const SAID: Packed = Packed(
        "who said what|what they said|what they're saying|what people are saying|reaction|\
         reactions|the reaction",
    );
    const NEXT: Packed = Packed(
        "what next|what's next|what happens next|what comes next|next steps|looking ahead|\
         what to watch|what to expect|what to watch for|the road ahead|\
         what we're watching",
    );
    const OTHER: Packed = Packed(
        "why it matters|the big picture|background|context|the backstory|go deeper|\
         between the lines|the bottom line|zoom in|zoom out|by the numbers|analysis|\
         catch up quick|the context|state of play|driving the news|the latest|yes, but|\
         flashback|reality check|the intrigue",
    );
    [
        (HAPPENED, Section::Happened),
        (SAID, Section::Said),
        (NEXT, Section::Next),
        (OTHER, Section::Other),
    ]
    .into_iter()
    .find(|(list, _)| list.has(&k))
    .map(|x| x.1)
}

/// Build the document structure from the lines the cleaner kept.
pub fn analyze(text: &str, lines: &[Span], keep: &[bool]) -> Doc {
    // The kept lines' places among all lines, and their spans.
    let at: Vec<usize> = (0..lines.len().min(keep.len()))
        .filter(|&j| keep[j])
        .collect();
    let kept: Vec<Span> = at.iter().map(|&j| lines[j]).collect();
    let mut doc = Doc::default();
    let mut i = 0;
    let ends_stop = |l: Span| super::text::unclosed(l.of(text)).ends_with('.');
    if kept.len() >= 2 {
        let h = kept[0];
        let n = count_words(text, h);
        if (2..=25).contains(&n)
            && opens_like_a_title(h.of(text))
            && (!ends_stop(h) || n <= 20 && title_cased(text, h))
            && heading_section(text, h).is_none()
            && !super::clean::credited(h.of(text))
            && !super::clean::clocked(h.of(text))
        {
            doc.headline = Some(h);
            i = 1;
            let s = kept[1];
            let n = count_words(text, s);
            // A sentence right under the headline and above the byline or
            // date is the standfirst too (the story starts below those).
            let above_meta = || {
                at[0] + 1 == at[1]
                    && (at[1] + 1..at[2]).any(|j| super::clean::meta_line(text, lines[j]))
            };
            if kept.len() >= 3
                && (5..=60).contains(&n)
                && (n <= 40 && !ends_stop(s) || above_meta())
                && heading_section(text, s).is_none()
                && !s.of(text).starts_with(&['"', '“', '\'', '‘'][..])
            {
                doc.standfirst = Some(s);
                i = 2;
            }
        }
    }
    let mut section = Section::None;
    // A heading over a list ("Key points" and short unpunctuated lines)
    // ends with the list: the prose after it is the story going on.
    // (`listed`: every paragraph under the heading so far is such a line.)
    let (mut listed, mut fresh) = (false, false);
    for (n, &line) in at[i..].iter().enumerate() {
        let mut l = lines[line];
        if n == 0 || doc.paras.is_empty() && doc.dateline.is_none() {
            if let Some((d, rest)) = dateline(text, l) {
                doc.dateline = Some(d);
                l = rest;
            }
        }
        // A heading on its own line, or run in before a colon ("What's
        // next: The Fed meets on Jan. 27."): either opens its section; a
        // run-in one's sentences start after the colon (the paragraph, as
        // the body shows it, keeps its heading).
        let para_span = l;
        // (Looked for in the first 40 bytes only: a paragraph is read once.)
        let head = &l.of(text).as_bytes()[..l.len().min(41)];
        let run_in = || {
            let c = head.windows(2).position(|w| w == b": ")?;
            let s = heading_section(text, Span::new(l.start, l.start + c))?;
            Some((s, Some(Span::new(l.start + c + 2, l.end))))
        };
        if let Some((s, rest)) = heading_section(text, l).map(|s| (s, None)).or_else(run_in) {
            section = s;
            doc.has_sections |= s != Section::Other;
            (listed, fresh) = (false, true);
            match rest {
                Some(rest) => l = rest,
                None => continue,
            }
        }
        let item = count_words(text, l) <= 12 && !ends_stop(l);
        if listed && !item {
            section = Section::None;
        }
        listed = item && (listed || fresh);
        fresh = false;
        let para = doc.paras.len();
        doc.paras.push(Para {
            span: para_span,
            section,
            line,
        });
        for (nth, s) in split_sentences(text, l).into_iter().enumerate() {
            doc.sentences.push(Sentence {
                span: s,
                para,
                nth,
                section,
            });
        }
    }
    doc
}

/// A headline's first word has a capital ("Council", "iPhone") or is a
/// number ("3D-printing", "2024"): a line opening in lower case ("see
/// their audience clearly", "to Ingrid's web gallery!", "---- by Jane
/// Roe") is a fragment of the page, not its headline.
fn opens_like_a_title(line: &str) -> bool {
    line.split_whitespace()
        .find(|w| w.chars().any(char::is_alphanumeric))
        .is_some_and(|w| {
            w.trim_start_matches(|c: char| !c.is_alphanumeric())
                .starts_with(|c: char| c.is_numeric())
                || w.chars().any(char::is_uppercase)
        })
}

/// Most content words capitalised: "The Latest: Trump Delivers Defense."
fn title_cased(text: &str, line: Span) -> bool {
    let (mut caps, mut content, mut said) = (0, 0, false);
    super::text::each_word(text, line, |w| {
        let s = w.of(text);
        // Names make a sentence look title-cased ("Mayor Jane Roe said on
        // Monday ..."); a title capitalises its verb ("Roe Says ...").
        said |= super::text::starts_lower(s) && super::lexicon::is_speech_verb(s);
        if !super::lexicon::is_stopword(&lower(s)) {
            content += 1;
            caps += super::text::starts_upper(s) as usize;
        }
    });
    content > 0 && caps * 3 >= content * 2 && !said
}

/// Words that open a paragraph in capitals before a colon and are no
/// place. Hand-made.
const LABELS: Packed =
    Packed("analysis|breaking|editor|exclusive|opinion|published|update|watch|video");

/// "WASHINGTON (AP) — The Senate ...", "LOS ANGELES, Calif. - ...": upper-
/// case place words, an optional agency in brackets, then a dash, or a
/// colon ("NEW DELHI: ..."). Returns the dateline and the rest of the
/// paragraph. Known failure case: a label in capitals before a colon that
/// the list lacks ("RECAP: ...") reads as a place.
fn dateline(text: &str, para: Span) -> Option<(Span, Span)> {
    let s = para.of(text);
    let head = s.get(..s.len().min(80))?;
    // (Or a colon after the place: "NEW DELHI: Parliament on Friday ...".)
    let dash = head
        .char_indices()
        .find(|&(_, c)| matches!(c, '—' | '–' | '-'))
        .filter(|&(i, _)| i > 0 && s[..i].ends_with(' '))
        .or_else(|| head.find(": ").map(|i| (i, ':')))?;
    let before = s[..dash.0].trim_end();
    // (The city is enough: "PORT SELBY, Maine, Nov. 24, 2026 /PRNewswire/".)
    let place = before
        .split(&['(', ','][..])
        .next()
        .unwrap_or("")
        .trim_end_matches(' ');
    let letters: Vec<char> = place.chars().filter(|c| c.is_alphabetic()).collect();
    let caps = letters.iter().filter(|c| c.is_uppercase()).count();
    // Mostly capitals ("LOS ANGELES, Calif."), at least 3 letters.
    if letters.len() < 3 || caps * 10 < letters.len() * 7 || !letters[0].is_uppercase() {
        return None;
    }
    // A label before a colon is no place ("UPDATE: ...", "EXCLUSIVE: ..."),
    // and a dateline has no word in lower case ("NATO, meanwhile, said").
    if dash.1 == ':' && LABELS.starts(&lower(place))
        || before.split(' ').any(|w| w.starts_with(char::is_lowercase))
    {
        return None;
    }
    let after = dash.0 + dash.1.len_utf8();
    // (A wire's "--" is one dash.)
    let rest_off =
        after + (s[after..].len() - s[after..].trim_start_matches(&['-', ' '][..]).len());
    if rest_off >= s.len() {
        return None;
    }
    Some((
        Span::new(para.start, para.start + before.len()),
        Span::new(para.start + rest_off, para.end),
    ))
}

fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | ')' | ']' | '»' | '›' | '」' | '』'
    )
}

fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '‘' | '(' | '[' | '«' | '‹' | '„' | '「' | '『'
    )
}

/// Split a paragraph into sentences (spans, trimmed).
pub fn split_sentences(text: &str, para: Span) -> Vec<Span> {
    let s = para.of(text);
    let base = para.start;
    let mut out = Vec::new();
    let mut start = 0;
    // Byte offsets, each character read where it stands (no per-character
    // table: this runs over every paragraph).
    let at = |i: usize| super::text::char_at_byte(s, i);
    let mut i = 0;
    while i < s.len() {
        let (c, len) = at(i);
        if !matches!(c, '.' | '!' | '?' | '…') {
            i += len;
            continue;
        }
        // Run of terminators and closers: "?!", ".”", ".)".
        let mut end = i + len;
        while end < s.len() && (matches!(at(end).0, '.' | '!' | '?' | '…') || is_closer(at(end).0))
        {
            end += at(end).1;
        }
        // Must be followed by whitespace, then a sentence start.
        let mut n = end;
        while n < s.len() && at(n).0.is_whitespace() {
            n += at(n).1;
        }
        if n == end || n >= s.len() {
            i = end;
            continue;
        }
        let next = at(n).0;
        let starts = next.is_uppercase() || next.is_ascii_digit() || is_opener(next);
        if starts && !(c == '.' && no_break_after(s, i, &s[n..])) {
            out.push(super::text::trim(text, Span::new(base + start, base + end)));
            start = n;
        }
        i = end;
    }
    let last = super::text::trim(text, Span::new(base + start, base + s.len()));
    if !last.is_empty() {
        out.push(last);
    }
    out.retain(|x| !x.is_empty());
    out
}

/// Whether the full stop at byte `dot` of `s` belongs to an abbreviation,
/// an initial or an acronym that runs on into `rest`.
fn no_break_after(s: &str, dot: usize, rest: &str) -> bool {
    let before = &s[..dot];
    let w_start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric() || *c == '.')
        .last()
        .map_or(dot, |(i, _)| i);
    let w = &before[w_start..];
    if w.is_empty() {
        return false;
    }
    let lw = lower(w);
    if is_abbreviation(&lw) {
        return true;
    }
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    // "J. K. Rowling": a lone capital is an initial.
    if letters == 1 && w.chars().all(|c| c.is_uppercase() || c == '.') {
        return true;
    }
    // "U.S." runs on unless the next word plainly starts a sentence.
    if w.contains('.')
        && w.chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
    {
        let next: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '\'' || *c == '’')
            .collect();
        return !is_capitalised_function_word(&lower(&next));
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(t: &str) -> Vec<&str> {
        split_sentences(t, Span::new(0, t.len()))
            .iter()
            .map(|s| s.of(t))
            .collect()
    }

    #[test]
    fn datelines() {
        for (t, place) in [
            (
                "WASHINGTON (AP) — The Senate voted on Friday.",
                Some("WASHINGTON (AP)"),
            ),
            (
                "NEW DELHI: Parliament passed the bill on Friday.",
                Some("NEW DELHI"),
            ),
            ("UPDATE: The vote has been moved to Monday.", None),
            ("Officials said: the vote is on Monday.", None),
            (
                "NATO, meanwhile, said the alliance — which has 32 members — would meet.",
                None,
            ),
            // Only the city need be in capitals; a wire's "--" is one dash.
            (
                "PORT SELBY, Maine, Nov. 24, 2026 /PRNewswire/ -- Northwind Energy said.",
                Some("PORT SELBY, Maine, Nov. 24, 2026 /PRNewswire/"),
            ),
        ] {
            let d = dateline(t, Span::new(0, t.len()));
            assert_eq!(d.map(|(d, _)| d.of(t)), place, "{t}");
            if let Some((_, rest)) = d {
                assert!(rest.of(t).starts_with(char::is_uppercase), "{t}");
            }
        }
        // With no date at the top, the dateline's is the article's.
        let t = "Northwind Energy to build wind farm off Port Selby\n\
            PORT SELBY, Maine, Nov. 24, 2026 /PRNewswire/ -- Northwind Energy Inc. today \
            announced a final investment decision on Selby Banks, a wind farm off the coast.\n\
            Construction will begin in the second quarter of 2027.\n";
        assert_eq!(crate::summarize(t).date.as_deref(), Some("2026-11-24"));
    }

    #[test]
    fn a_line_opening_in_lower_case_is_no_headline() {
        for t in [
            "Council approves bridge",
            "iPhone 16 review",
            "3D-printing gets a boost",
            "“Never again,” says mayor",
            "2024 in review",
        ] {
            assert!(super::opens_like_a_title(t), "{t}");
        }
        for t in [
            "see their audience clearly",
            "to Ingrid's web gallery!",
            "---- by Jane Roe",
        ] {
            assert!(!super::opens_like_a_title(t), "{t}");
        }
        let a = crate::summarize("see their audience clearly\n\nThe harbour board voted on Monday to raise ferry fares by a tenth from April, citing fuel costs.\n\nCommuters said the rise would hit families who cross every day.\n\nThe board will publish a new timetable next week, officials said.");
        assert_eq!(a.title, None);
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        assert_eq!(
            sents("Dr. Jane Roe met U.S. officials on Sept. 5 in Washington. They talked. The U.S. The end."),
            vec![
                "Dr. Jane Roe met U.S. officials on Sept. 5 in Washington.",
                "They talked.",
                "The U.S.",
                "The end."
            ]
        );
    }

    #[test]
    fn quotes_close_sentences() {
        assert_eq!(
            sents("\"We won.\" She left! Did he? \"Yes,\" he said. J. K. Rowling wrote it."),
            vec![
                "\"We won.\"",
                "She left!",
                "Did he?",
                "\"Yes,\" he said.",
                "J. K. Rowling wrote it."
            ]
        );
    }

    #[test]
    fn headings_map_to_sections() {
        for (h, s) in [
            ("What happened", Section::Happened),
            ("What next?", Section::Next),
            ("What’s next", Section::Next),
            ("## Why it matters:", Section::Other),
            ("Who said what", Section::Said),
        ] {
            assert_eq!(heading_section(h, Span::new(0, h.len())), Some(s), "{h}");
        }
        let t = "What happened to the ship is unknown.";
        assert_eq!(heading_section(t, Span::new(0, t.len())), None);
    }

    #[test]
    fn a_run_in_heading_opens_its_section() {
        let t = "Fed holds rates steady\n\
                 The Federal Reserve held rates on Wednesday, as inflation cooled.\n\
                 Why it matters: Lower rates would ease the cost of mortgages.\n\
                 What's next: The Fed meets again on Jan. 27. Rates: a long story.";
        let ls = super::super::clean::lines(t);
        let doc = analyze(t, &ls, &vec![true; ls.len()]);
        let sents: Vec<(&str, Section)> = doc
            .sentences
            .iter()
            .map(|s| (s.span.of(t), s.section))
            .collect();
        assert_eq!(
            sents[1..],
            [
                (
                    "Lower rates would ease the cost of mortgages.",
                    Section::Other
                ),
                ("The Fed meets again on Jan. 27.", Section::Next),
                ("Rates: a long story.", Section::Next),
            ]
        );
        // The body keeps the headings, as the page has them.
        assert!(doc.body(t).contains("Why it matters: Lower"));
        // A run-in heading right after a list opens its own section; the
        // list's end does not close it.
        let t = "Fed holds rates steady\n\
                 The Federal Reserve held rates on Wednesday, as inflation cooled.\n\
                 Key points\n\
                 Rates held at 4%\n\
                 What's next: The Fed meets again on Jan. 27 to decide on a cut.";
        let ls = super::super::clean::lines(t);
        let doc = analyze(t, &ls, &vec![true; ls.len()]);
        let last = doc.sentences.last().map(|s| (s.span.of(t), s.section));
        assert_eq!(
            last,
            Some((
                "The Fed meets again on Jan. 27 to decide on a cut.",
                Section::Next
            ))
        );
    }

    #[test]
    fn a_heading_over_a_list_ends_with_the_list() {
        let t = "Council approves new bridge\n\
                 The city council voted on Monday to build a new bridge over the river.\n\
                 Key points\n\
                 Bridge to cost 40 million pounds\n\
                 Work to start in the spring\n\
                 The council will publish the final design next week, and residents can comment on it until May.\n\
                 What happened\n\
                 The vote was close.\n\
                 The mayor, who had backed the plan for years, cast the deciding vote after a long debate.";
        let ls = super::super::clean::lines(t);
        let doc = analyze(t, &ls, &vec![true; ls.len()]);
        let sec: Vec<Section> = doc.paras.iter().map(|p| p.section).collect();
        use Section::*;
        // Prose under a heading stays in its section, however it opens.
        assert_eq!(sec, [None, Happened, Happened, None, Happened, Happened]);
    }

    #[test]
    fn a_menu_word_or_a_credited_caption_is_not_the_headline() {
        let body = "The city council voted on Monday to build a new bridge over the river.\n\
                    The bridge will cost about 40 million pounds, officials said.";
        for (first, headline) in [
            (
                "Council approves new bridge",
                Some("Council approves new bridge"),
            ),
            ("Home", None),
            ("The old crossing at dawn (Image: @CityCouncil)", None),
            // A live blog's entry.
            ("10:42 Council approves new bridge", None),
            // A title-cased headline with a full stop; a lead full of
            // names is not one.
            (
                "Mayor Jane Roe Says Bridge Will Open.",
                Some("Mayor Jane Roe Says Bridge Will Open."),
            ),
            (
                "Mayor Jane Roe said on Monday she would not back down.",
                None,
            ),
        ] {
            let t = format!("{first}\n{body}");
            let ls = super::super::clean::lines(&t);
            let doc = analyze(&t, &ls, &vec![true; ls.len()]);
            assert_eq!(doc.headline.map(|h| h.of(&t)), headline, "{first}");
        }
    }

    #[test]
    fn a_sentence_above_the_byline_is_the_standfirst() {
        let t = "Council approves new bridge
                 The vote ends a decade of argument over the town's worst crossing.
                 By Jane Roe
                 The city council voted on Monday to build a new bridge over the river.
                 The bridge will cost about 40 million pounds, officials said.";
        let ls = super::super::clean::lines(t);
        // The cleaner keeps every line but the byline.
        let keep: Vec<bool> = ls.iter().map(|l| !l.of(t).starts_with("By ")).collect();
        let doc = analyze(t, &ls, &keep);
        assert_eq!(
            doc.standfirst.map(|s| s.of(t)),
            Some("The vote ends a decade of argument over the town's worst crossing.")
        );
        assert!(doc.paras[0].span.of(t).starts_with("The city council"));
        // Without a byline under it, a sentence is the story's first.
        let keep = vec![true; ls.len()];
        let t2 = t.replace("By Jane Roe", "Officials said work would start soon.");
        let ls = super::super::clean::lines(&t2);
        assert_eq!(analyze(&t2, &ls, &keep).standfirst, None);
    }
}
