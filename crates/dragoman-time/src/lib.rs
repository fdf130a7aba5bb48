//! Time expressions: recognition and TimeML TIMEX3 normalization.
//!
//! [`TimexStage`] fills [`dragoman_model::Doc::timexes`]: every date, time,
//! duration and recurrence of the text ("Nov. 17", "last week", "three
//! years", "every week", "recently", "at 3 p.m."), with the span TimeBank
//! would give it and its TIMEX3 value resolved against the document date.
//!
//! How it works, in four steps:
//! 1. [`pieces`]: the tokens, split at hyphens, each with its meaning in a
//!    small temporal [`lexicon`] (months, weekdays, units, numbers...);
//! 2. [`grammar`]: hand-written rules over the pieces of each sentence find
//!    expressions (longest match wins) and say what they mean ([`Expr`]);
//! 3. [`tense`]: the nearest tense cue of the sentence ("will", "was", "met");
//!    a weekday in a sentence without one, the verb it hangs on in the
//!    dependency tree (`governs`, parsed on demand);
//! 4. [`normalize()`]: the [`Expr`], the document date, the tense, and the
//!    last date mentioned give the TIMEX3 type and value ([`Point`]).

mod around;
mod counted;
pub mod expr;
mod governs;
pub mod grammar;
pub mod holiday;
pub mod lexicon;
pub mod normalize;
pub mod period;
pub mod pieces;
pub mod point;
mod stage;
pub mod tense;

pub use expr::Expr;
pub use normalize::{normalize, Context, Normal};
pub use point::Point;
pub use stage::{find_timexes, TimexStage};
pub use tense::Tense;
