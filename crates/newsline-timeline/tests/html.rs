//! The HTML page in a real browser: headless Chromium loads it, runs its
//! script and dumps the DOM the script drew.
//!
//! Skipped, with a message, where `/usr/bin/chromium` is not installed (a
//! fresh clone may lack it; CI installs it). Set `NEWSLINE_SCREENSHOT=1` to
//! keep the page and a screenshot of it under Cargo's target `tmp/`.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use newsline_timeline::render::Format;
use newsline_timeline::Timeline;

const CHROMIUM: &str = "/usr/bin/chromium";
/// A hung browser is killed after this, so it cannot hang the suite.
const TIMEOUT: Duration = Duration::from_secs(60);

fn timeline() -> Timeline {
    serde_json::from_str(include_str!("data/small_timeline.json"))
        .expect("tests/data/small_timeline.json is a valid timeline")
}

/// A fresh directory under Cargo's scratch space for integration tests.
fn scratch_dir(name: &str) -> PathBuf {
    let nanos = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_nanos());
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("{name}-{}-{nanos}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("create a scratch directory");
    dir
}

/// Runs headless Chromium on `url` with `mode` (`--dump-dom` or
/// `--screenshot=…`) and returns its standard output.
fn chromium(url: &str, mode: &str, scratch: &Path) -> String {
    // A fresh profile per run: Chromium locks the one it uses.
    static RUNS: AtomicUsize = AtomicUsize::new(0);
    let profile = scratch.join(format!("profile-{}", RUNS.fetch_add(1, Ordering::Relaxed)));
    let mut child = Command::new(CHROMIUM)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--window-size=1280,800",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(mode)
        .arg(url)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromium");
    // Read on a thread so that a full pipe cannot stall the browser while
    // this thread watches the clock.
    let mut stdout = child.stdout.take().expect("stdout is piped");
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        stdout.read_to_string(&mut text).map(|_| text)
    });
    let started = Instant::now();
    loop {
        if child.try_wait().expect("poll chromium").is_some() {
            break;
        }
        if started.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium did not finish within {TIMEOUT:?} on {url}");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    reader.join().expect("reader thread").expect("chromium's output is UTF-8")
}

/// One drawn `.event` element: its attributes and inner markup.
#[derive(Debug)]
struct Drawn {
    classes: String,
    id: String,
    title: String,
    inner: String,
    offset: usize,
}

/// Every element whose class list starts with `event`, in document order,
/// read from the serialised DOM (enough for markup the test's page
/// script produced).
fn drawn_events(dom: &str) -> Vec<Drawn> {
    const OPEN: &str = "<div class=\"event";
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(at) = dom.get(from..).and_then(|s| s.find(OPEN)) {
        let start = from + at;
        let rest = dom.get(start..).unwrap_or_default();
        let tag_end = tag_end(rest);
        let tag = rest.get(..tag_end).unwrap_or_default();
        // `class="event"` or `class="event disputed"`, not `class="events"`.
        let is_event =
            matches!(rest.get(OPEN.len()..).and_then(|s| s.chars().next()), Some('"' | ' '));
        if is_event {
            let inner = rest.get(tag_end + 1..).unwrap_or_default();
            let inner_end = inner.find("</div>").expect("a closed div");
            found.push(Drawn {
                classes: attribute(tag, "class"),
                id: attribute(tag, "data-id"),
                title: unescape(&attribute(tag, "title")),
                inner: inner.get(..inner_end).unwrap_or_default().to_string(),
                offset: start,
            });
        }
        from = start + tag_end;
    }
    found
}

/// Where the start tag at the beginning of `html` ends: its first `>`
/// outside a quoted attribute value.
fn tag_end(html: &str) -> usize {
    let mut quoted = false;
    for (at, c) in html.char_indices() {
        match c {
            '"' => quoted = !quoted,
            '>' if !quoted => return at,
            _ => {}
        }
    }
    panic!("an unclosed tag in the DOM");
}

/// An attribute's raw (still escaped) value in a serialised start tag.
fn attribute(tag: &str, name: &str) -> String {
    let key = format!(" {name}=\"");
    // `<div class=…`: the space before the name keeps `data-id` from
    // matching `id`.
    tag.find(&key)
        .and_then(|at| {
            let value = tag.get(at + key.len()..)?;
            value.find('"').and_then(|end| value.get(..end))
        })
        .unwrap_or_default()
        .to_string()
}

/// Undoes the escapes the DOM serialiser writes in attributes.
fn unescape(text: &str) -> String {
    text.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
}

/// The pixel width the script gave an event's bar.
fn bar_width(drawn: &Drawn) -> f64 {
    let style = attribute(&drawn.inner, "style");
    let width = style.split("width:").nth(1).expect("the bar has a width");
    width.trim().trim_end_matches(';').trim_end_matches("px").parse().expect("a width in px")
}

#[test]
fn chromium_draws_every_event_with_its_evidence() {
    if !Path::new(CHROMIUM).exists() {
        println!("skipped: chromium not installed");
        return;
    }
    let scratch = scratch_dir("html");
    let page = scratch.join("timeline.html");
    let html = timeline().render(Format::Html).expect("render the page");
    std::fs::write(&page, html).expect("write the page");
    let url = format!("file://{}", page.display());
    let dom = chromium(&url, "--dump-dom", &scratch);

    let drawn = drawn_events(&dom);
    let ids: Vec<&str> = drawn.iter().map(|d| d.id.as_str()).collect();
    // Three dated events on the axis, then the undated one in its tray.
    assert_eq!(ids, ["e1", "e2", "e3", "e4"], "drawn events in:\n{dom}");
    let tray = dom.find("class=\"tray\"").expect("the undated tray");
    assert!(drawn[2].offset < tray && tray < drawn[3].offset, "e4 is drawn in the tray");

    // Each drawn element shows its headline and carries its evidence.
    assert!(drawn[0].inner.contains("2022-03 · attack: Russia, Ukraine"));
    assert!(drawn[1].inner.contains("2022-03-10 · meeting: Sergey Lavrov, Dmytro Kuleba"));
    assert!(drawn[2].inner.contains("statement: person:unknown-spokesman"));
    assert!(drawn[0].title.contains(
        "doc-a «bombardé»: Selon Kiev, l'armée russe a bombardé la ville, \"sans relâche\", \
         depuis le début du mois."
    ));
    assert!(drawn[0].title.contains("doc-b «bombardement»: Le Kremlin dément tout bombardement"));
    assert!(drawn[1].title.contains("La rencontre d'Antalya a duré une heure et demie."));
    assert!(drawn[2].title.contains("« </script><b>tout</b> & rien »"), "{}", drawn[2].title);
    assert!(drawn[3].title.contains("Un corridor humanitaire a été ouvert pour les civils."));
    // Markup quoted in an article stays text: no element was made of it.
    assert!(!dom.contains("<b>tout</b>"));

    // The month-long attack is drawn wider than the one-day meeting, the
    // week-long statement in between.
    let (month, week, day) = (bar_width(&drawn[0]), bar_width(&drawn[2]), bar_width(&drawn[1]));
    assert!(month > week && week > day, "bars: month {month}, week {week}, day {day}");
    // The disputed, reported attack is marked so; the asserted meeting is not.
    assert_eq!(drawn[0].classes, "event not-asserted disputed");
    assert_eq!(drawn[1].classes, "event");

    // A link to an event opens with its sources in the details panel.
    let dom = chromium(&format!("{url}#e2"), "--dump-dom", &scratch);
    let details = dom.get(dom.find("id=\"details\"").expect("a details panel")..).unwrap_or("");
    assert!(details.contains("<mark>se rencontrent</mark> jeudi à Antalya."), "{details}");
    assert!(details.contains("<code>doc-b</code>"));

    if std::env::var_os("NEWSLINE_SCREENSHOT").is_some() {
        let shot = scratch.join("timeline.png");
        chromium(&format!("{url}#e1"), &format!("--screenshot={}", shot.display()), &scratch);
        println!("screenshot: {}", shot.display());
    } else {
        // Browser profiles are megabytes; keep them only when asked to.
        let _ = std::fs::remove_dir_all(&scratch);
    }
}
