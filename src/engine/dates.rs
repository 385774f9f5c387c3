//! Dates: the article's publication date, and the time a forward-looking
//! sentence names ("on Friday", "next month", "by 2030", "March 3"),
//! resolved against the article's own date when it has one.
//!
//! Known failure cases: a weekday is resolved to its next occurrence after
//! the publication date, which is wrong for "on Friday" meaning the Friday
//! just past; two-digit years, ranges and time zones are not read; the first
//! date near the top of the page is taken as the publication date, which can
//! be an event date in a standfirst. A time after "since" or "last" is
//! looked back to and gives no chip ("since March", "last Friday"), also
//! after "last" the verb ("the strike will last Friday and Saturday").

use super::lexicon::has;
use super::lexicon::month;
use super::lexicon::Packed;
use super::text::{lower, words};
use super::Span;

/// A calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub y: i32,
    pub m: u32,
    pub d: u32,
}

impl Date {
    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.y, self.m, self.d)
    }
    pub fn valid(y: i32, m: u32, d: u32) -> Option<Date> {
        ((1900..=2200).contains(&y) && (1..=12).contains(&m) && d >= 1 && d <= days_in(y, m))
            .then_some(Date { y, m, d })
    }
    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    fn days(&self) -> i64 {
        let y = if self.m <= 2 { self.y - 1 } else { self.y } as i64;
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = self.m as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.d as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }
    fn from_days(z: i64) -> Date {
        let z = z + 719468;
        let era = z.div_euclid(146097);
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let y = (yoe + era * 400 + (m <= 2) as i64) as i32;
        Date { y, m, d }
    }
    /// 0 = Monday.
    fn weekday(&self) -> i64 {
        (self.days() + 3).rem_euclid(7)
    }
    fn plus(&self, n: i64) -> Date {
        Date::from_days(self.days() + n)
    }
}

fn days_in(y: i32, m: u32) -> u32 {
    match m {
        2 if y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn weekday(w: &str) -> Option<i64> {
    super::lexicon::weekday(w).map(|i| i as i64)
}

fn number(w: &str) -> Option<u32> {
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    (!digits.is_empty() && digits.len() <= 4 && digits.chars().all(|c| c.is_ascii_digit()))
        .then(|| digits.parse().ok())
        .flatten()
}

/// The first full date in `text[span]`: "14 March 2025", "March 14, 2025",
/// "Sept. 5, 2024", "2025-03-14".
pub fn find_date(text: &str, span: Span) -> Option<Date> {
    let s = span.of(text);
    // ISO first: 2025-03-14.
    let b = s.as_bytes();
    for i in 0..b.len().saturating_sub(9) {
        if b[i..i + 4].iter().all(u8::is_ascii_digit)
            && b[i + 4] == b'-'
            && b[i + 5..i + 7].iter().all(u8::is_ascii_digit)
            && b[i + 7] == b'-'
            && b[i + 8..i + 10].iter().all(u8::is_ascii_digit)
        {
            let y = s[i..i + 4].parse().ok()?;
            let m = s[i + 5..i + 7].parse().ok()?;
            let d = s[i + 8..i + 10].parse().ok()?;
            if let Some(date) = Date::valid(y, m, d) {
                return Some(date);
            }
        }
    }
    let ws: Vec<std::borrow::Cow<str>> = words(text, span)
        .iter()
        .map(|w| lower(w.of(text)))
        .collect();
    for i in 0..ws.len() {
        if let Some(m) = month(&ws[i]) {
            // March 14, 2025
            if let (Some(d), Some(y)) = (
                ws.get(i + 1).and_then(|w| number(w)),
                ws.get(i + 2).and_then(|w| number(w)),
            ) {
                if let Some(date) = Date::valid(y as i32, m, d) {
                    return Some(date);
                }
            }
            // 14 March 2025
            if let (Some(d), Some(y)) = (
                i.checked_sub(1).and_then(|j| number(&ws[j])),
                ws.get(i + 1).and_then(|w| number(w)),
            ) {
                if let Some(date) = Date::valid(y as i32, m, d) {
                    return Some(date);
                }
            }
        }
    }
    None
}

/// A time named in a sentence: the phrase as written, and the date it
/// means when it can be worked out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct When {
    pub span: Span,
    pub date: Option<String>,
}

/// "2026-03": one formatting for every month chip (each `format!` call
/// builds its own argument table).
#[inline(never)]
fn month_iso(y: i32, m: u32) -> String {
    format!("{y:04}-{m:02}")
}

#[inline(never)]
fn year_iso(y: i32) -> String {
    format!("{y:04}")
}

/// The first time phrase of a sentence, resolved against `base`.
pub fn find_when(text: &str, sentence: Span, base: Option<Date>) -> Option<When> {
    let ws = words(text, sentence);
    let lw: Vec<std::borrow::Cow<str>> = ws.iter().map(|w| lower(w.of(text))).collect();
    let at = |i: usize| lw.get(i).map_or("", |s| &**s);
    let span = |a: usize, b: usize| Span::new(ws[a].span.start, ws[b].span.end);
    // A time looked back to is no chip: "since March", "last Friday",
    // "earlier this week".
    let back = |i: usize| i > 0 && has(&["since", "last", "earlier"], at(i - 1));
    // The unit after "next"/"this", possessive or not ("next month's").
    let unit_at = |i: usize, own: bool| {
        let u = at(i + 1);
        if own {
            u.strip_suffix("'s").unwrap_or(u)
        } else {
            u
        }
    };
    for i in 0..lw.len() {
        let w = at(i);
        // tomorrow / tonight / today
        if let Some(off) = match w {
            "tomorrow" => Some(1),
            "tonight" | "today" => Some(0),
            _ => None,
        } {
            return Some(When {
                span: span(i, i),
                date: base.map(|b| b.plus(off).iso()),
            });
        }
        // (next|this|on|by) Friday
        if let Some(wd) = weekday(w).filter(|_| !back(i)) {
            let first = if matches!(
                at(i.wrapping_sub(1)),
                "next" | "this" | "on" | "by" | "until"
            ) && i > 0
            {
                i - 1
            } else {
                i
            };
            let date = base.map(|b| b.plus((wd - b.weekday()).rem_euclid(7)).iso());
            return Some(When {
                span: span(first, i),
                date,
            });
        }
        // March 3 [, 2026] / 3 March [2026] / March 2026 / in March
        if let Some(m) = month(w) {
            let day_after = number(at(i + 1)).filter(|d| (1..=31).contains(d));
            let day_before = i
                .checked_sub(1)
                .and_then(|j| number(at(j)))
                .filter(|d| (1..=31).contains(d));
            let year_at = |j: usize| number(at(j)).filter(|y| (1900..=2200).contains(y));
            // A short name is a month only with its capital and a day or
            // year beside it ("May 5", "12 May"; not "2005 may not be").
            let cap = ws
                .get(i)
                .is_some_and(|x| x.of(text).starts_with(|c: char| c.is_ascii_uppercase()));
            let dated = day_after.or(day_before).or(year_at(i + 1)).is_some();
            if w.len() <= 3 && !(cap && dated) {
                continue;
            }
            let (first, last, day, year) = match (day_after, day_before) {
                (Some(d), _) => match year_at(i + 2) {
                    Some(y) => (i, i + 2, Some(d), Some(y)),
                    None => (i, i + 1, Some(d), None),
                },
                (None, Some(d)) => match year_at(i + 1) {
                    Some(y) => (i - 1, i + 1, Some(d), Some(y)),
                    None => (i - 1, i, Some(d), None),
                },
                (None, None) => match year_at(i + 1) {
                    Some(y) => (i, i + 1, None, Some(y)),
                    None => (i, i, None, None),
                },
            };
            // Not the end of a period ("the year to 31 March"), nor a
            // date already past ("warned him on 7 March 2003"): a later
            // phrase may name when it happens.
            let past = year
                .zip(base)
                .is_some_and(|(y, b)| (y as i32, m, day.unwrap_or(31)) < (b.y, b.m, b.d));
            let period =
                Packed("year|quarter|month|months|weeks|period").has(at(first.wrapping_sub(2)));
            if past || back(first) || first > 0 && at(first - 1) == "to" && period {
                continue;
            }
            let date = match (day, year, base) {
                (Some(d), Some(y), _) => Date::valid(y as i32, m, d).map(|x| x.iso()),
                (Some(d), None, Some(b)) => {
                    // The next such day on or after the article's date.
                    let y = if (m, d) < (b.m, b.d) { b.y + 1 } else { b.y };
                    Date::valid(y, m, d).map(|x| x.iso())
                }
                (None, Some(y), _) => Some(month_iso(y as i32, m)),
                (None, None, Some(b)) => {
                    let y = if m < b.m { b.y + 1 } else { b.y };
                    Some(month_iso(y, m))
                }
                _ => None,
            };
            return Some(When {
                span: span(first, last),
                date,
            });
        }
        // next week / month / year, later this year, by 2030, in 2027
        match w {
            // (Also "next" before a possessive, "at next month's concert";
            // not "this": "This year's awards ... on 27 February" names its
            // own time later.)
            "next" | "later" | "this" | "coming"
                if !back(i)
                    && Packed(
                        "week|month|year|spring|summer|autumn|fall|winter|weekend|decade",
                    )
                    .has(unit_at(i, w == "next")) =>
            {
                let unit = unit_at(i, true);
                let date = base.and_then(|b| match (w, unit) {
                    ("next", "month") => {
                        let (y, m) = if b.m == 12 {
                            (b.y + 1, 1)
                        } else {
                            (b.y, b.m + 1)
                        };
                        Some(month_iso(y, m))
                    }
                    ("next", "year") => Some(year_iso(b.y + 1)),
                    ("this", "year") => Some(year_iso(b.y)),
                    ("next", "week") => Some(b.plus(7 - b.weekday()).iso()),
                    _ => None,
                });
                return Some(When {
                    span: span(i, i + 1),
                    date,
                });
            }
            "later" if at(i + 1) == "this" && has(&["week", "month", "year"], at(i + 2)) => {
                let date = base.and_then(|b| (at(i + 2) == "year").then(|| year_iso(b.y)));
                return Some(When {
                    span: span(i, i + 2),
                    date,
                });
            }
            // A year inside a longer phrase: "in the spring of 2026", "by
            // the end of 2027", "in early 2026" (the phrase back to its
            // preposition).
            _ if number(w).is_some_and(|y| {
                (1900..=2200).contains(&y) && base.is_none_or(|b| y as i32 >= b.y)
            }) && i > 0
                && YEAR_PHRASE.has(at(i - 1)) =>
            {
                let mut first = i - 1;
                while first > 0 && i - first < 6 && YEAR_PHRASE.has(at(first - 1)) {
                    first -= 1;
                }
                return Some(When {
                    span: span(first, i),
                    date: Some(w.to_string()),
                });
            }
            "by" | "in" | "until" | "before" => {
                if let Some(y) = number(at(i + 1)).filter(|y| (1900..=2200).contains(y)) {
                    if base.is_none_or(|b| y as i32 >= b.y) {
                        return Some(When {
                            span: span(i, i + 1),
                            date: Some(year_iso(y as i32)),
                        });
                    }
                }
            }
            _ => {}
        }
    }
    None
}

/// Words of a phrase that ends in a year: "in the spring of", "by the end
/// of", "in early", "the first half of".
const YEAR_PHRASE: Packed = Packed(
    "after|autumn|before|beginning|by|early|end|fall|first|from|half|in|late|middle|\
     mid|of|quarter|second|spring|start|summer|the|until|winter",
);

#[cfg(test)]
mod tests {
    use super::*;

    fn when(t: &str, base: Option<Date>) -> Option<(String, Option<String>)> {
        find_when(t, Span::new(0, t.len()), base).map(|w| (w.span.of(t).to_string(), w.date))
    }

    #[test]
    fn publication_dates() {
        for (t, d) in [
            ("Published 14 March 2025", "2025-03-14"),
            ("March 01, 2008", "2008-03-01"),
            ("Updated: Sept. 5, 2024 at 10:41", "2024-09-05"),
            ("posted 2023-11-02T10:00", "2023-11-02"),
        ] {
            assert_eq!(
                find_date(t, Span::new(0, t.len()))
                    .map(|x| x.iso())
                    .as_deref(),
                Some(d),
                "{t}"
            );
        }
        assert_eq!(find_date("No date here", Span::new(0, 12)), None);
    }

    #[test]
    fn time_phrases_resolve_against_the_article_date() {
        let fri = Date::valid(2025, 3, 14); // a Friday
        for (sentence, base, phrase) in [
            (
                "The vote is on Tuesday.",
                fri,
                Some(("on Tuesday", Some("2025-03-18"))),
            ),
            (
                "It opens next month.",
                fri,
                Some(("next month", Some("2025-04"))),
            ),
            (
                "Designs go on show from April 7.",
                fri,
                Some(("April 7", Some("2025-04-07"))),
            ),
            (
                "Emissions fall by 2030.",
                fri,
                Some(("by 2030", Some("2030"))),
            ),
            ("It opens next month.", None, Some(("next month", None))),
            ("Prices may rise.", fri, None),
            // The first time named, as a phrase: not the later "in 2028".
            (
                "Work begins in the spring of 2026 and ends in 2028.",
                fri,
                Some(("in the spring of 2026", Some("2026"))),
            ),
            (
                "It should be done by the end of 2027.",
                fri,
                Some(("by the end of 2027", Some("2027"))),
            ),
            // A past year is no time ahead.
            ("Prices fell at the end of 2019.", fri, None),
            // Nor is a past date, or the end of a period: the event's own
            // date is.
            (
                "She warned him on 7 March 2003 that the vote will be on 12 May.",
                fri,
                Some(("12 May", Some("2025-05-12"))),
            ),
            (
                "It will report on the year to 31 March on 30 May.",
                fri,
                Some(("30 May", Some("2025-05-30"))),
            ),
            ("Sales fell in February 2025, it said.", fri, None),
            // A time looked back to: the sentence's next time is its own.
            (
                "Unbeaten since March, they travel to Eastport on Tuesday.",
                fri,
                Some(("on Tuesday", Some("2025-03-18"))),
            ),
            ("It has grown since 3 March and since Monday.", fri, None),
            (
                "Earlier this week it said talks will resume on Tuesday.",
                fri,
                Some(("on Tuesday", Some("2025-03-18"))),
            ),
            // Before a possessive: "next month's"; "this year's" modifies
            // an event whose own time comes later.
            (
                "This year's awards will be handed out on 27 February.",
                fri,
                Some(("27 February", Some("2026-02-27"))),
            ),
            (
                "The band plays at next month's festival.",
                fri,
                Some(("next month's", Some("2025-04"))),
            ),
            (
                "Talks that began last Friday will resume in May 2025.",
                fri,
                Some(("May 2025", Some("2025-05"))),
            ),
        ] {
            let want = phrase.map(|(p, d)| (p.to_string(), d.map(String::from)));
            assert_eq!(when(sentence, base), want, "{sentence}");
        }
        assert_eq!(Date::valid(2025, 3, 14).unwrap().weekday(), 4);
    }
}
