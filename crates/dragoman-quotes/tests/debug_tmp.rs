use dragoman_model::{Doc, Stage};
#[test]
fn dbg() {
    let text = "Intro line.\n\n\"Are we where we need to be? Probably not,\" Ms. Moore said. \"Are we going to get to where we need to be? Absolutely.\"\n\nNext.";
    let mut doc = Doc::from_text("t", text);
    dragoman_tokenize::Tokenize.run(&mut doc);
    for s in &doc.sentences { eprintln!("S {:?}", s.span.of(text)); }
    dragoman_quotes::QuoteStage.run(&mut doc);
    for q in &doc.quotes { eprintln!("{:?}", q.content.iter().map(|s| s.of(text)).collect::<Vec<_>>()); }
}
