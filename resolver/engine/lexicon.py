"""Word lists the engine reasons with: event-verb families, cues for negation, hedging,
future and ruling out, and common aliases.

Inflections come from `lemminflect` (which ships its data); these tables only hold what
no package provides: which verbs report the *same act* in news English.
"""

from __future__ import annotations

from .frames import PHRASAL_ACTS as _PHRASAL_ACTS, act_families
from . import spelling_variants

# Each family: verbs (lemmas) that report the same act, and nouns naming the act — the frames
# of the frame lexicon (resolver/data/frames.json).
ACT_FAMILIES: dict[str, dict[str, tuple[str, ...]]] = act_families()

# Last words of organisation names, which are not surnames ("Harbor Airlines", "Ixqua Corp").
ORGANISATION_WORDS = frozenset({
    "corp", "corporation", "group", "labs", "motors", "energy", "inc", "ltd", "llc", "plc", "bank", "holdings",
    "airlines", "airways", "air", "lines", "systems", "technologies", "partners", "capital", "fund", "party", "alliance",
    "union", "council", "committee", "fc", "united", "city", "club", "university", "games", "stadium", "court",
    "reserve", "credit", "robotics", "company", "co", "industries", "pharma", "media", "news", "exchange",
})

# Multi-word verbs that name one act ("take place" is holding an event): data (frames.json).
PHRASAL_ACTS = _PHRASAL_ACTS

# Prepositional verbs: their object follows the preposition ("rule against the plan", "vote on
# the bill", "side with Kyiv"), so the preposition opens the object instead of ending it.
PREPOSITIONAL_OBJECTS: dict[str, tuple[str, ...]] = {
    "rule": ("against", "on", "for", "in favor of", "in favour of"),
    "decide": ("on", "against", "in favor of", "in favour of"),
    "vote": ("on", "for", "against", "in favor of", "in favour of"),
    "side": ("with", "against"),
    "act": ("on",),
    "testify": ("against", "for", "before"),
    "appeal": ("against",),
}

# Verbs of "stays true until" markets ("Will X remain in office through …?").
# Acts that take no object: "Will pre-orders open …?", "Will talks begin …?" — the subject's
# common nouns are what the act is about.
INTRANSITIVE_ACTS = frozenset({"open", "begin", "start", "end", "close", "launch", "resume", "expire", "happen",
                               "occur", "collapse", "finish", "conclude", "take-effect"})
# "Will the date remain unchanged through …?": the adjective names the state that must last.
STATE_ADJECTIVES = frozenset({"unchanged", "open", "closed", "shut", "intact", "unbeaten", "undefeated", "active",
                              "suspended", "vacant", "alive", "detained", "jailed", "free", "frozen", "paused",
                              "valid"})
STATE_VERBS = frozenset({"remain", "stay", "continue", "last", "survive", "persist"})
# Nouns naming the state itself; an ending verb must share a clause with one ("left office").
STATE_NOUNS = frozenset({"office", "power", "post", "rule", "presidency", "term", "role", "position", "job",
                         "seat", "throne", "regime", "government", "premiership", "leadership"})
# Nouns naming one holder's time in a role ('Ten Hag's spell at Old Trafford ended'): a state noun
# only with the holder named before the ending verb ('a winless spell ended' is no one's tenure).
TENURE_NOUNS = frozenset({"tenure", "spell", "stint", "reign", "mandate"})
# Verbs that report such a state as over.
# Verbs reporting that a state holds again after it ended ("since being reappointed").
RESTORING_VERBS = frozenset({"reappoint", "reinstate", "reelect", "re-elect", "reinstall", "renominate"})
ENDING_VERBS = frozenset({
    "end", "terminate", "reopen", "lift", "flee", "resign", "step", "oust", "remove", "topple", "overthrow",
    "leave", "quit", "die", "collapse", "fall", "expire", "dismiss", "fire", "replace", "depose",
    "conclude", "finish", "exit", "abdicate", "withdraw", "drop", "concede", "suspend",
    "sack", "axe", "ax", "unseat", "dethrone", "retire",
})
# Outcomes opposite to an act, by act family: (verbs, words that must share the clause or None).
HOLD_VERBS = frozenset({"keep", "leave", "hold", "maintain", "pause", "freeze"})
# Parts of a contest or a meeting: calling one off ('the final stage being abandoned', 'the
# second session was cancelled') leaves the whole standing.
PART_NOUNS = frozenset({"stage", "leg", "session", "day", "round", "heat", "lap", "inning", "innings", "quarter",
                        "half", "set", "segment", "sitting", "practice", "qualifying", "ceremony", "parade"})
# Complements that put a verb's object in a steady state ('left the interest rate unchanged',
# 'leaving the sentence intact', 'left rates on hold'): the state goes on, nothing ends.
STEADY_COMPLEMENTS = ("unchanged", "steady", "intact", "untouched", "unaltered", "stable", "in place", "on hold",
                      "as is", "alone", "flat")
HOLD_WORDS = frozenset({"unchanged", "steady", "hold", "held", "holds", "pause", "paused", "flat", "at", "on"})
OPPOSITE_VERBS: dict[str, frozenset[str]] = {
    "cut": frozenset({"raise", "hike", "increase"}),
    "raise": frozenset({"cut", "lower", "reduce", "slash"}),
    "pass": frozenset({"reject", "defeat", "block", "sink", "kill", "veto"}),
    "approve": frozenset({"reject", "deny", "block", "veto", "prevent"}),  # ("The CMA has prevented Microsoft's proposed purchase")
    "adopt": frozenset({"reject", "veto", "block"}),
    "ratify": frozenset({"reject"}),
    "grant": frozenset({"deny", "reject", "refuse"}),  # an application, a request or a motion denied is not granted
    "sign": frozenset({"veto"}),  # a bill put before a governor or president is signed or vetoed
    "accept": frozenset({"reject", "refuse", "decline", "rebuff", "dismiss"}),
    # a candidate who withdraws, concedes or is eliminated will not win: a no for that outcome
    "win": frozenset({"lose", "concede", "withdraw", "eliminate", "disqualify", "quit"}),
    "unanimous": frozenset({"dissent"}),
    "convict": frozenset({"acquit", "exonerate", "defeat"}),  # a verdict the other way ('defeated … charges')
    "sentence": frozenset({"spare"}),  # 'spared Trump prison time or fines' (with the complement asked)
    "grow": frozenset({"contract", "shrink"}),  # 'the economy contracted' for 'data show the economy grew'
}
OPPOSITE_PHRASES: dict[str, tuple[str, ...]] = {
    "convict": ("not guilty", "cleared of", "acquitted of", "acquittal on"),
    "unanimous": ("voted against", "dissented", "dissent", "dissents", "split vote", "dissenting"),
    "pass": ("voted down", "failed to pass"),
    # a regulator's refusal of an application: a complete response letter is the FDA's decision not
    # to approve it in its present form
    "approve": ("complete response letter", "turned down", "turns down", "declined to approve", "refused to approve"),
    "win": ("lost", "conceded", "was defeated", "were defeated", "was beaten", "were beaten",
            "has been defeated", "have been defeated", "had been defeated", "concedes", "withdraws from", "withdrew from",
            "drops out", "dropped out", "pulls out", "pulled out", "bows out", "bowed out", "exits the race",
            # the exit told as under way ('says he is pulling out of Friday's presidential run-off')
            "pulling out of", "dropping out of", "bowing out of",
            "quits the race", "ends campaign", "ended campaign", "ends bid", "ended bid", "suspends campaign",
            "suspended campaign", "suspends his campaign", "suspended his campaign", "suspends her campaign",
            "suspended her campaign", "was eliminated", "were eliminated", "is eliminated", "was disqualified",
            "is disqualified", "knocked out", "giving up the mandate", "gave up the mandate", "gives up the mandate",
            "returned the mandate", "returns the mandate", "handed back the mandate", "hands back the mandate",
            "abandoned his bid", "abandoned her bid", "abandons bid", "abandons his bid", "abandons her bid",
            # a claim to the post given up ('has renounced his claim to become the next prime minister',
            # 'Wilders abandons pursuit of Netherlands PM job')
            "renounced his claim", "renounced her claim", "renounces his claim", "renounces her claim",
            "gave up his claim", "gave up her claim", "gives up his claim", "gives up her claim",
            "dropped his claim", "dropped her claim", "drops his claim", "drops her claim",
            "abandons pursuit", "abandoned pursuit", "abandoned his pursuit", "abandoned her pursuit",
            "abandons his pursuit", "abandons her pursuit",
            # kept out of the contest by its organiser: cannot win it
            "banned from competing", "barred from competing", "banned from racing", "barred from racing"),
}
# A sentence that imposes no custody and no fine: for a market on jail, prison or a fine, a
# sentencing reported with one of these (and none of the asked penalty) went the other way.
PENAL_TERMS = frozenset({"jail", "prison", "fine", "custody", "imprisonment", "incarceration", "detention"})
NON_CUSTODIAL = ("unconditional discharge", "conditional discharge", "absolute discharge", "probation",
                 "community service", "suspended sentence", "suspended term", "no jail time", "no prison time",
                 "no prison", "no jail", "house arrest", "home confinement", "electronic tag",
                 "electronic monitoring", "ankle monitor")
DEFEAT_VERBS = frozenset({"beat", "defeat", "edge", "oust", "unseat", "trounce", "topple", "top", "rout", "down",
                          "overcome", "outlast", "outscore", "thrash", "crush", "stun", "upset", "sink",
                          "pip"})
FAILURE_CUES: tuple[tuple[str, float], ...] = (
    ("failed to", 1.0), ("fails to", 1.0), ("fail to", 1.0), ("failing to", 1.0), ("fell short", 1.0), ("falls short", 1.0),
    ("falling short", 0.9), ("did not", 0.8), ("didn't", 0.8), ("was rejected", 1.0), ("were rejected", 1.0),
    ("missed", 0.8), ("inconclusive", 0.9), ("no winner", 1.0), ("black smoke", 0.9),
    # the attempt itself failed ("failed in the first round", "bid fails first ballot"); "no
    # chance of", "given up on" are not here: said of a rate cut by traders, they are forecasts
    ("failed in", 1.0), ("fails in", 1.0), ("failed on", 0.9), ("fails on", 0.9), ("fails first", 1.0),
    ("failed first", 1.0), ("fails second", 1.0), ("failed second", 1.0),
    # a vote counted short of the majority it needed ('one vote short of the eight required to pass it')
    ("vote short of", 1.0), ("votes short of", 1.0),
)

# Nouns that name the same thing in news copy.
NOUN_FAMILIES: dict[str, tuple[str, ...]] = {
    "deal": ("deal", "agreement", "accord", "pact", "treaty", "plan"),
    "agreement": ("agreement", "deal", "accord", "pact", "treaty", "understanding"),
    "ceasefire": ("ceasefire", "cease-fire", "truce", "armistice", "halt"),
    # a pause in fighting, as reporters name it ('a brief holiday ceasefire'); read as a truce only when
    # the question sets it in fighting (truce_breach.is_truce)
    "pause": ("pause", "ceasefire", "cease-fire", "truce"),
    "talk": ("talk", "negotiation", "meeting", "discussion", "round"),
    "meeting": ("meeting", "summit"),
    "negotiation": ("negotiation", "talk"),
    "pope": ("pope", "pontiff", "papacy"),
    "hostage": ("hostage", "captive"),
    "prisoner": ("prisoner", "captive", "pow", "detainee"),
    "exchange": ("exchange", "swap"),
    "rate": ("rate", "rates"),
    "tariff": ("tariff", "levy", "duty"),
    # workers stopping work: reporters name a strike a walkout ('voting to end their 16-day walkout')
    "strike": ("strike", "walkout"),
    "argument": ("argument", "hearing"),
    "pre-order": ("pre-order", "preorder"),
    "seat": ("seat", "mandate"),
    "merger": ("merger", "takeover", "acquisition", "bid", "tie-up", "deal"),
    "acquisition": ("acquisition", "takeover", "merger", "bid", "purchase", "deal"),
    # a company's purchase of another's business, as reporters name it ('approved Vodafone's proposed
    # acquisition of Liberty Global's cable business')
    "purchase": ("purchase", "acquisition", "takeover", "buyout"),
    # what a party lifts or drops when it stops blocking something
    "veto": ("veto", "block", "blockade", "blocking", "obstruction", "objection"),
    "block": ("block", "veto", "blockade", "blocking", "obstruction", "objection"),
    # a link with a craft or a party, as reporters name it when it is lost or restored
    "contact": ("contact", "communication", "communications", "connection", "link", "signal", "signals"),
    "communication": ("communication", "communications", "contact", "connection", "link", "signal", "signals"),
    # a price record
    "high": ("high", "record", "peak", "ath"),
    "petition": ("petition", "appeal", "request", "bid", "application", "case"),
    "appeal": ("appeal", "petition", "challenge", "case", "bid"),
    # a bill as news copy names it when it is signed or passed ('signed into law a measure that will …',
    # 'Signs Legislation to Improve …')
    "bill": ("bill", "legislation", "measure"),
    # a criminal case is what its indictment or charges bring
    "case": ("case", "indictment", "prosecution"),
    # a level on a scale, as reporters name it ('the volcano's status', 'its alert level')
    "level": ("level", "status", "rating", "grade", "tier"),
    # a contest for an office, as reporters name it ('won the Conservative leadership contest')
    "election": ("election", "contest", "race"),
    # a holder's bid to keep an office is an election: reports name the election, not the 're-election'
    "re-election": ("re-election", "reelection", "election", "contest", "race"),
    "reelection": ("reelection", "re-election", "election", "contest", "race"),
    # a league's or a tournament's prize ('secured their second league crown')
    "title": ("title", "crown", "championship"),
    # a body's advice against travel or a practice, as reporters name it ('its SARS advisory', 'its
    # advice to travellers', 'Toronto travel warning lifted')
    "advisory": ("advisory", "warning", "advice"),
    # a bridge carrying a road or railway over a valley ('the new highway viaduct was inaugurated in Genoa')
    "bridge": ("bridge", "viaduct"),
    # a country's executive as reporters name it when it is formed, sworn in or falls ('New coalition government
    # sworn in by King of Netherlands' for a new Dutch cabinet)
    "cabinet": ("cabinet", "government", "coalition"),
}

# A generic event noun whose modifier names a kind of it ('the presidential runoff vote'): reports name
# the event by the kind alone ('the runoff was called off'), so the kind is the object too.
KINDS_OF: dict[str, tuple[str, ...]] = {
    "vote": ("runoff", "run-off", "referendum", "plebiscite", "election", "primary", "recall", "by-election"),
    "election": ("runoff", "run-off", "primary", "by-election", "recall"),
    "ballot": ("runoff", "run-off", "referendum", "plebiscite", "primary"),
}

# Objects named by a modifier and a head that news writes with another head: a new country is 'the
# world's newest nation' (not 'a republic', which a state may become long after its independence)
PHRASE_FAMILIES: dict[str, tuple[str, ...]] = {
    "independent state": ("nation", "country"),
    "sovereign state": ("nation", "country"),
    # the office as headlines name it ('Thai court dissolves parties, disqualifies premier')
    "prime minister": ("premier",),
    # workers stopping work, as reporters name it ('unionised staff cancelled a planned strike')
    "stop-work action": ("strike", "walkout", "stoppage"),
}
NOUN_FAMILIES.update(spelling_variants.FAMILIES)  # 'adviser' for the question's 'Advisor' (spelling_variants.py)

# Modifiers of an object that news writes in other words ('its first crewed spaceflight' reported as
# 'its first manned space mission'): a modifier's term → the words that say the same of the object.
MODIFIER_FAMILIES: dict[str, tuple[str, ...]] = {
    "crew": ("crewed", "manned"),
    "crewed": ("crewed", "manned"),
    "uncrewed": ("uncrewed", "unmanned"),
}

# Verbs that move a level or a value up or down ('downgraded the status to level 3', 'lowered
# the rate'): done by the body that sets the level, a decision to do it is doing it.
LEVEL_CHANGE_VERBS = frozenset({"lower", "cut", "reduce", "downgrade", "raise", "hike", "increase", "upgrade",
                                "elevate", "lift", "change", "adjust"})

# Verbs that report an event noun as having happened ("talks concluded", "pre-orders began").
COMPLETION_VERBS = (
    "hold", "conclude", "begin", "start", "complete", "finish", "happen", "occur", "take", "end",
    "open", "reach", "sign", "wrap", "get", "kick", "go", "carry", "announce", "unveil", "launch",
    "make", "elect", "select", "choose", "confirm", "declare", "strike", "seal",
    "convert",  # 'converted Leqembi … to traditional approval': the approval is reached
    "give", "issue", "deliver", "serve",  # light verbs: 'had given China the required 90-day notice'
    # the act's noun received by the one it is done to: 'ziftomenib received approval for relapsed or
    # refractory acute myeloid leukemia', 'won FDA approval', 'was granted approval'
    "receive", "win", "gain", "obtain", "secure", "earn", "grant",
    # the event noun undergone by its subject: 'Bitcoin underwent its fourth halving', 'underwent surgery'
    "undergo",
)

# A level or record as the object of the act ('reach a new all-time high', 'hit a record'): the
# verbs news uses for attaining it, whatever the question's own verb.
# a level named as one end of a range ('the upper bound of the federal funds target range')
BOUND_NOUNS = frozenset({"bound", "end", "limit"})
RECORD_NOUNS = frozenset({"high", "record", "peak", "ath", "low", "milestone"})
RECORD_VERBS = ("reach", "hit", "set", "smash", "break", "notch", "post", "touch", "top", "surpass", "log", "clinch",
                "mark", "register", "scale", "eclipse", "achieve", "print", "shatter")

# Things that must happen first; dated after the deadline they rule the act out.
PREREQUISITE_NOUNS = (
    "talk", "negotiation", "meeting", "summit", "visit", "delegation", "vote", "hearing",
    "discussion", "round", "trip", "consultation", "session", "conference", "ballot", "decision",
    "ruling", "verdict", "deadline",
)
# Verbs that report an event as pushed back or undone, never as done.
UNDOING_VERBS = frozenset({"postpone", "delay", "cancel", "scrub", "scrap", "shelve", "suspend", "defer", "abort",
                           "abandon", "drop", "halt", "push", "ditch", "axe", "scuttle", "nix",
                           # an event kept from happening ('reach agreement, avert strike', 'avoid nationwide strike')
                           "avert", "avoid", "dodge", "forestall", "stave"})
PREREQUISITE_VERBS = ("arrive", "travel", "visit", "meet", "convene", "vote", "discuss", "negotiate")

NEGATORS = frozenset({"not", "no", "never", "n't", "without", "neither", "nor", "none", "cannot", "nothing"})
NEGATING_PHRASES = (
    "failed to", "fail to", "fails to", "has yet to", "have yet to", "had yet to", "yet to be",
    "stopped short of", "stops short of", "stop short of", "refused to", "refuses to", "declined to",
    "rejected", "rejects", "denied", "denies", "ruled out", "no longer", "far from", "instead of",
    "rather than", "still haven't", "still hasn't", "had still not", "has still not",
)
HEDGES = frozenset({
    "could", "may", "might", "would", "should", "expected", "expects", "expect", "expecting", "hope",
    "hopes", "hoped", "hoping", "reportedly", "likely", "possible", "possibly", "potential",
    "potentially", "anticipated", "anticipate", "speculation", "speculate", "rumor", "rumors", "rumour",
    "rumours", "rumored", "rumoured", "leak", "leaks", "leaked", "appear", "appears", "seem", "seems",
    "reported", "allegedly", "purportedly", "perhaps", "maybe", "guess", "believe", "believed",
    "predict", "predicted", "forecast", "forecasts", "projected", "unconfirmed", "probably", "chance",
    "consider", "considering", "soon", "apparently", "seemingly", "feared",
})
# Attributions to unnamed sources: the whole sentence is weak evidence.
UNNAMED_SOURCES = (
    "people familiar with", "person familiar with", "sources said", "sources say", "sources told",
    "according to sources", "source said", "source says", "unnamed", "anonymity", "anonymous",
    "insider", "insiders", "officials who asked not to be named", "speaking on condition",
    # reports named by no one ('has fled the country …, according to some reports')
    "according to some reports", "according to reports", "according to unconfirmed reports",
    "according to unverified reports", "some reports said", "some reports say", "some reports suggest",
)
FUTURE_MARKERS = frozenset({
    "will", "shall", "'ll", "going", "scheduled", "set", "upcoming", "coming", "next", "later",
    "tomorrow", "plans", "planned", "intention", "intends", "due", "expected", "would",
})
CONDITIONALS = frozenset({"if", "unless", "provided", "assuming"})
# Cues that the act will not happen (by the time the sentence names); (phrase, strength).
RULED_OUT_CUES: tuple[tuple[str, float], ...] = (
    ("will not", 1.0), ("won't", 1.0), ("would not", 0.7), ("cannot", 1.0), ("can't", 1.0),
    ("can not", 1.0), ("not imminent", 1.0), ("precludes", 1.0), ("preclude", 1.0), ("precluded", 1.0),
    ("ruled out", 1.0), ("rules out", 1.0), ("no chance", 1.0), ("impossible", 1.0),
    ("unlikely", 0.75), ("does not expect", 0.75), ("do not expect", 0.75), ("did not expect", 0.75),
    ("doesn't expect", 0.75), ("not expected", 0.75), ("is not going to", 1.0), ("are not going to", 1.0),
    ("off the table", 1.0), ("postponed", 0.9), ("called off", 1.0), ("cancelled", 1.0), ("canceled", 1.0),
    ("collapsed", 0.9), ("delayed", 0.7), ("not before", 1.0), ("no sooner than", 1.0),
    ("denied", 0.4), ("denies", 0.4), ("rejected claims", 0.5), ("rejects claims", 0.5),
)
# An act kept from happening ('reach agreement, avert strike', 'Strike dodged with deal', 'avoid nationwide strike'):
# ruled-out cues read only right before the act's own word or right after it (rules/ruled_out.py), never for
# another thing averted near the act ('signs rail bill to avert strike', 'won … to avoid a runoff').
AVERTING_CUES: tuple[tuple[str, float], ...] = (
    ("averted", 0.9), ("avert", 0.9), ("averts", 0.9), ("averting", 0.9), ("dodged", 0.9), ("dodge", 0.9), ("dodges", 0.9),
    ("avoided", 0.9), ("avoid", 0.9), ("avoids", 0.9), ("avoiding", 0.9), ("staved off", 0.9), ("stave off", 0.9),
    ("staves off", 0.9), ("forestalled", 0.9), ("spared", 0.9), ("spares", 0.9),
)
RULED_OUT_CUES = RULED_OUT_CUES + AVERTING_CUES
# Cues that are evidence only when a party to the market says them (a denial by Iran about
# an Iran deal counts; a pundit's does not).
PARTY_CUES = frozenset({"denied", "denies", "rejected claims", "rejects claims"})
# Affirmative outcome verbs for exclusive roles ("X was elected pope", "Y won the election").
OUTCOME_VERBS = ("win", "elect", "select", "choose", "name", "announce", "swear", "become", "appoint", "declare")
# Offices a person holds: "Will X still be Prime Minister on <date>?" asks whether a state holds.
OFFICES = ("prime minister", "president", "chancellor", "premier", "mayor", "governor", "speaker", "pope",
           "secretary-general", "chair", "chairman", "chairwoman", "ceo", "chief executive", "leader", "minister",
           "king", "queen", "head coach", "manager", "coach", "captain")
EXCLUSIVE_ROLES = (
    "pope", "prime minister", "president", "chancellor", "premier", "mayor", "governor", "speaker",
    "secretary-general", "chair", "chairman", "ceo", "leader", "winner", "champion", "election",
    "presidency", "nomination", "title", "race", "runoff", "primary", "contest", "presidential election",
    "mayoral election", "leadership", "most seats", "most votes", "largest party", "majority", "final", "cup",
    "championship", "tournament", "world series", "super bowl", "award", "prize", "medal", "trophy", "match",
    "battle", "bidding war",
)
# Verbs of saying and thinking: they report what someone says or holds, never that an event happened
# ("officials maintained that the timeline for the G1 mission still remains December").
REPORTING_VERBS = ("say", "tell", "state", "report", "add", "write", "post", "note", "claim", "warn", "predict",
                   "maintain", "insist", "argue", "assert", "contend", "suggest", "indicate", "believe", "think",
                   "reiterate", "stress", "explain", "repeat", "acknowledge", "admit", "allege", "estimate", "hint",
                   "signal", "speculate", "reckon")
# Policy acts for which deciding is doing: "agreed to delay the tariffs" means they are delayed
# (unlike "agreed to meet", which is a plan).
DECISION_FAMILIES = frozenset({"pause", "cut", "raise", "ban", "impose", "approve", "pass", "ratify", "recommend"})
# Conferring acts for which a deciding body's decision is the act: 'The Norwegian Nobel Committee has
# decided to award the Nobel Peace Prize for 2016 to …' awards it (no family of their own)
DECISION_VERBS = frozenset({"award"})

# Aliases no data package provides: governments by their seat or office, leaders, and
# organisations. Country names, capitals and demonyms come from countryinfo (entities.py).
ACTOR_ALIASES: dict[str, tuple[str, ...]] = {
    "united states": ("u.s.", "america", "white house", "trump administration", "washington", "pentagon", "state department"),
    "united kingdom": ("u.k.", "britain", "downing street"),
    "russia": ("kremlin", "putin"),
    "ukraine": ("kiev", "zelensky", "zelenskyy"),
    "china": ("xi jinping",),
    "xi jinping": ("xi",),
    "israel": ("netanyahu", "idf"),
    "iran": ("araghchi", "khamenei"),
    "india": ("new delhi", "modi"),
    "hamas": ("hamas",),
    "ecb": ("european central bank", "ecb", "governing council", "lagarde"),
    "federal reserve": ("fed", "fomc", "federal open market committee", "powell"),
    "fomc": ("fed", "federal reserve", "federal open market committee"),
    "fed": ("federal reserve", "fomc"),
    "bank of england": ("boe", "monetary policy committee", "mpc", "bailey", "threadneedle street"),
    "bank of japan": ("boj", "ueda"),
    "supreme court": ("justices", "scotus", "court"),
    "conclave": ("cardinals", "college of cardinals", "sistine chapel", "vatican"),
    # published statistics: the index and the words reporters use for it
    "cpi": ("consumer price index", "consumer prices", "inflation"),
    "us cpi": ("cpi", "consumer price index", "consumer prices", "inflation"),
    "pce": ("pce price index", "personal consumption expenditures", "inflation"),
    "gdp": ("gross domestic product", "economic growth", "the economy"),
    "bitcoin": ("btc",),
    "ether": ("eth", "ethereum"),
    "germany": ("bundestag",),
    "turkey": ("istanbul", "türkiye", "turkiye"),
    "european union": ("eu", "brussels", "european commission", "eu council"),
    "united nations": ("un", "u.n.", "security council", "unsc", "general assembly"),
    "nato": ("north atlantic treaty organization", "alliance"),
    "sec": ("securities and exchange commission",),
    "nymex": ("new york mercantile exchange",),  # the exchange's initials spell no acronym of its name
    "bls": ("bureau of labor statistics", "labor department", "department of labor"),
    "bureau of labor statistics": ("bls", "labor department", "department of labor"),
    "opec": ("opec+",),
    # an awards night by its statuette's name: 'won the Oscar for Best Original Song' at the Academy Awards
    "academy awards": ("oscars", "oscar", "academy award"),
    "oscars": ("academy awards", "academy award", "oscar"),
}

# A country's central bank, by its own name: a market on the country's rate ('Will UK base rate be cut
# to 0.5% …?') is reported under the bank's name ('Bank of England cuts interest rates'). One way only: the
# bank's own markets do not take the country's other bodies (actors.actor_aliases).
CENTRAL_BANKS: dict[str, tuple[str, ...]] = {
    "united kingdom": ("bank of england",),
    "japan": ("bank of japan",),
    "canada": ("bank of canada",),
    "united states": ("federal reserve",),
    "australia": ("reserve bank of australia",),
    "new zealand": ("reserve bank of new zealand",),
    "india": ("reserve bank of india",),
    "switzerland": ("swiss national bank",),
    "sweden": ("riksbank",),
    "norway": ("norges bank",),
    "south korea": ("bank of korea",),
    "israel": ("bank of israel",),
    "russia": ("bank of russia", "central bank of russia"),
    "mexico": ("bank of mexico", "banxico"),
    "china": ("people's bank of china",),
}

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
NUMBER_WORDS = {
    "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "few": 3, "couple": 2,
}

# Regulators that decide on an application (a drug, a product, a listing, a licence, a merger):
# a rejection ends that review; a new filing starts another one, which takes months.
REGULATORS = frozenset({
    "fda", "food and drug administration", "ema", "european medicines agency", "mhra", "health canada",
    "tga", "pmda", "nmpa", "anvisa", "cdsco", "sec", "securities and exchange commission", "cftc", "ftc",
    "federal trade commission", "fcc", "federal communications commission", "faa", "federal aviation administration",
    "easa", "epa", "environmental protection agency", "nrc", "nuclear regulatory commission", "cma",
    "competition and markets authority", "ofcom", "fca", "financial conduct authority", "esma", "finra",
    "usda", "cdc", "acip", "european commission",
})
# Acts a regulator's review decides
REVIEW_ACTS = frozenset({"approve", "authorize", "authorise", "clear", "license", "grant", "certify"})
