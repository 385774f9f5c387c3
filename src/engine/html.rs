//! Rich paste: pasted HTML to article text, in one linear pass (two when the
//! first skipped too much, see [`to_text`]), never executed.
//!
//! The HTML is data: tags are read only for their names and their class
//! and id, block elements become line breaks, and the content of elements
//! that are never article text (`script`, `style`, ...) is skipped, as is
//! page furniture: `nav`, `aside`, `footer`, `form`, `figure`, and
//! containers whose class or id says "sidebar", "related", "comments"
//! (Readability's list). The text starts at the page's first `<h1>` (of
//! two words or more, with at least as much text below it as above): above
//! a page's main heading stand its masthead and menus, and the heading is
//! the card's headline. Character references are decoded. The result then
//! goes through the plain-text pipeline, so spans on a card made from HTML
//! point into the text this module returns.
//!
//! Known failure cases: a page that wraps its story in furniture (an
//! `aside` around the whole page) is read again without the furniture
//! tests, and then keeps its real sidebars; an unclosed skipped element
//! hides the rest of the page (the second reading catches this when it
//! costs most of the story); tables become one line per cell; comments
//! inside `<script>` are not special; a page whose first `<h1>` is a
//! section's title below the story's start loses what stands above it
//! (unless that is more than what follows).

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
    "td",
    "th",
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
    let (strict, skipped, h1) = convert(html, true);
    // Nothing taken for furniture: a second reading would be the same.
    // Otherwise half the article is the line: skipping furniture never
    // costs that much of a story, and a wrapper around the story costs
    // nearly all.
    let (text, h1) = if skipped {
        let (loose, _, loose_h1) = convert(html, false);
        if article_words(&strict) * 2 >= article_words(&loose) {
            (strict, h1)
        } else {
            (loose, loose_h1)
        }
    } else {
        (strict, h1)
    };
    from_h1(text, h1)
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
    let keep = super::clean::classify(text, &lines);
    lines
        .iter()
        .zip(keep)
        .filter(|x| x.1)
        .map(|(l, _)| super::text::count_words(text, *l))
        .sum()
}

/// The text, whether any element was skipped as layout furniture, and
/// where the line of the first `<h1>` starts in the text.
fn convert(html: &str, strict: bool) -> (String, bool, Option<usize>) {
    let mut h1_at = None;
    let mut skipped = false;
    let mut out = String::with_capacity(html.len() / 2);
    let b = html.as_bytes();
    let mut i = 0;
    // Skipped elements, with how deep the same element nests inside.
    let mut skip: Vec<(String, usize)> = Vec::new();
    let mut text_start = 0;
    while i < b.len() {
        if b[i] != b'<' {
            i += 1;
            continue;
        }
        // Flush text before the tag.
        if skip.is_empty() {
            decode_into(&html[text_start..i], &mut out);
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
        if name == "h1" && !closing && skip.is_empty() && h1_at.is_none() {
            h1_at = Some(out.len());
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
                out.push('\n');
            }
        } else if !self_closing
            && (SKIP.contains(&name.as_str())
                || strict && (LAYOUT.contains(&name.as_str()) || furniture(&name, tag)))
        {
            // Raw-text elements: jump to their end tag directly, since
            // their content may hold "<" that is not a tag.
            if matches!(name.as_str(), "script" | "style" | "textarea") {
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
            out.push('\n');
        }
        i = end;
        text_start = i;
    }
    if skip.is_empty() && text_start < b.len() {
        decode_into(&html[text_start..], &mut out);
    }
    // One paragraph per line: fold spaces inside lines, drop blank runs.
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
    (folded, skipped, h1)
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
];
const MAYBE: &[&str] = &[
    "and", "article", "body", "column", "content", "main", "shadow",
];

/// A container whose class or id names it as furniture ("sidebar",
/// "related-links", "comments") and not as content.
fn furniture(name: &str, tag: &str) -> bool {
    if !matches!(
        name,
        "div" | "section" | "ul" | "ol" | "table" | "span" | "header"
    ) {
        return false;
    }
    let low = tag.to_ascii_lowercase();
    let names = [attr(&low, "class"), attr(&low, "id")].concat();
    !names.is_empty()
        && UNLIKELY.iter().any(|u| names.contains(u))
        && !MAYBE.iter().any(|m| names.contains(m))
}

/// The value of attribute `key` in a (lower-cased) tag, or "".
fn attr<'a>(tag: &'a str, key: &str) -> &'a str {
    let mut from = 0;
    while let Some(at) = tag[from..].find(key) {
        let k = from + at;
        from = k + key.len();
        let before_ok = k > 0 && tag.as_bytes()[k - 1].is_ascii_whitespace();
        let Some(rest) = tag[from..]
            .trim_start()
            .strip_prefix('=')
            .map(str::trim_start)
        else {
            continue;
        };
        if !before_ok {
            continue;
        }
        let (q, body) = match rest.chars().next() {
            Some(c @ ('"' | '\'')) => (c, &rest[1..]),
            _ => (' ', rest),
        };
        return body.split(q).next().unwrap_or("");
    }
    ""
}

/// Append `s` with character references decoded.
fn decode_into(s: &str, out: &mut String) {
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let r = &rest[amp..];
        let semi = r.char_indices().take(12).find(|x| x.1 == ';').map(|x| x.0);
        let decoded = semi.and_then(|e| entity(&r[1..e]).map(|c| (c, e + 1)));
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &r[len..];
            }
            None => {
                out.push('&');
                rest = &r[1..];
            }
        }
    }
    out.push_str(rest);
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let v = match num.strip_prefix(['x', 'X']) {
            Some(h) => u32::from_str_radix(h, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(v).filter(|c| *c != '\0');
    }
    // A table, not a `match`: smaller in the wasm.
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
        ("laquo", '«'),
        ("raquo", '»'),
        ("copy", '©'),
        ("eacute", 'é'),
    ];
    NAMED.iter().find(|e| e.0 == name).map(|e| e.1)
}

#[cfg(test)]
mod tests {
    use super::*;

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
            "<div class=\"main\"><h1>Council approves bridge</h1>{story}</div>\
             <div class=\"related-links\"><div><p>Town rejects car park</p></div><p>School wins award</p></div>\
             <div id=\"comments\"><p>First!</p></div><p>The end of the page.</p>"
        );
        let t = to_text(&h);
        assert!(
            t.contains("Council approves bridge") && t.contains("Work will start"),
            "{t}"
        );
        assert!(
            !t.contains("Town rejects") && !t.contains("School wins"),
            "{t}"
        );
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
    fn attributes() {
        assert_eq!(attr("div class=\"a b\" id='c'", "class"), "a b");
        assert_eq!(attr("div class=\"a b\" id='c'", "id"), "c");
        assert_eq!(attr("div data-id=\"x\" id=y", "id"), "y");
        assert_eq!(attr("div", "id"), "");
        assert_eq!(attr("div id", "id"), "");
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
