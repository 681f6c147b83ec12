//! Helpers shared by the integration tests: run the real binary in a
//! scratch directory and read its CSV output back.

#![allow(dead_code)]

use std::collections::HashMap;
use std::path::Path;

use assert_cmd::Command;

pub fn whosaid() -> Command {
    let mut c = Command::cargo_bin("whosaid").expect("binary built");
    c.env_remove("RUST_LOG");
    c
}

/// Rows of a CSV file as maps from column name to value, plus the header.
pub fn read_csv(path: &Path) -> (Vec<String>, Vec<HashMap<String, String>>) {
    let mut r = csv::Reader::from_path(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let header: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
    let rows = r
        .records()
        .map(|rec| {
            let rec = rec.unwrap();
            header
                .iter()
                .cloned()
                .zip(rec.iter().map(String::from))
                .collect()
        })
        .collect();
    (header, rows)
}

/// The code-point slice `text[start..end]`, as Python would take it.
pub fn char_slice(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}
