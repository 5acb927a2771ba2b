"""English words that report speech and shape an attribution ("Li said", "said Li, an editor of ...")."""

# Verbs that attribute a quotation in any construction: "X said: “…”", "“…,” X said", "X said that …".
SAY_VERBS = """
say says said tell tells told state states stated note notes noted add adds added stress stresses stressed
emphasize emphasizes emphasized emphasise emphasises emphasised explain explains explained remark remarks
remarked comment comments commented recall recalls recalled underline underlines underlined underscore
underscored point\\s+out points\\s+out pointed\\s+out observe observes observed declare declares declared
announce announces announced insist insists insisted argue argues argued acknowledge acknowledged admit
admitted affirm affirmed assert asserted mention mentions mentioned share shares shared write writes wrote
""".split()

# Verbs that report speech only with a content clause ("expressed that …", "introduced that …").
THAT_VERBS = """
express expresses expressed introduce introduces introduced believe believes believed hope hopes hoped
highlight highlights highlighted agree agrees agreed confirm confirms confirmed stated
""".split()

# A news outlet credited for the story, not a speaker: "…, Xinhua reported."
CREDIT_VERBS = "report reports reported".split()

COMPLEMENTIZER = "that"
# "according to Li, …"
ACCORDING_TO = ("according to",)
# Where a speaker is data rather than a person ("according to the statistics"): no quotation.
NOT_SPEAKERS = "data statistics figures report survey estimates study information sources".split()
# "As Li noted, …"
AS_WORDS = ("as",)

# Words opening an addressee or adverbial between a verb and its complement: "told reporters that".
MID_MAX_WORDS = 6

# Words a speaker segment may start with that are not part of the naming.
LEADING_NOISE = "and but also meanwhile however then so while".split()
SPEAKER_PREPOSITIONS = ()
RELATIVE_OPENERS = "who which whose whom where that".split()
# Segments opening with these are adverbials, never the speaker: "After visiting the park, Li said".
ADVERBIAL_OPENERS = """
after before while when during as in at on for since upon following speaking talking according representing
if although though because with from by to of about over
""".split()

PRONOUNS = {"he": "person", "she": "person", "they": "group", "we": "group", "i": "self"}
# After a verb, "in a statement" / "on Monday" end the speaker's naming: "said Li on Monday".
SPEAKER_STOPS = "in on at during after before when while to".split()

# A reported clause ends where a new attribution starts: "… and added that", ", adding that".
CLAUSE_STOPS = (r",?\s+and\s+(?:also\s+)?(?:{say})\s+that\b", r",\s+adding\s+that\b", r",\s+and\s+that\b")
