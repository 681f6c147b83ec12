//! Arbitrary bytes as a `.txt` article through `read::read_records`:
//! binary detection, BOM removal, lossy UTF-8. Exactly one record comes
//! out, and a text article keeps every character that was valid UTF-8.
#![no_main]

use libfuzzer_sys::fuzz_target;
use whosaid::read::{self, Compression, Format, InputFile, ReadOptions, Record};

fuzz_target!(|data: &[u8]| {
    let file = InputFile {
        path: Some("a.txt".into()),
        format: Format::Text,
        compression: Compression::None,
        txt_id: "a.txt".into(),
    };
    let mut records = Vec::new();
    let reader = Box::new(std::io::Cursor::new(data.to_vec()));
    read::read_records(&file, reader, &ReadOptions::default(), &mut |r| {
        records.push(r)
    });
    assert_eq!(records.len(), 1);
    if let (Record::Article(a), Ok(s)) = (&records[0], std::str::from_utf8(data)) {
        assert_eq!(a.text, s.strip_prefix('\u{feff}').unwrap_or(s));
    }
});
