//! The safe-fake-content rules: reserved domains, documentation IPs, fiction phone numbers,
//! and no control or direction characters.

mod characters;
mod hosts;
mod phones;
mod punycode;
mod strings;
mod text;
mod tlds;

pub use characters::control_characters;
pub use hosts::{Reading, addresses, host_allowed};
pub use phones::{fiction_phone, phone_numbers};
pub use strings::{Located, Step, hidden_characters, may_hold_escapes, path_name};

use super::problem::Breach;

/// One breach of the rules, with the offending text so the caller can find its line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub snippet: String,
    pub breach: Breach,
}

/// All rules over one piece of authored text, read as prose or as a file's name.
pub fn scan(text: &str, allowed: &[String], reading: Reading) -> Vec<Finding> {
    let mut out = control_characters(text);
    out.extend(addresses(text, allowed, reading));
    out.extend(phone_numbers(text));
    out
}
