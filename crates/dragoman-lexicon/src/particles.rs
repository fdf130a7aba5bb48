//! The lower-case particles of persons' names ("bin", "da", "von der"):
//! one list for the entity repairs and the quote layer's speaker names.

use crate::load::lines;
use std::sync::LazyLock;

const PARTICLES: &str = include_str!("../data/name_particles.txt");

/// The particles, parsed on first use.
static WORDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| lines(PARTICLES).map(str::trim).collect());

/// True when `word`, as written, is a particle of persons' names.
pub fn is_name_particle(word: &str) -> bool {
    WORDS.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn particles_as_written() {
        assert!(is_name_particle("da") && is_name_particle("von") && is_name_particle("bin"));
        assert!(!is_name_particle("Da") && !is_name_particle("of"));
    }
}
