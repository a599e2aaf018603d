use std::fs;
use std::path::PathBuf;

use newsline_doc::{read_path, Error};

/// A scratch folder under the target directory, fresh for each test.
fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("newsline-doc-{name}"));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap_or_default();
    dir
}

#[test]
fn a_folder_with_bad_files_loses_nothing_else() {
    let dir = scratch("mixed");
    fs::write(dir.join("a.txt"), " date 2022-03 Un texte. Deux phrases.").unwrap_or_default();
    fs::write(dir.join("b.txt"), b"Bonjour \xff\xfe monde").unwrap_or_default();
    fs::write(dir.join("c.txt"), "").unwrap_or_default();
    fs::write(dir.join("d.txt"), " date 2022-02-30 Faux.").unwrap_or_default();
    fs::create_dir_all(dir.join("sub")).unwrap_or_default();
    fs::write(
        dir.join("sub/e.jsonl"),
        "{\"id\": \"e1\", \"text\": \"Premier.\"}\n{\"id\": \"e2\", \"text\": \n{\"id\": \"e3\", \"text\": \"Troisième.\", \"date\": \"2020-07-02T10:00:00Z\"}\n",
    )
    .unwrap_or_default();
    fs::write(dir.join("sub/f.json"), "[{\"text\": \"Un.\"}, {\"id\": \"g\"}]").unwrap_or_default();
    fs::write(dir.join(".hidden.txt"), "ignored").unwrap_or_default();

    let results: Vec<Result<String, String>> =
        read_path(&dir).map(|r| r.map(|d| d.id().to_string()).map_err(|e| e.to_string())).collect();
    let oks: Vec<&str> = results.iter().filter_map(|r| r.as_deref().ok()).collect();
    // The empty file is an empty document, not an error: it has no text to
    // lose. Records without text are errors.
    assert_eq!(oks, ["a", "c", "e1", "e3", "f-1"]);
    let errs: Vec<&str> =
        results.iter().filter_map(|r| r.as_ref().err()).map(String::as_str).collect();
    assert_eq!(errs.len(), 4, "{errs:?}");
    assert!(errs[0].ends_with("b.txt:1: invalid UTF-8 at byte offset 8"), "{}", errs[0]);
    assert!(errs[1].contains("d.txt:1: malformed date at byte offset 6"), "{}", errs[1]);
    assert!(errs[2].contains("e.jsonl:2: malformed JSON record"), "{}", errs[2]);
    assert!(errs[3].contains("f.json:1: record at byte offset 0 has no text"), "{}", errs[3]);
}

#[test]
fn a_missing_path_is_one_io_error() {
    let results: Vec<_> = read_path("/nonexistent/newsline/path").collect();
    assert_eq!(results.len(), 1);
    assert!(matches!(results[0], Err(Error::Io { .. })));
}

#[test]
fn directory_order_is_sorted() {
    let dir = scratch("order");
    for name in ["b.txt", "a.txt", "c.txt"] {
        fs::write(dir.join(name), "Texte.").unwrap_or_default();
    }
    let ids: Vec<String> =
        read_path(&dir).filter_map(Result::ok).map(|d| d.id().to_string()).collect();
    assert_eq!(ids, ["a", "b", "c"]);
}

#[test]
fn corpus_reads_without_errors() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/corpus/orangesum_fr_10mb.jsonl");
    if !path.exists() {
        eprintln!("skipped: {} not found (a fresh clone has no ../shared)", path.display());
        return;
    }
    let (mut ok, mut failed, mut sentences) = (0usize, 0usize, 0usize);
    for r in read_path(&path) {
        match r {
            Ok(d) => {
                ok += 1;
                sentences += d.sentences().len();
                assert!(d.date().is_some(), "corpus records carry dates");
            }
            Err(e) => {
                failed += 1;
                eprintln!("{e}");
            }
        }
    }
    eprintln!("corpus: {ok} documents, {sentences} sentences, {failed} errors");
    assert_eq!((ok, failed), (4110, 0));
}
