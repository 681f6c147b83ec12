//! End-to-end tests of `--out FILE.sqlite` and `--shard K/N` through the
//! real binary (issue 7).
//!
//! SQLite: the database holds the same rows and columns as a CSV run of the
//! same input, typed (integers for offsets and counts, real for
//! confidence), keyed and indexed, with the manifest as a table. Sharding:
//! the N shards of a corpus are disjoint and together give exactly the rows
//! of one unsharded run. Neighbours: tests/cli.rs (the CSV contract).

use std::collections::{BTreeSet, HashMap};
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use rusqlite::types::Value;
use rusqlite::Connection;

fn whosaid() -> assert_cmd::Command {
    let mut c = assert_cmd::Command::cargo_bin("whosaid").expect("binary built");
    c.env_remove("RUST_LOG");
    c
}

/// The four CSV tables and their SQLite table names.
const TABLES: [&str; 4] = ["quotes", "mentions", "entities", "documents"];

/// Columns that hold integers (offsets, ids, counts); `nullable` ones are
/// empty in the CSV when there is no value (no speaker mention, no cue).
/// Every column not listed is text, except `confidence` (real).
const INTEGER_COLUMNS: [(&str, &[&str], &[&str]); 4] = [
    (
        "quotes",
        &["quote_id", "quote_start", "quote_end"],
        &["speaker_start", "speaker_end", "cue_start", "cue_end"],
    ),
    ("mentions", &["mention_id", "start", "end"], &[]),
    ("entities", &["mentions", "quotes"], &[]),
    (
        "documents",
        &["chars", "paragraphs", "mentions", "quotes"],
        &[],
    ),
];

/// An input with attributed quotes (confidence above 0, a speaker mention),
/// unattributed ones, non-ASCII text, and one broken record.
fn mixed_input(dir: &Path) -> PathBuf {
    let path = dir.join("mixed.jsonl");
    let mut f = fs::File::create(&path).unwrap();
    let attributed = "\"We will win the vote,\" said Lu Wei, minister of the State Internet \
                      Information Office.\n\n“Nothing changes,” said Angela Merkel in Zürich.";
    writeln!(
        f,
        "{}",
        serde_json::json!({"id": "attributed", "text": attributed})
    )
    .unwrap();
    // A quotation nobody is named for: its speaker offsets stay empty.
    let orphan =
        "\"Nobody in this town expected the vote to go this way.\"\n\nThe count ended at midnight.";
    writeln!(f, "{}", serde_json::json!({"id": "orphan", "text": orphan})).unwrap();
    writeln!(f, "{{broken").unwrap();
    writeln!(
        f,
        "{}",
        serde_json::json!({"id": 42, "text": "No quotes here."})
    )
    .unwrap();
    path
}

fn run_ok_or_partial(args: &[&std::ffi::OsStr]) {
    let out = whosaid()
        .arg("extract")
        .arg("-q")
        .args(args)
        .output()
        .unwrap();
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "whosaid {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Runs `whosaid extract -q INPUTS --out OUT` (exit 0, or 1 for bad records).
fn extract(inputs: &[&Path], out: &Path, extra: &[&str]) {
    let mut args: Vec<&std::ffi::OsStr> = inputs.iter().map(|p| p.as_os_str()).collect();
    args.extend(extra.iter().map(std::ffi::OsStr::new));
    args.push("--out".as_ref());
    args.push(out.as_os_str());
    run_ok_or_partial(&args);
}

/// The CSV header and rows of `table` in a `--out DIR` run.
fn csv_table(dir: &Path, table: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let path = dir.join(format!("{table}.csv"));
    let mut r = csv::Reader::from_path(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let header = r.headers().unwrap().iter().map(String::from).collect();
    let rows = r
        .records()
        .map(|rec| rec.unwrap().iter().map(String::from).collect())
        .collect();
    (header, rows)
}

/// Column names of a SQLite table, in declaration order.
fn sql_columns(db: &Connection, table: &str) -> Vec<String> {
    let mut stmt = db.prepare(&format!("PRAGMA table_info({table})")).unwrap();
    let names = stmt.query_map([], |r| r.get::<_, String>(1)).unwrap();
    names.map(Result::unwrap).collect()
}

/// Rows of a SQLite table in insertion (input) order.
fn sql_rows(db: &Connection, table: &str) -> Vec<Vec<Value>> {
    let n = sql_columns(db, table).len();
    let mut stmt = db
        .prepare(&format!("SELECT * FROM {table} ORDER BY rowid"))
        .unwrap();
    let rows = stmt
        .query_map([], |r| (0..n).map(|i| r.get::<_, Value>(i)).collect())
        .unwrap();
    rows.map(Result::unwrap).collect()
}

/// True when a SQLite value is what the CSV cell says: NULL is an empty
/// cell, integers and text compare as written, a real compares equal to
/// the CSV number parsed as f64 (so `confidence = 0.9` finds a 0.9 row).
fn same_value(sql: &Value, csv: &str) -> bool {
    match sql {
        Value::Null => csv.is_empty(),
        Value::Integer(i) => i.to_string() == csv,
        Value::Real(x) => csv.parse::<f64>() == Ok(*x),
        Value::Text(s) => s == csv,
        Value::Blob(_) => false,
    }
}

fn manifest(db: &Connection) -> HashMap<String, String> {
    let mut stmt = db.prepare("SELECT key, value FROM manifest").unwrap();
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
    rows.map(Result::unwrap).collect()
}

/// A CSV run and a SQLite run of the same input, in a scratch directory.
struct Pair {
    _tmp: tempfile::TempDir,
    csv: PathBuf,
    db: PathBuf,
}

fn csv_and_sqlite_runs() -> Pair {
    let tmp = tempfile::tempdir().unwrap();
    let input = mixed_input(tmp.path());
    let samples = Path::new("samples");
    let csv = tmp.path().join("csv");
    let db = tmp.path().join("out").join("x.sqlite");
    extract(&[samples, &input], &csv, &[]);
    extract(&[samples, &input], &db, &[]);
    Pair { _tmp: tmp, csv, db }
}

#[test]
fn sqlite_tables_hold_the_csv_rows() {
    let p = csv_and_sqlite_runs();
    assert!(p.db.is_file(), "the parent directory is created");
    let partial = PathBuf::from(format!("{}.partial", p.db.display()));
    assert!(!partial.exists(), "no .partial file is left behind");
    let db = Connection::open(&p.db).unwrap();
    for table in TABLES {
        let (header, csv_rows) = csv_table(&p.csv, table);
        assert_eq!(sql_columns(&db, table), header, "{table}: columns");
        let sql = sql_rows(&db, table);
        assert_eq!(sql.len(), csv_rows.len(), "{table}: row count");
        assert!(!sql.is_empty(), "{table}: the input yields rows");
        for (i, (s, c)) in sql.iter().zip(&csv_rows).enumerate() {
            for ((col, sv), cv) in header.iter().zip(s).zip(c) {
                assert!(
                    same_value(sv, cv),
                    "{table} row {i} {col}: sqlite {sv:?} vs csv {cv:?}"
                );
            }
        }
    }
    let (_, quotes) = csv_table(&p.csv, "quotes");
    assert!(
        quotes.iter().any(|q| q[17] != "0.0" && !q[17].is_empty()),
        "some quote is attributed, so the confidence comparison means something"
    );
    let bad: i64 = db
        .query_row(
            "SELECT count(*) FROM documents WHERE status = 'error'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(bad, 1, "the broken record has its documents row");
}

/// Regression: confidence was stored as the f32 widened to f64
/// (0.8999999761581421), so `WHERE confidence >= 0.9` missed 0.9 quotes.
#[test]
fn sqlite_confidence_is_the_csv_number() {
    let p = csv_and_sqlite_runs();
    let db = Connection::open(&p.db).unwrap();
    let (_, quotes) = csv_table(&p.csv, "quotes");
    let at_09 = quotes.iter().filter(|q| q[17] == "0.9").count() as i64;
    assert!(
        at_09 > 0,
        "the input has quotes attributed with confidence 0.9"
    );
    let n: i64 = db
        .query_row(
            "SELECT count(*) FROM quotes WHERE confidence >= 0.9",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(n, at_09);
}

#[test]
fn sqlite_columns_have_proper_types() {
    let p = csv_and_sqlite_runs();
    let db = Connection::open(&p.db).unwrap();
    for (table, integers, nullable) in INTEGER_COLUMNS {
        for col in sql_columns(&db, table) {
            let allowed: &[&str] = if integers.contains(&col.as_str()) {
                &["integer"]
            } else if nullable.contains(&col.as_str()) {
                &["integer", "null"]
            } else if col == "confidence" {
                &["real"]
            } else {
                &["text"]
            };
            let mut stmt = db
                .prepare(&format!("SELECT DISTINCT typeof(\"{col}\") FROM {table}"))
                .unwrap();
            let types: Vec<String> = stmt
                .query_map([], |r| r.get(0))
                .unwrap()
                .map(Result::unwrap)
                .collect();
            assert!(!types.is_empty(), "{table}.{col}: no rows");
            for t in &types {
                assert!(
                    allowed.contains(&t.as_str()),
                    "{table}.{col} holds {t}, expected {allowed:?}"
                );
            }
        }
    }
    // Both sides of the nullable offsets occur in this input.
    let typed: i64 = db
        .query_row(
            "SELECT count(*) FROM quotes WHERE typeof(speaker_start) = 'integer'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let nulls: i64 = db
        .query_row(
            "SELECT count(*) FROM quotes WHERE speaker_start IS NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(
        typed > 0 && nulls > 0,
        "{typed} typed, {nulls} null speaker offsets"
    );
}

/// The first column of every index on `table` (including the ones SQLite
/// builds for primary keys), so `doc_id` is indexed when some index leads
/// with it.
fn indexed_first_columns(db: &Connection, table: &str) -> BTreeSet<String> {
    let mut stmt = db.prepare(&format!("PRAGMA index_list({table})")).unwrap();
    let indexes: Vec<String> = stmt
        .query_map([], |r| r.get(1))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    indexes
        .iter()
        .map(|ix| {
            db.query_row(
                &format!("SELECT name FROM pragma_index_info('{ix}') WHERE seqno = 0"),
                [],
                |r| r.get(0),
            )
            .unwrap()
        })
        .collect()
}

fn primary_key(db: &Connection, table: &str) -> Vec<String> {
    let mut stmt = db
        .prepare(&format!(
            "SELECT name FROM pragma_table_info('{table}') WHERE pk > 0 ORDER BY pk"
        ))
        .unwrap();
    let cols = stmt.query_map([], |r| r.get(0)).unwrap();
    cols.map(Result::unwrap).collect()
}

#[test]
fn sqlite_keys_and_indexes() {
    let p = csv_and_sqlite_runs();
    let db = Connection::open(&p.db).unwrap();
    let keys: [(&str, &[&str]); 5] = [
        ("quotes", &["doc_id", "quote_id"]),
        ("mentions", &["doc_id", "mention_id"]),
        ("entities", &["doc_id", "type", "entity_id"]),
        ("documents", &["doc_id"]),
        ("manifest", &["key"]),
    ];
    for (table, key) in keys {
        assert_eq!(primary_key(&db, table), key, "{table}: primary key");
    }
    let indexed: [(&str, &[&str]); 4] = [
        ("quotes", &["doc_id", "speaker"]),
        ("mentions", &["doc_id", "canonical"]),
        ("entities", &["doc_id", "canonical"]),
        ("documents", &["doc_id"]),
    ];
    for (table, cols) in indexed {
        let first = indexed_first_columns(&db, table);
        for col in cols {
            assert!(
                first.contains(*col),
                "{table}: no index leads with {col} (have {first:?})"
            );
        }
    }
    // The indexes are named in the schema and the planner uses them.
    let named: i64 = db
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(named >= 3, "explicit indexes on speaker and canonical");
    for (table, col) in [
        ("quotes", "speaker"),
        ("mentions", "canonical"),
        ("entities", "canonical"),
    ] {
        let plan: String = db
            .query_row(
                &format!("EXPLAIN QUERY PLAN SELECT * FROM {table} WHERE {col} = 'Lu Wei'"),
                [],
                |r| r.get(3),
            )
            .unwrap();
        assert!(plan.contains("USING INDEX"), "{table}.{col}: {plan}");
    }
}

#[test]
fn sqlite_manifest_table() {
    let p = csv_and_sqlite_runs();
    let db = Connection::open(&p.db).unwrap();
    let m = manifest(&db);
    assert_eq!(m["tool"], "whosaid");
    assert_eq!(m["shard"], "null", "an unsharded run");
    let json: serde_json::Value =
        serde_json::from_slice(&fs::read(p.csv.join("manifest.json")).unwrap()).unwrap();
    assert_eq!(m["schema_version"], json["schema_version"].to_string());
    let counts: serde_json::Value = serde_json::from_str(&m["counts"]).unwrap();
    let docs: i64 = db
        .query_row("SELECT count(*) FROM documents", [], |r| r.get(0))
        .unwrap();
    assert_eq!(counts["records"], docs);
    assert_eq!(counts["errors"], 1);
    assert_eq!(counts, json["counts"], "the same counts as manifest.json");
}

#[test]
fn sqlite_replaces_an_existing_file_and_accepts_db() {
    let tmp = tempfile::tempdir().unwrap();
    let db_path = tmp.path().join("old.db");
    fs::write(&db_path, "not a database").unwrap();
    extract(&[Path::new("samples")], &db_path, &[]);
    let db = Connection::open(&db_path).unwrap();
    let docs: i64 = db
        .query_row("SELECT count(*) FROM documents", [], |r| r.get(0))
        .unwrap();
    assert_eq!(docs, 3);
    assert!(!tmp.path().join("old.db.partial").exists());
    assert_eq!(
        fs::read_dir(tmp.path()).unwrap().count(),
        1,
        "only the database"
    );
}

/// Writes a JSONL corpus of the project's own sample texts under `copies`
/// distinct ids, plus one broken line (its id is `FILE:LINE`).
fn corpus(path: &Path, copies: usize) {
    let mut texts: Vec<String> = fs::read_dir("samples")
        .unwrap()
        .map(|e| fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    texts.sort();
    let mut f = fs::File::create(path).unwrap();
    for i in 0..copies {
        let t = &texts[i % texts.len()];
        writeln!(
            f,
            "{}",
            serde_json::json!({"id": format!("art-{i:04}"), "text": t})
        )
        .unwrap();
        if i == copies / 2 {
            writeln!(f, "{{\"id\": \"broken\", \"text\": ").unwrap();
        }
    }
}

/// The rows of all four tables of a `--out DIR` run, each table sorted.
fn sorted_tables(dir: &Path) -> Vec<Vec<Vec<String>>> {
    TABLES
        .iter()
        .map(|t| {
            let mut rows = csv_table(dir, t).1;
            rows.sort();
            rows
        })
        .collect()
}

#[test]
fn shards_are_disjoint_and_their_union_is_the_whole_run() {
    const N: u32 = 3;
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("corpus.jsonl");
    corpus(&input, 150);
    let whole = tmp.path().join("whole");
    extract(&[&input], &whole, &[]);
    let want = sorted_tables(&whole);
    assert_eq!(want[3].len(), 151, "150 articles and the broken line");

    let mut union: Vec<Vec<Vec<String>>> = vec![Vec::new(); TABLES.len()];
    let mut seen_ids = BTreeSet::new();
    for k in 1..=N {
        let out = tmp.path().join(format!("shard{k}"));
        let shard = format!("{k}/{N}");
        extract(&[&input], &out, &["--shard", &shard]);
        let tables = sorted_tables(&out);
        let n_docs = tables[3].len() as u64;
        assert!(n_docs > 20, "shard {shard} has {n_docs} documents");
        for d in &tables[3] {
            assert!(seen_ids.insert(d[0].clone()), "{} is in two shards", d[0]);
        }
        for (u, t) in union.iter_mut().zip(tables) {
            u.extend(t);
        }
        let m: serde_json::Value =
            serde_json::from_slice(&fs::read(out.join("manifest.json")).unwrap()).unwrap();
        assert_eq!(
            m["shard"],
            serde_json::json!({"index": k, "count": N}),
            "manifest of {shard}"
        );
        assert_eq!(m["counts"]["records"], n_docs);
        assert_eq!(m["counts"]["skipped_by_shard"], 151 - n_docs);
    }
    for ((table, mut u), w) in TABLES.iter().zip(union).zip(&want) {
        u.sort();
        assert_eq!(u.len(), w.len(), "{table}: row count of the union");
        assert!(
            u == *w,
            "{table}: the union of the shards differs from the whole run"
        );
    }
}

#[test]
fn sqlite_manifest_records_the_shard() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("corpus.jsonl");
    corpus(&input, 30);
    let db_path = tmp.path().join("s.sqlite");
    extract(&[&input], &db_path, &["--shard", "2/3"]);
    let db = Connection::open(&db_path).unwrap();
    let shard: serde_json::Value = serde_json::from_str(&manifest(&db)["shard"]).unwrap();
    assert_eq!(shard, serde_json::json!({"index": 2, "count": 3}));
    let docs: i64 = db
        .query_row("SELECT count(*) FROM documents", [], |r| r.get(0))
        .unwrap();
    assert!(
        docs > 0 && docs < 31,
        "a part of the corpus: {docs} documents"
    );
}

#[test]
fn sqlite_reports_repeated_ids_instead_of_overwriting() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("dup.jsonl");
    let rec = |t: &str| serde_json::json!({"id": "same", "text": t}).to_string();
    fs::write(
        &input,
        format!(
            "{}\n{}\n",
            rec("\"First,\" said Ann Lee."),
            rec("\"Second,\" said Bo Chen.")
        ),
    )
    .unwrap();
    let db = tmp.path().join("d.sqlite");
    let out = whosaid()
        .arg("extract")
        .arg(&input)
        .arg("--out")
        .arg(&db)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("duplicate doc_id `same`"), "{stderr}");
    let db = Connection::open(&db).unwrap();
    let quotes: Vec<String> = db
        .prepare("SELECT quote FROM quotes")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(
        quotes,
        ["First,"],
        "the first record's rows are kept, not replaced"
    );
    assert_eq!(manifest(&db)["duplicate_ids_skipped"], "1");
}
