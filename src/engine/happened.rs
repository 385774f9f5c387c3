//! "What happened": the key-fact sentences.
//!
//! When the article has its own "What happened" section, its sentences are
//! the answer. Otherwise each sentence is scored by a position prior (news
//! is written top-down) plus centrality (how much of the article's
//! vocabulary it shares, PacSum-style), minus the share of it that is a
//! quotation (quotations belong to "Who said what"); a sentence too similar
//! to one already chosen is skipped, and the chosen ones are put back in
//! article order so they read as a paragraph.
//!
//! Known failure cases: a feature that opens with an anecdote gets the
//! anecdote; an article whose first paragraph is a dateline or photo credit
//! in sentence form keeps it; very short articles give their only sentences.

use super::lexicon::is_stopword;
use super::quotes::Found;
use super::structure::{Doc, Section};
use super::text::{each_word, hash};
use super::{Length, Options, Span};

/// At most this many sentences, and stop adding once this many words (a
/// card, not a page: human summaries of news run 40-60 words, and ROUGE on
/// the dev data peaks near this budget).
const MAX_SENTENCES: usize = 3;
const WORD_BUDGET: usize = 55;

/// `skip` is a sentence the card shows elsewhere (in What next).
pub fn select(
    text: &str,
    doc: &Doc,
    quotes: &[Found],
    opts: Options,
    skip: Option<Span>,
) -> Vec<Span> {
    let cap = if opts.length == Length::Short {
        1
    } else {
        MAX_SENTENCES + 1
    };
    let own: Vec<Span> = doc.in_section(Section::Happened).map(|s| s.span).collect();
    if !own.is_empty() {
        return own.into_iter().take(cap).collect();
    }
    let cap = cap.min(MAX_SENTENCES);

    // Document vocabulary: content-word frequencies.
    // Words are kept as hashes of their lowercase stems: no strings kept.
    let mut tf = super::text::Map::default();
    let mut sent_words: Vec<Vec<u64>> = Vec::with_capacity(doc.sentences.len());
    // Every word of each sentence, counted in the same pass.
    let mut totals: Vec<usize> = Vec::with_capacity(doc.sentences.len());
    for s in &doc.sentences {
        let mut ws = Vec::new();
        let mut total = 0;
        let low = s.span.of(text).to_ascii_lowercase();
        each_word(text, s.span, |w| {
            total += 1;
            let lw = low
                .get(w.span.start - s.span.start..w.span.end - s.span.start)
                .unwrap_or("");
            let lw = lw.trim_end_matches('.');
            if lw.len() > 2 && !is_stopword(lw) {
                ws.push(hash(stem(lw)));
            }
        });
        for w in &ws {
            *tf.entry(*w).or_insert(0) += 1;
        }
        sent_words.push(ws);
        totals.push(total);
    }

    let mut q = 0;
    let mut scored: Vec<(f32, usize)> = Vec::new();
    for (i, s) in doc.sentences.iter().enumerate() {
        if matches!(s.section, Section::Said | Section::Next) || skip == Some(s.span) {
            continue;
        }
        let n = sent_words[i].len();
        let raw = s.span.of(text);
        let total = totals[i];
        if !(6..=70).contains(&total) || !ends_like_sentence(raw) {
            continue;
        }
        let quote_share = super::quotes::quoted_share(quotes, s.span, &mut q);
        if quote_share > 0.45 || super::quotes::opens_attributed(quotes, s.span, q) {
            continue;
        }
        let central: f32 = if n == 0 {
            0.0
        } else {
            let mut seen: Vec<u64> = Vec::new();
            let mut sum = 0.0;
            for w in &sent_words[i] {
                if !seen.contains(w) {
                    seen.push(*w);
                    let f = *tf.get(w).unwrap_or(&1) as f32;
                    sum += (f - 1.0).min(6.0);
                }
            }
            sum / (n as f32).sqrt()
        };
        let pos = 1.0 / (1.0 + s.para as f32 + s.nth as f32 * 0.4);
        let score = 3.0 * pos + 0.25 * central - 1.5 * quote_share;
        scored.push((score, i));
    }
    // Scores to integers (micro-units) so the shared ranking sort applies.
    let order = super::rank(
        scored
            .iter()
            .map(|&(sc, i)| ((sc * 1e6) as i64, i))
            .collect(),
    );

    let mut chosen: Vec<usize> = Vec::new();
    let mut words = 0;
    for i in order {
        if chosen.len() >= cap || chosen.len() >= 2 && words >= WORD_BUDGET {
            break;
        }
        let redundant = chosen
            .iter()
            .any(|&c| overlap(&sent_words[c], &sent_words[i]) > 0.6);
        if redundant {
            continue;
        }
        words += totals[i];
        chosen.push(i);
    }
    super::ascending(chosen)
        .into_iter()
        .map(|i| doc.sentences[i].span)
        .collect()
}

fn ends_like_sentence(s: &str) -> bool {
    super::text::unclosed(s).ends_with(&['.', '!', '?'][..])
}

/// A light suffix stripper so "votes"/"voted"/"voting" count together.
fn stem(w: &str) -> &str {
    for suf in ["ing", "ed", "es", "s"] {
        if let Some(s) = w.strip_suffix(suf) {
            if s.len() >= 4 {
                return s;
            }
        }
    }
    w
}

fn overlap(a: &[u64], b: &[u64]) -> f32 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let common = b.iter().filter(|w| a.contains(w)).count();
    common as f32 / b.len().min(a.len()) as f32
}
