//! Rich paste: pasted HTML to article text, in one linear pass (two when the
//! first skipped too much, see [`to_text`]), never executed.
//!
//! The HTML is data: tags are read only for their names and their class
//! and id, block elements become line breaks, and the content of elements
//! that are never article text (`script`, `style`, ...) is skipped, as is
//! page furniture: `nav`, `aside`, `footer`, `form`, `figure`, and
//! containers whose class or id says "sidebar", "related", "comments"
//! (Readability's list), and what the reader never sees (`hidden`,
//! `aria-hidden="true"`, `display:none`, a "visually-hidden" class: player
//! menus, screen-reader labels), and controls (`role="button"`). When the
//! page marks its story's container (`article-body`, `entry-content`,
//! `itemprop="articleBody"`, ...; at least 100 words), the text is that
//! container alone, below the page's `<h1>` and the byline and date lines
//! that stand between them, and the line under the `<h1>` when a byline or
//! date follows it (a standfirst); not the captions, kickers or share rows
//! there, which could pass for the headline. Otherwise the text starts at
//! the page's first `<h1>` (of two words or more, with at least as much
//! text below it as above): above
//! a page's main heading stand its masthead and menus, and the heading is
//! the card's headline. A page that marks no container is read from the
//! one where its paragraphs gather, as Readability finds it: each paragraph
//! scores its container (more for commas and length), half that for the
//! one above, net of its link text; the best container's
//! siblings with paragraphs of their own (or its class, as a how-to's
//! steps) join it, and the text starts at the page's `<h1>`. This reading
//! is taken when it keeps a quarter of what the cleaner keeps of the whole
//! page (see `to_text`): so a stream of teasers after a story goes,
//! and a container that is one teaser or caption is not taken. Character
//! references are decoded. The result then goes through the plain-text
//! pipeline, so spans on a card made from HTML point into the text this
//! module returns.
//!
//! Known failure cases: what a page keeps outside its marked container
//! (a review's verdict box, a standfirst above it, comments a blog counts
//! as content) is lost; a standfirst with no byline or date under it is
//! lost; a byline inside an "author" box (not itself called a byline) is
//! skipped with the author bios; a page that marks every teaser as a
//! "post-content" reads them all; a page that hides its story until a script shows it is
//! read again without the furniture tests (see below); a page that wraps
//! its story in furniture (an `aside` around the whole page) is read again
//! without the furniture tests, and then keeps its real sidebars, and so
//! is one whose furniture (a 50-photo gallery) outweighs its story twice
//! over; an unclosed skipped element hides the rest of the page (the second
//! reading catches this when it costs most of the story); a table's row is
//! one line, so a layout table's bare-text cells run together; comments
//! inside `<script>` are not special; a page whose first `<h1>` is a
//! section's title below the story's start loses what stands above it
//! (unless that is more than what follows); a story split over containers
//! that are not siblings loses its other parts when its best part keeps a
//! quarter of the page; a gallery of captions can outscore a short story.

use super::lexicon::has;
use super::Span;

/// Fewer words than this in the marked story containers: not the story.
const STORY_MIN_WORDS: usize = 100;

/// Elements whose content is never article text.
const SKIP: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "head", "button", "select", "iframe",
    "object", "canvas", "math", "textarea",
];

/// Elements whose content is page furniture, when the page uses them as
/// the names say (some put the whole story in an `aside`).
const LAYOUT: &[&str] = &[
    "nav",
    "aside",
    "footer",
    "form",
    "figure",
    "figcaption",
    "dialog",
    "menu",
];

/// Elements that have no end tag (or whose end tag pages often leave out),
/// so a skip opened on them would never close.
const NO_END: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option",
];

/// Elements that start a new line.
const BLOCK: &[&str] = &[
    "p",
    "div",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "blockquote",
    "section",
    "article",
    "main",
    "header",
    "tr",
    "table",
    "pre",
    "hr",
    "dd",
    "dt",
    "dl",
    "address",
    "time",
];

/// Convert HTML to text with one paragraph per line.
///
/// Layout furniture (`nav`, `aside`, `footer`, ...) and containers whose
/// class or id names them as furniture are skipped, unless that loses more
/// than half of the article (a "sidebar-container" or an `aside` around the
/// whole story): then the page is read again without those tests, as
/// Readability retries without its "unlikely candidates".
pub fn to_text(html: &str) -> String {
    let ((strict, h1), strict_cand, skipped) = convert(html, true);
    // Nothing taken for furniture: a second reading would be the same.
    // Otherwise half the article is the line: skipping furniture never
    // costs that much of a story, and a wrapper around the story costs
    // nearly all. (Decided on the whole readings, before either is cut
    // down to its best container.)
    // (With the words the cleaner keeps of the reading taken, when known.)
    let (text, cand, h1, kept) = if skipped {
        let ((loose, loose_h1), loose_cand, _) = convert(html, false);
        let (s, l) = (article_words(&strict), article_words(&loose));
        if s * 2 >= l {
            (strict, strict_cand, h1, Some(s))
        } else {
            (loose, loose_cand, loose_h1, Some(l))
        }
    } else {
        (strict, strict_cand, h1, None)
    };
    // The container's reading holds the story when it keeps a quarter of
    // the words the whole reading keeps, or more. (A stream of teasers may
    // outweigh the story three times over; a container that is one teaser
    // or one caption holds far less.)
    match cand {
        Some((c, ch1)) if article_words(&c) * 4 >= kept.unwrap_or_else(|| article_words(&text)) => {
            from_h1(c, ch1)
        }
        _ => from_h1(text, h1),
    }
}

/// The text from the page's first `<h1>` on, when the page has one of at
/// least two words with at least as many words below it as above: what
/// stands above a page's main heading is its masthead and menus.
fn from_h1(text: String, h1: Option<usize>) -> String {
    let Some(at) = h1.filter(|&at| text.is_char_boundary(at)) else {
        return text;
    };
    let (above, below) = text.split_at(at);
    let heading = below.lines().next().unwrap_or("");
    if heading.split_whitespace().count() < 2
        || below.split_whitespace().count() < above.split_whitespace().count()
    {
        return text;
    }
    below.to_string()
}

/// How many words the cleaner keeps as the article.
fn article_words(text: &str) -> usize {
    let lines = super::clean::lines(text);
    let counts = super::clean::word_counts(text, &lines);
    let keep = super::clean::classify_counted(text, &lines, &counts);
    counts.iter().zip(keep).filter(|x| x.1).map(|x| x.0).sum()
}

/// A reading of the page: its text, and where the line of the first `<h1>`
/// starts in it.
type Reading = (String, Option<usize>);

/// The page's reading, the reading of its best container (see [`Boxes`])
/// when no container is marked as the story, and whether any element was
/// skipped as layout furniture.
fn convert(html: &str, strict: bool) -> (Reading, Option<Reading>, bool) {
    let mut h1_at = None;
    let mut skipped = false;
    let mut out = String::with_capacity(html.len() / 2);
    let b = html.as_bytes();
    let mut i = 0;
    // Skipped elements, with how deep the same element nests inside.
    let mut skip: Vec<(String, usize)> = Vec::new();
    let mut text_start = 0;
    // The open story container (element, depth, where its text starts) and
    // the text of those already closed.
    let mut body: Option<(String, usize, usize)> = None;
    let mut stories: Vec<(usize, usize)> = Vec::new();
    // Inside `<pre>` line breaks are the text's; elsewhere they are the
    // page source's layout, a space to the reader.
    let mut pre = 0usize;
    let mut boxes = Boxes::default();
    while i < b.len() {
        if b[i] != b'<' {
            i += 1;
            continue;
        }
        // Flush text before the tag.
        if skip.is_empty() {
            let from = out.len();
            decode_into(&html[text_start..i], pre > 0, &mut out);
            boxes.text(&out[from..]);
        }
        // Comments and doctype.
        if html[i..].starts_with("<!--") {
            i = html[i..].find("-->").map_or(b.len(), |e| i + e + 3);
            text_start = i;
            continue;
        }
        let (tag, end) = match html[i..].find('>') {
            Some(e) => (&html[i + 1..i + e], i + e + 1),
            None => (&html[i + 1..], b.len()),
        };
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .map(|c| c.to_ascii_lowercase())
            .collect();
        let self_closing = tag.ends_with('/');
        if name == "pre" {
            pre = if closing {
                pre.saturating_sub(1)
            } else {
                pre + 1
            };
        }
        if name == "h1" && !closing && skip.is_empty() && h1_at.is_none() {
            h1_at = Some(out.len());
        }
        // Attributes are read only on opening tags that may hold some.
        let low;
        let a = if !closing && (tag.contains('=') || tag.contains(" hidden")) {
            low = tag.to_ascii_lowercase();
            attrs(&low)
        } else {
            Attrs::default()
        };
        // The story's own container: count the depth of its element to
        // know where it ends, whatever is skipped inside.
        if let Some(b) = body.as_mut().filter(|b| b.0 == name) {
            if closing {
                b.1 -= 1;
                if b.1 == 0 {
                    stories.push((b.2, out.len()));
                    body = None;
                }
            } else if !self_closing {
                b.1 += 1;
            }
        }
        let is_story = !closing && skip.is_empty() && body.is_none() && story_body(&name, &a);
        if is_story {
            body = Some((name.clone(), 1, out.len()));
        }
        let hide = !closing
            && !self_closing
            && !NO_END.contains(&name.as_str())
            && (a.hidden || hidden_class(a.class));
        let starts_skip = !closing
            && !self_closing
            && (SKIP.contains(&name.as_str())
                || a.control
                || strict
                    && !is_story
                    && (hide || LAYOUT.contains(&name.as_str()) || furniture(&name, &a)));
        // A skipped element is not a container either: its end tag, inside
        // the skip, would never close it, and every box around it would
        // then close one end tag late.
        if skip.is_empty() && !starts_skip {
            boxes.tag(&name, &a, closing, self_closing, out.len());
        }
        if let Some(top) = skip.last_mut().filter(|t| t.0 == name) {
            // The same element inside a skipped one: count its depth, so
            // that its end tag does not end the skip.
            if closing {
                top.1 -= 1;
                if top.1 == 0 {
                    skip.pop();
                }
            } else if !self_closing {
                top.1 += 1;
            }
        } else if closing {
            if let Some(pos) = skip.iter().rposition(|s| s.0 == name) {
                skip.truncate(pos);
            } else if skip.is_empty() && BLOCK.contains(&name.as_str()) {
                boxes.end_line(&mut out);
            } else if skip.is_empty() && matches!(name.as_str(), "td" | "th") {
                out.push(' ');
            }
        } else if starts_skip {
            // Raw-text elements: jump to their end tag directly, since
            // their content may hold "<" that is not a tag.
            if has(&["script", "style", "textarea"], name.as_str()) {
                // The end tag in any case, found without lowering the rest
                // of the page (that would make many scripts quadratic).
                let j = (end..b.len())
                    .find(|&k| {
                        b[k] == b'<'
                            && b.get(k + 1) == Some(&b'/')
                            && b.get(k + 2..k + 2 + name.len())
                                .is_some_and(|t| t.eq_ignore_ascii_case(name.as_bytes()))
                    })
                    .unwrap_or(b.len());
                i = html[j..].find('>').map_or(b.len(), |e| j + e + 1);
                text_start = i;
                continue;
            }
            skipped |= !SKIP.contains(&name.as_str());
            skip.push((name, 1));
        } else if skip.is_empty() && BLOCK.contains(&name.as_str()) {
            boxes.end_line(&mut out);
        } else if skip.is_empty() && matches!(name.as_str(), "td" | "th") {
            // A table row reads as one line, its cells apart.
            out.push(' ');
        }
        i = end;
        text_start = i;
    }
    if skip.is_empty() && text_start < b.len() {
        decode_into(&html[text_start..], pre > 0, &mut out);
    }
    if let Some(b) = body {
        stories.push((b.2, out.len()));
    }
    // A page that marks its story's container is read from it alone, with
    // its main heading above (trafilatura's first step). A marked teaser or
    // two is too little to go by.
    // (Words in the ranges, and in the largest.)
    let words = |rs: &[(usize, usize)]| {
        rs.iter().fold((0, 0), |(all, big), r| {
            let n = out[r.0..r.1].split_whitespace().count();
            (all + n, big.max(n))
        })
    };
    let (all, largest) = words(&stories);
    if all >= STORY_MIN_WORDS && largest >= STORY_MIN_WORDS / 2 {
        return (select(&out, h1_at, &stories), None, skipped);
    }
    // Otherwise the container where the paragraphs gather, as a second
    // reading (see `to_text`).
    let cand = boxes.best(out.len(), h1_at);
    let cand = (words(&cand).0 >= STORY_MIN_WORDS).then(|| select(&out, h1_at, &cand));
    (fold_lines(&out, h1_at), cand, skipped)
}

/// The text of `ranges` of `out`, below the page's main heading.
fn select(out: &str, h1_at: Option<usize>, ranges: &[(usize, usize)]) -> Reading {
    let mut sel = String::with_capacity(out.len() / 2);
    let mut at = None;
    if let Some(h) = h1_at.filter(|&h| ranges.first().is_some_and(|r| h < r.0)) {
        let mut lines = out[h..ranges[0].0].lines().filter(|l| !l.trim().is_empty());
        sel.push_str(lines.next().unwrap_or(""));
        sel.push('\n');
        at = Some(0);
        // Between the headline and the container: the line under the
        // headline when a byline or date follows (a standfirst), and the
        // byline and date; not captions, kickers or share rows, which
        // could pass for the headline.
        let meta = |l: &&str| super::clean::meta_line(l, Span::new(0, l.len()));
        let mut lines = lines.peekable();
        if let Some(l) = lines.next_if(|l| (8..=60).contains(&l.split_whitespace().count())) {
            if lines.clone().any(|l| meta(&l)) {
                sel.push_str(l);
                sel.push('\n');
            }
        }
        for l in lines.filter(meta) {
            sel.push_str(l);
            sel.push('\n');
        }
    }
    for &(from, to) in ranges {
        if let Some(h) = h1_at.filter(|&h| at.is_none() && (from..to).contains(&h)) {
            at = Some(sel.len() + h - from);
        }
        sel.push_str(&out[from..to]);
        sel.push('\n');
    }
    fold_lines(&sel, at)
}

/// One paragraph per line: spaces inside lines folded, blank runs dropped;
/// and where the line of the `<h1>` at byte `h1_at` now starts.
fn fold_lines(out: &str, h1_at: Option<usize>) -> Reading {
    let mut folded = String::with_capacity(out.len());
    let (mut from, mut h1) = (0, None);
    for line in out.split('\n') {
        // The h1 opens the first line that ends after where it starts.
        if h1.is_none() && h1_at.is_some_and(|at| at <= from + line.len()) {
            h1 = Some(folded.len());
        }
        from += line.len() + 1;
        let l = super::fold(line);
        if !l.is_empty() {
            folded.push_str(&l);
            folded.push('\n');
        }
    }
    (folded, h1)
}

/// Words in a class or id that mark page furniture, and words that clear
/// an element of that suspicion: Mozilla Readability's
/// `unlikelyCandidates` and `okMaybeItsACandidate` lists.
const UNLIKELY: &[&str] = &[
    "-ad-",
    "ai2html",
    "banner",
    "breadcrumbs",
    "combx",
    "comment",
    "community",
    "cover-wrap",
    "disqus",
    "extra",
    "footer",
    "gdpr",
    "legends",
    "menu",
    "related",
    "remark",
    "replies",
    "rss",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "social",
    "sponsor",
    "supplemental",
    "ad-break",
    "agegate",
    "pagination",
    "pager",
    "popup",
    "yom-remote",
    // (Ours: a player's or slideshow's "control-bar".)
    "control",
    // From trafilatura's OVERALL_DISCARD_XPATH: newsletter boxes and author bios.
    "newsletter",
    "subscribe",
    "author",
];
/// ("byline" is ours: "author_byline" names the byline, not a bio.)
const MAYBE: &[&str] = &[
    "and", "article", "body", "byline", "column", "content", "main", "shadow",
];

/// A container whose class or id names it as furniture ("sidebar",
/// "related-links", "comments") and not as content.
fn furniture(name: &str, a: &Attrs) -> bool {
    if !matches!(
        name,
        "div" | "section" | "ul" | "ol" | "table" | "span" | "header"
    ) {
        return false;
    }
    let names = [a.class, a.id].concat();
    !names.is_empty()
        && UNLIKELY.iter().any(|u| names.contains(u))
        && !MAYBE.iter().any(|m| names.contains(m))
}

/// A container the page marks as the story's text: "article-body",
/// "story__content", "entry-content", `itemprop="articleBody"` (the class
/// names trafilatura's `BODY_XPATH` looks for, and schema.org's property).
fn story_body(name: &str, a: &Attrs) -> bool {
    const BODY: &[&str] = &[
        "articlebody",
        "articlecontent",
        "articletext",
        "storybody",
        "storycontent",
        "entrycontent",
        "postcontent",
        "postbody",
        "postentry",
        "bodytext",
    ];
    if !has(&["div", "section", "article", "main"], name) {
        return false;
    }
    // Most containers have no class or id: no string is built for them.
    if a.class.is_empty() && a.id.is_empty() && a.itemprop.is_empty() {
        return false;
    }
    let names: String = [a.class, a.id, a.itemprop]
        .iter()
        .flat_map(|s| s.chars())
        .filter(|&c| c != '-' && c != '_')
        .collect();
    BODY.iter().any(|b| names.contains(b))
}

/// Class names that hide an element from the reader (or show it only to
/// screen readers): "hidden", "sr-only", "vjs-hidden", "is-hidden" (but
/// not "overflow-hidden", which only clips).
fn hidden_class(class: &str) -> bool {
    class.split_ascii_whitespace().any(|c| {
        has(
            &[
                "hidden",
                "hide",
                "sr-only",
                "visuallyhidden",
                "screen-reader-text",
            ],
            c,
        ) || c.ends_with("-hidden") && !c.starts_with("overflow")
    })
}

/// Readability's content score, kept while the page is read: each line of
/// text of 25 characters or more that is not mostly a link (a paragraph)
/// scores 1, plus one per comma, plus one per 100 characters (at most 3),
/// for the container that holds it, half that for the one above and a
/// sixth for the next. The story is the container with the best score net
/// of its link text, with its siblings that hold paragraphs too.
#[derive(Default)]
struct Boxes {
    /// Open containers: (element, as its place in `CONTAINERS`; id; link
    /// bytes before it).
    open: Vec<(usize, usize, usize)>,
    /// By id, in the order they open (0 is the page).
    nodes: Vec<Node>,
    in_link: bool,
    /// Link text so far, and the current line's start and link bytes.
    link_total: usize,
    line_from: usize,
    line_link: usize,
    /// Where each paragraph starts, and its score.
    lines: Vec<(usize, u32)>,
}

#[derive(Clone, Copy, Default)]
struct Node {
    parent: usize,
    /// Its text's bytes in the page's reading.
    from: usize,
    to: usize,
    /// Net of link text once closed.
    score: u32,
    links: usize,
    /// The class attribute's hash (0 without one).
    class: u64,
}

/// The elements that hold a story's paragraphs (Readability's candidates).
const CONTAINERS: &[&str] = &["div", "section", "article", "main", "td", "body"];

impl Boxes {
    fn tag(&mut self, name: &str, a: &Attrs, closing: bool, self_closing: bool, at: usize) {
        if name == "a" {
            self.in_link = !closing;
        }
        let Some(kind) = CONTAINERS.iter().position(|c| *c == name) else {
            return;
        };
        if self.nodes.is_empty() {
            // The page itself, id 0.
            self.nodes.push(Node {
                to: usize::MAX,
                ..Node::default()
            });
        }
        if self_closing {
            return;
        }
        if !closing {
            // Deeper than this, nesting is not a layout (and the look-ups
            // below stay cheap).
            if self.open.len() < 200 {
                let id = self.nodes.len();
                self.nodes.push(Node {
                    parent: self.open.last().map_or(0, |o| o.1),
                    from: at,
                    to: at,
                    class: if a.class.is_empty() {
                        0
                    } else {
                        super::text::hash(a.class)
                    },
                    ..Node::default()
                });
                self.open.push((kind, id, self.link_total));
            }
            return;
        }
        if let Some(pos) = self.open.iter().rposition(|o| o.0 == kind) {
            while self.open.len() > pos {
                if let Some(o) = self.open.pop() {
                    self.close(o.1, o.2, at);
                }
            }
        }
    }

    fn close(&mut self, id: usize, links_before: usize, end: usize) {
        let link_total = self.link_total;
        if let Some(n) = self.nodes.get_mut(id) {
            n.to = end;
            let len = end.saturating_sub(n.from).max(1);
            n.links = (link_total - links_before).min(len);
            n.score = (n.score as usize * (len - n.links) / len) as u32;
        }
    }

    fn text(&mut self, s: &str) {
        if self.in_link {
            let n = visible(s.as_bytes());
            self.link_total += n;
            self.line_link += n;
        }
    }

    fn end_line(&mut self, out: &mut String) {
        let line = out.get(self.line_from..).unwrap_or("").as_bytes();
        let chars = visible(line);
        if chars >= 25 && self.line_link * 2 < chars {
            let commas = line.iter().filter(|&&b| b == b',').count() as u32;
            let score = 10 + 10 * commas + 10 * (chars as u32 / 100).min(3);
            self.lines.push((self.line_from, score));
            for (o, div) in self.open.iter().rev().zip([1, 2, 6]) {
                self.nodes[o.1].score += score / div;
            }
        }
        out.push('\n');
        self.line_from = out.len();
        self.line_link = 0;
    }

    /// How many paragraphs a node holds, and their score.
    fn content(&self, n: &Node) -> (usize, u32) {
        let before = |at: usize| self.lines.partition_point(|l| l.0 < at);
        // (A node ends after it starts: `to` is set when it closes.)
        let (from, to) = (before(n.from), before(n.to));
        (to - from, self.lines[from..to].iter().map(|l| l.1).sum())
    }

    /// The story's ranges of the text: the best container and its
    /// siblings that hold paragraphs, in page order.
    fn best(mut self, end: usize, h1: Option<usize>) -> Vec<(usize, usize)> {
        while let Some(o) = self.open.pop() {
            self.close(o.1, o.2, end);
        }
        let nodes = &self.nodes;
        let Some(mut top) = (1..nodes.len()).max_by_key(|&i| (nodes[i].score, usize::MAX - i))
        else {
            return Vec::new();
        };
        // Up while the container above holds no more paragraphs: its other
        // children are the story's siblings.
        let mine = self.content(&nodes[top]).1;
        while nodes[top].parent != 0 && self.content(&nodes[nodes[top].parent]).1 <= mine {
            top = nodes[top].parent;
        }
        let t = nodes[top];
        // Siblings with little link text: one with the story's own class
        // (the steps of a how-to) and a paragraph, or any with two
        // paragraphs worth three. (In page order: ids are given as
        // containers open.)
        let mut out: Vec<(usize, usize)> = Vec::new();
        for (i, n) in nodes.iter().enumerate() {
            let (paras, score) = self.content(n);
            let twin = n.class != 0 && n.class == t.class;
            if i == top
                || t.parent != 0
                    && n.parent == t.parent
                    && n.links * 3 < n.to.saturating_sub(n.from).max(1)
                    && (twin && paras >= 1 || paras >= 2 && score >= 30)
            {
                out.push((n.from, n.to));
            }
        }
        // The story starts at the page's headline: the standfirst and
        // byline between them are read as in the whole page.
        if let (Some(h), Some(first)) = (h1, out.first_mut()) {
            first.0 = first.0.min(h);
        }
        out
    }
}

/// Bytes that are not white space.
fn visible(s: &[u8]) -> usize {
    s.iter().filter(|b| !b.is_ascii_whitespace()).count()
}

/// What the converter reads of a tag's attributes.
#[derive(Default)]
struct Attrs<'a> {
    class: &'a str,
    id: &'a str,
    itemprop: &'a str,
    /// `hidden`, `aria-hidden="true"`, or a style with `display:none` or
    /// `visibility:hidden`: not shown to the reader.
    hidden: bool,
    /// `role="button"`: a script's control ("Play", "Mute", "Replay"),
    /// skipped like a `<button>`. (Not `href="#"` or `javascript:` links:
    /// measured, pages also wrap real text in those.)
    control: bool,
}

/// The attributes of a (lower-cased) tag, values quoted or not.
fn attrs(tag: &str) -> Attrs<'_> {
    let mut out = Attrs::default();
    let b = tag.as_bytes();
    let stop = |c: u8| c.is_ascii_whitespace() || c == b'=' || c == b'/';
    // Past the element's name.
    let mut i = b.iter().position(|&c| stop(c)).unwrap_or(b.len());
    while i < b.len() {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            i += 1;
        }
        let start = i;
        while i < b.len() && !stop(b[i]) {
            i += 1;
        }
        let key = &tag[start..i];
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut value = "";
        if b.get(i) == Some(&b'=') {
            i += 1;
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            let (from, to) = match b.get(i) {
                Some(&q @ (b'"' | b'\'')) => {
                    let end = b[i + 1..]
                        .iter()
                        .position(|&c| c == q)
                        .map_or(b.len(), |e| i + 1 + e);
                    (i + 1, end)
                }
                _ => (
                    i,
                    b[i..]
                        .iter()
                        .position(|c| c.is_ascii_whitespace())
                        .map_or(b.len(), |e| i + e),
                ),
            };
            value = &tag[from..to];
            i = (to + 1).min(b.len()).max(i + 1);
        } else if key.is_empty() {
            i += 1;
        }
        match key {
            "class" => out.class = value,
            "id" => out.id = value,
            "itemprop" => out.itemprop = value,
            "hidden" => out.hidden = true,
            "role" => out.control |= value == "button",
            "aria-hidden" => out.hidden |= value == "true",
            "style" => {
                let v: String = value.chars().filter(|c| !c.is_whitespace()).collect();
                out.hidden |= v.contains("display:none") || v.contains("visibility:hidden");
            }
            _ => {}
        }
    }
    out
}

/// Append `s` with character references decoded; outside `<pre>`, the
/// source's line breaks and tabs as spaces.
fn decode_into(s: &str, pre: bool, out: &mut String) {
    let from = out.len();
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let r = &rest[amp..];
        let semi = r.char_indices().take(12).find(|x| x.1 == ';').map(|x| x.0);
        let decoded = semi.and_then(|e| entity(&r[1..e]).map(|c| (c, e + 1)));
        match decoded {
            Some((c, len)) => {
                // (A soft hyphen, `&shy;`, is invisible and would split
                // its word in two for the engine.)
                if c != '\u{AD}' {
                    out.push(c);
                }
                rest = &r[len..];
            }
            None => {
                out.push('&');
                rest = &r[1..];
            }
        }
    }
    out.push_str(rest);
    if !pre && out[from..].contains(&['\n', '\r', '\t'][..]) {
        let spaced = out[from..].replace(['\n', '\r', '\t'], " ");
        out.truncate(from);
        out.push_str(&spaced);
    }
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let v = match num.strip_prefix(['x', 'X']) {
            Some(h) => u32::from_str_radix(h, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(v).filter(|c| *c != '\0');
    }
    // A table, not a `match`: smaller in the wasm. (Latin-1 names below.)
    const NAMED: &[(&str, char)] = &[
        ("amp", '&'),
        ("lt", '<'),
        ("gt", '>'),
        ("quot", '"'),
        ("apos", '\''),
        ("nbsp", ' '),
        ("rsquo", '’'),
        ("lsquo", '‘'),
        ("rdquo", '”'),
        ("ldquo", '“'),
        ("mdash", '—'),
        ("ndash", '–'),
        ("hellip", '…'),
        ("euro", '€'),
        ("trade", '™'),
        ("bull", '•'),
        ("percnt", '%'),
        ("sbquo", '‚'),
        ("bdquo", '„'),
        ("lsaquo", '‹'),
        ("rsaquo", '›'),
        ("thinsp", '\u{2009}'),
        ("oelig", 'œ'),
        ("scaron", 'š'),
        ("zcaron", 'ž'),
    ];
    // The HTML 4 Latin-1 set (HTMLlat1.ent), U+00A0 to U+00FF in order:
    // "S&atilde;o Paulo" in a page's source.
    const LATIN1: &str = "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not \
        shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 \
        frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute \
        Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times \
        Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring \
        aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute \
        ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml";
    NAMED.iter().find(|e| e.0 == name).map(|e| e.1).or_else(|| {
        let at = LATIN1.split(' ').position(|n| n == name)?;
        char::from_u32(0xA0 + at as u32)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_control_is_not_text() {
        let t = to_text("<p>Protesters marched through the city centre on Sunday.</p>\
            <div role=\"button\" class=\"vjs-play-control\"><span>Play</span></div><p>Police said the march was peaceful.</p>");
        assert_eq!(t, "Protesters marched through the city centre on Sunday.\nPolice said the march was peaceful.\n");
    }

    #[test]
    fn latin1_and_common_named_entities() {
        let t = to_text("<p>S&atilde;o Paulo &pound;5 &Eacute;cole &yuml; &iexcl;&euro;9 &copy; &bogus; &amp inter&shy;national</p>");
        assert_eq!(t, "São Paulo £5 École ÿ ¡€9 © &bogus; &amp international\n");
    }

    #[test]
    fn blocks_entities_and_skipped_elements() {
        let h = "<html><head><title>x</title></head><body><nav>Home News</nav>\
            <h1>Big &amp; bold</h1><p>First &ldquo;para&rdquo;.</p><script>if (a<b) alert(1)</script>\
            <p>Second<br>line &#8212; end</p><footer>(c) Site</footer></body></html>";
        assert_eq!(
            to_text(h),
            "Big & bold\nFirst “para”.\nSecond\nline — end\n"
        );
    }

    #[test]
    fn the_text_starts_at_the_main_heading() {
        let story = "<p>The city council voted on Monday to build a new bridge over the river, ending years of debate.</p>\
            <p>The bridge will cost about 40 million pounds and take three years to build, officials said.</p>";
        let page = format!(
            "<div class=\"top\"><a href=\"/\">Home</a> <a href=\"/news\">News</a></div>\
             <div>Most read: Town rejects car park</div><h1>Council approves <em>new</em> bridge</h1>{story}"
        );
        let t = to_text(&page);
        assert!(t.starts_with("Council approves new bridge\n"), "{t}");
        // A one-word h1 (a logo) or one with little below it cuts nothing.
        let logo = format!("<div>Most read: Town rejects car park</div><h1>Gazette</h1>{story}");
        assert!(to_text(&logo).starts_with("Most read"));
        let late =
            format!("{story}<h1>Subscribe to our newsletter today</h1><p>Every morning.</p>");
        assert!(to_text(&late).starts_with("The city council"));
    }

    #[test]
    fn furniture_by_class_and_id_is_skipped() {
        let story = "<p>The city council voted on Monday to build a new bridge over the river, ending years of debate about the cost.</p>\
            <p>The bridge will cost about 40 million pounds and take three years to build, officials said on Monday.</p>\
            <p>Work will start in the spring, and the old crossing will stay open until the new one is finished.</p>";
        let h = format!(
            "<div class=\"main\"><h1>Council approves bridge</h1>\
             <div class=\"author-byline\">By Jo Lee</div>\
             <div class=\"author-bio\">Jo Lee covers the council.</div>{story}</div>\
             <div class=\"related-links\"><div><p>Town rejects car park</p></div><p>School wins award</p></div>\
             <div id=\"comments\"><p>First!</p></div><p>The end of the page.</p>\
             <div class=\"control-bar\"><a href=\"#\">Play Slideshow</a><div>1 of 10</div></div>"
        );
        let t = to_text(&h);
        assert!(
            !t.contains("Play Slideshow") && !t.contains("1 of 10"),
            "{t}"
        );
        assert!(
            t.contains("Council approves bridge") && t.contains("Work will start"),
            "{t}"
        );
        assert!(
            !t.contains("Town rejects") && !t.contains("School wins"),
            "{t}"
        );
        // An author's bio is furniture; a byline is not.
        assert!(t.contains("By Jo Lee") && !t.contains("covers the"), "{t}");
        assert!(
            !t.contains("First!") && t.contains("The end of the page."),
            "{t}"
        );
        // A story wrapped in an aside (or a "sidebar-container") is read
        // again without the furniture tests.
        for wrap in ["aside", "div class=\"sidebar-container\""] {
            let end = wrap.split(' ').next().unwrap_or(wrap);
            let t = to_text(&format!("<nav>Home</nav><{wrap}>{story}</{end}>"));
            assert!(t.contains("Work will start"), "{wrap}: {t}");
        }
    }

    #[test]
    fn a_marked_story_container_is_read_alone_and_hidden_parts_never() {
        let para = "<p>The city council voted on Monday to build a new bridge over the river, ending years of debate about what it would cost the town and who would pay.</p>";
        let story = format!("<div class=\"story__body\">{}</div>", para.repeat(4));
        let page = format!(
            "<div>Home News Sport Weather</div><h1>Council approves bridge</h1>\
             <div class=\"byline\">By A. Writer</div><p>The bridge site on Monday (Jo Lee)</p>{story}\
             <div class=\"player\" aria-hidden=\"true\"><div>Video Quality</div><div>Captions off</div></div>\
             <div style=\"display: none\">Loading comments</div>\
             <div><p>More from the Gazette: School wins a national award for its new library</p></div>"
        );
        // Between the headline and the container, the byline and date
        // are kept, not a caption (which could pass for the headline);
        // nor the line under the headline without a byline under it.
        let t = to_text(&page);
        assert!(
            t.starts_with("Council approves bridge\nBy A. Writer\nThe city council"),
            "{t}"
        );
        assert!(
            !t.contains("School wins") && !t.contains("Video Quality"),
            "{t}"
        );
        // The line under the headline, above the byline: the standfirst.
        let sf = "<p>The vote ends a decade of argument over the town's worst crossing.</p>";
        let t = to_text(&page.replace("</h1>", &format!("</h1>{sf}")));
        assert!(
            t.starts_with("Council approves bridge\nThe vote ends a decade"),
            "{t}"
        );
        // Without the mark, the story is the container its paragraphs
        // share (the teaser below is not read), hidden parts left out.
        let plain = page.replace("story__body", "x");
        let t = to_text(&plain);
        assert!(
            t.starts_with("Council approves bridge\nBy A. Writer\nThe bridge site"),
            "{t}"
        );
        assert!(
            !t.contains("School wins") && !t.contains("Video Quality") && !t.contains("Loading"),
            "{t}"
        );
        // A few marked teasers are not the story.
        let teasers =
            "<div class=\"post-content\"><p>Short teaser text for another story.</p></div>"
                .repeat(8);
        let t = to_text(&format!(
            "<h1>Council approves bridge</h1>{}{teasers}",
            para.repeat(4)
        ));
        assert!(t.contains("The city council"), "{t}");
    }

    #[test]
    fn the_story_is_the_container_where_its_paragraphs_gather() {
        let para = |n: u32| {
            format!("<p>Paragraph {n} of the story: the harbour board met on Monday, and the ferry fares will rise by a tenth in the spring.</p>")
        };
        let story: String = (1..=6).map(para).collect();
        let teaser = |n: u32| {
            format!("<div><h3><a href=\"/{n}\">Another story, number {n}, with its own headline</a></h3>\
             <p>Blurb {n} for that other story, long enough to read as a paragraph, with commas, too.</p></div>")
        };
        let page = format!(
            "<div class=\"top\"><h1>Ferry fares to rise</h1><p class=\"intro\">Passengers will pay more from April, the board said.</p>\
             <div class=\"copy\">{story}</div></div><div class=\"stream\">{}</div>",
            (1..=6).map(teaser).collect::<String>()
        );
        let t = to_text(&page);
        // The standfirst between the headline and the container is kept;
        // the stream of teasers after the story is not.
        assert!(
            t.starts_with("Ferry fares to rise\nPassengers will pay more"),
            "{t}"
        );
        assert!(
            t.contains("Paragraph 6 of the story") && !t.contains("Blurb"),
            "{t}"
        );
        // A skipped box inside the story (a player's control, a hidden
        // menu) does not keep the story's container open past its end.
        let skipped = "<div role=\"button\">Play</div><div hidden>Menu</div>";
        let t = to_text(&page.replace(
            "</p><p>Paragraph 4",
            &format!("</p>{skipped}<p>Paragraph 4"),
        ));
        assert!(
            t.contains("Paragraph 6 of the story") && !t.contains("Blurb") && !t.contains("Play"),
            "{t}"
        );
        // A how-to's steps, in boxes of one class, are the story's
        // siblings: the first step (five paragraphs, the best container)
        // brings the others, one paragraph each, along.
        let step = |body: String| {
            format!("<div class=\"step\"><div>{body}</div></div><div class=\"ad\"><a href=\"/\">Shop now</a></div>")
        };
        let steps: String = std::iter::once(step((11..=15).map(para).collect()))
            .chain((2..=5).map(|n| step(para(n))))
            .collect();
        let t = to_text(&format!("<h1>How to pot a fern</h1><div>{steps}</div>"));
        assert!(
            (2..=5)
                .chain(11..=15)
                .all(|n| t.contains(&format!("Paragraph {n} "))),
            "{t}"
        );
        assert!(!t.contains("Shop now"), "{t}");
    }

    #[test]
    fn source_line_breaks_are_spaces_outside_pre_and_a_table_row_is_a_line() {
        let h = "<p>The council voted\non Monday\r\nto build it.</p><pre>a\nb</pre>\
                 <table><tr><td>Groundhog Day</td><td>1993</td></tr><tr><td>Edge of Tomorrow</td><td>2014</td></tr></table>";
        assert_eq!(
            to_text(h),
            "The council voted on Monday to build it.\na\nb\nGroundhog Day 1993\nEdge of Tomorrow 2014\n"
        );
    }

    #[test]
    fn attributes() {
        let a = attrs("div class=\"a b\" id='c' data-id=x");
        assert_eq!((a.class, a.id, a.hidden), ("a b", "c", false));
        assert_eq!(attrs("div data-id=\"x\" id=y").id, "y");
        assert_eq!(attrs("div").id, "");
        assert_eq!(attrs("div id").id, "");
        assert!(attrs("div hidden").hidden);
        assert!(attrs("div aria-hidden=\"true\"").hidden);
        assert!(attrs("span style=\"color: red; display: none\"").hidden);
        assert!(!attrs("div title=\"a hidden gem\" aria-hidden=false").hidden);
        // Broken tags end where they end.
        for t in ["div class=", "div class=\"x", "div ='", "div = = ="] {
            let _ = attrs(t);
        }
    }

    #[test]
    fn broken_html_does_not_panic() {
        for h in [
            "<", "<p", "&", "&#xZZ;", "<script>", "</nav>", "<!--", "é<é>é", "&#0;",
        ] {
            let _ = to_text(h);
        }
    }
}
