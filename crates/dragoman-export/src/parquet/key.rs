//! `doc_key`, the key every Parquet table joins on: a 64-bit integer read
//! from the report's content hash, so that it is the same in every store and
//! every engine that reads the same bytes (no global numbering).
//!
//! The content hash is blake3 in hex (`dragoman_ingest::content_hash`, the
//! hash the store keeps for idempotent ingest); the key is its first 16 hex
//! digits (the digest's first 8 bytes, big-endian) as a signed 64-bit
//! integer, the widest integer Parquet, Spark and DuckDB all join on
//! natively. Two different contents share a key with probability about
//! n²/2⁶⁵ (n = 50M documents: 7·10⁻⁵); the full hash stays in `documents`
//! (`hash`) to check it. A hash that is not hex (never written by the
//! store) gets FNV-1a of its text instead, so the key is total.

/// The key of a content hash.
pub fn doc_key(hash: &str) -> i64 {
    match hash.get(..16).map(|h| u64::from_str_radix(h, 16)) {
        Some(Ok(k)) => k as i64,
        _ => fnv1a(hash.as_bytes()) as i64,
    }
}

/// FNV-1a, 64 bits.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_is_the_hash_first_eight_bytes_signed() {
        let hash = "ff00000000000001aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
        assert_eq!(doc_key(hash), 0xff00_0000_0000_0001_u64 as i64);
        assert!(doc_key(hash) < 0);
        assert_eq!(doc_key(&"0".repeat(15)), doc_key(&"0".repeat(15)));
        assert_ne!(doc_key("hash1"), doc_key("hash2"), "not hex: FNV-1a");
    }
}
