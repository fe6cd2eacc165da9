//! The scenario and pack model, exactly as authors write it in TOML.
//!
//! Authored content is strict (`deny_unknown_fields`) so that a typo fails loudly with the file and line.

use serde::{Deserialize, Serialize};

use super::anchor::Anchor;
use super::channel::{Call, Consent, Email, Message, Notification, Permission, Post, Sms, Web};
use super::taxonomy::{Channel, Cue, Difficulty, Sign, Theme, Verdict};

/// A loaded pack: its manifest and its scenarios.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Pack {
    pub manifest: Manifest,
    pub scenarios: Vec<Scenario>,
}

/// What a menu shows of a pack before its scenarios are decoded: the manifest (without the
/// briefing, see [`Pack::preview`]), and each scenario's id, verdict and theme, in the pack's order.
/// The ids are borrowed from where the preview is decoded (the built-in pack's bytes are in the
/// binary): the first frame does not make a string for each of them.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct PackPreview<'a> {
    pub manifest: Manifest,
    /// Each scenario's id, verdict and theme: enough for the menu and the training path's outline.
    #[serde(borrow)]
    pub scenarios: Vec<(&'a str, Verdict, Theme)>,
}

impl Pack {
    /// The preview's manifest leaves out the pack's description and the briefing's people and
    /// rules: the first frame shows none of them, and they are most of the preview's bytes. The
    /// app takes the whole manifest from the pack once it is decoded.
    pub fn preview(&self) -> PackPreview<'_> {
        let mut manifest = self.manifest.clone();
        manifest.description.clear();
        manifest.world.colleague.clear();
        manifest.world.contact.clear();
        manifest.world.rules.clear();
        PackPreview {
            manifest,
            scenarios: self
                .scenarios
                .iter()
                .map(|s| (s.id.as_str(), s.verdict, s.theme))
                .collect(),
        }
    }
}

/// `pack.toml`: who made the pack and the fictional world its scenarios happen in.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub id: String,
    pub name: String,
    pub language: String,
    pub version: String,
    #[serde(default)]
    pub description: String,
    /// Real domains this pack may use (a trainer's own company); empty means reserved names only.
    #[serde(default)]
    pub allowed_domains: Vec<String>,
    /// Percentage needed to pass a training module.
    #[serde(default)]
    pub pass_mark: Option<u8>,
    pub world: World,
}

/// The briefing: everything a player may rely on to decide a verdict.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct World {
    pub company: Company,
    #[serde(default)]
    pub colleague: Vec<Colleague>,
    #[serde(default)]
    pub contact: Vec<Contact>,
    /// House rules the player's company follows ("payments change only after a call-back").
    #[serde(default)]
    pub rules: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Company {
    pub name: String,
    pub domain: String,
    /// Who the player is in this world.
    pub you: String,
    #[serde(default)]
    pub about: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Colleague {
    pub name: String,
    pub role: String,
    pub email: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub habits: Vec<String>,
}

/// A platform, client, vendor or service the player deals with.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub name: String,
    pub kind: String,
    #[serde(default)]
    pub domains: Vec<String>,
    #[serde(default)]
    pub handles: Vec<String>,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub habits: Vec<String>,
}

/// NIST Phish Scale premise alignment; each element is 0, 2, 4, 6 or 8.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Premise {
    pub workplace_process: u8,
    pub workplace_relevance: u8,
    pub other_situations: u8,
    pub worry: u8,
    pub trained: u8,
}

/// One piece of evidence: a red flag (on a dangerous scenario) or a sign of safety (on a safe one).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Evidence<K> {
    pub cue: K,
    /// The field where the evidence stands, e.g. `from`, `body`, `link.1`.
    pub at: Anchor,
    /// Exact text inside that field, highlighted after answering.
    pub text: String,
    pub why: String,
}

pub type Flag = Evidence<Cue>;
pub type SignOfSafety = Evidence<Sign>;

/// One scenario file as written. Exactly one channel table is present, matching `channel`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub id: String,
    pub channel: Channel,
    pub verdict: Verdict,
    pub theme: Theme,
    pub title: String,
    pub lesson: String,
    /// What the player was doing when this arrived, shown above it ("You just asked for a reset").
    #[serde(default)]
    pub situation: String,
    #[serde(default)]
    pub premise: Option<Premise>,
    #[serde(default)]
    pub difficulty: Option<Difficulty>,
    #[serde(default)]
    pub email: Option<Box<Email>>,
    #[serde(default)]
    pub post: Option<Box<Post>>,
    #[serde(default)]
    pub message: Option<Box<Message>>,
    #[serde(default)]
    pub sms: Option<Box<Sms>>,
    #[serde(default)]
    pub consent: Option<Box<Consent>>,
    #[serde(default)]
    pub permission: Option<Box<Permission>>,
    #[serde(default)]
    pub web: Option<Box<Web>>,
    #[serde(default)]
    pub call: Option<Box<Call>>,
    #[serde(default)]
    pub notification: Option<Box<Notification>>,
    #[serde(default)]
    pub flag: Vec<Flag>,
    #[serde(default)]
    pub sign: Vec<SignOfSafety>,
}

/// The channel content of a scenario, borrowed.
#[derive(Debug, Clone, Copy)]
pub enum Body<'a> {
    Email(&'a Email),
    Post(&'a Post),
    Message(&'a Message),
    Sms(&'a Sms),
    Consent(&'a Consent),
    Permission(&'a Permission),
    Web(&'a Web),
    Call(&'a Call),
    Notification(&'a Notification),
}

impl Scenario {
    /// The content table that `channel` names, if the author wrote it.
    pub fn body(&self) -> Option<Body<'_>> {
        match self.channel {
            Channel::Email => self.email.as_deref().map(Body::Email),
            Channel::Post => self.post.as_deref().map(Body::Post),
            Channel::Message => self.message.as_deref().map(Body::Message),
            Channel::Sms => self.sms.as_deref().map(Body::Sms),
            Channel::Consent => self.consent.as_deref().map(Body::Consent),
            Channel::Permission => self.permission.as_deref().map(Body::Permission),
            Channel::Web => self.web.as_deref().map(Body::Web),
            Channel::Call => self.call.as_deref().map(Body::Call),
            Channel::Notification => self.notification.as_deref().map(Body::Notification),
        }
    }

    /// Channel tables present in the file (a valid scenario has exactly its own).
    pub fn tables_present(&self) -> Vec<Channel> {
        let present = [
            (Channel::Email, self.email.is_some()),
            (Channel::Post, self.post.is_some()),
            (Channel::Message, self.message.is_some()),
            (Channel::Sms, self.sms.is_some()),
            (Channel::Consent, self.consent.is_some()),
            (Channel::Permission, self.permission.is_some()),
            (Channel::Web, self.web.is_some()),
            (Channel::Call, self.call.is_some()),
            (Channel::Notification, self.notification.is_some()),
        ];
        present
            .into_iter()
            .filter(|(_, p)| *p)
            .map(|(c, _)| c)
            .collect()
    }

    /// Difficulty as stated, or as the Phish Scale gives it from flags and premise.
    pub fn difficulty(&self) -> Option<Difficulty> {
        self.difficulty.or_else(|| {
            let premise = self.premise?;
            (self.verdict == Verdict::Dangerous)
                .then(|| super::difficulty::phish_scale(self.flag.len(), &premise))
        })
    }

    /// Evidence of either kind as (cue or sign name, evidence fields).
    pub fn evidence(&self) -> Vec<EvidenceRef<'_>> {
        let flags = self.flag.iter().map(|f| EvidenceRef {
            name: f.cue.name(),
            at: &f.at,
            text: &f.text,
            why: &f.why,
        });
        let signs = self.sign.iter().map(|s| EvidenceRef {
            name: s.cue.name(),
            at: &s.at,
            text: &s.text,
            why: &s.why,
        });
        flags.chain(signs).collect()
    }
}

/// A flag or sign seen the same way by renderers and the checker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EvidenceRef<'a> {
    pub name: &'static str,
    pub at: &'a Anchor,
    pub text: &'a str,
    pub why: &'a str,
}
