//! Arbitrary bytes as a CSV file and as a TSV file through
//! `read::read_records`: header detection, quoted fields with newlines,
//! short rows, lossy UTF-8. The first byte picks the id/text field names
//! so both the found and the missing-column paths are reached.
#![no_main]

use libfuzzer_sys::fuzz_target;
use whosaid::read::{self, Compression, Format, InputFile, ReadOptions, Record};

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let opts = match pick % 3 {
        0 => ReadOptions::default(),
        1 => ReadOptions {
            id_field: "a".into(),
            ..ReadOptions::default()
        }
        .with_text_field("b"),
        _ => ReadOptions::default().with_text_field("x"),
    };
    for (format, name) in [(Format::Csv, "f.csv"), (Format::Tsv, "f.tsv")] {
        let file = InputFile {
            path: Some(name.into()),
            format,
            compression: Compression::None,
            txt_id: name.into(),
        };
        let reader = Box::new(std::io::Cursor::new(bytes.to_vec()));
        read::read_records(&file, reader, &opts, &mut |r| {
            if let Record::Bad {
                message, source, ..
            } = r
            {
                assert!(message.starts_with(&format!("{source}: ")));
            }
        });
    }
});
