//! One JSONL line to a record (`read::json_record`), and the same bytes as
//! a whole JSONL file through `read::read_records` (line splitting, BOM,
//! lossy UTF-8). Every record must come out as an article or a bad record
//! whose message names its line.
#![no_main]

use libfuzzer_sys::fuzz_target;
use whosaid::read::{self, Compression, Format, InputFile, ReadOptions, Record};

fuzz_target!(|data: &[u8]| {
    let opts = ReadOptions::default();
    let line = String::from_utf8_lossy(data);
    if let Record::Bad { message, .. } = read::json_record(&line, "f.jsonl:1", &opts, vec![]) {
        assert!(message.starts_with("f.jsonl:1: "));
    }
    let file = InputFile {
        path: Some("f.jsonl".into()),
        format: Format::Jsonl,
        compression: Compression::None,
        txt_id: "f.jsonl".into(),
    };
    let reader = Box::new(std::io::Cursor::new(data.to_vec()));
    read::read_records(&file, reader, &opts, &mut |r| {
        if let Record::Bad {
            message, source, ..
        } = r
        {
            assert!(message.starts_with(&format!("{source}: ")));
        }
    });
});
