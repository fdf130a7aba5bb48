use dragoman_model::{Doc, Stage};
#[test]
fn dbg() {
    let text = "Intro.\n\nAnna Berg, director of the Institute for Policy at Oslo University’s law school, said the states were exaggerating the reach of the agency.\n\nThe state’s campaign chairman, Phil Lovas, said he cannot comment on the letter.\n\nThe plan could work, Sen. Lindsey Graham (R-S.C.) told The Huffington Post on Thursday.";
    let mut doc = Doc::from_text("t", text);
    dragoman_tokenize::Tokenize.run(&mut doc);
    for s in &doc.sentences {
        eprintln!("S {:?}", s.span.of(text));
    }
    dragoman_quotes::QuoteStage.run(&mut doc);
    for q in &doc.quotes {
        eprintln!(
            "{:?} {:?}",
            q.content.iter().map(|s| s.of(text)).collect::<Vec<_>>(),
            q.source.iter().map(|s| s.of(text)).collect::<Vec<_>>()
        );
    }
}
