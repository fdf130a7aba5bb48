//! The dynamic oracle of the arc-hybrid system (Goldberg and Nivre 2013):
//! how many gold arcs each move makes unreachable from the current
//! configuration, so that training can follow the parser's own mistakes.

use dragoman_syntax::system::{Move, State, NONE};

/// The cost of each move (SHIFT, LEFT, RIGHT) against gold heads (`gold[x]`
/// for node x in 1..=n, 0 the root; `gold[0]` unused). Invalid moves cost
/// `u32::MAX`.
pub fn costs(st: &State, gold: &[u32]) -> [u32; 3] {
    let s0 = st.stack_at(0);
    let s1 = st.stack_at(1);
    let b0 = st.buffer_at(0);
    let n = st.len() as u32;
    let buffer = || (b0..=n).take_while(|_| b0 != NONE);
    let mut out = [u32::MAX; 3];
    if st.valid(Move::Shift) {
        let stack = st.stack();
        let mut c = 0;
        for &k in stack {
            if k != 0 && gold[k as usize] == b0 {
                c += 1;
            }
            if k != s0 && gold[b0 as usize] == k {
                c += 1;
            }
        }
        out[0] = c;
    }
    if st.valid(Move::Left) {
        let g = gold[s0 as usize];
        let mut c = u32::from(g == s1 && s1 != NONE);
        for k in buffer() {
            if (k != b0 && g == k) || gold[k as usize] == s0 {
                c += 1;
            }
        }
        out[1] = c;
    }
    if st.valid(Move::Right) {
        let g = gold[s0 as usize];
        let mut c = 0;
        for k in buffer() {
            if g == k || gold[k as usize] == s0 {
                c += 1;
            }
        }
        out[2] = c;
    }
    out
}
