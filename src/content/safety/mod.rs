//! The safe-fake-content rules: reserved domains, documentation IPs, fiction phone numbers,
//! and no control or direction characters.

mod characters;
mod hosts;
mod phones;

pub use characters::control_characters;
pub use hosts::{addresses, host_allowed};
pub use phones::{fiction_phone, phone_numbers};

use super::problem::Breach;

/// One breach of the rules, with the offending text so the caller can find its line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub snippet: String,
    pub breach: Breach,
}

/// All rules over one piece of authored text.
pub fn scan(text: &str, allowed: &[String]) -> Vec<Finding> {
    let mut out = control_characters(text);
    out.extend(addresses(text, allowed));
    out.extend(phone_numbers(text));
    out
}
