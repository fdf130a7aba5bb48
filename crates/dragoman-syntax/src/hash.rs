//! A small, fast, platform-independent 64-bit hash for features.
//!
//! The model file stores weights by feature hash, so these functions must
//! never change between builds or machines (no `RandomState`, no crate whose
//! output may change between versions); a test pins one value.

const K: u64 = 0x9E37_79B9_7F4A_7C15;

/// Mixes one 64-bit value into a running hash.
#[inline]
pub fn mix(h: u64, v: u64) -> u64 {
    (h ^ v).wrapping_mul(K).rotate_left(29)
}

/// The final avalanche (splitmix64's).
#[inline]
pub fn finish(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Hashes a sequence of characters under a seed.
#[inline]
pub fn hash_chars(seed: u64, chars: &[char]) -> u64 {
    let mut h = mix(seed ^ K, chars.len() as u64);
    for &c in chars {
        h = mix(h, u64::from(c));
    }
    finish(h)
}

/// Hashes a string's bytes under a seed.
#[inline]
pub fn hash_str(seed: u64, s: &str) -> u64 {
    let b = s.as_bytes();
    let mut h = mix(seed ^ K, b.len() as u64);
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let mut a = [0u8; 8];
        a.copy_from_slice(c);
        h = mix(h, u64::from_le_bytes(a));
    }
    let mut v = 0u64;
    for (i, x) in chunks.remainder().iter().enumerate() {
        v |= u64::from(*x) << (8 * i);
    }
    finish(mix(h, v))
}

/// A feature: a template id and up to three values.
#[inline]
pub fn feature(template: u64, a: u64, b: u64, c: u64) -> u64 {
    finish(mix(mix(mix(template.wrapping_mul(K), a), b), c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stable_across_builds() {
        // The shipped model depends on these exact values.
        assert_eq!(hash_chars(7, &['a', 'b']), hash_chars(7, &['a', 'b']));
        assert_ne!(hash_chars(7, &['a', 'b']), hash_chars(8, &['a', 'b']));
        assert_ne!(feature(1, 2, 3, 4), feature(1, 2, 4, 3));
        assert_eq!(feature(1, 2, 3, 4), 2_562_834_075_046_410_742);
    }
}
