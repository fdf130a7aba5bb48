//! A small, fast, platform-independent 64-bit hash for feature strings.
//!
//! The shipped model stores weights by feature hash, so the hash must never
//! change between builds or machines: no `std` `RandomState`, no crate whose
//! output may change between versions.

const K: u64 = 0x9E37_79B9_7F4A_7C15;

/// Mixes one 64-bit value into a running hash.
#[inline]
pub fn mix(h: u64, v: u64) -> u64 {
    (h ^ v).wrapping_mul(K).rotate_left(31) ^ (h >> 17)
}

/// Hashes `bytes` under `seed` (a feature template id, a previous hash).
#[inline]
pub fn hash_bytes(seed: u64, bytes: &[u8]) -> u64 {
    let mut h = mix(seed ^ K, bytes.len() as u64);
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        h = mix(
            h,
            u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]),
        );
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut v = 0u64;
        for (i, b) in rest.iter().enumerate() {
            v |= u64::from(*b) << (8 * i);
        }
        h = mix(h, v);
    }
    finish(h)
}

/// The final avalanche (splitmix64's).
#[inline]
pub fn finish(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stable_across_builds() {
        // The shipped model depends on these exact values.
        assert_eq!(hash_bytes(0, b""), hash_bytes(0, b""));
        assert_ne!(hash_bytes(0, b"ab"), hash_bytes(1, b"ab"));
        assert_ne!(hash_bytes(0, b"abcdefgh1"), hash_bytes(0, b"abcdefgh2"));
        assert_eq!(hash_bytes(7, b"Moscow"), 2_814_646_767_107_945_182);
    }
}
