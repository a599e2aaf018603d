//! English spellings of given names that French transliterates its own
//! way: a person the gazetteer does not know is named as English-language
//! sources (and the gazetteer's own canonical names) spell them, so that
//! "Oleksandre Motuzyanyk" in a French article and "Oleksandr Motuzyanyk"
//! in an English one are one name.
//!
//! Only forms that are unambiguous transliterations of Ukrainian or Russian
//! names: a French given name spelt alike ("Alexandre") is left alone.

/// French transliteration (folded: lowercase, no diacritics) → English.
const GIVEN_NAMES: &[(&str, &str)] = &[
    ("oleksandre", "Oleksandr"),
    ("oleksander", "Oleksandr"),
    ("olexandre", "Oleksandr"),
    ("volodimir", "Volodymyr"),
    ("volodymir", "Volodymyr"),
    ("oleksii", "Oleksiy"),
    ("andrii", "Andriy"),
    ("serhii", "Serhiy"),
    ("dmitri", "Dmitry"),
    ("dmitrii", "Dmitry"),
    ("alexei", "Alexei"),
    ("andrei", "Andrei"),
    ("nikolai", "Nikolai"),
    ("mikhail", "Mikhail"),
    ("iouri", "Yuri"),
    ("evgueni", "Yevgeny"),
    ("guennadi", "Gennady"),
    ("guennady", "Gennady"),
    ("vassili", "Vasily"),
    ("anatoli", "Anatoly"),
];

/// `name` with its first word in English spelling when it is a French
/// transliteration of a Ukrainian or Russian given name.
pub(super) fn english_given_name(name: &str) -> String {
    let Some((first, rest)) = name.split_once(' ') else {
        return name.to_string();
    };
    let folded = crate::lexicon::fold(first);
    match GIVEN_NAMES.iter().find(|(fr, _)| *fr == folded) {
        Some((_, en)) => format!("{en} {rest}"),
        None => name.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_transliterations_take_the_english_spelling() {
        assert_eq!(english_given_name("Oleksandre Motuzyanyk"), "Oleksandr Motuzyanyk");
        assert_eq!(english_given_name("Oleksander Chaly"), "Oleksandr Chaly");
        assert_eq!(english_given_name("Volodimir Zelensky"), "Volodymyr Zelensky");
        assert_eq!(english_given_name("Andreï Roudenko"), "Andrei Roudenko");
    }

    #[test]
    fn other_names_are_left_alone() {
        assert_eq!(english_given_name("Alexandre Fomine"), "Alexandre Fomine");
        assert_eq!(english_given_name("Jean-Yves Le Drian"), "Jean-Yves Le Drian");
        assert_eq!(english_given_name("Motuzyanyk"), "Motuzyanyk");
    }
}
