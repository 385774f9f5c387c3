//! Word lists. Each says where it comes from; all are matched on lowercase
//! words (see [`super::text::lower`]) with a linear scan of a short slice,
//! or a search of a long sorted one packed into one string ([`Words`]),
//! which beat hashing at these sizes and keep the wasm small. The lists asked about every word of an article
//! rule most words out first by a 512-bit signature set ([`Sigs`]).

/// Whether `w` is in `list`. Word tests go through this rather than a long
/// `matches!`: a table is far smaller in the wasm than the string compares
/// a `match` compiles to, and as fast for a handful of words.
#[inline(never)]
pub fn has(list: &[&str], w: &str) -> bool {
    list.contains(&w)
}

/// A sorted list of words, one space between them (the literal's line
/// continuations leave no other whitespace). Looked up by a binary search
/// over its bytes, a list costs only its letters in the wasm: a `&[&str]`
/// adds a pointer and a length, eight bytes, for every word.
#[derive(Clone, Copy)]
pub struct Words(pub &'static str);

impl Words {
    pub fn contains(self, w: &str) -> bool {
        search(self.0.as_bytes(), w.as_bytes(), 0, self.0.len())
    }

    /// The words, in order (for the tests that check a list is sorted).
    #[cfg(test)]
    pub fn iter(self) -> impl Iterator<Item = &'static str> {
        self.0.split(' ')
    }
}

/// A short list of words or phrases packed into one string, `|` between
/// them, searched in order: for lists that are not asked about every word
/// (a `&[&str]` costs a pointer and a length, eight bytes, for every entry).
#[derive(Clone, Copy)]
pub struct Packed(pub &'static str);

impl Packed {
    /// Whether `w` is an entry. A byte scan, not `split('|')` (a searcher
    /// call per entry costs more than the compare).
    pub fn has(self, w: &str) -> bool {
        let (b, w) = (self.0.as_bytes(), w.as_bytes());
        let mut i = 0;
        loop {
            let rest = &b[i..];
            if rest.starts_with(w) && rest.get(w.len()).is_none_or(|&c| c == b'|') {
                return true;
            }
            match rest.iter().position(|&c| c == b'|') {
                Some(p) => i += p + 1,
                None => return false,
            }
        }
    }

    /// Whether `s` starts with an entry.
    pub fn starts(self, s: &str) -> bool {
        let (b, s) = (self.0.as_bytes(), s.as_bytes());
        let mut i = 0;
        loop {
            let n = b[i..]
                .iter()
                .position(|&c| c == b'|')
                .unwrap_or(b.len() - i);
            if s.starts_with(&b[i..i + n]) {
                return true;
            }
            if i + n >= b.len() {
                return false;
            }
            i += n + 1;
        }
    }
}

/// [`Words`] with where the words of each first letter start, worked out at
/// compile time (54 bytes), so that a look-up searches only those: for the
/// lists asked about most words of an article.
#[derive(Clone, Copy)]
pub struct Indexed {
    pub words: Words,
    /// `at[k]`: where the first word whose first byte is `b'a' + k` or
    /// more starts (`at[26]`: the first after 'z').
    at: [u16; 27],
}

impl Indexed {
    pub const fn new(text: &'static str) -> Indexed {
        let b = text.as_bytes();
        assert!(b.len() < u16::MAX as usize);
        let mut at = [b.len() as u16; 27];
        // The words are sorted, so their first bytes only rise: each
        // boundary is filled once, in order.
        let (mut i, mut k) = (0, 0);
        while i < b.len() {
            if i == 0 || b[i - 1] == b' ' {
                while k < 27 && b[i] >= b'a' + k as u8 {
                    at[k] = i as u16;
                    k += 1;
                }
            }
            i += 1;
        }
        Indexed {
            words: Words(text),
            at,
        }
    }

    pub fn contains(&self, w: &str) -> bool {
        let (b, w) = (self.words.0.as_bytes(), w.as_bytes());
        let first = w.first().copied().unwrap_or(0);
        let (from, to) = match first {
            b'a'..=b'z' => {
                let k = (first - b'a') as usize;
                (self.at[k], self.at[k + 1])
            }
            _ if first < b'a' => (0, self.at[0]),
            _ => (self.at[26], b.len() as u16),
        };
        search(b, w, from as usize, (to as usize).min(b.len()))
    }
}

/// Whether `w` is a word of the sorted list `b` between `lo` and `hi`,
/// both where a word starts (or the end).
fn search(b: &[u8], w: &[u8], mut lo: usize, mut hi: usize) -> bool {
    use std::cmp::Ordering::{Greater, Less};
    while lo < hi {
        // The word around the middle: back to its start.
        let mut start = lo + (hi - lo) / 2;
        while start > lo && b[start - 1] != b' ' {
            start -= 1;
        }
        // Compared byte by byte as `str` does; the end of a word is a
        // space or the end of the list.
        let mut i = 0;
        let order = loop {
            let c = b.get(start + i).filter(|&&c| c != b' ');
            match (c, w.get(i)) {
                (None, None) => return true,
                (None, Some(_)) => break Less,
                (Some(_), None) => break Greater,
                (Some(c), Some(d)) if c != d => break c.cmp(d),
                _ => i += 1,
            }
        };
        if order == Less {
            let mut end = start + i;
            while end < b.len() && b[end] != b' ' {
                end += 1;
            }
            lo = end + 1;
        } else {
            hi = start;
        }
    }
    false
}

/// A set of word signatures (length, first, second and last byte) in 512 bits:
/// a word whose signature is not in the set is in none of the words it was
/// built from. For lists looked up for every word of an article, it rules
/// most words out before any string compare.
pub struct Sigs([u64; 8]);

impl Sigs {
    pub const fn of(lists: &[Words]) -> Sigs {
        let mut bits = [0u64; 8];
        let mut l = 0;
        while l < lists.len() {
            // Each word of the list: from `start` to the next space.
            let b = lists[l].0.as_bytes();
            let (mut start, mut i) = (0, 0);
            while i <= b.len() {
                if i == b.len() || b[i] == b' ' {
                    let (word, _) = b.split_at(i);
                    let (_, word) = word.split_at(start);
                    let k = sig(word);
                    bits[k / 64] |= 1 << (k % 64);
                    start = i + 1;
                }
                i += 1;
            }
            l += 1;
        }
        Sigs(bits)
    }

    pub fn may_have(&self, w: &str) -> bool {
        let k = sig(w.as_bytes());
        self.0[k / 64] >> (k % 64) & 1 == 1
    }
}

const fn sig(w: &[u8]) -> usize {
    match w {
        [a, b, .., z] | [a, b @ z] => {
            let x = (w.len() as u32 * 0x9E37)
                ^ (*a as u32 * 0x85EB)
                ^ (*z as u32 * 0xC2B2)
                ^ (*b as u32 * 0x27D4);
            (x.wrapping_mul(0x9E37_79B1) >> 23) as usize
        }
        _ => 0,
    }
}

/// Speech and writing verbs that introduce a direct quotation, in all tenses.
/// Source: the reporting verbs of PARC 3.0's attribution cues and the
/// quote-attribution verb list of the GenderGapTracker, merged and
/// inflected by hand.
pub fn is_speech_verb(w: &str) -> bool {
    let w = w.trim_end_matches('\'');
    let has = |x: &str| SPEECH_VERB_STEMS.contains(x);
    // `stem` + `c` looked up without building a string.
    let has_with = |stem: &str, c: u8| {
        let mut buf = [0u8; 24];
        let b = stem.as_bytes();
        b.len() < buf.len() && {
            buf[..b.len()].copy_from_slice(b);
            buf[b.len()] = c;
            std::str::from_utf8(&buf[..=b.len()]).is_ok_and(&has)
        }
    };
    if has(w) {
        return true;
    }
    // Regular inflections of the stems: -s, -ed, -d, -ing.
    for suf in ["ed", "d", "s", "ing"] {
        if let Some(stem) = w.strip_suffix(suf) {
            if stem.len() >= 3 && has(stem) {
                // "states" is far more often a noun ("United States").
                return stem != "state";
            }
            // "noted" -> "not" + "e": try restoring a dropped final e.
            // (Compared without building a string: this runs for every word.)
            if suf != "s" && stem.len() >= 2 && has_with(stem, b'e') {
                return true;
            }
            // "replies" / "denies"
            if suf == "s" {
                if let Some(st) = stem.strip_suffix("ie") {
                    if has_with(st, b'y') {
                        return true;
                    }
                }
            }
        }
    }
    // Doubled consonants: "quipped", "admitted", "admitting".
    let stem = w.strip_suffix("ed").or_else(|| w.strip_suffix("ing"));
    match stem.map(str::as_bytes) {
        Some([.., a, b]) if a == b => has(&w[..stem.map_or(0, str::len) - 1]),
        _ => false,
    }
}

/// Stems and irregular forms of [`is_speech_verb`], sorted (it tries the
/// regular inflections). Among them, verbs that report a characterisation
/// ("called the plan "a disaster"", "dubbed", "branded") and that
/// characterise someone in their own words ("praised Christie as a
/// "leader"", "accused Cruz of being "dishonest"", "slammed").
/// Looked up for most words of an article, in several forms each.
static SPEECH_VERB_STEMS: Indexed = Indexed::new(
    "accuse acknowledge add admit allege announce answer argue ask assert assure bark beam \
     blame blast boast brand call caution chant chide claim complain concede conclude \
     condemn confirm contend continue countered cried criticise criticize declare decry \
     demand denied deny deride describe dismiss dubbed elaborate emphasise emphasize exclaim \
     exhort explain fume hail hammer insist interject interjected joked label lament \
     maintain mock muse mutter note observe opine pledge post praise predict pressed \
     proclaim promise question quip quoted reason recall recalled recount reiterate remark \
     remembered replied reply report respond responded retort said say saying says scoff \
     scream shout sigh slam slammed snapped stated stress suggest tell telling tells \
     testified testify thank told tout tweet urge vow warn whisper write written wrote yell",
);

/// Words that stand between a subject and its speech verb without changing
/// who speaks ("has also said", "later told").
pub fn is_aux_or_adverb(w: &str) -> bool {
    IS_AUX_OR_ADVERB_WORDS.contains(w)
}

const IS_AUX_OR_ADVERB_WORDS: Words = Words(
    "again all allegedly also angrily are be been bluntly both can could curtly did do does \
     earlier even famously first flatly frequently further going had has have herself himself \
     initially is just later may might never not often once openly previously privately proudly \
     publicly quickly recently repeatedly reportedly simply since still subsequently themselves \
     then to was were will would",
);

/// Determiners and possessives: a word after one is a noun ("the claim",
/// "her plan to ...").
pub fn is_determiner(w: &str) -> bool {
    has(
        &[
            "the", "a", "an", "his", "her", "their", "its", "this", "that", "my", "our", "your",
            "whose",
        ],
        w,
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

/// A capitalised sentence adverb ("Interestingly", "Ironically",
/// "Reportedly") opening a sentence before a name: not part of the name.
/// Only words of nine letters or more, so that names such as "Kimberly",
/// "Connolly" or "Scully" stay names.
pub fn is_sentence_adverb(w: &str) -> bool {
    w.len() >= 9 && w.ends_with("ly") && is_ly_adverb(&super::text::lower(w))
}

/// "jokingly", "emphatically": a manner adverb between a speaker and the
/// verb. Lowercase words in -ly that are nouns or adjectives before a verb
/// ("the family said") are listed out.
pub fn is_ly_adverb(w: &str) -> bool {
    w.len() >= 6
        && w.ends_with("ly")
        && super::text::starts_lower(w)
        && !has(
            &[
                "family",
                "assembly",
                "supply",
                "anomaly",
                "monopoly",
                "weekly",
                "monthly",
                "quarterly",
                "elderly",
                "friendly",
                "homily",
            ],
            w,
        )
}

/// Nouns for people or bodies that end a description of a speaker ("a
/// Clinton campaign spokesman", "Sanders's campaign manager"): the titles and
/// organisation words above, their plurals, and the few common nouns for
/// people in a story that neither list has. Hand-made.
pub fn is_person_noun(w: &str) -> bool {
    const SIGS: Sigs = Sigs::of(&[
        IS_TITLE_WORDS.words,
        IS_PERSON_NOUN_WORDS.words,
        IS_ORG_WORD_WORDS.words,
    ]);
    let one = w.strip_suffix('s').unwrap_or(w);
    // (Asked of every capitalised word: most are ruled out here.)
    if !SIGS.may_have(w) && !SIGS.may_have(one) {
        return false;
    }
    is_title(w)
        || is_title(one)
        || is_org_word(w)
        || IS_PERSON_NOUN_WORDS.contains(one)
        || IS_PERSON_NOUN_WORDS.contains(w)
}

static IS_PERSON_NOUN_WORDS: Indexed = Indexed::new(
    "businessman businesswoman citizen critic daughter delegate diplomat donor employee \
     expert family fan forward friend front-runner frontrunner husband insider lawmaker \
     legislator man member men mother neighbor neighbour observer office official organiser \
     organizer parent people person player protester protestor resident reviewer son source \
     staff staffer student supporter survivor veteran victim volunteer voter wife witness \
     woman women worker",
);

/// Titles and roles written before a name ("President Vladimir Putin",
/// "Sen. Ted Cruz"): stripped from the name, kept as the role. Hand-made from
/// AP style's list of formal titles, and the roles sports and arts pages
/// write the same way ("Northgate boss Dean Whitlock", "Defender Sam Okoro",
/// "Actress Nicole Kidman"), and the members of parliaments ("Labour MP
/// Jo Park", "Congress MP Farida Qureshi", MEP, MLA, MSP).
pub fn is_title(w: &str) -> bool {
    IS_TITLE_WORDS.contains(w)
}

static IS_TITLE_WORDS: Indexed = Indexed::new(
    "acting activist actor actress adm admiral adviser advisor aide alderman ambassador \
     analyst assistant attorney author ayatollah bishop boss candidate capt captain cardinal \
     ceo chair chairman chairwoman chancellor chief coach col colonel columnist commander \
     commentator commissioner congressman congresswoman consultant councillor councilman \
     councilor councilwoman dame dean defender del democratic deputy detective director \
     doctor dr economist editor engineer executive father forecaster former founder gen \
     general goalkeeper gop gov governor headteacher historian host imam inspector journalist \
     judge justice king lady lawyer leader librarian lieutenant lord lt majority manager \
     mayor mep midfielder minister minority miss mla mp mr mrs ms msp nominee nurse officer \
     owner pastor pollster pope premier president presidential priest prime prince princess \
     principal prof professor prosecutor queen rabbi rep reporter representative republican \
     researcher rev reverend scientist secretary sen senator sergeant sgt sheikh sheriff \
     singer sir sister skipper speaker spokesman spokesperson spokeswoman spokeswoman's state \
     strategist striker substitute superintendent teacher trustee vice whip winger writer",
);

/// Words that make a capitalised name an organisation rather than a person
/// (or an event: "Grand Prix", "Hopman Cup", "Brit Awards", which "he" is
/// never).
pub fn is_org_word(w: &str) -> bool {
    const SIGS: Sigs = Sigs::of(&[IS_ORG_WORD_WORDS.words]);
    SIGS.may_have(w) && IS_ORG_WORD_WORDS.contains(w)
}

static IS_ORG_WORD_WORDS: Indexed = Indexed::new(
    "abc administration afp agency ap army associated association awards bank bbc beijing board \
     britain campaign cbs center centre championship championships channel china chronicle cia \
     cnn co coalition college commission committee company congress corp council court court's \
     cup daily department eu europe fbi federation festival foundation fox france fund gazette \
     germany government group guardian herald house inc india institute iran israel japan \
     journal korea kremlin league magazine media ministry moscow msnbc nations nato navy nbc \
     network news npr observer office olympics organisation organization party pentagon police \
     post press prix pyongyang radio reuters review russia sec senate service states telegraph \
     times tribune tv ukraine un union university washington weekly who",
);

/// Words that name a publication when used as "the newspaper said".
pub fn is_publication_noun(w: &str) -> bool {
    IS_PUBLICATION_NOUN_WORDS.contains(w)
}

const IS_PUBLICATION_NOUN_WORDS: Words = Words(
    "agency broadcaster daily magazine network newspaper outlet paper publication site station \
     tabloid website",
);

/// Capitalised words that start sentences or headings but are not names
/// (function words, days, and the adverbs that open a news sentence:
/// "Later Kirby said" names Kirby).
/// Source: the most frequent sentence-initial capitalised words of English
/// news text that are function words or common openers.
pub fn is_capitalised_function_word(w: &str) -> bool {
    const SIGS: Sigs = Sigs::of(&[IS_CAPITALISED_FUNCTION_WORD_WORDS.words]);
    SIGS.may_have(w) && IS_CAPITALISED_FUNCTION_WORD_WORDS.contains(w)
}

static IS_CAPITALISED_FUNCTION_WORD_WORDS: Indexed = Indexed::new(
    "a according across after all also although amid among amongst an and are as asked at \
     because before besides both but by can click could despite did do does don't dr during earlier \
     even finally following for friday from he her here his how however i i'd i'll i'm i've if in instead \
     into is it it's its just last later let let's let’s like listen many may meanwhile might \
     monday most mr mrs ms must my next no not now of on one only or our over perhaps recently \
     saturday see she should since so some still sunday that that's the their then there these \
     they they're this those though three through throughout thursday to today tonight tuesday \
     two under unlike upon was we we're we've wednesday were what when where which while who why \
     will with within without would yes yesterday yet you you're",
);

/// Very common English words, for the "reads as prose" test of a line
/// (jusText's stop-word density). A compact subset of the Snowball English
/// stop-word list.
pub fn is_stopword(w: &str) -> bool {
    // Called for every word of the article, several times: the words are
    // packed into integers (big-endian, so the order stays alphabetical) and
    // searched without string compares. Longer words are never stop words.
    w.len() <= 8 && STOP_KEYS.binary_search(&pack(w.as_bytes())).is_ok()
}

/// Up to 8 bytes as a big-endian integer, zero-padded.
const fn pack(w: &[u8]) -> u64 {
    let mut k = 0u64;
    let mut i = 0;
    while i < 8 {
        k <<= 8;
        if i < w.len() {
            k |= w[i] as u64;
        }
        i += 1;
    }
    k
}

const STOP_KEYS: [u64; IS_STOPWORD_WORDS.len()] = {
    let mut keys = [0u64; IS_STOPWORD_WORDS.len()];
    let mut i = 0;
    while i < keys.len() {
        keys[i] = pack(IS_STOPWORD_WORDS[i].as_bytes());
        i += 1;
    }
    keys
};

const IS_STOPWORD_WORDS: &[&str] = &[
    "a", "about", "after", "all", "also", "an", "and", "are", "as", "at", "be", "because", "been",
    "before", "being", "but", "by", "can", "could", "did", "do", "does", "for", "from", "had",
    "has", "have", "he", "her", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its",
    "just", "may", "might", "more", "most", "no", "not", "of", "on", "one", "or", "our", "our's",
    "out", "over", "said", "says", "she", "should", "so", "some", "than", "that", "the", "their",
    "them", "then", "there", "these", "they", "this", "those", "to", "up", "us", "was", "we",
    "were", "what", "when", "which", "while", "who", "will", "with", "would", "you",
];

/// The days of the week, Monday first.
pub const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The day of the week a word names (Monday 0).
pub fn weekday(w: &str) -> Option<usize> {
    WEEKDAYS.iter().position(|d| *d == w)
}

/// The month a word names, 1-based ("Sept." and "September" both 9).
pub fn month(w: &str) -> Option<u32> {
    // A table, not a `match`: smaller in the wasm.
    const MONTHS: &[(&str, u32)] = &[
        ("january", 1),
        ("jan", 1),
        ("february", 2),
        ("feb", 2),
        ("march", 3),
        ("mar", 3),
        ("april", 4),
        ("apr", 4),
        ("may", 5),
        ("june", 6),
        ("jun", 6),
        ("july", 7),
        ("jul", 7),
        ("august", 8),
        ("aug", 8),
        ("september", 9),
        ("sept", 9),
        ("sep", 9),
        ("october", 10),
        ("oct", 10),
        ("november", 11),
        ("nov", 11),
        ("december", 12),
        ("dec", 12),
    ];
    MONTHS.iter().find(|m| m.0 == w).map(|m| m.1)
}

/// Abbreviations after which a full stop does not end a sentence.
/// Source: AP style's abbreviated titles and months, plus common Latin forms.
pub fn is_abbreviation(w: &str) -> bool {
    IS_ABBREVIATION_WORDS.contains(w)
}

static IS_ABBREVIATION_WORDS: Indexed = Indexed::new(
    "adm al approx apr aug ave blvd ca capt cmdr co col corp dec del dept dr e.g est feb fig ft \
     gen gens gov hon i.e inc jan jr jul jun lt ltd maj mar messrs mr mrs ms mt no nov oct op pp \
     pres prof rep reps rev sen sens sep sept sgt sr st v vol vs",
);

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    #[test]
    fn compile_time_sorting_and_signatures() {
        let sigs = super::Sigs::of(&[super::Words("said"), super::Words("told")]);
        assert!(sigs.may_have("said") && sigs.may_have("told"));
        assert!(["noted", "replies", "quipped", "denies", "emphasized"]
            .iter()
            .all(|w| super::is_speech_verb(w)));
    }

    /// Sorted, one space between words, and every word found, by both
    /// searches.
    pub(crate) fn assert_sorted(list: Words) {
        let ws: Vec<&str> = list.iter().collect();
        assert!(ws
            .iter()
            .all(|w| !w.is_empty() && !w.contains(char::is_whitespace)));
        assert!(
            ws.windows(2).all(|w| w[0] < w[1]),
            "{:?}",
            ws.windows(2).find(|w| w[0] >= w[1])
        );
        let indexed = Indexed::new(list.0);
        for w in &ws {
            assert!(list.contains(w) && indexed.contains(w), "{w}");
        }
        for w in ["", "zzzzzz", "0", "\u{e9}t\u{e9}"] {
            assert!(!list.contains(w) && !indexed.contains(w), "{w}");
        }
    }

    #[test]
    fn packed_word_lists() {
        // Words before, inside and after the a-z buckets.
        let list = Words("1st Zeta alpha alps beta zulu \u{e7}a");
        assert_sorted(list);
        let indexed = Indexed::new(list.0);
        for w in ["1", "Zet", "alp", "alphas", "b", "c", "zz", "\u{e7}"] {
            assert!(!list.contains(w) && !indexed.contains(w), "{w}");
        }
        assert_sorted(Words("one"));
    }

    #[test]
    fn packed_lists_match_whole_entries() {
        let p = super::Packed("go to |read more|in");
        assert!(p.has("in") && p.has("read more") && p.has("go to "));
        assert!(!p.has("i") && !p.has("read") && !p.has("inn") && !p.has(""));
        assert!(p.starts("read more here") && p.starts("go to top") && p.starts("inside"));
        assert!(!p.starts("go top") && !p.starts("rea") && !p.starts(""));
    }

    #[test]
    fn word_lists_are_sorted_for_binary_search() {
        assert!(
            IS_STOPWORD_WORDS.windows(2).all(|w| w[0] < w[1]),
            "{:?}",
            IS_STOPWORD_WORDS.windows(2).find(|w| w[0] >= w[1])
        );
        for list in [
            IS_AUX_OR_ADVERB_WORDS,
            IS_TITLE_WORDS.words,
            IS_ORG_WORD_WORDS.words,
            IS_CAPITALISED_FUNCTION_WORD_WORDS.words,
            IS_ABBREVIATION_WORDS.words,
            IS_PUBLICATION_NOUN_WORDS,
            IS_PERSON_NOUN_WORDS.words,
            SPEECH_VERB_STEMS.words,
        ] {
            assert_sorted(list);
        }
        // `is_stopword` packs words into 8 bytes.
        assert!(IS_STOPWORD_WORDS.iter().all(|w| w.len() <= 8));
        assert!(STOP_KEYS.windows(2).all(|k| k[0] < k[1]));
        assert!(is_stopword("because") && is_stopword("a") && !is_stopword("becausex"));
        assert!(!is_stopword("") && !is_stopword("thee") && !is_stopword("wouldn't"));
    }

    #[test]
    fn speech_verbs_in_every_tense() {
        for w in [
            "said",
            "admitted",
            "admitting",
            "quipped",
            "chided",
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
            "chided",
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
