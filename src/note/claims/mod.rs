//! Claims a sentence makes, read the same way from notes and from sources so that they compare: counts
//! (with their qualifiers and ranges), dates, places, ranks and posts. Each parser recognizes the genre's
//! phrasing and returns nothing when unsure, because every claim it returns may become a finding.

pub mod date;
pub mod number;
pub mod place;
pub mod post;
pub mod rank;
pub mod words;

pub use date::{DateClaim, dates, dates_in};
pub use number::{Quantity, quantities, quantities_in};
pub use place::{PlaceClaim, PlaceKind, places, places_in};
pub use post::{Post, parse_post, post_near};
pub use rank::{Rank, rank_before};
pub use words::{Token, content_word, content_words, tokens};
