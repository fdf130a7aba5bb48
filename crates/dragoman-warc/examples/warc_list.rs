//! Lists the HTML responses of a WARC file: offset, status, charset, payload size and URI,
//! then the errors and the skipped counts. `cargo run -p dragoman-warc --example warc_list FILE`

use std::fs::File;
use std::process::ExitCode;

use dragoman_warc::Reader;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: warc_list FILE.warc[.gz]");
        return ExitCode::FAILURE;
    };
    let file = match File::open(&path) {
        Ok(file) => file,
        Err(e) => {
            eprintln!("cannot open {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut reader = Reader::new(file);
    let mut errors = 0;
    for result in reader.by_ref() {
        match result {
            Ok(r) => println!(
                "{}\t{}\t{}\t{}\t{}",
                r.offset,
                r.http_status.map_or("-".into(), |s| s.to_string()),
                r.http_charset.as_deref().unwrap_or("-"),
                r.payload.len(),
                r.target_uri.as_deref().unwrap_or("-"),
            ),
            Err(e) => {
                errors += 1;
                eprintln!("error: {e}");
            }
        }
    }
    let skipped = reader.skipped();
    eprintln!(
        "{errors} errors; skipped {} non-response and {} non-HTML records",
        skipped.non_response, skipped.non_html
    );
    ExitCode::SUCCESS
}
