//! How many sides a meeting says it has: "un entretien bilatéral", "a
//! trilateral meeting". A bilateral talk on the margins of a three-way one
//! is its own event, however much the two share.

use newsline_doc::{TextView, ViewKind};
use newsline_events::EventMention;

/// The most sides `e` may have, when a word next to its trigger says so
/// ("entretien bilatéral", "bilateral talks", "sommet trilatéral").
pub(crate) fn most_sides(e: &EventMention) -> Option<usize> {
    let (trigger, sentence) = (e.trigger.span(), e.sentence.span());
    let from = trigger.start().checked_sub(sentence.start())?;
    let to = trigger.end().checked_sub(sentence.start())?;
    let before = e.sentence.text.get(..from)?;
    let after = e.sentence.text.get(to..)?;
    // The word right after (French) or right before (English) the trigger.
    let next = after.split_whitespace().next();
    let previous = before.split_whitespace().next_back();
    [next, previous].into_iter().flatten().find_map(sides_word)
}

/// The number of sides an adjective names.
fn sides_word(word: &str) -> Option<usize> {
    let folded = TextView::new(word, ViewKind::Folded);
    let w = folded.as_str();
    if w.starts_with("bilateral") || w.starts_with("bipartite") {
        Some(2)
    } else if w.starts_with("trilateral") || w.starts_with("tripartite") {
        Some(3)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adjectives_of_sides() {
        assert_eq!(sides_word("bilatéral"), Some(2));
        assert_eq!(sides_word("bilatérales,"), Some(2));
        assert_eq!(sides_word("Trilateral"), Some(3));
        assert_eq!(sides_word("tripartite"), Some(3));
        assert_eq!(sides_word("bilan"), None);
        assert_eq!(sides_word("latéral"), None);
    }
}
