//! The index that finds, for a token, the few trigger entries that can
//! start at it.
//!
//! Each entry is filed under one key of at most four bytes: the first four
//! bytes of its first word, or the whole word when it is shorter (see
//! [`entry_key`]). A token looks up its own first four and first three
//! bytes, or itself when shorter than four (see [`lookup_keys`]). Keys are
//! packed into integers ([`Key`]) and kept in a small open-addressing table,
//! so that a lookup is one multiplication and, for most tokens, one probe
//! of an empty slot: no string is hashed, compared or allocated. The
//! extractor looks up every token of every document, and about half of
//! them pass a first-two-bytes test, so this is on the hot path.

/// A key of at most four bytes: the bytes little-endian in the low 32 bits
/// and the length above them, so that keys of different lengths differ
/// even where one is the other padded with zero bytes.
type Key = u64;

/// No key has bits above the length (at most 4, in bits 32..35).
const EMPTY: Key = u64::MAX;

/// Packs `bytes` (at most four of them) into a [`Key`].
#[inline]
fn pack(bytes: &[u8]) -> Key {
    let low = match *bytes {
        [] => 0,
        [a] => u64::from(a),
        [a, b] => u64::from(u16::from_le_bytes([a, b])),
        [a, b, c] => u64::from(u32::from_le_bytes([a, b, c, 0])),
        [a, b, c, d] => u64::from(u32::from_le_bytes([a, b, c, d])),
        _ => {
            debug_assert!(false, "keys are at most four bytes");
            0
        }
    };
    ((bytes.len() as u64) << 32) | low
}

/// The key a token's first three bytes make, or the whole token's when it
/// is shorter than four: the key the filter of [`TriggerIndex`] tests.
#[inline]
fn filter_key(folded: &[u8]) -> Key {
    match folded.first_chunk::<4>() {
        Some(four) => (3 << 32) | u64::from(u32::from_le_bytes(*four) & 0xFF_FFFF),
        None => pack(folded),
    }
}

/// Bits of the filter of [`TriggerIndex`]: 8,192 (one KiB, in cache).
const FILTER_BITS: u32 = 13;

/// The key an entry whose first word is `form` is filed under, if any. A form whose fourth byte falls inside a character
/// has none (`str::get` declines to cut it), and is never found: that is
/// how the lexicon has always behaved, kept as is.
pub(crate) fn entry_key(form: &str) -> Option<&str> {
    // Short words ("dit") and short stems ("ren*") alike are filed whole: a
    // token looks up its whole self when short, its first three bytes
    // otherwise, and finds them either way.
    if form.len() <= 3 {
        return Some(form);
    }
    form.get(..4)
}

/// The keys a token looks up: its first 4 bytes and its first 3 or, when it
/// is shorter than 4 bytes, itself. Keys are never longer than 4 bytes (see
/// [`entry_key`]), so a longer token needs no whole-word lookup.
///
/// Prefixes are cut at bytes, not characters: a prefix that ends inside a
/// character cannot equal a key (every key is whole characters), so cutting
/// it finds exactly what cutting at characters found.
#[inline]
fn lookup_keys(folded: &[u8]) -> ([Key; 2], usize) {
    match folded.first_chunk::<4>() {
        // One load for both: the 3-byte key is the 4-byte one masked.
        Some(four) => {
            let low = u64::from(u32::from_le_bytes(*four));
            ([(4 << 32) | low, (3 << 32) | (low & 0xFF_FFFF)], 2)
        }
        None => ([pack(folded), EMPTY], 1),
    }
}

/// The bit of a key in the filter of [`TriggerIndex`].
#[inline]
fn filter_bit(key: Key) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - FILTER_BITS)) as usize
}

/// One slot of the table: a key and its entries, `entries[start..end]`.
#[derive(Clone, Copy, Debug)]
struct Slot {
    key: Key,
    start: u32,
    end: u32,
}

const FREE: Slot = Slot { key: EMPTY, start: 0, end: 0 };

/// Entry indices by key.
#[derive(Clone, Debug)]
pub(crate) struct TriggerIndex {
    /// Linear probing; a power of two long, at most a quarter full, so a
    /// missing key usually meets an empty slot at once.
    slots: Vec<Slot>,
    /// The entry indices of every key, each key's together, in the order
    /// they were added.
    entries: Vec<u32>,
    /// A bit for the [`filter_key`] of every token that has candidates:
    /// the first three bytes of each four-byte key, and each shorter key
    /// whole. Nine tokens in ten have no candidate, and most of them leave
    /// on this bit, without probing the table.
    filter: Vec<u64>,
}

impl TriggerIndex {
    /// An index of `keys`: the key of each entry (by entry index), `None`
    /// for an entry that is never looked up.
    pub(crate) fn new<'k>(keys: impl IntoIterator<Item = Option<&'k str>>) -> TriggerIndex {
        // (key, entry), grouped by key, entries in order within a key.
        let mut filed: Vec<(Key, u32)> = keys
            .into_iter()
            .enumerate()
            .filter_map(|(e, k)| Some((pack(k?.as_bytes()), u32::try_from(e).ok()?)))
            .collect();
        filed.sort_unstable();
        let distinct = filed.windows(2).filter(|w| w[0].0 != w[1].0).count() + 1;
        let size = (distinct * 4).next_power_of_two().max(16);
        let mut index = TriggerIndex {
            slots: vec![FREE; size],
            entries: Vec::new(),
            filter: vec![0; (1 << FILTER_BITS) / 64],
        };
        for &(key, _) in &filed {
            // A four-byte key's first three bytes: `key` with its length
            // made 3 and its fourth byte dropped.
            let short = if key >> 32 == 4 { (3 << 32) | (key & 0xFF_FFFF) } else { key };
            let bit = filter_bit(short);
            index.filter[bit / 64] |= 1 << (bit % 64);
        }
        let mut i = 0;
        while i < filed.len() {
            let key = filed[i].0;
            let start = index.entries.len() as u32;
            while i < filed.len() && filed[i].0 == key {
                index.entries.push(filed[i].1);
                i += 1;
            }
            let end = index.entries.len() as u32;
            let mut s = index.home(key);
            while index.slots[s].key != EMPTY {
                s = (s + 1) & (size - 1);
            }
            index.slots[s] = Slot { key, start, end };
        }
        index
    }

    /// The slot a key's probe starts at (multiplicative hashing: the high
    /// bits of the product mix every byte of the key).
    #[inline]
    fn home(&self, key: Key) -> usize {
        let bits = self.slots.len().trailing_zeros();
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - bits)) as usize
    }

    /// The entries filed under `key`, if any.
    #[inline]
    fn get(&self, key: Key) -> Option<&[u32]> {
        let mask = self.slots.len() - 1;
        let mut s = self.home(key);
        loop {
            let slot = self.slots.get(s)?;
            if slot.key == key {
                return self.entries.get(slot.start as usize..slot.end as usize);
            }
            if slot.key == EMPTY {
                return None;
            }
            s = (s + 1) & mask;
        }
    }

    /// The entries that may start at a token of folded form `folded`, in
    /// two lists: those filed under its 4-byte key, then under its 3-byte
    /// key (or its whole form, when shorter). Each entry is filed under one
    /// key and the keys looked up are distinct, so no entry comes twice.
    #[inline]
    pub(crate) fn lookup(&self, folded: &str) -> [&[u32]; 2] {
        let bit = filter_bit(filter_key(folded.as_bytes()));
        if self.filter.get(bit / 64).is_none_or(|w| w & (1 << (bit % 64)) == 0) {
            return [&[], &[]];
        }
        let (keys, n) = lookup_keys(folded.as_bytes());
        self.entries_of(keys, n)
    }

    /// [`TriggerIndex::lookup`] of the token `view[start..end]`. Its keys
    /// come from one read of the four bytes at `start` where the view has
    /// them, the bytes past a shorter token masked off: most tokens are
    /// short ("de", "la", ","), and packing them byte by byte took a branch
    /// on their length.
    #[inline]
    pub(crate) fn lookup_in(&self, view: &str, start: usize, end: usize) -> [&[u32]; 2] {
        let Some(token) = view.get(start..end) else { return self.lookup("") };
        let Some(four) = view.as_bytes().get(start..).and_then(|v| v.first_chunk::<4>()) else {
            return self.lookup(token);
        };
        let w = u32::from_le_bytes(*four);
        let len = token.len();
        let (filter, keys, n) = if len >= 4 {
            let three = (3 << 32) | u64::from(w & 0xFF_FFFF);
            (three, [(4 << 32) | u64::from(w), three], 2)
        } else {
            // As `pack`: the token's bytes, its length above them.
            let key = ((len as u64) << 32) | u64::from(w & ((1u32 << (8 * len)) - 1));
            (key, [key, EMPTY], 1)
        };
        let bit = filter_bit(filter);
        if self.filter.get(bit / 64).is_none_or(|w| w & (1 << (bit % 64)) == 0) {
            return [&[], &[]];
        }
        self.entries_of(keys, n)
    }

    /// The entries filed under the first `n` of `keys`.
    #[inline]
    fn entries_of(&self, keys: [Key; 2], n: usize) -> [&[u32]; 2] {
        let get = |k: usize| if k < n { self.get(keys[k]).unwrap_or(&[]) } else { &[] };
        [get(0), get(1)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The string lookup this index replaced, kept to check it.
    fn string_keys(folded: &str) -> Vec<&str> {
        let four = folded.get(..4).filter(|_| folded.len() >= 4);
        let three = folded.get(..3).filter(|_| folded.len() > 3);
        let whole = (folded.len() < 4).then_some(folded);
        four.into_iter().chain(three).chain(whole).collect()
    }

    fn found(index: &TriggerIndex, folded: &str) -> Vec<usize> {
        let by_str: Vec<usize> =
            index.lookup(folded).into_iter().flatten().map(|&e| e as usize).collect();
        // The same token inside a view, with text after it or none.
        for view in [folded.to_string(), format!("{folded}, puis")] {
            let in_view: Vec<usize> = index
                .lookup_in(&view, 0, folded.len())
                .into_iter()
                .flatten()
                .map(|&e| e as usize)
                .collect();
            assert_eq!(in_view, by_str, "token {folded:?} in {view:?}");
        }
        by_str
    }

    proptest::proptest! {
        /// The packed index finds exactly the entries a map of string keys
        /// finds, in the same order, accents and all.
        #[test]
        fn same_candidates_as_string_keys(
            forms in proptest::collection::vec("(a|b|é|e|\u{301}){1,6}", 0..40),
            tokens in proptest::collection::vec("(a|b|é|e|\u{301}){0,7}", 0..20),
        ) {
            let keys: Vec<Option<&str>> =
                forms.iter().map(|f| entry_key(f)).collect();
            let index = TriggerIndex::new(keys.iter().copied());
            for t in &tokens {
                let expected: Vec<usize> = string_keys(t)
                    .into_iter()
                    .flat_map(|k| {
                        keys.iter().enumerate().filter(move |(_, x)| **x == Some(k)).map(|(e, _)| e)
                    })
                    .collect();
                proptest::prop_assert_eq!(found(&index, t), expected, "token {:?}", t);
            }
        }
    }

    #[test]
    fn short_and_long_words() {
        let forms = ["dit", "rencontr", "ren", "re", "reunion"];
        let index = TriggerIndex::new(forms.iter().map(|f| entry_key(f)));
        assert_eq!(found(&index, "rencontrent"), [1, 2]);
        assert_eq!(found(&index, "dit"), [0]);
        // A candidate only: the entry's own words then reject "dits".
        assert_eq!(found(&index, "dits"), [0]);
        assert_eq!(found(&index, "di"), Vec::<usize>::new());
        assert_eq!(found(&index, "re"), [3]);
        assert_eq!(found(&index, "reunions"), [4]);
        assert_eq!(found(&index, ""), Vec::<usize>::new());
        // "re\0" is not "re".
        assert_eq!(found(&index, "re\0"), Vec::<usize>::new());
    }
}
