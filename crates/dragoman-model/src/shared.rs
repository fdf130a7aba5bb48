//! [`SharedStr`]: an immutable string one pointer wide, shared by the
//! annotations that carry the same value.
//!
//! An entity has five optional strings (subtype, canonical name, role,
//! country, actor id). As `Option<String>` they take 24 bytes each, 120 of
//! the entity's 136, present or not, and every mention of a name repeated
//! a million times owns a copy of it. As `Option<SharedStr>` they take 8
//! bytes each (the pointer's niche is the `None`), and a stage that gives
//! many entities the same value clones one `SharedStr` (a reference count)
//! instead of copying the text.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

/// An immutable, reference-counted string behind a thin pointer: reads as
/// a `&str` (it derefs to one), compares, hashes, prints and serializes as
/// its text.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SharedStr(Arc<Box<str>>);

impl SharedStr {
    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Deref for SharedStr {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for SharedStr {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl From<&str> for SharedStr {
    fn from(s: &str) -> SharedStr {
        SharedStr(Arc::new(s.into()))
    }
}

impl From<String> for SharedStr {
    fn from(s: String) -> SharedStr {
        SharedStr(Arc::new(s.into_boxed_str()))
    }
}

impl From<&String> for SharedStr {
    fn from(s: &String) -> SharedStr {
        SharedStr::from(s.as_str())
    }
}

impl From<SharedStr> for String {
    fn from(s: SharedStr) -> String {
        s.as_str().to_string()
    }
}

impl PartialEq<str> for SharedStr {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for SharedStr {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl fmt::Debug for SharedStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for SharedStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

impl Serialize for SharedStr {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for SharedStr {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<SharedStr, D::Error> {
        String::deserialize(d).map(SharedStr::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_pointer_wide_and_none_costs_nothing_more() {
        assert_eq!(std::mem::size_of::<SharedStr>(), 8);
        assert_eq!(std::mem::size_of::<Option<SharedStr>>(), 8);
        assert_eq!(std::mem::size_of::<crate::Entity>(), 56);
    }

    #[test]
    fn reads_compares_and_prints_as_its_text() {
        let a = SharedStr::from("Anna Berg");
        let b = a.clone();
        assert!(Arc::ptr_eq(&a.0, &b.0), "a clone shares the text");
        assert_eq!(a, SharedStr::from("Anna Berg".to_string()));
        assert_eq!(a, "Anna Berg");
        assert_eq!(Some(a.clone()).as_deref(), Some("Anna Berg"));
        assert_eq!(format!("{a} {a:?}"), "Anna Berg \"Anna Berg\"");
        assert_eq!(String::from(a), "Anna Berg");
    }
}
