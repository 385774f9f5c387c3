//! Quotations and their speakers.
//!
//! **Finding quotations.** One pass over each paragraph pairs quotation
//! marks of every common kind: straight and curly double and single, « »,
//! „ “, ‹ ›, 「 」, 『 』. A single mark between two letters is an apostrophe
//! ("don't", "Kirby’s"); single marks inside a double quotation are nested
//! and belong to it. A paragraph that ends inside a quotation and a next
//! paragraph that opens with a mark of the same kind make one quotation;
//! otherwise a double quotation left open runs to its paragraph's end (the
//! closing mark forgotten), and a single mark left open was an apostrophe
//! ("the late '70s"), which hides no quotation after it.
//! Scare quotes and titles (`so-called "reset"`, a film title) are dropped:
//! a short quoted phrase is kept only when its sentence attributes it.
//! Marks in the headline (or a short first line) are not the story's
//! quotations, and where an article quotes people with double marks, single
//! marks outside them are scare quotes; an article in British house style
//! (more single quotations than double) keeps them.
//!
//! **Speakers.** Around each quotation, inside its sentence, the quotation
//! interiors are masked and the attribution is read from the pattern of
//! words and punctuation around a speech verb: `"Q," said S` / `"Q," S said`
//! / `S said: "Q"` / `S, an expert, told X` / `according to S` / `"Q" — S`.
//! The clause's subject is read past opening phrases ("On Thursday,",
//! "Meanwhile,", "Speaking at a school in Salem, Oregon,") and past a short
//! phrase between it and its verb ("Toomey in a statement said"); "with
//! Gorka noting" is Gorka's. With no speech verb at all, the sentence's
//! subject is taken only when no later clause (", while Mike Huckabee ...")
//! has a subject of its own. The nearest attribution wins. A quotation with
//! none takes the speaker of
//! the quotation before it in the same paragraph (`"Q1," S said. "Q2."`),
//! or of a line ending with a colon just before it (`S said:`, or with no
//! speech verb, `Priya Raman read a statement after the vote:`). A
//! quotation over several paragraphs is listed one entry per paragraph
//! (`continues` after the first); a paragraph of it that opens with a
//! transcript's label (`PENCE: ...`) is that speaker's turn.
//!
//! **Resolution.** "he"/"she" become the last person who was a sentence's
//! subject (the first name of a sentence or of its main clause, not after a
//! preposition, not a body's name before a role noun as in "City manager
//! Jane Roe"; or the name before a speech verb, "..., Roe said", or after
//! an inverted one, ", says Tim Dams, the news editor"), else the
//! last person named, outside quotations, whose gender allows the pronoun
//! (see `names`); a surname ("Kirby") becomes the fullest earlier name
//! with that surname ("John Kirby"), and a known given name beside a
//! speech verb ("Sir John said") the one full name that has it; "the
//! newspaper" becomes the last
//! publication named; an event's name ("Indoor Grand Prix", "Hopman Cup")
//! is a body's, never "he" or "she"; "said the American" keeps its article
//! (a description, as "the Fed" is a body). "Sen. Rob Tillman of Ohio" is the person Rob Tillman
//! (after a title or a known given name, "of" starts a place or a body), so
//! "Tillman" finds them; the speaker is shown as written ("Dana Fox of
//! Columbia, South Carolina says" is Dana Fox of Columbia's, not the
//! state's). The role comes
//! from an apposition (`S, an expert on X,`, `S, its secretary general`),
//! the words before the name (`White House spokesperson John Kirby`,
//! `Striker Thierry Henry`; two or more of them beat a short
//! apposition such as ", a Democrat"), an apposition before it that opens
//! the sentence (`Its president, Mark Ellison,`) or after the verb (`said
//! its chief executive, Tom Redfern`), or a body after it (`S of the Harbour
//! Residents Group`). "for" joins a body's name after a body's kind ("the
//! Department for Transport", "Institute for Fiscal Studies"), not a person
//! or a seat ("Jane Roe for Acme", "MP for Henley"). A name read back from
//! its verb for twelve words without a start is no speaker. French
//! guillemets may stand apart from the words ("« Non »").
//!
//! Known failure cases: a pronoun whose antecedent is not the last person
//! named (two people in one sentence) gets the wrong name — "he"/"she" are
//! therefore only resolved within three paragraphs; gender is known only
//! from a role ("spokeswoman", "Mr.") or a common US given name (see
//! `names`), so "she" can still be a man called Jordan or Xi; speech verbs
//! used in another sense ("the report said", "he told a story") attribute
//! wrongly;
//! an unclosed straight double mark (an inch sign) in a paragraph that also
//! holds quotations mispairs them; quotations spread over a paragraph whose
//! attribution is in the next paragraph stay unattributed; "of" meaning
//! "about" after a name ("said Patrick Murray of Christie, who ...") is read
//! as where the person comes from; a role in apposition after an opening
//! word that is neither a determiner nor an owner ("One woman, Jo Park,")
//! is not read. A one-line lead of 20 words or fewer
//! with more paragraphs after it is read as a headline, so a quotation in
//! it is not listed; an article that quotes mostly with single marks keeps
//! its double-marked scare quotes. A surname that is also a modal or a
//! month ("May said", "Will wrote") is read as a name only beside a speech
//! verb and when the article gives the full name ("Theresa May"). A
//! capitalised -ing word before a small word opens a phrase, so a surname
//! such as "Manning" heading a clause with "Manning in Denver, calling it"
//! is skipped; a body named with "for" after a word that is no body's kind
//! ("Americans for Prosperity said") is left unattributed, as is "a
//! spokeswoman for the Department for International Development"; a phrase between subject and verb longer than five words or
//! holding punctuation hides the subject. An owner before a name stays in
//! the speaker as written ("Britain's Kelly Holmes"): splitting it off made
//! places and shows ("Univision's Los Angeles affiliate") antecedents of
//! "she". A description between the inverted speaker and a later "he"
//! ("said Hamish Osborne. The Australian ... he said") leaves "he" with the
//! speaker. A given name alone is completed only beside a speech verb and
//! when one person named before has it (two Johns: "John" stays).

use super::lexicon::Packed;
use super::lexicon::{
    has, is_aux_or_adverb, is_capitalised_function_word, is_determiner, is_ly_adverb, is_org_word,
    is_person_noun, is_publication_noun, is_sentence_adverb, is_speech_verb, is_stopword, is_title,
    month, pronoun, Pronoun,
};
use super::structure::Doc;
use super::text::{
    char_before, count_words, each_word, hash, lower, starts_lower, starts_upper, trim, words, Map,
};
use super::Span;

/// A quotation found in the article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// The words inside the marks.
    pub span: Span,
    /// From the opening mark to the closing one.
    pub outer: Span,
    pub speaker: Option<String>,
    pub role: Option<String>,
    /// Index of the paragraph where it opens.
    pub para: usize,
    /// The next paragraph of the quotation before (one that runs over
    /// several paragraphs is one entry per paragraph, see [`parts`]).
    pub continues: bool,
}

/// The share of sentence `s` inside quotation marks. `from` is where to
/// start looking in `found` (sorted by position): callers that go through
/// sentences in order pass the same cursor, so the whole walk is linear.
pub fn quoted_share(found: &[Found], s: Span, from: &mut usize) -> f32 {
    while *from < found.len() && found[*from].outer.end <= s.start {
        *from += 1;
    }
    let quoted: usize = found[*from..]
        .iter()
        .take_while(|x| x.outer.start < s.end)
        .map(|x| {
            x.outer
                .end
                .min(s.end)
                .saturating_sub(x.outer.start.max(s.start))
        })
        .sum();
    quoted as f32 / s.len().max(1) as f32
}

/// The paragraphs of a quotation that runs over several, one span each,
/// without the mark that reopens each paragraph: the card shows them as one
/// quotation, and each part points back to its own paragraph. A quotation
/// within one paragraph is its one part.
fn parts(text: &str, span: Span) -> Vec<Span> {
    let whole = span.of(text);
    if !whole.contains('\n') {
        return vec![span];
    }
    let mut out = Vec::new();
    let mut at = span.start;
    for (n, line) in whole.split('\n').enumerate() {
        let from = at;
        at += line.len() + 1;
        // The mark that reopens the paragraph (the first is outside the span).
        let mut t = line.trim_start();
        if n > 0 {
            if let Some(c) = t.chars().next() {
                if opens_paragraph_again('"', c) || opens_paragraph_again('\'', c) {
                    t = &t[c.len_utf8()..];
                }
            }
        }
        let part = trim(
            text,
            Span::new(from + (line.len() - t.len()), from + line.len()),
        );
        if !part.is_empty() {
            out.push(part);
        }
    }
    out
}

/// Whether sentence `s` is a quotation's, for "Who said what" rather than
/// the other sections: mostly inside quotation marks, or opening with a
/// quotation whose speaker is named (`"Prices won't stay this high," said
/// Ravi Menon, an analyst at ...`). `from` as in [`quoted_share`].
pub fn is_quoted(found: &[Found], s: Span, from: &mut usize) -> bool {
    quoted_share(found, s, from) > 0.45 || opens_attributed(found, s, *from)
}

/// Whether sentence `s` opens with a quotation whose speaker is named.
/// `from` as left by [`quoted_share`] for `s`.
pub fn opens_attributed(found: &[Found], s: Span, from: usize) -> bool {
    found[from.min(found.len())..]
        .iter()
        .take_while(|x| x.outer.start < s.end)
        .any(|x| x.outer.start == s.start && x.speaker.is_some())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    Double,
    Single,
}

/// The closing marks that end a quotation opened with `open`.
fn closes(open: char, c: char) -> bool {
    match open {
        '"' => matches!(c, '"' | '”'),
        '“' => matches!(c, '”' | '"'),
        '„' => matches!(c, '“' | '”'),
        '«' => c == '»',
        '»' => c == '«',
        '‹' => c == '›',
        '「' => c == '」',
        '『' => c == '』',
        '‘' | '\'' => matches!(c, '’' | '\''),
        _ => false,
    }
}

fn family(open: char) -> Family {
    if matches!(open, '‘' | '\'') {
        Family::Single
    } else {
        Family::Double
    }
}

fn opens_paragraph_again(open: char, c: char) -> bool {
    match family(open) {
        Family::Double => matches!(c, '"' | '“' | '„' | '«' | '»' | '‹' | '「' | '『'),
        Family::Single => matches!(c, '‘' | '\''),
    }
}

/// A raw pair of marks.
#[derive(Clone, Copy, Debug)]
struct Raw {
    outer: Span,
    inner: Span,
    para: usize,
}

/// Pair the quotation marks of the article's paragraphs.
fn pair_marks(text: &str, doc: &Doc) -> Vec<Raw> {
    let mut out = Vec::new();
    // An open quotation: (mark, byte of mark, byte after mark, paragraph).
    let mut open: Option<(char, usize, usize, usize)> = None;
    let mut nested = 0u32;
    for (pi, p) in doc.paras.iter().enumerate() {
        let s = p.span.of(text);
        let base = p.span.start;
        let mut skip_first = false;
        if let Some((m, ..)) = open {
            // Continued over a paragraph break only if this one reopens.
            match s.chars().next() {
                Some(c) if opens_paragraph_again(m, c) => skip_first = true,
                _ => open = None,
            }
        }
        let reopened = |m: char| {
            doc.paras
                .get(pi + 1)
                .and_then(|n| n.span.of(text).chars().next())
                .is_some_and(|c| opens_paragraph_again(m, c))
        };
        // Where the scan starts in the paragraph, and the mark before it.
        let (mut from, mut prev): (usize, Option<char>) = (0, None);
        let mut retries = 0;
        loop {
            let mut it = s[from..]
                .char_indices()
                .map(|(i, c)| (from + i, c))
                .peekable();
            while let Some((i, c)) = it.next() {
                let next = it.peek().map(|x| x.1);
                let at = base + i;
                if skip_first {
                    skip_first = false;
                    prev = Some(c);
                    continue;
                }
                // `''` (two apostrophes, a typewriter double mark in some wire
                // feeds) is never a single quotation mark: pairing it as one
                // gives spans that cut across real quotations.
                if c == '\'' && (next == Some('\'') || prev == Some('\'')) {
                    prev = Some(c);
                    continue;
                }
                match open {
                    Some((m, o, inner_start, para)) => {
                        // Curly marks nested in a straight quotation:
                        // "... about “Equal Justice Under Law” anymore."
                        if m == '"' && c == '“' && next.is_some_and(|n| !n.is_whitespace()) {
                            nested += 1;
                            prev = Some(c);
                            continue;
                        }
                        if nested > 0 && c == '”' {
                            nested -= 1;
                            prev = Some(c);
                            continue;
                        }
                        let is_close = closes(m, c)
                            && (family(m) == Family::Double
                                || !next.is_some_and(char::is_alphanumeric))
                            && (matches!(c, '"' | '»') || prev.is_some_and(|p| !p.is_whitespace()));
                        // A curly opening mark used as a closer ("…“ said").
                        let misused = m == '“'
                            && c == '“'
                            && prev.is_some_and(|p| !p.is_whitespace())
                            && !next.is_some_and(char::is_alphanumeric);
                        if is_close || misused {
                            // French guillemets stand apart from the words
                            // ("« Nous ne lâcherons rien »"): the quotation is
                            // the words.
                            // (Only spaces inside: empty, dropped below.)
                            let inner = &text[inner_start..at];
                            let start = at - inner.trim_start().len();
                            let end = (inner_start + inner.trim_end().len()).max(start);
                            out.push(Raw {
                                outer: Span::new(o, at + c.len_utf8()),
                                inner: Span::new(start, end),
                                para,
                            });
                            open = None;
                        }
                    }
                    None => {
                        // (A single mark before two digits is an elided year, not a
                        // quotation: "the '70s".)
                        if is_opening(c, prev, next)
                            && !(family(c) == Family::Single && elided_year(&s[i + c.len_utf8()..]))
                        {
                            nested = 0;
                            open = Some((c, at, at + c.len_utf8(), pi));
                        }
                    }
                }
                prev = Some(c);
            }
            // A single mark opened in this paragraph and never closed, nor
            // reopened by the next, was an apostrophe ("the late ‘70s",
            // "'cause"): read the paragraph again after it, or it hides
            // every quotation behind it. (At most a few times, so the pass
            // stays linear.)
            match open {
                Some((m, o, _, para))
                    if para == pi && family(m) == Family::Single && retries < 4 && !reopened(m) =>
                {
                    open = None;
                    from = o - base + m.len_utf8();
                    prev = Some(m);
                    retries += 1;
                }
                // A double mark never closed, nor reopened by the next
                // paragraph: the closing mark was left out (or the page cut
                // the quotation short). It runs to the paragraph's end.
                // (Not when it holds other double marks or markup: then the
                // stray mark is the opening one.)
                Some((m, o, inner_start, para)) if family(m) == Family::Double && !reopened(m) => {
                    let end = p.span.end;
                    let inner = trim(text, Span::new(inner_start.min(end), end));
                    let stray = inner
                        .of(text)
                        .contains(&['"', '“', '”', '„', '«', '»', '<', '>'][..]);
                    if !stray {
                        out.push(Raw {
                            outer: Span::new(o, end),
                            inner,
                            para,
                        });
                    }
                    open = None;
                    break;
                }
                _ => break,
            }
        }
    }
    out.retain(|r| !r.inner.is_empty());
    out
}

/// A year cut to two digits after an apostrophe ("the '70s", "class of
/// '08"): no quotation opens there.
fn elided_year(rest: &str) -> bool {
    let b = rest.as_bytes();
    b.len() >= 2
        && b[0].is_ascii_digit()
        && b[1].is_ascii_digit()
        && !b.get(2).is_some_and(u8::is_ascii_digit)
}

fn is_opening(c: char, prev: Option<char>, next: Option<char>) -> bool {
    let after_space = prev.is_none_or(|p| {
        p.is_whitespace() || matches!(p, '(' | '[' | '—' | '–' | '-' | ':' | '/' | '“' | '"')
    });
    let before_word = next.is_some_and(|n| !n.is_whitespace());
    match c {
        // French typography spaces the guillemets: "« Non »".
        '«' => next.is_some(),
        '“' | '„' | '‹' | '「' | '『' => before_word,
        '"' => before_word && (after_space || prev.is_some_and(|p| !p.is_alphanumeric())),
        '‘' | '\'' => after_space && next.is_some_and(char::is_alphanumeric),
        _ => false,
    }
}

/// Tokens of an attribution context, with quotations masked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tok {
    W(Span),
    Comma,
    Colon,
    Dash,
    End,
    /// A quotation: index into the raw list.
    Q(usize),
    Open,
    Close,
}

fn tokenize(text: &str, span: Span, raws: &[Raw], first_raw: usize) -> Vec<Tok> {
    let mut toks = Vec::new();
    let mut r = first_raw;
    let mut pos = span.start;
    while pos < span.end {
        // Skip raws that end before here.
        while r < raws.len() && raws[r].outer.end <= pos {
            r += 1;
        }
        let seg_end = if r < raws.len() && raws[r].outer.start < span.end {
            raws[r].outer.start.max(pos)
        } else {
            span.end
        };
        if seg_end > pos {
            let seg = Span::new(pos, seg_end);
            let mut last = pos;
            for w in words(text, seg) {
                punct(text, Span::new(last, w.span.start), &mut toks);
                toks.push(Tok::W(w.span));
                last = w.span.end;
            }
            punct(text, Span::new(last, seg_end), &mut toks);
        }
        // (A quotation that opened before the context, in the sentence
        // before, is read as one too: the context goes on after it.)
        if r < raws.len() && raws[r].outer.start < span.end {
            toks.push(Tok::Q(r));
            pos = raws[r].outer.end;
            // `... “arbitrary.” Josh Hendler said`: a quotation that ends
            // its sentence before a new one is a sentence boundary.
            let ends = raws[r]
                .inner
                .of(text)
                .trim_end()
                .ends_with(&['.', '!', '?'][..]);
            let next = text
                .get(pos..span.end)
                .unwrap_or("")
                .trim_start()
                .chars()
                .next();
            if ends && next.is_some_and(char::is_uppercase) {
                toks.push(Tok::End);
            }
            r += 1;
        } else {
            pos = span.end;
        }
    }
    toks
}

fn punct(text: &str, gap: Span, toks: &mut Vec<Tok>) {
    let mut it = gap.of(text).chars().peekable();
    while let Some(c) = it.next() {
        toks.push(match c {
            ',' => Tok::Comma,
            ':' | ';' => Tok::Colon,
            '—' | '–' | '-' | '―' => Tok::Dash,
            // "R-Ky.," and "(R-Pa.)" are abbreviations, not the end of a
            // sentence.
            '.' if matches!(it.peek(), Some(&',' | &')')) => continue,
            '.' | '!' | '?' => Tok::End,
            '(' | '[' => Tok::Open,
            ')' | ']' => Tok::Close,
            _ => continue,
        });
    }
}

/// `Toomey in a statement said`, `Sanders during a rally on Sunday
/// thanked`: a phrase of circumstance (up to five words) between the
/// clause's subject and its verb at `i`; the name before it speaks. (Not
/// an object: "knocked Rubio on trade and called him".)
fn name_before_phrase(text: &str, toks: &[Tok], i: usize) -> Option<Np> {
    let word = |k: usize| word_at(toks, k).map_or("", |w| w.of(text));
    let k = (i.saturating_sub(6)..i.saturating_sub(1)).find(|&k| {
        has(&["in", "at", "during", "on"], word(k)) && (k + 1..i).all(|j| !word(j).is_empty())
    })?;
    // The capitalised run before it opens its clause.
    let mut first = k;
    while first > 0 && starts_upper(word(first - 1)) {
        first -= 1;
    }
    let opens = first == 0
        || matches!(
            toks[first - 1],
            Tok::End | Tok::Comma | Tok::Colon | Tok::Q(_)
        )
        || has(&["that", "when", "and"], word(first - 1));
    if first == k || !opens {
        return None;
    }
    np_before(text, toks, k).filter(|np| np.name.is_some())
}

/// Index of the token before a bracketed group ending just before `j`
/// ("Rep. John Mica (R-Fla.) said"), or `j` when there is none.
fn skip_brackets(toks: &[Tok], j: usize) -> usize {
    if j == 0 || toks[j - 1] != Tok::Close {
        return j;
    }
    let mut k = j - 1;
    while k > 0 && j - k < 12 {
        k -= 1;
        if toks[k] == Tok::Open {
            return k;
        }
    }
    j
}

/// A name as written, with the role words found around it.
#[derive(Clone, Debug, Default)]
struct Np {
    /// The name itself (capitalised words), or a common noun phrase.
    name: Option<Span>,
    role: Option<Span>,
    pronoun: Option<Pronoun>,
    /// "the newspaper"
    publication: bool,
    /// Starts with "the" and names an organisation ("The Washington Post").
    the: Option<usize>,
    /// Read from a clause's subject rather than beside a speech verb: a lone
    /// word is only trusted when the article names that person in full.
    weak: bool,
    /// No name, but a description that points at someone: "a Warren
    /// adviser", "Donald Trump's campaign manager" (the whole phrase).
    descr: Option<Span>,
    /// No name, but a person or body all the same: "a man in the crowd",
    /// "the heckler", "an FBI investigation" (not "the recent spate of
    /// shootings").
    someone: bool,
}

/// "for" joins a body's name after its kind ("the Department for
/// Transport", "Institute for Fiscal Studies"), not a person to a body
/// ("Bob Smith for Acme") nor a seat ("MP for Henley").
fn body_for(text: &str, kind: Option<Span>, w: &str, next: Option<Span>) -> bool {
    let cap = |s: Option<Span>| s.is_some_and(|s| starts_upper(s.of(text)));
    w == "for" && cap(next) && cap(kind) && kind.is_some_and(|k| is_org_word(&lower(k.of(text))))
}

fn is_connector(w: &str) -> bool {
    has(
        &[
            "of", "and", "de", "van", "von", "bin", "al", "la", "le", "du", "del", "der", "da",
            "dos", "di", "&",
        ],
        w,
    )
}

/// Lowercase words that can stand in a role before a name
/// ("national security spokesperson").
fn is_role_word(w: &str) -> bool {
    !is_capitalised_function_word(w) && !is_speech_verb(w) && !is_aux_or_adverb(w) || is_title(w)
}

/// Read a noun phrase that ends just before token `end` (exclusive), going
/// backwards; `None` when there is none.
fn np_before(text: &str, toks: &[Tok], end: usize) -> Option<Np> {
    let mut j = end;
    // "The U.S. and South Korea have repeatedly said": skip "have
    // repeatedly"; and a day between ("Beck on Wednesday called").
    while j > 0 {
        match toks[j - 1] {
            Tok::W(s) if is_aux_or_adverb(&lower(s.of(text))) || is_ly_adverb(s.of(text)) => j -= 1,
            Tok::W(s) if is_day(&lower(s.of(text))) => {
                j -= 1;
                if matches!(toks.get(j.wrapping_sub(1)), Some(Tok::W(o)) if o.of(text) == "on") {
                    j -= 1;
                }
            }
            _ => break,
        }
    }
    j = skip_brackets(toks, j);
    if j > 0 && toks[j - 1] == Tok::Comma {
        // "Gov. John Kasich (R-Ohio), said": the brackets before the comma
        // are not a name of their own.
        let b = skip_brackets(toks, j - 1);
        if b < j - 1 {
            if let Some(np) = np_words_before(text, toks, b).filter(|np| np.name.is_some()) {
                return Some(np);
            }
        }
        if let Some(np) = np_with_appositions(text, toks, j - 1) {
            return Some(np);
        }
    }
    np_words_before(text, toks, skip_brackets(toks, j))
}

/// `NP, A1, A2, said`: appositions between commas, read backwards from the
/// comma at `c`. The speaker is the leftmost segment that reads as a full
/// name ("Harry Bond, 30, of Raleigh, N.C., who was polled, said"), else the
/// nearest; the segment after it is the role. "the company's chief
/// executive, Colin Bright, said": a bare name as the apposition of a
/// nameless phrase is the speaker, and the phrase its role.
fn np_with_appositions(text: &str, toks: &[Tok], c: usize) -> Option<Np> {
    let mut commas = vec![c];
    let mut k = c;
    'outer: while commas.len() <= 5 {
        let mut n = 0;
        while k > 0 {
            match toks[k - 1] {
                Tok::Comma => break,
                Tok::W(_) | Tok::Open | Tok::Close | Tok::Dash if n < 28 => {}
                _ => break 'outer,
            }
            k -= 1;
            n += 1;
        }
        // A long segment only as a relative clause ("who served as ...").
        let relative = matches!(toks[k], Tok::W(w) if has(&["who", "whose"], &lower(w.of(text))));
        if k == 0 || n == 0 || n > 16 && !relative {
            break;
        }
        k -= 1;
        commas.push(k);
    }
    let words_between = |a: usize, b: usize| -> Vec<Span> {
        toks[a.min(b)..b]
            .iter()
            .filter_map(|t| if let Tok::W(s) = t { Some(*s) } else { None })
            .collect()
    };
    let span_of = |ws: &[Span]| match (ws.first(), ws.last()) {
        (Some(a), Some(b)) => Some(Span::new(a.start, b.end)),
        _ => None,
    };
    // Candidates: the NP ending at each comma (nearest first), with the
    // segment after that comma as its role.
    let mut cands: Vec<(Np, Option<Span>)> = Vec::new();
    for (n, &cm) in commas.iter().enumerate().skip(1) {
        let seg = words_between(cm + 1, commas[n - 1]);
        if let Some(np) = np_words_before(text, toks, skip_brackets(toks, cm)) {
            // The phrase must be the whole segment: "Khan, who is Muslim,
            // said" is Khan's, not "Muslim"'s.
            let whole = n + 1 >= commas.len()
                || np_start(&np).is_none_or(|st| {
                    words_between(commas[n] + 1, cm)
                        .first()
                        .is_none_or(|w| w.start >= st)
                });
            // (A title alone is no name: "Argentina's President, Nestor
            // Kirchner, said" is Kirchner's.)
            let named = np.name.is_some_and(|n| !is_title(&lower(n.of(text))));
            if whole && (named || np.pronoun.is_some()) {
                cands.push((np, span_of(&seg)));
            }
        }
    }
    let full = |np: &Np| np.name.is_some_and(|s| count_words(text, s) >= 2);
    if let Some((mut np, role)) = cands
        .iter()
        .rev()
        .find(|(np, _)| full(np))
        .or_else(|| cands.first())
        .cloned()
    {
        // A relative clause ("who was polled"), an age or an adverbial
        // ("after a long pause") says something about the speaker, but is
        // no role.
        let clause = |r: &Span| {
            let first = r.of(text).split(' ').next().unwrap_or("");
            let lf = lower(first);
            has(&["who", "whose", "which"], &lf)
                || first.bytes().all(|b| b.is_ascii_digit())
                || Packed(
                    "after|at|before|by|despite|during|from|in|on|speaking|when|while|with|without",
                )
                .has(&lf)
        };
        if role.is_some_and(|r| !clause(&r)) {
            np.role = role;
        }
        return Some(np);
    }
    // The nearest segment as the name of a nameless phrase before it.
    let &prev = commas.get(1)?;
    let seg = words_between(prev + 1, c);
    let pure = !seg.is_empty()
        && seg.len() <= 5
        && seg.iter().all(|w| {
            let s = w.of(text);
            starts_upper(s) || is_connector(&lower(s))
        });
    if pure {
        let mut rev = seg.clone();
        rev.reverse();
        let mut np = finish_np(text, rev, None, false)?;
        np.name?;
        np.role = phrase_before(text, toks, prev).or(np.role);
        return Some(np);
    }
    None
}

/// Where a noun phrase starts (its article, role or name).
fn np_start(np: &Np) -> Option<usize> {
    [np.the, np.role.map(|r| r.start), np.name.map(|n| n.start)]
        .into_iter()
        .flatten()
        .min()
}

/// The index of the token just before phrase `np`, which ends before
/// token `end`.
fn before_np(toks: &[Tok], end: usize, np: &Np) -> Option<usize> {
    let from = np_start(np);
    toks[..end]
        .iter()
        .rposition(|t| !matches!(t, Tok::W(w) if Some(w.start) >= from))
}

/// The words of the phrase ending at token `j` (back to punctuation), as a
/// span: the role in "the company's chief executive, Colin Bright, said".
fn phrase_before(text: &str, toks: &[Tok], j: usize) -> Option<Span> {
    let mut k = j;
    while k > 0 && j - k < 10 {
        let Tok::W(s) = toks[k - 1] else { break };
        if has(&["and", "but", "that", "as"], &lower(s.of(text))) {
            break;
        }
        k -= 1;
    }
    match (toks.get(k), toks.get(j.wrapping_sub(1))) {
        (Some(Tok::W(a)), Some(Tok::W(b))) if k < j => Some(Span::new(a.start, b.end)),
        _ => None,
    }
}

fn np_words_before(text: &str, toks: &[Tok], j: usize) -> Option<Np> {
    np_words_back(text, toks, j, true)
}

/// [`np_words_before`]; `place` allows one step back over "Name of City,"
/// when the words before the verb are the state after it.
fn np_words_back(text: &str, toks: &[Tok], j: usize, place: bool) -> Option<Np> {
    // Collect words backwards until punctuation or a function word.
    let mut ws: Vec<Span> = Vec::new();
    let mut k = j;
    while k > 0 && ws.len() < 12 {
        let Tok::W(s) = toks[k - 1] else { break };
        let w = s.of(text);
        let lw = lower(w);
        if ws.is_empty() {
            if let Some(p) = pronoun(&lw) {
                return Some(Np {
                    pronoun: Some(p),
                    ..Np::default()
                });
            }
        }
        // "Speaker of the House Paul Ryan said".
        let (title, of) = (
            word_at(toks, k.wrapping_sub(3)),
            word_at(toks, k.wrapping_sub(2)),
        );
        if the_in_title(text, title, of, &lw, ws.last().copied()) {
            ws.push(s);
            k -= 1;
            continue;
        }
        if lw == "the" || lw == "a" || lw == "an" {
            if !ws.is_empty() && (starts_upper(text_of(text, ws.last())) || lw == "the") {
                if after_preposition(text, toks, k - 1) {
                    // "At the party convention Sen. Elizabeth Warren said":
                    // a full name after the phrase, with no comma between.
                    // ("In a Bloomberg interview Trump declared": a single
                    // name after a lowercase word too.)
                    // ("the Department for International Development" is one;
                    // `ws` runs back from the verb, so the word before a
                    // word is the next in `ws`.)
                    let run = (0..ws.len())
                        .take_while(|&i| {
                            let w = ws[i].of(text);
                            starts_upper(w)
                                || body_for(
                                    text,
                                    ws.get(i + 1).copied(),
                                    w,
                                    i.checked_sub(1).map(|j| ws[j]),
                                )
                        })
                        .count();
                    let after_lower = ws.get(run).is_some_and(|w| {
                        starts_lower(w.of(text)) && !is_connector(&lower(w.of(text)))
                    });
                    if (run >= 2 || run == 1 && after_lower) && run < ws.len() {
                        ws.truncate(run);
                        return finish_np(text, ws, None, false);
                    }
                    return None;
                }
                return finish_np(text, ws, Some(s.start), lw == "the");
            }
            break;
        }
        let cap = starts_upper(w) && (is_title(&lw) || !is_capitalised_function_word(&lw));
        let ok = cap
            || is_connector(&lw) && !ws.is_empty()
            || body_for(
                text,
                word_at(toks, k.wrapping_sub(2)),
                &lw,
                ws.last().copied(),
            )
            || starts_lower(w) && is_role_word(&lw)
            || w.ends_with(&['’', '\''][..]) && starts_upper(w);
        if !ok {
            break;
        }
        ws.push(s);
        k -= 1;
    }
    // Twelve words and more: a phrase read only in part ("... Albright and
    // Serena Kelleher-Vergantini of Washington's Institute for Science and
    // International Security wrote") names no one in particular.
    if ws.len() >= 12 {
        return None;
    }
    // "Stacy Baker of Columbia, South Carolina, says": the capitals before
    // the verb are the state of the place the speaker is from; the speaker
    // is the name before "of".
    let is_of = |i: usize| word_at(toks, i).is_some_and(|w| w.of(text) == "of");
    if place
        && !ws.is_empty()
        && ws.iter().all(|w| starts_upper(w.of(text)))
        && toks.get(k.wrapping_sub(1)) == Some(&Tok::Comma)
        && (2..=4).any(|d| {
            let cap = |i: usize| word_at(toks, i).is_some_and(|w| starts_upper(w.of(text)));
            is_of(k.wrapping_sub(d))
                && cap(k.wrapping_sub(d + 1))
                && (2..d).all(|e| cap(k.wrapping_sub(e)))
        })
    {
        return np_words_back(text, toks, k - 1, false);
    }
    // "speaking to Fox News said": the object of a preposition is not the
    // one speaking.
    // ("with Donald Trump tweeting that ..." is the exception: a subject.)
    // (past an adverb: "with Trump reportedly yelling").
    let verb = toks[j.min(toks.len())..]
        .iter()
        .find(|t| !matches!(t, Tok::W(a) if is_ly_adverb(a.of(text))));
    let with_ing = matches!(toks.get(k.wrapping_sub(1)), Some(Tok::W(p)) if lower(p.of(text)) == "with")
        && matches!(verb, Some(Tok::W(v)) if v.of(text).ends_with("ing"));
    // ("Council on American-Islamic Relations Executive Director Nihad Awad
    // says": a title and a name after it, and the preposition inside a
    // body's name; not "worked for Sen. Lamar Alexander".)
    // Checked last, and only after a preposition: it copies the run.
    let titled = || {
        word_at(toks, k.wrapping_sub(2)).is_some_and(|b| starts_upper(b.of(text))) && {
            let run: Vec<Span> = ws.iter().rev().copied().collect();
            title_end(text, &run) > 0
        }
    };
    if !ws.is_empty() && !with_ing && after_preposition(text, toks, k) && !titled() {
        return described_for(text, toks, k, ws[0].end);
    }
    finish_np(text, ws, None, false)
}

/// "a spokesperson for Isle Ferries", "a lawyer for Jane Roe": the person
/// the noun names speaks, described by the whole phrase. `k` is the token
/// of the name after "for" or "of", which ends at byte `end`.
fn described_for(text: &str, toks: &[Tok], k: usize, end: usize) -> Option<Np> {
    let prep = word_at(toks, k.wrapping_sub(1))?;
    let noun = word_at(toks, k.wrapping_sub(2))?;
    let ln = lower(noun.of(text));
    if !matches!(&*lower(prep.of(text)), "for" | "of")
        || !starts_lower(noun.of(text))
        || !is_person_noun(&ln)
        || is_org_word(&ln)
    {
        return None;
    }
    // The determiner, with at most one word between ("a senior lawyer").
    let det = (3..=4).find_map(|d| {
        word_at(toks, k.wrapping_sub(d)).filter(|w| has(&["a", "an", "the"], &lower(w.of(text))))
    })?;
    Some(Np {
        descr: Some(Span::new(det.start, end)),
        ..Np::default()
    })
}

/// "the" inside a title: a title word, "of", "the", a capital ("Speaker of
/// the House"), not "Luis Moreno of the Residents Group".
fn the_in_title(
    text: &str,
    title: Option<Span>,
    of: Option<Span>,
    the: &str,
    next: Option<Span>,
) -> bool {
    the == "the"
        && of.is_some_and(|o| lower(o.of(text)) == "of")
        && title.is_some_and(|t| is_title(&lower(t.of(text))))
        && next.is_some_and(|n| starts_upper(n.of(text)))
}

/// The word at token `i`, if it is one.
fn word_at(toks: &[Tok], i: usize) -> Option<Span> {
    match toks.get(i) {
        Some(Tok::W(s)) => Some(*s),
        _ => None,
    }
}

/// Whether the word before token `k` is a preposition.
fn after_preposition(text: &str, toks: &[Tok], k: usize) -> bool {
    matches!(toks.get(k.wrapping_sub(1)), Some(Tok::W(p)) if has(&["to", "with", "of", "for", "from", "by", "at", "in", "on", "about", "against", "toward", "towards", "into", "than", "like", "via", "per"], &lower(p.of(text))))
}

/// Where the name starts in a capitalised run: after its last title word
/// ("Russian President Vladimir Putin" -> 2), unless what follows the title
/// is an organisation ("State Department" stays whole).
fn title_end(text: &str, run: &[Span]) -> usize {
    let Some(t) = run
        .iter()
        .take(run.len().saturating_sub(1))
        .rposition(|s| is_title(&lower(s.of(text))))
    else {
        return 0;
    };
    // "Dean Whitlock", "Earl Woods": a title that is also a given name,
    // right before the last word, is the given name.
    if t + 2 == run.len() && matches!(&*lower(run[t].of(text)), "dean" | "earl") {
        return t;
    }
    match run[t + 1..]
        .iter()
        .rposition(|s| is_org_word(&lower(s.of(text))))
    {
        // "Speaker of the House Paul Ryan": two or more words after the
        // body are the person.
        Some(o) if run.len() - (t + 1 + o + 1) >= 2 => t + 1 + o + 1,
        Some(_) => 0,
        None => t + 1,
    }
}

fn text_of<'a>(text: &'a str, s: Option<&Span>) -> &'a str {
    s.map_or("", |s| s.of(text))
}

/// `ws` is backwards. Split it into role words and the name.
fn finish_np(text: &str, mut ws: Vec<Span>, the: Option<usize>, is_the: bool) -> Option<Np> {
    ws.reverse();
    // Connectors at the edges are not part of the name.
    while ws.first().is_some_and(|s| is_connector(&lower(s.of(text)))) {
        ws.remove(0);
    }
    if ws.is_empty() {
        return None;
    }
    // The name: the last run of capitalised words (and inner connectors).
    let mut n0 = ws.len();
    while n0 > 0 {
        let w = ws[n0 - 1].of(text);
        let lw = lower(w);
        let at = |i: Option<usize>| i.and_then(|i| ws.get(i)).copied();
        let of_the = the_in_title(
            text,
            at(n0.checked_sub(3)),
            at(n0.checked_sub(2)),
            &lw,
            at(Some(n0)),
        );
        let cap = starts_upper(w)
            || (is_connector(&lw) || of_the) && n0 < ws.len()
            || body_for(text, at(n0.checked_sub(2)), &lw, at(Some(n0)));
        if !cap {
            break;
        }
        n0 -= 1;
    }
    while n0 < ws.len() && is_connector(&lower(ws[n0].of(text))) {
        n0 += 1;
    }
    if n0 == ws.len() {
        // No name at the end: "the newspaper", "officials", "a Warren
        // adviser". A phrase with a determiner or a possessive name in front
        // and a capitalised word inside describes someone in particular.
        let last = lower(ws[ws.len() - 1].of(text));
        let possessive = ws.len() > 1
            && ws[..ws.len() - 1].iter().any(|w| {
                let w = w.of(text);
                starts_upper(w) && is_possessive(w)
            });
        let capital = ws.iter().any(|w| starts_upper(w.of(text)));
        // It must end in a noun for a person or body ("Syed Farook's name"
        // does not), and hold no verb ("the senator emailed supporters").
        let person = is_person_noun(&last)
            && !ws.iter().any(|w| {
                let w = w.of(text);
                starts_lower(w) && w.ends_with("ed")
            });
        let descr = (capital && person && (the.is_some() || possessive))
            .then(|| Span::new(the.unwrap_or(ws[0].start), ws[ws.len() - 1].end));
        return Some(Np {
            publication: is_the && is_publication_noun(&last),
            descr,
            // The head noun stands before a prepositional phrase: "a man
            // in the crowd".
            someone: capital || {
                let head = ws
                    .iter()
                    .position(|w| Packed("of|in|at|from|on|with").has(&lower(w.of(text))))
                    .and_then(|p| p.checked_sub(1))
                    .map_or(last.clone(), |p| lower(ws[p].of(text)));
                is_person_noun(&head) || is_person_noun(&last)
            },
            ..Np::default()
        });
    }
    let mut name_start = n0 + title_end(text, &ws[n0..]);
    // "The Post's Dana Milbank": the owner is the role, the rest the name.
    let owner = ws[name_start..ws.len() - 1]
        .iter()
        .rposition(|w| is_possessive(w.of(text)));
    if let Some(o) = owner {
        name_start += o + 1;
    }
    let org = ws[name_start..]
        .iter()
        .any(|s| is_org_word(&lower(s.of(text))));
    let name = Span::new(ws[name_start].start, ws[ws.len() - 1].end);
    // "said Tuesday": a day or month is never the speaker.
    if ws.len() - name_start == 1 {
        let l = lower(name.of(text));
        if month(&l).is_some() || is_day(&l) {
            return None;
        }
    }
    let role_start = if owner.is_some() {
        the.unwrap_or(ws[0].start)
    } else {
        ws[0].start
    };
    let role = (name_start > 0).then(|| Span::new(role_start, ws[name_start - 1].end));
    // "The Washington Post": keep the article when the phrase started with it.
    let with_the = match the {
        // "a New Hampshire Democrat" describes; it is not a name. (Nor is
        // "the American" in "said the American": it keeps its article.)
        Some(t) if name_start == 0 && (org || !is_the || ws.len() == 1) => Some(t),
        _ => None,
    };
    Some(Np {
        name: Some(name),
        role,
        the: with_the,
        ..Np::default()
    })
}

/// Words that open a role phrase before or after a name: "the White House
/// spokesman", ", a Democrat", "its chief executive" (a body's officer;
/// not "her", which opens ", her voice shaking").
const ROLE_OPENERS: &[&str] = &["the", "a", "an", "its", "their"];

/// A noun phrase after an inverted verb: `said John Kirby, the spokesman`.
fn np_after(text: &str, toks: &[Tok], start: usize) -> Option<Np> {
    let mut k = start;
    let mut ws: Vec<Span> = Vec::new();
    let mut the = None;
    let mut is_the = false;
    if let Some(Tok::W(s)) = toks.get(k) {
        let lw = lower(s.of(text));
        if let Some(p) = pronoun(&lw) {
            return Some(Np {
                pronoun: Some(p),
                ..Np::default()
            });
        }
        // ("said its chief executive, Tom Redfern": a body's officer.)
        if has(ROLE_OPENERS, &lw) {
            the = Some(s.start);
            is_the = lw == "the";
            k += 1;
        }
    }
    while let Some(Tok::W(s)) = toks.get(k) {
        let w = s.of(text);
        let lw = lower(w);
        let title = ws.len().checked_sub(2).map(|i| ws[i]);
        let of_the = the_in_title(text, title, ws.last().copied(), &lw, word_at(toks, k + 1));
        // "Air Force 1st Lt. Tyler Livingston": a rank's ordinal.
        let ordinal = lw.len() <= 4
            && lw.starts_with(|c: char| c.is_ascii_digit())
            && ["st", "nd", "rd", "th"].iter().any(|x| lw.ends_with(x))
            && word_at(toks, k + 1).is_some_and(|n| is_title(&lower(n.of(text))));
        let ok = starts_upper(w)
            || is_connector(&lw)
            || of_the
            || ordinal
            || starts_lower(w) && is_role_word(&lw);
        if !ok || ws.len() >= 10 {
            break;
        }
        ws.push(*s);
        k += 1;
    }
    // "said a Mexican official": a description, kept whole (finish_np
    // decides whether it points at someone).
    let described = the.is_some()
        && ws
            .last()
            .is_some_and(|s| starts_lower(s.of(text)) && is_person_noun(&lower(s.of(text))));
    // Only capitalised words after the last lowercase word make the name:
    // trim trailing lowercase words ("said Kirby on Monday" stops at "on").
    let n = ws.len();
    let phrase_end = ws.last().map(|s| s.end);
    while !described && ws.last().is_some_and(|s| !starts_upper(s.of(text))) {
        ws.pop();
    }
    // "said Clinton's introducer": the owner does not speak; the phrase
    // describes who does (named in an apposition, if any).
    let owner = ws.len() < n && ws.last().is_some_and(|s| is_possessive(s.of(text)));
    // "a German user": after "a", a cut phrase names no one.
    if the.is_some() && !is_the && ws.len() < n {
        return None;
    }
    if ws.is_empty() {
        if is_the {
            if let Some(Tok::W(s)) = toks.get(k) {
                return Some(Np {
                    publication: is_publication_noun(&lower(s.of(text))),
                    ..Np::default()
                });
            }
        }
        return None;
    }
    let mut np = if owner {
        let from = the.unwrap_or(ws[0].start);
        Np {
            descr: phrase_end.map(|e| Span::new(from, e)),
            ..Np::default()
        }
    } else {
        let mut rev: Vec<Span> = ws;
        rev.reverse();
        finish_np(text, rev, the, is_the)?
    };
    // "said Luis Moreno of the Harbour Residents Group": the body they
    // speak for is their role.
    let is = |i: usize, w: &str| word_at(toks, i).is_some_and(|s| s.of(text) == w);
    // (The name's words took the "of" when a capital did not follow it.)
    let of = if is(k, "of") { k } else { k.wrapping_sub(1) };
    if np.role.is_none() && np.name.is_some() && is(of, "of") && is(of + 1, "the") {
        let mut e = of + 2;
        while let Some(w) = word_at(toks, e).map(|s| s.of(text)) {
            if !(starts_upper(w) || is_connector(&lower(w)) && e > of + 2) || e - of > 8 {
                break;
            }
            e += 1;
        }
        // Only a whole name: not "of the New York delegation".
        if let (Some(first), Some(last)) = (word_at(toks, of), word_at(toks, e - 1)) {
            if e > of + 2 && starts_upper(last.of(text)) && word_at(toks, e).is_none() {
                np.role = Some(Span::new(first.start, last.end));
                k = e;
            }
        }
    }
    // Apposition after the name: ", the White House spokesman."
    if toks.get(k) == Some(&Tok::Comma) {
        let a = k + 1;
        let mut e = a;
        while let Some(Tok::W(_)) = toks.get(e) {
            e += 1;
        }
        if e > a && e - a <= 16 && matches!(toks.get(e), Some(Tok::End) | None | Some(Tok::Comma)) {
            if let (Some(Tok::W(x)), Some(Tok::W(y))) = (toks.get(a), toks.get(e - 1)) {
                let first = lower(x.of(text));
                // "said the Speaker of the House, Paul Ryan": a phrase of
                // titles only, then a name: the name speaks, the phrase is
                // the role.
                // (or a description: "said the White House spokesman,
                // John Kirby").
                // (Or a lowercase one: "said its chief executive, Tom
                // Redfern".)
                let titles_only = np.name.map_or(np.descr.is_some() || np.someone, |n| {
                    let mut all = true;
                    each_word(text, n, |w| {
                        let lw = lower(w.of(text));
                        all &=
                            is_title(&lw) || is_org_word(&lw) || is_connector(&lw) || lw == "the";
                    });
                    all
                });
                // The name may follow a lowercase title ("actress Jamie
                // Lee Curtis"), which joins the role.
                let upper = |t: &Tok| matches!(t, Tok::W(w) if starts_upper(w.of(text)));
                let c = toks[a..e].iter().position(upper).map_or(e, |c| a + c);
                let appo_is_name =
                    (2..=4).contains(&(e - c)) && c - a <= 2 && toks[c..e].iter().all(upper);
                if titles_only && appo_is_name {
                    let phrase = np.descr.unwrap_or_else(|| {
                        let end = np
                            .name
                            .or(word_at(toks, k.wrapping_sub(1)))
                            .map_or(x.start, |n| n.end);
                        Span::new(the.or(np_start(&np)).unwrap_or(x.start), end)
                    });
                    let role_end = match toks[..c].last() {
                        Some(Tok::W(w)) if c > a => w.end,
                        _ => phrase.end,
                    };
                    let Tok::W(first_name) = toks[c] else {
                        return None;
                    };
                    return Some(Np {
                        name: Some(Span::new(first_name.start, y.end)),
                        role: Some(Span::new(phrase.start, role_end)),
                        ..Np::default()
                    });
                }
                // A role of two words or more before the name says more
                // than a short apposition: "said Flint Mayor Andre Collins,
                // a Democrat" (but "Sen. Jane Roe, a Republican from Ohio",
                // and a longer description is the writer's chosen one).
                let said_before = e - a <= 3 && np.role.is_some_and(|r| count_words(text, r) >= 2);
                // (", its secretary general": a body's officer; not ", her
                // voice shaking".)
                if (has(ROLE_OPENERS, &first) || is_title(&first)) && !said_before {
                    np.role = Some(Span::new(x.start, y.end));
                }
            }
        }
    }
    Some(np)
}

/// An attribution: the speaker phrase and the token of its verb.
#[derive(Clone, Debug)]
struct Attribution {
    np: Np,
    /// Token index of the verb (or "according"), for distance.
    at: usize,
    /// Byte position of the speaker phrase, for resolving pronouns.
    pos: usize,
}

fn attributions(text: &str, toks: &[Tok]) -> Vec<Attribution> {
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        let Tok::W(s) = *t else { continue };
        let w = s.of(text);
        let lw = lower(w);
        if lw == "according" {
            if let Some(Tok::W(to)) = toks.get(i + 1) {
                if lower(to.of(text)) == "to" {
                    if let Some(np) = np_after(text, toks, i + 2) {
                        out.push(Attribution {
                            np,
                            at: i,
                            pos: s.start,
                        });
                    }
                }
            }
            continue;
        }
        // "As Byler pointed out, "Q"", "as Milbank puts it", "Clinton shot
        // back": the phrasal speech verbs taken ("pointed to" is not
        // speech).
        let next_is = |x: &str| matches!(toks.get(i + 1), Some(Tok::W(n)) if n.of(text) == x);
        let phrasal = lw.starts_with("point") && next_is("out")
            || lw.starts_with("put") && next_is("it")
            || Packed("shot|fired|hit|shoots|fires|hits").has(&lw) && next_is("back")
            // "Trump went on about "Q"" (not "went on to win").
            || has(&["went", "goes"], &lw)
                && next_is("on")
                && !matches!(toks.get(i + 2), Some(Tok::W(n)) if n.of(text) == "to")
            || (lw.starts_with("issue") || lw.starts_with("release"))
                && next_is("a")
                && matches!(toks.get(i + 2), Some(Tok::W(n)) if n.of(text) == "statement");
        if !starts_lower(w) || !(phrasal || is_speech_verb(&lw)) {
            continue;
        }
        // "Rubio will continue to be": not "he continued".
        if lw.starts_with("continu") && next_is("to") {
            continue;
        }
        // "claims of fraud": a noun ("said of the move" stays a verb).
        let noun_form =
            lw.ends_with('s') || !lw.ends_with('d') && !matches!(&*lw, "told" | "wrote");
        let only_verb = Packed("says|writes|adds|tells|asks|insists").has(&lw);
        if noun_form
            && !only_verb
            && matches!(toks.get(i + 1), Some(Tok::W(n)) if lower(n.of(text)) == "of")
        {
            continue;
        }
        // "expects Obama to announce": the one before "to" is not speaking,
        // except in "went on to say".
        if matches!(toks.get(i.wrapping_sub(1)), Some(Tok::W(p)) if lower(p.of(text)) == "to") {
            let before_to = match toks.get(i.wrapping_sub(2)) {
                Some(Tok::W(p)) => lower(p.of(text)),
                _ => Default::default(),
            };
            if !Packed("on|going|went|continued|proceeded").has(&before_to) {
                continue;
            }
        }
        // "a Trump-style retort", "the final report", "32% of Republican
        // claims": a noun. ("with Gorka saying" is a clause: its subject
        // after "with".)
        let with_ing = lw.ends_with("ing")
            && matches!(toks.get(i.wrapping_sub(2)), Some(Tok::W(p)) if p.of(text) == "with");
        if noun_form
            && (matches!(toks.get(i.wrapping_sub(2)), Some(Tok::W(d)) if has(&["a", "an", "the"], &lower(d.of(text))))
                || !only_verb && !with_ing && after_preposition(text, toks, i.wrapping_sub(1)))
        {
            continue;
        }
        // "was asked by moderator Gerard Baker": the passive's agent speaks.
        let passive = matches!(toks.get(i.wrapping_sub(1)), Some(Tok::W(a)) if Packed("was|were|is|are|been|being").has(&lower(a.of(text))))
            && matches!(toks.get(i + 1), Some(Tok::W(b)) if lower(b.of(text)) == "by");
        if passive {
            if let Some(np) = np_after(text, toks, i + 2).filter(|np| np.name.is_some()) {
                out.push(Attribution {
                    np,
                    at: i,
                    pos: s.end,
                });
            }
            continue;
        }
        // "Rubio's claim", "the report": a noun, not a verb.
        if let Some(Tok::W(p)) = toks.get(i.wrapping_sub(1)) {
            let pw = p.of(text);
            let lp = lower(pw);
            if is_possessive(pw) || pw.ends_with('’') && starts_upper(pw) || is_determiner(&lp) {
                continue;
            }
        }
        // Verbs whose object is the listener or the thing described never
        // take their speaker after them ("told the Post"), nor does a
        // participle (`"Q," promising the Friends of Abe will return`).
        let invertible = !lw.ends_with("ing")
            && !Packed("told|tell|tells|urged|urge|urges|called|call|calls|labeled|labelled|label|branded|brand|dubbed|described|describes|describe|denied|denies|promised|praised|accused").has(&lw);
        // `"Q," said S`: inverted order right after a quotation.
        let after_quote = invertible
            && (matches!(toks.get(i.wrapping_sub(1)), Some(Tok::Q(_)))
                || matches!(toks.get(i.wrapping_sub(1)), Some(Tok::Comma))
                    && matches!(toks.get(i.wrapping_sub(2)), Some(Tok::Q(_))));
        if after_quote {
            if let Some(np) = np_after(text, toks, i + 1) {
                out.push(Attribution {
                    np,
                    at: i,
                    pos: s.end,
                });
                continue;
            }
        }
        let named = |np: &Np| np.name.is_some() || np.pronoun.is_some() || np.publication;
        // `..., reported the Washington Examiner.`: a sentence-final
        // inverted attribution names its own speaker.
        if invertible && toks.get(i.wrapping_sub(1)) == Some(&Tok::Comma) {
            if let Some(np) =
                np_after(text, toks, i + 1).filter(|np| np.name.is_some() || np.publication)
            {
                let tail: Vec<&str> = toks[i + 1..]
                    .iter()
                    .map_while(|t| {
                        if let Tok::W(s) = t {
                            Some(s.of(text))
                        } else {
                            None
                        }
                    })
                    .collect();
                // (Not "said of Cruz.": that is who it is about.)
                let all_name = tail.len() <= 6
                    && tail
                        .first()
                        .is_some_and(|w| starts_upper(w) || lower(w) == "the")
                    && tail
                        .iter()
                        .all(|w| starts_upper(w) || has(&["the", "of", "de", "and"], &lower(w)));
                if all_name && matches!(toks.get(i + 1 + tail.len()), None | Some(Tok::End)) {
                    out.push(Attribution {
                        np,
                        at: i,
                        pos: s.end,
                    });
                    continue;
                }
            }
        }
        // A participle after a comma (", saying") belongs to the clause's
        // subject, not to the words just before the comma.
        let participle =
            lw.ends_with("ing") && !matches!(toks.get(i.wrapping_sub(1)), Some(Tok::W(_)));
        let before = if participle {
            None
        } else {
            np_before(text, toks, i)
        };
        // `Anthony Anton, president and CEO of the Restaurant Association
        // stated`: an apposition left unclosed; the full name opening the
        // clause speaks, not the body named at the apposition's end.
        if before.as_ref().is_some_and(|np| np.pronoun.is_none()) {
            if let Some((np, pos)) = unclosed_apposition(text, toks, i) {
                out.push(Attribution { np, at: i, pos });
                continue;
            }
        }
        if let Some(np) = before.as_ref().filter(|np| named(np)) {
            out.push(Attribution {
                np: np.clone(),
                at: i,
                pos: s.start,
            });
            continue;
        }
        // `"Q," Nate Silver, the polling guru who founded the site, tweeted`:
        // a full name opening the clause right after the quotation.
        let q = toks[..i]
            .iter()
            .rposition(|t| matches!(t, Tok::Q(_) | Tok::End));
        if let Some(q) = q.filter(|&q| matches!(toks[q], Tok::Q(_))) {
            let start = q + 1 + (toks.get(q + 1) == Some(&Tok::Comma)) as usize;
            // (Or one word after a title: "Mr. Morgan of the Sierra Club".)
            let full = subject_at(text, &toks[..i], start).filter(|(np, _)| {
                np.name.is_some_and(|n| count_words(text, n) >= 2)
                    || np.role.is_some_and(|r| is_title(&lower(r.of(text))))
            });
            if let Some((np, pos)) = full {
                out.push(Attribution { np, at: i, pos });
                continue;
            }
        }
        // `..., said Nargis Kassenova, an expert`: inverted at the end.
        if invertible && toks.get(i.wrapping_sub(1)) == Some(&Tok::Comma) {
            if let Some(np) = np_after(text, toks, i + 1).filter(|np| np.name.is_some()) {
                out.push(Attribution {
                    np,
                    at: i,
                    pos: s.end,
                });
                continue;
            }
        }
        // `Bush ... also attacked Trump, calling him a "loser"` and
        // `Wilson praised Rubio and said ...`: the clause's subject speaks.
        let prev_and =
            matches!(toks.get(i.wrapping_sub(1)), Some(Tok::W(p)) if lower(p.of(text)) == "and");
        if lw.ends_with("ing") || prev_and {
            // `Spicer said, adding, "..."`: the speaker just named.
            // Only within the sentence: "Thiel said ... . When Trump
            // referred to it and said ..." is not Thiel's.
            // (Not once ", and" brings in a new subject: in "... Clinton
            // testified, and Ron Johnson kept asking ...", "asking" is not
            // Clinton's.)
            if let Some(last) = out.last().filter(|a| {
                a.at < i
                    && a.np.name.is_some()
                    && !toks[a.at..i].contains(&Tok::End)
                    && !new_clause(text, &toks[a.at..i], false)
            }) {
                let (np, pos) = (last.np.clone(), last.pos);
                out.push(Attribution { np, at: i, pos });
                continue;
            }
            if let Some((np, pos)) = subject_np(text, toks, i) {
                out.push(Attribution { np, at: i, pos });
                continue;
            }
        }
        // A common noun ("a senior official said"): a known speaker who
        // has no name; marks the quotation as attributed but unnamed.
        if let Some(np) = name_before_phrase(text, toks, i).or(before) {
            out.push(Attribution {
                np,
                at: i,
                pos: s.start,
            });
        }
    }
    // `Republican pollster Daron Shaw: "Q"`: a full name introducing it.
    for q in 1..toks.len() {
        if matches!(toks[q], Tok::Q(_)) && toks[q - 1] == Tok::Colon {
            if let Some(np) = np_words_before(text, toks, q - 1) {
                // Not the listener or the medium: "Osuna told The Huffington
                // Post:", "wrote in The Atlantic:" ("doesn't surprise
                // pollster Daron Shaw:" is the speaker).
                // (Past a determiner: "told the newspaper Die Welt:".)
                // (Past a description too: "to the Dutch newspaper NRC
                // Handelsblad:" — up to three words.)
                let k = before_np(toks, q - 1, &np);
                let object = k.is_some_and(|k| {
                    toks[k.saturating_sub(3)..=k]
                        .iter()
                        .rev()
                        .take_while(|t| matches!(t, Tok::W(_)))
                        .any(|t| {
                            matches!(t, Tok::W(w) if {
                                let lw = lower(w.of(text));
                                is_speech_verb(&lw) || has(&["to", "in", "on"], &lw)
                            })
                        })
                });
                if !object && np.name.is_some_and(|n| count_words(text, n) >= 2) {
                    let pos = np.name.map_or(0, |n| n.start);
                    out.push(Attribution { np, at: q - 1, pos });
                }
            }
        }
    }
    // `"Q" — S` at the end of a paragraph.
    for i in 1..toks.len() {
        if toks[i] == Tok::Dash && matches!(toks[i - 1], Tok::Q(_)) {
            if let Some(np) = np_after(text, toks, i + 1) {
                if np.name.is_some() {
                    let pos = match toks.get(i + 1) {
                        Some(Tok::W(s)) => s.start,
                        _ => 0,
                    };
                    out.push(Attribution { np, at: i, pos });
                }
            }
        }
    }
    out
}

/// The subject at the start of the clause holding token `i`, if it is a
/// name or a pronoun.
fn subject_np(text: &str, toks: &[Tok], i: usize) -> Option<(Np, usize)> {
    clause_subject(text, toks, clause_start(toks, i), i)
}

/// Where the clause holding token `i` starts: after the last end of
/// sentence, quotation or colon before it.
fn clause_start(toks: &[Tok], i: usize) -> usize {
    toks[..i]
        .iter()
        .rposition(|t| matches!(t, Tok::End | Tok::Q(_) | Tok::Colon))
        .map_or(0, |k| k + 1)
}

/// `Full Name, apposition verb`: the full name opening the clause of the
/// verb at `i`, when one comma follows it and none closes the apposition.
fn unclosed_apposition(text: &str, toks: &[Tok], i: usize) -> Option<(Np, usize)> {
    let start = clause_start(toks, i);
    let clause = toks.get(start..i)?;
    let c = start + clause.iter().position(|t| *t == Tok::Comma)?;
    if clause.iter().filter(|t| **t == Tok::Comma).count() != 1
        || toks.get(i - 1) == Some(&Tok::Comma)
    {
        return None;
    }
    // A role or a relative clause follows the comma ("president and CEO
    // of", "who is"; not "South Carolina, Mayor Jane Roe said").
    if !matches!(toks.get(c + 1), Some(Tok::W(w)) if starts_lower(w.of(text))) {
        return None;
    }
    // The name fills everything before the comma.
    let (np, pos) = subject_at(text, &toks[..c], start)?;
    let name = np.name?;
    let Some(Tok::W(last)) = c.checked_sub(1).and_then(|k| toks.get(k)) else {
        return None;
    };
    (count_words(text, name) >= 2 && name.end == last.end && np.role.is_none()).then_some((np, pos))
}

/// The subject of the clause starting at `start`, past an opening
/// conjunction, a dateline ("NEW YORK -") or an introductory phrase up to
/// its comma ("During a speech in Ohio, Trump ..."), before token `limit`.
fn clause_subject(text: &str, toks: &[Tok], mut start: usize, limit: usize) -> Option<(Np, usize)> {
    // Dateline: upper-case words and a dash.
    let caps = toks[start.min(limit)..limit]
        .iter()
        .take_while(|t| matches!(t, Tok::W(w) if w.of(text).chars().all(|c| !c.is_lowercase())))
        .count();
    if caps > 0 && toks.get(start + caps) == Some(&Tok::Dash) {
        start += caps + 1;
    }
    // Openers, one or more ("And then Trump ...").
    const OPENERS: Packed = Packed("and|but|finally|however|later|meanwhile|now|so|still|then|yet");
    // Introductory phrases, up to two ("On Thursday, after remaining
    // neutral, Warren ...").
    let mut phrases = 0;
    let after_title = matches!(toks.get(start.wrapping_sub(1)), Some(Tok::Q(_)));
    while let Some(Tok::W(w)) = toks.get(start) {
        let lw = lower(w.of(text));
        if OPENERS.has(&lw) {
            // ("However, Trump said": past its comma too.)
            start += 1 + (toks.get(start + 1) == Some(&Tok::Comma)) as usize;
            continue;
        }
        // A participle and its object or place ("Speaking in Salem,",
        // "Continuing to explain, ") opens a phrase too; a name that ends
        // in -ing ("Manning told") is followed by a verb, not a small word.
        let participle = || {
            lw.len() > 5
                && lw.ends_with("ing")
                && starts_upper(w.of(text))
                && matches!(toks.get(start + 1), Some(Tok::W(n)) if starts_lower(n.of(text)) && is_stopword(n.of(text)))
        };
        // (A clause that starts in lowercase after a quoted title, `visited
        // "Today" to discuss ..., Hillary Clinton, saying`, has no
        // introductory phrase.)
        if phrases < 2
            && !(after_title && starts_lower(w.of(text)))
            && (is_capitalised_function_word(&lw) && pronoun(&lw).is_none() || participle())
        {
            let comma = toks[start..limit].iter().position(|t| *t == Tok::Comma)?;
            start += comma + 1;
            phrases += 1;
            continue;
        }
        break;
    }
    // The phrase ended in a place and its state ("in Salem, New
    // Hampshire, Trump ..."): the state belongs to the phrase.
    let cap = |k: usize| matches!(toks.get(k), Some(Tok::W(w)) if starts_upper(w.of(text)));
    if phrases > 0 && start >= 2 && cap(start - 2) {
        let mut j = start;
        while j < limit && cap(j) {
            j += 1;
        }
        if j > start && toks.get(j) == Some(&Tok::Comma) && cap(j + 1) {
            start = j + 1;
        }
    }
    if start >= limit {
        return None;
    }
    let mut r = subject_at(text, &toks[..limit], start)?;
    r.0.weak = true;
    Some(r)
}

/// A name right after quotation `qi` (past a comma, or the end of the
/// quotation's sentence) and then a verb in the past tense: `“Q,” Trump
/// went on`, `“Q?” Bolton charged` (not a next sentence that tells more:
/// `“Q.” Duff explained what went wrong`). The verb is not a speech verb (those
/// are attributions already), so only a name and a verb form stand for
/// one; a pronoun there is left to the speaker before.
fn name_after(text: &str, toks: &[Tok], qi: usize) -> Option<(Np, usize)> {
    let mut k = qi + 1;
    if matches!(toks.get(k), Some(Tok::Comma | Tok::End)) {
        k += 1;
    }
    let mut j = k;
    while matches!(toks.get(j), Some(Tok::W(w)) if starts_upper(w.of(text))) {
        j += 1;
    }
    let verb = match toks.get(j) {
        Some(Tok::W(w)) if j > k => lower(w.of(text)),
        _ => return None,
    };
    // (Nor a next sentence that tells more: "Duff explained what went
    // wrong".)
    if !(verb == "went" || verb.len() > 4 && verb.ends_with("ed"))
        || next_sentence_tells_more(text, toks, qi, j)
    {
        return None;
    }
    let mut r = subject_at(text, &toks[..j], k)?;
    if r.0.pronoun.is_some() {
        return None;
    }
    r.0.weak = true;
    Some(r)
}

/// A name run or pronoun starting exactly at token `start`.
fn subject_at(text: &str, toks: &[Tok], start: usize) -> Option<(Np, usize)> {
    let Some(Tok::W(first)) = toks.get(start) else {
        return None;
    };
    let lf = lower(first.of(text));
    if let Some(p) = pronoun(&lf) {
        let np = Np {
            pronoun: Some(p),
            ..Np::default()
        };
        return Some((np, first.start));
    }
    // Only a bare name run opens the clause: "Hillary Clinton ...", not
    // "In a speech ..." or "Hundreds of demonstrators marched ...".
    if !starts_upper(first.of(text)) || is_capitalised_function_word(&lf) && !is_title(&lf) {
        return None;
    }
    // Capitalised words, and lowercase role words right before one
    // ("Republican presidential candidate Donald Trump"; a day is no name:
    // "Clinton spoke Tuesday").
    let cap_at = |k: usize| matches!(toks.get(k), Some(Tok::W(w)) if starts_upper(w.of(text)) && !is_day(&lower(w.of(text))));
    let mut e = start;
    while let Some(Tok::W(w)) = toks.get(e) {
        let s = w.of(text);
        let lw = lower(s);
        // A past tense is the clause's verb, not a role: "Kasich bemoaned
        // America's reputation".
        let ok = starts_upper(s)
            || (is_title(&lw) || is_role_word(&lw) && !lw.ends_with("ed"))
                && (cap_at(e + 1)
                    || cap_at(e + 2)
                        && !cap_at(e + 1)
                        && matches!(toks.get(e + 1), Some(Tok::W(_))));
        if !ok {
            break;
        }
        e += 1;
    }
    while e > start && matches!(toks.get(e - 1), Some(Tok::W(w)) if !starts_upper(w.of(text))) {
        e -= 1;
    }
    let run: Vec<Span> = toks[start..e]
        .iter()
        .filter_map(|t| if let Tok::W(s) = t { Some(*s) } else { None })
        .rev()
        .collect();
    let np = finish_np(text, run, None, false)?;
    np.name?;
    Some((np, first.start))
}

/// A capitalised name mentioned outside quotations.
#[derive(Clone, Copy, Debug)]
struct Mention {
    span: Span,
    /// The last word of the name, for surname look-ups.
    last: Span,
    words: usize,
    person: bool,
    publication: bool,
    /// Title or role words right before it ("Russian President").
    role: Option<Span>,
    /// The first name in its sentence.
    subject: bool,
    /// Evidence of the person's gender: [`MALE`], [`FEMALE`], both or none.
    gender: u8,
}

const MALE: u8 = 1;
const FEMALE: u8 = 2;

/// The gender a role word gives the name it stands before: courtesy
/// titles and gendered role nouns. Hand-made.
fn gender_of(w: &str) -> u8 {
    match w {
        "mr" | "mr." | "sir" | "lord" | "king" | "prince" | "spokesman" | "congressman"
        | "businessman" | "chairman" | "husband" | "father" | "son" | "brother" | "grandfather"
        | "uncle" | "actor" => MALE,
        "mrs" | "mrs." | "ms" | "ms." | "miss" | "dame" | "lady" | "queen" | "princess"
        | "spokeswoman" | "congresswoman" | "businesswoman" | "chairwoman" | "wife" | "mother"
        | "daughter" | "sister" | "grandmother" | "aunt" | "actress" => FEMALE,
        _ => 0,
    }
}

/// The gender a given name gives (see `names`).
fn given_name_gender(w: &str) -> u8 {
    match super::names::is_male(&lower(w)) {
        Some(true) => MALE,
        Some(false) => FEMALE,
        None => 0,
    }
}

/// The gender "he" or "she" asks for; none for other pronouns.
fn wanted(p: Pronoun) -> u8 {
    match p {
        Pronoun::He => MALE,
        Pronoun::She => FEMALE,
        _ => 0,
    }
}

/// The article's names, indexed so that every look-up is a hash probe and a
/// binary search: resolving stays linear in the article.
struct People {
    ments: Vec<Mention>,
    /// Surname (hashed) -> index into `groups`.
    by_last: Map,
    /// Full person mentions (two or more words) sharing a surname, in order.
    groups: Vec<Vec<usize>>,
    /// Exact name (hashed) -> its first mention.
    first: Map,
    /// Given name (hashed) of a full person mention -> that mention, or
    /// `u32::MAX` when two people share it ("Serena" -> Serena Williams).
    given: Map,
    /// Mentions of publications, in order.
    publications: Vec<usize>,
    /// Surname (hashed) -> gender evidence from all its mentions.
    gender: Map,
}

impl People {
    fn new(text: &str, ments: Vec<Mention>) -> Self {
        // Keyed by hash: one map type in the whole engine (a map type costs
        // its own code in the wasm); 64 bits make a collision between the
        // names of one article vanishingly rare.
        let (mut by_last, mut first) = (Map::default(), Map::default());
        let mut given = Map::default();
        let mut groups: Vec<Vec<usize>> = Vec::new();
        let mut publications = Vec::new();
        let mut gender = Map::default();
        for (i, m) in ments.iter().enumerate() {
            if m.person && m.words >= 2 {
                let n = groups.len() as u32;
                let g = *by_last
                    .entry(hash(strip_possessive(m.last.of(text))))
                    .or_insert(n);
                if g == n {
                    groups.push(Vec::new());
                }
                // Two people share the surname (Bill and Hillary Clinton):
                // its gender is unknown.
                let other = groups[g as usize]
                    .first()
                    .is_some_and(|&f| ments[f].span.of(text) != m.span.of(text));
                if other {
                    *gender
                        .entry(hash(strip_possessive(m.last.of(text))))
                        .or_insert(0) |= u32::from(MALE | FEMALE);
                }
                groups[g as usize].push(i);
                let g0 = m.span.of(text).split(' ').next().unwrap_or("");
                let e = given.entry(hash(g0)).or_insert(i as u32);
                if *e != u32::MAX && ments[*e as usize].span.of(text) != m.span.of(text) {
                    *e = u32::MAX;
                }
            }
            first.entry(hash(m.span.of(text))).or_insert(i as u32);
            if m.gender != 0 {
                *gender
                    .entry(hash(strip_possessive(m.last.of(text))))
                    .or_insert(0) |= u32::from(m.gender);
            }
            if m.publication {
                publications.push(i);
            }
        }
        People {
            ments,
            by_last,
            groups,
            first,
            given,
            publications,
            gender,
        }
    }

    /// Whether a person is named between byte positions `a` and `b`.
    fn named_between(&self, text: &str, a: usize, b: usize) -> bool {
        let from = self.ments.partition_point(|m| m.span.start < a);
        self.ments[from..]
            .iter()
            .take_while(|m| m.span.start < b)
            .any(|m| m.person || m.words == 1 && full_name(text, m, self).is_some())
    }

    /// Whether a speaker's name as shown is known to be `p`: by its given
    /// name, else by what the article says of its surname.
    fn name_is(&self, name: &str, p: Pronoun) -> bool {
        let mut g = name.split(' ').next().map_or(0, given_name_gender);
        if g == 0 && name.contains(' ') {
            let last = name.rsplit(' ').next().unwrap_or("");
            g = self.gender.get(&hash(last)).map_or(0, |&g| g as u8);
        }
        g != 0 && g == wanted(p)
    }

    /// The latest full name before mention `before` with this surname
    /// whose own gender is known and allows `p`.
    fn full_for_pronoun(&self, key: &str, before: usize, p: Pronoun) -> Option<&Mention> {
        let v = self.groups.get(*self.by_last.get(&hash(key))? as usize)?;
        let want = wanted(p);
        if want == 0 {
            return None;
        }
        v[..v.partition_point(|&i| i < before)]
            .iter()
            .rev()
            .map(|&i| &self.ments[i])
            .find(|m| m.gender == want)
    }

    /// Whether what the text says of this name's gender allows `p`: the
    /// mention's own, else its surname's (unknown when two people share it).
    fn may_be(&self, text: &str, m: &Mention, p: Pronoun) -> bool {
        let mut g = m.gender;
        if g == 0 {
            g = self
                .gender
                .get(&hash(strip_possessive(m.last.of(text))))
                .map_or(0, |&g| g as u8);
        }
        // Known to be the other one: both bits are unknown, as is none.
        let other = wanted(p) ^ (MALE | FEMALE);
        wanted(p) == 0 || g != other
    }

    /// The full name for a surname: the latest before mention `before`,
    /// else the first after it.
    fn full_for(&self, key: &str, before: usize) -> Option<&Mention> {
        let v = self.groups.get(*self.by_last.get(&hash(key))? as usize)?;
        let k = v.partition_point(|&i| i < before);
        let i = if k > 0 { v[k - 1] } else { *v.first()? };
        self.ments.get(i)
    }
}

/// "Trump's", "Post’s".
fn is_possessive(w: &str) -> bool {
    w.ends_with("'s") || w.ends_with("’s")
}

/// "Trump's" -> "Trump".
fn strip_possessive(s: &str) -> &str {
    s.strip_suffix("'s")
        .or_else(|| s.strip_suffix("’s"))
        .unwrap_or(s)
        .trim_end_matches(&['\'', '’'][..])
}

/// Every capitalised run outside quotations, in order.
fn mentions(text: &str, doc: &Doc, raws: &[Raw]) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut r = 0;
    let mut last_sentence = None;
    // No mention of the current sentence has been its subject yet.
    let mut subject_open = false;
    // No mention of the current sentence has been seen yet.
    let mut first = false;
    for p in &doc.paras {
        let ws = words(text, p.span);
        // The last run when it was a body's name before role nouns ("City
        // manager"): its first word, and the word after the role nouns.
        let mut prefix: Option<(usize, usize)> = None;
        let mut i = 0;
        while i < ws.len() {
            while r < raws.len() && raws[r].outer.end <= ws[i].span.start {
                r += 1;
            }
            let inside = r < raws.len() && raws[r].outer.start <= ws[i].span.start;
            let w = ws[i].of(text);
            if inside
                || !starts_upper(w)
                || is_capitalised_function_word(&lower(w))
                // ("Interestingly Blocher, ...": no part of the name.)
                || is_sentence_adverb(w)
                    && ws.get(i + 1).is_some_and(|n| {
                        starts_upper(n.of(text)) && !separated(text, ws[i].span, n.span, true)
                    })
            {
                i += 1;
                continue;
            }
            // Title words open the run but are not part of the name.
            let run_start = i;
            let mut j = i;
            // "Cruz and Rubio" are two people: "and" does not join a name.
            let joins = |w: &str| is_connector(w) && !matches!(w, "and" | "&");
            while j < ws.len()
                && (starts_upper(ws[j].of(text))
                    || joins(&lower(ws[j].of(text)))
                        && j + 1 < ws.len()
                        && starts_upper(ws[j + 1].of(text)))
                && !separated(text, ws[j - (j > i) as usize].span, ws[j].span, j > i)
            {
                j += 1;
            }
            let run: Vec<Span> = ws[run_start..j].iter().map(|w| w.span).collect();
            let n0 = run_start + title_end(text, &run);
            // "Sen. Rob Tillman of Ohio": after a given name and a surname,
            // "of" starts a place or a body; the person is "Rob Tillman",
            // and a later "Tillman" is them. (A title or a known given name
            // says it is a person's name; no body's word may come before:
            // "Royal Bank of Scotland".) The mention keeps the whole phrase,
            // as the speaker does.
            let name_end = (n0 + 2..j)
                .find(|&k| ws[k].of(text) == "of")
                .filter(|&k| {
                    (n0 > run_start || given_name_gender(ws[n0].of(text)) != 0)
                        && !ws[n0..k].iter().any(|x| is_org_word(&lower(x.of(text))))
                })
                .unwrap_or(j);
            // ("Fred Rogers of Mister Rogers' Neighborhood": a possessive
            // there cuts the phrase short; only the person stays.)
            let cut = name_end < j
                && (ws[name_end..j].iter().any(|x| is_possessive(x.of(text)))
                    || text[ws[j - 1].span.end..].starts_with(&['\'', '’'][..]));
            let span_end = if cut { name_end } else { j };
            let names: Vec<std::borrow::Cow<str>> =
                ws[n0..name_end].iter().map(|x| lower(x.of(text))).collect();
            let org = names.iter().any(|x| is_org_word(x));
            // ("Theresa May" is a person: a known given name, then a
            // surname that is also a month.)
            let dated = |x: &std::borrow::Cow<str>| month(x).is_some() || is_day(x);
            let calendar = names.iter().any(dated)
                && (names.len() < 2 || dated(&names[0]) || given_name_gender(ws[n0].of(text)) == 0);
            // A lone word after a title or a role noun is a surname too
            // ("Judge Marr", "Northgate boss Whitlock").
            // Not an organisation word ("the group NARAL"), nor an
            // adjective ("the former Mexican president").
            let titled = j - n0 == 1
                && !ws.get(j).is_some_and(|x| {
                    starts_lower(x.of(text)) && is_person_noun(&lower(x.of(text)))
                })
                && (n0 > run_start
                    || run_start > 0 && {
                        let before = lower(ws[run_start - 1].of(text));
                        starts_lower(ws[run_start - 1].of(text))
                            && !separated(text, ws[run_start - 1].span, ws[run_start].span, true)
                            && is_person_noun(&before)
                            && !is_org_word(&before)
                            && !has(&["former", "acting", "then"], &before)
                    });
            let person = !org && !calendar && ((2..=4).contains(&(name_end - n0)) || titled);
            let publication = names.iter().any(|x| {
                has(
                    &[
                        "post",
                        "times",
                        "journal",
                        "news",
                        "tribune",
                        "herald",
                        "guardian",
                        "telegraph",
                        "reuters",
                        "press",
                        "magazine",
                        "gazette",
                        "chronicle",
                        "observer",
                        "cnn",
                        "bbc",
                        "politico",
                        "axios",
                        "bloomberg",
                    ],
                    x,
                )
            });
            // The first name of a sentence, not after a preposition nor part
            // of a role, is its subject: the likeliest antecedent of a later
            // "he" or "she".
            let sent = sentence_at(doc, ws[run_start].span.start);
            // The role written before the run: lowercase role nouns
            // ("defender Sam Okoro"), and a body's name before them.
            // The noun next to the name names a person, not a body ("the
            // kind of campaign Ayotte hoped"), and nothing but a space
            // stands between the words ("on board. Dan Fishman").
            let mut role_start = run_start;
            while role_start > 0
                && run_start - role_start < 3
                && starts_lower(ws[role_start - 1].of(text))
                && is_person_noun(&lower(ws[role_start - 1].of(text)))
                && (role_start < run_start || !is_org_word(&lower(ws[role_start - 1].of(text))))
                && !separated(text, ws[role_start - 1].span, ws[role_start].span, true)
            {
                role_start -= 1;
            }
            // (A skipped courtesy title may stand between: "chief executive
            // Dr Ruth Okafor".)
            if let Some((start, _)) = prefix.filter(|&(_, k)| k == run_start || k + 1 == run_start)
            {
                role_start = start;
            }
            // "on Thursday", "During the Miami debate", "of 2012 GOP nominee
            // Mitt Romney": a name after a preposition (and a determiner or
            // a number, and its role) is not the subject.
            let sentence_start = sent
                .and_then(|k| doc.sentences.get(k))
                .map_or(0, |x| x.span.start);
            let mut back = role_start;
            while back > 0
                && ws[back - 1].span.start >= sentence_start
                && role_start - back < 2
                && !separated(text, ws[back - 1].span, ws[back].span, true)
                && (is_determiner(&lower(ws[back - 1].of(text)))
                    || ws[back - 1]
                        .of(text)
                        .starts_with(|c: char| c.is_ascii_digit()))
            {
                back -= 1;
            }
            let after_prep = back > 0
                && ws[back - 1].span.start >= sentence_start
                && !separated(text, ws[back - 1].span, ws[back].span, true)
                && has(
                    &[
                        "in", "at", "on", "from", "of", "with", "to", "by", "for", "about",
                        "against", "than", "like", "and", "or", "during", "into", "over",
                        "between", "among", "amid", "despite", "through",
                    ],
                    &lower(ws[back - 1].of(text)),
                );
            if sent != last_sentence {
                last_sentence = sent;
                subject_open = true;
                first = true;
            }
            // A later name is the subject only where a clause starts: at the
            // sentence's start or after an opening phrase's comma ("On
            // Thursday, Judge Jane Roe said"), not in "she joked that if
            // Trump is elected".
            let verb_next = ws.get(j).is_some_and(|x| {
                starts_lower(x.of(text)) && !separated(text, ws[j - 1].span, x.span, true)
            });
            let clause_start = back == 0
                || ws[back - 1].span.start < sentence_start
                || text[ws[back - 1].span.end..].starts_with(',') && verb_next;
            // "..., Henson said.": who speaks is the sentence's subject,
            // whatever came before.
            // (Also after an apposition's comma: "Labour's health
            // spokesman, Tom Baird, said".)
            let apposed = run_start > 0
                && text[ws[run_start - 1].span.end..ws[run_start].span.start].trim() == ","
                && is_person_noun(&lower(ws[run_start - 1].of(text)));
            let speaks = ws.get(j).is_some_and(|x| {
                let gap = text[ws[j - 1].span.end..x.span.start].trim();
                (gap.is_empty() || apposed && gap == ",") && is_speech_verb(&lower(x.of(text)))
            });
            // The role in apposition before the name, when it opens the
            // sentence: "Its president, Mark Ellison, said", "The union
            // leader, Jo Park," (not "After meeting the president, Jo Park
            // said": the president is someone else).
            let mut a0 = run_start;
            if apposed && role_start == run_start {
                a0 -= 1;
                while a0 > 0
                    && run_start - a0 < 4
                    && starts_lower(ws[a0 - 1].of(text))
                    && !is_determiner(&lower(ws[a0 - 1].of(text)))
                    && !separated(text, ws[a0 - 1].span, ws[a0].span, true)
                {
                    a0 -= 1;
                }
                // (A determiner or an owner may open it: "The", "Its",
                // "Labour's"; not "Among Republicans, Donald Trump".)
                let d = ws[a0.saturating_sub(1)];
                let opener = d.span.start == sentence_start
                    && (is_determiner(&lower(d.of(text))) || is_possessive(d.of(text)));
                if ws[a0].span.start != sentence_start && !opener {
                    a0 = run_start;
                }
            }
            // "City manager Jane Roe", "Acme chief executive John Doe": a
            // body's name before a role noun and a name is part of the role.
            let mut k = j;
            while k < ws.len()
                && k < j + 3
                && starts_lower(ws[k].of(text))
                && is_person_noun(&lower(ws[k].of(text)))
            {
                k += 1;
            }
            let modifier = k > j && k < ws.len() && starts_upper(ws[k].of(text));
            // "Sentencing him on Thursday, ...": an opening participle is
            // not a name.
            let participle = j == run_start + 1
                && sent.is_some()
                && sentence_start == ws[run_start].span.start
                && w.ends_with("ing")
                && ws.get(j).is_some_and(|x| starts_lower(x.of(text)));
            // ", says Tim Dams, the news editor": the speaker after an
            // inverted verb is who a later "he" is.
            // (Only after a comma or a quotation, and with no verb of its
            // own after it: in "Ryan said Obama has" and ", said Hillary
            // Clinton should be", the name begins what was said.)
            let inverted = role_start > 0 && !verb_next && !is_possessive(ws[j - 1].of(text)) && {
                let v = ws[role_start - 1].span;
                Packed("said|says|added|adds|wrote|writes").has(&lower(v.of(text)))
                    && !separated(text, v, ws[role_start].span, true)
                    && text[..v.start]
                        .trim_end()
                        .ends_with(&[',', '"', '\u{201d}'][..])
            };
            let subject = (subject_open && (first || clause_start) || speaks || inverted)
                && !after_prep
                && !calendar
                && !modifier
                && !participle;
            subject_open &= !subject;
            first = false;
            // Gender: from the role ("spokeswoman", "Mr.") and the given
            // name of a full name.
            let mut gender = ws[role_start..n0]
                .iter()
                .fold(0, |g, x| g | gender_of(&lower(x.of(text))));
            if person && name_end - n0 >= 2 {
                gender |= given_name_gender(ws[n0].of(text));
            }
            out.push(Mention {
                subject,
                span: Span::new(ws[n0].span.start, ws[span_end - 1].span.end),
                last: ws[name_end - 1].span,
                words: name_end - n0,
                person,
                publication,
                role: if n0 > role_start {
                    Some(Span::new(ws[role_start].span.start, ws[n0 - 1].span.end))
                } else {
                    (a0 < run_start)
                        .then(|| Span::new(ws[a0].span.start, ws[run_start - 1].span.end))
                },
                gender,
            });
            prefix = modifier.then_some((run_start, k));
            i = j.max(i + 1);
        }
    }
    out
}

fn is_day(w: &str) -> bool {
    super::lexicon::weekday(w).is_some()
}

/// Whether punctuation (not just a space) separates two adjacent words.
fn separated(text: &str, a: Span, b: Span, check: bool) -> bool {
    check
        && Span::new(a.end, b.start)
            .of(text)
            .chars()
            .any(|c| !c.is_whitespace())
}

/// Find every quotation in the article, with its speaker where clear.
pub fn find(text: &str, doc: &Doc) -> Vec<Found> {
    let raws = pair_marks(text, doc);
    if raws.is_empty() {
        return Vec::new();
    }
    let people = People::new(text, mentions(text, doc, &raws));
    let singles_quote = singles_are_quotations(text, &raws);
    let mut out: Vec<Found> = Vec::new();
    let sents = &doc.sentences;
    let mut first_raw = 0;
    // The context read last: its span, tokens, attributions, and the
    // sentence ends counted before each token.
    type Context = (Span, Vec<Tok>, Vec<Attribution>, Vec<u32>);
    let mut ctx_cache: Option<Context> = None;
    let mut last_speaker: Option<(usize, Option<String>, Option<String>)> = None;
    let mut last_end = 0;
    for (ri, raw) in raws.iter().enumerate() {
        // The context: from the sentence where it opens to the one where it
        // closes.
        let si = sentence_at(doc, raw.outer.start);
        let se = sentence_at(doc, raw.outer.end.saturating_sub(1));
        let ctx = match (si, se) {
            (Some(a), Some(b)) => {
                // `"Is it?" Trump asked.`: a quotation that ends its sentence
                // takes the next one along, where its attribution may be.
                let b = match sents.get(b + 1) {
                    Some(n) if n.para == sents[b].para && sents[b].span.end <= raw.outer.end => {
                        b + 1
                    }
                    _ => b,
                };
                Span::new(
                    sents[a].span.start.min(raw.outer.start),
                    sents[b].span.end.max(raw.outer.end),
                )
            }
            _ => raw.outer,
        };
        let ctx = chunk(text, ctx, raw.outer);
        if ctx_cache.as_ref().is_none_or(|c| c.0 != ctx) {
            while first_raw < raws.len() && raws[first_raw].outer.end <= ctx.start {
                first_raw += 1;
            }
            let toks = tokenize(text, ctx, &raws, first_raw);
            let atts = attributions(text, &toks);
            // Sentence ends before each token, so that counting those
            // between an attribution and the quotation is one subtraction.
            let mut ends = Vec::with_capacity(toks.len() + 1);
            ends.push(0u32);
            for t in &toks {
                let n = ends.last().copied().unwrap_or(0);
                ends.push(n + (*t == Tok::End) as u32);
            }
            ctx_cache = Some((ctx, toks, atts, ends));
        }
        let Some((_, toks, atts, ends)) = ctx_cache.as_ref() else {
            continue;
        };
        let Some(qi) = toks.iter().position(|t| *t == Tok::Q(ri)) else {
            continue;
        };

        // The nearest attribution, by tokens between it and the quotation.
        let best = atts
            .iter()
            .filter(|a| !matches!(toks.get(a.at), Some(Tok::Q(_))))
            .filter(|a| a.at < qi || !next_sentence_tells_more(text, toks, qi, a.at))
            .min_by_key(|a| {
                let d = if a.at > qi {
                    a.at - qi
                } else {
                    (qi - a.at) + 1
                };
                // Crossing an end of sentence costs more.
                let lo = a.at.min(qi);
                let hi = a.at.max(qi);
                let crossed = ends.get(hi).zip(ends.get(lo)).map_or(0, |(h, l)| h - l);
                d + 20 * crossed as usize
            });
        // "Ryan said the shootings demand that all engage in "Q"": a verb
        // with no one named before it, inside the clause of a named
        // speaker's verb, is part of what that speaker said.
        let best = best.map(|b| {
            // (A description, "a Warren adviser", is capitalised: someone.)
            let nameless =
                b.np.name.is_none() && b.np.pronoun.is_none() && !b.np.publication && !b.np.someone;
            if !nameless || b.at > qi {
                return b;
            }
            atts.iter()
                .rev()
                .find(|a| a.at < b.at && a.np.name.is_some() && !toks[a.at..qi].contains(&Tok::End))
                .unwrap_or(b)
        });
        let n_words = count_words(text, raw.inner);
        if !is_quotation(text, raw, toks, qi, n_words)
            || in_headline(text, doc, raw)
            || !singles_quote && family_of(text, raw) == Family::Single
        {
            continue;
        }
        let opens_para = doc
            .paras
            .get(raw.para)
            .is_some_and(|p| p.span.start == raw.outer.start);
        let resolved = |(np, pos): (Np, usize)| resolve(text, &np, pos, &people, doc, raw.para);
        // "“Q,” May said": a surname that is also a month or a modal is no
        // name to the phrase reader; it is one when the article names the
        // person in full ("Theresa May").
        let by_modal_surname = || {
            modal_surname(text, toks, qi, &people).map(|m| {
                (
                    Some(name_of(text, m.span)),
                    m.role.and_then(|r| role_text(text, r)),
                )
            })
        };
        let (speaker, role) = if let Some(a) = best {
            match (&last_speaker, a.np.pronoun) {
                // "'Q1,' said Tom Baird ... 'Q2,' he added.": "he" is the
                // speaker just quoted in the paragraph, when known to be a he
                // and no one else has been named since.
                (Some((para, Some(s), r)), Some(p @ (Pronoun::He | Pronoun::She)))
                    if *para == raw.para
                        && people.name_is(s, p)
                        && !people.named_between(text, last_end, a.pos) =>
                {
                    (Some(s.clone()), r.clone())
                }
                _ => match resolve(text, &a.np, a.pos, &people, doc, raw.para) {
                    (None, role) => by_modal_surname().unwrap_or((None, role)),
                    found => found,
                },
            }
        } else if let Some(found) = by_modal_surname() {
            found
        } else if let Some(found) = opens_para
            .then(|| colon_intro(text, doc, raw.para, &raws))
            .flatten()
        {
            // `Reporter Jomana Karadsheh says:` closing the paragraph before.
            resolved(found)
        } else if let Some(named) = sentence_subject(text, toks, qi)
            // (Not a run-in heading: "Veto Power Impedes Peace Efforts:
            // Ending "the scourge of war" is ...": words between the colon
            // and the quotation; but "Bush: "Q"" is Bush's.)
            .filter(|(np, _)| {
                !np.name.is_some_and(|n| {
                    text.as_bytes().get(n.end) == Some(&b':') && raw.outer.start > n.end + 2
                })
            })
            .map(resolved)
            .filter(|r| r.0.as_ref().is_some_and(|n| n.split(' ').count() >= 2))
        {
            // No speech verb: a person who is the sentence's subject
            // ("Trump accused Cruz of being "politically correct"").
            named
        } else if let Some(found) = name_after(text, toks, qi) {
            // `“Q,” Trump went on`, `“Q,” Bolton charged`: a verb the list
            // lacks, right after the name that follows the quotation.
            // Someone the article does not name in full is still not the
            // speaker before: unattributed.
            match resolved(found) {
                named @ (Some(_), _) => named,
                _ => (None, None),
            }
        } else if let Some(named) = si
            .filter(|&a| {
                sents[a].span.start == raw.outer.start
                    && last_speaker.as_ref().is_none_or(|l| l.0 != raw.para)
            })
            .and_then(|a| prev_sentence_subject(text, doc, &raws, a))
            .map(resolved)
            .filter(|r| r.0.as_ref().is_some_and(|n| n.split(' ').count() >= 2))
        {
            // A quotation standing as its own sentence, right after a
            // sentence about a person, with nothing else quoted yet in the
            // paragraph: "Clinton touted her record. "Labor organizing
            // should be protected.""
            named
        } else if toks[qi + 1..]
            .iter()
            .take(2)
            .find(|t| **t != Tok::Comma)
            .is_some_and(|t| matches!(t, Tok::W(w) if is_speech_verb(&lower(w.of(text)))))
        {
            // Said right after it by someone who is no name ("“Q,” said
            // one aide"): someone else speaks, not the speaker before.
            (None, None)
        } else {
            match &last_speaker {
                Some((para, s, r)) if *para == raw.para => (s.clone(), r.clone()),
                // A paragraph that opens with a quotation and names no one
                // (in the quotation's sentence: not "“Q,” Trump went on")
                // continues the speaker of the paragraph just before.
                Some((para, s, r))
                    if *para + 1 == raw.para
                        && opens_para
                        && !people.named_between(text, raw.outer.end, ctx.end) =>
                {
                    (s.clone(), r.clone())
                }
                _ => (None, None),
            }
        };
        last_speaker = Some((raw.para, speaker.clone(), role.clone()));
        last_end = raw.outer.end;
        out.push(Found {
            span: raw.inner,
            outer: raw.outer,
            speaker,
            role,
            para: raw.para,
            continues: false,
        });
    }
    credit_lines(text, doc, &people, &mut out);
    same_role(&mut out);
    by_paragraph(text, &people, out)
}

/// A capitalised function word or month right before a speech verb, next
/// to quotation `qi`, that is the surname of a person the article names in
/// full: "“Q,” May said" with "Theresa May" earlier.
fn modal_surname<'a>(
    text: &str,
    toks: &[Tok],
    qi: usize,
    people: &'a People,
) -> Option<&'a Mention> {
    let hi = (qi + 4).min(toks.len().saturating_sub(1));
    (qi.saturating_sub(4)..hi).find_map(|k| {
        let (Tok::W(a), Tok::W(v)) = (toks[k], toks[k + 1]) else {
            return None;
        };
        let w = a.of(text);
        let lw = lower(w);
        (starts_upper(w)
            && pronoun(&lw).is_none()
            && w.len() >= 3
            && (is_capitalised_function_word(&lw) || month(&lw).is_some())
            && is_speech_verb(&lower(v.of(text))))
        .then(|| people.full_for(w, usize::MAX))
        .flatten()
    })
}

/// One entry per paragraph of each quotation. A paragraph that opens with
/// a transcript's speaker label ("PENCE: Well, look, ...") is that
/// speaker's turn, not the next paragraph of the one before.
fn by_paragraph(text: &str, people: &People, found: Vec<Found>) -> Vec<Found> {
    let mut out = Vec::with_capacity(found.len());
    for f in found {
        let ps = parts(text, f.span);
        if ps.len() == 1 && label(text, f.span).is_none() {
            out.push(f);
            continue;
        }
        let (mut speaker, mut role) = (f.speaker.clone(), f.role.clone());
        let count = ps.len();
        for (n, part) in ps.into_iter().enumerate() {
            let mut continues = n > 0;
            if let Some(name) = label(text, part) {
                speaker = Some(
                    people
                        .full_for(&name, usize::MAX)
                        .map_or(name, |m| name_of(text, m.span)),
                );
                role = None;
                continues = false;
            }
            // The marks stay with the first and the last part.
            let outer = Span::new(
                if n == 0 { f.outer.start } else { part.start },
                if n + 1 == count {
                    f.outer.end
                } else {
                    part.end
                },
            );
            out.push(Found {
                span: part,
                outer,
                speaker: speaker.clone(),
                role: role.clone(),
                para: f.para,
                continues,
            });
        }
    }
    out
}

/// The speaker label opening a transcript's paragraph, as a surname key:
/// "PENCE:" gives "Pence". One to three upper-case words before a colon;
/// not a page's "UPDATE:" or "VIDEO:".
fn label(text: &str, part: Span) -> Option<String> {
    const NOT_SPEAKERS: Packed = Packed(
        "UPDATE|NOTE|VIDEO|AUDIO|WATCH|READ|CORRECTION|BREAKING|PHOTOS|EDITOR'S|CLICK|\
         RELATED|SOURCE|SOURCES|AP|TRANSCRIPT",
    );
    let s = part.of(text);
    let head = &s[..s.find(": ")?];
    let mut last = "";
    for (n, w) in head.split(' ').enumerate() {
        let upper = w.len() >= 2
            && w.bytes()
                .all(|b| b.is_ascii_uppercase() || matches!(b, b'.' | b'-' | b'\''))
            && w.bytes().any(|b| b.is_ascii_uppercase());
        if n >= 3 || !upper || NOT_SPEAKERS.has(w) {
            return None;
        }
        last = w;
    }
    // ASCII only: "PENCE" -> "Pence".
    let mut key = last.to_ascii_lowercase();
    key.get_mut(..1)?.make_ascii_uppercase();
    Some(key)
}

/// A speaker keeps the role the article gives them wherever they are
/// quoted: "Dr Marcus Hale, a cardiologist, called it ..." and then
/// "he said" both show "a cardiologist".
fn same_role(out: &mut [Found]) {
    let mut first = Map::default();
    for (i, f) in out.iter().enumerate() {
        if let (Some(s), Some(_)) = (&f.speaker, &f.role) {
            first.entry(hash(s)).or_insert(i as u32);
        }
    }
    for i in 0..out.len() {
        if out[i].role.is_none() {
            let from = out[i]
                .speaker
                .as_deref()
                .and_then(|s| first.get(&hash(s)))
                .map(|&j| j as usize);
            if let Some(j) = from {
                out[i].role = out[j].role.clone();
            }
        }
    }
}

/// The part of a sentence read around a quotation. A sentence of many
/// thousand words (a page without full stops) is read in chunks of about
/// `CHUNK` bytes, the same for every quotation in a chunk, so that each
/// quotation costs a bounded amount of work however long the sentence.
fn chunk(text: &str, ctx: Span, quote: Span) -> Span {
    const CHUNK: usize = 2048;
    if ctx.len() <= 2 * CHUNK {
        return ctx;
    }
    let lo = ctx.start + (quote.start.saturating_sub(ctx.start) / CHUNK) * CHUNK;
    let hi = ctx.start + (quote.end.saturating_sub(ctx.start) / CHUNK + 1) * CHUNK;
    let (mut lo, mut hi) = (lo.min(quote.start), hi.min(ctx.end).max(quote.end));
    // On a character, and at a space (not inside a word).
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    if let Some(k) = text
        .get(lo..quote.start)
        .and_then(|s| s.find(char::is_whitespace))
    {
        lo += k;
    }
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    Span::new(lo.min(quote.start), hi.max(quote.end))
}

/// Whether the attribution at `at`, after the quotation at `qi`, stands in a
/// later sentence whose verb opens a clause of its own: `"Q." Trump asked.`
/// is an attribution; `"Q." Kasich said he would have fired him.` is
/// Kasich's own statement, not the quotation's source.
fn next_sentence_tells_more(text: &str, toks: &[Tok], qi: usize, at: usize) -> bool {
    if !toks[qi..at].contains(&Tok::End) {
        return false;
    }
    let next = match toks.get(at + 1) {
        Some(Tok::W(w)) => lower(w.of(text)),
        _ => return false,
    };
    Packed("that|he|she|they|it|we|i|there|this|his|her|their|what|why|how|whether").has(&next)
}

/// `"Q."` then a paragraph `- Hillary Clinton.`: the credit line names the
/// speaker of the unattributed quotations just above it.
fn credit_lines(text: &str, doc: &Doc, people: &People, out: &mut [Found]) {
    for (pi, p) in doc.paras.iter().enumerate().skip(1) {
        let s = p.span.of(text);
        let Some(rest) = s.strip_prefix(['-', '—', '–', '―', '~']) else {
            continue;
        };
        let name = rest.trim().trim_end_matches('.');
        let n = name.split_whitespace().count();
        if !(1..=5).contains(&n)
            || !name
                .split_whitespace()
                .all(|w| starts_upper(w) || is_connector(w))
        {
            continue;
        }
        let start = p.span.start + (s.len() - rest.trim_start().len());
        let np = Np {
            name: Some(Span::new(start, start + name.len())),
            ..Np::default()
        };
        let (speaker, role) = resolve(text, &np, start, people, doc, pi);
        for q in out
            .iter_mut()
            .filter(|q| q.para + 1 == pi && q.speaker.is_none())
        {
            q.speaker = speaker.clone();
            q.role = role.clone();
        }
    }
}

/// The speaker named at the end of the paragraph before `para` when it ends
/// with a colon ("Reporter Jomana Karadsheh says:").
fn colon_intro(text: &str, doc: &Doc, para: usize, raws: &[Raw]) -> Option<(Np, usize)> {
    let prev = doc.paras.get(para.checked_sub(1)?)?;
    if !prev.span.of(text).ends_with(':') {
        return None;
    }
    // Its last sentence, by binary search (a scan from the end would make
    // a page of such paragraphs quadratic).
    let i = doc
        .sentences
        .partition_point(|s| s.span.start < prev.span.end);
    let last = doc.sentences.get(i.checked_sub(1)?)?;
    let span = Span::new(last.span.start, prev.span.end);
    let first = raws.partition_point(|r| r.outer.end <= span.start);
    let toks = tokenize(text, span, raws, first);
    let a = attributions(text, &toks)
        .into_iter()
        .rev()
        .find(|a| a.np.name.is_some());
    match a {
        Some(a) => Some((a.np, a.pos)),
        // No speech verb: "Council leader Priya Raman read a statement
        // after the vote:" — the person the sentence is about, by full name.
        // "Stated Stone:", "Continued Stone:": the verb opens the line.
        None => clause_subject(text, &toks, 0, toks.len()).and_then(|(mut np, pos)| {
            // (Two words or more: a lone capitalised word may be no one.)
            let n = np.name?;
            let (first, rest) = n.of(text).split_once(' ')?;
            if is_speech_verb(&lower(first)) {
                np.name = Some(Span::new(n.end - rest.len(), n.end));
            }
            Some((np, pos))
        }),
    }
}

/// The subject of the sentence before sentence `si`, in the same paragraph.
fn prev_sentence_subject(text: &str, doc: &Doc, raws: &[Raw], si: usize) -> Option<(Np, usize)> {
    let prev = doc.sentences.get(si.checked_sub(1)?)?;
    if prev.para != doc.sentences.get(si)?.para {
        return None;
    }
    let first = raws.partition_point(|r| r.outer.end <= prev.span.start);
    let toks = tokenize(text, prev.span, raws, first);
    clause_subject(text, &toks, 0, toks.len())
}

/// The subject at the start of the sentence holding token `qi`, past an
/// opening conjunction or an introductory phrase ("In Washington, ...").
fn sentence_subject(text: &str, toks: &[Tok], qi: usize) -> Option<(Np, usize)> {
    let start = toks[..qi]
        .iter()
        .rposition(|t| *t == Tok::End)
        .map_or(0, |k| k + 1);
    // ("Jindal signed an order ..., while Mike Huckabee proposed we “Q”":
    // the clause that holds the quotation has a subject of its own, and
    // no speech verb says it is the speaker: none.)
    if new_clause(text, &toks[start..qi], true) {
        return None;
    }
    clause_subject(text, toks, start, qi)
}

/// Whether `toks` hold a comma, "and" (or "but" and "while" too, with
/// `any`) and a capitalised word: a clause with a subject of its own (",
/// and Ron Johnson kept asking", ", while Mike Huckabee proposed"; not ",
/// and Monday").
fn new_clause(text: &str, toks: &[Tok], any: bool) -> bool {
    toks.windows(3).any(|w| match w {
        [Tok::Comma, Tok::W(c), Tok::W(n)] => {
            let (c, n) = (c.of(text), n.of(text));
            (c == "and" || any && matches!(c, "but" | "while"))
                && starts_upper(n)
                && !{
                    let n = lower(n);
                    is_day(&n) || month(&n).is_some()
                }
        }
        _ => false,
    })
}

fn sentence_at(doc: &Doc, pos: usize) -> Option<usize> {
    let i = doc.sentences.partition_point(|s| s.span.start <= pos);
    (i > 0).then(|| i - 1)
}

fn family_of(text: &str, raw: &Raw) -> Family {
    family(text[raw.outer.start..].chars().next().unwrap_or('"'))
}

/// Whether single marks quote speech in this article. An article quotes
/// people in one style: where double marks do (or typewriter `''` pairs),
/// single marks outside them are scare quotes, headline-style quotes and
/// titles ("the ‘rebalance’ towards Asia"); where single marks are the
/// article's style (British house style), they quote speech.
fn singles_are_quotations(text: &str, raws: &[Raw]) -> bool {
    let singles = raws
        .iter()
        .filter(|r| family_of(text, r) == Family::Single)
        .count();
    let doubles = raws.len() - singles + text.matches("''").count() / 2;
    doubles == 0 || singles > doubles
}

/// Marks in the headline quote a word or two of the story in headline
/// style ("Reid: 'Never underestimate Trump'", "calls the wall ‘stupid’"):
/// the card shows the headline itself, and the story's own quotation, with
/// its speaker, is in the body. A headline written with a full stop is not
/// told from a one-line lead (see `structure`), so a short first paragraph
/// with more after it counts as one here: a one-line lead that quotes is
/// rare, and its quotation is mostly repeated below.
fn in_headline(text: &str, doc: &Doc, raw: &Raw) -> bool {
    // (Not a quotation that opens the line: a lead such as "“We will not
    // back down,” the mayor said." opens with its quotation.)
    let head = doc.headline.or_else(|| {
        doc.paras
            .first()
            .filter(|p| doc.paras.len() >= 3 && count_words(text, p.span) <= 20)
            .filter(|p| p.span.start != raw.outer.start)
            .map(|p| p.span)
    });
    head.is_some_and(|h| h.start <= raw.outer.start && raw.outer.end <= h.end)
}

/// Scare quotes, titles and terms are not quotations.
fn is_quotation(text: &str, raw: &Raw, toks: &[Tok], qi: usize, n_words: usize) -> bool {
    if n_words == 0 {
        return false;
    }
    // An attribute value in pasted markup: `author="..."`.
    if char_before(text, raw.outer.start) == Some('=') {
        return false;
    }
    // Named as a term or title: `so-called "reset"`, `the word "reset"`.
    if let Some(Tok::W(s)) = qi.checked_sub(1).and_then(|i| toks.get(i)) {
        let cue =
            Packed("so-called|dubbed|nicknamed|titled|entitled|hashtag|word|term|phrase|slogan")
                .has(&lower(s.of(text)));
        if cue && n_words <= 6 {
            return false;
        }
    }
    // Title case throughout ("Saturday Night Live") reads as a name —
    // unless it holds two sentences ("Like Oakland. Or Ferguson").
    let ws = words(text, raw.inner);
    let inner = raw.inner.of(text);
    let sentences = [". ", "? ", "! "].iter().any(|p| inner.contains(p));
    let title_case = ws.len() >= 2
        && !sentences
        && ws.iter().all(|w| {
            let s = w.of(text);
            starts_upper(s)
                || has(
                    &["of", "the", "and", "a", "in", "on", "for", "to"],
                    &lower(s),
                )
        });
    // Otherwise every quoted span counts, even one word: news quotes single
    // words of a speaker ("a “faker”"), and the labelled data shows scare
    // quotes are the minority.
    !title_case
}

/// Turn a speaker phrase into (name, role) using the article's mentions.
fn resolve(
    text: &str,
    np: &Np,
    pos: usize,
    people: &People,
    doc: &Doc,
    para: usize,
) -> (Option<String>, Option<String>) {
    let ments = &people.ments;
    let before = ments.partition_point(|m| m.span.start < pos);
    let role_of = |m: &Mention| m.role.and_then(|r| role_text(text, r));
    if let Some(p) = np.pronoun {
        if !matches!(p, Pronoun::He | Pronoun::She | Pronoun::I) {
            return (None, None);
        }
        // The last person named before, within three paragraphs.
        let floor = doc
            .paras
            .get(para.saturating_sub(3))
            .map_or(0, |p| p.span.start);
        // "South Carolina, he said, was ...": the phrase the pronoun
        // interrupts is not who "he" is.
        let interrupted = |m: &Mention| {
            text.get(m.span.end..pos)
                .is_some_and(|g| g.starts_with(',') && g[1..].split_whitespace().count() <= 1)
        };
        let is_person = |m: &&Mention| {
            (m.person || m.words == 1 && full_name(text, m, people).is_some())
                && !interrupted(m)
                && people.may_be(text, m, p)
        };
        let recent = || {
            ments[..before]
                .iter()
                .rev()
                .take_while(|m| m.span.start >= floor)
        };
        // The last person who was a sentence's subject, else the last named.
        let m = recent()
            .find(|m| m.subject && is_person(m))
            .or_else(|| recent().find(is_person));
        let Some(m) = m else { return (None, None) };
        // A surname two people share: when its usual full name cannot be
        // "he" or "she", the one who can.
        let full = full_name(text, m, people);
        let full = match full {
            Some(f) if m.words == 1 && f.gender != 0 && !people.may_be(text, f, p) => people
                .full_for_pronoun(strip_possessive(m.last.of(text)), before, p)
                .or(full),
            _ => full,
        };
        return match full {
            Some(f) => (Some(name_of(text, f.span)), role_of(f)),
            None => (Some(name_of(text, m.span)), role_of(m)),
        };
    }
    if np.publication {
        let k = people.publications.partition_point(|&i| i < before);
        let m = k
            .checked_sub(1)
            .and_then(|k| ments.get(people.publications[k]));
        return (m.map(|m| with_article(text, m.span)), None);
    }
    let Some(name) = np.name else {
        let descr = np.descr.filter(|_| !np.weak);
        return (descr.map(|d| super::fold(d.of(text))), None);
    };
    let role = np.role.and_then(|r| role_text(text, r));
    let shown = match np.the {
        Some(t) => super::fold(Span::new(t, name.end).of(text)),
        None => name_of(text, name),
    };
    let n_words = count_words(text, name);
    let weak_single = np.weak && n_words == 1;
    if n_words == 1 {
        // A surname: the fullest name with that last word.
        let key = strip_possessive(name.of(text));
        // (Or, beside a speech verb, a known given name that one person
        // named before has: "Sir John said", "Serena added".)
        let by_given = || {
            let i = *people.given.get(&hash(key))? as usize;
            (!np.weak && given_name_gender(key) != 0 && i < before).then(|| ments.get(i))?
        };
        if let Some(m) = people.full_for(key, before).or_else(by_given) {
            return (Some(name_of(text, m.span)), role.or_else(|| role_of(m)));
        }
    }
    if weak_single {
        return (None, None);
    }
    // A full name: borrow the role from an earlier mention when none here.
    let role = role.or_else(|| {
        people
            .first
            .get(&hash(name.of(text)))
            .map(|&i| i as usize)
            .filter(|&i| i < before)
            .and_then(|i| ments.get(i))
            .and_then(role_of)
    });
    (Some(shown), role)
}

/// A role as shown, without courtesy titles: "Ms" is no role, and
/// "Hospital chief executive Dr" is "Hospital chief executive".
fn role_text(text: &str, r: Span) -> Option<String> {
    let courtesy = |w: &str| Packed("mr|mrs|ms|miss|mx|dr").has(&lower(w.trim_end_matches('.')));
    let mut ws: Vec<&str> = r.of(text).split_whitespace().collect();
    while ws.last().is_some_and(|w| courtesy(w)) {
        ws.pop();
    }
    // "The opposition leader, Daniel Kruger, said": the article's capital
    // is the sentence's, and reads wrongly after the name ("Daniel Kruger,
    // The opposition leader"); the role is the words after it. So with an
    // owner that points back ("Its general secretary, Nicola Ashby").
    while ws
        .first()
        .is_some_and(|w| courtesy(w) || Packed("The|A|An|Its|His|Her|Their").has(w))
    {
        ws.remove(0);
    }
    (!ws.is_empty()).then(|| super::text::join(&ws, " "))
}

/// A name as shown: whitespace folded, without a possessive ending
/// ("Barack Obama's" -> "Barack Obama").
fn name_of(text: &str, s: Span) -> String {
    super::fold(strip_possessive(s.of(text)))
}

fn full_name<'a>(text: &str, m: &Mention, people: &'a People) -> Option<&'a Mention> {
    people.full_for(strip_possessive(m.last.of(text)), 0)
}

/// "The Washington Post" keeps its article when the text gives one.
fn with_article(text: &str, s: Span) -> String {
    let name = super::fold(s.of(text));
    let before = text.get(..s.start).unwrap_or("");
    let t = before.trim_end();
    if before.len() > t.len() && (t.ends_with("The") || t.ends_with("the")) && t.len() >= 3 {
        let w = &t[t.len() - 3..];
        if char_before(text, t.len() - 3).is_none_or(|c| !c.is_alphanumeric()) {
            return format!("{w} {name}");
        }
    }
    name
}

/// The quotations worth reading on the card: at most `cap`, different
/// speakers first, full sentences over fragments, in article order.
pub fn card_selection(text: &str, title: Option<&str>, found: &[Found], cap: usize) -> Vec<usize> {
    // A quotation over several paragraphs is chosen by its first entry,
    // for all its words, and shown whole.
    let mut words: Vec<usize> = vec![0; found.len()];
    let mut head = 0;
    for (i, q) in found.iter().enumerate() {
        if !q.continues {
            head = i;
        }
        words[head] += count_words(text, q.span);
    }
    let score = |i: usize| -> i32 {
        let q = &found[i];
        let n = words[i] as i32;
        let mut s = 0;
        if let Some(sp) = &q.speaker {
            s += 30;
            // The people the story is about: named in its headline.
            let last = sp.rsplit(' ').next().unwrap_or("");
            if last.len() > 2
                && title.is_some_and(|t| t.split(|c: char| !c.is_alphanumeric()).any(|w| w == last))
            {
                s += 25;
            }
            // A person's words over an outlet's report of them.
            if !sp.starts_with("The ") {
                s += 5;
            }
        }
        s += n.min(30);
        if n < 4 {
            s -= 20;
        }
        if n > 60 {
            s -= 10;
        }
        s
    };
    let order = super::rank(
        (0..found.len())
            .filter(|&i| !found[i].continues)
            .map(|i| (score(i) as i64, i))
            .collect(),
    );
    let mut chosen: Vec<usize> = Vec::new();
    let mut speakers: Vec<&str> = Vec::new();
    for &i in &order {
        if chosen.len() >= cap {
            break;
        }
        let sp = found[i].speaker.as_deref().unwrap_or("");
        // A fragment ("deeply disappointed") waits for the second pass: a
        // second full quotation of a speaker reads better.
        if !sp.is_empty() && speakers.contains(&sp) || words[i] < 4 {
            continue;
        }
        speakers.push(sp);
        chosen.push(i);
    }
    for &i in &order {
        if chosen.len() >= cap {
            break;
        }
        if !chosen.contains(&i) {
            chosen.push(i);
        }
    }
    let heads = chosen.len();
    for k in 0..heads {
        let i = chosen[k];
        chosen.extend((i + 1..found.len()).take_while(|&j| found[j].continues));
    }
    super::ascending(chosen)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{clean, structure};

    fn quotes(t: &str) -> Vec<(String, Option<String>)> {
        let ls = clean::lines(t);
        let keep = vec![true; ls.len()];
        let doc = structure::analyze(t, &ls, &keep);
        find(t, &doc)
            .into_iter()
            .map(|q| (crate::engine::fold(q.span.of(t)), q.speaker))
            .collect()
    }

    #[test]
    fn headline_marks_and_scare_singles_are_not_quotations() {
        // The headline's marks, and single marks in an article that quotes
        // people with double ones, quote terms, not speech.
        let t = "Mayor calls budget ‘a disgrace’\n\
            The council met on Monday to vote on the ‘rebalance’ plan.\n\
            \"We will fight this budget line by line,\" said Mayor Jane Roe.\n\
            The vote is on Friday.";
        let q = quotes(t);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].1.as_deref(), Some("Jane Roe"));
        // A headline written as a sentence, on a short first line.
        let t = "Mayor calls budget ‘a disgrace’.\n\
            The council met on Monday.\n\
            \"We will fight this budget line by line,\" said Mayor Jane Roe.";
        assert_eq!(quotes(t).len(), 1);
        // A lead that opens with its quotation is not a headline.
        let t = "\"We will not back down,\" Mayor Jane Roe said on Monday.\n\
            The council met to vote on the plan.\n\
            The vote is on Friday.";
        assert_eq!(quotes(t).len(), 1);
        // British house style: single marks quote speech.
        let t = "Headline here\n\
            'We will fight this budget line by line,' said Mayor Jane Roe.\n\
            'It is a disgrace,' she added of the \"savings\" plan.";
        let q = quotes(t);
        assert_eq!(q.len(), 3, "{q:?}");
        assert_eq!(q[1].1.as_deref(), Some("Jane Roe"));
    }

    #[test]
    fn the_card_prefers_full_quotations_and_different_speakers() {
        let t = "Rail strike to go ahead\n\
            \"We have bent over backwards to reach a deal,\" said union leader Mick Lawson.\n\
            \"The companies have not moved an inch since last week,\" Lawson added.\n\
            The operators said they were \"deeply disappointed\" by the vote.\n\
            \"Passengers have suffered enough this winter,\" said Transport Secretary Ayesha Khan.";
        let ls = clean::lines(t);
        let doc = structure::analyze(t, &ls, &vec![true; ls.len()]);
        let found = find(t, &doc);
        let chosen: Vec<&str> = card_selection(t, None, &found, 3)
            .into_iter()
            .map(|i| found[i].span.of(t))
            .collect();
        assert_eq!(chosen.len(), 3);
        assert!(!chosen.contains(&"deeply disappointed"), "{chosen:?}");
        assert!(chosen[2].starts_with("Passengers"), "{chosen:?}");
    }

    fn one(t: &str) -> (String, Option<String>) {
        let q = quotes(&format!("Headline here\n{t}"));
        assert_eq!(q.len(), 1, "{t}: {q:?}");
        q.into_iter().next().unwrap()
    }

    #[test]
    fn a_name_read_only_in_part_is_no_speaker() {
        // Twelve words back from the verb end inside the body's name: the
        // body is not who wrote, the people before it are.
        let (_, who) = one(
            "\"We will win this race,\" nuclear experts Jane Roe and Mary Doe-Smith of \
             Washington's Institute for Science and International Security wrote in May.",
        );
        assert_eq!(who, None);
    }

    #[test]
    fn attribution_forms() {
        let cases = [
            ("\"We will win this race,\" said Jane Roe.", "Jane Roe"),
            ("\"We will win this race,\" Jane Roe said.", "Jane Roe"),
            ("Jane Roe said: \"We will win this race.\"", "Jane Roe"),
            (
                "Jane Roe said \"we will win this race\" on Monday.",
                "Jane Roe",
            ),
            (
                "\"We will win this race,\" Jane Roe told reporters.",
                "Jane Roe",
            ),
            (
                "The plan is \"a disaster for the city,\" according to Jane Roe.",
                "Jane Roe",
            ),
            ("\"We will win this race.\" — Jane Roe", "Jane Roe"),
            (
                "\"We will win this race,\" said Air Force 1st Lt. Jane Roe.",
                "Jane Roe",
            ),
            (
                "Council on Fair Housing Executive Director Jane Roe says that the plan is \"a disaster for the city.\"",
                "Jane Roe",
            ),
            (
                "Jane Roe told The Daily Star: \"We will win this race.\"",
                "Jane Roe",
            ),
            (
                "\"We will win this race,\" said Smith's deputy, lawyer Jane Roe.",
                "Jane Roe",
            ),
            (
                "As Jane Roe pointed out on Monday, \"we will win this race.\"",
                "Jane Roe",
            ),
            ("\"We will win this race,\" exhorted Jane Roe.", "Jane Roe"),
            (
                "\"Like Oakland. Or Ferguson,\" Jane Roe admitted.",
                "Jane Roe",
            ),
            (
                "After John Doe attacked her, Jane Roe shot back, \"we will win this race.\"",
                "Jane Roe",
            ),
            (
                "Jane Roe said John Doe will continue to be \"a champion of the city.\"",
                "Jane Roe",
            ),
            (
                "Much of it was aimed at Doe, who Jane Roe on Wednesday called \"a disaster.\"",
                "Jane Roe",
            ),
            (
                "At the party convention Mayor Jane Roe said the plan was \"a disaster.\"",
                "Jane Roe",
            ),
            (
                "Fans cheered, with Jane Roe reportedly yelling: \"We will win this race!\"",
                "Jane Roe",
            ),
            (
                "And then Jane Roe went on the attack, saying, \"We will win this race.\"",
                "Jane Roe",
            ),
            (
                "Jane Roe issued a statement, \"We will win this race.\"",
                "Jane Roe",
            ),
            (
                "Jane Roe chided him, \"We will win this race.\"",
                "Jane Roe",
            ),
            (
                "\"We will win this race,\" Jane Roe, the pollster who used to teach maths tweeted on Friday.",
                "Jane Roe",
            ),
            ("\"We will win this race,\" Jane Roe fumed.", "Jane Roe"),
            // "for" inside a body's name; a phrase too long to read whole.
            (
                "The Department for Transport said it would study the bid \"in the usual way.\"",
                "The Department for Transport",
            ),
            (
                "\"We will win this race,\" Jane Roe of the Lyndon Center for Policy Studies wrote.",
                "Jane Roe",
            ),
            (
                "Jane Roe spoke Tuesday, arguing that \"we will win this race.\"",
                "Jane Roe",
            ),
            (
                "Jane Roe blamed the loss on \"a lack of nerve.\"",
                "Jane Roe",
            ),
            (
                "\"We will win this race,\" said Del. Jane Roe of the Virgin Islands.",
                "Jane Roe",
            ),
            (
                "As The Daily Star's Jane Roe puts it, \"we will win this race.\"",
                "Jane Roe",
            ),
            (
                "In Berea, Gov. Jane Roe (R-Ohio), said, \"We will win this race.\"",
                "Jane Roe",
            ),
            (
                "Jane Roe, in an op-ed, wrote that the plan was \"a disaster for the city.\"",
                "Jane Roe",
            ),
            (
                "“We will win this race,” Mayor Jane Roe insisted.",
                "Jane Roe",
            ),
            ("«We will win this race», Jane Roe argued.", "Jane Roe"),
            // French spacing inside guillemets.
            ("« Nous gagnerons cette course », said Jane Roe.", "Jane Roe"),
            // The listener after "told the" is not the speaker.
            (
                "A union leader, Jane Roe, told the newspaper Die Welt: \"We will win this race.\"",
                "Jane Roe",
            ),
            ("„We will win this race“, Jane Roe warned.", "Jane Roe"),
            ("‘We will win this race,’ Jane Roe tweeted.", "Jane Roe"),
            ("「We will win this race」 Jane Roe posted.", "Jane Roe"),
            (
                "\"We will win this race,\" Jane Roe said of the poll.",
                "Jane Roe",
            ),
            (
                "Hopes rose, with Jane Roe saying \"we will win this race\" on Monday.",
                "Jane Roe",
            ),
            (
                "Jane Roe, who is Irish, said \"we will win this race\" on Monday.",
                "Jane Roe",
            ),
            (
                "Earlier, Jane Roe, who served on the council when the decision was made to close the old bridge over the river, said \"we will win this race.\"",
                "Jane Roe",
            ),
            (
                "Jane Roe jokingly said, \"We will win this race.\"",
                "Jane Roe",
            ),
            (
                "\"We will win this race,\" said Speaker of the House Jane Roe.",
                "Jane Roe",
            ),
            (
                "\"We will win this race,\" Speaker of the House Jane Roe said.",
                "Jane Roe",
            ),
            (
                "\"We will win this race,\" said the Speaker of the House, Jane Roe.",
                "Jane Roe",
            ),
            (
                "\"We will win this race,\" said the White House spokeswoman, Jane Roe.",
                "Jane Roe",
            ),
            (
                "Jane Roe bemoaned Ireland's reputation, saying that voters \"will win this race.\"",
                "Jane Roe",
            ),
            (
                "On Thursday, after staying neutral for months, Jane Roe endorsed John Doe, saying, \"We will win this race.\"",
                "Jane Roe",
            ),
            (
                "Jane Roe, president and CEO of the Cork Harbour Association stated, \"We will win this race.\"",
                "Jane Roe",
            ),
            (
                "Jane Roe spoke on Monday. In a Cork Radio interview Roe declared \"we will win this race.\"",
                "Jane Roe",
            ),
            (
                "\"We will win this race,\" Jane Roe, after a long pause, said of John Doe.",
                "Jane Roe",
            ),
            (
                "Jane Roe, who chairs Friends of Cork said in a statement: \"We will win this race.\"",
                "Jane Roe",
            ),
        ];
        for (t, s) in cases {
            assert_eq!(one(t).1.as_deref(), Some(s), "{t}");
        }
    }

    #[test]
    fn apostrophes_are_not_marks() {
        let q =
            quotes("Headline\nKirby's team said 'we don't know what's next,' Kirby's aide added.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].0, "we don't know what's next,");
        // Typewriter doubles never pair as single marks across a sentence.
        let q = quotes(
            "Headline\nA self-described ''geeky kid,'' he said the 'big' plan was ''done.''",
        );
        assert!(q.iter().all(|x| !x.0.contains("''")), "{q:?}");
        // An elided year opens nothing; nor does a stray single mark that
        // is never closed hide the quotations after it.
        for t in [
            "Headline\nShe has covered casinos since the late '70s: \"It will not last,\" Ann Roe said.",
            "Headline\nHe grew up in the 'hood, near the pier. \"It will not last,\" Ann Roe said.",
        ] {
            let q = quotes(t);
            assert_eq!(q.len(), 1, "{t}: {q:?}");
            assert_eq!(q[0].0, "It will not last,");
            assert_eq!(q[0].1.as_deref(), Some("Ann Roe"));
        }
    }

    #[test]
    fn a_name_then_a_verb_after_the_quotation_is_its_speaker() {
        // "went on" is no speech verb; the paragraph before was another
        // speaker's, and its speaker must not carry over.
        let t = "Headline\nDonald Trump sat down with Megyn Kelly on Tuesday.\n\
            Kelly responded with a smile: \u{201c}It can happen at any age.\u{201d}\n\
            \u{201c}You know, it happens, right?\u{201d} Trump went on. \u{201c}You get over it.\u{201d}";
        let q = quotes(t);
        assert_eq!(q.len(), 3, "{q:?}");
        assert_eq!(q[0].1.as_deref(), Some("Megyn Kelly"));
        assert_eq!(q[1].1.as_deref(), Some("Donald Trump"));
        assert_eq!(q[2].1.as_deref(), Some("Donald Trump"));
        // "went on about" is said of speech too.
        let t = "Headline\nMelanie Roe watched the speech.\n\
            As Donald Trump went on about \u{201c}how the system is rigged,\u{201d} she cheered.";
        assert_eq!(quotes(t)[0].1.as_deref(), Some("Donald Trump"));
        // Another name after the quotation: never the speaker before.
        let t = "Headline\nDonald Trump spoke on Tuesday about France.\n\
            \u{201c}We will go to Paris,\u{201d} Trump said.\n\
            \u{201c}France will always be France,\u{201d} an angry Francois Hollande shot back.";
        let q = quotes(t);
        assert_ne!(q[1].1.as_deref(), Some("Donald Trump"), "{q:?}");
    }

    #[test]
    fn the_name_after_an_inverted_verb_is_who_he_is() {
        // ", says Tim Dams, the news editor": the later "he" is Dams.
        let t = "Headline\nMichael Moore's film was left out, says Tim Dams, the news editor \
            of a trade magazine. But he also believes the panel is cautious. \
            \u{201c}They go for epics,\u{201d} he said.";
        assert_eq!(quotes(t)[0].1.as_deref(), Some("Tim Dams"));
        // Not the start of what was said: "Ryan said Obama has".
        let t = "Headline\nPaul Ryan spoke about Barack Obama on Monday.\n\
            Ryan said Obama has never respected the law. \
            He says Obama \u{201c}knows full well what the law says.\u{201d}";
        assert_eq!(quotes(t)[0].1.as_deref(), Some("Paul Ryan"));
    }

    #[test]
    fn a_given_name_beside_a_speech_verb_is_the_one_person_with_it() {
        let t = "Headline\nThe report was written by Sir John Bourn, the auditor.\n\
            Sir John said the work was \u{201c}not good enough.\u{201d}";
        assert_eq!(quotes(t)[0].1.as_deref(), Some("John Bourn"));
        // Two people share it: it stays as written.
        let t = "Headline\nSir John Bourn and John Major met.\n\
            Sir John said the work was \u{201c}not good enough.\u{201d}";
        assert_eq!(quotes(t)[0].1.as_deref(), Some("John"));
    }

    #[test]
    fn an_event_is_no_he_and_a_next_sentence_that_tells_more_no_attribution() {
        // An event's name ("Grand Prix", "Cup") is no person for "he".
        let t = "Headline\nAllan Scott was slightly disappointed with his run.\n\
            He won his heat but ran slower in his first Indoor Grand Prix final. \
            \u{201c}I should have done better than that,\u{201d} he said.";
        assert_eq!(quotes(t)[0].1.as_deref(), Some("Allan Scott"));
        // "Duff explained what went wrong" starts a story of its own.
        let t = "Headline\nRobbie Keane praised Damien Duff after the game.\n\
            \u{201c}He did well,\u{201d} Keane said. \u{201c}It is nice to see young players \
            coming through.\u{201d} Man-of-the-match Duff explained what went wrong when he \
            missed a chance.";
        assert_eq!(quotes(t)[1].1.as_deref(), Some("Robbie Keane"));
    }

    #[test]
    fn the_clause_subject_is_read_past_phrases() {
        // The phrase ends at its comma, and a place's state belongs to it.
        for t in [
            "Headline\nSpeaking at a school in Salem, Jane Roe attacked Tom Baird, \
             calling him \u{201c}a total stiff.\u{201d}",
            "Headline\nSpeaking at a school in Salem, Oregon, Jane Roe attacked Tom Baird, \
             calling him \u{201c}a total stiff.\u{201d}",
            "Headline\nContinuing to explain her view, Jane Roe rejected the plan, saying \
             that it \u{201c}will not work in winter.\u{201d}",
        ] {
            assert_eq!(quotes(t)[0].1.as_deref(), Some("Jane Roe"), "{t}");
        }
        // "with Gorka noting": the participle's own subject, not the
        // sentence's; "Both" opens no name, nor does a sentence adverb.
        let t = "Headline\nBoth Tom Bolton and Ann Gorka saw the vote as a sign of \
            disarray, with Gorka noting the cost of \u{201c}a boat here, a boat there.\u{201d}";
        assert_eq!(quotes(t)[0].1.as_deref(), Some("Ann Gorka"));
        let t = "Headline\nThe party rose with Christoph Blocher.\n\
            Interestingly Blocher, a wealthy industrialist, became its voice.\n\
            \u{201c}We must be careful,\u{201d} Blocher said.";
        assert_eq!(quotes(t)[0].1.as_deref(), Some("Christoph Blocher"));
        // "(R-Pa.)" ends no sentence; an opener's comma is part of it.
        let t = "Headline\nBut Sen. Pat Toomey (R-Pa.) refused to discuss it, responding \
            that he is \u{201c}not going to go into it.\u{201d}";
        assert_eq!(quotes(t)[0].1.as_deref(), Some("Pat Toomey"));
        let t = "Headline\nJane Roe backed the plan.\n\
            Meanwhile, Tom Baird rejected the deal, calling it \u{201c}a bad bargain.\u{201d}";
        assert_eq!(quotes(t)[0].1.as_deref(), Some("Tom Baird"));
        // ", and" brings in a new subject: the participle is not the
        // speaker's before.
        let t = "Headline\nJane Roe and Tom Baird backed the plan.\n\
            It recalled the day Roe first testified before the council on the fire, and \
            Sen. Tom Baird (R-Wis.) kept asking her why it had tied the blaze to \
            \"spontaneous\" protests rather than arson.";
        assert_ne!(quotes(t)[0].1.as_deref(), Some("Jane Roe"));
        // A phrase of circumstance between the subject and its verb; an
        // object before one is not the subject.
        let t = "Headline\nPat Toomey and Jane Roe met.\n\
            Pat Toomey during a rally on Sunday thanked members \u{201c}for their support.\u{201d}";
        assert_eq!(quotes(t)[0].1.as_deref(), Some("Pat Toomey"));
        // A title and one word open the clause after the quotation, with
        // the body they speak for before the verb.
        let t = "Headline\nJane Roe and Tom Baird spoke.\n\
            \u{201c}It was the least bad outcome,\u{201d} Mr. Baird of the Harbour Trust said.";
        assert_eq!(quotes(t)[0].1.as_deref(), Some("Tom Baird"));
        let t = "Headline\nPat Toomey and Jane Roe met.\n\
            Jane Roe knocked Pat Toomey on trade and called him a \u{201c}moderate.\u{201d}";
        assert_eq!(quotes(t)[0].1.as_deref(), Some("Jane Roe"));
        // (Where no clause subject takes it first: the name before the
        // phrase must open its clause.)
        let t = "Headline\nPat Toomey and Jane Roe met.\n\
            There were sharper words, as when Jane Roe knocked Pat Toomey on trade and called \
            him a \u{201c}moderate.\u{201d}";
        assert_ne!(quotes(t)[0].1.as_deref(), Some("Pat Toomey"));
        // With no speech verb, a later clause with its own subject is not
        // the sentence subject's.
        let t = "Headline\nGov. Tom Baird and Jane Roe spoke.\n\
            Gov. Tom Baird on Monday signed an order to close the road, while Jane Roe, \
            the former mayor, proposed we \u{201c}wake up and smell the coffee.\u{201d}";
        assert_ne!(quotes(t)[0].1.as_deref(), Some("Tom Baird"));
        // A name ending in -ing is still the subject (the second case
        // heads its clause, where the participle test looks).
        let t = "Headline\nPeyton Manning told reporters on Sunday that the team would \
            win, calling the game \u{201c}a turning point.\u{201d}";
        assert_eq!(quotes(t)[0].1.as_deref(), Some("Peyton Manning"));
        let t = "Headline\nPeyton Manning spoke after the game.\n\
            Manning wanted the crowd to see \u{201c}a turning point.\u{201d}";
        assert_eq!(quotes(t)[0].1.as_deref(), Some("Peyton Manning"));
    }

    #[test]
    fn the_medium_before_a_colon_is_no_speaker() {
        let t = "Headline\nFormer governor Jeb Bush explained the problem to the Dutch \
            newspaper NRC Handelsblad: \u{201c}It was insensitive to many people.\u{201d}";
        assert_eq!(quotes(t)[0].1.as_deref(), Some("Jeb Bush"));
    }

    #[test]
    fn a_run_in_heading_is_no_speaker() {
        let t = "Headline\nJane Roe and Tom Baird spoke at the forum on Monday.\n\
            Ferry Plan Faces Hard Vote: Ending \"the long walk home\" is one of its goals.\n\
            Roe: \"We will fund the ferry this year, whatever it costs.\"";
        let q = quotes(t);
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[0].1, None);
        assert_eq!(q[1].1.as_deref(), Some("Jane Roe"));
    }

    #[test]
    fn a_quotation_left_open_runs_to_the_paragraphs_end() {
        let t = "Headline\nAnn Roe, the mayor, spoke on Monday.\n\
            \"We will not cut the ferry. It is how people get to work.\n\
            The council meets again on Friday.";
        let q = quotes(t);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(
            q[0].0,
            "We will not cut the ferry. It is how people get to work."
        );
        // A stray mark before other quotations opens none of its own.
        let t = "Headline\n\"The mayor called the plan \u{201c}bold\u{201d} on Monday.\n\
            The council meets again on Friday.";
        assert!(
            quotes(t).iter().all(|x| !x.0.contains("mayor")),
            "{:?}",
            quotes(t)
        );
    }

    #[test]
    fn a_double_mark_before_digits_opens_a_quotation() {
        let q = quotes("Headline\n\"99 red balloons is the song,\" Ann Roe said on Monday.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].0, "99 red balloons is the song,");
    }

    #[test]
    fn a_quotation_after_a_quotation_of_two_sentences_is_read() {
        // The second quotation's sentence starts inside the first one.
        let q = quotes(
            "Headline\n\"I respect him. He is a leader,\" Ann Roe said, adding: \"I welcome it.\"",
        );
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[1].0, "I welcome it.");
        assert_eq!(q[1].1.as_deref(), Some("Ann Roe"));
    }

    #[test]
    fn surnames_and_pronouns_resolve() {
        let t = "Headline\nWhite House spokesperson John Kirby spoke on Monday.\n\
            \"We are not concerned about the trip,\" Kirby said.\n\
            \"It changes nothing for us at all,\" he added.";
        let q = quotes(t);
        assert_eq!(q[0].1.as_deref(), Some("John Kirby"));
        assert_eq!(q[1].1.as_deref(), Some("John Kirby"));
        // A sentence's opening adverb is not a first name: "Later Kirby".
        let t = "Headline\nWhite House spokesperson John Kirby spoke on Monday.\n\
            Later Kirby went on to say, \"It changes nothing for us at all.\"";
        assert_eq!(quotes(t)[0].1.as_deref(), Some("John Kirby"));
        // "of Ohio" after a titled name is where they come from: "Tillman"
        // is still them. Not so in a body's name, nor past a possessive.
        let t = "Headline\nSen. Rob Tillman of Ohio voted no.\n\
            \"It is a wish list,\" Tillman said.";
        assert_eq!(quotes(t)[0].1.as_deref(), Some("Rob Tillman of Ohio"));
        let t = "Headline\nThe late Fred Rogers of Mister Rogers' Neighborhood spoke.\n\
            \"Help others win,\" Rogers said.";
        assert_eq!(quotes(t)[0].1.as_deref(), Some("Fred Rogers"));
        // "Name of City, State says": the state is not the speaker; a
        // clause before a comma ("the urgency of the matter,") is no name.
        let t = "Headline
Voters lined up early.
            Dana Fox of Columbia, South Carolina says \"he is riding the fence.\"";
        assert_eq!(quotes(t)[0].1.as_deref(), Some("Dana Fox of Columbia"));
        let t = "Headline
Voters lined up early.
            Stressing the urgency of the matter, Roe said, \"We must act now.\"";
        assert_eq!(quotes(t)[0].1.as_deref(), Some("Roe"));
    }

    #[test]
    fn he_or_she_is_the_sentence_subject_not_a_word_before_it() {
        // A club or team before a role noun is part of the role ("City
        // manager Jane Roe"), not the sentence's subject.
        let t = "Headline\nHarbour City won the cup on Saturday.\n\
            City manager Jane Roe praised her side. \"We never stopped believing,\" she said.";
        assert_eq!(quotes(t)[0].1.as_deref(), Some("Jane Roe"));
        // A day or place after a preposition does not use up the subject.
        let t = "Headline\nJohn Doe, 58, was jailed for seven years.\n\
            Sentencing him on Thursday, Judge Jane Roe said Doe had betrayed his staff.\n\
            \"You treated that money as your own,\" she told him.";
        assert_eq!(quotes(t)[0].1.as_deref(), Some("Jane Roe"));
        // After an opening phrase's comma, the name before the verb; not a
        // place in apposition ("Salem, New Hampshire,").
        let t = "Headline\nSpeaking at a town hall in Salem, New Hampshire, John Doe went after his rivals.\n\
            \"He is not a serious man,\" he said.";
        assert_eq!(quotes(t)[0].1.as_deref(), Some("John Doe"));
        // Who a sentence's statement is attributed to is its subject.
        let t =
            "Headline\nJohn Doe will have a harder time in the general election, Jane Roe said.\n\
            \"It is an open question whether he can win,\" she said.";
        assert_eq!(quotes(t)[0].1.as_deref(), Some("Jane Roe"));
        // A name in a clause after the verb is not the subject.
        let t = "Headline\nJane Roe spoke to CNN on Tuesday.\n\
            In an interview with The Daily Planet, she joked about leaving if John Doe wins.\n\
            \"He has no consistency about him,\" she said.";
        assert_eq!(quotes(t)[0].1.as_deref(), Some("Jane Roe"));
    }

    #[test]
    fn she_is_not_a_man_and_he_is_not_a_woman() {
        // The judge is the subject, but "she" is the woman named before.
        let t = "Headline\nMary Hale pleaded guilty in May.\n\
            Judge John Marr said the harm was great. \"I feel nothing but shame,\" she told the court.";
        assert_eq!(quotes(t)[0].1.as_deref(), Some("Mary Hale"));
        // A role says it too ("spokeswoman").
        let t = "Headline\nSpokeswoman Lee Park took questions on Monday.\n\
            Officials said Jordan Cole would attend. \"He will be there,\" she said.";
        assert_eq!(quotes(t)[0].1.as_deref(), Some("Lee Park"));
        // Two people share a surname: no gender is known for it.
        let t = "Headline\nJohn Roe and Mary Roe spoke on Monday.\n\
            Roe said the plan was sound. \"We will win,\" she said.";
        assert_eq!(quotes(t)[0].1.as_deref(), Some("Mary Roe"));
    }

    #[test]
    fn he_added_is_the_man_just_quoted() {
        // A role in apposition: the name is who speaks.
        let t = "Headline\nHealth Secretary Jane Roe spoke on Monday.\n\
            Labour's health spokesman, Tom Baird, said the government had 'lost control' of it. \
            'Every month of delay costs millions,' he added.";
        let q = quotes(t);
        assert_eq!(q[1].1.as_deref(), Some("Tom Baird"), "{q:?}");
        // Not when someone else is named in between.
        let t = "Headline\nIn the song, Billy Joel sings, \"Don't go changing.\" \
            John Doe has other plans. \"You think I'm going to change?\" he said.";
        let q = quotes(t);
        assert_eq!(q[1].1.as_deref(), Some("John Doe"), "{q:?}");
    }

    #[test]
    fn a_speaker_keeps_their_role() {
        let t = "Headline\nDr Marcus Hale, a cardiologist, called the findings \"encouraging\".\n\
            \"We have suspected this for a long time,\" he said.";
        let ls = clean::lines(t);
        let doc = structure::analyze(t, &ls, &vec![true; ls.len()]);
        let found = find(t, &doc);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(
            found
                .iter()
                .all(|f| f.role.as_deref() == Some("a cardiologist")),
            "{found:?}"
        );
    }

    #[test]
    fn a_role_before_the_name_beats_a_short_apposition() {
        let roles = |t: &str| {
            let ls = clean::lines(t);
            let doc = structure::analyze(t, &ls, &vec![true; ls.len()]);
            find(t, &doc)
                .into_iter()
                .map(|f| f.role)
                .collect::<Vec<_>>()
        };
        let t = "Headline\n\"Stop playing games,\" said Harbour City Mayor Jane Roe, a Democrat.";
        assert_eq!(roles(t), [Some("Harbour City Mayor".to_string())]);
        // A one-word title says less; a long description is the writer's.
        let t = "Headline\n\"Stop playing games,\" said Sen. Jane Roe, a Democrat.";
        assert_eq!(roles(t), [Some("a Democrat".to_string())]);
        let t = "Headline\n\"Stop playing games,\" said City Mayor Jane Roe, a lawyer who ran the port for a decade.";
        assert_eq!(
            roles(t),
            [Some("a lawyer who ran the port for a decade".to_string())]
        );
        // A body's officer; a person's own words are no role.
        let t = "Headline\n\"Fees will not bring rain,\" said Guy Mortimer, its secretary general.";
        assert_eq!(roles(t), [Some("its secretary general".to_string())]);
        let t = "Headline\n\"I will not go,\" said Jane Roe, her voice shaking.";
        assert_eq!(roles(t), [None]);
        // A lowercase role, then the name in apposition, after the verb.
        let t = "Headline\n\"We are full,\" said its chief executive, Tom Redfern.";
        assert_eq!(quotes(t)[0].1.as_deref(), Some("Tom Redfern"));
        assert_eq!(roles(t), [Some("its chief executive".to_string())]);
        // A role in apposition that opens the sentence names the person
        // after it; one after a preposition is someone else.
        let t = "Headline\nIts president, Mark Ellison, said members were split.\n\
            \"Some love the idea,\" Ellison said.";
        assert_eq!(roles(t), [Some("president".to_string())]);
        let t = "Headline\nThe union leader, Jo Park, spoke first.\n\"It is hard,\" Park said.";
        assert_eq!(roles(t), [Some("union leader".to_string())]);
        for t in [
            "Headline\nAfter meeting the president, Al Roe spoke.\n\"Good talks,\" Roe said.",
            "Headline\nAmong Republicans, Al Roe leads.\n\"Good polls,\" Roe said.",
        ] {
            assert_eq!(roles(t), [None], "{t}");
        }
        // A common noun capitalised to open the sentence is the role.
        let t = "Headline\nDefender Sam Okoro said: \"We never stopped believing.\"";
        assert_eq!(roles(t), [Some("Defender".to_string())]);
        assert_eq!(quotes(t)[0].1.as_deref(), Some("Sam Okoro"));
        // A member of a parliament: the party is the role, and "she" is
        // the member, not the minister named before ("Congress" alone
        // would make the run a body's name).
        let t = "Headline\nMinister R. K. Menon said the bill would end the disputes.\n\
            Congress MP Farida Qureshi said the bill took away the rights of states. \
            \"This is an attack on federalism,\" she told reporters.";
        assert_eq!(quotes(t)[0].1.as_deref(), Some("Farida Qureshi"));
        assert_eq!(roles(t), [Some("Congress MP".to_string())]);
        let t = "Headline\nReporters Without Borders said: \"This is a grave step.\"";
        assert_eq!(quotes(t)[0].1.as_deref(), Some("Reporters Without Borders"));
        // The body someone speaks for, named after "of the".
        let t = "Headline\n\"This is a reprieve,\" said Jane Roe of the Harbour Residents Group.";
        assert_eq!(
            roles(t),
            [Some("of the Harbour Residents Group".to_string())]
        );
        let t = "Headline\n\"This is a reprieve,\" said Jane Roe of the New York delegation.";
        assert_eq!(roles(t), [None]);
        // One capitalised word after "the" keeps its article: "the
        // American" is a description, "the Fed" a body.
        let t = "Headline\nAndre Agassi beat Jurgen Melzer.\n\
            \"I felt pretty good,\" said the American.";
        assert_eq!(quotes(t)[0].1.as_deref(), Some("the American"));
        // "I'd" is no one's name.
        let t = "Headline\nThe minister spoke.\nI'd say that the risk is \"a When, not an If.\"";
        assert_eq!(quotes(t)[0].1, None);
        // A title alone is no name: the apposition after it is.
        let t =
            "Headline\nArgentina's President, Nestor Kirchner, said on Friday: \"We were right.\"";
        assert_eq!(roles(t), [Some("Argentina's President".to_string())]);
        assert_eq!(quotes(t)[0].1.as_deref(), Some("Nestor Kirchner"));
        // A role that opens its sentence loses the sentence's capital "The".
        let t = "Headline\nThe opposition leader, Dan Kruger, called it \"a costly gesture.\"";
        assert_eq!(roles(t), [Some("opposition leader".to_string())]);
        // So does an owner that points back to a body named before.
        let t = "Headline\nThe union said staff were tired.\n\
            Its general secretary, Dan Kruger, said: \"Nurses hold this system together.\"";
        assert_eq!(roles(t), [Some("general secretary".to_string())]);
    }

    #[test]
    fn courtesy_titles_are_no_role() {
        let t = "Headline\nHealth Secretary Jane Roe visited on Monday.\n\
            Speaking at the site, Ms Roe said: 'We have waited far too long.'\n\
            Hospital chief executive Dr Ann Lee said the building was old. 'It is not a place to care for people,' she said.";
        let ls = clean::lines(t);
        let doc = structure::analyze(t, &ls, &vec![true; ls.len()]);
        let found = find(t, &doc);
        let roles: Vec<_> = found.iter().map(|f| f.role.as_deref()).collect();
        assert_eq!(
            roles,
            [Some("Health Secretary"), Some("Hospital chief executive")],
            "{found:?}"
        );
    }

    #[test]
    fn names_are_shown_without_possessives_or_imperatives() {
        let t = "Headline\nSee Jane Roe’s photos of the rally below the story.\n\
            \"We are not going anywhere at all,\" Roe said.";
        assert_eq!(quotes(t)[0].1.as_deref(), Some("Jane Roe"));
    }

    #[test]
    fn split_quotation_and_continuation() {
        let t = "Headline\n\"We are ready,\" Jane Roe said. \"The city has waited long enough.\"";
        let q = quotes(t);
        assert_eq!(q.len(), 2);
        assert!(
            q.iter().all(|x| x.1.as_deref() == Some("Jane Roe")),
            "{q:?}"
        );
    }

    #[test]
    fn a_later_sentence_about_someone_else_is_not_the_source() {
        // `"Q." Trump asked.` attributes; `"Q." Roe said she would ...` is
        // Roe's own statement, and the quotation stays with its speaker.
        let t = "Headline\n\"We are ready,\" John Doe told reporters. \"The city has waited long enough.\" Mayor Jane Roe said she would have voted against it.";
        let q = quotes(t);
        assert_eq!(q[1].1.as_deref(), Some("John Doe"), "{q:?}");
        let t = "Headline\n\"Is the city ready for this?\" Jane Roe asked.";
        assert_eq!(quotes(t)[0].1.as_deref(), Some("Jane Roe"));
    }

    #[test]
    fn a_verb_inside_what_someone_said_does_not_take_the_quotation() {
        let t = "Headline\nHouse Speaker Paul Ryan said the recent spate of shootings demands that all Americans engage in \"more listening and more learning.\"";
        assert_eq!(quotes(t)[0].1.as_deref(), Some("Paul Ryan"));
        // A person without a name is a speaker of their own.
        let t = "Headline\nJane Roe said a man yelled, \"Stay there, we are coming!\"";
        assert_ne!(quotes(t)[0].1.as_deref(), Some("Jane Roe"));
    }

    #[test]
    fn multi_paragraph_quotation_is_one() {
        // One quotation, one entry per paragraph: the second continues the
        // first, with its speaker, and each points to its own paragraph.
        let t = "Headline\nJane Roe said: \"The first part of what I said goes here.\n\n\"And the second part goes on here.\"";
        let ls = clean::lines(t);
        let doc = structure::analyze(t, &ls, &vec![true; ls.len()]);
        let q = find(t, &doc);
        let got: Vec<_> = q
            .iter()
            .map(|f| (f.span.of(t), f.speaker.as_deref(), f.continues))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "The first part of what I said goes here.",
                    Some("Jane Roe"),
                    false
                ),
                ("And the second part goes on here.", Some("Jane Roe"), true)
            ]
        );
        // A role at the start of a sentence is not part of the name.
        let t = "Headline\nColumnist Jane Rowe disagreed with the plan.\n\
            \"This plan is a fantasy,\" Rowe wrote in her column on Tuesday.";
        assert_eq!(quotes(t)[0].1.as_deref(), Some("Jane Rowe"));
        // A surname that is also a month: "Theresa May" is a person, and
        // "she" after her is her.
        let t = "Headline\nPrime Minister Theresa May set out her plan on Monday in London.\n\
            \"Nobody should doubt our resolve,\" she added.";
        assert_eq!(quotes(t)[0].1.as_deref(), Some("Theresa May"));
        // Alone, such a surname is a name when the article names the person
        // in full.
        let t = "Headline\nPrime Minister Theresa May set out her plan on Monday in London.\n\
            Columnist George Will disagreed with the plan.\n\
            \"We will get the best deal for Britain,\" May said.\n\
            \"This plan is a fantasy,\" Will wrote.";
        let who: Vec<_> = quotes(t).into_iter().map(|x| x.1).collect();
        assert_eq!(
            who,
            [Some("Theresa May".into()), Some("George Will".into())]
        );
        // Said right after it by someone who is no name: not the speaker of
        // the paragraph before.
        let t = "Headline\nThe minister spoke on Monday.\n\
            \"This plan will work,\" said Jane Roe.\n\
            \"It may work,\" said one aide. \"Nobody knows.\"";
        let who: Vec<_> = quotes(t).into_iter().map(|x| x.1).collect();
        assert_eq!(who, [Some("Jane Roe".into()), None, None]);
        // Introduced by a line that ends with a colon, without a speech verb.
        let t = "Headline\nCouncil leader Priya Raman read a statement after the vote:\n\
            \"This town has waited too long.\n\
            \"Tonight we have chosen to act.\"\n\
            Continued Raman:\n\
            \"The wall will give the old quay a chance.\"";
        let who: Vec<_> = quotes(t).into_iter().map(|x| x.1).collect();
        assert!(
            who.iter().all(|w| w.as_deref() == Some("Priya Raman")),
            "{who:?}"
        );
        // A transcript: each labelled paragraph is its speaker's turn.
        let t = "Headline\nChris Wallace spoke to Governor Mike Pence on Sunday.\n\
            Partial transcript as follows:\n\
            \"WALLACE: Will she be at the debate tomorrow night?\n\
            \"PENCE: Well, look, she will not be there.\n\
            \"And that is all I will say about it.\"";
        let q = quotes(t);
        let who: Vec<_> = q.iter().map(|x| x.1.as_deref()).collect();
        assert_eq!(
            who,
            [
                Some("Chris Wallace"),
                Some("Mike Pence"),
                Some("Mike Pence")
            ]
        );
    }

    #[test]
    fn scare_quotes_and_titles_are_not_quotations() {
        for t in [
            "Headline\nThe so-called \"reset\" with Moscow failed, analysts found.",
            "Headline\nShe starred in \"Saturday Night Live\" last year.",
            "Headline\nThe word \"reset\" appears often.",
        ] {
            assert!(quotes(t).is_empty(), "{t}");
        }
    }

    #[test]
    fn descriptions_of_someone_speak_verbatim() {
        let cases = [
            (
                "A Warren adviser said: \"She takes the threat very seriously.\"",
                Some("A Warren adviser"),
            ),
            (
                "Jane Roe's campaign manager says she is \"gratified by the decision.\"",
                Some("Jane Roe's campaign manager"),
            ),
            (
                "\"We will not back down,\" the New Jersey governor said.",
                Some("the New Jersey governor"),
            ),
            (
                "\"We will not back down,\" said a Mexican official who was not authorized to speak.",
                Some("a Mexican official"),
            ),
            (
                "\"We will not back down,\" added a New Hampshire Democrat.",
                Some("a New Hampshire Democrat"),
            ),
            (
                "\"We will not back down,\" the Lincoln actor says of the race.",
                Some("the Lincoln actor"),
            ),
            (
                "\"We will not sail today,\" a spokesperson for Isle Ferries said.",
                Some("a spokesperson for Isle Ferries"),
            ),
            (
                "\"We will appeal the ruling,\" a senior lawyer for Jane Roe said.",
                Some("a senior lawyer for Jane Roe"),
            ),
            // Not someone: a thing of a person's, or a phrase with a verb.
            (
                "Jane Roe's letter said \"the vote is over\" on Monday.",
                None,
            ),
            (
                "The Vermont senator emailed supporters, saying \"the vote is over\" today.",
                None,
            ),
        ];
        for (t, s) in cases {
            assert_eq!(one(t).1.as_deref(), s, "{t}");
        }
    }

    #[test]
    fn a_quotation_after_a_sentence_about_someone_is_theirs() {
        let t = "Headline\nJane Roe touted her record on jobs at the rally. \"We built this city together, one job at a time.\"";
        assert_eq!(quotes(t)[0].1.as_deref(), Some("Jane Roe"));
        // Not across paragraphs.
        let t = "Headline\nJane Roe touted her record on jobs at the rally.\n\"We built this city together, one job at a time.\"";
        assert_eq!(quotes(t)[0].1, None);
    }

    #[test]
    fn unsure_is_unattributed() {
        let (_, s) = one("The crowd chanted \"we want change now\" for an hour.");
        assert_eq!(s, None);
        // The owner in "Smith's deputy" is not the one speaking.
        let (_, s) = one("\"We want change now,\" said Jane Roe's deputy.");
        assert_ne!(s.as_deref(), Some("Jane Roe"));
        // A speaker named in an earlier sentence is not carried past it.
        let t = "Headline\nJane Roe said \"we want change.\" The crowd cheered. John Doe spoke and said the city would \"fight for every job,\" and they cheered again.";
        assert_eq!(quotes(t)[1].1.as_deref(), Some("John Doe"));
        // "X, he said, was ...": "he" is not X.
        let t = "Headline\n\"We will win,\" John Doe said. South Carolina, he said, was \"where we can win.\"";
        assert_eq!(quotes(t)[1].1.as_deref(), Some("John Doe"));
        // A participle never takes the name after it, and "of Green claims"
        // is a noun.
        let t = "Headline\n\"We will win,\" Jane Roe told a Cork rally, saying John Doe would \"lose this race.\"";
        assert_eq!(quotes(t)[1].1.as_deref(), Some("Jane Roe"));
        let (_, s) =
            one("Jane Roe said, \"We will win,\" promising the Friends of Cork will return.");
        assert_eq!(s.as_deref(), Some("Jane Roe"));
        let (_, s) = one("Auditors rated 32% of Green claims as \"pants on fire\" last year.");
        assert_eq!(s, None);
        // A clause cut by a quoted title does not open with an introductory
        // phrase: the rival named after its comma is not the speaker.
        let t = "Headline\nJane Roe visited \"Today\" to talk about her rival, John Doe, saying \"he is a decent man.\"";
        assert_ne!(quotes(t)[1].1.as_deref(), Some("John Doe"));
        // The object of "worked for" is not the speaker, title or not.
        let (_, s) = one("Jane Roe, who worked for Sen. John Doe, one of the bill's authors, called it \"a disaster for the city.\"");
        assert_ne!(s.as_deref(), Some("John Doe"));
    }
}
