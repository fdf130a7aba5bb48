//! One module per page: the value it shows (serialized as its JSON twin),
//! how it is read from the store, and how it is rendered.

pub mod actor;
mod briefing;
pub mod events;
pub mod home;
mod marks;
mod plan_context;
pub mod proposals;
pub mod report;
pub mod search;
pub mod story;
