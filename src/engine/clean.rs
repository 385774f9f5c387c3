//! Clean: which lines of a pasted page are the article.
//!
//! Each non-empty line is classified the way a reader skims a page:
//!
//! * **clutter** — calls to action ("Share", "Click here"), bylines and
//!   timestamps ("By NAME, SITE Published"), copyright and cookie lines, a
//!   comment's "Reply" and "2 weeks ago", and a line repeated verbatim (but
//!   an embedded post's "— Name (@handle) date" is the story's, and so is
//!   a short line of code: `>>> foo()`, `x = f(y)`);
//! * **box** headings — "Related", "Read more", "Sign up", "Most read",
//!   "About Us", "About Northwind Energy": a link list, a call to action or
//!   a publisher's blurb, below the article or inside it;
//! * **stop** lines — what ends an article: comments ("24 Comments",
//!   "Leave a reply"), the author's bio and its heading ("About Jane Roe");
//! * **prose** — long enough, ends like a sentence, and dense in common words
//!   (jusText's stop-word test), but not With Every Word Capitalised (a
//!   teaser headline that ends with a full stop);
//! * **short** — everything else: headlines, subheadings, menu items, related
//!   headlines.
//!
//! The article's core is the densest run of prose (furniture lines split
//! runs; short lines do not), or the densest above a comment thread's
//! heading when the thread outweighs the story (at most three times). It
//! is widened up and down while that gains
//! prose net of the furniture crossed (see `widen`), so a story cut by a
//! newsletter box or a "Related" link is one story again, then upward over
//! the headline and standfirst. Below a box of links, a paragraph of 40
//! words or more on the story's subject (four or more of its content
//! words, and 30% of them, are in the story's lead) reopens the story; the
//! box's own links stay out. The headline is the line above the story
//! that restates its lead (see `headline`); it becomes the first line
//! kept, so [`super::structure`] reads it as the headline.
//!
//! Known failure cases: an article whose paragraphs do not end with sentence
//! punctuation looks like a list of short lines; a long prose bio, a page's
//! own notes (licence, disclaimer, cookie bar) or a comment thread right
//! after the article, with no furniture line between, stays in; a page
//! whose largest run of prose is not the story (a card of offers, a second
//! story) loses the story; a story written in title case throughout reads
//! as a list of headlines; a related story's teaser on the same subject
//! that is not cut short with an ellipsis reopens the story below its box;
//! a subheading right after a box goes with the box's links; an "About"
//! page's own heading ("About This Site") is a box heading, so that page
//! loses its headline; a credited caption the gold keeps ("Richard
//! Vogel/AP") goes when it stands between the headline and the story; a
//! prose line that starts "Listen" without a full stop and has seven words
//! or fewer is taken for an audio player's.

use super::lexicon::Packed;
use super::lexicon::{has, is_stopword};
use super::text::{count_words, each_word, trim};
use super::Span;

/// The non-empty lines of `text`, trimmed (CR, spaces and NULs removed).
pub fn lines(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            push_line(text, Span::new(start, i), &mut out);
            start = i + 1;
        }
    }
    push_line(text, Span::new(start, text.len()), &mut out);
    join_wrapped(text, out)
}

/// Hard-wrapped text (an e-mail, a plain-text release, a PDF's copy) breaks
/// each paragraph into lines of about the same width. Those lines are joined
/// back into one, so that a paragraph reads as prose: a line joins the next
/// when the next starts in lower case (but not a short "by Jane Roe" under
/// a headline), or, in text that is wrapped
/// throughout, when the line does not end a sentence. A blank line always
/// ends a paragraph.
///
/// Known failure cases: in text that is not wrapped throughout, a wrapped
/// line whose continuation starts with a capital stays split; a wrapped
/// headline without a blank line under it joins its first paragraph.
fn join_wrapped(text: &str, lines: Vec<Span>) -> Vec<Span> {
    // Bytes, not characters: the same for the ASCII text most wrapping
    // happens in, and no character count in the wasm.
    let width = |l: &Span| l.len();
    let long: Vec<usize> = lines.iter().map(width).filter(|&w| w >= 40).collect();
    let wrapped = long.len() >= 8 && {
        // Most long lines share one width, within a few characters of the
        // widest line (the wrap column).
        let max = long.iter().copied().max().unwrap_or(0).min(120);
        let near = long.iter().filter(|&&w| w + 20 >= max && w <= max).count();
        max <= 110 && near * 10 >= long.len() * 6
    };
    let mut out: Vec<Span> = Vec::with_capacity(lines.len());
    for l in lines {
        if let Some(prev) = out.last_mut() {
            let between = text.get(prev.end..l.start).unwrap_or("");
            let one_break = between.bytes().filter(|&b| b == b'\n').count() == 1;
            let p = prev.of(text);
            let ends = p.ends_with(&['.', '!', '?', ':', '"', '”', '…'][..]);
            let next_lower =
                l.of(text).chars().next().is_some_and(char::is_lowercase) && !byline_under(text, l);
            if one_break && width(prev) >= 40 && !ends && (next_lower || wrapped) {
                prev.end = l.end;
                continue;
            }
        }
        out.push(l);
    }
    out
}

/// "by Jane Roe" (or "by on May 4, 2006", a byline whose name the page
/// left out) under a headline: a short line, not the rest of a wrapped
/// sentence ("... was approved\nby Mayor Jane Roe on Monday.").
fn byline_under(text: &str, l: Span) -> bool {
    let s = l.of(text);
    s.strip_prefix("by ").is_some_and(|r| {
        r.starts_with(char::is_uppercase) || r.contains(|c: char| c.is_ascii_digit())
    }) && count_words(text, l) <= 8
        && !ends_sentence(s)
}

fn push_line(text: &str, span: Span, out: &mut Vec<Span>) {
    let t = trim(text, span);
    if !t.is_empty() {
        out.push(t);
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Prose,
    Short,
    Clutter,
    /// A separator ("___", "-", "•"): not kept, but does not split the
    /// article either (live blogs put one between every entry).
    Rule,
    /// Clutter that ends an article (comments, the author's bio): what
    /// follows is not the story.
    Stop,
    /// The heading of a box that may stand inside an article ("Related",
    /// "Read more", "Sign up"): the story may go on below it.
    Box,
}

/// Whether each line (as returned by [`lines`]) belongs to the article.
pub fn classify(text: &str, lines: &[Span]) -> Vec<bool> {
    classify_counted(text, lines, &word_counts(text, lines))
}

/// Each line's words: counted once, for the cleaner and the card's total.
pub fn word_counts(text: &str, lines: &[Span]) -> Vec<usize> {
    lines.iter().map(|l| count_words(text, *l)).collect()
}

/// [`classify`], given each line's [`word_counts`].
pub fn classify_counted(text: &str, lines: &[Span], words: &[usize]) -> Vec<bool> {
    let kinds = kinds(text, lines, words);
    let mut keep = vec![false; lines.len()];

    // Runs of lines between furniture. A run's weight is its prose words,
    // counted twice in paragraphs (a prose line next to another), net of its
    // short lines: a story is paragraphs in a row, a list of teasers is a
    // headline and one blurb, again and again.
    let prose_at = |k: usize| kinds.get(k) == Some(&Kind::Prose);
    let mut runs: Vec<(usize, usize, usize)> = Vec::new(); // (first, last, weight)
    let mut i = 0;
    while i < lines.len() {
        if matches!(kinds[i], Kind::Clutter | Kind::Stop | Kind::Box) {
            i += 1;
            continue;
        }
        let first = i;
        let (mut prose, mut net) = (false, 0i64);
        while i < lines.len() && !matches!(kinds[i], Kind::Clutter | Kind::Stop | Kind::Box) {
            net += score(kinds[i], words[i]);
            if kinds[i] == Kind::Prose {
                prose = true;
                if i.checked_sub(1).is_some_and(prose_at) || prose_at(i + 1) {
                    net += words[i] as i64;
                }
            }
            i += 1;
        }
        // Weight 0 means no prose at all; any prose weighs at least 1.
        runs.push((first, i - 1, if prose { net.max(1) as usize } else { 0 }));
    }
    let Some(mut best) = (0..runs.len()).max_by_key(|&r| (runs[r].2, usize::MAX - r)) else {
        return keep;
    };
    // A comment thread can outweigh the story above its "Comments"
    // heading: the story is the heaviest run above that heading, when it
    // weighs a third of the thread or more. A comment count ("11 Comments")
    // is a link, often at the story's top, not the thread's heading.
    let thread_heading = |k: usize| {
        let l = lines[k].of(text);
        kinds[k] == Kind::Stop
            && !l.contains(|c: char| c.is_ascii_digit())
            && super::text::lower(l).contains("comment")
    };
    if let Some(stop) = (0..runs[best].0).rev().find(|&k| thread_heading(k)) {
        let above = (0..best)
            .filter(|&r| runs[r].1 < stop)
            .max_by_key(|&r| (runs[r].2, usize::MAX - r));
        if let Some(a) = above.filter(|&a| runs[a].2 * 3 >= runs[best].2 && runs[a].2 > 0) {
            best = a;
        }
    }
    if runs[best].2 == 0 {
        // No prose at all (a list, a headline alone): keep what is not clutter.
        for (k, kind) in keep.iter_mut().zip(&kinds) {
            *k = matches!(kind, Kind::Short | Kind::Prose);
        }
        return keep;
    }
    let (lo, hi) = {
        let (a, b) = (runs[best].0, runs[best].1);
        let core = Lead::new(text, lines, &kinds, a, b);
        // A paragraph on the story's subject: four or more of its content
        // words, and 30% of them, are in the story's lead. (Not a teaser's
        // excerpt, cut with an ellipsis.)
        let story = |k: usize| {
            let last = lines[k].of(text).rsplit(' ').next().unwrap_or("");
            kinds[k] == Kind::Prose
                && words[k] >= 40
                && !last.contains(&['…', '['][..])
                && !last.contains("..")
                && {
                    let (shared, pct) = core.overlap(text, lines[k]);
                    shared >= 4 && pct >= 30
                }
        };
        widen(&kinds, words, a, b, &story)
    };
    // Within the run, leading short lines are menus unless they sit right
    // above the prose (headline, standfirst, dateline): keep at most four.
    let first_prose = (lo..=hi).find(|&j| kinds[j] == Kind::Prose).unwrap_or(lo);
    let top = first_prose.saturating_sub(4).max(lo);
    let mut start = first_prose;
    // A live blog's list of entries ("Key events", then "10:42 Ferries
    // cancelled", "09:15 Red warning issued") stands between the headline
    // and the first entry: the headline is looked for above it.
    let clocks = (lo..first_prose)
        .rev()
        .take_while(|&j| kinds[j] == Kind::Short && clocked(lines[j].of(text)))
        .count();
    if clocks >= 2 {
        let mut j = first_prose - clocks;
        // The list's own heading: a line of two words or fewer.
        if j > 0 && kinds[j - 1] == Kind::Short && words[j - 1] <= 2 {
            j -= 1;
        }
        if let Some(h) = j
            .checked_sub(1)
            .filter(|&h| kinds[h] == Kind::Short && words[h] >= 3)
        {
            keep[h] = true;
        }
    }
    while start > top {
        let j = start - 1;
        // A one-word line (two, further up) is a menu item, not a headline.
        let min = if j + 1 == first_prose { 2 } else { 3 };
        if words[j] < min && !is_heading_like(text, lines[j]) {
            break;
        }
        start = j;
    }
    // The headline and standfirst often sit above a byline and a date:
    // look past those (and only those) for up to three short lines.
    let mut j = start;
    let mut shorts = 0;
    while j > 0 && shorts < 3 {
        let k = j - 1;
        // (The text's first line may also be a two-word headline, or a
        // question, which reads as prose: a rich paste starts at its `<h1>`.)
        let first = k == 0
            && match kinds[k] {
                Kind::Short => words[k] == 2,
                Kind::Prose => words[k] <= 25 && !lines[k].of(text).ends_with('.'),
                _ => false,
            };
        match kinds[k] {
            Kind::Clutter if meta_line(text, lines[k]) => {}
            // (A known heading too: "Key points:" over its list.)
            kind if kind == Kind::Short
                && (words[k] >= 3
                    || super::structure::heading_section(text, lines[k]).is_some())
                || first =>
            {
                keep[k] = true;
                shorts += 1;
            }
            _ => break,
        }
        j = k;
    }
    // Trailing short lines after the last prose line are related links,
    // tags, captions — unless they end like a sentence (a closing
    // "“You tell me,” he said.").
    let mut last_prose = (lo..=hi)
        .rev()
        .find(|&j| kinds[j] == Kind::Prose)
        .unwrap_or(hi);
    while last_prose < hi
        && kinds[last_prose + 1] == Kind::Short
        && words[last_prose + 1] >= 2
        && ends_sentence(lines[last_prose + 1].of(text))
    {
        last_prose += 1;
    }
    // (A box heading's own short lines, up to the story's next paragraph,
    // are its links.)
    let mut in_box = false;
    for j in start..=last_prose {
        in_box = kinds[j] == Kind::Box || in_box && kinds[j] != Kind::Prose;
        keep[j] = !in_box && matches!(kinds[j], Kind::Short | Kind::Prose);
    }
    // The headline opens the article: menus above it go, and so do the
    // lines between it and the story that share nothing with the story
    // (share buttons, "Video", bylines with an address); a standfirst
    // restates it. With no headline found, the same goes for the short
    // lines kept above the story.
    let lead = Lead::new(text, lines, &kinds, first_prose, last_prose);
    let h = headline(text, lines, &kinds, words, &lead, first_prose);
    for j in h.unwrap_or(start)..first_prose {
        let (shared, _) = lead.overlap(text, lines[j]);
        // A headline may share nothing with the lead ("Big news today"):
        // the line right above the story keeps its place.
        let near = h.is_none() && j + 1 == first_prose && words[j] >= 2;
        // (A credited photo caption too: "A burst main last summer.
        // Photograph: Sam Wells/PA".)
        let junk = (meta_line(text, lines[j]) || credited(lines[j].of(text))) && h != Some(j)
            || shared == 0
                && !near
                && !is_heading_like(text, lines[j])
                && (words[j] < 5 || lines[j].of(text).contains('@'));
        // A standfirst above the byline and share buttons reads as prose
        // (or is a long unpunctuated line right under the headline) and
        // restates the lead.
        // (Not a caption written as a sentence: "Montoya-Lewis is sworn in,
        // Monday, January 6, 2020, in Olympia.")
        let under = kinds[j] == Kind::Short
            && h == Some(j.wrapping_sub(1))
            && !lines[j].of(text).ends_with('.');
        let standfirst = h.is_some()
            && (kinds[j] == Kind::Prose || under)
            && (10..=60).contains(&words[j])
            && shared >= 2;
        keep[j] = keep[j] && !junk || h == Some(j) || standfirst;
    }
    if let Some(h) = h {
        keep[h] = true;
        keep[..h].fill(false);
    }
    keep
}

/// The content words of the story's first three prose lines, each as a
/// number made of its first five letters ("pleads", "plea…" agree): what a
/// headline restates.
struct Lead(Vec<u64>);

/// Content words kept of the lead, and read of a line (a headline has at
/// most 25 words; three paragraphs of a lead about 100).
const MAX_KEYS: usize = 200;

impl Lead {
    fn new(text: &str, lines: &[Span], kinds: &[Kind], first: usize, last: usize) -> Lead {
        let mut keys = Vec::new();
        for j in (first..=last).filter(|&j| kinds[j] == Kind::Prose).take(3) {
            Lead::keys(text, lines[j], &mut |k| keys.push(k));
        }
        // A few dozen words: a linear search is small and fast enough. The
        // cap keeps it so for a megabyte-long "paragraph".
        keys.truncate(MAX_KEYS);
        Lead(keys)
    }

    #[inline(never)]
    fn keys(text: &str, line: Span, f: &mut dyn FnMut(u64)) {
        super::text::each_word(text, line, |w| {
            let low = super::text::lower(w.span.of(text));
            let low = low.trim_matches(|c: char| !c.is_alphanumeric());
            if low.len() > 2 && !is_stopword(low) {
                f(low.chars().take(5).fold(0, |k, c| k << 12 ^ c as u64));
            }
        });
    }

    /// How many of the line's content words the lead has, and what share
    /// of them (in percent) that is.
    #[inline(never)]
    fn overlap(&self, text: &str, line: Span) -> (usize, usize) {
        let (mut all, mut shared) = (0, 0);
        Lead::keys(text, line, &mut |k| {
            // A headline is short: the rest of a long line cannot change
            // what is decided from it, and would cost a search per word.
            if all < MAX_KEYS {
                shared += self.0.contains(&k) as usize;
            }
            all += 1;
        });
        (shared, shared * 100 / all.max(1))
    }
}

/// The headline among the lines above the story: the short line that
/// shares most of its content words with the story's opening paragraphs,
/// and most words (shared words times their share) — a headline restates
/// the lead, a menu item, share button or related headline does not (the
/// title-matching idea of boilerpipe and
/// newspaper3k, with the lead standing in for the page's `<title>`).
/// Known failure cases: a photo caption without a full stop that restates
/// the lead beats a headline further up (unless it ends with its credit,
/// "Jane Roe/Reuters", "[Rex]"); a headline that shares almost no
/// words with the lead ("Brraaiins!") is not found, and the line right
/// above the story stays the headline as before; a headline of five words
/// or fewer under a longer line that echoes the lead (a kicker, a
/// breadcrumb without a separator) loses to that line; over a byline or
/// date, two shared words are enough, so a section label of three words or
/// more that shares two ("Council and transport news") heads the block.
fn headline(
    text: &str,
    lines: &[Span],
    kinds: &[Kind],
    words: &[usize],
    lead: &Lead,
    first_prose: usize,
) -> Option<usize> {
    let fits = |j: usize| {
        let s = lines[j].of(text);
        matches!(kinds[j], Kind::Short | Kind::Prose)
            && (3..=25).contains(&count_words(text, lines[j]))
            && !s.ends_with('.')
            && !s.contains('@')
            && !credited(s)
            && !shouted(s)
            && !clocked(s)
    };
    // A line over the header block (a standfirst, then the byline or
    // date, then the story) is the headline though the lead restates
    // less of it: a standfirst says what the headline leaves out.
    // The block's lines are read once, up from the story: `top` is the
    // highest of the run of bylines, dates, furniture and page controls
    // ("Save", "Gift this article") above it; `meta`, whether a byline or
    // date is among them.
    let (mut top, mut meta) = (first_prose, false);
    while top > 0 && first_prose - top < 30 {
        let m = meta_line(text, lines[top - 1]);
        if !(m
            || matches!(kinds[top - 1], Kind::Clutter | Kind::Rule)
            || kinds[top - 1] == Kind::Short && words[top - 1] <= 3)
        {
            break;
        }
        top -= 1;
        meta |= m;
    }
    // (A standfirst may stand between the line and the block.)
    let heads_block =
        |j: usize| meta && (j + 1 >= top || j + 2 == top && kinds[j + 1] == Kind::Prose);
    let mut best: Option<(usize, usize)> = None; // (line, shared words x share)
    for j in (first_prose.saturating_sub(30)..first_prose).rev() {
        if !fits(j) {
            continue;
        }
        let (shared, share) = lead.overlap(text, lines[j]);
        // Evidence is both: how much of the line the lead restates, and
        // how many words ("Seattle Times Store" shares two words, 66%; the
        // headline above it five, 41%).
        let key = shared * share;
        if shared >= 2 && (share >= 40 || heads_block(j)) && best.is_none_or(|b| key > b.1) {
            best = Some((j, key));
        }
    }
    // A standfirst restates the lead more closely than the headline does:
    // a shorter line right above the best, echoing the lead too, is the
    // headline.
    let h = best?.0;
    // (Not a breadcrumb: "Home/7 Birth Parents", "News Videos »".)
    let above = h.checked_sub(1).filter(|&j| {
        fits(j)
            && !lines[j].of(text).contains(&['/', '»', '›', '>'][..])
            // (Or, above a line of five words or fewer, a longer one: the
            // headline over a subheading, "Harbour City 1-2 Northfield".)
            && (count_words(text, lines[j]) < count_words(text, lines[h])
                || count_words(text, lines[h]) <= 5)
            && lead.overlap(text, lines[j]).0 >= 2
    });
    Some(above.unwrap_or(h))
}

/// Widens the article's core run over the lines next to it while that
/// gains prose: each prose line adds its words, each line of furniture
/// costs a little (a short line) or more (clutter, a box heading such as
/// "Related" or "Sign up"), and the widening stops where the running gain
/// peaks — the maximum-sum idea of BTE (Finn et al. 2001), anchored on the
/// core. So a story cut by a newsletter box or a "Read more" link is one
/// story again, while a footer of short links never pays for itself.
/// Downward, an end-of-article line (comments, the author's bio) is a
/// wall, a comment thread being prose too; so is a box heading with no
/// paragraph below it (a list of teasers, see [`box_ok`]).
fn widen(
    kinds: &[Kind],
    words: &[usize],
    lo: usize,
    hi: usize,
    story: &dyn Fn(usize) -> bool,
) -> (usize, usize) {
    let box_ok = box_ok(kinds);
    let reach = |order: &mut dyn Iterator<Item = usize>, down: bool| -> Option<usize> {
        let (mut sum, mut best, mut at) = (0i64, 0i64, None);
        for j in order {
            // (A paragraph of the story's own words below the box's
            // headlines reopens the story: "Related", three teasers, then
            // the article again.)
            if down
                && (kinds[j] == Kind::Stop
                    || kinds[j] == Kind::Box
                        && !box_ok[j]
                        && !(j + 1..(j + 9).min(kinds.len())).any(story))
            {
                break;
            }
            sum += score(kinds[j], words[j]);
            if sum > best {
                (best, at) = (sum, Some(j));
            }
        }
        at
    };
    let hi = reach(&mut (hi + 1..kinds.len()), true).unwrap_or(hi);
    let lo = reach(&mut (0..lo).rev(), false).unwrap_or(lo);
    (lo, hi)
}

/// What a line adds to the article when the article is widened over it:
/// prose its words; furniture a cost, so that only more prose beyond pays
/// for crossing it. The costs are round numbers, and the figures barely move
/// between half and twice them.
fn score(kind: Kind, words: usize) -> i64 {
    match kind {
        Kind::Prose => words as i64,
        // A subheading or caption costs little; a long run of menu items a lot.
        Kind::Short => -(2 + words as i64 / 4),
        Kind::Clutter => -8,
        Kind::Box => -30,
        Kind::Stop => -1000,
        Kind::Rule => 0,
    }
}

/// Whether the story may go on below each box heading: a paragraph run
/// (three prose lines in a row) starts within the next eight lines. A list
/// of teasers has one blurb between each headline and the next; a
/// newsletter box in mid-story has a line or two of its own, then the
/// story again.
fn box_ok(kinds: &[Kind]) -> Vec<bool> {
    let mut ok = vec![false; kinds.len()];
    // From the bottom up: prose lines in a row from here, and where the
    // nearest run of three starts.
    let (mut streak, mut next_run) = (0, usize::MAX);
    for j in (0..kinds.len()).rev() {
        match kinds[j] {
            Kind::Prose => streak += 1,
            Kind::Rule => {}
            _ => streak = 0,
        }
        if streak >= 3 {
            next_run = j;
        }
        ok[j] = next_run.saturating_sub(j) <= 8;
    }
    ok
}

/// A short line in capitals is a site's or a section's name ("NEW YORK
/// DAILY NEWS"), not a headline.
fn shouted(s: &str) -> bool {
    s.split_whitespace().count() <= 5
        && s.chars().any(char::is_alphabetic)
        && !s.chars().any(char::is_lowercase)
}

/// A photo caption's credit: "... Benoit Tessier/Reuters", "... [Rex]",
/// "Photographer: Jane Roe/Bloomberg", "(Image: ...)", "Photo courtesy
/// ...", "Media caption".
pub(crate) fn credited(s: &str) -> bool {
    let last = s.split_whitespace().next_back().unwrap_or("");
    let low = super::text::lower(s);
    s.ends_with(']')
        || last.len() > 3 && last.contains('/') && last.starts_with(char::is_uppercase)
        || [
            "photographer",
            "(image:",
            "(picture:",
            "(picture by",
            "photo:",
            "photo)",
            "photograph:",
            "(photo by",
            "photo courtesy",
            "photo :",
            "media caption",
            "image caption",
        ]
        .iter()
        .any(|p| low.contains(p))
}

/// A line longer than this is prose, never a byline or a date line of
/// twenty words: it is not counted word by word for them.
const PROSE_BYTES: usize = 400;

/// The headline's line, where bylines and dates stand under (0 with none).
pub fn head_line(lines: &[Span], head: Option<Span>) -> usize {
    head.and_then(|h| lines.iter().position(|l| l.end >= h.end))
        .unwrap_or(0)
}

/// The lines where bylines and dates stand: the page's first fifteen, and
/// the few under the headline `h` (a long menu can push it further down).
fn top(lines: &[Span], h: usize) -> impl Iterator<Item = usize> {
    const FIRST: usize = 15;
    const UNDER: usize = 8;
    (0..lines.len().min((h + UNDER).max(FIRST))).filter(move |&k| k < FIRST || k >= h)
}

/// The publication date: the first full date in the page's top lines
/// (where bylines and timestamps stand).
pub fn publication_date(text: &str, lines: &[Span], h: usize) -> Option<super::dates::Date> {
    top(lines, h).find_map(|k| {
        let l = lines[k];
        (l.len() <= PROSE_BYTES && count_words(text, l) <= 20)
            .then(|| super::dates::find_date(text, l))
            .flatten()
    })
}

/// The byline's names: the rest of the first "By ..." line (or part of a
/// line) near the top, without a date run on (see [`names_only`]); else a
/// name alone above the date line. Looked for in the page's first fifteen
/// lines and the seven under the headline. Known failure cases: a name
/// whose given name the lists lack ("Xiu Chen") is not found that way
/// unless a job follows it; a desk before a job ("Climate Desk editor")
/// is taken for a name; a related story's author above its date near the
/// top is taken.
pub fn byline(text: &str, lines: &[Span], h: usize) -> Option<Span> {
    // "Emma Clarke" alone on the line above the date: a name that starts
    // with a known given name (a short headline over a date does not),
    // or two capitalised words before a job ("Helena Marsh Energy
    // correspondent").
    let named = |k: usize| {
        let l = lines[k];
        // (Short, so a long line is not split into words for it.)
        let s = l.of(text).get(..60.min(l.len()))?;
        let ws: Vec<&str> = s.split(' ').collect();
        let job = ws.len() > 2 && JOBS.contains(&ws[ws.len() - 1]);
        let name = if job { 2 } else { ws.len() };
        let end = ws[name - 1].as_ptr() as usize - s.as_ptr() as usize + ws[name - 1].len();
        (l.len() <= 60
            && (2..=3).contains(&name)
            && ws[..name].iter().all(|w| super::text::starts_upper(w))
            && (job || super::names::is_male(&super::text::lower(ws[0])).is_some())
            && lines.get(k + 1).is_some_and(|&d| meta_line(text, d)))
        .then(|| Span::new(l.start, l.start + end))
    };
    by_line(text, lines, h).or_else(|| top(lines, h).find_map(named))
}

fn by_line(text: &str, lines: &[Span], h: usize) -> Option<Span> {
    top(lines, h).find_map(|k| {
        let l = lines[k];
        let s = l.of(text);
        if l.len() > PROSE_BYTES {
            return None;
        }
        // A meta line may join the byline to the date with a separator:
        // "By Jane Roe · March 2, 2026", "Published 11 May 2026 | By Jane
        // Roe". Each part is read on its own.
        s.split(&['·', '|', '•', '—'][..]).find_map(|part| {
            let p = part.trim();
            let low: String = p.chars().take(160).map(super::text::fold).collect();
            // ("Written by Jane Roe", "Words by Jane Roe" as "By Jane Roe".)
            let by = by_opening(&low)?;
            if !is_byline(&low, p.split_whitespace().count()) {
                return None;
            }
            // A piece of `s`: its place in the text is where it points.
            let rest = names_only(p.get(by..)?);
            let start = l.start + (rest.as_ptr() as usize).checked_sub(s.as_ptr() as usize)?;
            (!rest.is_empty()).then(|| Span::new(start, start + rest.len()))
        })
    })
}

/// A byline's names, without the date or time some pages run on ("Jane
/// Roe July 10, 2015", "Jane Roe/June 12, 2020 9:49 am", "Jane Roe on Thu,
/// Nov 9"): cut at the first number, weekday, or month before a number
/// ("Laura June Topolsky" keeps her name).
fn names_only(s: &str) -> &str {
    let words: Vec<&str> = s.split(&[' ', '/'][..]).filter(|w| !w.is_empty()).collect();
    let end = (0..words.len())
        .find(|&k| {
            let (w, next) = (words[k], words.get(k + 1).copied().unwrap_or(""));
            let low = super::text::lower(w.trim_end_matches(','));
            let low = low.trim_end_matches('.');
            let dated = next.starts_with(|c: char| c.is_ascii_digit());
            // (A weekday only before its date: "The Mail on Sunday" is a name.)
            let weekday = super::lexicon::weekday(low).is_some()
                || has(&["mon", "tue", "wed", "thu", "fri", "sat", "sun"], low);
            w.starts_with(|c: char| c.is_ascii_digit())
                || weekday && w.ends_with(',')
                || (weekday || super::lexicon::month(low).is_some()) && dated
        })
        .map_or(s.len(), |k| {
            words[k].as_ptr() as usize - s.as_ptr() as usize
        });
    // A name holds no digit or handle: what the page ran on without a
    // space goes ("Jane Roe22" comments, "Jane Roe@janeroe").
    let end = s[..end]
        .find(|c: char| c == '@' || c.is_ascii_digit())
        .unwrap_or(end);
    // (`strip_suffix`, not `trim_end_matches` with a string: that one
    // brings a substring searcher into the wasm.)
    let mut names = s[..end].trim_end_matches(&[' ', '/', ','][..]);
    for tail in [" -", " Published", " Updated"] {
        names = names.strip_suffix(tail).unwrap_or(names);
    }
    let names = names.trim_end_matches(',').trim();
    // "Jane Roe on", or a bare "on" where the page left the name out.
    match names.rsplit_once(' ') {
        Some((head, "on")) => head,
        // (Empty, but still a piece of `s`: the caller reads where it points.)
        None if names == "on" => &names[..0],
        _ => names,
    }
}

/// A byline or timestamp line (kept out, but looked past for the headline).
pub(crate) fn meta_line(text: &str, line: Span) -> bool {
    let low: String = line
        .of(text)
        .chars()
        .take(160)
        .map(super::text::fold)
        .collect();
    let n = count_words(text, line);
    // (A headline may hold a date: "Polls close on 4 May 2027" is no
    // timestamp; with a time of day it is. Not in `kind`: a table of
    // times, a meeting's date and hour, stay in the story.)
    is_meta(text, line, &low, n)
        || n <= 14 && low.split(' ').any(clocked) && super::dates::find_date(text, line).is_some()
}

/// A byline, a timestamp, or a date standing (almost) alone. `low` is the
/// line folded.
fn is_meta(text: &str, line: Span, low: &str, n: usize) -> bool {
    is_byline(low, n)
        || is_timestamp(low, n)
        || n <= 8 && super::dates::find_date(text, line).is_some()
}

/// Short lines that may stand right above an article: anything with a
/// question mark or three or more words, or a known section heading.
fn is_heading_like(text: &str, line: Span) -> bool {
    line.of(text).ends_with('?') || super::structure::heading_section(text, line).is_some()
}

/// The kind of each line.
pub fn kinds(text: &str, lines: &[Span], words: &[usize]) -> Vec<Kind> {
    // A map, not a set: the engine keeps to one map type (the value is unused).
    let mut seen = super::text::Map::default();
    lines
        .iter()
        .zip(words)
        .map(|(&l, &n)| {
            let k = kind(text, l, n);
            // A line repeated verbatim (a newsletter blurb shown twice, a
            // share row) is furniture, but not a short line of code, which
            // a tutorial repeats; the hash keeps this linear.
            if l.len() > 20
                && seen.insert(super::text::hash(l.of(text)), 0).is_some()
                && (n > 12 || !code_like(l.of(text)))
            {
                return Kind::Clutter;
            }
            k
        })
        .collect()
}

/// A line of program code or its output ("File \"<stdin>\", line 1",
/// "print(a.x, b.x)", "1.25 │ 7.41"): code repeats its lines, furniture
/// does not use these marks.
fn code_like(s: &str) -> bool {
    s.starts_with(">>>")
        || s.contains("│")
        || s.bytes().filter(|b| b"()[]{}=;<>_|".contains(b)).count() >= 2
}

/// How the lines that end an article start: comments, the author's box.
/// Hand-made from the clutter of news pages (no site names).
const END_STARTS: Packed = Packed(
    "about the author|comments|house rules|join the conversation|leave a comment|\
     leave a reply|more from|more stories|read comments|see all comments|share this|\
     show comments|view comments|you may also like|you might also like",
);

/// How the headings of boxes start — calls to action and link lists, which
/// stand below an article or inside it. Hand-made, no site names.
const BOX_STARTS: Packed = Packed(
    "don't miss|follow us|get the best|log in|most popular|most read|newsletter|\
     read more|read next|read the rest|recommended|related|sign in|sign up|sponsored|\
     subscribe|trending|up next|watch next",
);

/// How furniture lines start: photo credits, site footers, post navigation,
/// disclosures. Only for short lines (an article sentence may say "powered
/// by coal" but does not start "Powered by"). Hand-made, no site names.
/// (With the page controls that stood as wrong headlines on the dev pages:
/// "Found This Helpful", "Media playback is unsupported on your device".)
const CLUTTER_STARTS: Packed = Packed(
    "advertising disclosure|found this helpful|go to |in partnership with|learn about|\
     media playback|see all|category:|category :|explore further|next post|\
     pdf version|previous post|print recipe|release date|submit your letter",
);

/// Photo credits and embedded widgets' footers stand between an article's
/// paragraphs: dropped, but they do not split the article (like a
/// separator).
/// (And a wire story's notes: "(Updates with ...)", "(Adds ...)", "— With
/// assistance from ...".)
const CREDIT_STARTS: Packed = Packed(
    "(adds |(corrects |(credit|(updates |— with assistance|credit:|image:|photo by|photo:|\
     photograph by|photographer:|picture:|powered by|with assistance from",
);

const CLUTTER_PARTS: &[&str] = &[
    "ad blocker",
    "ad-blocker",
    "adblock",
    "auto renew",
    "auto-renew",
    "by continuing to",
    "comments are moderated",
    "instant access",
    "never miss",
    "rely on your support",
    "sorted by",
    "support our journalism",
    "push notifications",
    "what you think about this article",
    "advertisement",
    "all rights reserved",
    "cookie",
    "privacy policy",
    "terms of use",
    "terms of service",
    "click here",
    "your inbox",
    "free newsletter",
    "subscribe",
    "sign up",
    "share on",
    "share this",
    "image credit",
    "photo credit",
    "getty images",
    "copyright",
    "skip to",
    "(opens in new tab)",
    "whatsapp",
    "pinterest",
];

/// Legal footer phrases that no article paragraph uses, whatever its length
/// ("Market data provided by ... All rights reserved." runs 60 words).
const LEGAL_PARTS: &[&str] = &[
    "rights reserved",
    "is licensed under a creative commons",
    "may not be reproduced",
    "prior written permission",
    "without permission is prohibited",
    // Disclosures and disclaimers, however long.
    "we may receive compensation",
    "advertiser disclosure",
    "advertising disclosure",
    "advertising disclaimer",
    "not necessarily reflect the views",
];

fn kind(text: &str, line: Span, n: usize) -> Kind {
    let s = line.of(text);
    let low: String = s.chars().take(160).map(super::text::fold).collect();
    let low = low.replace('’', "'");
    if !s.chars().any(char::is_alphanumeric) {
        return Kind::Rule; // "-", "•", "|||"
    }
    // An "Author" heading over the bio ends the article.
    // (Measured and left out: "Tags: ..." as the end, which cost recall.)
    // ("About Jane Roe" too: a known given name after "About"; not a page's
    // "About This Site".)
    if has(
        &["author", "authors", "about the authors"],
        low.trim_end_matches(':'),
    ) || (3..=4).contains(&n)
        && low.starts_with("about ")
        && s.split(' ').all(super::text::starts_upper)
        && low
            .split(' ')
            .nth(1)
            .is_some_and(|g| super::names::is_male(g).is_some())
    {
        return Kind::Stop;
    }
    let end = END_STARTS.starts(&low);
    // ("About Northwind Energy", "About Us": the publisher's box.)
    let about = (2..=5).contains(&n)
        && low.starts_with("about ")
        && s.split(' ').all(super::text::starts_upper);
    if n <= 15 && (end || about || BOX_STARTS.starts(&low)) {
        // "Read more: Germany to set up new office" inside an article is
        // one link, not the end of the story: the article may go on.
        let inline = low
            .split_once(':')
            .is_some_and(|(_, rest)| rest.split_whitespace().count() >= 2);
        return match (inline, end) {
            (true, _) => Kind::Clutter,
            (false, true) => Kind::Stop,
            (false, false) => Kind::Box,
        };
    }
    if n <= 8 && low.contains("newsletter") {
        return Kind::Clutter; // "GET THE DAILY NEWSLETTER"
    }
    // An ad slot marker ("Advertisement", "Story continues below
    // advertisement") sits between an article's paragraphs.
    if n <= 4 && low.contains("advertisement") {
        return Kind::Rule;
    }
    if n <= 15 && CREDIT_STARTS.starts(&low) {
        return Kind::Rule;
    }
    if n <= 30 && CLUTTER_PARTS.iter().any(|p| low.contains(p))
        || n <= 15 && CLUTTER_STARTS.starts(&low)
    {
        return Kind::Clutter;
    }
    if s.starts_with('©') || low.starts_with("(c)") || is_legal(s) {
        return Kind::Clutter;
    }
    // A cookie notice runs as long as a paragraph ("We use cookies and
    // similar technologies to ...").
    if [
        "we use cookies",
        "this site uses cookies",
        "this website uses cookies",
    ]
    .iter()
    .any(|p| low.starts_with(p))
    {
        return Kind::Clutter;
    }
    // An embedded post's signature, "— Jane Roe (@janeroe) May 2, 2024",
    // is part of the story that quotes it.
    if low.starts_with(&['—', '–', '-'][..]) && low.contains("(@") {
        return Kind::Short;
    }
    if is_meta(text, line, &low, n) {
        return Kind::Clutter;
    }
    if is_bio(&low, n) {
        return Kind::Stop;
    }
    if is_short_bio(&low, n) {
        return Kind::Clutter;
    }
    // "25 thoughts on “Title”", "3 responses to ...", "24 Comments": a
    // comment thread starts.
    if n <= 20
        && low.starts_with(|c: char| c.is_ascii_digit())
        && [
            " thoughts on",
            " responses to",
            " comments on",
            " replies to",
        ]
        .iter()
        .any(|p| low.contains(p))
        || n == 2 && low.starts_with(|c: char| c.is_ascii_digit()) && low.ends_with(" comments")
    {
        return Kind::Stop;
    }
    // Share buttons: "Share", "All Share Services", "Share 0".
    if n <= 4
        && low
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w == "share")
    {
        return Kind::Clutter;
    }
    // A comment's own furniture: its action links and its age.
    if has(&["reply", "report", "flag", "like", "share"], low.as_str())
        || n <= 8 && low.ends_with(" ago")
    {
        return Kind::Clutter;
    }
    // Prose: long enough, ends like a sentence, and reads as English.
    let ends = ends_sentence(s) || s.ends_with(':');
    // A long paragraph with sentences inside is prose however it ends (a
    // review signed "[A.A. Dowd]", a trailing link): density decides.
    let long = n >= 30 && s.contains(". ");
    if n >= 6 && ends || long {
        let (mut stop, mut caps, mut alpha) = (0, 0, 0);
        // ASCII lowercase keeps offsets: one allocation for the line.
        let low = s.to_ascii_lowercase();
        each_word(text, line, |w| {
            let lw = low
                .get(w.span.start - line.start..w.span.end - line.start)
                .unwrap_or("");
            stop += is_stopword(lw.trim_end_matches('.')) as usize;
            let c = w.span.of(text).chars().next().unwrap_or(' ');
            alpha += c.is_alphabetic() as usize;
            caps += c.is_uppercase() as usize;
        });
        // Every Word Capitalised: a headline (a teaser list's "You Won't
        // Believe What This Fan Did."), not a sentence of the story.
        if n < 25 && alpha >= 4 && caps * 5 >= alpha * 4 {
            return Kind::Short;
        }
        // 0.2 is jusText's lower density bound for English; a long line
        // below it is still prose in a terse style, so it only demotes
        // short ones.
        if stop * 10 >= n * 2 || n >= 25 && ends {
            return Kind::Prose;
        }
    }
    Kind::Short
}

/// A legal footer line. `kind` reads only a line's first 160 characters,
/// and these phrases stand at the end of long footers: the whole line is
/// lowered, but only when a telltale word is there at all.
fn is_legal(s: &str) -> bool {
    [
        "eserved",
        "eproduced",
        "ermission",
        "rohibited",
        "icensed",
        "ompensation",
        "isclosure",
        "isclaimer",
        "ecessarily reflect",
    ]
    .iter()
    .any(|w| s.contains(w))
        && {
            let low: String = s.chars().map(super::text::fold).collect();
            LEGAL_PARTS.iter().any(|p| low.contains(p))
        }
}

fn ends_sentence(s: &str) -> bool {
    super::text::unclosed(s).ends_with(&['.', '!', '?', '…'][..])
}

/// A line opening with a clock time: a live blog's entry ("10:42 Ferries
/// cancelled", "9.15am Red warning issued"), never its headline. Known
/// failure case: a headline opening with a decimal ("3.50 pounds more for
/// a loaf") is taken for one.
pub(crate) fn clocked(s: &str) -> bool {
    let b = s.trim_start().as_bytes();
    let h = b.iter().take_while(|c| c.is_ascii_digit()).count();
    (1..=2).contains(&h)
        && matches!(b.get(h), Some(b':' | b'.'))
        && b.get(h + 1..h + 3)
            .is_some_and(|m| m.iter().all(u8::is_ascii_digit))
        && b.get(h + 3).is_none_or(|c| !c.is_ascii_digit())
}

/// The length of a byline's opening words: "By ", "Written by ", "Words by ".
fn by_opening(low: &str) -> Option<usize> {
    if low.starts_with("by ") {
        Some(3)
    } else if low.starts_with("written by ") {
        Some(11)
    } else if low.starts_with("words by ") {
        Some(9)
    } else {
        None
    }
}

/// "By Peter Weber, The Week US Published", "By JANE DOE and JOHN ROE".
fn is_byline(low: &str, words: usize) -> bool {
    by_opening(low).is_some() && words <= 14 && !low.ends_with('.')
        || words <= 12 && (low.ends_with(" published") || low.ends_with(" updated"))
}

/// "Published 3 June 2024", "Updated: 10:41 AM EDT, Tue June 18", "5 min read",
/// and the audio player's line that stands with them, "Listen to this
/// article · 6:12 min", "Listen (4 min)" (not a sentence: "Listen to me.").
fn is_timestamp(low: &str, words: usize) -> bool {
    words <= 7 && low.starts_with("listen") && !low.ends_with('.')
        // (Two of them, with their times: "Posted Sat 28 Nov 2026 at 5:12pm,
        // updated Sat 28 Nov 2026 at 7:40pm".)
        || (low.starts_with("published")
            || low.starts_with("updated")
            || low.starts_with("posted")
            || low.starts_with("last updated")
            || low.ends_with("min read")
            || low.ends_with("minute read")
            || low.ends_with("minutes read"))
            && (words <= 14 || words <= 20 && low.split(' ').any(clocked))
}

/// Jobs an author note names. Hand-made.
const JOBS: &[&str] = &[
    "analyst",
    "author of",
    "columnist",
    "contributor",
    "correspondent",
    "editor",
    "expert",
    "journalist",
    "professor",
    "reporter",
    "writer",
];

/// An author bio: "Peter has worked as a news and culture writer ...".
fn is_bio(low: &str, words: usize) -> bool {
    const CLAIMS: &[&str] = &[
        " has worked as ",
        " has written for ",
        " is a staff ",
        " is a senior ",
        " is a freelance ",
        "joined ",
        " has been a ",
        " has covered ",
        " is the author of ",
    ];
    words <= 120
        && CLAIMS.iter().any(|c| low.contains(c))
        && JOBS.iter().any(|j| low.contains(j))
        && low.split(' ').take(3).any(|w| w == "has" || w == "is")
}

/// A one-line author note: "David is a reporter covering housing ...",
/// "Jane Roe is a professor at ...". Weaker evidence than [`is_bio`], so the
/// line is dropped without ending the article.
/// "Jane Roe is a reporter at the Gazette." — the job right after "is a",
/// so a quotation ("This is a painful decision," she told reporters) is
/// not a bio.
fn is_short_bio(low: &str, words: usize) -> bool {
    words <= 40
        && !low.starts_with(&['"', '“', '\'', '‘'][..])
        && low.split(' ').take(3).any(|w| w == "is")
        && low.find(" is a").is_some_and(|at| {
            let after: String = low[at..].chars().take(60).collect();
            JOBS.iter().any(|j| after.contains(j))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept(t: &str) -> Vec<&str> {
        let ls = lines(t);
        let keep = classify(t, &ls);
        ls.iter()
            .zip(keep)
            .filter(|(_, k)| *k)
            .map(|(l, _)| l.of(t))
            .collect()
    }

    #[test]
    fn clock_times_open_live_blog_entries() {
        for (line, want) in [
            ("10:42 Ferries cancelled", true),
            ("9.15am Red warning issued", true),
            ("09:15 GMT", true),
            ("2024: the year in review", false),
            ("100.5 FM listeners complain", false),
            ("Storm Daria hits the west coast", false),
        ] {
            assert_eq!(clocked(line), want, "{line}");
        }
    }

    #[test]
    fn lines_drop_blank_and_crlf() {
        let t = "a\r\n\r\n  b \n";
        let ls: Vec<&str> = lines(t).iter().map(|l| l.of(t)).collect();
        assert_eq!(ls, vec!["a", "b"]);
    }

    #[test]
    fn clutter_after_the_article_goes() {
        let t = "Home\nNews\nCouncil approves new bridge over the river\n\
            The city council voted on Monday to build a new bridge over the river, ending years of debate.\n\
            The bridge will cost about 40 million pounds and take three years to build, officials said.\n\
            Subscribe to our newsletter\n\
            Get the best of the news delivered to your inbox every morning from our team.\n\
            By Jane Doe, The Daily Published\n";
        assert_eq!(
            kept(t),
            vec![
                "Council approves new bridge over the river",
                "The city council voted on Monday to build a new bridge over the river, ending years of debate.",
                "The bridge will cost about 40 million pounds and take three years to build, officials said."
            ]
        );
    }

    #[test]
    fn a_quotation_told_to_reporters_is_not_a_bio() {
        let q = "\"This is a painful decision, but the plant cannot survive,\" chief executive Jane Roe told reporters.";
        assert_eq!(kind(q, Span::new(0, q.len()), 17), Kind::Prose);
        let b = "Jane Roe is a reporter at the Gazette.";
        assert_eq!(kind(b, Span::new(0, b.len()), 8), Kind::Clutter);
    }

    #[test]
    fn share_buttons_are_clutter() {
        for t in ["Share", "All Share Services", "Share 0", "Share | Tweet"] {
            assert_eq!(
                kind(
                    t,
                    Span::new(0, t.len()),
                    count_words(t, Span::new(0, t.len()))
                ),
                Kind::Clutter,
                "{t}"
            );
        }
        let t = "Market share rises for the third year";
        assert_ne!(kind(t, Span::new(0, t.len()), 7), Kind::Clutter);
        // A wire story's notes stand like photo credits.
        for t in [
            "— With assistance from Omar Haddad",
            "(Updates with currency move in sixth paragraph.)",
        ] {
            let l = Span::new(0, t.len());
            assert_eq!(kind(t, l, count_words(t, l)), Kind::Rule, "{t}");
        }
    }

    #[test]
    fn a_long_cookie_notice_is_not_prose() {
        let notice = "We use cookies and similar technologies to improve your browsing experience, personalize content and offers, show targeted ads, analyze traffic, and better understand you. We may share your information with third-party partners for marketing purposes. To learn more and make choices about data use, visit our Advertising Policy and Privacy Policy. By clicking Accept, you agree to our terms.";
        let t = format!(
            "{notice}\nAccept and continue\nBy Jane Doe\n\
             The city council voted on Monday to build a new bridge over the river, ending years of debate.\n\
             The bridge will cost about 40 million pounds and take three years to build, officials said.\n"
        );
        let k = kept(&t);
        assert!(!k[0].starts_with("We use cookies") && k.len() <= 3, "{k:?}");
    }

    #[test]
    fn a_heavier_comment_thread_below_its_heading_is_not_the_story() {
        let story = "The city council voted on Monday to build a new bridge over the river, ending years of debate about the cost.\n\
            The bridge will cost about 40 million pounds and take three years to build, officials said on Monday.\n\
            Work will start in the spring, and the old crossing will stay open until the new one is finished.\n";
        let thread = "Jane wrote:\n\
            I have lived in this town for thirty years and I think the bridge is a waste of money that we will all regret.\n\
            The old crossing works perfectly well, and the council should spend the money on the schools and the roads instead.\n\
            Tom wrote:\n\
            Every morning I sit in traffic for half an hour because of that crossing, so I am glad they finally made a decision.\n\
            It is about time the council did something for the people who have to drive into town for work every day.\n\
            Ann wrote:\n\
            Forty million is a lot of money for a small town, and I would like to know who is going to pay for it in the end.\n\
            My guess is that our council tax will go up again next year, as it did the last time they built something big.\n";
        let t = format!(
            "Council approves new bridge over the river\n{story}Comments from our readers\n{thread}"
        );
        let k = kept(&t);
        assert_eq!(k.len(), 4, "{k:?}");
        assert!(k[3].starts_with("Work will start"));
        // A comment count is a link, not the thread's heading.
        let t = format!("Council approves new bridge over the river\n12 Comments\n{story}");
        assert_eq!(kept(&t).len(), 4);
    }

    #[test]
    fn the_headline_is_the_line_that_restates_the_lead() {
        let story = "The city council voted on Monday to build a new bridge over the river, ending years of debate.\n\
            The bridge will cost about 40 million pounds and take three years to build, officials said.\n";
        // Past a byline, share buttons and "Video"; not a related headline.
        let t = format!(
            "Home\nMayor opens winter market in the old square\n\
             Council approves new bridge over the river\nBy Jane Doe\nShare via Email\n\
             Share to Twitter\nVideo\n{story}"
        );
        assert_eq!(kept(&t)[0], "Council approves new bridge over the river");
        assert_eq!(kept(&t).len(), 3);
        // A standfirst restates the lead more closely: the shorter line
        // above it is still the headline, and the standfirst stays.
        let t = format!(
            "Bridge vote ends years of debate\n\
             The city council votes to build a new bridge over the river at a cost of 40 million pounds\n{story}"
        );
        assert_eq!(kept(&t).len(), 4);
        // A standfirst written as a sentence, above the byline, the date
        // and a "Comments" link, stays; the byline and the link go.
        let t = format!(
            "Council approves new bridge over the river\n\
             The vote ends years of debate about a new bridge, and building starts next year.\n\
             By Jane Doe\nMarch 3, 2024\nComments\n{story}"
        );
        assert_eq!(kept(&t).len(), 4, "{:?}", kept(&t));
        // So does an unpunctuated one right under the headline, above the
        // byline, the date and a row of share buttons.
        let t = format!(
            "Council approves new bridge over the river\n\
             The vote ends years of debate, but critics say the bridge will cost far too much\n\
             By Jane Doe\nMarch 3, 2024\nShare on Facebook  Share on X  Email\n{story}"
        );
        assert_eq!(kept(&t).len(), 4, "{:?}", kept(&t));
        // A menu item that shares two words with the lead is weaker
        // evidence than the headline that shares four.
        let t = format!(
            "Council approves new bridge over the river\nRiver Bridge Council\nBy Jane Doe\n{story}"
        );
        assert_eq!(kept(&t)[0], "Council approves new bridge over the river");
        // Above a subheading of five words or fewer (a match's score line),
        // the longer line that echoes the lead is the headline.
        let t = format!(
            "Drivers cheer as bridge ends years of waiting\nCouncil River Bridge 40-12\n\
             By Jane Doe\n{story}"
        );
        assert_eq!(kept(&t)[0], "Drivers cheer as bridge ends years of waiting");
        // A breadcrumb above the headline that echoes the lead is not it.
        let t = format!(
            "Home/City Council/River Bridge\nCouncil approves new bridge over the river\n{story}"
        );
        assert_eq!(kept(&t)[0], "Council approves new bridge over the river");
        // No line restates the lead: the one right above the story stays.
        let t = format!("Share\nBig news today\n{story}");
        assert_eq!(kept(&t)[0], "Big news today");
        let t = format!("Title here\n{story}");
        assert_eq!(kept(&t)[0], "Title here");
        // A site's name in capitals is not the headline, even when a
        // caption in the lead repeats it.
        assert!(shouted("NEW YORK DAILY NEWS") && !shouted("NASA delays Artemis launch"));
        for c in [
            "A garda watches over the empty city (Image: @GardaTraffic)",
            "Hal and Fran Finney. Photo courtesy Fran Finney",
            "Richard Vogel/AP",
            "Lions tackle Ndamukong Suh during Sunday's loss. (AP Photo)",
            "Whale expert Hori Parata. Photograph: Adrian Malloch for the Guardian",
        ] {
            assert!(credited(c), "{c}");
        }
        assert!(!credited(
            "Echoes of the past: the hotel's ghost walk (Photos)"
        ));
        // A photo caption that restates the lead is not the headline.
        for caption in [
            "The new bridge over the river will cost the city 40 million pounds Jane Roe/Reuters",
            "The council voted on Monday to build the new bridge [Rex]",
        ] {
            let t = format!(
                "Council approves new bridge over the river\nBy Jane Doe\n{caption}\n{story}"
            );
            assert_eq!(
                kept(&t)[0],
                "Council approves new bridge over the river",
                "{caption}"
            );
        }
    }

    #[test]
    fn a_story_cut_by_boxes_is_one_story() {
        let t = "Council approves new bridge over the river\n\
            The city council voted on Monday to build a new bridge over the river, ending years of debate about the cost and the route.\n\
            The bridge will cost about 40 million pounds and take three years to build, officials said, and it will carry both cars and trams.\n\
            Councillors from all parties backed the plan, which had been delayed twice by legal challenges from residents near the old crossing.\n\
            Essential news, delivered daily\n\
            Sign up\n\
            We would like to keep you informed about offers and events by email.\n\
            Related\n\
            Town rejects new car park plan\n\
            Work will start in the spring, and the old crossing will stay open until the new one is finished.\n\
            Residents welcomed the decision at a packed meeting on Monday night, and some cheered the result.\n\
            Opponents said they would keep fighting the plan in the courts for as long as it took them.\n\
            Read more\n\
            The council said the first stone would be laid in April, weather permitting, by the mayor herself.\n\
            Engineers will survey the river bed this winter to decide how deep the new piers must go.\n\
            A public exhibition of the design opens at the town hall next week and runs until the end of May.\n\
            Tags: bridge, council\n\
            Most read\n\
            Man finds giant marrow in garden\n";
        let k = kept(t);
        assert!(k.iter().any(|l| l.starts_with("The city council")), "{k:?}");
        assert!(k.iter().any(|l| l.starts_with("Opponents said")), "{k:?}");
        assert!(
            k.iter().any(|l| l.starts_with("A public exhibition")),
            "{k:?}"
        );
        // (A box's own links go, with its heading.)
        none_starts(
            &k,
            &[
                "Sign up",
                "Related",
                "Town rejects",
                "Read more",
                "Most read",
                "Man finds",
            ],
        );
    }

    /// No kept line starts with any of `furniture`.
    fn none_starts(kept: &[&str], furniture: &[&str]) {
        for f in furniture {
            assert!(!kept.iter().any(|l| l.starts_with(f)), "{f}: {kept:?}");
        }
    }

    #[test]
    fn a_paragraph_on_the_story_reopens_it_below_a_box() {
        let story = "Council approves new bridge over the river\n\
            The city council voted on Monday to build a new bridge over the river, ending years of debate about the crossing.\n\
            The bridge will cost about 40 million pounds and take three years to build, engineers said, and it will carry trams.\n\
            Councillors from all parties backed the crossing, which had been delayed twice by legal challenges from residents.\n\
            Related\n\
            Town rejects new car park plan\n\
            School wins national garden award\n";
        let on_topic = "Engineers told councillors the bridge would carry twice the traffic of the existing crossing, \
            and residents near the river will be consulted on the design before the council signs the contract for \
            the crossing next spring, with building expected to start soon after.";
        let bio = "About Jane Roe\n\
            Jane is the Courier's transport correspondent, covering the region's bridges, roads and railways \
            since 2015. She previously worked for a national newspaper and writes a weekly column on planning \
            and the environment for the paper's weekend edition.\n";
        let t = format!("{story}{on_topic}\n{bio}");
        let k = kept(&t);
        assert!(k.contains(&on_topic), "{k:?}");
        none_starts(
            &k,
            &[
                "Related",
                "Town rejects",
                "School wins",
                "About Jane",
                "Jane is",
            ],
        );
        // (A page's "About This Site" is no bio's heading.)
        let about = "About This Site";
        assert_ne!(kind(about, Span::new(0, about.len()), 3), Kind::Stop);
        // A teaser's excerpt (cut with an ellipsis) or a paragraph about
        // something else does not reopen it.
        let teaser = on_topic.replace("soon after.", "soon\u{2026}");
        let other = "The school's pupils planted the garden themselves over two years, growing vegetables, \
            flowers and fruit trees, and the judges praised the way the children had turned an empty yard into \
            a place where the whole neighbourhood now meets on summer evenings.";
        for tail in [teaser.as_str(), other] {
            let t = format!("{story}{tail}\n");
            assert_eq!(kept(&t).len(), 4, "{tail}");
        }
    }

    #[test]
    fn teasers_and_comments_below_the_story_stay_out() {
        let story = "Council approves new bridge over the river\n\
            The city council voted on Monday to build a new bridge over the river, ending years of debate.\n\
            The bridge will cost about 40 million pounds and take three years to build, officials said.\n\
            Work will start in the spring, and the old crossing will stay open until the new one is finished.\n";
        let teasers = "Related posts\n\
            Town rejects car park\n\
            The town's planning committee turned down the plan for a new car park by the station on Tuesday.\n\
            March 3, 2024\n\
            School wins award\n\
            A local primary school has won a national award for its garden, which pupils planted themselves.\n\
            March 2, 2024\n";
        let comments = "24 Comments\n\
            Jane Roe\n\
            2 weeks ago\n\
            About time too. I have been waiting for this bridge for twenty years and I am glad it is finally coming.\n\
            Reply\n\
            John Doe\n\
            3 weeks ago\n\
            What a waste of money. The old bridge is fine and the council should fix the roads in town instead.\n\
            Reply\n";
        let view = comments.replace("24 Comments", "View comments (24)");
        for tail in [teasers, comments, view.as_str()] {
            let t = format!("{story}{tail}");
            let k = kept(&t);
            assert_eq!(k.len(), 4, "{k:?}");
        }
    }

    #[test]
    fn a_list_of_title_cased_teasers_is_not_the_story() {
        let teasers = "You Will Not Believe What This Town Did With Its Old Bridge.\n\
            The Quiet Streets That Every Walker Dreams Of Finding One Day.\n\
            He Built A Boat In His Garden And Then Sailed It Around The Coast.\n\
            Twenty Gardens That Will Make You Want To Plant Something Today.\n";
        let story = "Council approves new bridge\n\
            The city council voted on Monday to build a new bridge over the river, ending years of debate.\n";
        let t = format!("{teasers}{story}");
        assert_eq!(
            kept(&t),
            vec![
                "Council approves new bridge",
                "The city council voted on Monday to build a new bridge over the river, ending years of debate."
            ]
        );
    }

    #[test]
    fn an_embedded_post_stays_in_the_story() {
        let t = "Council approves new bridge\n\
            The city council voted on Monday to build a new bridge over the river, ending years of debate.\n\
            Residents were quick to share their views on social media after the meeting ended.\n\
            Finally a bridge we can all use! Well done to everyone who campaigned for it.\n\
            — Jane Roe (@janeroe) May 2, 2024\n\
            The bridge will cost about 40 million pounds and take three years to build, officials said.\n";
        assert_eq!(kept(t).len(), 6, "{:?}", kept(t));
    }

    #[test]
    fn bios_and_bylines() {
        assert!(is_bio(
            "peter has worked as a news and culture writer and editor at the week since 2008.",
            20
        ));
        assert!(is_byline("by peter weber, the week us published", 7));
        assert!(!is_byline("by the end of the day, the vote was over.", 10));
        // The byline's names: past a separator, without a date run on.
        for (line, names) in [
            (
                "By Amira Okafor, Wendbury Courier",
                Some("Amira Okafor, Wendbury Courier"),
            ),
            ("By Rosa Delgado · March 2, 2026", Some("Rosa Delgado")),
            (
                "Published 11 February 2026, 18:40 • By Elif Sahin",
                Some("Elif Sahin"),
            ),
            (
                "By Laura June Topolsky July 10, 2015",
                Some("Laura June Topolsky"),
            ),
            (
                "By Jane Roe on Thu, Nov 9, 2023 at 4:00 am",
                Some("Jane Roe"),
            ),
            ("By Jane Roe/June 12, 2020 9:49 am EST", Some("Jane Roe")),
            (
                "By Glen Owen For The Mail On Sunday",
                Some("Glen Owen For The Mail On Sunday"),
            ),
            ("by on December 4, 2006", None),
            // What the page ran on without a space: a count, a handle.
            ("By Jane Roe22", Some("Jane Roe")),
            (
                "By Jane Roe and John Doe24 comments",
                Some("Jane Roe and John Doe"),
            ),
            ("By Jane Roe @janeroe", Some("Jane Roe")),
            // "Written by", "Words by" open a byline too.
            (
                "Written by Ana Roe | New Delhi | Updated: November 28, 2026 21:14 IST",
                Some("Ana Roe"),
            ),
            ("Words by Jane Roe", Some("Jane Roe")),
        ] {
            let l = Span::new(0, line.len());
            assert_eq!(byline(line, &[l], 0).map(|s| s.of(line)), names, "{line}");
        }
        // A name alone above the date, when it starts with a given name;
        // not a short headline over a date.
        for (t, names) in [
            (
                "Emma Clarke\nWed 11 Feb 2026 07.30 GMT",
                Some("Emma Clarke"),
            ),
            ("Harbour Fares Rise\nWed 11 Feb 2026 07.30 GMT", None),
            // Two capitalised words before a job: the name, whatever it is.
            (
                "Helena Marsh Energy correspondent\nSat 28 Nov 2026 14.00 GMT",
                Some("Helena Marsh"),
            ),
            ("Emma Clarke\nThe harbour board voted to raise fares.", None),
        ] {
            let ls = lines(t);
            assert_eq!(byline(t, &ls, 0).map(|s| s.of(t)), names, "{t}");
        }
    }

    #[test]
    fn the_audio_players_line_and_the_header_block() {
        assert!(is_timestamp("listen to this article · 6:12 min", 7));
        assert!(is_timestamp("listen (4 min)", 3));
        assert!(!is_timestamp("listen to me.", 3));
        // Two timestamps with their times run long.
        assert!(is_timestamp(
            "posted sat 28 nov 2026 at 5:12pm, updated sat 28 nov 2026 at 7:40pm",
            16
        ));
        assert!(!is_timestamp(
            "posted online on 3 may, the video of the crash was watched by more than a million people",
            18
        ));
        // Between the standfirst and the byline, it does not hide them.
        let t = "Council approves congestion fee after years of debate\n\
                 The charge for drivers entering downtown takes effect in April. Opponents vowed to sue.\n\
                 Listen to this article · 6:12 min\n\
                 By Dana Roe\n\
                 Nov. 27, 2026\n\
                 The city council voted 9 to 4 on Thursday to charge most drivers to enter the downtown core during the day.\n\
                 The fee is expected to raise about $180 million a year for buses and trains, the budget office said.\n\
                 Business groups said they would go to court to block the charge before it takes effect.\n";
        let s = crate::engine::summarize(t);
        assert!(s.standfirst.is_some_and(|f| f.starts_with("The charge")));
        assert!(!s.body.contains("Listen"), "{}", s.body);
        // The headline shares only "council" and "fee" with the lead (a
        // third of its words), but heads the standfirst, byline and date.
        assert!(s.title.is_some_and(|h| h.starts_with("Council approves")));
        // A credited photo caption there is no part of the story.
        let c = t.replace(
            "Nov. 27, 2026\n",
            "Nov. 27, 2026\nA camera over a downtown street. Photograph: Sam Wells/PA\n",
        );
        let s = crate::engine::summarize(&c);
        assert!(!s.body.contains("Photograph"), "{}", s.body);
        // Page controls of three words or fewer may stand in the block.
        let t = t.replace(
            "Listen to this article · 6:12 min\n",
            "Save\nGift this article\n",
        );
        let s = crate::engine::summarize(&t);
        assert!(s.title.is_some_and(|h| h.starts_with("Council approves")));
    }

    #[test]
    fn a_page_control_above_the_story_is_not_its_headline() {
        let story = "The harbour board voted on Monday to raise ferry fares by a tenth from the spring, after a year of losses on the night crossings.\n\
                     Passengers' groups said the rise would fall hardest on island families, who have no other way to reach the mainland hospital.\n";
        for control in [
            "Media playback is unsupported on your device",
            "Found This Helpful",
            "See all Travel",
            "Learn about Harbour Lines",
            "In partnership with",
            "Go to Ferry News",
        ] {
            let t = format!("{control}\n{story}");
            assert_eq!(kept(&t).len(), 2, "{control}: {:?}", kept(&t));
        }
    }

    #[test]
    fn an_author_heading_ends_the_article() {
        let story = "The harbour board voted on Monday to raise ferry fares by a tenth from the spring, after a year of losses on the night crossings.\n\
                     Passengers' groups said the rise would fall hardest on island families, who have no other way to reach the mainland hospital.\n";
        let bio = "Jane is the co-founder of a small consultancy in the port, and she has written about boats, ferries and harbours for twenty years.";
        let t = format!("{story}Author\nJane Roe\n{bio}\n");
        assert_eq!(kept(&t).len(), 2, "{:?}", kept(&t));
        // "Authorities said ..." is the story's.
        let t = format!("{story}Authorities said the fares would be reviewed in a year.\n");
        assert_eq!(kept(&t).len(), 3, "{:?}", kept(&t));
        // A publisher's box: "About" and a name, then its blurb.
        let blurb = "Harbour Ferries runs six routes between the islands and the mainland, and employs four hundred people across the region.";
        let t =
            format!("{story}About Harbour Ferries\n{blurb}\nMedia contact: press@example.org\n");
        assert_eq!(kept(&t).len(), 2, "{:?}", kept(&t));
    }

    #[test]
    fn a_byline_under_a_headline_is_not_its_wrapped_end() {
        let story = "The harbour board voted on Monday to raise ferry fares by a tenth from the spring, after a year of losses on the night crossings.\n";
        let t =
            format!("Harbour board raises ferry fares for the spring\nby Jane Roe\n{story}{story}");
        let ls = lines(&t);
        assert_eq!(
            ls[0].of(&t),
            "Harbour board raises ferry fares for the spring"
        );
        assert_eq!(byline(&t, &ls, 0).map(|s| s.of(&t)), Some("Jane Roe"));
        // A wrapped sentence still joins its end.
        let t = "The new timetable for the ferry was approved on Monday evening\nby the harbour board, after a long debate.";
        assert_eq!(lines(t).len(), 1);
    }

    #[test]
    fn a_question_headline_above_its_date_is_kept() {
        let story = "Scientists in Oslo tracked the moment an idea reaches awareness, using scans of forty volunteers who solved word puzzles in a scanner.\n\
                     The volunteers pressed a button when they felt sure of an answer, and the scans showed a burst of activity a second before.\n";
        let t = format!("How does the brain turn a hunch into a thought?\nThursday 27 July 2017\nPublished Thu 27 Jul 2017\n{story}");
        let ls = lines(&t);
        let keep = classify(&t, &ls);
        assert!(keep[0], "{keep:?}");
    }

    #[test]
    fn repeated_lines_of_code_stay_in_a_tutorial() {
        let para = "The loop below walks the list once, and the function returns the total of what it finds there.";
        let code = ">>> total = add(numbers)\nprint(total)\n";
        let t = format!("How to add numbers\n{para}\n{code}{para} Then again, with more.\n{code}{para} And the end.\n");
        let k = kept(&t);
        assert_eq!(
            k.iter().filter(|l| l.starts_with(">>>")).count(),
            2,
            "{k:?}"
        );
        // A share row shown twice is still furniture.
        let t = format!("How to add numbers\n{para}\nShare this story with friends now\n{para} More.\nShare this story with friends now\n");
        assert!(!kept(&t).iter().any(|l| l.starts_with("Share")));
    }

    #[test]
    fn every_legal_phrase_passes_the_quick_test() {
        // `is_legal` lowers a line only when one of its telltale stems is
        // there: each phrase must hold one, or it is never looked for.
        for p in LEGAL_PARTS {
            assert!(is_legal(p), "{p}");
        }
    }

    #[test]
    fn a_long_legal_footer_is_not_the_article() {
        let footer = "Most market data is provided by an outside firm and shown in real time, except for one index, which is delayed by two minutes. All times are Eastern. Market data copyright the data firm and its licensors. All rights reserved.";
        assert!(footer.split_whitespace().count() > 30);
        let t = format!("Council approves bridge\nThe city council voted on Monday to build a new bridge over the river.\n{footer}\n");
        assert_eq!(kind(&t, lines(&t)[2], 41), Kind::Clutter);
        let t = "Headline\nAll content is licensed under a Creative Commons Attribution 4.0 International License, unless noted.\n";
        assert_eq!(kind(t, lines(t)[1], 15), Kind::Clutter);
        // An affiliate disclosure, however long.
        let t = "Headline\nThis guide links to products from the shops we review, and those shops do not see it before it is published. We may receive compensation when you click on links to those products. Read the full advertiser disclosure for more about how we choose what to cover.\n";
        assert_eq!(kind(t, lines(t)[1], 48), Kind::Clutter);
    }

    #[test]
    fn an_inline_read_more_link_does_not_end_the_article() {
        let t = "Council approves new bridge over the river\n\
            The city council voted on Monday to build a new bridge over the river, ending years of debate.\n\
            The bridge will cost about 40 million pounds and take three years to build, officials said.\n\
            Read more: Town rejects new car park plan\n\
            Work will start in the spring, and the old crossing will stay open until the new one is finished.\n\
            Residents welcomed the decision at a packed meeting on Monday night, and some cheered the result.\n\
            Opponents said they would keep fighting the plan in the courts for as long as it took them.\n";
        let k = kept(t);
        assert!(k.iter().any(|l| l.starts_with("Opponents said")), "{k:?}");
        assert!(!k.iter().any(|l| l.starts_with("Read more")), "{k:?}");
    }

    #[test]
    fn hard_wrapped_paragraphs_are_joined() {
        // Wrapped at 60 columns throughout: every paragraph becomes one line.
        let para = "The city council voted on Monday to build a new bridge over the river, ending years of debate about its cost. The bridge will take three years to build and will open in 2029, officials said after the vote.";
        let mut t = String::from("Council approves bridge\n\n");
        for _ in 0..4 {
            let mut line = String::new();
            for w in para.split(' ') {
                if line.len() + w.len() > 60 {
                    t.push_str(line.trim_end());
                    t.push('\n');
                    line.clear();
                }
                line.push_str(w);
                line.push(' ');
            }
            t.push_str(line.trim_end());
            t.push_str("\n\n");
        }
        let ls: Vec<&str> = lines(&t).iter().map(|l| l.of(&t)).collect();
        assert_eq!(ls.len(), 5, "{ls:#?}");
        assert!(ls[1].starts_with("The city") && ls[1].ends_with("after the vote."));
        // Not wrapped: a headline over its first paragraph stays apart, and
        // a lower-case continuation joins.
        let t = "Council approves new bridge over the river after long row\nThe city council voted on Monday to build a new bridge over the\nriver, officials said.";
        let ls: Vec<&str> = lines(t).iter().map(|l| l.of(t)).collect();
        assert_eq!(ls.len(), 2, "{ls:#?}");
    }
}
