use std::fs;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn newsline() -> Command {
    Command::new(env!("CARGO_BIN_EXE_newsline"))
}

fn seeds() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds")
}

fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("newsline-cli-{name}"));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap_or_default();
    dir
}

fn run_with_stdin(cmd: &mut Command, input: &str) -> Output {
    let mut child =
        match cmd.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn() {
            Ok(c) => c,
            Err(e) => panic!("cannot start newsline: {e}"),
        };
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(input.as_bytes());
    }
    match child.wait_with_output() {
        Ok(o) => o,
        Err(e) => panic!("newsline did not finish: {e}"),
    }
}

fn output(cmd: &mut Command) -> Output {
    match cmd.output() {
        Ok(o) => o,
        Err(e) => panic!("cannot run newsline: {e}"),
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn segments_the_seeds() {
    let out = output(newsline().arg("segment").arg(seeds()));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert_eq!(stdout.matches("\n# ").count() + usize::from(stdout.starts_with("# ")), 5);
    assert!(stdout.contains("# 001_c9d236ec550ff166 (2022-03, fr, 7 sentences"));
    assert!(stdout.contains("   4  Mais peut-on vraiment croire à ce dialogue ?"));
}

#[test]
fn jsonl_spans_slice_to_their_text() {
    let out = output(newsline().args(["segment", "--format", "jsonl"]).arg(seeds()));
    assert_eq!(out.status.code(), Some(0));
    let stdout = text(&out.stdout);
    let mut docs = 0;
    for line in stdout.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap_or_default();
        assert_eq!(v["schema"], "newsline.segment/1");
        let id = v["id"].as_str().unwrap_or("");
        let raw = fs::read_to_string(seeds().join(format!("{id}.txt"))).unwrap_or_default();
        for key in ["paragraphs", "sentences", "tokens", "quotes"] {
            for item in v[key].as_array().into_iter().flatten() {
                let (s, e) = (
                    item["start"].as_u64().unwrap_or(0) as usize,
                    item["end"].as_u64().unwrap_or(0) as usize,
                );
                assert_eq!(raw.get(s..e), item["text"].as_str(), "{id} {key} {s}..{e}");
            }
        }
        docs += 1;
    }
    assert_eq!(docs, 5);
}

#[test]
fn reads_jsonl_from_stdin_and_reports_bad_lines() {
    let input = "{\"id\": \"a\", \"text\": \"Un. Deux.\", \"date\": \"2022-03-10\"}\n{broken\n{\"id\": \"c\", \"text\": \"Trois.\"}\n";
    let out = run_with_stdin(newsline().args(["segment", "--format", "jsonl", "-"]), input);
    assert_eq!(out.status.code(), Some(1), "some documents failed");
    let stdout = text(&out.stdout);
    assert_eq!(stdout.lines().count(), 2);
    let stderr = text(&out.stderr);
    // Line 2 starts at byte 55; the parser stops at its second byte, "b".
    assert!(
        stderr.contains("newsline: skipped: <stdin>:2: malformed JSON record at byte offset 56"),
        "{stderr}"
    );
    assert!(stderr.contains("2 documents read, 1 failed"), "{stderr}");
}

#[test]
fn a_folder_with_bad_files() {
    let dir = scratch("bad");
    fs::write(dir.join("good.txt"), " date 2022-03 Bon texte.").unwrap_or_default();
    fs::write(dir.join("latin1.txt"), b"caf\xe9 cr\xe8me").unwrap_or_default();
    fs::write(dir.join("empty.txt"), "").unwrap_or_default();
    fs::write(dir.join("lines.jsonl"), "{\"text\": \"Un.\"}\n{\"text\": 3}\n").unwrap_or_default();
    let out = output(newsline().arg("segment").arg(&dir));
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("latin1.txt:1: invalid UTF-8 at byte offset 3"), "{stderr}");
    assert!(stderr.contains("lines.jsonl:2: malformed JSON record"), "{stderr}");
    assert!(stderr.contains("3 documents read, 2 failed"), "{stderr}");
    assert!(!stderr.contains("panicked"));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("# good (2022-03"));
    assert!(stdout.contains("# empty (undated, und, 0 sentences"));
    assert!(stdout.contains("# lines-1 (undated"));
}

#[test]
fn strict_stops_at_the_first_error() {
    let dir = scratch("strict");
    fs::write(dir.join("a.txt"), b"\xff").unwrap_or_default();
    fs::write(dir.join("b.txt"), "Texte.").unwrap_or_default();
    let out = output(newsline().args(["segment", "--strict"]).arg(&dir));
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stdout).is_empty());
    assert!(text(&out.stderr).contains("stopped at the first error"));
}

#[test]
fn forced_date_and_output_file() {
    let dir = scratch("date");
    let target = dir.join("out.jsonl");
    let out = output(
        newsline()
            .args(["segment", "--format", "jsonl", "--date", "2022-03-29", "-o"])
            .arg(&target)
            .arg(seeds().join("000_8cae8ead6bb3b4bf.txt")),
    );
    assert_eq!(out.status.code(), Some(0));
    let written = fs::read_to_string(&target).unwrap_or_default();
    let v: serde_json::Value = serde_json::from_str(written.trim()).unwrap_or_default();
    assert_eq!(v["date"]["value"], "2022-03-29");
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(output(newsline().arg("segment")).status.code(), Some(2));
    assert_eq!(
        output(newsline().args(["segment", "--date", "2022-13", "x"])).status.code(),
        Some(2)
    );
    assert_eq!(output(newsline().arg("frobnicate")).status.code(), Some(2));
    let help = output(newsline().arg("--help"));
    assert_eq!(help.status.code(), Some(0));
    assert!(text(&help.stdout).contains("segment"));
}

#[test]
fn a_missing_path_is_reported() {
    let out = output(newsline().args(["segment", "/nonexistent/newsline"]));
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("/nonexistent/newsline: cannot read"));
}
