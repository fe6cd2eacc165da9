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

# (end of strings)


## ---- plain ----
## Plain mode (src/plain): its prompts, round text and summary.

# (end of plain)


## ---- tui-round ----
## The round in the TUI (src/tui/screens question, feedback, summary, confirm, overlay; src/tui/channels; src/tui/text).

# (end of tui-round)


## ---- tui-menu ----
## The rest of the TUI (menu, name, training path, stats, briefing, certificate, dialogs, messages, key lines).

# (end of tui-menu)


## ---- commands ----
## Commands and their errors (src/commands, src/cli.rs, --help, src/output).

# (end of commands)


## ---- reports ----
## Reports, certificates and team summaries (src/report).

# (end of reports)


## ---- serve ----
## The server, as its players and its operator read it (src/serve).

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
