//! An anchored prefix trie over byte strings.
//!
//! The matcher only ever asks "which forms start exactly here?", at token
//! starts. An Aho-Corasick automaton answers that too, but it also builds
//! failure transitions the anchored walk never follows: over the ~70,000
//! forms of the embedded data, aho-corasick's NFA took about 90 ms to build,
//! most of the 100 ms budget for a ready gazetteer. This trie is built in
//! one pass over the sorted forms and walked the same way.

/// A node: its edges are `edges[start..start + len]`, sorted by byte.
///
/// The nodes are numbered depth first (pre-order), so a node's first
/// child, the one on its smallest byte `first`, is always the next node:
/// a step along it, which is most steps (most deep nodes have one child),
/// reads only the node itself, and the next node sits beside it.
#[derive(Clone, Copy, Debug)]
struct Node {
    start: u32,
    /// The form ending here, or `NONE`.
    pattern: u32,
    /// At most 256: one edge per byte.
    len: u16,
    /// The byte of the first edge (meaningless when `len` is 0).
    first: u8,
}

const NONE: u32 = u32::MAX;

/// A trie of byte strings, each with a pattern id.
#[derive(Clone, Debug, Default)]
pub(crate) struct Trie {
    nodes: Vec<Node>,
    edge_bytes: Vec<u8>,
    edge_targets: Vec<u32>,
    /// The pattern of each one-byte key, by byte (`NONE` if none): the
    /// first step needs no node.
    first_patterns: Vec<u32>,
    /// For each child of the root (by its byte), its children by byte: the
    /// second step is a table lookup too. Most walks end within two or
    /// three bytes, so this removes most binary searches and cache misses.
    second: Vec<u32>,
    /// Which two-byte strings are keys, one bit each (65,536 bits).
    two_byte_keys: Vec<u64>,
    /// The first three bytes of every longer key, hashed to one bit of a
    /// table of `1 << three_bits` bits. A text whose first three bytes have
    /// no bit, and whose first two are no key, starts no key longer than one
    /// byte: most walks end there, on two small tables that stay in cache,
    /// before the `second` table and the nodes (see [`Trie::prefixes`]).
    three_byte_prefixes: Vec<u64>,
    three_bits: u32,
    /// The first word run of every key (see [`word_run`]), hashed to one
    /// bit of a table of `1 << run_bits` bits. The three-byte filter passes
    /// "le " and "pre" (there are keys "le caire" and "prefecture"), but
    /// few keys begin with the whole word "le president": most walks that
    /// pass it end here (see [`Trie::prefixes_of_run`]).
    first_runs: Vec<u64>,
    run_bits: u32,
}

impl Trie {
    /// Builds the trie. `keys` must be sorted and without duplicates; key
    /// `i` gets pattern id `i`.
    pub(crate) fn from_sorted(keys: &[&[u8]]) -> Trie {
        // One node per distinct prefix: the root, then for each key the
        // bytes past its common prefix with the key before it. Sized once,
        // the arrays do not regrow (which kept old and new copies at once).
        let mut count = 1usize;
        let mut prev: &[u8] = &[];
        for key in keys {
            let common = prev.iter().zip(key.iter()).take_while(|(a, b)| a == b).count();
            count += key.len() - common;
            prev = key;
        }
        let mut t = Trie {
            nodes: Vec::with_capacity(count),
            edge_bytes: Vec::with_capacity(count),
            edge_targets: Vec::with_capacity(count),
            first_patterns: Vec::new(),
            second: Vec::new(),
            two_byte_keys: Vec::new(),
            three_byte_prefixes: Vec::new(),
            three_bits: 0,
            first_runs: Vec::new(),
            run_bits: 0,
        };
        // Depth first (pre-order), with an explicit stack that bounds the
        // native stack whatever the key lengths. Each node's edges are
        // written when it is visited, so a node, its edges and its first
        // child sit together. Most deep nodes have a single child, and a
        // walk along a long form ("president de la republique") then reads
        // consecutive memory; breadth first, each level of it was a far
        // node and a cache miss. The first two levels, scattered this way,
        // are few, hot, and mostly skipped by the `root` and `second`
        // tables below.
        //
        // Each entry: the edge that leads to the node (its target is set
        // once the node has its id; `None` for the root), its keys
        // `keys[a..b]`, its depth.
        let mut stack: Vec<(Option<usize>, usize, usize, usize)> = vec![(None, 0, keys.len(), 0)];
        let mut children: Vec<(usize, usize, usize)> = Vec::new();
        while let Some((edge, a, b, depth)) = stack.pop() {
            let node = t.nodes.len();
            if let Some(slot) = edge.and_then(|e| t.edge_targets.get_mut(e)) {
                *slot = node as u32;
            }
            let mut i = a;
            let mut pattern = NONE;
            if i < b && keys[i].len() == depth {
                pattern = i as u32;
                i += 1;
            }
            let start = t.edge_bytes.len();
            children.clear();
            let mut k = i;
            while k < b {
                let byte = keys[k][depth];
                let mut j = k + 1;
                while j < b && keys[j][depth] == byte {
                    j += 1;
                }
                children.push((t.edge_bytes.len(), k, j));
                t.edge_bytes.push(byte);
                t.edge_targets.push(NONE);
                k = j;
            }
            let len = t.edge_bytes.len() - start;
            let first = t.edge_bytes.get(start).copied().unwrap_or(0);
            t.nodes.push(Node { start: start as u32, pattern, len: len as u16, first });
            // Reversed, so that the children are visited in byte order.
            for &(e, k, j) in children.iter().rev() {
                stack.push((Some(e), k, j, depth + 1));
            }
        }
        t.prefix_filters(keys);
        t.first_patterns = vec![NONE; 256];
        t.second = vec![NONE; 256 * 256];
        if let Some(&root) = t.nodes.first() {
            for k in root.start..root.start + u32::from(root.len) {
                let (b, target) = (t.edge_bytes[k as usize], t.edge_targets[k as usize]);
                let child = t.nodes[target as usize];
                t.first_patterns[b as usize] = child.pattern;
                for j in child.start..child.start + u32::from(child.len) {
                    let (b2, target2) = (t.edge_bytes[j as usize], t.edge_targets[j as usize]);
                    t.second[b as usize * 256 + b2 as usize] = target2;
                }
            }
        }
        t
    }

    /// Fills the tables of two-byte keys and three-byte prefixes.
    fn prefix_filters(&mut self, keys: &[&[u8]]) {
        // Sorted keys: each distinct three-byte prefix is counted once.
        let mut distinct = 0usize;
        let mut prev: Option<&[u8]> = None;
        for k in keys.iter().filter_map(|k| k.get(..3)) {
            if prev != Some(k) {
                distinct += 1;
                prev = Some(k);
            }
        }
        // About sixteen bits per prefix, so that a text's prefix hits a
        // stray bit about one time in sixteen; at least a small table.
        self.three_bits = (distinct * 16).next_power_of_two().trailing_zeros().clamp(12, 22);
        self.three_byte_prefixes = vec![0; (1 << self.three_bits) / 64];
        self.two_byte_keys = vec![0; 65_536 / 64];
        for k in keys {
            match **k {
                [b0, b1] => set_bit(&mut self.two_byte_keys, two_byte_index(b0, b1)),
                [b0, b1, b2, ..] => {
                    let bit = three_byte_index(b0, b1, b2, self.three_bits);
                    set_bit(&mut self.three_byte_prefixes, bit);
                }
                _ => {}
            }
        }
        // Sorted keys: keys sharing a first run are mostly neighbours, and
        // counting changes between neighbours bounds the distinct runs.
        let runs = keys.windows(2).filter(|w| word_run(w[0]) != word_run(w[1])).count() + 1;
        self.run_bits = (runs * 16).next_power_of_two().trailing_zeros().clamp(12, 22);
        self.first_runs = vec![0; (1 << self.run_bits) / 64];
        for k in keys {
            let bit = run_index(run_hash(k).1, self.run_bits);
            set_bit(&mut self.first_runs, bit);
        }
    }

    /// Calls `found(end, pattern)` for every key that is a prefix of `hay`,
    /// shortest first (`end` is the key's length).
    #[cfg(test)]
    pub(crate) fn prefixes(&self, hay: &[u8], found: impl FnMut(usize, u32)) {
        self.prefixes_of_run(hay, 0, found);
    }

    /// Like [`Trie::prefixes`], except that when `hay`'s first word run
    /// (see [`word_run`]) is at most `run_limit` bytes long, the keys whose
    /// first word run is not that one may be left out. The matcher passes
    /// the length of the token: no key ending inside the run can then end
    /// on a token boundary, and a key that runs past it has the same run.
    #[inline]
    pub(crate) fn prefixes_of_run(
        &self,
        hay: &[u8],
        run_limit: usize,
        mut found: impl FnMut(usize, u32),
    ) {
        let Some(&b0) = hay.first() else { return };
        let first = self.first_patterns.get(b0 as usize).copied().unwrap_or(NONE);
        if first != NONE {
            found(1, first);
        }
        if !self.longer_may_start(hay) || !self.run_may_start(hay, run_limit) {
            return;
        }
        let Some(&b1) = hay.get(1) else { return };
        let mut node = self.second.get(b0 as usize * 256 + b1 as usize).copied().unwrap_or(NONE);
        let mut depth = 2;
        while node != NONE {
            let Some(n) = self.nodes.get(node as usize) else { return };
            if n.pattern != NONE {
                found(depth, n.pattern);
            }
            let Some(&b) = hay.get(depth) else { return };
            node = if n.len == 0 || b < n.first {
                NONE
            } else if b == n.first {
                // The first child is the next node (see `Node`).
                node + 1
            } else {
                let (start, end) = (n.start as usize, n.start as usize + usize::from(n.len));
                let edges = self.edge_bytes.get(start + 1..end).unwrap_or(&[]);
                match edges.binary_search(&b) {
                    Ok(k) => self.edge_targets.get(start + 1 + k).copied().unwrap_or(NONE),
                    Err(_) => NONE,
                }
            };
            depth += 1;
        }
    }

    /// Whether some key may be a prefix of `hay`: `false` only when
    /// [`Trie::prefixes`] finds none. It reads two small tables.
    #[cfg(test)]
    pub(crate) fn may_start(&self, hay: &[u8]) -> bool {
        let Some(&b0) = hay.first() else { return false };
        self.first_patterns.get(b0 as usize).is_some_and(|&p| p != NONE)
            || self.longer_may_start(hay)
    }

    /// [`Trie::may_start`] with the run filter of [`Trie::prefixes_of_run`]:
    /// `false` only when that walk, with this `run_limit`, finds no key.
    /// Most token starts that pass the first tables are common words that
    /// begin no key ("dans", "pour"); the run turns them away before the
    /// matcher's call.
    #[inline]
    pub(crate) fn may_start_run(&self, hay: &[u8], run_limit: usize) -> bool {
        let Some(&b0) = hay.first() else { return false };
        self.first_patterns.get(b0 as usize).is_some_and(|&p| p != NONE)
            || self.longer_may_start(hay) && self.run_may_start(hay, run_limit)
    }

    /// Whether a key of two bytes or more that shares `hay`'s first word
    /// run may be a prefix of it, when that run is at most `run_limit`
    /// bytes long (see [`Trie::prefixes_of_run`]); `true` otherwise. Tested
    /// after the tables of [`Trie::longer_may_start`], which most texts
    /// stop at: hashing the run costs more than they do.
    #[inline]
    fn run_may_start(&self, hay: &[u8], run_limit: usize) -> bool {
        if hay.len() < 2 {
            return true;
        }
        let (len, hash) = run_hash(hay);
        len > run_limit || bit(&self.first_runs, run_index(hash, self.run_bits))
    }

    /// Whether a key of two bytes or more may be a prefix of `hay`.
    #[inline]
    fn longer_may_start(&self, hay: &[u8]) -> bool {
        let (Some(&b0), Some(&b1)) = (hay.first(), hay.get(1)) else { return false };
        match hay.get(2) {
            // No two-byte key here and no longer key with these first three
            // bytes: no other prefix of `hay` is a key.
            Some(&b2) => {
                bit(&self.two_byte_keys, two_byte_index(b0, b1))
                    || bit(&self.three_byte_prefixes, three_byte_index(b0, b1, b2, self.three_bits))
            }
            None => true,
        }
    }

    /// Heap memory used, in bytes.
    pub(crate) fn memory_usage(&self) -> usize {
        self.nodes.len() * std::mem::size_of::<Node>()
            + self.edge_bytes.len()
            + self.edge_targets.len() * 4
            + self.first_patterns.len() * 4
            + self.second.len() * 4
            + (self.two_byte_keys.len() + self.three_byte_prefixes.len() + self.first_runs.len())
                * 8
    }
}

/// Whether a byte belongs to a word: an ASCII letter or digit, or a byte
/// of a non-ASCII char (the view is folded: those are mostly letters of
/// other scripts).
#[inline]
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

/// The first word run of `bytes`: its leading word bytes (see
/// [`is_word_byte`]), "le" in "le caire", "l" in "l'ukraine", all of
/// "moscou"; empty when it starts with another byte.
#[inline]
fn word_run(bytes: &[u8]) -> &[u8] {
    let n = bytes.iter().position(|&b| !is_word_byte(b)).unwrap_or(bytes.len());
    bytes.get(..n).unwrap_or(bytes)
}

/// The length of the first word run of `bytes` (see [`word_run`]) and its
/// hash, read eight bytes at a time: every token start that passes the
/// first tables of the trie asks, and a byte loop over the run, then a
/// multiplication per byte, was most of the matcher's work there. The
/// hash mixes the run's little-endian 8-byte words, the last one padded
/// with zeros, then its length (FxHash-style: runs are a few bytes long,
/// one or two multiplications).
#[inline]
fn run_hash(bytes: &[u8]) -> (usize, u64) {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut h = 0u64;
    let mut i = 0;
    loop {
        let (w, n) = match bytes.get(i..).and_then(|b| b.first_chunk::<8>()) {
            Some(chunk) => {
                let w = u64::from_le_bytes(*chunk);
                (w, (non_word_bytes(w).trailing_zeros() / 8) as usize)
            }
            None => {
                // Fewer than eight bytes left: gathered one by one.
                let rest = bytes.get(i..).unwrap_or(&[]);
                let n = rest.iter().position(|&b| !is_word_byte(b)).unwrap_or(rest.len());
                let mut buf = [0u8; 8];
                if let (Some(to), Some(from)) = (buf.get_mut(..n), rest.get(..n)) {
                    to.copy_from_slice(from);
                }
                (u64::from_le_bytes(buf), n.min(7))
            }
        };
        if n > 0 {
            let w = if n >= 8 { w } else { w & ((1u64 << (8 * n)) - 1) };
            h = (h.rotate_left(5) ^ w).wrapping_mul(K);
        }
        i += n;
        if n < 8 {
            return (i, (h ^ i as u64).wrapping_mul(K));
        }
    }
}

/// The high bit of each byte of `w` that is no word byte (see
/// [`is_word_byte`]), the others clear. Per byte, without carries between
/// bytes: with `x` the byte's low seven bits, the high bit of `x + 0x50`
/// says `x >= '0'`, of `x + 0x46` that `x > '9'`; with `y = x | 0x20`
/// (case folded), of `y + 0x1F` that `y >= 'a'`, of `y + 0x05` that
/// `y > 'z'`.
#[inline]
fn non_word_bytes(w: u64) -> u64 {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let x = w & !HI;
    let y = x | (0x20 * LO);
    let digit = (x + 0x50 * LO) & !(x + 0x46 * LO);
    let letter = (y + 0x1F * LO) & !(y + 0x05 * LO);
    !(w | digit | letter) & HI
}

/// The bit of a word run's hash ([`run_hash`]) in a table of `1 << bits`
/// bits.
#[inline]
fn run_index(hash: u64, bits: u32) -> usize {
    (hash >> (64 - bits)) as usize
}

/// The bit of a two-byte string in [`Trie::two_byte_keys`].
#[inline]
fn two_byte_index(b0: u8, b1: u8) -> usize {
    usize::from(b0) << 8 | usize::from(b1)
}

/// The bit of a three-byte prefix in a table of `1 << bits` bits
/// (multiplicative hashing: the high bits of the product mix all three).
#[inline]
fn three_byte_index(b0: u8, b1: u8, b2: u8, bits: u32) -> usize {
    let x = u32::from(b0) << 16 | u32::from(b1) << 8 | u32::from(b2);
    (x.wrapping_mul(0x9E37_79B1) >> (32 - bits)) as usize
}

#[inline]
fn bit(table: &[u64], i: usize) -> bool {
    table.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
}

fn set_bit(table: &mut [u64], i: usize) {
    if let Some(w) = table.get_mut(i / 64) {
        *w |= 1 << (i % 64);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(t: &Trie, hay: &str) -> Vec<(usize, u32)> {
        let mut v = Vec::new();
        t.prefixes(hay.as_bytes(), |e, p| v.push((e, p)));
        v
    }

    #[test]
    fn finds_every_prefix_key() {
        let keys: Vec<&[u8]> = vec![b"ki", b"kiev", b"kievan", b"moscou", b"mosc"];
        let mut sorted = keys.clone();
        sorted.sort();
        let t = Trie::from_sorted(&sorted);
        let id = |k: &[u8]| sorted.iter().position(|x| *x == k).unwrap_or(usize::MAX) as u32;
        assert_eq!(all(&t, "kiev et"), vec![(2, id(b"ki")), (4, id(b"kiev"))]);
        assert_eq!(all(&t, "moscou"), vec![(4, id(b"mosc")), (6, id(b"moscou"))]);
        assert_eq!(all(&t, "paris"), vec![]);
        assert_eq!(all(&t, ""), vec![]);
        assert_eq!(all(&t, "k"), vec![]);
    }

    proptest::proptest! {
        /// The walk finds exactly the keys that are prefixes of the text,
        /// shortest first.
        #[test]
        fn finds_exactly_the_prefix_keys(
            keys in proptest::collection::btree_set("[abc]{1,7}", 0..40),
            hay in "[abc]{0,9}",
        ) {
            let sorted: Vec<&[u8]> = keys.iter().map(|k| k.as_bytes()).collect();
            let t = Trie::from_sorted(&sorted);
            let expected: Vec<(usize, u32)> = sorted
                .iter()
                .enumerate()
                .filter(|(_, k)| hay.as_bytes().starts_with(k))
                .map(|(i, k)| (k.len(), i as u32))
                .collect();
            proptest::prop_assert_eq!(all(&t, &hay), expected);
        }
    }

    proptest::proptest! {
        /// `may_start` turns away only texts that no key is a prefix of.
        #[test]
        fn may_start_drops_no_prefix(
            keys in proptest::collection::btree_set("[abc]{1,5}", 0..40),
            hay in "[abcd]{0,7}",
        ) {
            let sorted: Vec<&[u8]> = keys.iter().map(|k| k.as_bytes()).collect();
            let t = Trie::from_sorted(&sorted);
            if !t.may_start(hay.as_bytes()) {
                proptest::prop_assert!(all(&t, &hay).is_empty());
            }
        }
    }

    proptest::proptest! {
        /// `may_start_run` turns away only texts that the walk with the
        /// same run limit finds no key in.
        #[test]
        fn may_start_run_drops_no_prefix(
            keys in proptest::collection::btree_set("[ab -]{1,7}", 0..40),
            hay in "[ab -]{0,9}",
            limit in 0usize..10,
        ) {
            let sorted: Vec<&[u8]> = keys.iter().map(|k| k.as_bytes()).collect();
            let t = Trie::from_sorted(&sorted);
            if !t.may_start_run(hay.as_bytes(), limit) {
                let mut got = Vec::new();
                t.prefixes_of_run(hay.as_bytes(), limit, |e, p| got.push((e, p)));
                proptest::prop_assert!(got.is_empty());
            }
        }
    }

    proptest::proptest! {
        /// With a run limit, the walk still finds every key that shares the
        /// text's first word run, and only keys that are prefixes of it.
        #[test]
        fn run_filter_keeps_the_keys_of_the_same_run(
            keys in proptest::collection::btree_set("[ab -]{1,7}", 0..40),
            hay in "[ab -]{0,9}",
            limit in 0usize..10,
        ) {
            let sorted: Vec<&[u8]> = keys.iter().map(|k| k.as_bytes()).collect();
            let t = Trie::from_sorted(&sorted);
            let mut got = Vec::new();
            t.prefixes_of_run(hay.as_bytes(), limit, |e, p| got.push((e, p)));
            let all = all(&t, &hay);
            let run = word_run(hay.as_bytes());
            for &(e, p) in &all {
                let same_run = word_run(sorted[p as usize]) == run;
                if same_run || run.len() > limit {
                    proptest::prop_assert!(got.contains(&(e, p)), "missing {:?}", sorted[p as usize]);
                }
            }
            proptest::prop_assert!(got.iter().all(|x| all.contains(x)));
        }
    }

    proptest::proptest! {
        /// The eight-byte reading finds the run `word_run` finds, and hashes
        /// equal runs alike whatever follows them.
        #[test]
        fn run_hash_reads_the_word_run(
            run in "([a-zA-Z0-9]|é|ж){0,20}",
            after in "([ '.,:@\\[`{/-]|\u{7f}|\u{0})([a-z]{0,9})",
        ) {
            let hay = format!("{run}{after}");
            let (len, hash) = run_hash(hay.as_bytes());
            proptest::prop_assert_eq!(len, word_run(hay.as_bytes()).len());
            proptest::prop_assert_eq!(len, run.len());
            proptest::prop_assert_eq!(hash, run_hash(run.as_bytes()).1);
        }
    }

    #[test]
    fn non_word_bytes_by_value() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut bytes = [b'q'; 8];
                bytes[at] = b;
                let expected = if is_word_byte(b) { 0 } else { 0x80u64 << (8 * at) };
                assert_eq!(non_word_bytes(u64::from_le_bytes(bytes)), expected, "byte {b} at {at}");
            }
        }
    }

    #[test]
    fn word_runs() {
        assert_eq!(word_run(b"le caire"), b"le");
        assert_eq!(word_run(b"l'ukraine"), b"l");
        assert_eq!(word_run("sa\u{f5}o paulo".as_bytes()), "sa\u{f5}o".as_bytes());
        assert_eq!(word_run(b"-x"), b"");
    }

    #[test]
    fn empty_trie_finds_nothing() {
        let t = Trie::from_sorted(&[]);
        assert_eq!(all(&t, "abc"), vec![]);
    }
}
