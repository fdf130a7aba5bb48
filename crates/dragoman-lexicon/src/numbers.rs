//! Number words ("twelve", "forty", "million") and their values: the one list
//! the stages read when a count is written in words ("a twelve-point plan",
//! "four sections") or a number word stands alone ("Nine points are ...").

/// Cardinal number words and their values, lower case.
const CARDINALS: [(&str, u32); 32] = [
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
    ("hundred", 100),
    ("thousand", 1_000),
    ("million", 1_000_000),
    ("billion", 1_000_000_000),
];

/// The value of a lower-case cardinal number word ("twelve" → 12).
pub fn number_word(word: &str) -> Option<u32> {
    CARDINALS.iter().find(|(w, _)| *w == word).map(|&(_, n)| n)
}

#[cfg(test)]
mod tests {
    use super::number_word;

    #[test]
    fn words_give_their_values() {
        assert_eq!(number_word("twelve"), Some(12));
        assert_eq!(number_word("forty"), Some(40));
        assert_eq!(number_word("many"), None);
    }
}
