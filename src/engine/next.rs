//! "What next": forward-looking sentences.
//!
//! When the article has its own "What next" section, its sentences are the
//! answer. Otherwise a sentence is forward-looking when it has a future cue
//! outside a past construction: "will", "shall", "going to", "expected to",
//! "plans to", "scheduled", "set to", "due to" + verb, "is to" + verb,
//! "next week", "later this", "upcoming", "in the days to come", "the
//! weeks ahead", "is yet to be" + participle, "will have to", reported-speech
//! "would" after a speech verb. The card shows the most concrete first: a named time or a
//! firm modal beats a vague one.
//!
//! Also: a future event as the complement of an agreement, plan or decision
//! ("agreed to buy", "a contract to supply", "called for a re-run"),
//! forecasts ("predicted", "projected", "expects prices to rise"), what is
//! scheduled ("a hearing has been scheduled", "due for release", "over the
//! next four years", "an event to be held on October 12", "a June 1
//! deadline to finish", "a response has been set for February 26"), a present-tense fixture ("Westfield host Carlton
//! on Tuesday", "opens on 3 November": a weekday or a date after "on", and no
//! past form in the sentence), "should",
//! "may" or "might" with a time ("should be completed in October"; without
//! one they are advice or speculation; "May" with a capital is the month),
//! and hedged "could" (not a question's "Could you ...?"). A plan in the
//! past tense ("was scheduled to vote", "was going to") counts only as
//! weakly as "could":
//! it has often passed. The full list (`--all`) starts with the headline when it looks
//! ahead, headlinese included ("GM to cut 10,000 jobs"); the card leaves it
//! out, the headline being above it.
//!
//! Known failure cases: "will" as a noun after an unusual determiner;
//! hypotheticals written with "will" ("if it rains, the match will be
//! off") count; futures stated only with "may"/"might" and no time are
//! missed, by choice, because those words are far more often speculation;
//! "could" about the past ("he could not keep his visor shut") is taken
//! (a plan or forecast in the past perfect, "had hoped to win", "had
//! predicted", is not, nor a purpose, "in order to avoid"); a forecast
//! reported in the past perfect ("analysts had forecast that it would
//! lose money") is left out although its event was still to come; a past
//! event told in the present ("On Monday the minister signs the decree"),
//! or with an irregular past form the list lacks, reads as a fixture.

use super::dates::{find_when, Date};
use super::lexicon::Packed;
use super::lexicon::{has, is_determiner, is_ly_adverb, Indexed, Sigs, Words, WEEKDAYS};
use super::quotes::{is_quoted, Found};
use super::structure::{Doc, Section};
use super::text::words;
use super::{Length, Options, Span};

/// The "What next" sentences: the article's own section when it has one,
/// else the forward-looking sentences, most concrete first.
///
/// On the card, a sentence already shown under "What happened" is not
/// shown again (`shown`), nor one mostly inside quotation marks (it is
/// "Who said what"'s); the full list (`Length::Full`) keeps every one.
pub fn select(
    text: &str,
    doc: &Doc,
    quotes: &[Found],
    opts: Options,
    shown: &[Span],
    base: Option<Date>,
) -> Vec<Span> {
    let own: Vec<Span> = doc.in_section(Section::Next).map(|s| s.span).collect();
    let cap = match opts.length {
        Length::Short => 1,
        Length::Standard => 3,
        Length::Full => usize::MAX,
    };
    if !own.is_empty() {
        return own.into_iter().take(cap).collect();
    }
    // On the card, a sentence mostly inside quotation marks belongs to
    // "Who said what" (a quotation's last sentence read alone, "I don't
    // know how I will pay the rent.\"", is no forecast).
    let mut q = 0;
    let found: Vec<(u32, Span)> = doc
        .sentences
        .iter()
        .filter(|s| s.section != Section::Happened)
        .filter(|s| {
            opts.length == Length::Full
                || !shown.contains(&s.span) && !is_quoted(quotes, s.span, &mut q)
        })
        .filter_map(|s| future_score(text, s.span).map(|k| (k, s.span)))
        .collect();
    if opts.length == Length::Full {
        // The full list is every forward-looking sentence, the headline
        // included ("GM to cut 10,000 jobs"); the card leaves it out, as
        // the headline already stands above it.
        let head = doc
            .headline
            .filter(|&h| future_score(text, h).is_some() || headlinese(text, h));
        return head
            .into_iter()
            .chain(found.into_iter().map(|x| x.1))
            .collect();
    }
    // Most concrete first; ties keep article order.
    let keyed = found
        .iter()
        .enumerate()
        // (The dates of the first 200 only: an article has a few dozen
        // at most, and a megabyte of text keeps its linear cost.)
        .map(|(n, x)| {
            let key = if n < 200 {
                card_key(text, x.1, x.0, base)
            } else {
                x.0 as i64
            };
            (key, n)
        })
        .collect();
    super::rank(keyed)
        .into_iter()
        .take(cap)
        .map(|n| found[n].1)
        .collect()
}

/// Whether the sentence names a time still to come (it has a date chip),
/// which ranks it above its peers with the same cue ("would then begin on
/// April 6" before "will be collected by cameras"), never above a firmer
/// cue ("could ... by 2030" stays below "will"). Not "today": a same-day
/// time is as often the news itself ("shares fell 5% today"). A chip is
/// never a time already past the article's date (see `dates`). Known
/// failure cases: a past time the chip rules do not catch ("in the 1995
/// plot" when the article has no date; "at a July 16 press conference").
fn dated(text: &str, s: Span, base: Option<Date>) -> bool {
    find_when(text, s, base).is_some_and(|w| !matches!(w.span.of(text), "today" | "Today"))
}

/// The card's rank of a forward-looking sentence: its concreteness (from
/// [`future_score`]), and two more for a date still to come.
fn card_key(text: &str, s: Span, score: u32, base: Option<Date>) -> i64 {
    score as i64 + 2 * dated(text, s, base) as i64
}

/// `Some(concreteness)` when the sentence looks ahead, else `None`.
pub fn future_score(text: &str, s: Span) -> Option<u32> {
    // ASCII lowercase keeps byte offsets, so word spans index it directly:
    // one allocation per sentence instead of one per word.
    let low = s.of(text).to_ascii_lowercase();
    let wv = words(text, s);
    let ws: Vec<&str> = wv
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
    // "should", "may" and "might" look ahead only with a time ("should be
    // completed in October", "may be signed on September 12"); alone they
    // are mostly advice or speculation ("the minister should resign").
    let mut hedged = false;
    let day = |w: &str| (1..=2).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
    let month = |w: &str| super::lexicon::month(w).is_some();
    for i in 0..ws.len() {
        let w = at(i);
        // Most words are no cue: the signature set, then a binary search,
        // rule them out before the long match below.
        if !(CUE_SIGS.may_have(w) && CUES.contains(w) || w.len() == 4 && w.starts_with("20")) {
            continue;
        }
        let prev = if i > 0 { at(i - 1) } else { "" };
        let next = at(i + 1);
        // Word tests go through `has` over the lists below: a table is far
        // smaller in the wasm than the string compares of a long `match`.
        if has(WILL, w) {
            // "the will of the people", "political will"; "will have" looks back.
            // ("will have to" is an obligation still to come.)
            if !BEFORE_NOUN_WILL.has(prev) && (next != "have" || at(i + 2) == "to") {
                cue = cue.max(3);
            }
        } else if w == "going" {
            // "was going to hang himself" is an intention in a past story:
            // weak, like "could".
            // (An adverb may stand between: "is possibly going to be".)
            let be = if is_ly_adverb(prev) && i >= 2 {
                at(i - 2)
            } else {
                prev
            };
            if next == "to" && !has(ARTICLES, at(i + 2)) && BE.has(be) {
                cue = cue.max(if matches!(be, "was" | "were") { 1 } else { 2 });
            }
        } else if (next == "to" || has(WEEKDAYS, next) && at(i + 2) == "to") && PLANNED_TO.has(w) {
            // (A day may stand between: "announced plans Friday to shut".)
            // "was scheduled to vote" has often passed by the time of
            // writing ("collapsed hours before the Senate was scheduled to
            // vote"): weak, like "could".
            let past =
                matches!(prev, "was" | "were") || prev == "been" && at(i.wrapping_sub(2)) == "had";
            cue = cue.max(if past { 1 } else { 3 });
        } else if matches!(w, "expects" | "expected") && !matches!(prev, "as" | "had") {
            // "expects millions of dollars to be spent": a short object,
            // then "to" and a verb.
            let verb = (i + 2..ws.len().min(i + 7))
                .find(|&k| ws[k] == "to")
                .and_then(|k| Some((wv.get(k + 1)?, at(k + 1))));
            if verb.is_some_and(|(v, lw)| {
                v.of(text).starts_with(|c: char| c.is_ascii_lowercase()) && !is_determiner(lw)
            }) {
                cue = cue.max(2);
            }
            // "Results are expected in 2029", "a verdict is expected on
            // Friday" (not "was expected", which looks back).
            if has(&["is", "are", "be"], prev)
                && matches!(
                    next,
                    "in" | "on" | "by" | "within" | "next" | "later" | "soon" | "shortly"
                )
            {
                cue = cue.max(3);
            }
        } else if matches!(w, "scheduled" | "slated") && (next == "for" || prev == "been")
            || w == "set" && next == "for" && (BE.has(prev) || matches!(prev, "be" | "been"))
        {
            // "a hearing has been scheduled", "scheduled for June 3", "a
            // response has been set for February 26".
            cue = cue.max(3);
        } else if w == "due" {
            // "due to start" looks ahead; "due to the rain", "due to US
            // plans" give a cause.
            let named = wv
                .get(i + 2)
                .is_some_and(|w| w.of(text).starts_with(char::is_uppercase));
            // (A noun's ending gives a cause too: "due to avalanches",
            // "due to rising costs", "due to inflation"; a verb after "to"
            // ends in none of them, or in "-ss"/"-us": "due to discuss",
            // or is a short "-ing" verb: "due to bring".)
            let c = at(i + 2);
            // (Or an adjective's: "due to torrential rains", "due to
            // increased demand", "due to seismic activity"; not "-eal" or
            // "-eed": "due to reveal", "due to proceed".)
            let noun = c.ends_with('s') && !c.ends_with("ss") && !c.ends_with("us")
                || c.len() > 5 && c.ends_with("ing")
                || ["ion", "ity", "ness", "ment", "ed", "al", "ic", "ous", "ful"]
                    .iter()
                    .any(|e| c.ends_with(e))
                    && !c.ends_with("eal")
                    && !c.ends_with("eed");
            if next == "to" && !(named || noun || is_determiner(c) || DUE_TO_CAUSE.has(c))
                || next == "for"
                || has(&["is", "are", "be"], prev)
                    && Packed("in|on|by|within|next|this").has(next)
                    && !has(&["part", "large", "no", "some"], at(i + 2))
            {
                // "due for release in three weeks"; "a decision is due in
                // the spring", not "due in part to".
                cue = cue.max(3);
            }
        } else if w == "yet"
            && next == "to"
            && matches!(at(i + 2), "be" | "come")
            && has(&["is", "are", "has", "have"], prev)
        {
            // "a date has yet to be set", "the worst is yet to come": still
            // to happen ("police have yet to confirm it" tells what is
            // not known now).
            cue = cue.max(2);
        } else if matches!(w, "is" | "are") {
            if next == "to" && IS_TO_VERBS.has(at(i + 2)) {
                cue = cue.max(3);
            }
        } else if w == "next" {
            // "next week", "next Friday", "over the next four years".
            if NEXT_WHAT.has(next) || has(WEEKDAYS, next) || has(SPANS, at(i + 2)) {
                cue = cue.max(2);
                time = 2;
            }
        } else if w == "later" {
            if has(LATER_WHEN, next) {
                cue = cue.max(2);
                time = 2;
            }
        } else if has(SOON, w)
            || w == "coming" && has(SPANS, next)
            || w == "ahead" && has(SPANS, prev)
            || w == "come" && prev == "to" && has(SPANS, at(i.wrapping_sub(2)))
        {
            // "in the coming weeks", "the days ahead", "in the months to come".
            cue = cue.max(2);
        } else if w == "would" {
            if i >= 2
                && ws[i.saturating_sub(10)..i].iter().any(|x| has(REPORTED, x))
                && next != "have"
            {
                cue = cue.max(1);
            }
        } else if w == "to" && next == "be" && TO_BE_DONE.has(at(i + 2)) && !SEEMS.has(prev) {
            // An event still to come: "a special event to be held on
            // October 12", "the bridge, to be completed by 2028" (not "was
            // found to be sold", which reports a finding).
            cue = cue.max(2);
        } else if has(&["should", "may", "might"], w) {
            // (Not the month: "in May 2004", "Cape May".)
            let month = w == "may" && i > 0 && wv[i].of(text).starts_with('M');
            hedged |= !has(COULD_NOT, next) && !month;
        } else if w == "could" {
            // Hedged futures: "could" counts ("could push the value to
            // $100bn"); "may"/"might" are mostly speculation about the past
            // or the present and are left out. A question ("Could you
            // tell me?") asks, it does not forecast.
            let question = i == 0 && low.ends_with('?');
            if !has(COULD_NOT, next) && !question {
                cue = cue.max(1);
            }
        } else if next == "to" && COMPLEMENT.contains(w) {
            // A future event as the complement of an agreement, plan or
            // decision: "agreed to purchase", "announced plans to shut",
            // "a contract to supply" (not "that no one had agreed to.").
            // (A plan in the past perfect is a past story's: "had hoped to
            // win", "had decided to sell the ship".)
            // (Nor a purpose, "in order to avoid", nor a noun with a place,
            // "the production's move to London": the complement is a verb.)
            let verb = wv
                .get(i + 2)
                .is_some_and(|v| v.of(text).starts_with(|c: char| c.is_ascii_lowercase()));
            if verb
                && !(is_determiner(at(i + 2)) || matches!(at(i + 2), "be" | "date"))
                && !matches!(prev, "had" | "in")
            {
                cue = cue.max(2);
            }
        } else if next == "for" && has(CALLED, w)
            || FORECAST.has(w)
                && !BEAT.has(prev)
                && prev != "had"
                && !(prev == "of" && at(i.saturating_sub(2)) == "ahead")
        {
            // "called for a re-run"; forecasts.
            cue = cue.max(2);
        }
        if has(WEEKDAYS, w)
            || month(w) && (w.len() > 3 || day(next))
            || w.len() == 4 && w.starts_with("20") && w.chars().all(|c| c.is_ascii_digit())
        {
            time = time.max(1);
        }
    }
    // Weak cues that need a time (most sentences have none and skip this):
    // a hedged modal, or a fixture in the present tense ("Westfield host
    // Carlton on Tuesday", "The committee meets on Thursday"); past events
    // take the past tense, so any past form (or a participle) rules it out.
    if cue == 0 && time > 0 {
        // (A day of the month too: "opens on 3 November", "on May 5"; a
        // schedule that precise ranks with "expected to".)
        let dated = (1..ws.len()).any(|i| {
            at(i - 1) == "on" && (day(at(i)) && month(at(i + 1)) || month(at(i)) && day(at(i + 1)))
        });
        let fixture = || {
            (dated
                || (1..ws.len())
                    .any(|i| matches!(at(i - 1), "on" | "this") && has(WEEKDAYS, at(i))))
                && !ws
                    .iter()
                    .any(|w| w.len() > 3 && w.ends_with("ed") || PAST_FORMS.contains(w))
        };
        if hedged {
            cue = 1;
        } else if fixture() {
            cue = 1 + dated as u32;
        }
    }
    (cue > 0).then_some(cue * 2 + time)
}

/// Headlinese future: a name, then "to" and a lowercase verb ("Automaker
/// GM to cut 10,000 jobs", "Ford Taurus to be revived"). Known failure
/// cases: a lowercase noun after a name ("Smith to blame"); a title-cased
/// headline ("Obama To Visit Cuba") is not read.
fn headlinese(text: &str, h: Span) -> bool {
    let ws = words(text, h);
    ws.windows(3).any(|w| {
        let (a, to, v) = (w[0].of(text), w[1].of(text), w[2].of(text));
        to == "to"
            && a.starts_with(|c: char| c.is_uppercase())
            && v.starts_with(|c: char| c.is_ascii_lowercase())
            && v.chars().all(|c| c.is_ascii_alphabetic())
            && !is_determiner(v)
    })
}

const WILL: &[&str] = &["will", "shall", "won't", "won’t", "wo"];
const BEFORE_NOUN_WILL: Packed = Packed("the|political|free|his|her|their|of|good|ill");
const ARTICLES: &[&str] = &["the", "a", "an"];
const BE: Packed = Packed("is|are|am|'s|'re|was|were");
const PLANNED_TO: Packed = Packed(
    "expected|scheduled|set|poised|slated|planning|intends|aims|plans|plan|preparing|\
     proposing|vowed|pledged|threatened|promised|hopes|hoping|expects|intend|aim",
);
/// Plain adjectives of cause after "due to" that no ending gives away ("due
/// to poor weather"). Hand-made.
const DUE_TO_CAUSE: Packed = Packed("bad|heavy|high|lack|low|poor|severe|strong");
const IS_TO_VERBS: Packed = Packed("be|meet|visit|vote|decide|hold|travel|take|begin|start");
const NEXT_WHAT: Packed =
    Packed("week|month|year|season|spring|summer|autumn|fall|winter|round|step|steps");
const LATER_WHEN: &[&str] = &["this", "today", "tonight"];
const SOON: &[&str] = &["upcoming", "tomorrow", "forthcoming"];
const SPANS: &[&str] = &["days", "weeks", "months", "years"];
const REPORTED: &[&str] = &["said", "says", "announced", "told", "expected", "expects"];
const COULD_NOT: &[&str] = &["have", "not", "never"];
const COMPLEMENT: Words = Words(
    "about agree agreed agreement agrees bid contract deadline deal decided decision hope hoped \
     intend intended likely move moves offer offered order ordered planned pledged pledges \
     prepared preparing promised promises proposal proposed proposes ready seeks sought \
     threatened threatens unlikely vowed vows wanted wants",
);
/// Past participles of events that are held, built or decided: "to be
/// held", "to be built".
const TO_BE_DONE: Packed = Packed(
    "announced|appointed|built|completed|debated|decided|delivered|finalised|\
     finalized|held|introduced|launched|named|opened|published|released|signed|sold|\
     unveiled",
);
/// Verbs after which "to be ..." reports what was found or said, not what
/// is to come.
const SEEMS: Packed = Packed(
    "seems|seemed|appears|appeared|found|believed|thought|said|claimed|alleged|\
     reported|known|understood|used|proved|proven",
);
/// Common irregular past forms (and "had"), for the present-tense test.
const PAST_FORMS: Words = Words(
    "beat became been began begun born bought broke brought built came chose chosen did done \
     drove fallen fell felt found gave given gone got grown had held hit kept known laid led \
     left lost made met paid pled put quit ran risen rose said saw seen sent shot shown sold \
     spent spoke stood struck sworn taken thought threw told took was went were won written \
     wrote",
);
const CALLED: &[&str] = &["called", "calling", "calls"];
/// Comparisons with a forecast that report a result: "profits beat
/// forecasts", "better than predicted".
const BEAT: Packed = Packed("above|beat|beating|below|exceeded|missed|than|topped|topping");

// (Not "projects": in news it is mostly the noun, "infrastructure projects".)
const FORECAST: Packed = Packed(
    "forecast|forecasts|predicted|predicting|predicts|forecasting|projected|\
     envisioned|envisions|anticipated|anticipates|expect",
);

const CUE_SIGS: Sigs = Sigs::of(&[CUES.words]);

/// Every word the cue match looks at first (sorted for binary search).
static CUES: Indexed = Indexed::new(
    "about agree agreed agreement agrees ahead aim aims anticipated anticipates april are august \
     bid called calling calls come coming contract could deadline deal december decided decision \
     due envisioned envisions expect expected expects february forecast forecasting forecasts \
     forthcoming friday going hope hoped hopes hoping intend intended intends is january july \
     june later likely march may might monday move moves next november october offer offered \
     order ordered plan planned planning plans pledged pledges poised predicted predicting \
     predicts prepared preparing projected promised promises proposal proposed proposes \
     proposing ready saturday scheduled seeks september set shall should slated sought sunday \
     threatened threatens thursday to tomorrow tuesday unlikely upcoming vowed vows wanted wants \
     wednesday will wo won't won’t would yet",
);

#[cfg(test)]
mod tests {
    #[test]
    fn cue_list_is_sorted() {
        crate::engine::lexicon::tests::assert_sorted(super::CUES.words);
        crate::engine::lexicon::tests::assert_sorted(super::COMPLEMENT);
        crate::engine::lexicon::tests::assert_sorted(super::PAST_FORMS);
    }

    use super::*;

    fn fut(t: &str) -> bool {
        future_score(t, Span::new(0, t.len())).is_some()
    }

    #[test]
    fn a_forward_looking_headline_heads_the_full_list_only() {
        let t = "Automaker Norvik to cut 4,000 jobs at its Ulm plant\n\n\
                 Norvik Motors said on Tuesday that it had told unions of the cuts at the \
                 plant, which builds vans for the European market.\n\n\
                 The union said the company had broken an agreement made in March last year.\n\n\
                 Talks between the two sides are expected to resume on Friday in Ulm.";
        let full = crate::summarize_with(t, Options::default().length(Length::Full));
        assert_eq!(
            full.what_next[0].text,
            "Automaker Norvik to cut 4,000 jobs at its Ulm plant"
        );
        assert_eq!(full.what_next.len(), 2);
        let card = crate::summarize(t);
        assert!(card
            .what_next
            .iter()
            .all(|x| !x.text.starts_with("Automaker")));
        let h = |t: &str| headlinese(t, Span::new(0, t.len()));
        assert!(h("Ford Taurus to be revived"));
        assert!(!h("Stock markets fall to lowest levels since 1997"));
        assert!(!h("Smith returns to the Senate"));
    }

    #[test]
    fn a_short_articles_one_look_ahead_is_what_next_on_the_card() {
        let t = "Harbour town closes its oldest pier\n\n\
                 The harbour board in Kelmouth closed the town's oldest pier on Monday after \
                 divers found cracks in two of its supports.\n\n\
                 The pier, built in 1896, has been fenced off and fishing boats have moved to \
                 the north quay.\n\n\
                 A public meeting on the pier's future is scheduled for March 18 at the town hall.\n\n\
                 Engineers said the cracks were the worst they had seen on that coast.\n\n\
                 Fishermen said the north quay was already crowded in the summer months.";
        let card = crate::summarize(t);
        let next: Vec<&str> = card.what_next.iter().map(|i| i.text.as_str()).collect();
        assert_eq!(
            next,
            ["A public meeting on the pier's future is scheduled for March 18 at the town hall."]
        );
        assert!(card.what_happened.len() >= 2);
        assert!(card
            .what_happened
            .iter()
            .all(|i| !i.text.contains("March 18")));
        // The lead keeps its place when it is the plan itself.
        let t = "Council to vote on bridge\n\n\
                 The Wendbury council will vote on Friday on whether to build a new bridge over \
                 the river, after years of argument over its cost.\n\n\
                 The bridge would link the Northgate estate with the town centre.\n\n\
                 Traffic on the old crossing has risen by a third since 2015.";
        let card = crate::summarize(t);
        assert!(card.what_happened[0]
            .text
            .starts_with("The Wendbury council will vote"));
    }

    #[test]
    fn a_dated_look_ahead_comes_before_its_undated_peers() {
        let t = "Council approves congestion fee\n\n\
                 The city council voted on Thursday to charge most drivers $9 to enter the \
                 downtown core during the day.\n\n\
                 The fee will be collected by cameras at 14 entry points.\n\n\
                 Emergency vehicles and buses will be exempt from the charge.\n\n\
                 The state must still approve the camera plan. The charge would then begin \
                 on April 6.\n\n\
                 Critics said the fee could cost downtown shops customers by 2030.";
        let card = crate::summarize_with(t, Options::default().length(Length::Short));
        assert_eq!(
            card.what_next[0].text,
            "The charge would then begin on April 6."
        );
        // A firmer cue still outranks a hedged one with a time.
        let s = |t: &str| Span::new(0, t.len());
        let key = |t: &str| card_key(t, s(t), future_score(t, s(t)).unwrap_or(0), None);
        assert!(
            key("Emergency vehicles and buses will be exempt from the charge.")
                > key("Critics said the fee could cost downtown shops customers by 2030.")
        );
    }

    #[test]
    fn a_quotation_is_not_what_next_on_the_card() {
        let t = "Town bans cruise ships from its old port\n\n\
                 The city council voted on Wednesday to ban large cruise ships from the old port.\n\n\
                 Luis Ferrer, who runs a stall near the quay, told the Herald: \"Half my customers \
                 come off those ships. I don't know how I will pay the rent.\"\n\n\
                 The ban will take effect on January 1, 2027, the council said.";
        let card = crate::summarize(t);
        assert!(
            card.what_next
                .iter()
                .all(|x| !x.text.contains("pay the rent")),
            "{:?}",
            card.what_next
        );
        // The full list keeps every forward-looking sentence.
        let full = crate::summarize_with(t, Options::default().length(Length::Full));
        assert!(full
            .what_next
            .iter()
            .any(|x| x.text.contains("pay the rent")));
        // Nor one that opens with a quotation and its speaker.
        let t = "Headline of the story\n\nThe firm had a strong year, its report said on Tuesday.\n\n\
            \"Power prices won't stay this high forever,\" said Ravi Menon, an energy analyst at Cole & Partners.";
        let card = crate::summarize(t);
        assert!(card.what_next.is_empty(), "{:?}", card.what_next);
    }

    #[test]
    fn cues() {
        assert!(fut("The council will vote on the plan on Friday."));
        assert!(fut("Officials said the vote would be held next month."));
        assert!(fut("The minister is expected to resign within days."));
        assert!(fut("The trial is due to start in March."));
        assert!(!fut("The delay was due to the weather in the north."));
        assert!(!fut("Shares worldwide surge due to US government plan"));
        assert!(!fut("Flights were cancelled due to storms in the north."));
        assert!(!fut(
            "The bank lost money, mainly due to rising loan losses."
        ));
        assert!(!fut("The road is closed due to flooding near the bridge."));
        assert!(!fut("Thousands left their homes due to torrential rains."));
        assert!(!fut("The rescue had to be delayed due to poor weather."));
        assert!(!fut("Sales rose last year due to increased demand."));
        assert!(fut(
            "The ministers are due to discuss the budget with the unions."
        ));
        assert!(fut("The bill is due to bring new rules for landlords."));
        assert!(fut("A hearing has been scheduled in the bankruptcy court."));
        assert!(fut("The firm will shed jobs over the next four years."));
        assert!(!fut(
            "The regularly scheduled flight landed safely on time."
        ));
        assert!(!fut("It was the will of the people, he said."));
        assert!(!fut("The council voted on the plan last Friday."));
        assert!(!fut("He would have won had it not rained."));
        assert!(fut("A decision on the largest site is due in the spring."));
        assert!(fut("Results of the trial are expected in 2029."));
        assert!(!fut("The verdict was expected on Friday but came late."));
        assert!(!fut("The fall in sales was due in part to the rain."));
        assert!(!fut(
            "Shares jumped after profits beat forecasts on Tuesday."
        ));
        // A complement needs its verb: "agreed to." ends the sentence.
        assert!(fut("The two firms agreed to merge by the end of the year."));
        assert!(!fut(
            "He said the bill added money that no one had agreed to."
        ));
        // A purpose, and a noun with a place, are no plan.
        assert!(!fut(
            "In order to avoid the crowd, he arrived early and left by the back door."
        ));
        assert!(!fut(
            "He played Hamlet 60 times before the production's move to London."
        ));
        // A plan in the past perfect is a past story's.
        assert!(!fut(
            "The party had hoped to win 201 seats but conceded defeat."
        ));
        assert!(!fut(
            "Its owner was in his seventies and had decided to sell the ship."
        ));
        assert!(!fut("The rise was better than analysts had predicted."));
        assert!(!fut(
            "Most analysts had expected the rate to stay unchanged."
        ));
        // "should" with a time; alone it is advice.
        assert!(fut("The sale of the plant should be completed in October."));
        assert!(!fut("The minister should resign over the affair, he said."));
        assert!(fut(
            "The contract may be signed on September 12 in Frankfurt."
        ));
        assert!(!fut(
            "The fire may have started in the kitchen, police said."
        ));
        // A plan with its day between; an event still to be held.
        assert!(fut(
            "The carmaker announced plans Friday to shut 1,100 dealers."
        ));
        assert!(fut(
            "Apple announced another special event to be held on October 12."
        ));
        assert!(!fut(
            "The painting was found to be sold to a dealer in Paris."
        ));
        assert!(fut(
            "The firm has a June 1 deadline to finish its restructuring plan."
        ));
        // Reported "would", far from its verb.
        assert!(fut(
            "Jobs announced Monday in an internal memo that he would be on medical leave."
        ));
        // An obligation to come; a span of time ahead; a date set; what
        // is still to be done.
        assert!(fut("New patients will have to be diverted to other units."));
        assert!(fut(
            "The coalition announced bigger protests in the days to come."
        ));
        assert!(fut("The party faces hard choices in the weeks ahead."));
        assert!(fut(
            "A response to the charges has been set for February 26."
        ));
        assert!(fut(
            "The exact nature of the charges is yet to be announced."
        ));
        assert!(!fut(
            "Police have yet to confirm the identities of the two men."
        ));
    }

    #[test]
    fn a_plan_in_the_past_tense_is_a_weak_cue() {
        let score = |t: &str| future_score(t, Span::new(0, t.len()));
        let was = score("The deal collapsed hours before the Senate was scheduled to vote.");
        let is = score("The Senate is scheduled to vote on the whole deal.");
        assert!(was.is_some() && is.is_some());
        assert!(was < is, "{was:?} {is:?}");
        let was = score("He posted that he had taken pills and was going to hang up.");
        let is = score("The council is going to close the pier for the winter.");
        assert!(was.is_some() && was < is, "{was:?} {is:?}");
    }

    #[test]
    fn the_month_may_and_a_question_are_no_hedge() {
        // "May" the month, with a time in the sentence, is no modal.
        assert!(!fut(
            "Someone destroyed the old papers in May 2004, officials found."
        ));
        assert!(!fut(
            "The boat sent a distress signal on Thursday, seven miles off Cape May."
        ));
        assert!(fut(
            "The new rules may take effect on Thursday, officials said."
        ));
    }

    #[test]
    fn a_present_tense_fixture_names_its_day() {
        assert!(fut(
            "The consultation opens on 3 November and runs for eight weeks."
        ));
        assert!(fut(
            "The new bridge opens to traffic on May 5, the council says."
        ));
        assert!(fut("The committee meets on Thursday to set the fares."));
        assert!(!fut(
            "The consultation opened on 3 November and ran for eight weeks."
        ));
        assert!(!fut(
            "Figures for the week show a rise in cases across the region."
        ));
        let score = |t: &str| future_score(t, Span::new(0, t.len()));
        assert!(
            score("The consultation opens on 3 November and runs for eight weeks.")
                > score("The consultation opens on Tuesday and runs for eight weeks.")
        );
        assert!(!fut("Could you tell me about the last one you saw?"));
    }
}
