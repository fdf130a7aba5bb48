use dragoman_model::{Doc, Stage};
#[test]
fn dbg() {
    let data = std::fs::read_to_string("/work/shared/data/quotes/polnear-dev.input.jsonl").unwrap();
    let line = data.lines().find(|l| l.contains("This young officer")).unwrap();
    let v: serde_json::Value = serde_json::from_str(line).unwrap();
    let text = v["text"].as_str().unwrap();
    let mut doc = Doc::from_text("t", text);
    let mut safe = String::new(); let mut prev=' '; let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() { let inner = prev.is_alphanumeric() && chars.peek().is_some_and(|n| n.is_alphabetic()); safe.push(if c == '’' && !inner { '”' } else { c }); prev = c; }
    doc.tokens = dragoman_tokenize::tokens(&safe); doc.sentences = dragoman_tokenize::sentences(&safe, &doc.tokens);
    dragoman_quotes::QuoteStage.run(&mut doc);
    for q in &doc.quotes { eprintln!("{:?}", q.content.iter().map(|s| s.of(text).chars().take(60).collect::<String>()).collect::<Vec<_>>()); }
}
