//! Properties that hold for any input: no panic, paragraph ranges inside the input and the text.

use dragoman_html::{extract, Article};
use proptest::prelude::*;

fn check(html: &[u8], article: &Article) -> Result<(), TestCaseError> {
    let mut expected_start = 0;
    for p in &article.paragraphs {
        prop_assert!(p.html_range.start <= p.html_range.end && p.html_range.end <= html.len());
        prop_assert_eq!(p.text_range.start, expected_start);
        prop_assert!(article
            .text
            .get(p.text_range.clone())
            .is_some_and(|t| !t.is_empty()));
        expected_start = p.text_range.end + 2;
    }
    Ok(())
}

/// Pieces of markup, good and bad, to build tag soup from.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("<p>".to_owned()),
        Just("</p>".to_owned()),
        Just("<div class=\"share\">".to_owned()),
        Just("<div class='article-body'>".to_owned()),
        Just("</div>".to_owned()),
        Just("<li>".to_owned()),
        Just("<script>".to_owned()),
        Just("</script>".to_owned()),
        Just("<br>".to_owned()),
        Just("<a href=x>".to_owned()),
        Just("&amp; &#x1F600; &bogus".to_owned()),
        Just("<!-- c".to_owned()),
        Just("<meta charset=windows-1252>".to_owned()),
        Just("<".to_owned()),
        "[a-zA-Z ,.é€]{0,40}",
    ]
}

proptest! {
    #[test]
    fn any_bytes(html in proptest::collection::vec(any::<u8>(), 0..2000)) {
        if let Ok(article) = extract(&html, None, None) {
            check(&html, &article)?;
        }
    }

    #[test]
    fn any_tag_soup(pieces in proptest::collection::vec(piece(), 0..200), hint in proptest::option::of("(utf-8|windows-1252|shift_jis|utf-16le|bogus)")) {
        let html = pieces.concat().into_bytes();
        if let Ok(article) = extract(&html, hint.as_deref(), None) {
            check(&html, &article)?;
        }
    }
}
