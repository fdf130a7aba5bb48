//! Extraction speed on a synthetic news page (our own text, repeated to a realistic size), and
//! on the dev pages of `shared/data/extract` when they are present.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

/// A page shaped like a news article: navigation, article with paragraphs, related links,
/// comments and a footer.
fn synthetic_page() -> String {
    let mut page = String::from(
        "<!doctype html><html><head><meta charset=utf-8><title>Envoys meet | The Bench Post</title>\
         <meta property=\"og:site_name\" content=\"The Bench Post\">\
         <meta property=\"article:published_time\" content=\"2025-11-19T09:00:00Z\">\
         <script>var tracking = {a: 1};</script><style>p{margin:0}</style></head><body>\
         <nav class=\"site-nav\"><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li></ul></nav>\
         <main><article><h1>Envoys meet again</h1><div class=\"article-body\">",
    );
    for i in 0..40 {
        page.push_str(&format!(
            "<p>Paragraph {i}: the two delegations met for a further round of talks, officials said, \
             and agreed to continue the discussion <a href=\"/x\">next week</a>, according to a statement.</p>"
        ));
    }
    page.push_str("</div><div class=\"share-bar\"><a href=\"#\">Share</a></div></article>");
    page.push_str("<section class=\"related-stories\"><ul>");
    for i in 0..20 {
        page.push_str(&format!(
            "<li><a href=\"/s/{i}\">Another story number {i}</a></li>"
        ));
    }
    page.push_str("</ul></section><div id=\"comments\">");
    for i in 0..30 {
        page.push_str(&format!(
            "<div class=\"comment\"><p>Reader comment {i}, with an opinion.</p></div>"
        ));
    }
    page.push_str("</div></main><footer>Copyright notice</footer></body></html>");
    page
}

fn dev_pages() -> Vec<String> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/extract/zyte-dev.input.jsonl"
    );
    let Ok(data) = std::fs::read_to_string(path) else {
        eprintln!("dev pages not found at {path}; benchmarking the synthetic page only");
        return Vec::new();
    };
    data.lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter_map(|v| v.get("html")?.as_str().map(str::to_owned))
        .collect()
}

fn bench(c: &mut Criterion) {
    let page = synthetic_page();
    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Bytes(page.len() as u64));
    group.bench_function("synthetic page", |b| {
        b.iter(|| dragoman_html::extract(page.as_bytes(), None, None))
    });
    let pages = dev_pages();
    if !pages.is_empty() {
        let bytes: usize = pages.iter().map(String::len).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        group.sample_size(10);
        group.bench_function("zyte-dev (all pages)", |b| {
            b.iter(|| {
                for page in &pages {
                    let _ = dragoman_html::extract(page.as_bytes(), None, None);
                }
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
