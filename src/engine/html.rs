//! Rich paste: pasted HTML to article text, in one pass, never executed.
//!
//! The HTML is data: tags are read only for their names, block elements
//! become line breaks, and the content of elements that are never article
//! text (`script`, `style`, `nav`, `aside`, `footer`, `form`, `figure`, ...)
//! is skipped. Character references are decoded. The result then goes
//! through the plain-text pipeline, so spans on a card made from HTML point
//! into the text this module returns.
//!
//! Known failure cases: unclosed skipped elements (`<nav>` with no
//! `</nav>`) hide the rest of the page, so skipping stops at the first
//! block of prose-length text after 5,000 bytes; tables become one line
//! per cell; comments inside `<script>` are not special.

/// Elements whose whole content is dropped.
const SKIP: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "head",
    "nav",
    "aside",
    "footer",
    "form",
    "button",
    "select",
    "figure",
    "figcaption",
    "iframe",
    "object",
    "canvas",
    "math",
    "dialog",
    "menu",
    "textarea",
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
pub fn to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let b = html.as_bytes();
    let mut i = 0;
    let mut skip: Vec<String> = Vec::new();
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
        if SKIP.contains(&name.as_str()) && !self_closing {
            if closing {
                if let Some(pos) = skip.iter().rposition(|s| *s == name) {
                    skip.truncate(pos);
                }
            } else {
                skip.push(name.clone());
                // Raw-text elements: jump to their end tag directly, since
                // their content may hold "<" that is not a tag.
                if matches!(name.as_str(), "script" | "style" | "textarea") {
                    let close = format!("</{name}");
                    let lower_rest = html[end..].to_ascii_lowercase();
                    let j = lower_rest.find(&close).map_or(b.len(), |e| end + e);
                    skip.pop();
                    i = html[j..].find('>').map_or(b.len(), |e| j + e + 1);
                    text_start = i;
                    continue;
                }
            }
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
    for line in out.split('\n') {
        let l = super::fold(line);
        if !l.is_empty() {
            folded.push_str(&l);
            folded.push('\n');
        }
    }
    folded
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
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "rsquo" => '’',
        "lsquo" => '‘',
        "rdquo" => '”',
        "ldquo" => '“',
        "mdash" => '—',
        "ndash" => '–',
        "hellip" => '…',
        "laquo" => '«',
        "raquo" => '»',
        "copy" => '©',
        "eacute" => 'é',
        _ => return None,
    })
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
    fn broken_html_does_not_panic() {
        for h in [
            "<", "<p", "&", "&#xZZ;", "<script>", "</nav>", "<!--", "é<é>é", "&#0;",
        ] {
            let _ = to_text(h);
        }
    }
}
