//! Properties over arbitrary text.

use newsline_doc::{Document, TokenKind};
use proptest::prelude::*;

use crate::link;

/// Text made of pieces that exercise the matcher (names, compounds,
/// titles, accents, apostrophes, odd spacing) and arbitrary characters.
fn texty() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Moscou".to_string()),
        Just("Kiev".to_string()),
        Just("russo-".to_string()),
        Just("ukrainiens".to_string()),
        Just("M. ".to_string()),
        Just("Sergueï Lavrov".to_string()),
        Just("le chef de la diplomatie russe".to_string()),
        Just("l’Otan".to_string()),
        Just("États‑Unis".to_string()),
        Just(", ".to_string()),
        Just(" ".to_string()),
        Just("\n\n".to_string()),
        Just("EPA/".to_string()),
        Just("Nice".to_string()),
        Just("-".to_string()),
        "[A-Za-zÀ-ÿ' .,-]{0,12}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..12).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn mentions_are_sorted_disjoint_and_inside_the_text(text in texty()) {
        let found = link(&text, Some((2022, 3)));
        let mut last = 0;
        for m in found.mentions() {
            prop_assert!(m.span.start() >= last, "overlap at {:?}", m.span);
            prop_assert!(m.span.start() < m.span.end());
            prop_assert!(m.span.end() <= text.len());
            prop_assert!(text.is_char_boundary(m.span.start()) && text.is_char_boundary(m.span.end()));
            prop_assert_eq!(Some(m.text.as_str()), m.span.slice(&text));
            last = m.span.end();
        }
        // Every mention is one of the document's entities, and back.
        for m in found.mentions() {
            prop_assert!(found.entity(&m.entity).is_some());
        }
        let total: usize = found.entities().iter().map(|e| e.mentions.len()).sum();
        prop_assert_eq!(total, found.mentions().len());
    }

    #[test]
    fn mentions_start_and_end_on_token_or_hyphen_boundaries(text in texty()) {
        let doc = Document::builder("p", text.clone()).build();
        let found = newsline_gazetteer::Gazetteer::embedded().match_document(&doc);
        let tokens = doc.tokens();
        let hyphen = |i: usize| text[..i].chars().next_back().is_some_and(|c| c == '-' || c == '\u{2011}' || c == '\u{2010}');
        let hyphen_after = |i: usize| text[i..].chars().next().is_some_and(|c| c == '-' || c == '\u{2011}' || c == '\u{2010}');
        for m in found.mentions() {
            let (s, e) = (m.span.start(), m.span.end());
            let start_ok = tokens.iter().any(|t| t.span.start() == s)
                || tokens.iter().any(|t| t.kind == TokenKind::Word && t.span.start() < s && s < t.span.end() && hyphen(s));
            let end_ok = tokens.iter().any(|t| t.span.end() == e)
                || tokens.iter().any(|t| t.kind == TokenKind::Word && t.span.start() < e && e < t.span.end() && hyphen_after(e));
            prop_assert!(start_ok && end_ok, "{:?} {:?} in {:?}", m.text, m.span, text);
        }
    }

    #[test]
    fn matching_is_deterministic(text in texty()) {
        prop_assert_eq!(link(&text, None), link(&text, None));
    }
}

#[test]
fn empty_and_odd_documents() {
    for text in [
        "", " ", "\u{feff}", "-", "M.", "EPA/", "----", "l'", "\r\n\r\n", "ÀÉÎ", "russo-", "-russo",
    ] {
        let found = link(text, None);
        assert!(found.mentions().iter().all(|m| m.span.end() <= text.len()));
    }
    // A very long document with very long words.
    let long = "Il va à Moscou. ".repeat(20_000) + &"x".repeat(100_000);
    assert_eq!(link(&long, None).mentions().len(), 20_000);
}
