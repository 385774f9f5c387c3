//! Briefly: a news article in, a "Speed Read" card out — headline, What
//! happened, Who said what, What next — every line the article's own words,
//! computed locally in milliseconds.
//!
//! The common path is one function:
//!
//! ```
//! let card = briefly::summarize(
//!     "Council backs bridge\n\
//!      The city council voted on Monday to build a new bridge over the river.\n\
//!      The old crossing, which opened in 1931, was closed to lorries last year.\n\
//!      Councillors said the bridge would cost about 40 million pounds.\n\
//!      \"This is a great day for the city,\" Mayor Jane Roe said.\n\
//!      Work will begin next spring, officials said.",
//! );
//! assert_eq!(card.title.as_deref(), Some("Council backs bridge"));
//! assert_eq!(card.who_said_what[0].speaker.as_deref(), Some("Jane Roe"));
//! assert_eq!(card.what_next[0].text, "Work will begin next spring, officials said.");
//! ```
//!
//! [`summarize`] never panics, whatever the input, and its cost grows
//! linearly with the text. Options (length, how many quotations) go through
//! [`summarize_with`] and [`Options`].

pub mod engine;

pub use engine::{summarize, summarize_with, Item, Length, Options, Quote, Span, Summary, When};

#[cfg(target_arch = "wasm32")]
pub mod embed;
#[cfg(target_arch = "wasm32")]
pub mod ui;
