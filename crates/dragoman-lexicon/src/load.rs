//! The one reader of our data files: plain text, `#` opens a comment line,
//! blank lines are skipped; TSV files split their lines at tabs.

/// The entries of a list file: its lines, trimmed, without comments and blanks.
pub fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The rows of a TSV file: its entry lines split at tabs (columns untrimmed,
/// so an empty column stays empty).
pub fn rows(text: &str) -> impl Iterator<Item = Vec<&str>> {
    numbered_rows(text).map(|(_, row)| row)
}

/// The rows of a TSV file with their line numbers (from 1), for errors.
pub fn numbered_rows(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(i, l)| (i + 1, l.split('\t').collect()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_and_blanks_are_skipped() {
        let text = "# a comment\n\n one \ntwo\n";
        assert_eq!(lines(text).collect::<Vec<_>>(), ["one", "two"]);
    }

    #[test]
    fn rows_keep_empty_columns() {
        let text = "# code\tname\nRUS\tRussia\t\tMoscow\n";
        assert_eq!(
            rows(text).collect::<Vec<_>>(),
            [vec!["RUS", "Russia", "", "Moscow"]]
        );
        assert_eq!(numbered_rows(text).next().unwrap().0, 2);
    }
}
