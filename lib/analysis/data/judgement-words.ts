/**
 * Words of harsh judgement, for the put-down rule. Curated from the VADER sentiment lexicon (Hutto &
 * Gilbert 2014, MIT; npm `vader-sentiment`, Apache-2.0): its adjectives with a mean valence of -1.5 or
 * lower that judge a person or a piece of work, rather than a feeling or a situation ("sad", "scared",
 * "dangerous" are left out), plus workplace words VADER lacks ("amateurish", "shoddy", "slapdash").
 * Kept as three short lists so a reviewer can read them; each list is one idea.
 */

/** Contempt for a person: "you're X". */
export const PERSON_WORDS =
  `stupid idiotic dumb moronic useless lazy incompetent pathetic hopeless clueless worthless
  brainless thick dense spineless gutless ignorant inept talentless unintelligent incapable careless irresponsible
  selfish rude obnoxious arrogant unprofessional lame feckless hapless mindless thoughtless contemptible
  lackadaisical slow clumsy sloppy unreliable disorganised disorganized dim gormless`.split(/\s+/);

/** Names for a person: "you absolute X", "you're a X". */
export const PERSON_NOUNS =
  `idiot moron clown muppet imbecile halfwit numpty dumbass jackass loser amateur fool buffoon
  dunce cretin nitwit twit prat pillock plonker tosser wanker dickhead asshole arsehole prick jerk bozo dimwit dolt
  simpleton crybaby baby child joke disgrace embarrassment liability disaster nightmare burden passenger
  cost`.split(/\s+/);

/** Contempt for work: "this report is X". Strong enough to stand after "this is". */
export const WORK_CONTEMPT =
  `garbage rubbish trash junk crap crappy shit shite shitty sucky idiotic stupid dumb moronic
  pathetic laughable amateurish shoddy slapdash half-assed half-arsed half-baked piss-poor sloppy lazy brainless
  useless worthless embarrassing shameful disgraceful appalling abysmal atrocious woeful lousy rotten
  gibberish nonsense dishwater swill slop drivel tripe twaddle hogwash baloney dross`.split(/\s+/);

/** Harsh but ordinary words: a put-down only when their subject is the reader's work. */
export const WORK_HARSH =
  `awful terrible dreadful horrible horrendous horrid shocking dire substandard second-rate
  mediocre rambling unreadable incomprehensible ridiculous ludicrous unacceptable inadequate inferior
  meaningless careless clumsy messy unprofessional incoherent pointless nonsensical`.split(/\s+/);

/** Nouns that stand for the reader's work or conduct, as subjects of a judgement. */
export const WORK_NOUNS =
  `work report reports deck slides slide plan plans idea ideas code draft drafts presentation
  proposal design designs analysis writing effort efforts attempt spreadsheet spreadsheets email emails copy layout
  output performance job numbers figures essay pitch summary notes answer answers response excuse excuses thinking
  logic decision decisions approach solution fix build patch handwriting document memo mockup mock-up estimate
  forecast display write-up writeup feedback review reasoning argument rota schedule letter brief PR commit tests
  plates dishes food service shift attitude behaviour behavior timekeeping standards cleaning filing lesson lessons
  handover photos article post update budget quote invoice minutes agenda strategy question questions comment
  comments`.split(/\s+/);

/** Negative superlatives: "the laziest", "the worst". */
export const WORST =
  `worst laziest slowest weakest sloppiest dumbest stupidest messiest clumsiest poorest ugliest`.split(/\s+/);

export const alternation = (words: readonly string[]) =>
  `(?:${words.map((w) => w.replace(/-/g, '[- ]?')).join('|')})`;
