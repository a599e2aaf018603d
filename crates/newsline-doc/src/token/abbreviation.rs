//! Abbreviations a period does not end: titles and references ("M.",
//! "cf."), initials ("J.-Y."), dotted acronyms ("U.S."), and those that
//! may end a sentence ("etc.").

use crate::chars::is_hyphen;

/// Abbreviations that never end a sentence: titles and references that a
/// name or a number follows. Case-sensitive.
const TITLE_ABBREVIATIONS: &[&str] = &[
    "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Mgr", "Me", "Dr", "Drs", "Pr", "Prof", "St", "Ste",
    "Mr", "Mrs", "Ms", "Messrs", "Gen", "Gén", "Col", "Lt", "Sgt", "Capt", "Cdt", "Gov", "Sen",
    "Rep", "Rev", "Hon", "cf", "p", "pp", "av", "vol", "art", "al", "éd", "chap", "fig", "env",
    "approx", "vs", "ca", "No", "nº",
];

/// Abbreviations that may end a sentence when a capitalised word follows.
const FINAL_ABBREVIATIONS: &[&str] = &[
    "etc", "Inc", "Ltd", "Corp", "Co", "Cie", "Jr", "Sr", "janv", "févr", "avr", "juil", "sept",
    "oct", "nov", "déc", "Jan", "Feb", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
];

/// Whether an abbreviation token (with its period) may end a sentence.
pub(crate) fn abbreviation_may_end_sentence(text: &str) -> bool {
    let stem = text.strip_suffix('.').unwrap_or(text);
    FINAL_ABBREVIATIONS.contains(&stem) || is_dotted_acronym(stem)
}

pub(super) fn is_listed_abbreviation(word: &str) -> bool {
    TITLE_ABBREVIATIONS.contains(&word) || FINAL_ABBREVIATIONS.contains(&word)
}

pub(super) fn is_abbreviation(word: &str) -> bool {
    is_listed_abbreviation(word) || is_initial(word) || is_dotted_acronym(word)
}

/// `J`, `J.-Y`: one or two uppercase initials.
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => c.is_uppercase(),
        (Some(c), Some('.')) => {
            c.is_uppercase() && {
                let rest: Vec<char> = chars.collect();
                rest.len() == 2 && is_hyphen(rest[0]) && rest[1].is_uppercase()
            }
        }
        _ => false,
    }
}

/// `U.S`, `e.g`: single letters joined by periods.
fn is_dotted_acronym(word: &str) -> bool {
    let mut n = 0;
    for (k, c) in word.chars().enumerate() {
        if k % 2 == 0 {
            if !c.is_alphabetic() {
                return false;
            }
            n += 1;
        } else if c != '.' {
            return false;
        }
    }
    n >= 2 && !word.ends_with('.')
}
