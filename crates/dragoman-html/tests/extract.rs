//! Extraction on pages written for these tests: golden output, provenance ranges, encodings,
//! broken and hostile input.

mod pages;

use dragoman_html::{extract, extract_with, Article, HtmlError, Limits, ParagraphKind};
use jiff::civil::date;

/// The article as a readable listing: meta, then one line per paragraph with its kind.
fn render(article: &Article) -> String {
    let mut out = format!("{:#?}\n", article.meta);
    for p in &article.paragraphs {
        out.push_str(&format!(
            "{:?}: {}\n",
            p.kind,
            &article.text[p.text_range.clone()]
        ));
    }
    out.push_str(&format!("warnings: {:?}\n", article.warnings));
    out
}

#[test]
fn news_page_golden() {
    let article = extract(
        pages::NEWS_PAGE.as_bytes(),
        None,
        Some("https://gazette.example/2025/11/19/envoys"),
    )
    .unwrap();
    insta::assert_snapshot!(render(&article));
}

#[test]
fn table_page_golden() {
    let article = extract(pages::TABLE_PAGE.as_bytes(), None, None).unwrap();
    insta::assert_snapshot!(render(&article));
}

#[test]
fn ranges_of_loose_text_start_and_end_at_words() {
    let html = pages::TABLE_PAGE.as_bytes();
    let article = extract(html, None, None).unwrap();
    for p in &article.paragraphs {
        let raw = std::str::from_utf8(&html[p.html_range.clone()]).unwrap();
        assert_eq!(raw, &article.text[p.text_range.clone()]);
    }
}

#[test]
fn news_page_keeps_content_and_drops_furniture() {
    let article = extract(pages::NEWS_PAGE.as_bytes(), None, None).unwrap();
    let text = &article.text;
    for kept in [
        "Negotiators from the two delegations",
        "What comes next",
        "great deal of work remains",
        "Consular staff",
        "fourth round this year & the first",
    ] {
        assert!(text.contains(kept), "missing {kept:?} in {text}");
    }
    for dropped in [
        "cookies",
        "Politics",
        "Share on",
        "Photo: Staff",
        "Earlier talks",
        "Most read",
        "reader's comment",
        "Copyright",
        "Advertisement",
        "tracker",
    ] {
        assert!(!text.contains(dropped), "kept {dropped:?} in {text}");
    }
    let kinds: Vec<ParagraphKind> = article.paragraphs.iter().map(|p| p.kind).collect();
    assert!(kinds.contains(&ParagraphKind::Heading(2)));
    assert!(kinds.contains(&ParagraphKind::Quote));
    assert!(kinds.contains(&ParagraphKind::ListItem));
    assert_eq!(article.meta.date, Some(date(2025, 11, 19)));
    assert_eq!(article.meta.outlet.as_deref(), Some("The Sample Gazette"));
    assert_eq!(article.meta.author.as_deref(), Some("Ada Lovelace"));
    assert_eq!(
        article.meta.title.as_deref(),
        Some("Envoys agree to meet again in Vienna")
    );
}

#[test]
fn paragraphs_are_separated_by_blank_lines_and_ranges_point_into_the_html() {
    let html = pages::NEWS_PAGE.as_bytes();
    let article = extract(html, None, None).unwrap();
    let joined: Vec<&str> = article
        .paragraphs
        .iter()
        .map(|p| &article.text[p.text_range.clone()])
        .collect();
    assert_eq!(joined.join("\n\n"), article.text);
    for p in &article.paragraphs {
        let raw = std::str::from_utf8(&html[p.html_range.clone()]).unwrap();
        let first_word = article.text[p.text_range.clone()]
            .split_whitespace()
            .next()
            .unwrap();
        assert!(
            raw.starts_with(first_word),
            "{raw:?} does not start with {first_word:?}"
        );
    }
}

#[test]
fn broken_markup_still_reads() {
    let html = b"<html><body><div class=content><p>First paragraph of a page whose tags are never closed, written to test recovery<p>Second paragraph, also long enough to count as real text in the article<div>Third block after a div that closes the paragraph</span></b></i>";
    let article = extract(html, None, None).unwrap();
    assert_eq!(article.paragraphs.len(), 3, "{:?}", article.text);
}

#[test]
fn windows_1252_page_with_http_charset() {
    let mut html = b"<html><body><article><p>Le caf\xE9 cr\xE8me co\xFBte deux euros, dit le patron du bistrot au coin de la rue, et personne ne proteste.</p></article></body></html>".to_vec();
    let article = extract(&html, Some("windows-1252"), None).unwrap();
    assert!(
        article.text.starts_with("Le café crème coûte"),
        "{}",
        article.text
    );
    let range = article.paragraphs[0].html_range.clone();
    assert!(html[range.clone()].starts_with(b"Le caf\xE9"));
    assert!(html[range].ends_with(b"proteste."));
    // The same page declared in a <meta>, with a wrong HTTP hint absent.
    html.splice(0..0, b"<meta charset=\"iso-8859-1\">".iter().copied());
    let article = extract(&html, None, None).unwrap();
    assert!(article.text.contains("café crème"));
}

#[test]
fn utf8_page_declared_latin1_is_read_as_utf8_with_a_warning() {
    let html = "<meta charset=iso-8859-1><p>Die Gespräche über Zölle gehen weiter, sagten beide Delegationen nach dem Treffen am Dienstag.</p>";
    let article = extract(html.as_bytes(), None, None).unwrap();
    assert!(article.text.contains("Gespräche über Zölle"));
    assert!(article.warnings.iter().any(|w| w.contains("UTF-8")));
}

#[test]
fn deep_nesting_is_flattened_not_fatal() {
    let depth = 50_000;
    let mut html = "<div>".repeat(depth);
    html.push_str("<p>Deep text that should still be found by the extractor even at the bottom of the page.</p>");
    html.push_str(&"</div>".repeat(depth));
    let article = extract(html.as_bytes(), None, None).unwrap();
    assert!(article.text.contains("Deep text"));
    assert!(article.warnings.iter().any(|w| w.contains("flattened")));
}

#[test]
fn large_page_is_handled() {
    let paragraph = "<p>This paragraph is repeated many times to build a page of several megabytes, with commas, clauses, and words.</p>\n";
    let html = format!(
        "<html><body><article>{}</article></body></html>",
        paragraph.repeat(40_000)
    );
    assert!(html.len() > 4 << 20);
    let article = extract(html.as_bytes(), None, None).unwrap();
    assert_eq!(article.paragraphs.len(), 40_000);
}

#[test]
fn limits_and_non_html() {
    let limits = Limits {
        max_bytes: 10,
        ..Limits::default()
    };
    assert_eq!(
        extract_with(b"<p>more than ten bytes</p>", None, None, &limits),
        Err(HtmlError::TooLarge {
            size: 26,
            limit: 10
        })
    );
    assert!(matches!(
        extract(b"\x89PNG\r\n\x1a\n\0\0\0", None, None),
        Err(HtmlError::NotHtml(_))
    ));
    let many =
        "<p>A paragraph long enough to be kept as article text by the extractor.</p>".repeat(100);
    let limits = Limits {
        max_elements: 10,
        ..Limits::default()
    };
    let cut = extract_with(many.as_bytes(), None, None, &limits).unwrap();
    assert!(cut.paragraphs.len() < 10);
    assert!(cut.warnings.iter().any(|w| w.contains("first 10 elements")));
    let empty = extract(b"", None, None).unwrap();
    assert!(empty.text.is_empty() && !empty.warnings.is_empty());
}

#[test]
fn metadata_from_meta_tags_time_and_url() {
    let html = br#"<html><head><title>Summit ends - Example Wire</title>
        <meta name="application-name" content="Example Wire"></head>
        <body><article><time datetime="2024-03-02T10:00">2 March</time>
        <p>The summit ended with a short communique that both delegations signed late in the evening.</p></article></body></html>"#;
    let article = extract(html, None, None).unwrap();
    assert_eq!(article.meta.title.as_deref(), Some("Summit ends"));
    assert_eq!(article.meta.outlet.as_deref(), Some("Example Wire"));
    assert_eq!(article.meta.date, Some(date(2024, 3, 2)));
    let bare = extract(
        b"<p>Text only, with no metadata at all in the page itself.</p>",
        None,
        Some("https://www.wire.example/2023/07/14/story"),
    )
    .unwrap();
    assert_eq!(bare.meta.date, Some(date(2023, 7, 14)));
    assert_eq!(bare.meta.outlet.as_deref(), Some("wire.example"));
    assert_eq!(
        bare.meta.url.as_deref(),
        Some("https://www.wire.example/2023/07/14/story")
    );
}

#[test]
fn a_cited_link_between_paragraphs_stays_but_link_lists_and_promos_go() {
    let html = br#"<html><body><div class="story">
        <p>The foreign ministry published the full text of the agreement on Wednesday morning, officials said.</p>
        <p><a href="https://ministry.example/text">https://ministry.example/text</a></p>
        <p><a href="/other">MINISTER RESIGNS AFTER A LONG DAY OF TALKS</a></p>
        <p>Both delegations are expected to sign the agreement at a ceremony later this month in the capital.</p>
        <ul><li><a href="/a">Another story</a></li><li><a href="/b">Yet another story</a></li></ul>
        </div></body></html>"#;
    let article = extract(html, None, None).unwrap();
    assert!(
        article.text.contains("https://ministry.example/text"),
        "{}",
        article.text
    );
    assert!(!article.text.contains("MINISTER RESIGNS"));
    assert!(!article.text.contains("Another story"));
}

#[test]
fn script_rendered_page_falls_back_to_json_ld_article_body() {
    let html = br#"<html><head><script type="application/ld+json">
        {"@type":"NewsArticle","headline":"Ceasefire holds","articleBody":"The ceasefire held for a third day on Sunday, monitors said.\nAid convoys reached two towns in the north, and more are expected this week, officials added."}
        </script></head><body><div id="app"></div><script>render()</script></body></html>"#;
    let article = extract(html, None, None).unwrap();
    assert_eq!(article.paragraphs.len(), 2);
    assert!(article.text.starts_with("The ceasefire held"));
    assert!(article.warnings.iter().any(|w| w.contains("JSON-LD")));
    let script = std::str::from_utf8(&html[article.paragraphs[0].html_range.clone()]).unwrap();
    assert!(script.contains("articleBody"));
    assert_eq!(article.meta.title.as_deref(), Some("Ceasefire holds"));
}

#[test]
fn utf16_without_bom_declared_by_http() {
    let text = "<p>Les d\u{e9}l\u{e9}gations se retrouveront \u{e0} Gen\u{e8}ve la semaine prochaine, selon un communiqu\u{e9} commun.</p>";
    let html: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let article = extract(&html, Some("utf-16le"), None).unwrap();
    assert!(article.text.contains("Genève"), "{}", article.text);
    let range = article.paragraphs[0].html_range.clone();
    assert!(range.end <= html.len() && range.start < range.end);
}
