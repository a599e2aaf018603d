//! Properties over arbitrary text: no panic, ordered intervals, spans on
//! char boundaries inside the text that slice to the reported text.

use newsline_doc::PartialDate;
use newsline_time::{Strategy as Resolve, TimeConfig, TimeRecognizer};
use proptest::prelude::*;

/// Text built from time words, so that the rules actually fire.
fn timey() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "le",
        "la",
        "l'",
        "ce",
        "jeudi",
        "mardi",
        "dernier",
        "prochain",
        "24",
        "1er",
        "février",
        "mars",
        "2022",
        "2014",
        "en",
        "il",
        "y",
        "a",
        "dans",
        "deux",
        "semaines",
        "semaine",
        "veille",
        "lendemain",
        "plus",
        "d'une",
        "heure",
        "et",
        "demie",
        "à",
        "15h30",
        "matin",
        "fin",
        "mi-",
        "début",
        "chaque",
        "tous",
        "les",
        "jours",
        "/",
        "10/03/2022",
        "hier",
        "aujourd'hui",
        "avant-hier",
        "March",
        "10,",
        "ago",
        "last",
        "week",
        "É",
        "’",
        "\n",
        ".",
        ",",
        "ans",
        "une",
        "ou",
        "quatre-vingt",
        "printemps",
        "été",
        "de",
        "d'ici",
    ]);
    prop::collection::vec(words, 0..30).prop_map(|w| w.join(" "))
}

fn check_all(text: &str, anchor: Option<PartialDate>, strategy: Resolve) {
    let rec = TimeRecognizer::new(TimeConfig::new().strategy(strategy));
    let found = rec.recognize_str(text, anchor);
    let mut last_end = 0;
    for t in &found {
        let s = t.span();
        assert!(s.start() < s.end() && s.end() <= text.len());
        assert!(text.is_char_boundary(s.start()) && text.is_char_boundary(s.end()));
        assert_eq!(text.get(s.start()..s.end()), Some(t.text()));
        assert!(s.start() >= last_end, "overlapping or unordered spans");
        last_end = s.end();
        if let Some(i) = t.interval() {
            assert!(i.earliest() <= i.latest());
        }
        assert_eq!(t.earliest().is_some(), t.latest().is_some());
    }
    for t in &found {
        let json = serde_json::to_string(t).expect("a timex serialises");
        let back: newsline_time::Timex = serde_json::from_str(&json).expect("and reads back");
        assert_eq!((back.span(), back.text(), back.kind()), (t.span(), t.text(), t.kind()));
        assert_eq!(
            (back.value(), back.interval(), back.weekday()),
            (t.value(), t.interval(), t.weekday())
        );
    }
    let again = rec.resolve(&found, anchor);
    assert_eq!(again, found, "re-resolving with the same anchor changes nothing");
}

fn anchor() -> impl Strategy<Value = Option<PartialDate>> {
    prop_oneof![
        Just(None),
        (1900i32..2100, 1u32..=12).prop_map(|(y, m)| PartialDate::year_month(y, m)),
        (1900i32..2100, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| PartialDate::ymd(y, m, d)),
        (1900i32..2100).prop_map(PartialDate::year),
    ]
}

fn strategy() -> impl Strategy<Value = Resolve> {
    prop::sample::select(vec![Resolve::News, Resolve::Forward, Resolve::Backward])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_text_is_safe(text in "\\PC{0,200}", a in anchor(), s in strategy()) {
        check_all(&text, a, s);
    }

    #[test]
    fn time_words_are_safe(text in timey(), a in anchor(), s in strategy()) {
        check_all(&text, a, s);
    }
}

#[test]
fn extreme_anchors_and_inputs() {
    for a in [PartialDate::ymd(1, 1, 1), PartialDate::ymd(9999, 12, 31), PartialDate::year(-50)] {
        check_all("hier, demain, il y a 999999999 ans, dans 4000000000 siècles, le 31 février, 29/02/2023", a, Resolve::News);
    }
    check_all("", None, Resolve::News);
    check_all(&"jeudi ".repeat(10_000), PartialDate::ymd(2022, 3, 10), Resolve::News);
}
