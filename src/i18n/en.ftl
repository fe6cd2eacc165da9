# The English catalog: every other catalog has the same message ids (a test checks it).
# Placeables are not wrapped in direction isolates: redflag's own bidi layer orders each line.

## The language itself: its name in its own words, and which way its text runs (ltr or rtl).

language-name = English
language-direction = ltr

## Choosing the language (--lang).

# A language as listed: its own name, then its tag.
lang-listed = { $name } ({ $tag })
lang-unknown = redflag has no catalog for "{ $tag }"; the languages are: { $known }.

## Counting: the pattern for every count (Arabic has six plural forms, English two).

scenario-count = { $count ->
    [one] { $count } scenario
   *[other] { $count } scenarios
}


## ---- strings ----
## The words for what the core returns (src/strings): notices, saves, achievements, ranks, statistics, evidence labels, round results.

# Counts shown with their noun.
count-items = { $count ->
    [one] { $count } item
   *[other] { $count } items
}
count-points = { $count ->
    [one] { $count } point
   *[other] { $count } points
}
count-attempts = { $count ->
    [one] { $count } attempt
   *[other] { $count } attempts
}
count-reviews = { $count ->
    [one] { $count } review
   *[other] { $count } reviews
}
count-seconds = { $count ->
    [one] { $count } second
   *[other] { $count } seconds
}

# Notices shown once when a profile opens.
notice-unsaved = Playing without saving: nothing from this session will be kept.
# $reason: the parser's own words (English); $kept: a file path.
notice-settings-kept-aside = Your settings file was damaged ({ $reason }). It was kept aside as { $kept } and a new one remembers who played last.
# $kind: what stands there instead (file-kind-*).
notice-settings-not-a-file = The settings file { $path } is { $kind }, not a regular file: it was left alone, and who played last is not remembered.
recovery-interrupted = The last save was interrupted; your progress was restored from { $from }.
recovery-damaged = Your save file was damaged ({ $reason }). It was kept aside as { $kept } and your last good progress was restored.
recovery-lost-damaged = Your save file was damaged ({ $reason }), and so was its backup.
recovery-lost-missing = Your save file was missing, and no copy of it was good.
# Said after recovery-lost-*, when damaged files were kept: $files is one path, or two joined by files-two.
recovery-kept-aside = The damaged files were kept aside as { $files }.
files-two = { $first } and { $second }
# $lost: recovery-lost-*; $aside: recovery-kept-aside after a space, or nothing.
recovery-rebuilt = { $lost }{ $aside } Your progress was rebuilt from the { $rounds ->
    [one] { $rounds } finished round
   *[other] { $rounds } finished rounds
} in your history; a round left unfinished is lost.

# What a command that only reads a profile read instead of a file it could not use.
fallback-interrupted = The last save was interrupted: these figures come from { $from }, which the next game restores.
fallback-damaged = { $path } is damaged ({ $reason }): these figures come from the last good copy, { $from }, which the next game restores (keeping the damaged file aside).
fallback-lost-damaged = The save file is damaged ({ $reason }), and so is its backup
fallback-lost-missing = The save file is missing, and no copy of it is good
fallback-rebuilt = { $lost }: these figures were rebuilt from the { $rounds ->
    [one] { $rounds } finished round
   *[other] { $rounds } finished rounds
} in the history, as the next game will do.
skipped-not-a-file = skipped { $path }: it is { $kind }, not a regular file
skipped-unreadable = skipped { $path }: it is not a readable round record

# What stands where a regular file was expected, with its article.
file-kind-directory = a folder
file-kind-fifo = a FIFO (named pipe)
file-kind-socket = a socket
file-kind-block-device = a block device
file-kind-char-device = a character device
file-kind-link = a symbolic link
file-kind-other = something else

# A save that failed while playing; $error: save-error-*.
save-failed = Could not save ({ $error }). Your previous save is intact; the game goes on.
# What is wrong with a profile name, said after "profile name" (save-error-bad-name).
name-empty = is empty: type a name
name-too-long = is too long: use at most { $max } characters
name-control-characters = contains control characters: use letters, digits, spaces, - _ or .
name-path-like = cannot contain / \ or .., nor start with a dot: use letters, digits, spaces, - _ or .
name-other-characters = may only use letters, digits, spaces, - _ or .
save-error-bad-name = profile name { $problem }
save-error-locked = profile "{ $name }" is open in another redflag; close that one first (only one game per profile at a time)
save-error-newer = { $path } was written by a newer redflag (save format { $found }; this one reads up to { $supported }). It was left untouched: update redflag to use this profile.
# $source: the system's own words for the error.
save-error-io = { $path }: { $source }
save-error-unrecoverable = { $path } is damaged ({ $reason }) and there is no good copy to restore; it was kept aside as { $kept }
save-error-damaged = { $path } is damaged ({ $reason }); start redflag with this profile to repair it from the last good copy
save-error-not-a-file = { $path } is { $kind }, not a regular file: redflag reads and writes only regular files in its data folder. Move it away and start again
save-error-settings-damaged = { $path } is damaged ({ $reason }), so redflag cannot tell who played last: give --profile NAME (a game then keeps the damaged file aside and writes a new one)
save-error-name-taken = profile name "{ $asked }" would share a folder with the profile "{ $owner }" (names differing only in capitals, spaces or dashes do): play as "{ $owner }", or choose a name that differs by more

# The role the player takes in the pack's world; $who: the pack's words ("Sam Rivera, marketing coordinator").
role = In this game you are { $who }.
role-with-address = In this game you are { $who } ({ $address }).
role-brief = Your role: { $who }
role-at-company = { $who } at { $company }
role-note = Messages in the game are written to that person; your progress is kept under your own name.

# Themes: the training modules' titles.
theme-email-threats = Email threats
theme-customer-data = Customer data
theme-social-media = Social media
theme-consent-privacy = Consent and privacy
theme-myths = Myths
module-final-exam = Final exam
# Channels, as a scenario's header names them.
channel-email = Email
channel-post = Social post
channel-message = Direct message
channel-sms = Text message
channel-consent = Consent screen
channel-permission = Permission prompt
channel-web = Web page
channel-call = Call
channel-notification = Notification
# The right answer, as "it was ..." says it.
verdict-safe = safe
verdict-dangerous = dangerous

module-passed = { $module }: passed with { $percent }% (pass mark { $mark }%).
module-not-passed = { $module }: not passed yet, { $percent }% of the { $mark }% needed. Try it again from the training path.
module-unknown = no training module "{ $id }": the modules are { $known }
refusal-nothing-due = Nothing to review today: skills you miss come back a day later.
refusal-no-scenarios-for-due = The loaded packs have no scenarios for the skills due.
refusal-unknown-module = There is no training module "{ $id }".
refusal-locked-module = That module unlocks when the one before it is passed.
refusal-nothing-to-resume = There is no unfinished round to resume.

# What kind of round it was.
mode-practice = Practice
mode-review = Review
mode-spot = Spot the flags
mode-daily = Daily challenge
mode-module = Module: { $module }
# How to play a round again; the options stay as typed.
replay-practice = Seed { $seed }: replay this round with --seed { $seed } --count { $items }
replay-spot = Seed { $seed }: replay this round with --plain --spot --seed { $seed } --count { $items }
replay-module = Play this module again any time from the training path.
daily-done = done today, { $correct }/{ $answered } right · again as practice
# $points: count-points.
daily-again = You did today's challenge already: { $correct }/{ $answered } right, { $points }. Play it again as practice? It is not recorded as the daily.
daily-replay = You did today's challenge already: { $correct }/{ $answered } right, { $points }. This replay is practice: it is not recorded as the daily.
certificate-pending = The certificate comes once every module is passed: { $left ->
    [one] { $left } module
   *[other] { $left } modules
} to go.
caught = Caught { $hits } of { $scams ->
    [one] { $scams } scam
   *[other] { $scams } scams
}
# Added to "caught" when scams were missed.
caught-missed = { $caught } · missed { $misses ->
    [one] { $misses } scam
   *[other] { $misses } scams
} (judged safe)
false-alarms = False alarms: { $alarms } of { $safe ->
    [one] { $safe } safe item
   *[other] { $safe } safe items
} judged dangerous
# d′ (d prime): the signal detection measure; $d has two decimals.
sensitivity = Sensitivity d′ { $d }: how well you tell scams from safe messages (0 is guessing, above 1 is good)
best-streak = best streak { $count } (right answers in a row)
skill-safe = Safe messages: { $theme }

rank-trainee = Trainee
rank-spotter = Spotter
rank-checker = Checker
rank-analyst = Analyst
rank-guardian = Guardian
next-rank = { $rank } at { $points } points, telling scams from safe messages (sensitivity d′ { $d } or more) over your last { $recent } answers
achievement-first-round = First round
achievement-perfect-round = Perfect round
achievement-ten-in-a-row = Ten in a row
achievement-inspector = Inspector
achievement-calm-judge = Calm judge
achievement-week-of-practice = A week of practice
achievement-reviewer = Reviewer
achievement-mastered-email-threats = Email threats mastered
achievement-mastered-customer-data = Customer data mastered
achievement-mastered-social-media = Social media mastered
achievement-mastered-consent-privacy = Consent and privacy mastered
achievement-mastered-myths = Myths mastered
achievement-how-first-round = finish a round
achievement-how-perfect-round = every answer right in a round of 5 or more
achievement-how-ten-in-a-row = 10 right answers in a row
achievement-how-inspector = inspect every item before answering, in a round of 5 or more
achievement-how-calm-judge = no false alarm in a round with 3 or more safe items, and 80% right
achievement-how-week-of-practice = practise on 7 days in a row
achievement-how-reviewer = finish a review round
achievement-how-mastered-email-threats = 20+ answers on email threats, 85% right
achievement-how-mastered-customer-data = 20+ answers on customer data, 85% right
achievement-how-mastered-social-media = 20+ answers on social media, 85% right
achievement-how-mastered-consent-privacy = 20+ answers on consent and privacy, 85% right
achievement-how-mastered-myths = 20+ answers on myths, 85% right

# redflag stats, as text.
reviews-none = none
stats-profile = Profile: { $name }  ·  rank: { $rank }
stats-rounds = Rounds played: { $rounds }  ·  answers: { $answered } ({ $accuracy } right)  ·  points: { $points }  ·  { $streak }
stats-inspected = Inspected before answering: { $share } of answers
stats-next-rank = Next rank: { $next }
# $sparkline: a row of bar characters.
stats-trend = Share right per round (last { $count }, oldest first): { $sparkline }
stats-by-theme = By theme:
stats-by-channel = By channel:
stats-by-cue = By red flag:
stats-reviews-due = Reviews due today: { $due }
stats-achievements = Achievements:
stats-achievement-earned = { $name } ({ $date }): { $how }
stats-achievement-open = { $name }: { $how }

# Red flags: a short label, and a one-line meaning.
cue-urgency = Pressure to act now
cue-impersonation = Pretends to be someone you trust
cue-sender-mismatch = Sender doesn't match
cue-lookalike-domain = Look-alike address
cue-credential-request = Asks for a password or code
cue-payment-change = Changes how money is paid
cue-risky-attachment = Risky attachment
cue-wrong-channel = Comes through the wrong channel
cue-lure = Too good to be true
cue-excessive-scope = Asks for more access than needed
cue-hidden-link = Hides where a link goes
cue-secrecy = Asks you to keep it quiet
cue-data-request = Asks for customer data
cue-inconsistency = Details don't add up
cue-deceptive-design = Pushes you into saying yes
cue-out-of-context-permission = Asks for access it doesn't need now
cue-meaning-urgency = A deadline or a threat of loss, there to stop you checking first.
cue-meaning-impersonation = It claims to be a platform, a legal team, a boss, a vendor or a support desk.
cue-meaning-sender-mismatch = Free mail or an unrelated address, the brand only in front of someone else's domain, or replies going elsewhere.
cue-meaning-lookalike-domain = An address one letter off, with an extra word or hyphen, another ending, or letters from another alphabet.
cue-meaning-credential-request = It wants a password, a one-time or recovery code, or you to log in "to verify".
cue-meaning-payment-change = New bank details, gift cards, crypto, or a fee to recover or renew something.
cue-meaning-risky-attachment = An archive, a double file ending, macros to switch on, a web page or a program where a document was expected.
cue-meaning-wrong-channel = Account or policy matters raised by chat, text or a private call instead of the official notice area.
cue-meaning-lure = A badge, a sponsorship, a big contract, a dream job, a free tool or a prize as bait.
cue-meaning-excessive-scope = An app wants more than the task needs, or nobody has checked who published it.
cue-meaning-hidden-link = A QR code or a shortened link hides where it really goes.
cue-meaning-secrecy = "Don't call", "skip the approval", "keep this between us".
cue-meaning-data-request = Customer lists, exports or personal data asked for by someone unverified, or to a personal address.
cue-meaning-inconsistency = A generic greeting, an odd tone, names or numbers that don't match, mistakes.
cue-meaning-deceptive-design = Boxes already ticked, consent bundled together, guilt-trip wording, a hidden or harder "no".
cue-meaning-out-of-context-permission = The microphone, contacts or location asked for at launch or for something unrelated.
# Signs of safety: a short label, and a one-line meaning.
sign-expected = You started it
sign-official-channel = Can be checked at the source
sign-no-link-needed = No link needed
sign-no-secrets = Asks for no secrets
sign-minimal-scope = Asks only for what it needs
sign-equal-choice = Saying no is as easy as yes
sign-verified-contact = Confirmed another way
sign-meaning-expected = You triggered it yourself: a log-in, a reset or an invite you just made.
sign-meaning-official-channel = You can confirm it on its own, for example in the platform's notification centre.
sign-meaning-no-link-needed = It tells you to open the app or the site yourself.
sign-meaning-no-secrets = It never asks for a password, a code or a card.
sign-meaning-minimal-scope = It asks only for what the task needs, and access can be taken back.
sign-meaning-equal-choice = Refusing is as easy as accepting, boxes start unticked, and changing your mind is easy.
sign-meaning-verified-contact = Confirmed through a separate channel you already had.

# A scenario's fields, as people call them ("Link 2 goes to", "Reply 1 text").
field-from-name = From
field-from = From address
field-reply-to = Reply-To
field-to = To
field-date = Date
field-subject = Subject
field-body = Body
field-link = Link goes to
field-attachment = Attachment
field-platform = Platform
field-author = Author
field-handle = Account
field-posted = Posted
field-text = Text
field-image = Image
field-reactions = Reactions
field-reply = Reply
# A line of a call's transcript or of a chat.
field-line = Message
field-sender = Sender
field-received = Received
field-site = Site
field-heading = Heading
field-checkbox = Checkbox
field-button = Button
field-app = App
field-publisher = Publisher
field-scope = Wants to
field-permission = Asks for
field-context = What you were doing
field-url = Address
field-title = Title
field-field = Form field
field-caller = Caller
field-number = Number or account
field-claims = Says they are
field-callback = Call back on
field-repeats = Times sent
field-details = Details
# The nth item of a list: "Button 2".
field-numbered = { $field } { $n }
# Where a numbered link goes, and the link as its reader sees it (its text).
field-link-goes-to = Link { $n } goes to
field-link-numbered = Link { $n }
field-link-text = Link
# A part of a numbered item: "Reply 1 text".
field-with-part = { $field } { $part }
field-part-text = text
field-part-author = author
field-part-handle = handle
field-part-value = value

# (end of strings)


## ---- plain ----
## Plain mode (src/plain): its prompts, round text and summary.

# The keys stay as typed: s, d, i, q.
plain-help = Type s (safe), d (dangerous), i (inspect the details), q (quit the round).
plain-note = Note: { $text }
plain-warning = Warning: { $text }
plain-module-locked = module "{ $id }" ({ $name }) is locked: pass { $after } ({ $after_name }) first
# $started: a date and time (2026-11-12 09:30).
plain-resuming = Resuming your unfinished round from { $started }: { $answered } of { $total } answered. (Use --new-round to start afresh.)
# The round's first line; $items: count-items.
plain-begin = redflag: { $mode }, { $items }, playing as { $name }. { $help }
plain-begin-seeded = redflag: { $mode }, { $items }, seed { $seed }, playing as { $name }. { $help }
plain-item = == Item { $position } of { $total }: { $channel } ==
plain-prompt = Your verdict (s/d/i/q)?
# Spot mode: "m 1 3" marks fields 1 and 3.
plain-prompt-spot = Mark fields (m 1 3), or your verdict (s/d/i/q)?
plain-round-over = == Round over ==
plain-module-result = module: { $result }
plain-achievement = achievement: { $name } ({ $how })
plain-saved-for-later = Your answers are saved; this round resumes next time.
plain-missed-one = See the missed item again? Type 1, or press Enter to finish:
plain-missed-many = See a missed item again? Type its review number (1 to { $count }), or press Enter to finish:
plain-no-review = There is no review { $number }.
plain-review-header = == Review { $number }: { $channel } ==

# How a field looks, in brackets after it.
plain-ticked = already ticked
plain-not-ticked = not ticked
plain-verified-publisher = verified publisher
plain-unverified-publisher = unverified publisher
plain-verified = verified
plain-button-primary = big highlighted button
plain-button-secondary = plain button
plain-button-link = small faint link
# Who spoke a line of a call.
plain-speaker-them = { $field } (them)
plain-speaker-you = { $field } (you)
plain-incoming-call = Incoming call
plain-voicemail = Voicemail
plain-video-meeting = Video meeting
plain-notification-phone = Notification on your phone
plain-notification-desktop = Notification on your desktop
plain-situation = Situation: { $text }
plain-hidden = { $field }: (hidden; type i to inspect)
plain-field-hidden-mark = Field { $number } is hidden: type i to inspect first, then mark it.
plain-no-field = There is no field { $number }: the fields are numbered 1 to { $count }.
plain-nothing-marked = Nothing marked.
plain-marked = Marked: { $fields }
plain-nothing-hidden = Nothing is hidden here: everything is already shown.

# Feedback; $truth: verdict-safe or verdict-dangerous.
plain-right-points = RIGHT: it was { $truth }. +{ $points } points.
plain-right = RIGHT: it was { $truth }.
plain-wrong-missed = WRONG: this was dangerous and you judged it safe (a missed scam).
plain-wrong-false-alarm = WRONG: this was safe and you judged it dangerous (a false alarm).
plain-red-flags = Red flags: { $title }
plain-why-safe = Why it is safe: { $title }
# A flag or sign: its label, the field it stands in, the words there, why it matters.
plain-evidence = { $label }, in { $at }: "{ $text }". { $why }
plain-lesson = Lesson: { $text }
plain-none = none
# $points: count-points; the others: field labels, or plain-none.
plain-spot-result = Your marks (+{ $points }): found { $found }; missed { $missed }; wrong marks { $wrong }.

# The summary; its first line starts as scripts read it.
plain-score = score: { $correct }/{ $total } right, { $points }, { $streak }
plain-time = time: { $seconds }; inspected before answering: { $inspected } of { $total }
plain-theme-right = { $theme }: { $right } of { $total } right
plain-review-line = review { $number }: { $title } ({ $channel }, { $verdict }): { $lesson }
plain-answered = answered { $answered } of { $items }

# (end of plain)


## ---- tui-round ----
## The round in the TUI (src/tui/screens question, feedback, summary, confirm, overlay; src/tui/channels; src/tui/text).





# The top row of a round.
round-header-score = Points { $points } · streak { $streak }
round-header-item = item { $position } of { $total }
round-mode-practice = Practice
round-mode-daily = Daily challenge
round-mode-spot = Spot the flags
round-mode-review = Review
round-mode-module = Training module
round-situation = Situation:
# On the message box's bottom border.
round-inspected = inspected ✓
round-inspect-hint = i: inspect
round-scroll-hint = ↑↓ scroll

# What each key does, in the key line at the bottom.
round-key-field = field
round-key-mark = mark ⚑?
round-key-safe = safe
round-key-dangerous = dangerous
round-key-inspect = inspect
round-key-scroll = scroll
round-key-briefing = briefing
round-key-help = help
round-key-quit = quit
round-key-start = start
round-key-next = next
round-key-results = results
round-key-scroll-message = scroll the message
round-key-choose = choose
round-key-see-again = see it again
round-key-back = back
round-key-play-round = play a round
round-key-training-path = training path
round-key-menu = menu
round-key-play-again = play again
round-key-back-to-results = back to the results

# The verdict buttons under the message.
round-verdict-prompt = Your verdict:
round-button-safe = SAFE
round-button-dangerous = DANGEROUS
round-verdict-hint-choose = press s or d, or ← → then Enter
round-verdict-hint-confirm = Enter to confirm, ← → to change

# Spot the flags, explained before its first item.
round-spot-rules-title = Spot the flags: how it works
round-spot-rules-intro = Before judging each item, mark the parts of it that look like a scam.
round-spot-rules-move = move between the parts of the message
round-spot-rules-mark = mark or unmark the part under the cursor (⚑?)
round-spot-rules-inspect = inspect, to reach hidden parts: addresses, link targets
round-spot-rules-judge = then judge it safe or dangerous, as usual
round-spot-rules-scoring = Your marks score on top of the verdict's points:
round-spot-rules-find = for each red flag you mark
round-spot-rules-wrong = for each part you mark that holds no red flag
round-spot-rules-floor = an item's marks never score below zero
round-spot-rules-safe = A safe item has no red flags, so any mark on it is a wrong mark.

# The channels' own labels and words.
round-label-from = From:
round-label-reply-to = Reply-To:
round-label-to = To:
round-label-date = Date:
round-label-subject = Subject:
round-label-says = Says:
round-label-callback = Callback:
round-label-app = App:
round-label-by = By:
round-label-asks = Asks for:
round-label-details = Details:
round-label-address = Address:
# In place of a hidden detail before inspecting; $what is one of the round-hidden-* words.
round-hidden = ‹{ $what }: press i to inspect›
round-hidden-address = address
round-hidden-real-address = real address
round-hidden-full-name = full name
round-hidden-account = account
round-hidden-number = number or account
round-hidden-publisher = publisher
round-hidden-details = details
round-link = Link { $number }:
round-attachment = Attachment { $number }:
# After a verified account's name.
round-verified = ✓verified
# Followed by the sender's name or number.
round-sms-from = Text message from
round-call-voice = Incoming call
round-call-voicemail = Voicemail
round-call-video = Video meeting
round-transcript = Transcript
round-meeting-chat = Posted in the meeting chat:
# Who speaks in a call's transcript: the other side, then the player (short words: a column).
round-speaker-them = Them
round-speaker-you = You
round-consent-cookie-banner = Cookie banner
round-consent-signup-form = Sign-up form
round-consent-app-authorisation = App authorisation
round-consent-preferences = Preference centre
# Followed by the site's name: "Cookie banner on shop.example".
round-consent-on = { $kind } on
round-publisher-verified = ✓ verified publisher
round-publisher-unverified = ⚠ unverified publisher
round-app-wants = This app wants to:
round-ticked = (ticked)
round-device-phone = On your phone
round-device-desktop = On your desktop
round-permission-context = What you were doing:
round-sponsored = Sponsored
round-image = [Image]
round-replies = Replies

# The feedback after an answer.
round-right = ✓ Right
round-right-detail = : it was { $truth }. +{ $points } points
round-wrong = ✗ Wrong
round-missed-scam = : this was dangerous and you judged it safe (a missed scam).
round-false-alarm = : this was safe and you judged it dangerous (a false alarm).
round-red-flags = Red flags
round-why-safe = Why it is safe
# After a red flag's name: where it is in the message.
round-evidence-place = (in { $place })
round-lesson = Lesson:
round-note-inspected = You inspected the details before answering.
round-note-not-inspected = You answered without inspecting: press i next time to see addresses and link targets.
round-spot-result = Your marks: +{ $points } points ·
round-spot-none = none
round-spot-found = found
round-spot-missed = missed
round-spot-wrong = wrong marks

# The summary at the end of a round.
round-complete = Round complete · { $mode }
round-achievement = ★ Achievement: { $name }
round-score = Score: { $right }/{ $total } right
round-time = Time: { $time }  ·  inspected before answering: { $inspected } of { $total }
round-duration-minutes = { $minutes }m { $seconds }s
round-duration-seconds = { $seconds }s
round-by-theme = By theme
round-theme-right = { $right } of { $total } right
round-nothing-to-review = ✓ Nothing to review: every answer was right.
round-to-review = To review
round-to-review-hint = (↑↓ choose one, Enter to see its feedback again)
# On the border of a missed item opened again from the summary.
round-missed-note = missed { $number } of { $total } · evidence marked [n]

# Questions asked over the screen.
round-leave-title = Leave the round?
round-leave-saved = Leave this round? It stays saved and you can resume it from the menu.
round-leave-session = Leave this round? You can resume it from the menu until you quit redflag.
round-leave-unsaved = Leave this round? Without a profile it cannot be resumed.
round-leave-yes = yes, back to the menu
round-leave-no = no, keep playing
round-unfinished-title = Unfinished round
round-unfinished = You have an unfinished round.
round-unfinished-detail = You have an unfinished round ({ $mode }, { $answered } of { $total } answered).
round-unfinished-resume = resume it
round-unfinished-new = start the new one (the unfinished round is discarded)
round-passed-title = Module passed
round-passed = You passed { $name }. Play it again? Your best score stays.
# $attempts is already worded: "3 attempts".
round-passed-best = You passed { $name } with a best of { $best }% in { $attempts }. Play it again? Your best score stays.
round-passed-yes = yes, play it again
round-no = no
round-daily-title = Done today
round-daily-yes = yes, play it as practice

# The help over the screen (?).
round-help-title = Help: how to play
round-help-close = any key closes
round-help-judge = Judge each item: s for SAFE, d for DANGEROUS (or choose with ← → then press Enter).
round-help-inspect = Inspect (i) before judging, as a careful person would: see the real sender, where links go, who published an app. It costs nothing.
round-help-evidence = After each answer the red flags ⚑ (signs of a scam) or signs of safety ✓ are numbered [1] [2]… in the message and explained under it.
round-help-points = Points: { $easy }, { $medium } or { $hard } by difficulty for a right answer, +{ $step } for each right one in a row (up to +{ $max }), none for a wrong one. Spot the flags: +{ $find } a flag marked, −{ $wrong } a wrong mark.
round-help-key-verdict = safe, dangerous
round-help-key-choose = choose, then confirm
round-help-key-inspect = inspect the details
round-help-key-next = next item; select
round-help-key-briefing = briefing: who is who
round-help-key-spot = spot: move, mark
round-help-key-certificate = certificate (path)
round-help-key-back = back; a round asks

# (end of tui-round)


## ---- tui-menu ----
## The rest of the TUI (menu, name, training path, stats, briefing, certificate, dialogs, messages, key lines).

# Shown instead of the game when the terminal is too small: $min is the size needed ("80x24"), $size the terminal's.
menu-too-small = redflag needs a terminal of at least { $min }; this one is { $size }. Enlarge it, or press Esc to quit.
# On the frame of a scrolling page when more text is above or below.
menu-more-above = ↑ more
menu-more-below = ↓ more

# The key line at the bottom: what each key does (the key itself is shown before it, in Latin letters).
menu-key-choose = choose
menu-key-select = select
menu-key-play = play
menu-key-briefing = briefing
menu-key-help = help
menu-key-quit = quit
menu-key-language = language
menu-key-start = start
menu-key-delete = delete
menu-key-start-module = start module
menu-key-certificate = certificate
menu-key-menu = menu
menu-key-scroll = scroll
menu-key-back = back
menu-key-save-file = save to a file

# The main menu. After "⚑ redflag ·".
menu-tagline = spot the scam before it spots you
# Followed by the player's name.
menu-playing-as = Playing as
menu-rank = rank { $rank }
menu-points = { $points } points
menu-reviews-due = { $count ->
    [one] { $count } review due
   *[other] { $count } reviews due
}
menu-not-saving = not saving
menu-no-profile = Playing without a profile
menu-pack = Pack: { $name } (v{ $version })
menu-pool = { $scenarios } scenarios ({ $dangerous } dangerous, { $safe } safe) · rounds of { $count }
# Two lines of one sentence under the menu, each under 76 columns.
menu-hint-first = Judge each message safe or dangerous. Inspect it first, as a careful person
menu-hint-second = would: the real sender, where links go, who published an app.

# The menu's entries.
menu-item-resume = Resume your round
menu-item-resume-answered = Resume your round ({ $answered } of { $total } answered)
menu-item-play = Play a round
menu-item-daily = Daily challenge
# $done says how today's challenge went.
menu-item-daily-done = Daily challenge ({ $done })
menu-item-spot = Spot the flags
menu-item-path = Training path
menu-item-path-passed = Training path ({ $passed } of { $total } modules passed)
menu-item-review = Review weak skills
menu-item-review-due = Review weak skills ({ $count } due)
menu-item-stats = Your progress
menu-item-briefing = Briefing
menu-item-help = Help
menu-item-quit = Quit

# The first-run screen, asking who is playing.
menu-name-welcome = Welcome! What is your name? It keeps your progress apart from other players'.
menu-name-local = Progress is saved on this computer only and never sent anywhere.
menu-name-label = Name:
menu-welcome = Welcome, { $name }. Your progress is saved on this computer only.
menu-cannot-save = Progress cannot be saved ({ $error }). Playing without saving: choose another folder with --data-dir DIR.

# The training path screen.
menu-path-title = Training path
menu-path-intro = Pass each module with { $mark }% or more to unlock the next; the final exam mixes every theme.
menu-path-not-tried = not tried
menu-path-best = best { $best }% in { $count ->
    [one] { $count } attempt
   *[other] { $count } attempts
}
# A module's status, in a column 7 wide.
menu-path-passed = passed
menu-path-open = open
menu-path-locked = locked
menu-path-items = { $count ->
    [one] { $count } item
   *[other] { $count } items
}
menu-path-certificate-ready = Every module passed: press c for your certificate.

# The progress (statistics) screen.
menu-stats-title = Your progress
menu-stats-rank-points = rank { $rank }  ·  { $points } points
# $accuracy is a percentage, $streak the best streak as worded elsewhere.
menu-stats-rounds = Rounds { $rounds }  ·  answers { $answered } ({ $accuracy } right)  ·  { $streak }
menu-stats-inspected = Inspected before answering: { $share } of answers
menu-stats-next = Next: { $next }
# Followed by a small chart, one bar per round.
menu-stats-trend = Share right per round, oldest first:
menu-stats-by-theme = By theme
menu-stats-by-channel = By channel
menu-stats-by-flag = By red flag
menu-stats-reviews-due = Reviews due:
menu-stats-achievements = Achievements
menu-stats-no-profile = No profile: progress is not kept.

# The briefing: the fictional world of the pack.
menu-briefing-title = Briefing: your world
menu-briefing-domain = Domain:
menu-briefing-rules = House rules
menu-briefing-colleagues = Colleagues
menu-briefing-contacts = Platforms, clients and vendors
menu-briefing-official-domains = official domains:
menu-briefing-official-accounts = official accounts:
menu-briefing-phone = phone on file:
menu-briefing-pack = Pack: { $name }

# The certificate screen.
menu-certificate-title = Certificate
menu-certificate-later = The certificate comes once every module is passed.
menu-certificate-heading = Certificate of completion
# Under the player's name.
menu-certificate-completed = has completed the redflag training path
menu-certificate-pack = { $pack }.
menu-certificate-pack-on = { $pack } on { $date }.
# How the date the path was finished is written (a chrono format: %e day, %B month name, %Y year, %m month number, %d day with a zero).
menu-certificate-date-format = %e %B %Y
menu-certificate-pass-mark = Every module was passed at the pass mark of { $mark }% or more.
# The table's column headings.
menu-certificate-module = Module
menu-certificate-best = Best score
menu-certificate-attempts = Attempts
menu-certificate-passed-on = Passed on
menu-certificate-version = Pack { $id } version { $version }
menu-certificate-saved = Saved: { $path }
menu-certificate-not-saved = Could not save the certificate ({ $error }).
menu-certificate-not-saving = This game is not saving; `redflag certificate --output FILE` writes it.

# The error when redflag is started without a terminal (its input or output redirected).
menu-no-terminal = the game needs a terminal to play; for scripts and screen readers use `redflag play --plain`
menu-no-signals = the game cannot watch for signals (Ctrl-C, a closed window), so it does not start
menu-no-terminal-setup = the terminal cannot be set up for the game (raw mode, the alternate screen)

# (end of tui-menu)


## ---- commands ----
## Commands and their errors (src/commands, src/cli.rs, --help, src/output).

# The command line's help (redflag --help, redflag COMMAND --help). Option names, value names
# (DIR, FILE, TAG) and the values scripts type (human, json, md, on, off) stay as they are.
cli-about = Spot the scam: a terminal game that trains people to tell safe digital-marketing messages from dangerous ones
cli-cmd-play = Play a round (the default when no command is given)
cli-cmd-check = Check content packs for every rule of the format; no DIR checks the built-in pack
cli-cmd-stats = Show a profile's statistics: accuracy over time, per theme, channel and red flag, rank, achievements
cli-cmd-report = Export a profile's results (md, csv, json, xapi), or merge players' JSON reports with --team
cli-cmd-certificate = Write the certificate of completion (Markdown) once every training module is passed
cli-cmd-preview = Show one scenario file as the player would see it, then its feedback (for authors)
cli-cmd-serve = Serve the game over SSH to a team: learners connect with `ssh -p 2222 HOST` and play (`redflag serve --help` lists its options)
cli-cmd-team = Watch a team live (--data-dir, default the server's): who is online, each person's figures and answers as they land; `e` exports the team report (printed without a terminal)
cli-arg-team-format = Print the team report in this format instead of showing the live view
cli-arg-team-output = Write the printed report to this file instead of standard output
cli-arg-exports = Where `e` writes the team report from the live view [default: the current folder]
cli-cmd-help = Print this message or the help of the given subcommand(s)
cli-arg-content = A content pack folder to load beside the built-in pack (repeatable)
cli-arg-no-builtin = Use only the packs given with --content, not the built-in pack
cli-arg-profile = The profile to play as (created if new); the last one used is the default
cli-arg-data-dir = Where profiles are saved (default: the platform's data folder)
cli-arg-no-save = Play without saving anything (for a data folder that cannot be written)
cli-arg-lang = Language of the game and its built-in pack (en, ar); remembered for the profile. Default: the profile's last choice, else the locale (LC_ALL, LC_MESSAGES, LANG), else English
cli-arg-bidi = Who puts right-to-left lines in order: app (redflag; xterm, tmux, kitty, Alacritty, Windows Terminal...) or terminal (mlterm, Konsole with bidi on, VTE 0.58+ with BiDi on); remembered
# The two values of --bidi, explained.
cli-value-bidi-app = redflag orders them, for terminals that draw cells as sent (most terminals)
cli-value-bidi-terminal = The terminal orders them: lines are sent in reading order, never reversed twice
cli-arg-shape = Draw Arabic letters joined, for terminals that show each letter alone (--shape=off to stop); remembered
cli-arg-count = How many scenarios in the round
cli-arg-seed = Seed for drawing the round: the same seed and packs give the same round
cli-arg-plain = Line-by-line mode for screen readers and scripts (reads answers from standard input)
cli-arg-no-color = No colours (the NO_COLOR environment variable does the same)
cli-arg-review = Plain mode: play a review round of the skills due today
cli-arg-new-round = Start a new round even if one is unfinished (it is otherwise resumed, or offered in the menu)
cli-arg-module = Plain mode: play a training-path module by id (e.g. module-email-threats, final-exam)
cli-arg-spot = Plain mode: spot the flags, marking suspicious fields by number before judging
cli-arg-daily = Plain mode: play today's daily challenge, the same round for everyone with the same pack today
cli-arg-dirs = Pack folders to check (each holds a pack.toml)
cli-arg-format = Output format
cli-arg-report-format = Output format; a team summary is md or csv
cli-arg-output = Write to this file instead of standard output
cli-arg-team = Merge these players' JSON reports into a team summary
cli-arg-file = The scenario file (inside a pack folder, whose pack.toml gives its allowed domains)
cli-arg-help = Print help
cli-arg-help-more = Print help (see more with '--help')
cli-arg-help-summary = Print help (see a summary with '-h')
cli-arg-help-subcommand = Print help for the subcommand(s)
cli-arg-version = Print version
# Help's headings and the notes after an option's help (shown as clap shows them in English).
cli-usage = Usage:
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-default = [default: { $value }]
cli-values = [possible values: { $values }]
cli-env = [env: { $name }]
# The command line's own refusals.
cli-seed-invalid = seed must be a whole number from 0 to { $max }
cli-on-off = on or off

# What every command says.
cmd-error = error: { $problem }
# Between the items of a list (channels, words, figures).
cmd-list-separator = {", "}
cmd-none = none
cmd-builtin-undecodable = the built-in pack cannot be decoded
cmd-no-home = no home folder to save progress in: give --data-dir DIR
# An unreadable settings file, then the profiles in the data folder.
cmd-settings-unreadable = { $error } (profiles here: { $profiles })
cmd-no-profile-yet = no profile yet in { $dir }: play a round first, or give --profile NAME
cmd-no-such-profile = no profile "{ $name }" in { $dir }: play a round first (profiles here: { $profiles })
cmd-note = Note: { $note }
cmd-cannot-save = redflag cannot save progress in { $dir } ({ $error }).
# Asked on a terminal; the player types y to play without saving.
cmd-play-unsaved = Play without saving? [y/N]
# The answers taken as yes to that question, separated by commas.
cmd-yes-answers = y, yes
cmd-choose-folder = { $problem } Choose another folder with --data-dir DIR, or play without saving with --no-save.
cmd-pack-problems = the pack in { $dir } has { $count } problem(s):
cmd-pack-more = ... and { $count } more
cmd-pack-run-check = Run `redflag check { $dir }` for the full list.
cmd-no-packs = no packs to play: give --content DIR, or drop --no-builtin
cmd-builtin-pack = the built-in pack
cmd-pack-id-twice = pack id "{ $id }" is used by both { $first } and { $second }: give each pack its own id
cmd-scenario-id-twice = scenario id "{ $id }" is in both pack "{ $first }" and pack "{ $second }": rename one of them
cmd-stdin-unreadable = cannot read standard input
cmd-ask-name = Welcome to redflag. What is your name?
cmd-bad-name = That name cannot be used: { $error }

# redflag preview FILE.
preview-as-seen = == { $id } · { $channel } (as the player sees it) ==
preview-channel-email = Email
preview-channel-post = Social post
preview-channel-message = Direct message
preview-channel-sms = Text message
preview-channel-consent = Consent screen
preview-channel-permission = Permission prompt
preview-channel-web = Web page
preview-channel-call = Call
preview-channel-notification = Notification
preview-inspecting = == What inspecting reveals ==
preview-feedback = == Feedback ({ $verdict }, { $difficulty }) ==
preview-safe = safe
preview-dangerous = dangerous
preview-no-difficulty = no difficulty
preview-easy = least difficult
preview-medium = moderately difficult
preview-hard = very difficult
preview-problems = == Problems `redflag check` would report ==

# Writing the output, and the last words of an internal error.
out-stdout = standard output
out-cannot-write = cannot write { $name }
out-cannot-write-because = cannot write { $name }: { $error }
out-internal-error = stopped by an internal error{ $place } ({ $what }); please report it
out-internal-place = {" "}at { $file }:{ $line }

# redflag check: the summary. Channel, verdict, theme and difficulty names are the pack format's.
check-scenarios = { $count ->
    [one] { $count } scenario
   *[other] { $count } scenarios
}
check-packs = { $count ->
    [one] { $count } pack
   *[other] { $count } packs
}
check-errors = { $count ->
    [0] no errors
    [one] { $count } error
   *[other] { $count } errors
}
check-summary = Checked { $scenarios } in { $packs }: { $errors }.
check-by-channel = by channel:    { $counts }
check-by-verdict = by verdict:    { $counts }
check-by-theme = by theme:      { $counts }
check-by-difficulty = by difficulty: { $counts }
# The balance of the whole pack: figures for safe and dangerous items (numbers are percentages).
check-balance = balance (safe vs dangerous):
check-balance-safe = safe: { $items } items, mean length { $length }, with links { $links }%, with attachments { $attachments }%, verified posts/messages { $verified }%, suffixes { $suffixes }
check-balance-dangerous = dangerous: { $items } items, mean length { $length }, with links { $links }%, with attachments { $attachments }%, verified posts/messages { $verified }%, suffixes { $suffixes }
check-balance-channels = safe per channel: { $channels }
# A tell: a difference between safe and dangerous items a player could learn.
check-tell-warning = warning: a tell: { $tell }: players could learn this instead of checking
check-tell-length = length: safe items average { $safe } characters, dangerous { $dangerous } (ratio { $ratio } > { $max })
check-tell-share = { $what }: { $safe }% of safe items have them, { $dangerous }% of dangerous (gap > { $gap } points)
check-shared-links = links
check-shared-attachments = attachments
check-shared-verified = verified marks (posts and messages)
check-tell-suffix = domain suffix .{ $suffix }: { $safe }% of safe domains, { $dangerous }% of dangerous
check-tell-channel = channel { $channel }: { $safe } of { $total } are safe ({ $share }%), outside 30–70%

# The fairness gate: how well players who judge nothing would score.
check-fairness = fairness (players who judge nothing; the built-in pack keeps each under { $overall } overall and { $channel } per channel of { $items }+ items):
# A player's overall score, then per channel.
check-baseline = { $overall }; { $channels }
check-player-briefing = briefing lookup
check-player-words = surface words
check-player-majority = majority verdict
check-not-measured = not measured: it needs { $count } scenarios or more
check-nothing = nothing
check-leans-dangerous = the word model leans dangerous on: { $words }
check-leans-safe = the word model leans safe on:      { $words }
check-surface = surface per channel (safe vs dangerous):
check-surface-line = { $safe } safe, { $dangerous } dangerous: { $parts }
check-surface-length = length { $safe } vs { $dangerous }
check-surface-share = { $surface } { $safe } vs { $dangerous }
check-surface-situation = situation line
check-surface-links = links
check-surface-attachments = attachments
check-surface-faint-buttons = faint buttons
check-surface-pre-ticked = pre-ticked boxes
check-surface-verified = verified mark
check-surface-bare-number = bare-number sender
check-surface-reply-to = reply-to
check-surface-sponsored = sponsored
check-channel-tell = warning: a tell: { $tell }
check-channel-length = { $channel }: safe items average { $safe } characters, dangerous { $dangerous }
check-channel-share = { $channel }: { $surface } in { $safe } of safe items, { $dangerous } of dangerous
check-over-budget = warning: over budget: { $breach }
check-breach-baseline = the { $player } scores { $score } { $place }, above { $limit }
check-breach-overall = overall
check-breach-in = in { $channel }
check-breach-share = { $group } is { $share } safe ({ $safe } of { $total }), outside { $low }–{ $high }
check-group-channel = channel { $channel }
check-group-theme = theme { $theme }

# A pack's problems: each follows the file and line it is in ("email/x.toml:3: ...").
check-problem-not-a-folder = is not a folder: give the folder that holds pack.toml
check-problem-no-manifest = missing: every pack needs a pack.toml with id, name, language, version and [world] (see content/README.md)
check-problem-unreadable = cannot be read: { $error }
check-problem-symlink = is a symlink that leaves the pack folder: copy the file into the pack instead
check-problem-not-a-file = is { $what }, not a file: a pack holds only folders and .toml files, so remove it (it was not opened)
check-file-folder = a folder
check-file-pipe = a named pipe (FIFO)
check-file-socket = a socket
check-file-device = a device
check-file-other = not a regular file
check-problem-too-many-files = holds more than { $limit } scenario files: split it into several packs
check-problem-no-scenarios = holds no scenarios: add one .toml file per scenario (see content/README.md)
check-problem-too-big = is { $size } bytes, over the limit of { $limit } bytes ({ $kib } KiB) for one file: shorten it or split it
check-problem-not-utf8 = is not UTF-8 text (bad byte at offset { $offset }): save the file as UTF-8
check-problem-manifest-id = id "{ $id }" must be kebab-case: lowercase letters, digits and single hyphens
check-problem-language = language "{ $tag }" is not a BCP 47 tag such as "en" or "en-GB"
check-problem-no-version = version is empty: give the pack a version such as "1.0.0"
check-problem-pass-mark = pass_mark is a percentage: give a number from 0 to 100
check-problem-allowed-domain = allowed_domains entry "{ $domain }" must be a bare domain such as "acme-corp.com"
check-problem-duplicate-pack = pack id "{ $id }" is also the id of the pack in { $first }: give each pack its own id
check-problem-scenario-id = id "{ $id }" must be kebab-case: lowercase letters, digits and single hyphens, at most 80
check-problem-duplicate-id = duplicate id "{ $id }", also used by { $first }: give each scenario its own id
check-problem-empty = { $key } is empty: write one
check-problem-premise = premise { $element } = { $value }: each element is 0, 2, 4, 6 or 8
check-problem-no-difficulty-safe = no difficulty: a safe scenario needs difficulty = "easy", "medium" or "hard"
check-problem-no-difficulty-dangerous = no difficulty: add premise = {"{"} ... {"}"} (the Phish Scale works out the difficulty) or difficulty = "easy", "medium" or "hard"
check-problem-no-channel-table = channel is "{ $channel }" but there is no [{ $channel }] table: add it with the { $channel } fields (see content/README.md)
check-problem-other-table = [{ $table }] table in a scenario whose channel is "{ $channel }": one scenario has one channel; remove it or change channel
check-problem-incomplete = { $what }: add it
check-incomplete-message-lines = a message needs at least one entry in lines
check-incomplete-consent-button = a consent screen needs at least one button
check-incomplete-app-authorisation = an app-authorisation needs app, publisher and at least one scope
check-incomplete-permission-button = a permission prompt needs at least one button
check-incomplete-call-lines = a call needs at least one entry in lines
check-incomplete-call-identity = a call needs a caller and the number or account behind it
check-incomplete-notification = a notification needs app, title and text
check-problem-dangerous-without-flags = a dangerous scenario needs at least one [[flag]]: the evidence a careful player can find
check-problem-dangerous-with-signs = a dangerous scenario has flags, not signs: turn each [[sign]] into a [[flag]] or remove it
check-problem-safe-without-signs = a safe scenario needs at least one [[sign]]: the reason a careful player can trust it
check-problem-safe-with-flags = a safe scenario has signs, not flags: remove each [[flag]] or change verdict to "dangerous"
# $evidence is "[[flag]] 2", $at a field such as "from", $channel a channel's id.
check-problem-at-names-no-field = { $evidence } has at = "{ $at }", which names no field of this { $channel }: use one of { $fields }
check-problem-empty-text = { $evidence } has an empty text: quote the words in { $at } it points at
check-problem-text-not-in-field = { $evidence }: text "{ $text }" does not occur in { $at }: copy the exact words from that field (case and spacing matter)
check-problem-no-why = { $evidence } has no why: explain the evidence in one sentence
check-toml-unknown-field = unknown field `{ $unknown }`: did you mean `{ $nearest }`? (allowed: { $allowed })
check-toml-unknown-value = unknown value `{ $unknown }`: did you mean `{ $nearest }`? (allowed: { $allowed })
check-toml-too-deep = nests tables, arrays or dotted keys too deeply: a scenario needs only a few levels, so flatten it
check-toml-missing-field = missing field { $field }: add it (it is required here)
# Where an unsafe character or address is: before "contains ..." or "uses ...".
check-place-world = the world briefing
check-place-title = title
check-place-lesson = lesson
check-place-situation = situation
check-place-explanation = an explanation
check-breach-character = contains the invisible or control character U+{ $code } after "{ $before }": remove it (escape sequences and direction marks are never allowed)
check-breach-ipv4 = uses the IP address { $ip }: use one from the documentation ranges 192.0.2.x, 198.51.100.x or 203.0.113.x
check-breach-ipv6 = uses the IPv6 address { $ip }: use one from the documentation range 2001:db8::/32, such as 2001:db8::1
check-breach-non-ascii-domain = uses the domain "{ $host }", written in letters that are not ASCII: write look-alike and non-Latin domains in their punycode form, as a browser's address bar shows them (here "{ $punycode }"), under a reserved suffix such as .example
check-breach-unreserved-domain = uses the domain "{ $host }", which is not reserved: use a name under .example, .test or .invalid (or example.com/.net/.org); a pack may allow its own real domains in allowed_domains in pack.toml
check-breach-phone = has "{ $number }", which looks like a real phone number: use a fiction number (555-0100 to 555-0199, or UK 07700 900000 to 07700 900999), or write a reference number without separators

# (end of commands)


## ---- reports ----
## Reports, certificates and team summaries (src/report).

# Joins notes in a team summary's Note column.
report-note-separator = {"; "}

# A module's status in the training path table (the JSON keeps passed, open, locked).
report-status = { $status ->
    [passed] passed
    [open] open
   *[locked] locked
}
# A long date, as on the certificate: "5 March 2026".
report-date = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }

# The Markdown report of one player (redflag report --format md).

report-title = redflag report: { $name }
# $date is "2026-03-05 14:20 UTC"; $packs lists each pack as "id version".
report-generated = Generated { $date } · packs: { $packs }
report-overall = Overall
report-rounds-finished = Rounds finished: { $count }
report-answers = Answers: { $count } ({ $right } right, { $percent })
report-missed-scams = Missed scams (dangerous judged safe): { $count }
report-false-alarms = False alarms (safe judged dangerous): { $count }
report-points = Points: { $count }
report-path-title = Training path (pass mark { $pass }%)
report-col-module = Module
report-col-status = Status
report-col-best = Best
report-col-attempts = Attempts
report-col-passed-on = Passed on
report-path-complete = Path complete: { $complete ->
    [yes] yes
   *[no] no
}
report-themes = Themes
report-channels = Channels
report-red-flags = Red flags
# A section of counts: "Themes, weakest first".
report-weakest-first = { $title }, weakest first
report-no-answers = No answers yet.
report-col-meaning = What it means
report-col-right = Right
report-col-answers = Answers
report-col-accuracy = Accuracy
report-last-rounds = Last rounds
report-col-finished = Finished
report-col-mode = Mode
report-col-missed-scams = Missed scams
report-col-false-alarms = False alarms
report-col-points = Points

# The certificate of completion (redflag certificate, and the game's certificate screen).

report-certificate-title = Certificate of completion
report-certificate-completed = **{ $name }** has completed the redflag training path
# The line under it: the pack's name, then the long date of the last module passed.
report-certificate-pack-date = *{ $pack }* on { $date }.
report-certificate-pass-mark = Every module was passed at the pass mark of { $pass }% or more.
report-col-best-score = Best score
# The last line: the pack's id (in code quotes) and version.
report-certificate-pack = Pack: `{ $id }` version { $version }

# The team summary (redflag report --team).

report-team-title = redflag team summary
# English keeps "1 people." as it always has; other languages take their plural forms.
report-team-people = { $count } people.
report-col-person = Person
report-col-modules-passed = Modules passed
report-col-path = Path
report-col-note = Note
report-team-path = { $complete ->
    [yes] complete
   *[no] not finished
}
report-team-not-finished = Not finished
report-team-everyone-done = Everyone has completed the training path.
report-team-weakest-themes = Weakest themes
report-team-weakest-flags = Weakest red flags
report-col-name = Name
# A note: the report was made with other pack versions; $packs lists them as "id version".
report-team-made-with = made with { $packs }
# A note: the same player's report was given $count times; $file is the one counted.
report-team-given-times = given { $count } times: counted once, from { $file }

# What redflag report and redflag certificate say on standard error.

report-no-history = profile "{ $name }" has no history yet: play a round first
# A file given with --team that is not used, and why.
report-skipped-unreadable = skipped { $file }: it cannot be read: { $error }
# $size and $limit are in MiB.
report-skipped-too-large = skipped { $file }: it is { $size } MiB, larger than the { $limit } MiB a redflag report can be
report-skipped-not-json = skipped { $file }: it is not JSON ({ $error })
report-skipped-not-report = skipped { $file }: it is JSON but not a redflag report (make one with `redflag report --format json`)
report-skipped-newer = skipped { $file }: it was made by a newer redflag (report schema { $schema })
report-skipped-damaged = skipped { $file }: it is a damaged redflag report ({ $error })
report-team-none-readable = none of the { $count } file(s) given with --team is a readable redflag report
report-team-formats = a team summary is written as md or csv: use --format md or --format csv
# $kept is the file counted, $others the other files, joined by ", ".
report-team-given-twice = { $name } is given more than once ({ $kept } and { $others }): counted once, from the latest report
report-certificate-not-yet = { $name } has passed { $passed } of { $count } training modules: the certificate comes once every module is passed
report-no-pack = no pack loaded

# (end of reports)


## ---- serve ----
## The server, as its players and its operator read it (src/serve).

# Signing in with the team code, before the server knows the player's language (the server's).
serve-team-code-instructions = Sign in with your team's code.
# The answer is typed right after it: keep the space at the end.
serve-team-code-prompt = Team code:{" "}
# Said to a connection refused before or instead of a game ("redflag: " comes first).
serve-needs-terminal = the game needs a terminal: connect with `ssh -t`
serve-cannot-start = cannot start the game: { $reason }
serve-stopping = the server is stopping
serve-sign-in-sooner = sign in sooner
serve-too-slow = the connection did not keep up with the screen
# The person signed in with a key already in use on another connection.
serve-already-playing = { $name } is already playing from another connection. Close that one first, then connect again.
# On the name screen.
serve-name-in-use = { $name } is already playing from another connection: choose your own name
serve-name-taken = that name belongs to someone else: choose another
serve-key-not-saved = your key could not be saved ({ $reason })
# The last words of a game the server ended; the player's screen is theirs again.
serve-farewell-stopping = The trainer is stopping the server. Your progress is saved: connect again later to go on.
serve-farewell-idle = Closed after { $minutes } minutes without a key. Your progress is saved: connect again to go on.
serve-farewell-failed = Something went wrong on the server; your answers so far are saved.

# The server's console, in the server's language (--lang, else serve.toml's lang, else English).
serve-console-host-key-made = made a new host key in { $path }
serve-console-listening = redflag serve: listening on { $address } (host key { $fingerprint }), profiles in { $dir }
# HOST stays as it is: the operator puts the server's name or address there.
serve-console-connect-with = learners connect with: ssh -p { $port } HOST
serve-console-stopping = redflag serve: stopping; telling { $count } connected player(s)
serve-console-stopped = redflag serve: stopped
serve-console-cannot-open-profile = redflag serve: cannot open a profile: { $reason }
serve-console-game-stopped = redflag serve: a game stopped: { $reason }
# serve.toml's lang names a language without a catalog; $known lists those there are.
serve-lang-unknown = serve.toml's lang is "{ $tag }", and redflag has no catalog for it; the languages are: { $known }.

# The server's errors at the start, in the server's language.
serve-error-nobody-can-sign-in = nobody could sign in: give --team-code CODE, --authorized-keys FILE, or both (or set them in serve.toml)
serve-error-code-too-short = the team code must have at least { $count } characters
serve-error-code-controls = the team code must not contain control characters
# $name is a setting's name under [limits] in serve.toml, as written there.
serve-error-limit-zero = limits.{ $name } must be more than 0
serve-error-listen = cannot listen on { $address }
serve-error-data-folder = cannot make the data folder { $path }
serve-error-host-key-read = cannot read the host key { $path }
serve-error-host-key-format = { $path } is not an OpenSSH private key
serve-error-host-key-passphrase = the host key { $path } has a passphrase; the server needs one without
# $mode is the file's permissions in octal (644).
serve-error-host-key-readable = the host key { $path } can be read by other users (mode { $mode }): run `chmod 600 { $path }`
serve-error-host-key-make = cannot make a host key
serve-error-host-key-encode = cannot encode the host key
serve-error-host-key-folder = cannot make the folder { $path }
serve-error-host-key-create = cannot create the host key { $path }
serve-error-host-key-write = cannot write the host key { $path }

# redflag serve starting the server's own program, in the game's language.
serve-launch-building = redflag: building the server, { $binary }, beside the game (the first time only)
serve-launch-not-installed = the server is its own program, { $binary }, and it is not installed beside redflag: build it with `cargo build --release --bin { $binary }` (or install both with `cargo install --path .`), or run it directly with `cargo run --release --bin { $binary } -- OPTIONS`
serve-launch-cannot-start = cannot start { $path }: { $error }

# (end of serve)


## ---- team ----
## The trainer view of a cohort (redflag team, the serve trainer key).

# The dashboard's frame title: people in the cohort, then learners connected now.
team-title = redflag team · { $people ->
    [one] { $people } person
   *[other] { $people } people
} · { $online } online
# Column headings of the people table (each at most 11 characters wide where possible).
team-col-person = Person
team-col-seen = Last seen
team-col-modules = Modules
team-col-answers = Answers
team-col-accuracy = Accuracy
team-col-missed = Missed scams
team-col-false = False alarms
# In the "Last seen" column: connected now, or how long ago the person last answered.
team-seen-online = ● online
team-seen-now = just now
team-seen-minutes = { $count } min ago
team-seen-hours = { $count } h ago
team-seen-days = { $count } d ago
team-none = No profiles in { $dir } yet: learners appear here as soon as they give their name.
team-weakest-themes = Weakest themes: { $list }
team-weakest-flags = Weakest red flags: { $list }
team-weakest-none = none yet
team-not-finished = Not finished the training path: { $names }
team-all-finished = Everyone has finished the training path.
# A folder under profiles/ that was not read, and why.
team-unreadable = Not read: { $list }
team-unreadable-link = { $folder } (a link, not followed)
team-unreadable-other = { $folder } (not a folder)
team-unreadable-store = { $folder } ({ $reason })
team-online-stale = The server's list of who is online is old (last heartbeat { $time } UTC): nobody is shown online.
team-online-no-server = No server is running on this data folder: nobody is shown online.
team-online-unreadable = The server's list of who is online (online.json) cannot be used: { $reason }. Nobody is shown online.
team-online-not-a-file = it is not a regular file
team-online-too-large = it is larger than { $mib } MiB
team-online-not-ours = it is not a redflag server's list
team-online-newer = it was written by a newer redflag
team-exported = Team report written: { $files }
team-export-failed = The team report could not be written: { $reason }
team-keys-choose = choose
team-keys-answers = answers
team-keys-export = export md, csv, json
team-keys-quit = quit
team-keys-scroll = scroll
team-keys-back = back
team-too-small = The trainer's view needs a terminal of at least { $width }x{ $height }; this one is { $cols }x{ $rows }. Enlarge it, or press q to quit.
# The person view: their name, then whether they are connected or when they were last seen.
team-person-online = { $name } · online now
team-person-seen = { $name } · last answer { $time } UTC
team-person-figures = Modules passed { $passed } of { $modules } · { $answers ->
    [one] { $answers } answer
   *[other] { $answers } answers
} · accuracy { $accuracy } · missed scams { $missed } · false alarms { $alarms } · { $rounds ->
    [one] { $rounds } round
   *[other] { $rounds } rounds
}
team-person-finished = Training path finished.
team-person-not-finished = Training path not finished yet.
team-person-fallback = A damaged or interrupted save was read around: the figures come from the newest good copy.
team-in-progress = Round in progress ({ $mode }): { $answered } of { $items } answered
team-no-round = No round in progress.
team-no-answer-yet = No answer yet in this round.
team-recent = Finished rounds, newest first
team-round = { $mode }, finished { $time } UTC: { $right } of { $answered } right
team-col-number = #
team-col-scenario = Scenario
team-col-truth = It was
team-col-given = Answered
team-col-result = Result
team-verdict-safe = safe
team-verdict-dangerous = dangerous
team-result-right = ✓ right
team-result-missed = ✗ missed scam
team-result-false = ✗ false alarm
team-mode-practice = practice
team-mode-review = review
team-mode-module = module { $id }
team-mode-daily = daily challenge { $date }
team-mode-spot = spot the flags
# Standard error, when `redflag team` cannot draw its dashboard (no terminal) and prints the report.
team-printing = No terminal: printing the team report ({ $format }) instead of the live view.

# (end of team)


## ---- last-english ----
## What was still English: the command line's refusals, the server's own errors, plain mode's words.

# The command line's refusals, worded again from clap's in a language other than English (the
# English texts below are clap's own, which English shows as they are). "-" names and values
# are kept as typed.
cli-error = error: { $problem }
cli-error-tip = tip: { $tip }
cli-error-try-help = For more information, try '{ $flag }'.
# A name or value quoted in a list.
cli-error-quoted = '{ $name }'
cli-error-unknown-argument = unexpected argument '{ $arg }' found
cli-error-unknown-subcommand = unrecognized subcommand '{ $name }'
cli-error-value-invalid = invalid value '{ $value }' for '{ $arg }'
cli-error-value-missing = a value is required for '{ $arg }' but none was supplied
cli-error-value-rejected = invalid value '{ $value }' for '{ $arg }': { $reason }
cli-error-count-range = it must be a whole number from { $min } to { $max }
cli-error-no-equals = equal sign is needed when assigning values to '{ $arg }'
cli-error-conflict = the argument '{ $arg }' cannot be used with { $with }
cli-error-conflict-others = the argument '{ $arg }' cannot be used with one or more of the other specified arguments
cli-error-conflict-subcommand = the subcommand '{ $name }' cannot be used with { $with }
cli-error-repeated = the argument '{ $arg }' cannot be used multiple times
# Followed by the missing arguments, one a line.
cli-error-required = the following required arguments were not provided:
cli-error-subcommand-missing = '{ $name }' requires a subcommand but one was not provided
cli-error-subcommands = [subcommands: { $values }]
cli-error-too-many = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
cli-error-too-few = { $min } values required by '{ $arg }'; only { $given } provided
cli-error-wrong-number = { $expected } values required for '{ $arg }' but { $given } provided
cli-error-other = the command line could not be read
cli-error-similar-argument = a similar argument exists: { $names }
cli-error-similar-subcommand = a similar subcommand exists: { $names }
cli-error-similar-value = a similar value exists: { $names }
cli-error-tip-as-value = to pass '{ $arg }' as a value, use '{ $instead }'
cli-error-tip-remove-dashes = subcommand '{ $name }' exists; to use it, remove the '--' before it
cli-error-tip-exists = '{ $what }' exists

# Plain mode: the words a player may type instead of s, d, i, q (comma-separated; the keys and
# the English words are always taken too). Matched without short vowels or tatweel.
plain-words-safe = safe
plain-words-dangerous = dangerous
plain-words-inspect = inspect
plain-words-quit = quit
# After plain mode's help, in a language other than English: the words above.
plain-words-help = You can also type the word: safe, dangerous, inspect or quit.

# The server's own errors, in the server's language (--lang, else serve.toml's lang, else English).
serve-error-keys-read = cannot read { $path }
serve-error-keys-line = { $path } line { $line }: not an OpenSSH public key
serve-error-bindings-damaged = { $path } is damaged
serve-error-no-home = no home folder to keep the server's data in: give --data-dir DIR
serve-error-runtime = cannot start the server's runtime
# $signal is a signal's name: SIGTERM, SIGINT, Ctrl-C.
serve-error-signal = cannot watch for { $signal }
serve-error-config-read = cannot read { $path }
serve-error-config-invalid = { $path } is not a valid serve.toml
serve-error-default-address = the default address
# To a learner whose connection asked for the game before signing in (after "cannot start the game:").
serve-error-shell-first = a shell before signing in

# `redflag team`'s live view, when the terminal cannot be used.
cmd-cannot-watch-signals = cannot watch for signals
cmd-cannot-set-up-terminal = cannot set up the terminal

# The server's own help (redflag-serve --help, which redflag serve --help shows).
serve-about = Serve the redflag game over SSH: learners connect with `ssh -p 2222 HOST` and play
serve-arg-listen = Address and port to listen on [default: 0.0.0.0:2222]
serve-arg-team-code = A code that lets people without a key in (they then give their name); the REDFLAG_TEAM_CODE environment variable does the same and keeps it out of the process list
serve-arg-authorized-keys = An OpenSSH authorized_keys file: each key in it signs in as its own profile
serve-arg-trainer-keys = An OpenSSH authorized_keys file of trainers' keys: each opens the trainer's live view of the team, never the game (read again at each sign-in)
serve-arg-host-key = The server's private host key, created (ed25519, mode 0600) if missing [default: DATA_DIR/host_key]
serve-arg-config = The settings file [default: DATA_DIR/serve.toml when it exists]
serve-arg-lang = The language of players who ask for none (their SSH client's LANG, else their profile's choice, comes first), and of this console (en, ar) [default: English]
serve-arg-data-dir = Where profiles, the host key and the key bindings are kept [default: the platform's data folder for redflag, under `server`]

# (end of last-english)
