//! The content of each channel, as authors write it (the named fields are in `fields`).

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Link {
    /// What the reader sees.
    pub text: String,
    /// Where it really goes, revealed by inspecting.
    pub url: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Attachment {
    pub name: String,
    #[serde(default)]
    pub size: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Email {
    pub from_name: String,
    pub from: String,
    #[serde(default)]
    pub reply_to: String,
    pub to: String,
    #[serde(default)]
    pub date: String,
    pub subject: String,
    pub body: String,
    #[serde(default)]
    pub links: Vec<Link>,
    #[serde(default)]
    pub attachments: Vec<Attachment>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Reply {
    pub author: String,
    pub handle: String,
    #[serde(default)]
    pub verified: bool,
    pub text: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Post {
    pub platform: String,
    pub author: String,
    pub handle: String,
    #[serde(default)]
    pub verified: bool,
    #[serde(default)]
    pub sponsored: bool,
    #[serde(default)]
    pub posted: String,
    pub text: String,
    #[serde(default)]
    pub link: Option<Link>,
    /// A description of the picture, as alt text.
    #[serde(default)]
    pub image: String,
    #[serde(default)]
    pub reactions: String,
    #[serde(default)]
    pub replies: Vec<Reply>,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Speaker {
    Them,
    You,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Line {
    pub from: Speaker,
    pub text: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Message {
    pub platform: String,
    pub from_name: String,
    /// The account behind the display name, revealed by inspecting.
    pub handle: String,
    #[serde(default)]
    pub verified: bool,
    pub lines: Vec<Line>,
    #[serde(default)]
    pub links: Vec<Link>,
    #[serde(default)]
    pub attachments: Vec<Attachment>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Sms {
    pub sender: String,
    #[serde(default)]
    pub received: String,
    pub text: String,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum ConsentKind {
    CookieBanner,
    SignupForm,
    AppAuthorisation,
    Preferences,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Checkbox {
    pub label: String,
    #[serde(default)]
    pub checked: bool,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Weight {
    /// A big filled button.
    #[default]
    Primary,
    /// An outlined button of normal size.
    Secondary,
    /// Faint text that is easy to miss.
    Link,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Button {
    pub label: String,
    #[serde(default)]
    pub weight: Weight,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Consent {
    pub kind: ConsentKind,
    /// The site or service showing the screen.
    pub site: String,
    pub heading: String,
    pub text: String,
    #[serde(default)]
    pub checkboxes: Vec<Checkbox>,
    #[serde(default)]
    pub buttons: Vec<Button>,
    /// App authorisation only: the app asking for access.
    #[serde(default)]
    pub app: String,
    #[serde(default)]
    pub publisher: String,
    #[serde(default)]
    pub publisher_verified: bool,
    #[serde(default)]
    pub scopes: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Permission {
    pub app: String,
    /// What is asked for: "Microphone", "Contacts", ...
    pub permission: String,
    /// What the player was doing when the prompt appeared.
    pub context: String,
    pub text: String,
    #[serde(default)]
    pub buttons: Vec<Button>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct FormField {
    pub label: String,
    #[serde(default)]
    pub value: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Web {
    /// The address bar.
    pub url: String,
    /// How the player arrived here.
    #[serde(default)]
    pub context: String,
    pub title: String,
    pub text: String,
    #[serde(default)]
    pub fields: Vec<FormField>,
    #[serde(default)]
    pub buttons: Vec<Button>,
}

/// What kind of call a `call` scenario shows.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum CallKind {
    /// A phone ringing (or answered).
    Voice,
    /// A message left on the answerphone.
    Voicemail,
    /// A moment in a video meeting.
    Video,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Call {
    pub kind: CallKind,
    /// What the screen shows: the caller ID, a saved contact's name, a participant's name.
    pub caller: String,
    /// The number or account behind the name, revealed by inspecting.
    pub number: String,
    /// The calling or meeting app ("Mobile" for an ordinary phone call).
    #[serde(default)]
    pub platform: String,
    #[serde(default)]
    pub received: String,
    /// Who the voice says it is.
    #[serde(default)]
    pub claims: String,
    /// A number the caller asks you to call back.
    #[serde(default)]
    pub callback: String,
    /// The transcript, in order.
    pub lines: Vec<Line>,
    /// Links posted in a meeting's chat.
    #[serde(default)]
    pub links: Vec<Link>,
}

/// Where a push notification appears.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Device {
    Phone,
    Desktop,
}

/// How many times a push has arrived (MFA fatigue), kept with its written form so that `at`
/// can point at it like any other field.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(try_from = "u32", into = "u32")]
pub struct Repeats {
    count: u32,
    text: String,
}

impl Repeats {
    pub fn count(&self) -> u32 {
        self.count
    }

    /// The count as digits, the text `at = "repeats"` points into.
    pub fn text(&self) -> &str {
        &self.text
    }
}

impl TryFrom<u32> for Repeats {
    type Error = &'static str;

    fn try_from(count: u32) -> Result<Self, Self::Error> {
        if count == 0 {
            return Err("repeats counts the pushes that arrived: write 1 or more, or leave it out");
        }
        Ok(Repeats {
            count,
            text: count.to_string(),
        })
    }
}

impl From<Repeats> for u32 {
    fn from(repeats: Repeats) -> Self {
        repeats.count
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Notification {
    /// The app the push comes from.
    pub app: String,
    pub device: Device,
    pub title: String,
    pub text: String,
    #[serde(default)]
    pub received: String,
    #[serde(default)]
    pub repeats: Option<Repeats>,
    /// What the push's detail view shows (device, place, time of the request), revealed by
    /// inspecting.
    #[serde(default)]
    pub details: String,
    #[serde(default)]
    pub buttons: Vec<Button>,
}
