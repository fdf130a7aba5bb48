//! Properties of cleaning on arbitrary text: it never panics, every span of
//! the clean text maps back to a valid range of the raw text, and a span kept
//! verbatim reads the same text there.

use dragoman_clean::clean;
use proptest::prelude::*;

fn scrapeish() -> impl Strategy<Value = String> {
    // Fragments that exercise every step: doubling, datelines, white space, marks.
    let frag = prop_oneof![
        Just("The envoys met. ".to_string()),
        Just("Nov. 19, 2025 (EIRNS)—".to_string()),
        Just("MOSCOW (Wire) - ".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("“Yes,” he said.".to_string()),
        Just("e\u{301}\u{a0}\u{ad}\u{200b}".to_string()),
        "\\PC{0,12}",
    ];
    prop::collection::vec(frag, 0..24).prop_map(|v| {
        let s = v.concat();
        // Double it half the time, as scrapers do.
        if s.len() % 2 == 0 {
            format!("{s}{s}")
        } else {
            s
        }
    })
}

proptest! {
    #[test]
    fn every_clean_span_maps_back_to_raw(raw in scrapeish()) {
        let c = clean(&raw);
        prop_assert_eq!(c.alignment.clean_len(), c.text.len());
        let cuts: Vec<usize> = c.text.char_indices().map(|(i, _)| i).chain([c.text.len()]).collect();
        for w in cuts.windows(2).step_by(3) {
            let r = c.alignment.to_raw(w[0]..w[1]);
            prop_assert!(r.start <= r.end && r.end <= raw.len());
            prop_assert!(raw.is_char_boundary(r.start) && raw.is_char_boundary(r.end));
            let verbatim = c.alignment.pieces().iter().any(|p| {
                p.verbatim && p.clean as usize <= w[0] && w[1] <= (p.clean + p.clean_len) as usize
            });
            if verbatim {
                prop_assert_eq!(&raw[r.clone()], &c.text[w[0]..w[1]], "{:?} -> {:?}", w, r);
            }
        }
        for p in &c.paragraphs {
            prop_assert!(!p.of(&c.text).trim().is_empty());
        }
        if let Some(d) = &c.dateline {
            prop_assert!(c.text.is_char_boundary(d.span.start as usize) && (d.span.end as usize) <= c.text.len());
        }
        for r in &c.removed {
            prop_assert!(r.raw.end <= raw.len());
        }
    }
}
