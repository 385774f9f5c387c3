//! Word lists. Each says where it comes from; all are matched on lowercase
//! words (see [`super::text::lower`]) with a linear scan of a short slice or
//! a `match`, which beats hashing at these sizes and keeps the wasm small.

/// Speech and writing verbs that introduce a direct quotation, in all tenses.
/// Source: the reporting verbs of PARC 3.0's attribution cues and the
/// quote-attribution verb list of the GenderGapTracker, merged and
/// inflected by hand.
pub fn is_speech_verb(w: &str) -> bool {
    const STEMS: &[&str] = &[
        "say",
        "said",
        "says",
        "saying",
        "tell",
        "told",
        "tells",
        "telling",
        "add",
        "write",
        "wrote",
        "written",
        "ask",
        "argue",
        "warn",
        "insist",
        "note",
        "explain",
        "claim",
        "tweet",
        "post",
        "announce",
        "acknowledge",
        "declare",
        "stated",
        "stress",
        "recall",
        "remark",
        "reply",
        "replied",
        "respond",
        "continue",
        "conclude",
        "admit",
        "confirm",
        "contend",
        "countered",
        "observe",
        "quip",
        "joked",
        "shout",
        "yell",
        "scream",
        "cried",
        "predict",
        "promise",
        "suggest",
        "urge",
        "vow",
        "pledge",
        "boast",
        "complain",
        "lament",
        "concede",
        "caution",
        "assert",
        "maintain",
        "testify",
        "testified",
        "emphasize",
        "emphasise",
        "reiterate",
        "describe",
        "recount",
        "mutter",
        "whisper",
        "chant",
        "proclaim",
        "deny",
        "denied",
        "allege",
        "demand",
        "exclaim",
        "muse",
        "opine",
        "reason",
        "report",
        "retort",
        "sigh",
        "snapped",
        "recalled",
        // Reporting of a characterisation: "called the plan "a disaster"".
        "call",
        "label",
        "dubbed",
        "brand",
        "interject",
        "interjected",
        "scoff",
        "responded",
        "quoted",
        "elaborate",
        "answer",
        "pressed",
        "remembered",
    ];
    let w = w.trim_end_matches('\'');
    if STEMS.contains(&w) {
        return true;
    }
    // Regular inflections of the stems: -s, -ed, -d, -ing.
    for suf in ["ed", "d", "s", "ing"] {
        if let Some(stem) = w.strip_suffix(suf) {
            if stem.len() >= 3 && STEMS.contains(&stem) {
                // "states" is far more often a noun ("United States").
                return stem != "state";
            }
            // "noted" -> "not" + "e": try restoring a dropped final e.
            if suf != "s" && stem.len() >= 2 {
                let mut e = String::with_capacity(stem.len() + 1);
                e.push_str(stem);
                e.push('e');
                if STEMS.contains(&e.as_str()) {
                    return true;
                }
            }
            // "replies" / "denies"
            if suf == "s" {
                if let Some(st) = stem.strip_suffix("ie") {
                    let mut y = String::from(st);
                    y.push('y');
                    if STEMS.contains(&y.as_str()) {
                        return true;
                    }
                }
            }
        }
    }
    // Doubled consonants: "quipped", "snapped".
    if let Some(stem) = w.strip_suffix("ped") {
        return STEMS.contains(&stem);
    }
    false
}

/// Words that stand between a subject and its speech verb without changing
/// who speaks ("has also said", "later told").
pub fn is_aux_or_adverb(w: &str) -> bool {
    matches!(
        w,
        "has"
            | "have"
            | "had"
            | "was"
            | "were"
            | "is"
            | "are"
            | "be"
            | "been"
            | "also"
            | "later"
            | "then"
            | "once"
            | "repeatedly"
            | "previously"
            | "earlier"
            | "recently"
            | "often"
            | "would"
            | "will"
            | "did"
            | "does"
            | "do"
            | "just"
            | "simply"
            | "still"
            | "again"
            | "further"
            | "quickly"
            | "flatly"
            | "publicly"
            | "privately"
            | "reportedly"
            | "allegedly"
            | "famously"
            | "frequently"
            | "bluntly"
            | "curtly"
            | "angrily"
            | "proudly"
            | "openly"
            | "even"
            | "first"
            | "initially"
            | "subsequently"
            | "not"
            | "never"
            | "since"
            | "all"
            | "both"
            | "themselves"
            | "himself"
            | "herself"
            | "may"
            | "might"
            | "could"
            | "can"
            | "to"
            | "going"
    )
}

/// Subject pronouns a quotation can be attributed to, resolved later.
pub fn pronoun(w: &str) -> Option<Pronoun> {
    match w {
        "he" => Some(Pronoun::He),
        "she" => Some(Pronoun::She),
        "they" | "we" => Some(Pronoun::They),
        "it" => Some(Pronoun::It),
        "i" => Some(Pronoun::I),
        _ => None,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pronoun {
    He,
    She,
    They,
    It,
    I,
}

/// Titles and roles written before a name ("President Vladimir Putin",
/// "Sen. Ted Cruz"): stripped from the name, kept as the role. Hand-made from
/// AP style's list of formal titles.
pub fn is_title(w: &str) -> bool {
    matches!(
        w,
        "president"
            | "vice"
            | "prime"
            | "minister"
            | "secretary"
            | "sen"
            | "senator"
            | "rep"
            | "representative"
            | "gov"
            | "governor"
            | "mayor"
            | "judge"
            | "justice"
            | "dr"
            | "mr"
            | "mrs"
            | "ms"
            | "miss"
            | "prof"
            | "professor"
            | "gen"
            | "general"
            | "col"
            | "colonel"
            | "lt"
            | "lieutenant"
            | "sgt"
            | "sergeant"
            | "capt"
            | "captain"
            | "adm"
            | "admiral"
            | "chancellor"
            | "king"
            | "queen"
            | "prince"
            | "princess"
            | "pope"
            | "rev"
            | "reverend"
            | "father"
            | "sister"
            | "chief"
            | "director"
            | "ceo"
            | "chairman"
            | "chairwoman"
            | "chair"
            | "speaker"
            | "leader"
            | "ambassador"
            | "attorney"
            | "commissioner"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "coach"
            | "candidate"
            | "nominee"
            | "former"
            | "presidential"
            | "democratic"
            | "republican"
            | "gop"
            | "state"
            | "deputy"
            | "assistant"
            | "acting"
            | "sheriff"
            | "detective"
            | "officer"
            | "inspector"
            | "superintendent"
            | "premier"
            | "sir"
            | "dame"
            | "lord"
            | "lady"
            | "sheikh"
            | "ayatollah"
            | "rabbi"
            | "imam"
            | "bishop"
            | "cardinal"
            | "congressman"
            | "congresswoman"
            | "majority"
            | "minority"
            | "whip"
            | "founder"
            | "executive"
            | "host"
            | "analyst"
            | "economist"
            | "author"
            | "lawyer"
            | "manager"
            | "owner"
            | "strategist"
            | "councillor"
            | "councilor"
            | "councilman"
            | "councilwoman"
            | "alderman"
            | "librarian"
            | "teacher"
            | "doctor"
            | "nurse"
            | "scientist"
            | "researcher"
            | "engineer"
            | "forecaster"
            | "prosecutor"
            | "commander"
            | "historian"
            | "activist"
            | "pastor"
            | "priest"
            | "trustee"
            | "headteacher"
            | "principal"
            | "dean"
            | "spokeswoman's"
            | "aide"
            | "adviser"
            | "advisor"
            | "consultant"
            | "pollster"
    )
}

/// Words that make a capitalised name an organisation rather than a person.
pub fn is_org_word(w: &str) -> bool {
    matches!(
        w,
        "post"
            | "times"
            | "journal"
            | "news"
            | "press"
            | "tribune"
            | "herald"
            | "guardian"
            | "telegraph"
            | "reuters"
            | "associated"
            | "agency"
            | "party"
            | "house"
            | "department"
            | "ministry"
            | "office"
            | "committee"
            | "commission"
            | "council"
            | "association"
            | "university"
            | "college"
            | "institute"
            | "foundation"
            | "inc"
            | "corp"
            | "co"
            | "company"
            | "group"
            | "bank"
            | "court"
            | "senate"
            | "congress"
            | "campaign"
            | "administration"
            | "government"
            | "police"
            | "army"
            | "navy"
            | "pentagon"
            | "kremlin"
            | "network"
            | "cnn"
            | "bbc"
            | "nbc"
            | "abc"
            | "cbs"
            | "fox"
            | "msnbc"
            | "npr"
            | "ap"
            | "afp"
            | "union"
            | "league"
            | "board"
            | "service"
            | "center"
            | "centre"
            | "fund"
            | "coalition"
            | "federation"
            | "organization"
            | "organisation"
            | "magazine"
            | "review"
            | "daily"
            | "weekly"
            | "gazette"
            | "chronicle"
            | "observer"
            | "media"
            | "tv"
            | "radio"
            | "channel"
            | "nations"
            | "states"
            | "korea"
            | "china"
            | "russia"
            | "moscow"
            | "pyongyang"
            | "beijing"
            | "washington"
            | "ukraine"
            | "iran"
            | "israel"
            | "britain"
            | "france"
            | "germany"
            | "japan"
            | "india"
            | "europe"
            | "eu"
            | "nato"
            | "un"
            | "fbi"
            | "cia"
            | "sec"
            | "who"
            | "court's"
    )
}

/// Words that name a publication when used as "the newspaper said".
pub fn is_publication_noun(w: &str) -> bool {
    matches!(
        w,
        "newspaper"
            | "paper"
            | "daily"
            | "outlet"
            | "magazine"
            | "broadcaster"
            | "network"
            | "agency"
            | "publication"
            | "tabloid"
            | "website"
            | "site"
            | "station"
    )
}

/// Capitalised words that start sentences or headings but are not names.
/// Source: the most frequent sentence-initial capitalised words of English
/// news text that are function words or common openers.
pub fn is_capitalised_function_word(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "but"
            | "and"
            | "or"
            | "in"
            | "on"
            | "at"
            | "for"
            | "from"
            | "to"
            | "of"
            | "with"
            | "by"
            | "as"
            | "if"
            | "when"
            | "while"
            | "after"
            | "before"
            | "since"
            | "though"
            | "although"
            | "because"
            | "so"
            | "yet"
            | "this"
            | "that"
            | "these"
            | "those"
            | "it"
            | "he"
            | "she"
            | "they"
            | "we"
            | "i"
            | "you"
            | "his"
            | "her"
            | "their"
            | "our"
            | "my"
            | "its"
            | "there"
            | "here"
            | "what"
            | "who"
            | "why"
            | "how"
            | "where"
            | "which"
            | "some"
            | "many"
            | "most"
            | "all"
            | "no"
            | "not"
            | "now"
            | "then"
            | "still"
            | "also"
            | "even"
            | "just"
            | "only"
            | "yes"
            | "during"
            | "despite"
            | "under"
            | "among"
            | "amid"
            | "within"
            | "without"
            | "through"
            | "across"
            | "upon"
            | "over"
            | "into"
            | "following"
            | "throughout"
            | "instead"
            | "meanwhile"
            | "however"
            | "according"
            | "asked"
            | "last"
            | "next"
            | "one"
            | "two"
            | "three"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "mr"
            | "mrs"
            | "ms"
            | "dr"
            | "do"
            | "does"
            | "did"
            | "is"
            | "are"
            | "was"
            | "were"
            | "will"
            | "would"
            | "can"
            | "could"
            | "should"
            | "may"
            | "might"
            | "must"
            | "let"
            | "let's"
            | "don't"
            | "it's"
            | "that's"
            | "we're"
            | "i'm"
            | "we've"
            | "i've"
            | "they're"
            | "you're"
            | "let’s"
    )
}

/// Very common English words, for the "reads as prose" test of a line
/// (jusText's stop-word density). A compact subset of the Snowball English
/// stop-word list.
pub fn is_stopword(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "and"
            | "or"
            | "but"
            | "of"
            | "to"
            | "in"
            | "on"
            | "at"
            | "for"
            | "from"
            | "with"
            | "by"
            | "as"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "has"
            | "have"
            | "had"
            | "it"
            | "its"
            | "he"
            | "she"
            | "they"
            | "we"
            | "i"
            | "you"
            | "his"
            | "her"
            | "their"
            | "our"
            | "that"
            | "this"
            | "these"
            | "those"
            | "which"
            | "who"
            | "what"
            | "not"
            | "no"
            | "will"
            | "would"
            | "can"
            | "could"
            | "said"
            | "says"
            | "than"
            | "then"
            | "there"
            | "about"
            | "after"
            | "before"
            | "into"
            | "over"
            | "also"
            | "more"
            | "most"
            | "some"
            | "if"
            | "so"
            | "do"
            | "did"
            | "does"
            | "him"
            | "them"
            | "us"
            | "when"
            | "while"
            | "up"
            | "out"
            | "all"
            | "one"
            | "just"
            | "should"
            | "may"
            | "might"
            | "because"
            | "how"
            | "our's"
            | "being"
    )
}

/// The month a word names, 1-based ("Sept." and "September" both 9).
pub fn month(w: &str) -> Option<u32> {
    Some(match w {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sept" | "sep" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

/// Abbreviations after which a full stop does not end a sentence.
/// Source: AP style's abbreviated titles and months, plus common Latin forms.
pub fn is_abbreviation(w: &str) -> bool {
    matches!(
        w,
        "mr" | "mrs"
            | "ms"
            | "dr"
            | "prof"
            | "sen"
            | "rep"
            | "gov"
            | "gen"
            | "col"
            | "lt"
            | "sgt"
            | "capt"
            | "cmdr"
            | "adm"
            | "maj"
            | "st"
            | "jr"
            | "sr"
            | "inc"
            | "co"
            | "corp"
            | "ltd"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
            | "no"
            | "vs"
            | "v"
            | "e.g"
            | "i.e"
            | "approx"
            | "dept"
            | "est"
            | "ft"
            | "mt"
            | "rev"
            | "gens"
            | "reps"
            | "sens"
            | "messrs"
            | "ave"
            | "blvd"
            | "fig"
            | "vol"
            | "op"
            | "pp"
            | "al"
            | "ca"
            | "hon"
            | "pres"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speech_verbs_in_every_tense() {
        for w in [
            "said",
            "says",
            "say",
            "told",
            "added",
            "adds",
            "wrote",
            "writes",
            "asked",
            "argued",
            "warned",
            "warns",
            "insisted",
            "noted",
            "notes",
            "explained",
            "claimed",
            "tweeted",
            "posted",
            "announced",
            "acknowledged",
            "replied",
            "replies",
            "quipped",
            "denies",
            "testified",
            "saying",
            "telling",
        ] {
            assert!(is_speech_verb(w), "{w}");
        }
        for w in ["sad", "table", "house", "pointed", "noting_", "the"] {
            assert!(!is_speech_verb(w), "{w}");
        }
    }
}
