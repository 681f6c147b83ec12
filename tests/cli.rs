//! End-to-end tests of `whosaid extract` through the real binary: inputs,
//! the output contract, errors and exit statuses, thread-independence, and
//! golden files for samples/.
//!
//! Regenerate the golden files deliberately with
//! `WHOSAID_BLESS=1 cargo test --test cli golden`.

mod common;

use std::fs;
use std::io::Write;
use std::path::Path;

use common::{char_slice, read_csv, whosaid};

const TABLES: [&str; 4] = [
    "quotes.csv",
    "mentions.csv",
    "entities.csv",
    "documents.csv",
];

fn extract(args: &[&str], dir: &Path) -> assert_cmd::assert::Assert {
    whosaid()
        .arg("extract")
        .args(args)
        .arg("--out")
        .arg(dir)
        .assert()
}

#[test]
fn golden_samples() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    extract(&["samples"], &out).success();
    let golden = Path::new("tests/golden/samples");
    let bless = std::env::var_os("WHOSAID_BLESS").is_some();
    for t in TABLES {
        let got = fs::read_to_string(out.join(t)).unwrap();
        let path = golden.join(t);
        if bless {
            fs::create_dir_all(golden).unwrap();
            fs::write(&path, &got).unwrap();
            continue;
        }
        let want = fs::read_to_string(&path)
            .unwrap_or_else(|_| panic!("{} missing: run with WHOSAID_BLESS=1", path.display()));
        assert_eq!(
            got,
            want,
            "{t} differs from {} (WHOSAID_BLESS=1 to accept)",
            path.display()
        );
    }
}

#[test]
fn headers_are_the_contract() {
    let tmp = tempfile::tempdir().unwrap();
    extract(&["samples"], tmp.path()).success();
    let cases = [
        ("quotes.csv", "doc_id,quote_id,kind,quote_start,quote_end,quote,speaker,speaker_id,speaker_start,speaker_end,speaker_mention,speaker_title,speaker_institution,cue,cue_start,cue_end,method,confidence"),
        ("mentions.csv", "doc_id,mention_id,type,start,end,text,canonical,entity_id,source"),
        ("entities.csv", "doc_id,entity_id,type,canonical,mentions,quotes,titles,institutions,attributes"),
        ("documents.csv", "doc_id,source,status,chars,paragraphs,mentions,quotes,message"),
    ];
    for (file, header) in cases {
        let text = fs::read_to_string(tmp.path().join(file)).unwrap();
        assert_eq!(text.lines().next().unwrap(), header, "{file}");
        assert!(
            !text.starts_with('\u{feff}'),
            "{file}: no BOM without --excel"
        );
    }
    let manifest: serde_json::Value =
        serde_json::from_slice(&fs::read(tmp.path().join("manifest.json")).unwrap()).unwrap();
    assert_eq!(manifest["tool"], "whosaid");
    assert_eq!(manifest["counts"]["records"], 3);
    assert!(manifest["dictionaries"]["files"]
        .as_array()
        .unwrap()
        .iter()
        .all(|f| f["hash"].as_str().unwrap().len() == 16));
    assert!(manifest["elapsed_seconds"].as_f64().is_some());
}

#[test]
fn offsets_are_code_points_into_the_text() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in.jsonl");
    let text = "«Ça va», dit-il. “Café prices rose 5%,” said Maria Lopez, a trader at Acme Corp. 分享 “Nothing changes,” she said.";
    fs::write(
        &input,
        serde_json::json!({"id": "u1", "text": text}).to_string() + "\n",
    )
    .unwrap();
    let out = tmp.path().join("out");
    extract(&[input.to_str().unwrap()], &out).success();
    let (_, quotes) = read_csv(&out.join("quotes.csv"));
    assert!(!quotes.is_empty());
    for q in &quotes {
        let (s, e) = (
            q["quote_start"].parse().unwrap(),
            q["quote_end"].parse().unwrap(),
        );
        assert_eq!(char_slice(text, s, e), q["quote"]);
        if !q["speaker_start"].is_empty() {
            let (s, e) = (
                q["speaker_start"].parse().unwrap(),
                q["speaker_end"].parse().unwrap(),
            );
            assert_eq!(char_slice(text, s, e), q["speaker_mention"]);
        }
    }
    let (_, mentions) = read_csv(&out.join("mentions.csv"));
    for m in &mentions {
        assert_eq!(
            char_slice(text, m["start"].parse().unwrap(), m["end"].parse().unwrap()),
            m["text"]
        );
    }
}

/// Writes a JSONL corpus of the project's own sample texts under many ids.
fn corpus(path: &Path, copies: usize) {
    let mut f = fs::File::create(path).unwrap();
    let mut texts = Vec::new();
    for e in fs::read_dir("samples").unwrap() {
        texts.push(fs::read_to_string(e.unwrap().path()).unwrap());
    }
    texts.sort();
    for i in 0..copies {
        let t = &texts[i % texts.len()];
        writeln!(
            f,
            "{}",
            serde_json::json!({"id": format!("doc-{i}"), "text": t})
        )
        .unwrap();
    }
}

#[test]
fn output_is_identical_for_any_thread_count() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("c.jsonl");
    corpus(&input, 2500);
    let mut outputs = Vec::new();
    for threads in ["1", "2", "3"] {
        let out = tmp.path().join(format!("out{threads}"));
        extract(&[input.to_str().unwrap(), "--threads", threads], &out).success();
        outputs.push(TABLES.map(|t| fs::read(out.join(t)).unwrap()));
    }
    assert!(outputs[0][0].len() > 1000, "the corpus yields quotes");
    assert_eq!(outputs[0], outputs[1], "1 vs 2 threads");
    assert_eq!(outputs[0], outputs[2], "1 vs 3 threads");
    let (_, docs) = read_csv(&tmp.path().join("out1/documents.csv"));
    let ids: Vec<&str> = docs.iter().map(|d| d["doc_id"].as_str()).collect();
    assert_eq!(ids[..3], ["doc-0", "doc-1", "doc-2"], "input order");
    assert_eq!(ids.len(), 2500);
}

#[test]
fn stdout_mode_writes_one_json_object_per_article() {
    let out = whosaid().args(["extract", "samples"]).assert().success();
    let stdout = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["doc_id"], "china-rok-cyberspace-2013.txt");
    assert_eq!(lines[0]["document"]["status"], "ok");
    assert!(lines[0]["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .all(|q| q["doc_id"] == lines[0]["doc_id"]));
}

#[test]
fn stdin_is_read_as_jsonl() {
    let input = "{\"id\": 7, \"text\": \"\\\"We will win,\\\" said Jane Doe.\"}\n";
    for args in [&["extract"][..], &["extract", "-"][..]] {
        let out = whosaid().args(args).write_stdin(input).assert().success();
        let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
        assert_eq!(v["doc_id"], "7", "numeric id as decimal text");
    }
}

#[test]
fn input_formats_and_ids() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("in");
    fs::create_dir_all(dir.join("sub")).unwrap();
    let art = "\"Rates will stay low,\" said Ann Lee.";
    fs::write(dir.join("sub/b.txt"), art).unwrap();
    fs::write(dir.join("a.txt"), art).unwrap();
    fs::write(dir.join("ignored.pdf"), "x").unwrap();
    fs::write(
        dir.join("c.jsonl"),
        format!(
            "{}\n{}\n{}\n",
            serde_json::json!({"id": 12, "text": art}),
            serde_json::json!({"maintext": art}),
            serde_json::json!({"id": "body", "body": art})
        ),
    )
    .unwrap();
    fs::write(
        dir.join("d.csv"),
        format!(
            "id,text\nc1,\"{}\nsecond line, with \"\"quotes\"\"\"\n",
            art.replace('"', "\"\"")
        ),
    )
    .unwrap();
    // TSV fields are quoted like CSV (as pandas writes them).
    fs::write(
        dir.join("e.tsv"),
        format!("text\tid\n\"{}\"\tt1\n", art.replace('"', "\"\"")),
    )
    .unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(format!("{}\n", serde_json::json!({"id": "gz1", "text": art})).as_bytes())
        .unwrap();
    fs::write(dir.join("f.jsonl.gz"), gz.finish().unwrap()).unwrap();
    let zst = zstd::encode_all(
        format!("{}\n", serde_json::json!({"id": "zst1", "text": art})).as_bytes(),
        3,
    )
    .unwrap();
    fs::write(dir.join("g.ndjson.zst"), zst).unwrap();
    let out = tmp.path().join("out");
    extract(&[dir.to_str().unwrap()], &out).success();
    let (_, docs) = read_csv(&out.join("documents.csv"));
    let ids: Vec<&str> = docs.iter().map(|d| d["doc_id"].as_str()).collect();
    let c_jsonl = dir.join("c.jsonl").display().to_string();
    assert_eq!(
        ids,
        [
            "a.txt",
            "12",
            &format!("{c_jsonl}:2"),
            "body",
            "c1",
            "t1",
            "gz1",
            "zst1",
            "sub/b.txt"
        ]
    );
    assert!(docs.iter().all(|d| d["status"] == "ok"));
    let csv_doc = &docs[4];
    assert_eq!(
        csv_doc["source"],
        format!("{}:2", dir.join("d.csv").display())
    );
    let (_, quotes) = read_csv(&out.join("quotes.csv"));
    assert_eq!(
        quotes
            .iter()
            .filter(|q| q["quote"] == "Rates will stay low,")
            .count(),
        9
    );

    // A file named directly gets its file name as id.
    let out2 = tmp.path().join("out2");
    extract(&[dir.join("sub/b.txt").to_str().unwrap()], &out2).success();
    let (_, docs) = read_csv(&out2.join("documents.csv"));
    assert_eq!(docs[0]["doc_id"], "b.txt");
}

#[test]
fn output_inside_the_input_directory_is_never_read_back() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("corpus");
    fs::create_dir(&corpus).unwrap();
    fs::write(corpus.join("a.txt"), "\"Fine,\" said Ann Lee.\n").unwrap();
    fs::write(corpus.join("b.txt"), "\"Not so,\" said Oren Vask.\n").unwrap();
    let docs_of = |out: &Path| read_csv(&out.join("documents.csv")).1.len();
    // The run's own --out inside the corpus, run twice: the second run
    // does not read the first run's CSVs as articles.
    let out = corpus.join("out");
    for _ in 0..2 {
        extract(&[corpus.to_str().unwrap()], &out).success();
        assert_eq!(docs_of(&out), 2);
    }
    // Another --out: the earlier output (it has whosaid's manifest) is
    // still no input.
    let other = tmp.path().join("other");
    extract(&[corpus.to_str().unwrap()], &other).success();
    assert_eq!(docs_of(&other), 2);
}

#[test]
fn bad_records_are_reported_and_skipped() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("mixed.jsonl");
    let good = serde_json::json!({"id": "ok1", "text": "\"Fine,\" said Ann Lee."}).to_string();
    fs::write(
        &input,
        format!("{good}\n{{broken\n{{\"id\":\"n\",\"text\":null}}\n{{\"id\":\"m\"}}\n{{\"id\":\"x\",\"text\":3}}\n{good}\n"),
    )
    .unwrap();
    let out = tmp.path().join("out");
    let a = extract(&[input.to_str().unwrap()], &out).code(1);
    let stderr = String::from_utf8(a.get_output().stderr.clone()).unwrap();
    let p = input.display().to_string();
    for want in [
        format!("{p}:2: invalid JSON"),
        format!("{p}:3: text field `text` is null"),
        format!("{p}:4: no text field"),
        format!("{p}:5: text field `text` is not a string but a number"),
    ] {
        assert!(stderr.contains(&want), "stderr lacks {want:?}:\n{stderr}");
    }
    let (_, docs) = read_csv(&out.join("documents.csv"));
    let status: Vec<&str> = docs.iter().map(|d| d["status"].as_str()).collect();
    assert_eq!(status, ["ok", "error", "error", "error", "error", "ok"]);
    assert!(docs[1]["message"].starts_with(&format!("{p}:2: invalid JSON")));
    let manifest: serde_json::Value =
        serde_json::from_slice(&fs::read(out.join("manifest.json")).unwrap()).unwrap();
    assert_eq!(manifest["counts"]["errors"], 4);
    assert_eq!(manifest["errors"].as_array().unwrap().len(), 4);
}

#[test]
fn invalid_utf8_is_decoded_lossily_with_a_note() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("bad.txt");
    fs::write(&input, b"\"Caf\xe9 prices rose,\" said Ann Lee.").unwrap();
    let out = tmp.path().join("out");
    extract(&[input.to_str().unwrap()], &out).success();
    let (_, docs) = read_csv(&out.join("documents.csv"));
    assert_eq!(docs[0]["status"], "ok");
    assert!(
        docs[0]["message"].contains("invalid UTF-8"),
        "{}",
        docs[0]["message"]
    );
}

#[test]
fn exit_status_two_for_usage_errors() {
    let tmp = tempfile::tempdir().unwrap();
    whosaid()
        .args(["extract", "/no/such/input"])
        .assert()
        .code(2);
    whosaid()
        .args(["extract", "--shard", "5/4", "samples"])
        .assert()
        .code(2);
    whosaid().args(["frobnicate"]).assert().code(2);
    let dict = tmp.path().join("bad.tsv");
    fs::write(&dict, "name\ttype\n\tperson\nX\tbogus\n").unwrap();
    let a = whosaid()
        .args(["extract", "samples", "--dictionary", dict.to_str().unwrap()])
        .assert()
        .code(2);
    let stderr = String::from_utf8(a.get_output().stderr.clone()).unwrap();
    let d = dict.display().to_string();
    assert!(stderr.contains(&format!("{d}:2: empty name")), "{stderr}");
    assert!(
        stderr.contains(&format!("{d}:3: unknown type `bogus`")),
        "{stderr}"
    );
    assert!(!tmp.path().join("out").exists());
}

#[test]
fn closed_stdout_ends_quietly() {
    use std::process::{Command, Stdio};
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("c.jsonl");
    corpus(&input, 3000);
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("whosaid"))
        .args(["extract", input.to_str().unwrap(), "-q"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 64];
    std::io::Read::read_exact(&mut stdout, &mut first).unwrap();
    drop(stdout); // like `| head -c 64`
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "quiet: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn dictionaries_check_and_stats() {
    let tmp = tempfile::tempdir().unwrap();
    let good = tmp.path().join("good.tsv");
    fs::write(
        &good,
        "# mine\nname\ttype\tid\taliases\tparty\nAnn Lee\tperson\tP1\tA. Lee\tGreen\n",
    )
    .unwrap();
    whosaid()
        .args(["dictionaries", "check", good.to_str().unwrap()])
        .assert()
        .success()
        .stdout(predicates::str::contains("ok, 1 entries"));
    let bad = tmp.path().join("bad.tsv");
    fs::write(&bad, "name\ttype\tid\nA\tperson\tX\nB\tperson\tX\n").unwrap();
    whosaid()
        .args(["dictionaries", "check", bad.to_str().unwrap()])
        .assert()
        .code(1)
        .stderr(predicates::str::contains(format!(
            "{}:3: duplicate person id `X`",
            bad.display()
        )));
    let stats = whosaid()
        .args([
            "dictionaries",
            "stats",
            "--no-default-dictionaries",
            "--dictionary",
            good.to_str().unwrap(),
        ])
        .assert()
        .success();
    let stdout = String::from_utf8(stats.get_output().stdout.clone()).unwrap();
    assert!(stdout.contains("person\t1\n"), "{stdout}");
    assert!(stdout.contains("total\t1\n"), "{stdout}");
}

#[test]
fn added_dictionary_attributes_reach_entities_csv() {
    let tmp = tempfile::tempdir().unwrap();
    let dict = tmp.path().join("mine.tsv");
    fs::write(
        &dict,
        "name\ttype\tid\taliases\tparty\nZelda Quintero-Vasquez\tperson\tZQV\t\tIndependent\n",
    )
    .unwrap();
    let input = tmp.path().join("a.txt");
    fs::write(&input, "\"It is done,\" said Zelda Quintero-Vasquez.").unwrap();
    let out = tmp.path().join("out");
    extract(
        &[
            input.to_str().unwrap(),
            "--dictionary",
            dict.to_str().unwrap(),
        ],
        &out,
    )
    .success();
    let (_, ents) = read_csv(&out.join("entities.csv"));
    let e = ents
        .iter()
        .find(|e| e["entity_id"] == "ZQV")
        .expect("entity from the added dictionary");
    assert_eq!(e["attributes"], "party=Independent");
    assert_eq!(e["canonical"], "Zelda Quintero-Vasquez");
}
