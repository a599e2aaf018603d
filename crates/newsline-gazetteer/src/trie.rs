//! An anchored prefix trie over byte strings.
//!
//! The matcher only ever asks "which forms start exactly here?", at token
//! starts. An Aho-Corasick automaton answers that too, but it also builds
//! failure transitions the anchored walk never follows: over the ~70,000
//! forms of the embedded data, aho-corasick's NFA took about 90 ms to build,
//! most of the 100 ms budget for a ready gazetteer. This trie is built in
//! one pass over the sorted forms and walked the same way.

/// A node: its edges are `edges[start..start + len]`, sorted by byte.
#[derive(Clone, Copy, Debug)]
struct Node {
    start: u32,
    len: u32,
    /// The form ending here, or `NONE`.
    pattern: u32,
}

const NONE: u32 = u32::MAX;

/// A trie of byte strings, each with a pattern id.
#[derive(Clone, Debug, Default)]
pub(crate) struct Trie {
    nodes: Vec<Node>,
    edge_bytes: Vec<u8>,
    edge_targets: Vec<u32>,
    /// The root's children by byte, for a fast first step.
    root: Vec<u32>,
    /// For each child of the root (by its byte), its children by byte: the
    /// second step is a table lookup too. Most walks end within two or
    /// three bytes, so this removes most binary searches and cache misses.
    second: Vec<u32>,
}

impl Trie {
    /// Builds the trie. `keys` must be sorted and without duplicates; key
    /// `i` gets pattern id `i`.
    pub(crate) fn from_sorted(keys: &[&[u8]]) -> Trie {
        let mut t = Trie {
            nodes: Vec::new(),
            edge_bytes: Vec::new(),
            edge_targets: Vec::new(),
            root: Vec::new(),
            second: Vec::new(),
        };
        t.nodes.push(Node { start: 0, len: 0, pattern: NONE });
        // Breadth first, so that the nodes near the root, which every walk
        // visits, sit together at the start of the array (and in cache);
        // a queue rather than recursion also bounds the stack whatever the
        // key lengths. Each entry: node, its keys `keys[a..b]`, its depth.
        let mut queue: std::collections::VecDeque<(usize, usize, usize, usize)> =
            std::collections::VecDeque::new();
        queue.push_back((0, 0, keys.len(), 0));
        while let Some((node, a, b, depth)) = queue.pop_front() {
            let mut i = a;
            if i < b && keys[i].len() == depth {
                t.nodes[node].pattern = i as u32;
                i += 1;
            }
            let start = t.edge_bytes.len();
            let mut k = i;
            while k < b {
                let byte = keys[k][depth];
                let mut j = k + 1;
                while j < b && keys[j][depth] == byte {
                    j += 1;
                }
                let child = t.nodes.len();
                t.nodes.push(Node { start: 0, len: 0, pattern: NONE });
                t.edge_bytes.push(byte);
                t.edge_targets.push(child as u32);
                queue.push_back((child, k, j, depth + 1));
                k = j;
            }
            t.nodes[node].start = start as u32;
            t.nodes[node].len = (t.edge_bytes.len() - start) as u32;
        }
        t.root = vec![NONE; 256];
        t.second = vec![NONE; 256 * 256];
        if let Some(&root) = t.nodes.first() {
            for k in root.start..root.start + root.len {
                let (b, target) = (t.edge_bytes[k as usize], t.edge_targets[k as usize]);
                t.root[b as usize] = target;
                let child = t.nodes[target as usize];
                for j in child.start..child.start + child.len {
                    let (b2, target2) = (t.edge_bytes[j as usize], t.edge_targets[j as usize]);
                    t.second[b as usize * 256 + b2 as usize] = target2;
                }
            }
        }
        t
    }

    /// Calls `found(end, pattern)` for every key that is a prefix of `hay`,
    /// shortest first (`end` is the key's length).
    #[inline]
    pub(crate) fn prefixes(&self, hay: &[u8], mut found: impl FnMut(usize, u32)) {
        let Some(&b0) = hay.first() else { return };
        let first = self.root.get(b0 as usize).copied().unwrap_or(NONE);
        let Some(n1) = self.nodes.get(first as usize) else { return };
        if n1.pattern != NONE {
            found(1, n1.pattern);
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
            let edges =
                self.edge_bytes.get(n.start as usize..(n.start + n.len) as usize).unwrap_or(&[]);
            node = match edges.binary_search(&b) {
                Ok(k) => self.edge_targets.get(n.start as usize + k).copied().unwrap_or(NONE),
                Err(_) => NONE,
            };
            depth += 1;
        }
    }

    /// Heap memory used, in bytes.
    pub(crate) fn memory_usage(&self) -> usize {
        self.nodes.len() * std::mem::size_of::<Node>()
            + self.edge_bytes.len()
            + self.edge_targets.len() * 4
            + self.root.len() * 4
            + self.second.len() * 4
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

    #[test]
    fn empty_trie_finds_nothing() {
        let t = Trie::from_sorted(&[]);
        assert_eq!(all(&t, "abc"), vec![]);
    }
}
