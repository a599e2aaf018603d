use newsline_doc::{Document, PartialDate, Span, TextView, ViewKind};
use proptest::prelude::*;

/// Text built from the pieces that make segmentation hard, so that random
/// strings exercise the interesting paths and not only "no sentence".
fn newsish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("M.".to_string()),
        Just(" ".to_string()),
        Just("\u{a0}".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("\r\n".to_string()),
        Just("« ".to_string()),
        Just(" »".to_string()),
        Just("\"".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("l’".to_string()),
        Just("qu'".to_string()),
        Just("-".to_string()),
        Just("–".to_string()),
        Just(". ".to_string()),
        Just("...".to_string()),
        Just("…".to_string()),
        Just(" ?".to_string()),
        Just("!".to_string()),
        Just("100 000".to_string()),
        Just("3,5".to_string()),
        Just("1er".to_string()),
        Just("J.-Y.".to_string()),
        Just("U.S.".to_string()),
        Just("(".to_string()),
        Just(")".to_string()),
        Just("\u{200b}".to_string()),
        Just("\u{feff}".to_string()),
        Just("e\u{301}".to_string()),
        Just("Œ".to_string()),
        "[A-Za-zÀ-ÿ]{1,8}",
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

fn check_document(text: &str) -> Result<(), TestCaseError> {
    let doc = Document::builder("p", text).build();
    prop_assert_eq!(doc.text(), text);
    let mut prev_end = 0usize;
    for (i, s) in doc.sentences().iter().enumerate() {
        prop_assert!(s.span.is_valid_in(text), "sentence {} {:?} invalid", i, s.span);
        prop_assert!(s.span.start() >= prev_end, "sentences overlap or are out of order");
        prop_assert!(!s.span.is_empty());
        // Between two sentences there is only space.
        let gap = text.get(prev_end..s.span.start()).unwrap_or("x");
        if i > 0 {
            prop_assert!(
                gap.chars().all(newsline_doc::is_space),
                "non-space text {:?} outside sentences",
                gap
            );
        }
        prev_end = s.span.end();
        let toks = doc.sentence_tokens(s);
        prop_assert!(!toks.is_empty());
        prop_assert_eq!(toks.first().map(|t| t.span.start()), Some(s.span.start()));
        prop_assert_eq!(toks.last().map(|t| t.span.end()), Some(s.span.end()));
    }
    // All non-space text of the body is inside some sentence.
    let body = doc.span_text(doc.body());
    let first = doc.sentences().first().map_or(body.len() + doc.body().start(), |s| s.span.start());
    let before = text.get(doc.body().start()..first).unwrap_or("");
    prop_assert!(before.chars().all(newsline_doc::is_space));
    let after = text.get(prev_end.max(doc.body().start())..).unwrap_or("");
    prop_assert!(
        after.chars().all(newsline_doc::is_space),
        "text after the last sentence: {:?}",
        after
    );
    let mut prev = 0;
    let view = doc.folded();
    for t in doc.tokens() {
        // The precomputed folded span is the one the map gives.
        let (vs, ve) = view.to_view(t.span);
        prop_assert_eq!(t.folded, Span::from(vs..ve));
        prop_assert!(t.span.is_valid_in(text) && !t.span.is_empty());
        prop_assert!(t.span.start() >= prev);
        prev = t.span.end();
        let token_text = doc.token_text(t);
        prop_assert!(!token_text.chars().all(newsline_doc::is_space));
    }
    for q in doc.quotes() {
        prop_assert!(q.span.is_valid_in(text) && q.content.is_valid_in(text));
        prop_assert!(q.span.contains(q.content) || q.content.is_empty());
    }
    for p in doc.paragraphs() {
        prop_assert!(p.span.is_valid_in(text));
    }
    Ok(())
}

fn check_fold(text: &str) -> Result<(), TestCaseError> {
    for kind in [ViewKind::Folded, ViewKind::Normalized] {
        let view = TextView::new(text, kind);
        let v = view.as_str();
        // Every char boundary of the view maps to a char boundary of the
        // original, monotonically.
        let mut last = 0;
        for (i, _) in v.char_indices().chain(std::iter::once((v.len(), ' '))) {
            let span = view.to_original(i, i);
            prop_assert!(span.is_valid_in(text));
            prop_assert!(span.start() >= last);
            last = span.start();
        }
        // The whole view maps to the whole text, but for characters that
        // vanish from the view (CR of CRLF, zero-width, lone combining
        // marks) at its edges: a span never starts on one.
        let whole = view.to_original(0, v.len());
        let head = text.get(..whole.start()).unwrap_or("x");
        let tail = text.get(whole.end()..).unwrap_or("x");
        // (A CR vanishes before LF, so it is judged by the char itself.)
        let vanishes = |s: &str| {
            s.chars().all(|c| {
                c == '\r' || TextView::new(c.encode_utf8(&mut [0; 4]), kind).as_str().is_empty()
            })
        };
        prop_assert!(vanishes(head), "head {:?}", head);
        prop_assert!(vanishes(tail), "tail {:?}", tail);
        // Each original char maps to a view range whose folding it is.
        for (i, c) in text.char_indices() {
            let span = Span::from(i..i + c.len_utf8());
            let piece = view.slice_original(span);
            let expected = TextView::new(&text[i..i + c.len_utf8()], kind);
            // CR before LF folds to nothing in context but to "\n" alone.
            if c != '\r' {
                prop_assert_eq!(piece, expected.as_str(), "char {:?} at {}", c, i);
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn documents_hold_their_invariants(text in newsish()) {
        check_document(&text)?;
    }

    #[test]
    fn arbitrary_strings_never_panic(text in any::<String>()) {
        check_document(&text)?;
    }

    #[test]
    fn folded_offsets_map_back_exactly(text in newsish()) {
        check_fold(&text)?;
    }

    #[test]
    fn folded_offsets_on_arbitrary_strings(text in any::<String>()) {
        check_fold(&text)?;
    }

    #[test]
    fn partial_dates_are_ordered_and_round_trip(y in 1i32..=9999, m in 0u32..=13, d in 0u32..=32) {
        for date in [PartialDate::year(y), PartialDate::year_month(y, m), PartialDate::ymd(y, m, d)].into_iter().flatten() {
            prop_assert!(date.earliest() <= date.latest());
            let s = date.to_string();
            prop_assert_eq!(s.parse::<PartialDate>().ok(), Some(date));
        }
    }

    #[test]
    fn reading_any_text_never_panics(text in any::<String>()) {
        let _ = newsline_doc::read_text("p", &text, "p.txt");
        let _ = newsline_doc::read_record(&text, "p", "p.jsonl");
    }

    #[test]
    fn reading_any_bytes_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let _ = newsline_doc::read_text_bytes("p", &bytes, "p.txt");
        let reader = newsline_doc::read_jsonl(std::io::Cursor::new(bytes), "p.jsonl");
        for _ in reader {}
    }
}
