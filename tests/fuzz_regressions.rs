//! Replays inputs the fuzz targets (fuzz/) once crashed on, so a fixed bug
//! stays fixed without nightly or cargo-fuzz. Each file under
//! `tests/fuzz_regressions/TARGET/` is fed to what fuzz target TARGET runs;
//! add a crashing input there with a name that says what broke.
//! Neighbours: fuzz/README.md (how to fuzz), tests/properties.rs.

use std::path::Path;
use std::sync::OnceLock;

use whosaid::output::Rows;
use whosaid::read::{self, Article, Compression, Format, InputFile, ReadOptions, Record};
use whosaid::Pipeline;

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::with_defaults().expect("default dictionaries"))
}

fn pipeline_target(data: &[u8]) {
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
        let slice: String = text
            .chars()
            .skip(q.quote_start)
            .take(q.quote_end - q.quote_start)
            .collect();
        assert_eq!(slice, q.quote);
    }
    let _ = rows.to_csv(false);
    rows.make_excel_safe();
    let _ = rows.to_csv(true);
}

fn reader_target(data: &[u8], format: Format, name: &str) -> Vec<Record> {
    let file = InputFile {
        path: Some(name.into()),
        format,
        compression: Compression::None,
        txt_id: name.into(),
    };
    let mut records = Vec::new();
    let reader = Box::new(std::io::Cursor::new(data.to_vec()));
    read::read_records(&file, reader, &ReadOptions::default(), &mut |r| {
        records.push(r)
    });
    for r in &records {
        if let Record::Bad {
            message, source, ..
        } = r
        {
            assert!(message.starts_with(&format!("{source}: ")), "{message}");
        }
    }
    records
}

#[test]
fn replay_fuzz_regressions() {
    let root = Path::new("tests/fuzz_regressions");
    let mut replayed = 0;
    for target in ["pipeline", "read_jsonl", "read_csv", "read_txt"] {
        let Ok(dir) = std::fs::read_dir(root.join(target)) else {
            continue;
        };
        for entry in dir {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "md") {
                continue;
            }
            let data = std::fs::read(&path).unwrap();
            let run = std::panic::catch_unwind(|| match target {
                "pipeline" => pipeline_target(&data),
                "read_jsonl" => {
                    let _ = read::json_record(
                        &String::from_utf8_lossy(&data),
                        "f.jsonl:1",
                        &ReadOptions::default(),
                        vec![],
                    );
                    reader_target(&data, Format::Jsonl, "f.jsonl");
                }
                "read_csv" => {
                    reader_target(&data, Format::Csv, "f.csv");
                    reader_target(&data, Format::Tsv, "f.tsv");
                }
                _ => assert_eq!(reader_target(&data, Format::Text, "a.txt").len(), 1),
            });
            assert!(run.is_ok(), "{} panics again", path.display());
            replayed += 1;
        }
    }
    assert!(
        replayed >= 4,
        "the regression inputs are found ({replayed})"
    );
}
