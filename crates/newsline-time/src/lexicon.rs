//! Word lists: months, weekdays, units, numbers and parts of the day, in
//! their folded forms (lowercase, no accents), French and English.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use chrono::Weekday;
use once_cell::sync::Lazy;

use crate::expr::{DayPart, Season, Unit};

/// The word can start an expression.
pub(crate) const TRIGGER: u8 = 1;
/// The word can continue an expression started by a function word.
pub(crate) const CONTINUES: u8 = 2;
/// A frequent function word ("le", "de", "en") that starts an expression
/// only when the next word can continue it.
pub(crate) const FUNCTION: u8 = 4;

/// Words that start a rule (besides months, weekdays, numbers, ordinals
/// and seasons, added from the functions below).
#[rustfmt::skip]
const TRIGGERS: &[&str] = &[
    "recent",
    // Centuries in Roman numerals: "XXe siècle".
    "ie", "ieme", "iie", "iieme", "iiie", "iiieme", "ive", "iveme", "ve", "veme", "vie", "vieme", "viie", "viieme", "viiie", "viiieme", "ixe", "ixeme", "xe", "xeme", "xie", "xieme", "xiie", "xiieme", "xiiie", "xiiieme", "xive", "xiveme", "xve", "xveme", "xvie", "xvieme", "xviie", "xviieme", "xviiie", "xviiieme", "xixe", "xixeme", "xxe", "xxeme", "xxie", "xxieme",
    "matinee", "soiree", "nuit", "q", "le", "la", "les", "l", "the", "ce", "cet", "cette", "ces",
    "this", "that", "aujourd", "today", "hier", "yesterday", "demain", "tomorrow", "avant",
    "apres", "tonight", "jusqu", "a", "pour", "en", "de", "desormais", "dorenavant",
    "actuellement", "maintenant", "now", "currently", "nowadays", "so", "for", "at",
    "prochainement", "recemment", "recently", "last", "next", "past", "coming", "debut", "early",
    "beginning", "start", "mi", "mid", "middle", "milieu", "fin", "late", "end", "courant",
    "veille", "lendemain", "surlendemain", "jour", "il", "dans", "in", "plus", "moins", "pres",
    "more", "less", "environ", "about", "nearly", "almost", "around", "au", "quelques",
    "plusieurs", "several", "few", "many", "an", "half", "chaque", "every", "each", "tous",
    "toutes", "quotidien", "quotidienne", "quotidiens", "quotidiennes", "daily", "hebdomadaire",
    "hebdomadaires", "weekly", "mensuel", "mensuelle", "mensuels", "mensuelles", "monthly",
    "annuel", "annuelle", "annuels", "annuelles", "annuellement", "yearly", "annually", "par",
    "per", "prochains", "prochaines", "derniers", "dernieres", "midi", "minuit", "noon",
    "midnight", "toute", "tout", "all", "noel", "christmas", "toussaint", "nouvel", "saint",
    "bihebdomadaire", "bihebdomadaires", "journellement", "quotidiennement", "premier", "premiere",
    "deuxieme", "troisieme", "quatrieme", "dernier", "derniere", "first", "third", "fourth",
    "seconde", "second", "fete",
];

/// Frequent words that start a rule only before a continuing word.
#[rustfmt::skip]
pub(crate) const FUNCTIONS: &[&str] = &[
    "le", "la", "les", "l", "the", "de", "a", "en", "un", "une", "an", "il", "in", "pour", "plus",
    "moins", "pres", "au", "at", "for", "so", "dans", "par", "per", "ce", "cet", "cette", "ces",
    "this", "that", "avant", "apres", "tout", "toute", "all", "tous", "toutes", "more", "less",
    "about", "around", "fin", "end", "start", "late", "early", "mid", "middle", "milieu", "debut",
    "beginning", "second", "seconde", "last", "next", "past", "coming", "saint", "fete", "jour",
    "premier", "premiere", "dernier", "derniere", "first", "third", "fourth", "deuxieme",
    "troisieme", "quatrieme", "half", "courant",
    // Numbers in words start an amount ("deux semaines", "à trois heures",
    // "quelques jours"), so something that continues one follows them.
    // Not "sept", also a month ("sept. 2022").
    "zero", "deux", "trois", "quatre", "cinq", "six", "huit", "neuf", "dix", "onze", "douze",
    "treize", "quatorze", "quinze", "seize", "vingt", "vingts", "trente", "quarante", "cinquante",
    "soixante", "cent", "cents", "mille", "plusieurs", "quelques",
];

/// Words that may follow a function word inside an expression, besides
/// every trigger, unit and part of the day.
#[rustfmt::skip]
const CONTINUATIONS: &[&str] = &[
    "following", "previous", "of",
    "nos", "y", "ici", "present", "instant", "moment", "heure", "avenir", "far", "least", "quart",
    "quarts", "peu", "d", "cours", "week", "weekend", "demi", "than", "semaine", "moins", "jour",
    "day", "mois", "hui", "du", "des", "lendemain", "veille", "nouvel", "sylvestre", "valentin",
    "travail", "an", "annee", "annees", "ou", "or", "et", "and", "suivant", "suivante",
    "precedent", "precedente", "passe", "passee", "trimestre", "semestre", "quarter", "half",
    "premiers", "premieres",
];

/// A fast hash for short ASCII words (FNV-1a).
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

static FLAGS: Lazy<HashMap<&'static str, u8, BuildHasherDefault<Fnv>>> = Lazy::new(|| {
    let mut m: HashMap<&'static str, u8, BuildHasherDefault<Fnv>> = HashMap::default();
    let mut add = |w: &'static str, f: u8| *m.entry(w).or_insert(0) |= f;
    for w in TRIGGERS {
        add(w, TRIGGER | CONTINUES);
    }
    for w in FUNCTIONS {
        add(w, FUNCTION);
    }
    for w in CONTINUATIONS {
        add(w, CONTINUES);
    }
    for w in ALL_WORDS {
        let mut f = 0;
        if month(w).is_some()
            || weekday(w).is_some()
            || number_word(w).is_some()
            || ordinal_word(w).is_some()
            || season(w).is_some()
        {
            f |= TRIGGER | CONTINUES;
        }
        if unit(w).is_some() || day_part(w).is_some() || matches!(*w, "seconde" | "second") {
            f |= CONTINUES;
        }
        if f != 0 {
            add(w, f);
        }
    }
    m
});

/// Every word the lexicon functions below know, for building [`FLAGS`].
#[rustfmt::skip]
const ALL_WORDS: &[&str] = &[
    "janvier", "january", "janv", "jan", "fevrier", "february", "fevr", "fev", "feb", "mars",
    "march", "mar", "avril", "april", "avr", "apr", "mai", "may", "juin", "june", "jun", "juillet",
    "july", "juil", "jul", "aout", "august", "aug", "septembre", "september", "sept", "sep",
    "octobre", "october", "oct", "novembre", "november", "nov", "decembre", "december", "dec",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lundis", "mardis",
    "mercredis", "jeudis", "vendredis", "samedis", "dimanches", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "mondays", "tuesdays", "wednesdays", "thursdays",
    "fridays", "saturdays", "sundays", "secondes", "seconds", "sec", "minute", "minutes", "min",
    "mins", "mn", "heure", "heures", "hour", "hours", "h", "jour", "jours", "journee", "journees",
    "day", "days", "semaine", "semaines", "week", "weeks", "mois", "month", "months", "trimestre",
    "trimestres", "quarter", "quarters", "an", "ans", "annee", "annees", "year", "years",
    "decennie", "decennies", "decade", "decades", "siecle", "siecles", "century", "centuries",
    "matin", "matinee", "morning", "afternoon", "soir", "soiree", "evening", "nuit", "night",
    "printemps", "spring", "ete", "summer", "automne", "autumn", "fall", "hiver", "winter", "zero",
    "un", "une", "one", "deux", "two", "trois", "three", "quatre", "four", "cinq", "five", "six",
    "seven", "huit", "eight", "neuf", "nine", "dix", "ten", "onze", "eleven", "douze", "twelve",
    "treize", "thirteen", "quatorze", "fourteen", "quinze", "fifteen", "seize", "sixteen",
    "seventeen", "eighteen", "nineteen", "vingt", "vingts", "twenty", "trente", "thirty",
    "quarante", "forty", "cinquante", "fifty", "soixante", "sixty", "seventy", "eighty", "ninety",
    "cent", "cents", "hundred", "mille", "thousand", "premier", "first", "second", "deuxieme",
    "third", "troisieme", "apres",
];

/// The words of [`FLAGS`] packed by [`pack`], with their flags, in an
/// open-addressing table: a word of the text is packed (one 16-byte read),
/// hashed (one multiplication) and compared with one slot, rarely two. The
/// scan asks for the flags of every word.
struct Table {
    /// (the packed word, its flags); the packed empty word (0) marks a free
    /// slot: no word of [`FLAGS`] is empty.
    slots: Vec<(u128, u8)>,
    /// One bit per slot, set when it is taken. The slots (a few hundred
    /// words, a quarter full, 32 bytes each) are more than the first-level
    /// cache holds, and most words of a text are in no slot: their probe
    /// meets a free slot, which this bit tells without loading it.
    taken: Vec<u64>,
    /// `64 - log2(slots.len())`: the hash keeps the product's high bits.
    shift: u32,
}

impl Table {
    #[inline]
    fn home(&self, p: u128) -> usize {
        // Words of up to eight bytes (most) are in the low half.
        let folded = (p as u64) ^ ((p >> 64) as u64).rotate_left(29);
        (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    #[inline]
    fn get(&self, p: u128) -> u8 {
        let mask = self.slots.len() - 1;
        let mut s = self.home(p);
        if self.taken.get(s / 64).is_none_or(|w| w & (1 << (s % 64)) == 0) {
            return 0;
        }
        loop {
            match self.slots.get(s) {
                Some(&(w, f)) if w == p => return f,
                Some(&(0, _)) | None => return 0,
                Some(_) => s = (s + 1) & mask,
            }
        }
    }
}

/// The longest word [`pack`] takes.
const MAX_LEN: usize = 16;

/// A word of at most 16 bytes packed into an integer, so that comparing
/// two words is one comparison instead of a `memcmp` call.
fn pack(w: &str) -> Option<u128> {
    pack_bytes(w.as_bytes())
}

/// [`pack`] of a word's bytes.
fn pack_bytes(b: &[u8]) -> Option<u128> {
    if b.len() > MAX_LEN {
        return None;
    }
    // Little-endian order, as `u128::from_le_bytes` of the zero-padded word.
    Some(b.iter().rev().fold(0u128, |acc, &c| (acc << 8) | u128::from(c)))
}

/// [`pack`] of the word `text[start..start + len]`.
///
/// Where the text has 16 bytes from `start` (for all but its last words),
/// they are read at once and the bytes past the word masked off; otherwise
/// the bytes are shifted in one by one. (Copying a slice of variable length
/// into a buffer took a `memset` and a `memcpy` call per word, and the scan
/// packs every word.)
#[inline]
fn pack_in(text: &[u8], start: usize, len: usize) -> Option<u128> {
    if len > MAX_LEN {
        return None;
    }
    // Little-endian order, as `u128::from_le_bytes` of the zero-padded word.
    if let Some(Ok(window)) = text.get(start..start + MAX_LEN).map(<[u8; MAX_LEN]>::try_from) {
        let mask = u128::MAX.checked_shr(8 * (MAX_LEN - len) as u32).unwrap_or(0);
        return Some(u128::from_le_bytes(window) & mask);
    }
    pack_bytes(text.get(start..start + len)?)
}

static TABLE: Lazy<Table> = Lazy::new(|| {
    // The words the scan can find: those [`flags_in`] looked up before it
    // had this table (two lowercase ASCII letters first, or one alone).
    let words: Vec<(u128, u8)> = FLAGS
        .iter()
        .filter(|(w, _)| prefix_key(w).is_some())
        .filter_map(|(w, f)| Some((pack(w)?, *f)))
        .collect();
    let size = (words.len() * 4).next_power_of_two().max(16);
    let mut table = Table {
        slots: vec![(0, 0); size],
        taken: vec![0; size.div_ceil(64)],
        shift: 64 - size.trailing_zeros(),
    };
    for (p, f) in words {
        let mut s = table.home(p);
        while table.slots[s].0 != 0 {
            s = (s + 1) & (size - 1);
        }
        table.slots[s] = (p, f);
        table.taken[s / 64] |= 1 << (s % 64);
    }
    table
});

fn prefix_key(w: &str) -> Option<usize> {
    prefix_key_of(w.as_bytes())
}

fn prefix_key_of(b: &[u8]) -> Option<usize> {
    let letter = |c: u8| c.is_ascii_lowercase().then(|| usize::from(c - b'a') + 1);
    let first = letter(*b.first()?)?;
    let second = match b.get(1) {
        Some(c) => letter(*c)?,
        None => 0,
    };
    (b.len() < 32).then_some(first * 27 + second)
}

/// The flags of a word: [`TRIGGER`], [`CONTINUES`], [`FUNCTION`].
#[cfg(test)]
pub(crate) fn flags(word: &str) -> u8 {
    flags_in(word, 0, word.len())
}

/// The flags of the word `text[start..end]`: [`TRIGGER`], [`CONTINUES`],
/// [`FUNCTION`]. The scan asks this of every word of a text.
#[inline]
pub(crate) fn flags_in(text: &str, start: usize, end: usize) -> u8 {
    let bytes = text.as_bytes();
    if start >= end || end > bytes.len() {
        return 0;
    }
    // A word is in the table exactly when it is one of its words, whatever
    // its bytes: no test of its letters is needed.
    let Some(p) = pack_in(bytes, start, end - start) else { return 0 };
    TABLE.get(p)
}

/// A month name or abbreviation. The second value is `true` when the word
/// is also a common non-date word ("may", "march", "mars" the planet is rare
/// enough in news to be accepted), so the grammar asks for more context.
pub(crate) fn month(word: &str) -> Option<(u32, bool)> {
    let m = match word {
        "janvier" | "january" | "janv" | "jan" => (1, false),
        "fevrier" | "february" | "fevr" | "fev" | "feb" => (2, false),
        "mars" => (3, false),
        "march" | "mar" => (3, true),
        "avril" | "april" | "avr" | "apr" => (4, false),
        "mai" => (5, false),
        "may" => (5, true),
        "juin" | "june" | "jun" => (6, false),
        "juillet" | "july" | "juil" | "jul" => (7, false),
        "aout" | "august" | "aug" => (8, false),
        "septembre" | "september" | "sept" | "sep" => (9, false),
        "octobre" | "october" | "oct" => (10, false),
        "novembre" | "november" | "nov" => (11, false),
        "decembre" | "december" | "dec" => (12, false),
        _ => return None,
    };
    Some(m)
}

/// Whether a month word is an abbreviation (which may be followed by a dot
/// and is accepted only next to a number).
pub(crate) fn is_month_abbreviation(word: &str) -> bool {
    matches!(
        word,
        "janv"
            | "jan"
            | "fevr"
            | "fev"
            | "feb"
            | "mar"
            | "avr"
            | "apr"
            | "jun"
            | "juil"
            | "jul"
            | "aug"
            | "sept"
            | "sep"
            | "oct"
            | "nov"
            | "dec"
    )
}

/// A weekday name, singular or plural ("jeudis" in "tous les jeudis").
pub(crate) fn weekday(word: &str) -> Option<Weekday> {
    let w = word.strip_suffix('s').filter(|w| w.ends_with("di")).unwrap_or(word);
    Some(match w {
        "lundi" | "monday" | "mondays" => Weekday::Mon,
        "mardi" | "tuesday" | "tuesdays" => Weekday::Tue,
        "mercredi" | "wednesday" | "wednesdays" => Weekday::Wed,
        "jeudi" | "thursday" | "thursdays" => Weekday::Thu,
        "vendredi" | "friday" | "fridays" => Weekday::Fri,
        "samedi" | "saturday" | "saturdays" => Weekday::Sat,
        "dimanche" | "dimanches" | "sunday" | "sundays" => Weekday::Sun,
        _ => return None,
    })
}

/// A unit of time, singular or plural.
pub(crate) fn unit(word: &str) -> Option<Unit> {
    Some(match word {
        // Not the singular "second(e)": "un second tour", "la seconde guerre".
        "secondes" | "seconds" | "sec" => Unit::Second,
        "minute" | "minutes" | "min" | "mins" | "mn" => Unit::Minute,
        "heure" | "heures" | "hour" | "hours" | "h" => Unit::Hour,
        "jour" | "jours" | "journee" | "journees" | "day" | "days" => Unit::Day,
        "semaine" | "semaines" | "week" | "weeks" => Unit::Week,
        "mois" | "month" | "months" => Unit::Month,
        "trimestre" | "trimestres" | "quarter" | "quarters" => Unit::Quarter,
        "an" | "ans" | "annee" | "annees" | "year" | "years" => Unit::Year,
        "decennie" | "decennies" | "decade" | "decades" => Unit::Decade,
        "siecle" | "siecles" | "century" | "centuries" => Unit::Century,
        _ => return None,
    })
}

/// A part of the day.
pub(crate) fn day_part(word: &str) -> Option<DayPart> {
    Some(match word {
        "matin" | "matinee" | "morning" => DayPart::Morning,
        // "après-midi" is three tokens, matched by the grammar.
        "afternoon" => DayPart::Afternoon,
        "soir" | "soiree" | "evening" => DayPart::Evening,
        "nuit" | "night" => DayPart::Night,
        _ => return None,
    })
}

/// A season.
pub(crate) fn season(word: &str) -> Option<Season> {
    Some(match word {
        "printemps" | "spring" => Season::Spring,
        "ete" | "summer" => Season::Summer,
        "automne" | "autumn" | "fall" => Season::Autumn,
        "hiver" | "winter" => Season::Winter,
        _ => return None,
    })
}

/// A simple number word (the pieces compound numbers are built from).
pub(crate) fn number_word(word: &str) -> Option<u32> {
    Some(match word {
        "zero" => 0,
        "un" | "une" | "one" => 1,
        "deux" | "two" => 2,
        "trois" | "three" => 3,
        "quatre" | "four" => 4,
        "cinq" | "five" => 5,
        "six" => 6,
        "sept" | "seven" => 7,
        "huit" | "eight" => 8,
        "neuf" | "nine" => 9,
        "dix" | "ten" => 10,
        "onze" | "eleven" => 11,
        "douze" | "twelve" => 12,
        "treize" | "thirteen" => 13,
        "quatorze" | "fourteen" => 14,
        "quinze" | "fifteen" => 15,
        "seize" | "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "vingt" | "vingts" | "twenty" => 20,
        "trente" | "thirty" => 30,
        "quarante" | "forty" => 40,
        "cinquante" | "fifty" => 50,
        "soixante" | "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        "cent" | "cents" | "hundred" => 100,
        "mille" | "thousand" => 1000,
        _ => return None,
    })
}

/// An ordinal word for a day of the month.
pub(crate) fn ordinal_word(word: &str) -> Option<u32> {
    Some(match word {
        "premier" | "first" => 1,
        "second" | "deuxieme" => 2,
        "third" | "troisieme" => 3,
        _ => return None,
    })
}

/// A century written in Roman numerals with an ordinal suffix ("xxe",
/// "xixeme"), as a number.
pub(crate) fn roman_century(word: &str) -> Option<u32> {
    let r = word.strip_suffix("eme").or_else(|| word.strip_suffix('e'))?;
    if r.is_empty() || r.len() > 6 {
        return None;
    }
    let mut total = 0u32;
    let mut prev = 0u32;
    for c in r.chars().rev() {
        let v = match c {
            'i' => 1,
            'v' => 5,
            'x' => 10,
            _ => return None,
        };
        if v < prev {
            total = total.checked_sub(v)?;
        } else {
            total += v;
            prev = v;
        }
    }
    (1..=21).contains(&total).then_some(total)
}

/// Ordinal suffixes written after digits: "1er", "2e", "21st".
pub(crate) fn is_ordinal_suffix(word: &str) -> bool {
    matches!(word, "er" | "re" | "e" | "eme" | "st" | "nd" | "rd" | "th")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_are_those_of_the_word_lists() {
        for (w, f) in FLAGS.iter() {
            let expected = if w.len() <= MAX_LEN && prefix_key(w).is_some() { *f } else { 0 };
            assert_eq!(flags(w), expected, "{w}");
        }
        for w in ["", "x", "dex", "demainx", "l'", "Le", "zzzzzzzzzzzzzzzzzzzz", "été"] {
            assert_eq!(flags(w), 0, "{w}");
        }
    }

    #[test]
    fn pack_is_the_zero_padded_little_endian_word() {
        for w in ["", "a", "de", "mars", "septembre", "abcdefghijklmnop"] {
            let mut buf = [0u8; 16];
            buf[..w.len()].copy_from_slice(w.as_bytes());
            assert_eq!(pack(w), Some(u128::from_le_bytes(buf)), "{w}");
        }
        assert_eq!(pack("abcdefghijklmnopq"), None);
    }

    #[test]
    fn pack_in_reads_only_the_word() {
        let text = "le 24 février, mardi prochain et la semaine derniere";
        for start in 0..text.len() {
            for end in start..=text.len().min(start + 17) {
                if let Some(word) = text.get(start..end) {
                    assert_eq!(pack_in(text.as_bytes(), start, end - start), pack(word));
                    assert_eq!(flags_in(text, start, end), flags(word), "{word:?}");
                }
            }
        }
    }

    #[test]
    fn months_both_languages() {
        assert_eq!(month("fevrier"), Some((2, false)));
        assert_eq!(month("february"), Some((2, false)));
        assert_eq!(month("may"), Some((5, true)));
        assert_eq!(month("lundi"), None);
    }

    #[test]
    fn weekdays_singular_and_plural() {
        assert_eq!(weekday("jeudi"), Some(Weekday::Thu));
        assert_eq!(weekday("jeudis"), Some(Weekday::Thu));
        assert_eq!(weekday("sundays"), Some(Weekday::Sun));
        assert_eq!(weekday("jeu"), None);
    }

    /// A tidy check: every word the lexicon functions know is in the
    /// prefilter's tables, so that no rule is silently never tried.
    #[test]
    fn every_lexicon_word_passes_the_prefilter() {
        let src = include_str!("lexicon.rs");
        let start = src.find("pub(crate) fn month(").expect("month() is defined");
        let end = src.find("pub(crate) fn is_ordinal_suffix").expect("is defined");
        let body = &src[start..end];
        let mut checked = 0;
        for line in body.lines().filter(|l| l.contains("=>")) {
            for w in line.split('"').skip(1).step_by(2) {
                let known = month(w).is_some()
                    || weekday(w).is_some()
                    || unit(w).is_some()
                    || day_part(w).is_some()
                    || season(w).is_some()
                    || number_word(w).is_some()
                    || ordinal_word(w).is_some();
                if known {
                    assert_ne!(flags(w), 0, "{w:?} is missing from the prefilter tables");
                    checked += 1;
                }
            }
        }
        assert!(checked > 150, "only {checked} words checked");
    }

    #[test]
    fn units_and_numbers() {
        assert_eq!(unit("semaines"), Some(Unit::Week));
        assert_eq!(unit("years"), Some(Unit::Year));
        assert_eq!(number_word("quinze"), Some(15));
        assert_eq!(number_word("twenty"), Some(20));
    }
}
