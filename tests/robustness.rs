//! Robustness through the real binary (issue 6): every kind of broken input
//! a scraped corpus holds, interrupted and failing output, and spreadsheet
//! safety of `--excel` output read back with the csv crate and with
//! Python's csv module.
//!
//! Every case checks the same contract: each input record appears in
//! documents.csv with status `ok` or `error` (errors with a `FILE:LINE:`
//! message), every good record is analysed in full (offsets slice the text
//! it was read as), and the exit status says whether anything failed.
//! Neighbours: tests/cli.rs (the output contract on good input),
//! tests/properties.rs (invariants over generated text).

mod common;

use std::collections::HashMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{read_csv, whosaid};

const TABLES: [&str; 4] = [
    "quotes.csv",
    "mentions.csv",
    "entities.csv",
    "documents.csv",
];

type Row = HashMap<String, String>;

/// A finished run: exit status, stderr and the tables read back.
struct Run {
    code: i32,
    stderr: String,
    out: PathBuf,
}

impl Run {
    fn table(&self, name: &str) -> Vec<Row> {
        read_csv(&self.out.join(name)).1
    }
    fn docs(&self) -> Vec<Row> {
        self.table("documents.csv")
    }
}

fn run_in(out: &Path, inputs: &[&Path], extra: &[&str]) -> Run {
    let a = whosaid()
        .arg("extract")
        .args(inputs)
        .args(extra)
        .arg("--out")
        .arg(out)
        .arg("-q")
        .timeout(Duration::from_secs(600))
        .assert();
    let o = a.get_output();
    Run {
        code: o.status.code().expect("exited, not killed"),
        stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        out: out.to_path_buf(),
    }
}

fn run(tmp: &Path, inputs: &[&Path]) -> Run {
    run_in(&tmp.join("out"), inputs, &[])
}

/// Code-point slicing of one text, indexed once (the 20 MB case has
/// thousands of rows).
struct Chars(Vec<char>);

impl Chars {
    fn new(text: &str) -> Chars {
        Chars(text.chars().collect())
    }
    fn slice(&self, start: &str, end: &str) -> String {
        let (s, e): (usize, usize) = (start.parse().unwrap(), end.parse().unwrap());
        assert!(
            s <= e && e <= self.0.len(),
            "span {s}..{e} outside a text of {} chars",
            self.0.len()
        );
        self.0[s..e].iter().collect()
    }
}

/// Every row's offsets slice the text its document was read as: quotes,
/// speakers, cues and mentions. `texts` maps doc_id to that text.
fn assert_rows_slice_texts(r: &Run, texts: &HashMap<String, String>) {
    let chars: HashMap<&str, Chars> = texts
        .iter()
        .map(|(k, v)| (k.as_str(), Chars::new(v)))
        .collect();
    for q in r.table("quotes.csv") {
        let c = &chars[q["doc_id"].as_str()];
        assert_eq!(
            c.slice(&q["quote_start"], &q["quote_end"]),
            q["quote"],
            "quote of {}",
            q["doc_id"]
        );
        if !q["speaker_start"].is_empty() {
            assert_eq!(
                c.slice(&q["speaker_start"], &q["speaker_end"]),
                q["speaker_mention"]
            );
        }
        if !q["cue_start"].is_empty() {
            assert_eq!(c.slice(&q["cue_start"], &q["cue_end"]), q["cue"]);
        }
    }
    for m in r.table("mentions.csv") {
        let c = &chars[m["doc_id"].as_str()];
        assert_eq!(
            c.slice(&m["start"], &m["end"]),
            m["text"],
            "mention of {}",
            m["doc_id"]
        );
    }
    for d in r.docs() {
        if d["status"] == "ok" {
            let text = &texts[d["doc_id"].as_str()];
            assert_eq!(
                d["chars"],
                text.chars().count().to_string(),
                "chars of {}",
                d["doc_id"]
            );
        }
    }
}

/// documents.csv holds exactly these records, in order, with these
/// statuses; every error row has a message naming its source.
fn assert_documents(r: &Run, want: &[(&str, &str)]) {
    let docs = r.docs();
    let got: Vec<(&str, &str)> = docs
        .iter()
        .map(|d| (d["doc_id"].as_str(), d["status"].as_str()))
        .collect();
    assert_eq!(got, want, "documents.csv; stderr:\n{}", r.stderr);
    for d in &docs {
        if d["status"] == "error" {
            assert!(
                d["message"].starts_with(&format!("{}:", d["source"]))
                    || d["message"].starts_with(&d["source"]),
                "error message names its source: {d:?}"
            );
        }
    }
    let errors = want.iter().filter(|(_, s)| *s == "error").count();
    assert_eq!(
        r.code,
        if errors > 0 { 1 } else { 0 },
        "exit status; stderr:\n{}",
        r.stderr
    );
    let manifest: serde_json::Value =
        serde_json::from_slice(&fs::read(r.out.join("manifest.json")).unwrap()).unwrap();
    assert_eq!(manifest["counts"]["records"], want.len());
    assert_eq!(manifest["counts"]["errors"], errors);
}

fn jsonl_line(id: &str, text: &str) -> String {
    serde_json::json!({"id": id, "text": text}).to_string() + "\n"
}

fn doc<'a>(docs: &'a [Row], id: &str) -> &'a Row {
    docs.iter()
        .find(|d| d["doc_id"] == id)
        .unwrap_or_else(|| panic!("no document {id}"))
}

const ARTICLE: &str = "\"Rates will stay low for a long time,\" said Ann Lee, a trader at Acme Corp.\n\nThe bank disagreed. \"We will raise them,\" the governor said on Tuesday.";

#[test]
fn invalid_utf8_is_decoded_lossily_with_a_note() {
    let tmp = tempfile::tempdir().unwrap();
    let txt = tmp.path().join("latin1.txt");
    fs::write(
        &txt,
        b"\"Caf\xe9 prices rose,\" said Ann Lee.\n\xff\xfe broken \xc3",
    )
    .unwrap();
    let jsonl = tmp.path().join("latin1.jsonl");
    fs::write(
        &jsonl,
        b"{\"id\":\"j1\",\"text\":\"\\\"Caf\xe9 au lait,\\\" said Ann Lee.\"}\n",
    )
    .unwrap();
    let csv = tmp.path().join("latin1.csv");
    fs::write(
        &csv,
        b"id,text\nc1,\"Caf\xe9 \"\"au lait\"\", said Ann Lee.\"\n",
    )
    .unwrap();
    let r = run(tmp.path(), &[&txt, &jsonl, &csv]);
    assert_documents(&r, &[("latin1.txt", "ok"), ("j1", "ok"), ("c1", "ok")]);
    let docs = r.docs();
    for d in &docs {
        assert!(d["message"].contains("invalid UTF-8"), "{d:?}");
    }
    let texts = HashMap::from([
        (
            "latin1.txt".to_string(),
            "\"Caf\u{fffd} prices rose,\" said Ann Lee.\n\u{fffd}\u{fffd} broken \u{fffd}"
                .to_string(),
        ),
        (
            "j1".to_string(),
            "\"Caf\u{fffd} au lait,\" said Ann Lee.".to_string(),
        ),
        (
            "c1".to_string(),
            "Caf\u{fffd} \"au lait\", said Ann Lee.".to_string(),
        ),
    ]);
    assert_rows_slice_texts(&r, &texts);
}

#[test]
fn nul_bytes_inside_text_are_kept() {
    let tmp = tempfile::tempdir().unwrap();
    let text = "\"We\0 will\0 win,\" said Ann\0 Lee.\n\nA NUL\0 here and there.";
    let txt = tmp.path().join("nul.txt");
    fs::write(&txt, text).unwrap();
    let jsonl = tmp.path().join("nul.jsonl");
    fs::write(&jsonl, jsonl_line("j", text)).unwrap();
    let r = run(tmp.path(), &[&txt, &jsonl]);
    assert_documents(&r, &[("nul.txt", "ok"), ("j", "ok")]);
    assert_rows_slice_texts(
        &r,
        &HashMap::from([("nul.txt".into(), text.into()), ("j".into(), text.into())]),
    );
    assert!(
        r.table("quotes.csv")
            .iter()
            .any(|q| q["quote"] == "We\0 will\0 win,"),
        "NULs are kept verbatim"
    );
}

#[test]
fn binary_file_given_by_mistake_is_an_error_row_and_the_run_goes_on() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("in");
    fs::create_dir(&dir).unwrap();
    // Bytes like an image or an executable: every byte value, many NULs.
    let blob: Vec<u8> = (0..40_000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .chain([0; 100])
        .collect();
    fs::write(dir.join("a.txt"), ARTICLE).unwrap();
    fs::write(dir.join("b-photo.txt"), &blob).unwrap();
    fs::write(dir.join("c.txt"), ARTICLE).unwrap();
    let named = tmp.path().join("photo.jpg");
    fs::write(&named, &blob).unwrap();
    let r = run(tmp.path(), &[&dir, &named]);
    assert_documents(
        &r,
        &[
            ("a.txt", "ok"),
            ("b-photo.txt", "error"),
            ("c.txt", "ok"),
            ("photo.jpg", "error"),
        ],
    );
    let docs = r.docs();
    assert!(docs[1]["message"].contains("binary"), "{:?}", docs[1]);
    assert!(
        r.stderr.contains("b-photo.txt: looks like a binary file"),
        "{}",
        r.stderr
    );
    assert_eq!(docs[0]["quotes"], docs[2]["quotes"]);
}

#[test]
fn empty_file_and_empty_text_are_ok_rows_with_a_note() {
    let tmp = tempfile::tempdir().unwrap();
    let empty = tmp.path().join("empty.txt");
    fs::write(&empty, "").unwrap();
    let blank = tmp.path().join("blank.txt");
    fs::write(&blank, " \n\n\t\n").unwrap();
    let jsonl = tmp.path().join("e.jsonl");
    fs::write(
        &jsonl,
        jsonl_line("e1", "") + "\n\n" + &jsonl_line("e2", "\n"),
    )
    .unwrap();
    let empty_jsonl = tmp.path().join("nothing.jsonl");
    fs::write(&empty_jsonl, "").unwrap();
    let r = run(tmp.path(), &[&empty, &blank, &jsonl, &empty_jsonl]);
    // Blank JSONL lines are not records; an empty JSONL file holds none.
    assert_documents(
        &r,
        &[
            ("empty.txt", "ok"),
            ("blank.txt", "ok"),
            ("e1", "ok"),
            ("e2", "ok"),
        ],
    );
    for d in r.docs() {
        assert_eq!(d["quotes"], "0");
        assert!(d["message"].contains("empty text"), "{d:?}");
    }
}

#[test]
fn byte_order_mark_is_removed_from_txt_jsonl_and_csv() {
    let tmp = tempfile::tempdir().unwrap();
    let txt = tmp.path().join("bom.txt");
    fs::write(&txt, format!("\u{feff}{ARTICLE}")).unwrap();
    let jsonl = tmp.path().join("bom.jsonl");
    fs::write(
        &jsonl,
        format!(
            "\u{feff}{}{}",
            jsonl_line("j1", ARTICLE),
            jsonl_line("j2", ARTICLE)
        ),
    )
    .unwrap();
    let csv = tmp.path().join("bom.csv");
    fs::write(
        &csv,
        format!("\u{feff}id,text\nc1,\"{}\"\n", ARTICLE.replace('"', "\"\"")),
    )
    .unwrap();
    let r = run(tmp.path(), &[&txt, &jsonl, &csv]);
    assert_documents(
        &r,
        &[("bom.txt", "ok"), ("j1", "ok"), ("j2", "ok"), ("c1", "ok")],
    );
    let docs = r.docs();
    assert!(
        docs[0]["message"].contains("byte-order mark removed"),
        "{:?}",
        docs[0]
    );
    let texts: HashMap<String, String> = ["bom.txt", "j1", "j2", "c1"]
        .iter()
        .map(|id| (id.to_string(), ARTICLE.to_string()))
        .collect();
    assert_rows_slice_texts(&r, &texts);
    let quotes = r.table("quotes.csv");
    for id in ["bom.txt", "j1", "j2", "c1"] {
        let offsets: Vec<_> = quotes
            .iter()
            .filter(|q| q["doc_id"] == id)
            .map(|q| q["quote_start"].clone())
            .collect();
        let second = (ARTICLE.find("\"We will").unwrap() + 1).to_string();
        assert_eq!(
            offsets,
            ["1", second.as_str()],
            "{id}: offsets count from after the BOM"
        );
    }
}

#[test]
fn crlf_line_ends_give_the_same_quotes_as_lf() {
    let tmp = tempfile::tempdir().unwrap();
    let lf = "\"We will not move,\" said Ann Lee.\n\nThe minister spoke later.\n\n\"It is over,\"\nhe said.";
    let crlf = lf.replace('\n', "\r\n");
    fs::write(tmp.path().join("lf.txt"), lf).unwrap();
    fs::write(tmp.path().join("crlf.txt"), &crlf).unwrap();
    // A JSONL file with CRLF record ends, and a CSV one.
    fs::write(
        tmp.path().join("crlf.jsonl"),
        jsonl_line("j", &crlf).replace('\n', "\r\n"),
    )
    .unwrap();
    fs::write(
        tmp.path().join("crlf.csv"),
        format!("id,text\r\nc,\"{}\"\r\n", crlf.replace('"', "\"\"")),
    )
    .unwrap();
    let r = run(
        tmp.path(),
        &[
            &tmp.path().join("lf.txt"),
            &tmp.path().join("crlf.txt"),
            &tmp.path().join("crlf.jsonl"),
            &tmp.path().join("crlf.csv"),
        ],
    );
    assert_documents(
        &r,
        &[
            ("lf.txt", "ok"),
            ("crlf.txt", "ok"),
            ("j", "ok"),
            ("c", "ok"),
        ],
    );
    let texts = HashMap::from([
        ("lf.txt".into(), lf.to_string()),
        ("crlf.txt".into(), crlf.clone()),
        ("j".into(), crlf.clone()),
        ("c".into(), crlf.clone()),
    ]);
    assert_rows_slice_texts(&r, &texts);
    let docs = r.docs();
    let quotes = r.table("quotes.csv");
    let of = |id: &str| -> Vec<(String, String)> {
        quotes
            .iter()
            .filter(|q| q["doc_id"] == id)
            .map(|q| (q["quote"].replace('\r', ""), q["speaker_mention"].clone()))
            .collect()
    };
    assert!(!of("lf.txt").is_empty());
    for id in ["crlf.txt", "j", "c"] {
        assert_eq!(
            doc(&docs, id)["paragraphs"],
            doc(&docs, "lf.txt")["paragraphs"],
            "{id}: paragraphs"
        );
        assert_eq!(of(id), of("lf.txt"), "{id}: quotes and speakers as with LF");
    }
}

/// Reuters-style hard wrapping: a newline every ~60 characters inside a
/// paragraph, a blank line between paragraphs.
fn hard_wrap(text: &str, width: usize) -> String {
    text.split("\n\n")
        .map(|p| {
            let mut lines = vec![String::new()];
            for w in p.split(' ') {
                let last = lines.last_mut().unwrap();
                if !last.is_empty() && last.len() + 1 + w.len() > width {
                    lines.push(w.to_string());
                } else {
                    if !last.is_empty() {
                        last.push(' ');
                    }
                    last.push_str(w);
                }
            }
            lines.join("\n")
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

#[test]
fn hard_wrapped_lines_give_the_same_quotes_as_unwrapped() {
    let tmp = tempfile::tempdir().unwrap();
    let flat = "WELLINGTON, March 3 - The central bank held its main rate on Wednesday and signalled no change before the end of the year, surprising some traders.\n\n\"We see no reason to move rates while inflation stays inside the target band and the labour market holds up,\" said Ann Lee, governor of the bank, at a news conference in the capital.\n\nMarkets had priced in a cut. \"This is a hawkish hold and the currency will react to it over the next few sessions,\" said Tom Park, an economist at Acme Corp in Sydney.";
    let wrapped = hard_wrap(flat, 60);
    assert!(wrapped.lines().all(|l| l.len() <= 60) && wrapped.lines().count() > 8);
    let input = tmp.path().join("w.jsonl");
    fs::write(
        &input,
        jsonl_line("flat", flat) + &jsonl_line("wrapped", &wrapped),
    )
    .unwrap();
    let r = run(tmp.path(), &[&input]);
    assert_documents(&r, &[("flat", "ok"), ("wrapped", "ok")]);
    assert_rows_slice_texts(
        &r,
        &HashMap::from([
            ("flat".into(), flat.to_string()),
            ("wrapped".into(), wrapped.clone()),
        ]),
    );
    let docs = r.docs();
    assert_eq!(docs[0]["paragraphs"], "3");
    assert_eq!(
        docs[1]["paragraphs"], "3",
        "hard-wrapped lines stay in their paragraph"
    );
    let quotes = r.table("quotes.csv");
    let of = |id: &str| -> Vec<(String, String)> {
        quotes
            .iter()
            .filter(|q| q["doc_id"] == id)
            .map(|q| {
                (
                    q["quote"].replace('\n', " "),
                    q["speaker_mention"].replace('\n', " "),
                )
            })
            .collect()
    };
    assert_eq!(of("flat").len(), 2, "{quotes:?}");
    assert_eq!(
        of("wrapped"),
        of("flat"),
        "a quote over several wrapped lines is found whole"
    );
}

/// A generated article of about `bytes` bytes: numbered paragraphs, each
/// with one attributed quote.
fn big_article(bytes: usize) -> (String, usize) {
    let names = ["Ann Lee", "Tom Park", "Maria Lopez", "John Smith"];
    let mut text = String::with_capacity(bytes + 1000);
    let mut n = 0;
    while text.len() < bytes {
        let who = names[n % names.len()];
        text.push_str(&format!(
            "Paragraph {n}: the council met again on Monday to discuss the budget for the coming year and the new bridge.\n\n\"We need a decision on item {n} before the summer,\" said {who}, who chairs the committee. Others disagreed; the vote was delayed.\n\n"
        ));
        n += 1;
    }
    (text, n)
}

#[test]
fn a_single_20_mb_article_completes_with_sane_rows() {
    let tmp = tempfile::tempdir().unwrap();
    let (text, paragraphs) = big_article(20 << 20);
    let input = tmp.path().join("big.txt");
    fs::write(&input, &text).unwrap();
    let r = run(tmp.path(), &[&input]);
    assert_documents(&r, &[("big.txt", "ok")]);
    let d = &r.docs()[0];
    assert_eq!(d["chars"], text.len().to_string());
    let quotes = r.table("quotes.csv");
    assert!(
        quotes.len() >= paragraphs * 9 / 10,
        "{} quotes for {paragraphs} quoted paragraphs",
        quotes.len()
    );
    let last: usize = quotes.last().unwrap()["quote_start"].parse().unwrap();
    assert!(
        last > text.len() * 99 / 100,
        "the end of the article was analysed (last quote at {last})"
    );
    assert_rows_slice_texts(&r, &HashMap::from([("big.txt".into(), text)]));
}

#[test]
fn many_unbalanced_quote_marks_finish_and_slice_correctly() {
    let tmp = tempfile::tempdir().unwrap();
    let straight = "\" ".repeat(100_001);
    let curly = "“ word ".repeat(100_000);
    let closers = "” ".repeat(100_000);
    let mixed: String = (0..100_000)
        .map(|i| ["\"", "“", "”", "‘", "’", "«", "»", "„"][i % 8])
        .collect::<Vec<_>>()
        .join("x");
    let one_line_per_mark = "\"\n".repeat(100_000);
    let cases = [
        ("straight", straight),
        ("curly", curly),
        ("closers", closers),
        ("mixed", mixed),
        ("lines", one_line_per_mark),
    ];
    let input = tmp.path().join("q.jsonl");
    fs::write(
        &input,
        cases
            .iter()
            .map(|(id, t)| jsonl_line(id, t))
            .collect::<String>(),
    )
    .unwrap();
    let started = Instant::now();
    let r = run(tmp.path(), &[&input]);
    eprintln!(
        "100,000 unbalanced quote marks x {}: {:.1} s",
        cases.len(),
        started.elapsed().as_secs_f64()
    );
    let want: Vec<(&str, &str)> = cases.iter().map(|(id, _)| (*id, "ok")).collect();
    assert_documents(&r, &want);
    assert_rows_slice_texts(
        &r,
        &cases
            .iter()
            .map(|(id, t)| (id.to_string(), t.clone()))
            .collect(),
    );
}

#[test]
fn quote_mark_at_the_very_end() {
    let tmp = tempfile::tempdir().unwrap();
    let cases = [
        ("only-straight", "\""),
        ("only-curly", "“"),
        ("only-guillemet", "«"),
        ("after-text", "Ann Lee said: \""),
        ("curly-after-text", "Ann Lee said: “"),
        ("after-newline", "\"We will win,\" said Ann Lee.\n\""),
        ("closing-at-end", "Ann Lee said it was “done”"),
        ("multibyte-before", "分享 “"),
    ];
    let input = tmp.path().join("end.jsonl");
    fs::write(
        &input,
        cases
            .iter()
            .map(|(id, t)| jsonl_line(id, t))
            .collect::<String>(),
    )
    .unwrap();
    let r = run(tmp.path(), &[&input]);
    let want: Vec<(&str, &str)> = cases.iter().map(|(id, _)| (*id, "ok")).collect();
    assert_documents(&r, &want);
    assert_rows_slice_texts(
        &r,
        &cases
            .iter()
            .map(|(id, t)| (id.to_string(), t.to_string()))
            .collect(),
    );
}

#[test]
fn deeply_nested_quotes() {
    let tmp = tempfile::tempdir().unwrap();
    let depth = 5_000;
    let nest = |open: &str, close: &str| {
        format!(
            "{}Ann Lee said so{}",
            open.repeat(depth),
            close.repeat(depth)
        )
    };
    let alternating: String = (0..depth)
        .map(|i| if i % 2 == 0 { "“" } else { "‘" })
        .collect::<String>()
        + "deep"
        + &(0..depth)
            .rev()
            .map(|i| if i % 2 == 0 { "”" } else { "’" })
            .collect::<String>();
    let cases = [
        ("curly", nest("“", "”")),
        ("guillemets", nest("« ", " »")),
        ("alternating", alternating),
        (
            "nested-speech",
            format!(
                "\"She told me, {}'we are done'{},\" said Ann Lee.",
                "“".repeat(50),
                "”".repeat(50)
            ),
        ),
    ];
    let input = tmp.path().join("nest.jsonl");
    fs::write(
        &input,
        cases
            .iter()
            .map(|(id, t)| jsonl_line(id, t))
            .collect::<String>(),
    )
    .unwrap();
    let r = run(tmp.path(), &[&input]);
    let want: Vec<(&str, &str)> = cases.iter().map(|(id, _)| (*id, "ok")).collect();
    assert_documents(&r, &want);
    assert_rows_slice_texts(
        &r,
        &cases
            .iter()
            .map(|(id, t)| (id.to_string(), t.clone()))
            .collect(),
    );
}

#[test]
fn malformed_json_lines_between_good_ones() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("m.jsonl");
    let good = |id: &str| jsonl_line(id, ARTICLE);
    let lines = [
        good("g1"),
        "{\"id\": \"t\", \"text\": \"cut off in the mid\n".to_string(),
        good("g2"),
        "{\"id\": \"x\", \"text\": \"a\"} trailing\n".to_string(),
        "[\"an\", \"array\"]\n".to_string(),
        "\"a bare string\"\n".to_string(),
        "{}\n".to_string(),
        "{\"id\": \"dup\", \"text\": \"a\", \"text\": \"b\"}\n".to_string(),
        "not json at all\n".to_string(),
        good("g3"),
    ];
    fs::write(&input, lines.concat()).unwrap();
    let r = run(tmp.path(), &[&input]);
    let p = input.display().to_string();
    let l = |n: usize| format!("{p}:{n}");
    let (l2, l4, l5, l6, l7, l9) = (l(2), l(4), l(5), l(6), l(7), l(9));
    // A repeated key is invalid JSON for serde_json (duplicate field), so it
    // is reported rather than silently picking one of the two texts.
    let docs = r.docs();
    let dup_status = doc(&docs, "dup")["status"].clone();
    assert_documents(
        &r,
        &[
            ("g1", "ok"),
            (&l2, "error"),
            ("g2", "ok"),
            (&l4, "error"),
            (&l5, "error"),
            (&l6, "error"),
            (&l7, "error"),
            ("dup", &dup_status),
            (&l9, "error"),
            ("g3", "ok"),
        ],
    );
    for (line, what) in [
        (2, "invalid JSON"),
        (4, "invalid JSON"),
        (5, "invalid JSON"),
        (6, "invalid JSON"),
        (7, "no text field"),
        (9, "invalid JSON"),
    ] {
        let d = &docs.iter().find(|d| d["source"] == l(line)).unwrap();
        assert!(
            d["message"].starts_with(&format!("{}: {what}", l(line))),
            "{d:?}"
        );
        assert!(
            r.stderr.contains(&format!("{}: {what}", l(line))),
            "stderr: {}",
            r.stderr
        );
    }
    let good_quotes = docs
        .iter()
        .filter(|d| d["doc_id"].starts_with('g'))
        .map(|d| d["quotes"].clone())
        .collect::<Vec<_>>();
    assert!(
        good_quotes.iter().all(|q| q == &good_quotes[0] && q != "0"),
        "good records are processed in full: {good_quotes:?}"
    );
}

#[test]
fn missing_null_and_odd_fields() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("f.jsonl");
    let lines = [
        r#"{"id": "no-text", "title": "a headline only"}"#,
        r#"{"id": "null-text", "text": null}"#,
        r#"{"id": 42, "text": "\"Yes,\" said Ann Lee."}"#,
        r#"{"id": -7, "text": "x"}"#,
        r#"{"id": 1.5, "text": "x"}"#,
        r#"{"id": 123456789012345678901234567890, "text": "x"}"#,
        r#"{"id": null, "text": "x"}"#,
        r#"{"id": "", "text": "x"}"#,
        r#"{"id": ["a"], "text": "x"}"#,
        r#"{"id": "arr", "text": ["x"]}"#,
        r#"{"id": "obj", "text": {"x": 1}}"#,
        r#"{"id": "null-then-body", "text": null, "body": "fallback?"}"#,
        r#"{"id": "content", "content": "\"Fine,\" said Ann Lee."}"#,
    ];
    fs::write(&input, lines.join("\n") + "\n").unwrap();
    let r = run(tmp.path(), &[&input]);
    let p = input.display().to_string();
    let (l7, l8, l9) = (format!("{p}:7"), format!("{p}:8"), format!("{p}:9"));
    assert_documents(
        &r,
        &[
            ("no-text", "error"),
            ("null-text", "error"),
            ("42", "ok"),
            ("-7", "ok"),
            ("1.5", "ok"),
            // serde_json without arbitrary_precision reads a huge integer
            // as a float; the id is its decimal text either way.
            (&r.docs()[5]["doc_id"], "ok"),
            (&l7, "ok"),
            (&l8, "ok"),
            (&l9, "ok"),
            ("arr", "error"),
            ("obj", "error"),
            ("null-then-body", "error"),
            ("content", "ok"),
        ],
    );
    let docs = r.docs();
    assert!(
        docs[0]["message"].ends_with("no text field (tried `text`, `maintext`, `body`, `content`)"),
        "{:?}",
        docs[0]
    );
    assert!(docs[1]["message"].ends_with("text field `text` is null"));
    assert!(docs[9]["message"].ends_with("is not a string but an array"));
    assert!(docs[10]["message"].ends_with("is not a string but an object"));
    assert!(
        docs[5]["doc_id"]
            .chars()
            .all(|c| c.is_ascii_digit() || "e+.".contains(c)),
        "{:?}",
        docs[5]
    );
}

#[test]
fn csv_fields_with_embedded_newlines_and_quotes() {
    let tmp = tempfile::tempdir().unwrap();
    let t1 = "\"We will win,\" said Ann Lee.\n\nShe added: \"Nothing, and I mean \"\"nothing\"\", changes.\"";
    let csv = tmp.path().join("a.csv");
    // Row 1 spans lines 2-4; row 2 is on line 5; row 3 (too few fields) on 6;
    // row 4 has a bare quote inside an unquoted field, read as is.
    let body = format!(
        "id,text,extra\nr1,\"{}\",x\nr2,\"one line, \"\"quoted\"\"\",y\nr3\nr4,say \"hi\" now,z\n",
        t1.replace('"', "\"\"")
    );
    fs::write(&csv, &body).unwrap();
    let tsv = tmp.path().join("b.tsv");
    fs::write(
        &tsv,
        format!(
            "id\ttext\nt1\t\"{}\"\nt2\tplain\ttext with tab\n",
            t1.replace('"', "\"\"")
        ),
    )
    .unwrap();
    let r = run(tmp.path(), &[&csv, &tsv]);
    let p = csv.display().to_string();
    let l6 = format!("{p}:6");
    assert_documents(
        &r,
        &[
            ("r1", "ok"),
            ("r2", "ok"),
            ("r3", "error"),
            ("r4", "ok"),
            ("t1", "ok"),
            ("t2", "ok"),
        ],
    );
    let docs = r.docs();
    assert_eq!(docs[0]["source"], format!("{p}:2"));
    assert_eq!(
        docs[1]["source"],
        format!("{p}:5"),
        "line numbers count the newlines inside fields"
    );
    assert_eq!(docs[2]["source"], l6);
    assert!(
        docs[2]["message"].starts_with(&format!("{l6}: row has no `text` field")),
        "{:?}",
        docs[2]
    );
    let texts = HashMap::from([
        ("r1".to_string(), t1.to_string()),
        ("r2".to_string(), "one line, \"quoted\"".to_string()),
        ("r4".to_string(), "say \"hi\" now".to_string()),
        ("t1".to_string(), t1.to_string()),
        ("t2".to_string(), "plain".to_string()),
    ]);
    assert_rows_slice_texts(&r, &texts);
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(bytes).unwrap();
    gz.finish().unwrap()
}

#[test]
fn truncated_gz_and_zst_keep_the_records_before_the_cut() {
    let tmp = tempfile::tempdir().unwrap();
    // Enough text for many compressed blocks (a zstd block holds up to
    // 128 KiB and cannot be decoded in part), so the cut lands after some
    // complete blocks.
    let records: String = (0..20_000)
        .map(|i| {
            jsonl_line(
                &format!("r{i}"),
                &format!("\"Item {i} costs {},\" said Ann Lee.", i * 7919 % 10007),
            )
        })
        .collect();
    let gz = gzip(records.as_bytes());
    let gz_path = tmp.path().join("cut.jsonl.gz");
    fs::write(&gz_path, &gz[..gz.len() / 2]).unwrap();
    let zst = zstd::encode_all(records.as_bytes(), 3).unwrap();
    let zst_path = tmp.path().join("cut.jsonl.zst");
    fs::write(&zst_path, &zst[..zst.len() / 2]).unwrap();
    let not_gz = tmp.path().join("plain.jsonl.gz");
    fs::write(&not_gz, jsonl_line("p", ARTICLE)).unwrap();
    let after = tmp.path().join("after.jsonl");
    fs::write(&after, jsonl_line("after", ARTICLE)).unwrap();
    let r = run(tmp.path(), &[&gz_path, &zst_path, &not_gz, &after]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let docs = r.docs();
    for (path, prefix) in [(&gz_path, "gz"), (&zst_path, "zst")] {
        let p = path.display().to_string();
        let rows: Vec<&Row> = docs
            .iter()
            .filter(|d| d["source"].starts_with(&format!("{p}:")))
            .collect();
        let (ok, err): (Vec<&&Row>, Vec<&&Row>) = rows.iter().partition(|d| d["status"] == "ok");
        assert!(
            ok.len() > 3000 && ok.len() < 20_000,
            "{prefix}: {} records before the cut",
            ok.len()
        );
        let ids: Vec<String> = ok.iter().map(|d| d["doc_id"].clone()).collect();
        let want: Vec<String> = (0..ok.len()).map(|i| format!("r{i}")).collect();
        assert_eq!(ids, want, "{prefix}: every record before the cut, in order");
        assert_eq!(err.len(), 1, "{prefix}: one error row for the cut");
        assert!(
            err[0]["message"].contains("read error"),
            "{prefix}: {:?}",
            err[0]
        );
        assert_eq!(
            rows.last().unwrap()["status"],
            "error",
            "{prefix}: the error row comes last"
        );
    }
    let p = doc(&docs, &format!("{}:1", not_gz.display()));
    assert_eq!(p["status"], "error", "{p:?}");
    assert_eq!(
        doc(&docs, "after")["status"],
        "ok",
        "the run goes on after broken files"
    );
}

#[test]
fn unreadable_files_are_error_rows() {
    // Tests run as root here, so `chmod 000` would not stop a read. Two
    // failures root cannot read past instead: a dangling symlink (open
    // fails) and a link to /proc/self/mem, which opens but fails on the
    // first read (EIO: address 0 of the reading process is unmapped).
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("in");
    fs::create_dir(&dir).unwrap();
    fs::write(dir.join("a.txt"), ARTICLE).unwrap();
    std::os::unix::fs::symlink(tmp.path().join("gone.txt"), dir.join("b-dangling.txt")).unwrap();
    std::os::unix::fs::symlink("/proc/self/mem", dir.join("c-mem.txt")).unwrap();
    std::os::unix::fs::symlink("/proc/self/mem", dir.join("d-mem.jsonl")).unwrap();
    std::os::unix::fs::symlink("/proc/self/mem", dir.join("e-mem.csv")).unwrap();
    fs::write(dir.join("z.txt"), ARTICLE).unwrap();
    let missing = tmp.path().join("missing.jsonl");
    let r = run(tmp.path(), &[&dir, &missing]);
    let d = |n: &str| dir.join(n).display().to_string();
    let (b, dm, em, m) = (
        d("b-dangling.txt"),
        d("d-mem.jsonl:1"),
        d("e-mem.csv:1"),
        missing.display().to_string(),
    );
    assert_documents(
        &r,
        &[
            ("a.txt", "ok"),
            (&b, "error"),
            ("c-mem.txt", "error"),
            (&dm, "error"),
            (&em, "error"),
            ("z.txt", "ok"),
            (&m, "error"),
        ],
    );
    let docs = r.docs();
    assert!(docs[1]["message"].contains("No such file"), "{:?}", docs[1]);
    assert!(docs[2]["message"].contains("read error"), "{:?}", docs[2]);
}

#[test]
fn a_directory_with_thousands_of_files() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("in");
    let n = 3000;
    let mut want = Vec::new();
    for i in 0..n {
        let sub = format!("{:02}", i % 30);
        fs::create_dir_all(dir.join(&sub)).unwrap();
        let name = format!("{sub}/art-{i:05}.txt");
        fs::write(
            dir.join(&name),
            format!("\"Number {i} is in,\" said Ann Lee."),
        )
        .unwrap();
        want.push(name);
    }
    fs::write(dir.join("00/notes.pdf"), "not an input").unwrap();
    want.sort();
    let r = run(tmp.path(), &[&dir]);
    let want: Vec<(&str, &str)> = want.iter().map(|id| (id.as_str(), "ok")).collect();
    assert_documents(&r, &want);
    assert_eq!(r.table("quotes.csv").len(), n);
}

/// A JSONL corpus of about `bytes` bytes of generated articles.
fn corpus(path: &Path, bytes: usize) {
    let mut f = std::io::BufWriter::new(fs::File::create(path).unwrap());
    let (mut written, mut i) = (0, 0);
    while written < bytes {
        let (text, _) = big_article(2000 + i % 3000);
        let line = jsonl_line(&format!("d{i}"), &text);
        f.write_all(line.as_bytes()).unwrap();
        written += line.len();
        i += 1;
    }
}

#[test]
fn a_killed_run_leaves_no_truncated_final_files() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("c.jsonl");
    corpus(&input, 48 << 20);
    let bin = assert_cmd::cargo::cargo_bin("whosaid");
    // How long a whole run takes here (a release build runs this corpus in
    // under a second, a loaded machine takes far longer): the kills below
    // fall at shares of it.
    let full = tmp.path().join("full");
    let started = Instant::now();
    let status = Command::new(&bin)
        .args(["extract", "-q", "--threads", "2", "--out"])
        .arg(&full)
        .arg(&input)
        .status()
        .unwrap();
    assert!(status.success());
    let whole = started.elapsed().as_millis() as u64;
    // Kill at several points: while reading, while writing, near the end.
    for (k, delay_ms) in [0, whole / 8, whole / 3].into_iter().enumerate() {
        let out = tmp.path().join(format!("out{k}"));
        let mut child = Command::new(&bin)
            .args(["extract", "-q", "--threads", "2", "--out"])
            .arg(&out)
            .arg(&input)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let started = Instant::now();
        while !out.join("quotes.csv.partial").exists()
            && started.elapsed() < Duration::from_secs(60)
        {
            std::thread::sleep(Duration::from_millis(5));
        }
        std::thread::sleep(Duration::from_millis(delay_ms));
        let finished = child.try_wait().unwrap().is_some();
        child.kill().unwrap(); // SIGKILL: no chance to clean up
        child.wait().unwrap();
        assert!(
            !finished,
            "kill {k}: the run finished before the kill; use a bigger corpus"
        );
        for t in TABLES.iter().chain(&["manifest.json"]) {
            assert!(
                !out.join(t).exists(),
                "kill {k}: {t} exists under its final name after a kill"
            );
        }
        assert!(out.join("quotes.csv.partial").exists());
    }
}

#[test]
fn final_files_appear_only_complete_with_the_manifest_last() {
    // The counterpart of the kill test: a run that ends leaves no
    // `.partial` files, and every table is complete (its manifest counts
    // agree with its rows).
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("c.jsonl");
    corpus(&input, 1 << 20);
    let r = run(tmp.path(), &[&input]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let names: Vec<String> = fs::read_dir(&r.out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.ends_with(".partial")), "{names:?}");
    let manifest: serde_json::Value =
        serde_json::from_slice(&fs::read(r.out.join("manifest.json")).unwrap()).unwrap();
    assert_eq!(manifest["counts"]["quotes"], r.table("quotes.csv").len());
    assert_eq!(
        manifest["counts"]["mentions"],
        r.table("mentions.csv").len()
    );
    assert_eq!(manifest["counts"]["records"], r.docs().len());
}

#[test]
fn disk_full_ends_with_a_clear_message_and_exit_2() {
    let tmp = tempfile::tempdir().unwrap();
    let small = tmp.path().join("s.jsonl");
    fs::write(&small, jsonl_line("a", ARTICLE)).unwrap();
    // Big enough that the 1 MB write buffer fills during the run, not only
    // at the final flush.
    let big = tmp.path().join("b.jsonl");
    corpus(&big, 8 << 20);
    for (name, input) in [("small", &small), ("big", &big)] {
        for table in ["quotes.csv", "documents.csv"] {
            let out = tmp.path().join(format!("out-{name}-{table}"));
            fs::create_dir(&out).unwrap();
            std::os::unix::fs::symlink("/dev/full", out.join(format!("{table}.partial"))).unwrap();
            let r = run_in(&out, &[input], &[]);
            assert_eq!(r.code, 2, "{name}/{table}: {}", r.stderr);
            assert!(
                r.stderr.contains(&format!(
                    "cannot write {}",
                    out.join(format!("{table}.partial")).display()
                )) && r.stderr.contains("No space left on device"),
                "{name}/{table}: {}",
                r.stderr
            );
            assert_eq!(
                r.stderr.lines().count(),
                1,
                "{name}/{table}: one clear line: {}",
                r.stderr
            );
            for t in TABLES.iter().chain(&["manifest.json"]) {
                assert!(
                    !out.join(t).exists(),
                    "{name}/{table}: {t} must not look finished"
                );
            }
        }
    }
}

#[test]
fn unwritable_output_paths_end_with_a_clear_message_and_exit_2() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("s.jsonl");
    fs::write(&input, jsonl_line("a", ARTICLE)).unwrap();
    let file = tmp.path().join("regular-file");
    fs::write(&file, "x").unwrap();
    let under_file = file.join("out");
    let out_is_dir_partial = tmp.path().join("blocked");
    fs::create_dir_all(out_is_dir_partial.join("quotes.csv.partial")).unwrap();
    let out_is_dir_final = tmp.path().join("blocked-final");
    fs::create_dir_all(out_is_dir_final.join("quotes.csv/inner")).unwrap();
    let cases: [(&str, &Path, &str); 5] = [
        ("out under a regular file", &under_file, "Not a directory"),
        ("out is a regular file", &file, ""),
        (
            "partial name taken by a directory",
            &out_is_dir_partial,
            "Is a directory",
        ),
        ("final name taken by a directory", &out_is_dir_final, ""),
        ("out in /proc", Path::new("/proc/whosaid-out"), ""),
    ];
    for (name, out, want) in cases {
        let r = run_in(out, &[&input], &[]);
        assert_eq!(r.code, 2, "{name}: {}", r.stderr);
        assert!(
            r.stderr.starts_with("whosaid: cannot write "),
            "{name}: {}",
            r.stderr
        );
        assert!(r.stderr.contains(want), "{name}: {}", r.stderr);
        assert!(!r.stderr.contains("panicked"), "{name}: {}", r.stderr);
    }
}

// ---------------------------------------------------------------- spreadsheets

/// Inputs whose cells would be formulas in a spreadsheet, plus a quote
/// longer than Excel's cell limit.
fn excel_inputs(dir: &Path) -> (PathBuf, HashMap<String, String>) {
    let long_quote = "word ".repeat(8000) + "🙂".repeat(10_000).as_str();
    let texts = [
        ("=HYPERLINK(\"http://x\",\"click\")", ARTICLE.to_string()),
        ("+cmd", "\"=1+2 is what we owe,\" said Ann Lee.".to_string()),
        (
            "-minus",
            "\"-5 percent was the drop,\" said Ann Lee.".to_string(),
        ),
        ("@at", "\"@SUM(A1) they wrote,\" said Ann Lee.".to_string()),
        ("\ttab", "\"\tindented,\" said Ann Lee.".to_string()),
        ("\rcr", "\"\rreturned,\" said Ann Lee.".to_string()),
        ("long", format!("\"{long_quote},\" said Ann Lee.")),
        ("plain", "\"Café, naïve, 分享,\" said Ann Lee.".to_string()),
    ];
    let path = dir.join("x.jsonl");
    fs::write(
        &path,
        texts
            .iter()
            .map(|(id, t)| jsonl_line(id, t))
            .collect::<String>(),
    )
    .unwrap();
    (
        path,
        texts.into_iter().map(|(k, v)| (k.to_string(), v)).collect(),
    )
}

/// A table as header plus records, read with the csv crate.
fn csv_records(bytes: &[u8]) -> Vec<Vec<String>> {
    let mut r = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(bytes);
    r.records()
        .map(|rec| rec.unwrap().iter().map(String::from).collect())
        .collect()
}

/// The same table read with Python's csv module; `None` when python3 is
/// absent (the caller prints a note and skips).
fn python_records(path: &Path, encoding: &str) -> Option<Vec<Vec<String>>> {
    let script = "import csv, json, sys\ncsv.field_size_limit(sys.maxsize)\nwith open(sys.argv[1], newline='', encoding=sys.argv[2]) as f:\n    json.dump(list(csv.reader(f)), sys.stdout)\n";
    let out = match Command::new("python3")
        .args(["-c", script])
        .arg(path)
        .arg(encoding)
        .output()
    {
        Ok(o) => o,
        Err(_) => return None,
    };
    assert!(
        out.status.success(),
        "python3 csv on {}: {}",
        path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    Some(serde_json::from_slice(&out.stdout).unwrap())
}

const NUMERIC: [&str; 15] = [
    "mentions",
    "quotes",
    "paragraphs",
    "quote_id",
    "quote_start",
    "quote_end",
    "speaker_start",
    "speaker_end",
    "cue_start",
    "cue_end",
    "confidence",
    "mention_id",
    "start",
    "end",
    "chars",
];

#[test]
fn excel_output_is_spreadsheet_safe_and_reads_back() {
    let tmp = tempfile::tempdir().unwrap();
    let (input, texts) = excel_inputs(tmp.path());
    let plain = run_in(&tmp.path().join("plain"), &[&input], &[]);
    let excel = run_in(&tmp.path().join("excel"), &[&input], &["--excel"]);
    assert_eq!(plain.code, 0, "{}", plain.stderr);
    assert_eq!(excel.code, 0, "{}", excel.stderr);
    assert_rows_slice_texts(&plain, &texts);
    let mut python_missing = false;
    for t in TABLES {
        let bytes = fs::read(excel.out.join(t)).unwrap();
        assert!(bytes.starts_with("\u{feff}".as_bytes()), "{t}: UTF-8 BOM");
        let body = &bytes[3..];
        let recs = csv_records(body);
        // CRLF ends every record: count record ends outside quoted fields.
        assert_eq!(
            crlf_record_ends(body),
            recs.len(),
            "{t}: every record ends with CRLF"
        );
        let plain_recs = csv_records(&fs::read(plain.out.join(t)).unwrap());
        assert_eq!(recs.len(), plain_recs.len(), "{t}: same rows");
        let header = &recs[0];
        assert_eq!(header, &plain_recs[0]);
        for (row, prow) in recs[1..].iter().zip(&plain_recs[1..]) {
            for ((col, cell), pcell) in header.iter().zip(row).zip(prow) {
                if NUMERIC.contains(&col.as_str()) {
                    assert_eq!(cell, pcell, "{t}.{col}: numeric columns are never altered");
                    continue;
                }
                assert!(
                    !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "{t}.{col}: formula-like cell {cell:?}"
                );
                if col == "message" {
                    continue;
                }
                let want = if pcell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
                    format!("'{pcell}")
                } else {
                    pcell.clone()
                };
                if cell != &want {
                    assert!(
                        want.starts_with(cell.as_str()),
                        "{t}.{col}: {cell:?} is neither {want:?} nor its cut"
                    );
                    assert_eq!(
                        cell.encode_utf16().count(),
                        32_767,
                        "{t}.{col}: cut exactly at Excel's limit (UTF-16 units)"
                    );
                }
            }
        }
        match python_records(&excel.out.join(t), "utf-8-sig") {
            Some(py) => assert_eq!(py, recs, "{t}: Python's csv module reads the same cells"),
            None => python_missing = true,
        }
    }
    let docs = excel.docs();
    let long = doc(&docs, "long");
    assert!(long["message"].contains("cut to 32767"), "{long:?}");
    assert!(docs
        .iter()
        .filter(|d| d["doc_id"] != "long")
        .all(|d| !d["message"].contains("cut")));
    let quotes = excel.table("quotes.csv");
    for (id, want) in [
        ("+cmd", "'=1+2 is what we owe,"),
        ("-minus", "'-5 percent was the drop,"),
        ("@at", "'@SUM(A1) they wrote,"),
        ("\ttab", "'\tindented,"),
        ("\rcr", "'\rreturned,"),
    ] {
        let q = quotes
            .iter()
            .find(|q| q["doc_id"] == format!("'{id}"))
            .unwrap_or_else(|| panic!("{id}: {quotes:?}"));
        assert_eq!(q["quote"], want);
    }
    assert!(docs
        .iter()
        .any(|d| d["doc_id"] == "'=HYPERLINK(\"http://x\",\"click\")"));
    if python_missing {
        eprintln!("note: python3 not found; Python csv read-back skipped");
    }
}

/// Record ends (`\r\n` outside quoted fields) in CSV bytes, checking that no
/// record ends with a bare `\n`.
fn crlf_record_ends(bytes: &[u8]) -> usize {
    let (mut quoted, mut ends) = (false, 0);
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => {
                assert!(
                    i > 0 && bytes[i - 1] == b'\r',
                    "bare LF ends a record at byte {i}"
                );
                ends += 1;
            }
            _ => {}
        }
    }
    ends
}

#[test]
fn plain_output_is_rfc4180_without_bom_and_text_verbatim() {
    let tmp = tempfile::tempdir().unwrap();
    let (input, texts) = excel_inputs(tmp.path());
    let r = run(tmp.path(), &[&input]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_rows_slice_texts(&r, &texts);
    for t in TABLES {
        let bytes = fs::read(r.out.join(t)).unwrap();
        assert!(!bytes.starts_with(b"\xef\xbb\xbf"), "{t}: no BOM");
        let recs = csv_records(&bytes);
        for rec in &recs {
            assert!(
                rec.iter().all(|c| !c.starts_with('\'')),
                "{t}: no ' prefixes: {rec:?}"
            );
        }
        if let Some(py) = python_records(&r.out.join(t), "utf-8") {
            assert_eq!(py, recs, "{t}: Python's csv module reads the same cells");
        } else {
            eprintln!("note: python3 not found; Python csv read-back skipped");
        }
    }
    let quotes = r.table("quotes.csv");
    let long = quotes.iter().find(|q| q["doc_id"] == "long").unwrap();
    assert!(
        long["quote"].chars().count() > 32_767,
        "no cut without --excel"
    );
    assert!(quotes.iter().any(|q| q["quote"] == "=1+2 is what we owe,"));
    assert!(r
        .docs()
        .iter()
        .any(|d| d["doc_id"] == "=HYPERLINK(\"http://x\",\"click\")"));
}
