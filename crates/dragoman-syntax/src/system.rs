//! The arc-hybrid transition system (Kuhlmann et al. 2011) with the root at
//! the bottom of the stack: SHIFT moves the first buffer token onto the
//! stack, LEFT makes the stack top a dependent of the first buffer token,
//! RIGHT makes it a dependent of the token below it. RIGHT onto the root is
//! allowed only when the buffer is empty, so every parse is a tree with
//! exactly one root.

/// An absent position (no such stack or buffer item, no child).
pub const NONE: u32 = u32::MAX;

/// The three moves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    /// Push the first buffer token.
    Shift,
    /// Stack top ← first buffer token.
    Left,
    /// Stack top ← the item below it.
    Right,
}

/// Children a node has so far: the two leftmost and two rightmost, how many
/// on each side, and the sets of their labels (bit per label).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Kids {
    /// Leftmost child.
    pub l1: u32,
    /// Second leftmost child.
    pub l2: u32,
    /// Rightmost child.
    pub r1: u32,
    /// Second rightmost child.
    pub r2: u32,
    /// Number of left children.
    pub nl: u8,
    /// Number of right children.
    pub nr: u8,
    /// Labels of the left children.
    pub lset: u64,
    /// Labels of the right children.
    pub rset: u64,
}

impl Kids {
    const EMPTY: Kids = Kids {
        l1: NONE,
        l2: NONE,
        r1: NONE,
        r2: NONE,
        nl: 0,
        nr: 0,
        lset: 0,
        rset: 0,
    };

    fn add(&mut self, head: u32, child: u32, label: u8) {
        let bit = 1u64 << (label & 63);
        if child < head {
            self.nl = self.nl.saturating_add(1);
            self.lset |= bit;
            if self.l1 == NONE || child < self.l1 {
                self.l2 = self.l1;
                self.l1 = child;
            } else if self.l2 == NONE || child < self.l2 {
                self.l2 = child;
            }
        } else {
            self.nr = self.nr.saturating_add(1);
            self.rset |= bit;
            if self.r1 == NONE || child > self.r1 {
                self.r2 = self.r1;
                self.r1 = child;
            } else if self.r2 == NONE || child > self.r2 {
                self.r2 = child;
            }
        }
    }
}

/// A parser configuration over nodes 0 (the root) and 1..=n (the tokens).
#[derive(Clone, Debug, Default)]
pub struct State {
    n: u32,
    stack: Vec<u32>,
    next: u32,
    heads: Vec<u32>,
    labels: Vec<u8>,
    kids: Vec<Kids>,
}

impl State {
    /// The initial configuration for `n` tokens (buffers reused).
    pub fn reset(&mut self, n: usize) {
        let n32 = n as u32;
        self.n = n32;
        self.stack.clear();
        self.stack.push(0);
        self.next = 1;
        self.heads.clear();
        self.heads.resize(n + 1, NONE);
        self.labels.clear();
        self.labels.resize(n + 1, 0);
        self.kids.clear();
        self.kids.resize(n + 1, Kids::EMPTY);
    }

    /// The number of tokens.
    pub fn len(&self) -> usize {
        self.n as usize
    }

    /// Whether there are no tokens.
    pub fn is_empty(&self) -> bool {
        self.n == 0
    }

    /// The `k`-th stack item from the top, or [`NONE`].
    #[inline]
    pub fn stack_at(&self, k: usize) -> u32 {
        let l = self.stack.len();
        if k < l {
            self.stack[l - 1 - k]
        } else {
            NONE
        }
    }

    /// The stack, bottom first.
    pub fn stack(&self) -> &[u32] {
        &self.stack
    }

    /// The `k`-th buffer token, or [`NONE`].
    #[inline]
    pub fn buffer_at(&self, k: u32) -> u32 {
        let x = self.next + k;
        if x <= self.n {
            x
        } else {
            NONE
        }
    }

    /// The children of node `x` so far (none for [`NONE`]).
    #[inline]
    pub fn kids(&self, x: u32) -> Kids {
        self.kids.get(x as usize).copied().unwrap_or(Kids::EMPTY)
    }

    /// The label of node `x` once it has a head.
    #[inline]
    pub fn label(&self, x: u32) -> Option<u8> {
        let i = x as usize;
        (self.heads.get(i).is_some_and(|h| *h != NONE)).then(|| self.labels[i])
    }

    /// Node `x`'s head so far ([`NONE`] if none).
    pub fn head(&self, x: u32) -> u32 {
        self.heads.get(x as usize).copied().unwrap_or(NONE)
    }

    /// Whether `mv` may be taken now.
    #[inline]
    pub fn valid(&self, mv: Move) -> bool {
        let buffer = self.next <= self.n;
        let depth = self.stack.len();
        match mv {
            Move::Shift => buffer,
            Move::Left => buffer && depth >= 2,
            Move::Right => depth >= 3 || (depth == 2 && !buffer),
        }
    }

    /// Whether a RIGHT now attaches to the root.
    pub fn right_is_root(&self) -> bool {
        self.stack.len() == 2
    }

    /// Whether the parse is complete.
    pub fn is_final(&self) -> bool {
        self.next > self.n && self.stack.len() == 1
    }

    /// Takes `mv` (which must be valid) with relation `label`.
    pub fn apply(&mut self, mv: Move, label: u8) {
        match mv {
            Move::Shift => {
                self.stack.push(self.next);
                self.next += 1;
            }
            Move::Left => {
                let s0 = self.stack.pop().unwrap_or(NONE);
                self.attach(self.next, s0, label);
            }
            Move::Right => {
                let s0 = self.stack.pop().unwrap_or(NONE);
                let s1 = *self.stack.last().unwrap_or(&0);
                self.attach(s1, s0, label);
            }
        }
    }

    fn attach(&mut self, head: u32, child: u32, label: u8) {
        self.heads[child as usize] = head;
        self.labels[child as usize] = label;
        self.kids[head as usize].add(head, child, label);
    }

    /// The heads (0 for the root) and labels of tokens 1..=n, once final.
    pub fn arcs(&self) -> impl Iterator<Item = (u32, u8)> + '_ {
        (1..=self.n as usize).map(|i| (self.heads[i], self.labels[i]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shifts_and_rights_make_a_chain_with_one_root() {
        let mut s = State::default();
        s.reset(3);
        for _ in 0..3 {
            assert!(s.valid(Move::Shift));
            assert!(!s.valid(Move::Right) || s.stack().len() >= 3);
            s.apply(Move::Shift, 0);
        }
        while !s.is_final() {
            assert!(s.valid(Move::Right));
            s.apply(Move::Right, 1);
        }
        let heads: Vec<u32> = s.arcs().map(|(h, _)| h).collect();
        assert_eq!(heads, vec![0, 1, 2]);
        assert_eq!(s.kids(1).r1, 2);
    }

    #[test]
    fn left_attaches_to_the_buffer_front() {
        let mut s = State::default();
        s.reset(2);
        s.apply(Move::Shift, 0);
        assert!(
            !s.valid(Move::Right),
            "the root takes a child only at the end"
        );
        s.apply(Move::Left, 3);
        assert_eq!(s.head(1), 2);
        assert_eq!(s.kids(2).l1, 1);
        assert_eq!(s.label(1), Some(3));
    }
}
