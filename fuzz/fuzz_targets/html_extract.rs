//! Fuzz target: any bytes as an HTML page: extraction gives an article or a
//! typed error, and every paragraph's ranges lie inside the text and the page.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(article) = dragoman_html::extract(data, None, None) {
        for p in &article.paragraphs {
            assert!(p.text_range.end <= article.text.len());
            assert!(p.html_range.end <= data.len());
        }
    }
});
