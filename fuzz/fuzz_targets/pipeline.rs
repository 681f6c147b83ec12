//! The whole per-article pipeline on arbitrary text: analysis, rows with
//! code-point offsets, CSV (plain and --excel) and JSON rendering. Checks
//! the offsets slice the text, as the output contract promises.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use whosaid::output::Rows;
use whosaid::read::Article;
use whosaid::Pipeline;

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::with_defaults().expect("default dictionaries"))
}

fn char_slice(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let analysis = pipeline().analyze(&text);
    let article = Article {
        id: "fuzz".into(),
        source: "fuzz:1".into(),
        text: text.to_string(),
        notes: vec![],
    };
    let mut rows = Rows::new(&article, &analysis);
    for q in &rows.quotes {
        assert_eq!(char_slice(&text, q.quote_start, q.quote_end), q.quote);
    }
    for m in &rows.mentions {
        assert_eq!(char_slice(&text, m.start, m.end), m.text);
    }
    let _ = rows.to_csv(false);
    let _ = rows.to_json_line();
    rows.make_excel_safe();
    let _ = rows.to_csv(true);
});
