//! "What next": forward-looking sentences.
//!
//! When the article has its own "What next" section, its sentences are the
//! answer. Otherwise a sentence is forward-looking when it has a future cue
//! outside a past construction: "will", "shall", "going to", "expected to",
//! "plans to", "scheduled", "set to", "due to" + verb, "is to" + verb,
//! "next week", "later this", "upcoming", reported-speech "would" after a
//! speech verb. The card shows the most concrete first: a named time or a
//! firm modal beats a vague one.
//!
//! Also: a future event as the complement of an agreement, plan or decision
//! ("agreed to buy", "a contract to supply", "called for a re-run"),
//! forecasts ("predicted", "projected"), and hedged "could".
//!
//! Known failure cases: "will" as a noun after an unusual determiner;
//! hypotheticals written with "will" ("if it rains, the match will be
//! off") count; futures stated only with "may"/"might" are missed, by
//! choice, because those words are far more often speculation; "could"
//! about the past ("he could not keep his visor shut") is taken.

use super::lexicon::is_determiner;
use super::structure::{Doc, Section};
use super::text::words;
use super::{Length, Options, Span};

pub fn select(text: &str, doc: &Doc, opts: Options) -> Vec<Span> {
    let own: Vec<Span> = doc.in_section(Section::Next).map(|s| s.span).collect();
    let cap = match opts.length {
        Length::Short => 1,
        Length::Standard => 3,
        Length::Full => usize::MAX,
    };
    if !own.is_empty() {
        return own.into_iter().take(cap).collect();
    }
    let found: Vec<(u32, Span)> = doc
        .sentences
        .iter()
        .filter(|s| s.section != Section::Happened)
        .filter_map(|s| future_score(text, s.span).map(|k| (k, s.span)))
        .collect();
    if opts.length == Length::Full {
        return found.into_iter().map(|x| x.1).collect();
    }
    // Most concrete first; ties keep article order.
    let keyed = found
        .iter()
        .enumerate()
        .map(|(n, x)| (x.0 as i64, n))
        .collect();
    super::rank(keyed)
        .into_iter()
        .take(cap)
        .map(|n| found[n].1)
        .collect()
}

/// `Some(concreteness)` when the sentence looks ahead, else `None`.
pub fn future_score(text: &str, s: Span) -> Option<u32> {
    // ASCII lowercase keeps byte offsets, so word spans index it directly:
    // one allocation per sentence instead of one per word.
    let low = s.of(text).to_ascii_lowercase();
    let ws: Vec<&str> = words(text, s)
        .iter()
        .map(|w| {
            low.get(w.span.start - s.start..w.span.end - s.start)
                .unwrap_or("")
                .trim_end_matches('.')
        })
        .collect();
    if ws.len() < 5 {
        return None;
    }
    let at = |i: usize| ws.get(i).copied().unwrap_or("");
    let mut cue = 0u32;
    let mut time = 0u32;
    for i in 0..ws.len() {
        let w = at(i);
        // Most words are no cue: a binary search rules them out before the
        // long match below.
        if CUES.binary_search(&w).is_err() && !(w.len() == 4 && w.starts_with("20")) {
            continue;
        }
        let prev = if i > 0 { at(i - 1) } else { "" };
        let next = at(i + 1);
        match w {
            "will" | "shall" | "won't" | "won’t" | "wo" => {
                // "the will of the people", "political will"
                let noun = matches!(
                    prev,
                    "the" | "political" | "free" | "his" | "her" | "their" | "of" | "good" | "ill"
                );
                let past = next == "have";
                if !noun && !past {
                    cue = cue.max(3);
                }
            }
            "going" if next == "to" && !matches!(at(i + 2), "the" | "a" | "an") => {
                if matches!(prev, "is" | "are" | "am" | "'s" | "'re" | "was" | "were") {
                    cue = cue.max(2);
                }
            }
            "expected" | "scheduled" | "set" | "poised" | "slated" | "planning" | "intends"
            | "aims" | "plans" | "plan" | "preparing" | "vowed" | "pledged" | "threatened"
            | "promised" | "hopes" | "hoping" | "expects" | "intend" | "aim"
                if next == "to" =>
            {
                cue = cue.max(3);
            }
            "due"
                if next == "to"
                    && !(is_determiner(at(i + 2)) || matches!(at(i + 2), "lack" | "concerns")) =>
            {
                cue = cue.max(3)
            }
            "is" | "are"
                if next == "to"
                    && matches!(
                        at(i + 2),
                        "be" | "meet"
                            | "visit"
                            | "vote"
                            | "decide"
                            | "hold"
                            | "travel"
                            | "take"
                            | "begin"
                            | "start"
                    ) =>
            {
                cue = cue.max(3)
            }
            "next"
                if matches!(
                    next,
                    "week"
                        | "month"
                        | "year"
                        | "season"
                        | "spring"
                        | "summer"
                        | "autumn"
                        | "fall"
                        | "winter"
                        | "monday"
                        | "tuesday"
                        | "wednesday"
                        | "thursday"
                        | "friday"
                        | "saturday"
                        | "sunday"
                        | "round"
                        | "step"
                        | "steps"
                ) =>
            {
                cue = cue.max(2);
                time = 2;
            }
            "later" if matches!(next, "this" | "today" | "tonight") => {
                cue = cue.max(2);
                time = 2;
            }
            "upcoming" | "tomorrow" | "forthcoming" => cue = cue.max(2),
            "coming" if matches!(next, "days" | "weeks" | "months" | "years") => cue = cue.max(2),
            "would"
                if i >= 2
                    && ws[i.saturating_sub(6)..i].iter().any(|x| {
                        matches!(
                            *x,
                            "said" | "says" | "announced" | "told" | "expected" | "expects"
                        )
                    })
                    && next != "have" =>
            {
                cue = cue.max(1)
            }
            // Hedged futures: "could" counts ("could push the value to
            // $100bn"); "may"/"might" are mostly speculation about the past
            // or the present and are left out.
            "could" if !matches!(next, "have" | "not" | "never") => cue = cue.max(1),
            // A future event as the complement of an agreement, plan or
            // decision: "agreed to purchase", "announced plans to shut",
            // "a contract to supply", "called for a re-run".
            "agreed" | "agree" | "agrees" | "agreement" | "deal" | "contract" | "decided"
            | "decision" | "proposal" | "proposed" | "proposes" | "bid" | "offer" | "offered"
            | "threatened" | "threatens" | "vowed" | "vows" | "promised" | "promises"
            | "pledged" | "pledges" | "intend" | "intended" | "seeks" | "sought" | "wants"
            | "wanted" | "hope" | "hoped" | "planned" | "ready" | "preparing" | "prepared"
            | "likely" | "unlikely" | "about" | "order" | "ordered" | "move" | "moves"
                if next == "to"
                    && !(is_determiner(at(i + 2)) || matches!(at(i + 2), "be" | "date")) =>
            {
                cue = cue.max(2)
            }
            "called" | "calling" | "calls" if next == "for" => cue = cue.max(2),
            "forecast" | "forecasts" | "predicted" | "predicts" | "projected" | "projects"
            | "envisioned" | "envisions" | "anticipated" | "anticipates" | "expect" => {
                cue = cue.max(2)
            }
            _ => {}
        }
        if matches!(
            w,
            "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
        ) || super::lexicon::month(w).is_some() && w.len() > 3
            || w.len() == 4 && w.starts_with("20") && w.chars().all(|c| c.is_ascii_digit())
        {
            time = time.max(1);
        }
    }
    (cue > 0).then_some(cue * 2 + time)
}

/// Every word the cue match looks at first (sorted for binary search).
const CUES: &[&str] = &[
    "about",
    "agree",
    "agreed",
    "agreement",
    "agrees",
    "aim",
    "aims",
    "anticipated",
    "anticipates",
    "april",
    "are",
    "august",
    "bid",
    "called",
    "calling",
    "calls",
    "coming",
    "contract",
    "could",
    "deal",
    "december",
    "decided",
    "decision",
    "due",
    "envisioned",
    "envisions",
    "expect",
    "expected",
    "expects",
    "february",
    "forecast",
    "forecasts",
    "forthcoming",
    "friday",
    "going",
    "hope",
    "hoped",
    "hopes",
    "hoping",
    "intend",
    "intended",
    "intends",
    "is",
    "january",
    "july",
    "june",
    "later",
    "likely",
    "march",
    "monday",
    "move",
    "moves",
    "next",
    "november",
    "october",
    "offer",
    "offered",
    "order",
    "ordered",
    "plan",
    "planned",
    "planning",
    "plans",
    "pledged",
    "pledges",
    "poised",
    "predicted",
    "predicts",
    "prepared",
    "preparing",
    "projected",
    "projects",
    "promised",
    "promises",
    "proposal",
    "proposed",
    "proposes",
    "ready",
    "saturday",
    "scheduled",
    "seeks",
    "september",
    "set",
    "shall",
    "slated",
    "sought",
    "sunday",
    "threatened",
    "threatens",
    "thursday",
    "tomorrow",
    "tuesday",
    "unlikely",
    "upcoming",
    "vowed",
    "vows",
    "wanted",
    "wants",
    "wednesday",
    "will",
    "wo",
    "won't",
    "won’t",
    "would",
];

#[cfg(test)]
mod tests {
    #[test]
    fn cue_list_is_sorted() {
        assert!(
            super::CUES.windows(2).all(|w| w[0] < w[1]),
            "{:?}",
            super::CUES.windows(2).find(|w| w[0] >= w[1])
        );
    }

    use super::*;

    fn fut(t: &str) -> bool {
        future_score(t, Span::new(0, t.len())).is_some()
    }

    #[test]
    fn cues() {
        assert!(fut("The council will vote on the plan on Friday."));
        assert!(fut("Officials said the vote would be held next month."));
        assert!(fut("The minister is expected to resign within days."));
        assert!(fut("The trial is due to start in March."));
        assert!(!fut("The delay was due to the weather in the north."));
        assert!(!fut("It was the will of the people, he said."));
        assert!(!fut("The council voted on the plan last Friday."));
        assert!(!fut("He would have won had it not rained."));
    }
}
