//! Property tests (issue 6) over arbitrary Unicode text with the things
//! news text is made of mixed in: quote marks of every style, capitalised
//! names and titles, reporting verbs, line breaks.
//!
//! Invariants: analysis never panics; every span lies inside the text on
//! character boundaries, and every index points at an existing row; the
//! output rows' `quote` and mention `text` equal the code-point slice at
//! their offsets; the CSV output is byte-identical for 1 and N threads and
//! for a corpus run as one JSONL file versus each article alone.
//! Neighbours: tests/robustness.rs (named bad inputs through the binary),
//! fuzz/ (coverage-guided search for panics).

use std::path::Path;
use std::sync::OnceLock;

use proptest::prelude::*;
use whosaid::output::{self, Rows};
use whosaid::read::{Article, ReadOptions};
use whosaid::run::{self, Destination, DictionarySummary, ExtractOptions};
use whosaid::span::Span;
use whosaid::Pipeline;

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::with_defaults().expect("default dictionaries load"))
}

fn cue_lexicon() -> &'static whosaid::cues::Lexicon {
    static L: OnceLock<whosaid::cues::Lexicon> = OnceLock::new();
    L.get_or_init(|| whosaid::cues::Lexicon::new(&pipeline().dictionaries))
}

const MARKS: &[&str] = &[
    "\"", "'", "“", "”", "‘", "’", "«", "»", "‹", "›", "„", "‚", "「", "」", "『", "』", "″", "〝",
    "〞", "＂",
];
const WORDS: &[&str] = &[
    "Ann Lee",
    "Lu Wei",
    "President",
    "Minister",
    "the minister",
    "Dr.",
    "Mr.",
    "Acme Corp",
    "Reuters",
    "United Nations",
    "China",
    "He",
    "he",
    "she",
    "they",
    "It",
    "Jia Xiudong",
    "Xi Jinping",
    "Smith",
    "O'Brien",
    "Jean-Luc",
    "Ça",
    "İstanbul",
    "ǅemal",
];
const GLUE: &[&str] = &[
    " said ",
    " said.",
    ", he said.",
    " told reporters",
    " according to ",
    " added: ",
    ": ",
    ", ",
    ". ",
    " — ",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    "\r\n\r\n",
    "\t",
    "  ",
    "\u{a0}",
    "\u{2028}",
    "\u{feff}",
    "\u{200d}",
    "e\u{301}",
    "🙂",
    "👩‍👩‍👧",
    "\0",
];

fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::collection::vec(any::<char>(), 0..6).prop_map(String::from_iter),
        2 => "[a-z ]{0,12}",
        3 => prop::sample::select(MARKS).prop_map(String::from),
        3 => prop::sample::select(WORDS).prop_map(String::from),
        3 => prop::sample::select(GLUE).prop_map(String::from),
    ]
}

fn article() -> impl Strategy<Value = String> {
    prop::collection::vec(fragment(), 0..80).prop_map(|v| v.concat())
}

fn assert_span(text: &str, s: Span, what: &str) {
    assert!(
        s.start <= s.end && s.end <= text.len(),
        "{what} {s:?} outside a text of {} bytes",
        text.len()
    );
    assert!(
        text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
        "{what} {s:?} not on char boundaries"
    );
}

fn char_slice(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

fn check_article(text: &str) {
    let a = pipeline().analyze(text);
    for p in &a.segments.paragraphs {
        assert_span(text, *p, "paragraph");
    }
    for s in &a.segments.sentences {
        assert_span(text, *s, "sentence");
    }
    for m in &a.mentions {
        assert_span(text, m.span, "mention");
        assert!(
            m.entity.map_or(true, |e| e < a.entities.len()),
            "mention entity index"
        );
    }
    for q in &a.quotes {
        assert_span(text, q.span, "quote");
        if let Some(c) = q.cue {
            assert_span(text, c, "quote cue");
        }
        if let Some(sp) = &q.speaker {
            assert_span(text, sp.span, "speaker");
            assert!(
                sp.mention.map_or(true, |m| m < a.mentions.len()),
                "speaker mention index"
            );
        }
        assert!(
            (0.0..=1.0).contains(&q.confidence),
            "confidence {}",
            q.confidence
        );
    }
    for c in whosaid::cues::find(cue_lexicon(), text) {
        assert_span(text, c.span, "cue");
    }

    let article = Article {
        id: "p".into(),
        source: "p:1".into(),
        text: text.to_string(),
        notes: vec![],
    };
    let rows = Rows::new(&article, &a);
    assert_eq!(rows.document.chars, text.chars().count());
    for q in &rows.quotes {
        assert_eq!(char_slice(text, q.quote_start, q.quote_end), q.quote);
        if let (Some(s), Some(e)) = (q.speaker_start, q.speaker_end) {
            assert_eq!(char_slice(text, s, e), q.speaker_mention);
        }
        if let (Some(s), Some(e)) = (q.cue_start, q.cue_end) {
            assert_eq!(char_slice(text, s, e), q.cue);
        }
    }
    for m in &rows.mentions {
        assert_eq!(char_slice(text, m.start, m.end), m.text);
    }
    // Rendering never fails, and --excel cells never start a formula.
    let _ = rows.to_csv(false);
    let _ = rows.to_json_line();
    let mut excel = rows.clone();
    excel.make_excel_safe();
    for q in &excel.quotes {
        assert!(!q.quote.starts_with(['=', '+', '-', '@', '\t', '\r']));
    }
    let _ = excel.to_csv(true);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn spans_lie_inside_the_text_and_rows_slice_it(text in article()) {
        check_article(&text);
    }

    #[test]
    fn arbitrary_unicode_never_panics(text in any::<String>()) {
        check_article(&text);
    }
}

const TABLES: [(&str, &[&str]); 4] = [
    ("quotes.csv", output::QUOTE_COLUMNS),
    ("mentions.csv", output::MENTION_COLUMNS),
    ("entities.csv", output::ENTITY_COLUMNS),
    ("documents.csv", output::DOCUMENT_COLUMNS),
];

fn extract(input: &Path, out: &Path, threads: usize) -> [Vec<u8>; 4] {
    let opts = ExtractOptions {
        inputs: vec![input.to_path_buf()],
        destination: Destination::CsvDir(out.to_path_buf()),
        threads,
        read: ReadOptions::default(),
        excel: false,
        shard: None,
        progress: false,
        report_errors: false,
        stage: whosaid::Stage::All,
    };
    run::extract(pipeline(), &opts, DictionarySummary::of(pipeline(), 0.0)).expect("run succeeds");
    TABLES.map(|(t, _)| std::fs::read(out.join(t)).unwrap())
}

proptest! {
    // Each case writes and runs a corpus three times: fewer cases.
    #![proptest_config(ProptestConfig { cases: 16, ..ProptestConfig::default() })]

    #[test]
    fn a_corpus_gives_each_article_alone_and_any_thread_count(texts in prop::collection::vec(article(), 1..24)) {
        let tmp = tempfile::tempdir().unwrap();
        let input = tmp.path().join("c.jsonl");
        let lines: String = texts.iter().enumerate().map(|(i, t)| serde_json::json!({"id": format!("a{i}"), "text": t}).to_string() + "\n").collect();
        std::fs::write(&input, lines).unwrap();

        // Each article alone, through the library, rendered as the run would.
        let mut want: [Vec<u8>; 4] = TABLES.map(|(_, cols)| output::header(cols, false));
        for (i, t) in texts.iter().enumerate() {
            let article = Article {
                id: format!("a{i}"),
                source: format!("{}:{}", input.display(), i + 1),
                text: t.clone(),
                notes: vec![],
            };
            let c = Rows::new(&article, &pipeline().analyze(t)).to_csv(false);
            for (w, chunk) in want.iter_mut().zip([c.quotes, c.mentions, c.entities, c.documents]) {
                w.extend(chunk);
            }
        }

        let one = extract(&input, &tmp.path().join("t1"), 1);
        let three = extract(&input, &tmp.path().join("t3"), 3);
        for (k, (t, _)) in TABLES.iter().enumerate() {
            prop_assert_eq!(&one[k], &want[k], "{}: corpus run vs each article alone", t);
            prop_assert_eq!(&three[k], &one[k], "{}: 3 threads vs 1", t);
        }
    }
}
