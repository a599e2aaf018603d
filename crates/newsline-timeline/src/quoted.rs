//! The wording a mention is quoted in: two articles quoting the same
//! words of one statement ("réduire radicalement l'activité militaire",
//! « réduire radicalement ») tell one event, whatever else they differ on.
//!
//! A quote is reduced to the pairs of consecutive long words it holds
//! (folded, five letters or more, so "de la" and "il a" never tie) that
//! hold a word of the trigger: the event told in the same words. They are
//! hashed to numbers with a fixed hash, so the timeline stays
//! deterministic.

use newsline_doc::{TextView, ViewKind};
use newsline_events::EventMention;

/// The shortest word a pair counts, in characters.
const LONG: usize = 5;

/// The hashed pairs of long words of the quote `e`'s trigger stands in,
/// sorted and deduplicated; empty when the trigger is not quoted.
pub(crate) fn pairs(e: &EventMention) -> Vec<u64> {
    let Some(q) = e.quote else { return Vec::new() };
    let (trigger, sentence) = (e.trigger.span(), e.sentence.span());
    if !q.contains(trigger) {
        return Vec::new();
    }
    // The quote within the sentence: the mention carries that text only.
    let from = q.start().max(sentence.start()) - sentence.start();
    let to = q.end().min(sentence.end()).saturating_sub(sentence.start());
    let Some(text) = e.sentence.text.get(from..to) else { return Vec::new() };
    let folded = TextView::new(text, ViewKind::Folded);
    let words = long_words(folded.as_str());
    // Only pairs with the trigger's own words: names and set phrases
    // ("Parti communiste chinois") recur in quotes of many statements.
    let trigger = TextView::new(&e.trigger.text, ViewKind::Folded);
    let own = long_words(trigger.as_str());
    let mut out: Vec<u64> = words
        .windows(2)
        .filter(|w| own.contains(&w[0]) || own.contains(&w[1]))
        .map(|w| fnv(w[0], w[1]))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The words of `folded` text of [`LONG`] characters or more.
fn long_words(folded: &str) -> Vec<&str> {
    folded.split(|c: char| !c.is_alphanumeric()).filter(|w| w.chars().count() >= LONG).collect()
}

/// FNV-1a over two words and a separator.
fn fnv(a: &str, b: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in a.bytes().chain([b' ']).chain(b.bytes()) {
        h ^= u64::from(byte);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::fnv;

    #[test]
    fn the_pair_hash_tells_word_boundaries_apart() {
        assert_ne!(fnv("reduire", "radicalement"), fnv("reduirer", "adicalement"));
        assert_eq!(fnv("reduire", "radicalement"), fnv("reduire", "radicalement"));
    }
}
