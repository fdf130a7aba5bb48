//! [`TimexStage`]: the pipeline stage, and [`find_timexes`], its pure core.

use crate::around::{done_on, lead, limit};
use crate::counted::is_count;
use crate::expr::{Anchor, Direction, Expr};
use crate::governs::Governing;
use crate::grammar::recognize;
use crate::lexicon::{Lex, Unit, Vague};
use crate::normalize::{normalize, Context};
use crate::pieces::{pieces, Piece};
use crate::point::Point;
use crate::tense::{cues, nearest_cue, stretch_at, Cue, Tense};
use dragoman_model::{Date, Doc, Layer, Sentence, Span, Stage, Timex, TimexType, Token};

/// The time stage: finds time expressions and normalizes them against the
/// document date ([`dragoman_model::Meta::date`]).
#[derive(Clone, Copy, Debug, Default)]
pub struct TimexStage;

impl TimexStage {
    /// The stage.
    pub fn new() -> TimexStage {
        TimexStage
    }
}

impl Stage for TimexStage {
    fn name(&self) -> &'static str {
        "timex"
    }

    fn requires(&self) -> &'static [Layer] {
        &[Layer::Text, Layer::Meta, Layer::Tokens, Layer::Sentences]
    }

    fn assigns(&self) -> &'static [Layer] {
        &[Layer::Timexes]
    }

    fn run(&self, doc: &mut Doc) {
        let mut governing = Governing::new(doc);
        let input = Input {
            text: &doc.text,
            tokens: &doc.tokens,
            sentences: &doc.sentences,
            date: doc.meta.date,
            dateline: doc.meta.dateline,
        };
        let found = find(&input, Some(&mut governing));
        doc.timexes = found;
    }
}

/// The time expressions of a text, given its tokens and sentences, with
/// values resolved against `date` (X's where a value needs it and it is None).
///
/// Expressions never cross a sentence boundary; with no sentences the whole
/// text is one. A date in the `dateline` ("KYIV, Nov 21 (Reuters) -") is the
/// day the report was filed: told in the past, whatever its sentence says.
pub fn find_timexes(
    text: &str,
    tokens: &[Token],
    sentences: &[Sentence],
    date: Option<Date>,
    dateline: Option<Span>,
) -> Vec<Timex> {
    let input = Input {
        text,
        tokens,
        sentences,
        date,
        dateline,
    };
    find(&input, None)
}

/// What [`find`] reads: the text, its tokens and sentences, the document
/// date and the dateline.
struct Input<'a> {
    text: &'a str,
    tokens: &'a [Token],
    sentences: &'a [Sentence],
    date: Option<Date>,
    dateline: Option<Span>,
}

/// [`find_timexes`], with the trees of the sentences when `governing` is
/// given: a weekday whose sentence holds no tense cue takes the tense of
/// the verb it hangs on.
fn find(input: &Input, mut governing: Option<&mut Governing>) -> Vec<Timex> {
    let (text, tokens, sentences) = (input.text, input.tokens, input.sentences);
    let (date, dateline) = (input.date, input.dateline);
    let all = pieces(text, tokens);
    let whole = [Sentence {
        span: Span::new(0, text.len()),
        first_token: 0,
        end_token: tokens.len() as u32,
    }];
    let sentences = if sentences.is_empty() {
        &whole[..]
    } else {
        sentences
    };
    let mut out = Vec::new();
    let mut mentioned: Option<Point> = None;
    // The index of the sentence that mentioned it.
    let mut mentioned_in = 0;
    let mut period: Option<Point> = None;
    for (at, sentence) in sentences.iter().enumerate() {
        let from = all.partition_point(|p| p.span.start < sentence.span.start);
        let to = all.partition_point(|p| p.span.start < sentence.span.end);
        let in_sentence: &[Piece] = &all[from..to];
        let found = recognize(in_sentence);
        if found.is_empty() {
            continue;
        }
        let in_tokens = tokens.get(sentence.first_token as usize..sentence.end_token as usize);
        let in_tokens = in_tokens.unwrap_or_default();
        let cues = cues(text, in_tokens);
        for f in found {
            if is_count(text, in_sentence, &f) {
                continue;
            }
            let span = in_sentence[f.start].span.cover(in_sentence[f.end - 1].span);
            let lead = lead(text, span.start as usize);
            let filed = dateline.is_some_and(|d| d.start <= span.start && span.end <= d.end);
            let (tense, firm) = tense_of(text, in_tokens, &cues, span, lead, filed);
            let tense = from_tree(tense, &f.expr, governing.as_deref_mut(), tokens, span, at);
            if !refers(&f.expr, in_sentence[f.start].lex, tense, mentioned) {
                continue;
            }
            let expr = match lead {
                // "since March", "the year ended Jan. 31": the one before,
                // whatever the verbs say.
                Some(Tense::Past) => f.expr.pointing(Direction::Last),
                _ => f.expr,
            };
            let ctx = Context {
                date,
                tense,
                firm,
                mentioned: counted_from(&expr, mentioned, at - mentioned_in),
                period,
            };
            let normal = normalize(&expr, &ctx);
            if sets_reference(&expr) && normal.point.is_some() {
                mentioned = normal.point;
                mentioned_in = at;
                if let Some(p @ (Point::Quarter(..) | Point::Half(..))) = normal.point {
                    if reported_on(p, date, tense) {
                        period = Some(p);
                    }
                }
            } else if let Expr::Duration(_, Unit::Month) = expr {
                // "the first nine months" is the period now reported on.
                period = None;
            }
            let span = match (&expr, normal.kind) {
                // "three days later" with no date to count from is the
                // length "three days", "later" a signal outside it (TimeML).
                (Expr::Shift(_, _, Anchor::Event), TimexType::Duration) => {
                    in_sentence[f.start].span.cover(in_sentence[f.end - 2].span)
                }
                _ => span,
            };
            out.push(Timex {
                span,
                kind: normal.kind,
                value: normal.value,
            });
        }
    }
    clocks_on_their_day(text, &mut out);
    out
}

/// "at midnight on Thursday", "at 6 p.m. on Sunday": a clock time takes
/// the day named right after it, past "on" (an expression of its own, as
/// TimeBank marks a preposition outside), whatever its own words said.
fn clocks_on_their_day(text: &str, out: &mut [Timex]) {
    for k in 1..out.len() {
        let (before, after) = out.split_at_mut(k);
        let (clock, day) = (&mut before[k - 1], &after[0]);
        let between = text.get(clock.span.end as usize..day.span.start as usize);
        let on = between.is_some_and(|b| b.trim().eq_ignore_ascii_case("on"));
        let full_day = day.kind == TimexType::Date && is_day(&day.value);
        if on && full_day && clock.kind == TimexType::Time && clock.value.len() > 10 {
            clock.value.replace_range(..10, &day.value);
        }
    }
}

/// True for a value naming a day, "2025-11-20".
fn is_day(value: &str) -> bool {
    let b = value.as_bytes();
    b.len() == 10 && b[4] == b'-' && b[7] == b'-' && b[..4].iter().all(u8::is_ascii_digit)
}

/// The tense of a weekday without a cue (`tense` unknown) at `span` of
/// sentence `at`: that of the verb it hangs on in the tree ([`Governing`]).
fn from_tree(
    tense: Tense,
    expr: &Expr,
    governing: Option<&mut Governing>,
    tokens: &[Token],
    span: Span,
    at: usize,
) -> Tense {
    match (tense, expr, governing) {
        (Tense::Unknown, Expr::Weekday(_, Direction::Implicit), Some(g)) => {
            g.tense(at, tokens.partition_point(|t| t.span.start < span.start))
        }
        _ => tense,
    }
}

/// The tense of the expression at `span` and whether it is firm (see
/// [`Context::firm`]): a dateline's date was filed in the past; words right
/// before it ([`lead`]) or a possessive naming a deed ("Tuesday's ruling",
/// [`done_on`]) overrule the verbs; else the nearest cue of the sentence,
/// a limit ("until Sunday", [`limit`]) looking ahead unless that is past.
fn tense_of(
    text: &str,
    tokens: &[Token],
    cues: &[Cue],
    span: Span,
    lead: Option<Tense>,
    filed: bool,
) -> (Tense, bool) {
    if filed {
        return (Tense::Past, false);
    }
    if let Some(t) = lead {
        return (t, false);
    }
    if let Some(t) = done_on(text, span.start as usize, span.end as usize) {
        return (t, t == Tense::Past);
    }
    let stretch = stretch_at(text, tokens, span.start);
    let fronted = fronted_cue(text, cues, span, stretch);
    let cue = fronted
        .or_else(|| reporting_cue(text, cues, span))
        .or_else(|| nearest_cue(cues, span.start, stretch));
    // "In January, a bomb exploded": the main verb of the clause a fronted
    // date opens tells when it happened, as a verb right before it does.
    let main_past = fronted.is_some_and(|c| c.tense == Tense::Past && !c.weak);
    let firm = main_past || cue.is_some_and(|c| c.governs_past(text, span.start));
    let tense = cue.map_or(Tense::Unknown, |c| c.tense);
    // A present perfect sets up what still holds: "has given them until
    // Tuesday" looks ahead as "has until Tuesday" does.
    let holds = tense != Tense::Past || cue.is_some_and(|c| c.perfect);
    if tense != Tense::Future && holds && limit(text, span.start as usize) {
        return (Tense::Future, false);
    }
    (tense, firm)
}

/// "On Monday, the minister said the border will reopen": an expression
/// that opens its sentence ("In January," too), set off by a comma, dates
/// the clause after the comma, so the first verb cue after it speaks for
/// it, past an inserted phrase ("In January, a week after the vote, a bomb
/// exploded"), a reporting verb too (weak elsewhere: "said the talks will
/// resume Monday").
fn fronted_cue<'c>(text: &str, cues: &'c [Cue], span: Span, stretch: u32) -> Option<&'c Cue> {
    let after = text.get(span.end as usize..)?;
    let before = text.get(..span.start as usize)?.trim_end();
    let opener = before
        .strip_suffix("On")
        .or_else(|| before.strip_suffix("In"))
        .or_else(|| before.strip_suffix("Late on"))
        .or_else(|| before.strip_suffix("Earlier on"))
        .unwrap_or(before)
        .trim_end();
    let opens = opener.is_empty() || opener.ends_with(['.', '!', '?', '\n', '"', '”']);
    if !(opens && after.starts_with(',')) {
        return None;
    }
    cues.iter().find(|c| {
        c.at >= span.end
            && c.stretch > stretch
            && !in_relative_clause(text.get(span.end as usize..c.at as usize).unwrap_or(""))
    })
}

/// True when the text `between` a fronted date and a cue leaves the cue
/// inside a relative clause set off by commas ("On Monday, the minister,
/// who will retire in May, said": "will" is the clause's, not the
/// sentence's).
fn in_relative_clause(between: &str) -> bool {
    let opened = [", who ", ", which ", ", whose "]
        .iter()
        .filter_map(|m| between.rfind(m))
        .max();
    opened.is_some_and(|o| !between[o + 2..].contains(','))
}

/// The reporting verb an expression dates, when it is the last cue before
/// it with only the one told or the occasion between them ("told reporters
/// on Tuesday that the talks would resume": Tuesday is past).
fn reporting_cue<'c>(text: &str, cues: &'c [Cue], span: Span) -> Option<&'c Cue> {
    cues.iter()
        .rev()
        .find(|c| c.end <= span.start)
        .filter(|c| c.reports_at(text, span.start))
}

/// False for an expression that names no time of the text, whose first
/// piece is `first`: "that day" with no day mentioned before it is any day
/// ("trades made that day"); "soon" in a past clause is soon after the
/// events told ("it soon became a flood"), not the writer's future.
fn refers(expr: &Expr, first: Lex, tense: Tense, mentioned: Option<Point>) -> bool {
    let any_day = matches!(expr, Expr::Shift(Unit::Day, 0, Anchor::Mentioned))
        && mentioned.is_none_or(|p| p.granularity() != Unit::Day);
    let soon_after = tense == Tense::Past && first == Lex::Vague(Vague::Future);
    !any_day && !soon_after
}

/// The date an expression counts from, given the one mentioned last,
/// `sentences_ago` sentences before: "two days later" counts from a date of
/// its own sentence or the one before ("was signed on March 3, and fighting
/// resumed two days later"); farther back, the text has moved on to events
/// it does not date, and the expression is the length of time between two
/// of them.
fn counted_from(expr: &Expr, mentioned: Option<Point>, sentences_ago: usize) -> Option<Point> {
    match expr {
        Expr::Shift(_, _, Anchor::Event) if sentences_ago > 1 => None,
        _ => mentioned,
    }
}

/// True when a quarter or half year can be the period a report is about:
/// one begun less than a year before the report's date. An older one ("the
/// 1988 period" in a 1989 report) is what the period is compared with, and
/// "a year earlier" after it still counts from the period reported on; one
/// not over yet is reported on only when told in the past ("reported a
/// drop in fourth-quarter net" of a fiscal quarter), not when the text
/// looks ahead to it ("will result in a fourth-quarter charge", "has no
/// estimate of fourth-quarter results").
fn reported_on(p: Point, date: Option<Date>, tense: Tense) -> bool {
    let (Some(first), Some(date)) = (p.first_day(), date) else {
        return true;
    };
    let months = if matches!(p, Point::Half(..)) { 6 } else { 3 };
    let ended = first
        .checked_add(jiff::Span::new().months(months))
        .is_ok_and(|end| end <= date);
    let year_before = date.checked_sub(jiff::Span::new().years(1)).ok();
    year_before.is_some_and(|y| first > y) && (ended || tense == Tense::Past)
}

/// True when an expression becomes the reference of the ones after it: a
/// date that is not itself counted from the last one mentioned ("a year
/// earlier" after "the third quarter" must not move the reference).
fn sets_reference(expr: &Expr) -> bool {
    !matches!(
        expr,
        Expr::Duration(..)
            | Expr::Set(_)
            | Expr::WeekdayFrom(..)
            | Expr::Shift(_, _, Anchor::Mentioned | Anchor::Ago | Anchor::Event)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_without_sentences_is_one_sentence() {
        let text = "The talks ended on Friday.";
        let tokens = dragoman_tokenize::tokens(text);
        let found = find_timexes(text, &tokens, &[], Some(Date::constant(2025, 11, 19)), None);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].span.of(text), "Friday");
        assert_eq!(found[0].value, "2025-11-14");
    }

    #[test]
    fn sentences_that_do_not_match_the_tokens_do_not_panic() {
        let text = "Talks resume next week.";
        let tokens = dragoman_tokenize::tokens(text);
        let odd = [Sentence {
            span: Span::new(0, text.len()),
            first_token: 3,
            end_token: 99,
        }];
        assert_eq!(find_timexes(text, &tokens, &odd, None, None).len(), 1);
    }
}
