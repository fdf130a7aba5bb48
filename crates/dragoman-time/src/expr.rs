//! [`Expr`]: what a recognized time expression says, before it is anchored.
//!
//! The grammar builds an `Expr` from the words; [`crate::normalize()`] turns it
//! into a TIMEX3 value against the document date, the tense of its clause and
//! the last date the text mentioned.

use crate::holiday::Holiday;
use crate::lexicon::{PartOfDay, Season, Unit, Vague};

/// Which way an expression points from its anchor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Not said: the tense of the clause decides ("on Friday", "in August").
    Implicit,
    /// The closest one before the anchor ("last Friday", "this past spring").
    Last,
    /// The closest one after the anchor ("next Friday", "the coming winter").
    Next,
    /// The one around the anchor ("this Friday", "this summer").
    This,
}

/// What an expression is counted from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// The document date ("yesterday", "two weeks ago").
    Document,
    /// The last date the text mentioned ("the next day", "a year earlier").
    Mentioned,
    /// The document date, counting back from it ("a year ago"): like
    /// [`Anchor::Document`], but a year back from a quarter the text is
    /// about is that quarter a year before.
    Ago,
    /// The last day, week or month the text mentioned, as TimeML anchors
    /// "two days later" after "on March 3" (March 5); with none mentioned
    /// (or only a coarser one), the length of time between two events
    /// ("P2D").
    Event,
}

/// The year a part of a year (a month, a season, a quarter) belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum YearOf {
    /// Written out ("March 1996", "the first quarter of 1990").
    Given(i32),
    /// Counted from the anchor year ("June last year", "next year's first quarter").
    Shift(i32),
    /// Chosen by direction and tense.
    Implicit(Direction),
}

/// A part of a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum YearPart {
    /// A month, with a day of month when written ("Nov. 17").
    Month(i8, Option<i8>),
    /// A season.
    Season(Season),
    /// A quarter ("third quarter"); `None` for "the quarter", resolved from context.
    Quarter(Option<i8>),
    /// A half year (1 or 2).
    Half(i8),
    /// The whole year (used with [`YearOf::Given`] for "1990", "fiscal 1989").
    Whole,
}

/// How many units a duration or shift counts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Amount {
    /// A written number ("three", "48", "2 1/2").
    Exact(f64),
    /// An unknown number ("several", "a few", "years").
    Vague,
}

/// A time of day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayTime {
    /// A clock time, 24-hour.
    Clock(u8, u8),
    /// A part of the day.
    Part(PartOfDay),
}

/// A recognized time expression, not yet anchored.
#[derive(Clone, Debug, PartialEq)]
pub enum Expr {
    /// A part of a year, possibly with its year.
    Date(YearPart, YearOf),
    /// A day of the month whose month is not written ("on the 14th"): the
    /// one nearest the anchor, as the tense leans.
    DayOfMonth(i8),
    /// A decade, by its first three digits (199 for the 1990s).
    Decade(i32),
    /// A century, by its first two digits (19 for the 20th century).
    Century(i32),
    /// A holiday ("Thanksgiving", "last Christmas").
    Holiday(Holiday, Direction),
    /// A day of the week (1 = Monday).
    Weekday(i8, Direction),
    /// A day of the week before (-1) or after (1) the last day mentioned
    /// ("the previous Friday", "the following Monday").
    WeekdayFrom(i8, i32),
    /// `n` units from the anchor ("yesterday" is -1 day, "this month" 0 months).
    Shift(Unit, i32, Anchor),
    /// A vague reference ("now", "recently", "the future").
    Vague(Vague),
    /// A time of day on a day ("10 p.m. Wednesday", "this morning").
    Time(DayTime, Box<Expr>),
    /// A week the writer does not fix ("the week" of a market report):
    /// TimeML's "2025-WXX", in the document's year.
    SomeWeek,
    /// The week of a day ("the week of March 6").
    WeekOf(Box<Expr>),
    /// A length of time.
    Duration(Amount, Unit),
    /// A recurrence, with its TIMEX3 value already known ("P1D", "XXXX-WXX-4").
    Set(String),
}

impl Expr {
    /// The expression with an unsaid direction made `dir` ("since March" is
    /// the last March, never the next). A season keeps its year to the
    /// tense: "since the summer" in an October report is the summer just
    /// gone, the latest one begun by the report's date, not the year before.
    pub fn pointing(self, dir: Direction) -> Expr {
        let implicit = Direction::Implicit;
        match self {
            season @ Expr::Date(YearPart::Season(_), _) => season,
            Expr::Date(part, YearOf::Implicit(d)) if d == implicit => {
                Expr::Date(part, YearOf::Implicit(dir))
            }
            Expr::Weekday(w, d) if d == implicit => Expr::Weekday(w, dir),
            Expr::Holiday(h, d) if d == implicit => Expr::Holiday(h, dir),
            Expr::Time(time, day) => Expr::Time(time, Box::new(day.pointing(dir))),
            other => other,
        }
    }
}
