//! The temporal lexicon: what one word (or number) means to the grammar.
//!
//! [`lookup`] maps a lower-cased word, without a final period, to a [`Lex`];
//! [`number`] reads digit tokens ("1990", "1990s", "7:15", "3rd").

use crate::holiday::Holiday;

/// A unit of calendar or clock time, from the finest to the coarsest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Unit {
    /// Seconds.
    Second,
    /// Minutes.
    Minute,
    /// Hours.
    Hour,
    /// Days.
    Day,
    /// Weeks.
    Week,
    /// Weekends.
    Weekend,
    /// Months.
    Month,
    /// Quarters of a year.
    Quarter,
    /// Years.
    Year,
    /// Decades.
    Decade,
    /// Centuries.
    Century,
}

/// A season of the year, with its TIMEX3 code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Season {
    /// SP.
    Spring,
    /// SU.
    Summer,
    /// FA.
    Fall,
    /// WI.
    Winter,
}

impl Season {
    /// The TIMEX3 code ("SU").
    pub fn code(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Fall => "FA",
            Season::Winter => "WI",
        }
    }

    /// The month the season starts in (northern hemisphere).
    pub fn first_month(self) -> i8 {
        match self {
            Season::Spring => 3,
            Season::Summer => 6,
            Season::Fall => 9,
            Season::Winter => 12,
        }
    }
}

/// A part of the day, with its TIMEX3 code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PartOfDay {
    /// MO.
    Morning,
    /// AF.
    Afternoon,
    /// EV.
    Evening,
    /// NI.
    Night,
}

impl PartOfDay {
    /// The TIMEX3 code ("NI").
    pub fn code(self) -> &'static str {
        match self {
            PartOfDay::Morning => "MO",
            PartOfDay::Afternoon => "AF",
            PartOfDay::Evening => "EV",
            PartOfDay::Night => "NI",
        }
    }
}

/// A vague reference to the past, the present or the future.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Vague {
    /// PAST_REF.
    Past,
    /// PRESENT_REF.
    Present,
    /// FUTURE_REF.
    Future,
}

impl Vague {
    /// The TIMEX3 value.
    pub fn value(self) -> &'static str {
        match self {
            Vague::Past => "PAST_REF",
            Vague::Present => "PRESENT_REF",
            Vague::Future => "FUTURE_REF",
        }
    }
}

/// A function word or modifier the grammar reads (named after the word, or
/// after the class of words it stands for).
#[allow(missing_docs)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Word {
    The,
    A,
    This,
    That,
    Last,
    Next,
    Past,
    Coming,
    Previous,
    Following,
    Current,
    Latest,
    Recent,
    Early,
    Late,
    Mid,
    Middle,
    End,
    Beginning,
    Earlier,
    Later,
    Ago,
    Of,
    Or,
    And,
    So,
    Fiscal,
    Today,
    Yesterday,
    Tomorrow,
    Tonight,
    Every,
    Each,
    Approx,
    More,
    Less,
    Than,
    At,
    Least,
    Up,
    To,
    Few,
    Several,
    Couple,
    Half,
    Meridiem(bool),
    Noon,
    Midnight,
    Zone,
    In,
    /// "on", before a day ("on the 14th").
    On,
    Eve,
    Old,
    Ended,
    Full,
    As,
    Since,
    Same,
    Period,
    Near,
    Possessive,
    Future,
    /// "million", "billion", "percent": the end of an amount.
    Scale,
    These,
    Term,
    Short,
    Possible,
}

/// What a word means to the grammar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lex {
    /// Nothing temporal.
    Other,
    /// A month, 1 to 12.
    Month(i8),
    /// A weekday, 1 (Monday) to 7 (Sunday).
    Weekday(i8),
    /// A unit; `true` when plural.
    Unit(Unit, bool),
    /// A cardinal number (words or digits).
    Number(u32),
    /// An ordinal ("third", "3rd").
    Ordinal(u8),
    /// A decade, as its first three digits ("1990s" is 199).
    Decade(i32),
    /// A clock time ("7:15").
    Clock(u8, u8),
    /// A season.
    Season(Season),
    /// A part of the day.
    PartOfDay(PartOfDay),
    /// A holiday's name ("Thanksgiving", "Election" of "Election Day").
    Holiday(Holiday),
    /// A recurrence adverb ("daily"): its unit.
    Every(Unit),
    /// A vague reference ("now", "recently").
    Vague(Vague),
    /// A function word.
    Word(Word),
    /// A comma.
    Comma,
    /// A slash, as in the fraction "1/2".
    Slash,
    /// Any other token that is not a word or a number (punctuation, quotes, symbols).
    Mark,
}

/// The meaning of `word`, lower-cased and without its final period.
#[allow(
    clippy::too_many_lines,
    reason = "one match over the vocabulary: a table, not a chain of rules"
)]
pub fn lookup(word: &str) -> Lex {
    use Word as W;
    match word {
        "january" | "jan" => Lex::Month(1),
        "february" | "feb" => Lex::Month(2),
        "march" | "mar" => Lex::Month(3),
        "april" | "apr" => Lex::Month(4),
        "may" => Lex::Month(5),
        "june" | "jun" => Lex::Month(6),
        "july" | "jul" => Lex::Month(7),
        "august" | "aug" => Lex::Month(8),
        "september" | "sept" | "sep" => Lex::Month(9),
        "october" | "oct" => Lex::Month(10),
        "november" | "nov" => Lex::Month(11),
        "december" | "dec" => Lex::Month(12),
        "monday" => Lex::Weekday(1),
        "tuesday" => Lex::Weekday(2),
        "wednesday" => Lex::Weekday(3),
        "thursday" => Lex::Weekday(4),
        "friday" => Lex::Weekday(5),
        "saturday" => Lex::Weekday(6),
        "sunday" => Lex::Weekday(7),
        "second" => Lex::Unit(Unit::Second, false),
        "seconds" => Lex::Unit(Unit::Second, true),
        "minute" => Lex::Unit(Unit::Minute, false),
        "minutes" => Lex::Unit(Unit::Minute, true),
        "hour" => Lex::Unit(Unit::Hour, false),
        "hours" => Lex::Unit(Unit::Hour, true),
        "day" => Lex::Unit(Unit::Day, false),
        "days" => Lex::Unit(Unit::Day, true),
        "week" => Lex::Unit(Unit::Week, false),
        "weeks" => Lex::Unit(Unit::Week, true),
        "weekend" => Lex::Unit(Unit::Weekend, false),
        "weekends" => Lex::Unit(Unit::Weekend, true),
        "month" => Lex::Unit(Unit::Month, false),
        "months" => Lex::Unit(Unit::Month, true),
        "quarter" => Lex::Unit(Unit::Quarter, false),
        "quarters" => Lex::Unit(Unit::Quarter, true),
        "year" => Lex::Unit(Unit::Year, false),
        "years" => Lex::Unit(Unit::Year, true),
        "decade" => Lex::Unit(Unit::Decade, false),
        "decades" => Lex::Unit(Unit::Decade, true),
        "century" => Lex::Unit(Unit::Century, false),
        "centuries" => Lex::Unit(Unit::Century, true),
        "one" => Lex::Number(1),
        "two" => Lex::Number(2),
        "three" => Lex::Number(3),
        "four" => Lex::Number(4),
        "five" => Lex::Number(5),
        "six" => Lex::Number(6),
        "seven" => Lex::Number(7),
        "eight" => Lex::Number(8),
        "nine" => Lex::Number(9),
        "ten" => Lex::Number(10),
        "eleven" => Lex::Number(11),
        "twelve" => Lex::Number(12),
        "thirteen" => Lex::Number(13),
        "fourteen" => Lex::Number(14),
        "fifteen" => Lex::Number(15),
        "sixteen" => Lex::Number(16),
        "seventeen" => Lex::Number(17),
        "eighteen" => Lex::Number(18),
        "nineteen" => Lex::Number(19),
        "twenty" => Lex::Number(20),
        "thirty" => Lex::Number(30),
        "forty" => Lex::Number(40),
        "fifty" => Lex::Number(50),
        "sixty" => Lex::Number(60),
        "seventy" => Lex::Number(70),
        "eighty" => Lex::Number(80),
        "ninety" => Lex::Number(90),
        "hundred" => Lex::Number(100),
        "thousand" => Lex::Number(1000),
        "first" => Lex::Ordinal(1),
        "third" => Lex::Ordinal(3),
        "fourth" => Lex::Ordinal(4),
        "fifth" => Lex::Ordinal(5),
        "sixth" => Lex::Ordinal(6),
        "seventh" => Lex::Ordinal(7),
        "eighth" => Lex::Ordinal(8),
        "ninth" => Lex::Ordinal(9),
        "tenth" => Lex::Ordinal(10),
        "eleventh" => Lex::Ordinal(11),
        "twelfth" => Lex::Ordinal(12),
        "twentieth" => Lex::Ordinal(20),
        "twenty-first" => Lex::Ordinal(21),
        "nineties" => Lex::Decade(199),
        "eighties" => Lex::Decade(198),
        "seventies" => Lex::Decade(197),
        "sixties" => Lex::Decade(196),
        "fifties" => Lex::Decade(195),
        "thanksgiving" => Lex::Holiday(Holiday::Thanksgiving),
        "christmas" => Lex::Holiday(Holiday::Christmas),
        "election" => Lex::Holiday(Holiday::Election),
        "independence" => Lex::Holiday(Holiday::Independence),
        "eve" => Lex::Word(W::Eve),
        "spring" => Lex::Season(Season::Spring),
        "summer" => Lex::Season(Season::Summer),
        "fall" | "autumn" => Lex::Season(Season::Fall),
        "winter" => Lex::Season(Season::Winter),
        "morning" => Lex::PartOfDay(PartOfDay::Morning),
        "afternoon" => Lex::PartOfDay(PartOfDay::Afternoon),
        "evening" => Lex::PartOfDay(PartOfDay::Evening),
        "night" => Lex::PartOfDay(PartOfDay::Night),
        "nights" => Lex::PartOfDay(PartOfDay::Night),
        "daily" => Lex::Every(Unit::Day),
        "weekly" => Lex::Every(Unit::Week),
        "monthly" => Lex::Every(Unit::Month),
        "annually" | "yearly" => Lex::Every(Unit::Year),
        "hourly" => Lex::Every(Unit::Hour),
        "now" | "currently" | "nowadays" => Lex::Vague(Vague::Present),
        "recently" => Lex::Vague(Vague::Past),
        "soon" => Lex::Vague(Vague::Future),
        "future" => Lex::Word(W::Future),
        "the" => Lex::Word(W::The),
        "a" | "an" => Lex::Word(W::A),
        "this" => Lex::Word(W::This),
        "that" => Lex::Word(W::That),
        "last" => Lex::Word(W::Last),
        "next" => Lex::Word(W::Next),
        "past" => Lex::Word(W::Past),
        "coming" => Lex::Word(W::Coming),
        "previous" | "prior" | "preceding" => Lex::Word(W::Previous),
        "following" => Lex::Word(W::Following),
        "current" => Lex::Word(W::Current),
        "latest" => Lex::Word(W::Latest),
        "recent" => Lex::Word(W::Recent),
        "early" => Lex::Word(W::Early),
        "late" => Lex::Word(W::Late),
        "mid" => Lex::Word(W::Mid),
        "middle" => Lex::Word(W::Middle),
        "end" => Lex::Word(W::End),
        "beginning" | "start" => Lex::Word(W::Beginning),
        "earlier" => Lex::Word(W::Earlier),
        "later" => Lex::Word(W::Later),
        "ago" => Lex::Word(W::Ago),
        "of" => Lex::Word(W::Of),
        "or" => Lex::Word(W::Or),
        "and" => Lex::Word(W::And),
        "so" => Lex::Word(W::So),
        "fiscal" => Lex::Word(W::Fiscal),
        "today" => Lex::Word(W::Today),
        "yesterday" => Lex::Word(W::Yesterday),
        "tomorrow" => Lex::Word(W::Tomorrow),
        "tonight" => Lex::Word(W::Tonight),
        "every" => Lex::Word(W::Every),
        "each" => Lex::Word(W::Each),
        // Not "about": TimeBank leaves it outside the expression ("for
        // about [three days]", "at about [10:35 a.m.]").
        "around" | "nearly" | "almost" | "approximately" | "roughly" => Lex::Word(W::Approx),
        "more" | "additional" | "extra" => Lex::Word(W::More),
        "less" | "fewer" => Lex::Word(W::Less),
        "than" => Lex::Word(W::Than),
        "at" => Lex::Word(W::At),
        "least" => Lex::Word(W::Least),
        "up" => Lex::Word(W::Up),
        "to" => Lex::Word(W::To),
        "few" => Lex::Word(W::Few),
        "several" => Lex::Word(W::Several),
        "couple" => Lex::Word(W::Couple),
        "half" => Lex::Word(W::Half),
        "a.m" | "am" => Lex::Word(W::Meridiem(false)),
        "p.m" | "pm" => Lex::Word(W::Meridiem(true)),
        "noon" | "midday" => Lex::Word(W::Noon),
        "midnight" => Lex::Word(W::Midnight),
        "est" | "edt" | "gmt" | "pst" | "pdt" | "cst" | "cdt" | "utc" => Lex::Word(W::Zone),
        "in" => Lex::Word(W::In),
        "on" => Lex::Word(W::On),
        "old" => Lex::Word(W::Old),
        "ended" | "ending" => Lex::Word(W::Ended),
        "full" | "whole" | "entire" => Lex::Word(W::Full),
        "as" => Lex::Word(W::As),
        "since" | "until" | "till" | "through" | "from" | "during" | "by" | "for" | "after" => {
            Lex::Word(W::Since)
        }
        "same" | "corresponding" | "comparable" => Lex::Word(W::Same),
        "period" => Lex::Word(W::Period),
        "near" => Lex::Word(W::Near),
        "'s" | "’s" => Lex::Word(W::Possessive),
        "these" => Lex::Word(W::These),
        "term" => Lex::Word(W::Term),
        "short" => Lex::Word(W::Short),
        "possible" => Lex::Word(W::Possible),
        "million" | "billion" | "trillion" | "percent" | "cents" | "dollars" => Lex::Word(W::Scale),
        _ => Lex::Other,
    }
}

/// The ordinal a word stands for, if any ("second" is also a unit).
pub fn ordinal(lex: Lex) -> Option<u8> {
    match lex {
        Lex::Ordinal(n) => Some(n),
        Lex::Unit(Unit::Second, false) => Some(2),
        _ => None,
    }
}

/// The meaning of a token that starts with a digit: a number, a decade
/// ("1990s"), a clock time ("7:15") or an ordinal ("3rd").
pub fn number(token: &str) -> Lex {
    let digits = token.bytes().take_while(u8::is_ascii_digit).count();
    let (head, rest) = token.split_at(digits);
    let Ok(n) = head.parse::<u32>() else {
        return Lex::Other;
    };
    match rest {
        "" => Lex::Number(n),
        "s" | "'s" | "’s" if digits == 4 && n % 10 == 0 => Lex::Decade(n as i32 / 10),
        "st" | "nd" | "rd" | "th" if n <= 255 => Lex::Ordinal(n as u8),
        _ => clock(head, rest).unwrap_or(Lex::Other),
    }
}

/// "7:15" as a clock time.
fn clock(hours: &str, rest: &str) -> Option<Lex> {
    let minutes = rest.strip_prefix(':')?;
    let h: u8 = hours.parse().ok()?;
    let m: u8 = minutes.parse().ok()?;
    (minutes.len() == 2 && h <= 24 && m < 60).then_some(Lex::Clock(h, m))
}

/// "'90s": a decade written with its century left out (the 1900s are assumed).
pub fn short_decade(token: &str) -> Lex {
    let body = token.trim_start_matches(['\'', '’']).trim_end_matches('s');
    match body.parse::<i32>() {
        Ok(n) if body.len() == 2 && n % 10 == 0 => Lex::Decade(190 + n / 10),
        _ => Lex::Other,
    }
}
