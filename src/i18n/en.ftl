# The English catalog: every other catalog has the same message ids (a test checks it).
# Placeables are not wrapped in direction isolates: redflag's own bidi layer orders each line.

## The language itself: its name in its own words, and which way its text runs (ltr or rtl).

language-name = English
language-direction = ltr

## Choosing the language (--lang).

# A language as listed: its own name, then its tag.
lang-listed = { $name } ({ $tag })
lang-unknown = redflag has no catalog for "{ $tag }"; the languages are: { $known }.

## How right-to-left lines are drawn (--bidi) and whether Arabic letters are joined (--shape).

bidi-app = redflag puts right-to-left lines in reading order itself (xterm, tmux, kitty, Alacritty, Windows Terminal and most others)
bidi-terminal = the terminal puts right-to-left lines in order itself (mlterm; Konsole with bidi on; GNOME Terminal and other VTE terminals from 0.58 with BiDi on)
shape-on = Arabic letters are drawn joined, for terminals that show each letter alone
shape-off = Arabic letters are left for the terminal to join

## Counting: the pattern for every count (Arabic has six plural forms, English two).

scenario-count = { $count ->
    [one] { $count } scenario
   *[other] { $count } scenarios
}
