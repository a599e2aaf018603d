//! The layer holds its invariants on any input.

use newsline_doc::Document;
use newsline_events::EventExtractor;
use newsline_gazetteer::Gazetteer;
use newsline_time::TimeRecognizer;
use proptest::prelude::*;

fn newsish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Lavrov ".to_string()),
        Just("Kiev ".to_string()),
        Just("les pourparlers ".to_string()),
        Just("ne ".to_string()),
        Just("pas ".to_string()),
        Just("« ".to_string()),
        Just(" »".to_string()),
        Just(", a déclaré ".to_string()),
        Just("a-t-il dit ".to_string()),
        Just("selon ".to_string()),
        Just("si ".to_string()),
        Just("jeudi ".to_string()),
        Just("le 24 février ".to_string()),
        Just("cessez-le-feu ".to_string()),
        Just("sous la médiation de ".to_string()),
        Just(". ".to_string()),
        Just("\n\n".to_string()),
        "[a-zéèàA-Z]{1,8} ",
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

fn check(text: &str) -> Result<(), TestCaseError> {
    let doc = Document::builder("p", text).build();
    let entities = Gazetteer::embedded().match_document(&doc);
    let timexes = TimeRecognizer::default().recognize(&doc);
    let events = EventExtractor::default().extract(&doc, &entities, &timexes);
    for e in &events {
        prop_assert!(e.trigger.span().is_valid_in(text));
        prop_assert_eq!(e.trigger.span().slice(text), Some(e.trigger.text.as_str()));
        prop_assert!(
            e.sentence.span().is_valid_in(text) && e.sentence.span().contains(e.trigger.span())
        );
        if let Some(d) = &e.date {
            prop_assert!(d.earliest <= d.latest);
        }
        if let Some(q) = e.quote {
            prop_assert!(q.is_valid_in(text));
        }
        prop_assert!((0.0..=1.0).contains(&e.confidence));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn no_panic_and_valid_spans(text in newsish()) {
        check(&text)?;
    }

    #[test]
    fn arbitrary_strings(text in any::<String>()) {
        check(&text)?;
    }
}
