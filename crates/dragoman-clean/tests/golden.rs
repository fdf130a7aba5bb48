//! Golden tests of cleaning: what is kept, what is removed, and the dateline,
//! with spans drawn as carets under the text.

use dragoman_clean::{clean, Cleaned};
use dragoman_model::Span;
use dragoman_testkit::carets;
use unicode_normalization::UnicodeNormalization;

/// Renders a cleaning result: the clean text with its paragraphs and
/// dateline marked, then the removed raw passages.
fn render(raw: &str, c: &Cleaned) -> String {
    let mut spans: Vec<(Span, String)> = c
        .paragraphs
        .iter()
        .enumerate()
        .map(|(i, p)| (*p, format!("paragraph {i}")))
        .collect();
    if let Some(d) = &c.dateline {
        let date = d.date.map_or("-".to_string(), |d| d.to_string());
        spans.push((
            d.span,
            format!(
                "dateline date={date} outlet={:?} place={:?}",
                d.outlet, d.place
            ),
        ));
    }
    let mut out = carets(&c.text, &spans);
    for r in &c.removed {
        out.push_str(&format!(
            "removed {:?} {:?}: {:?}\n",
            r.raw,
            r.reason,
            &raw[r.raw.clone()]
        ));
    }
    out
}

fn check(raw: &str) -> String {
    let c = clean(raw);
    // Every clean paragraph maps back to raw text that reads the same, modulo white space.
    for p in &c.paragraphs {
        let back = &raw[c.alignment.to_raw(p.range())];
        let fold = |s: &str| {
            let visible: String = s
                .nfc()
                .filter(|c| !matches!(c, '\u{ad}' | '\u{200b}'))
                .collect();
            visible.split_whitespace().collect::<Vec<_>>().join(" ")
        };
        assert_eq!(fold(back), fold(p.of(&c.text)));
    }
    render(raw, &c)
}

#[test]
fn a_scraped_wire_story() {
    // Our own text, in the shape of the scrapes dragoman meets: the first paragraph
    // doubled around its dateline, the second doubled with a space, the third glued.
    let raw = "Envoys of the two governments met in Vienna, officials said. Dec. 2, 2025 (Wire)—Envoys of the two governments met in Vienna, officials said.\n\
The talks “went well,” a spokeswoman said. The talks “went well,” a spokeswoman said.\n\
A second round is planned for January.A second round is planned for January.\n";
    insta::assert_snapshot!(check(raw));
}

#[test]
fn wire_datelines_and_contained_repeats() {
    let raw = "MOSCOW, Dec 3 (Wire) - The deputy foreign minister said on Wednesday that a new round of talks was possible.\n\n\
Officials from both sides have met three times since the summer, according to people familiar with the talks.\n\n\
Officials from both sides have met three times since the summer, according to two people familiar with the talks in Geneva and Vienna.\n";
    insta::assert_snapshot!(check(raw));
}

#[test]
fn whitespace_invisibles_and_nfc() {
    // "e" + combining acute composes to "é"; a soft hyphen and a zero-width space vanish.
    let raw = "  The  caf\u{65}\u{301}\u{a0}talks\u{ad} re\u{200b}sumed\t today.  \n\n\n  Second   paragraph.  ";
    insta::assert_snapshot!(check(raw));
}
