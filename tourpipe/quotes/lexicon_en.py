"""English words that report speech and shape an attribution ("Li said", "said Li, an editor of ...")."""

# Verbs that attribute a quotation in any construction: "X said: “…”", "“…,” X said", "X said that …".
SAY_VERBS = """
say says said tell tells told state states stated note notes noted add adds added stress stresses stressed
emphasize emphasizes emphasized emphasise emphasises emphasised explain explains explained remark remarks
remarked comment comments commented recall recalls recalled underline underlines underlined underscore
underscored point\\s+out points\\s+out pointed\\s+out observe observes observed declare declares declared
announce announces announced insist insists insisted argue argues argued acknowledge acknowledged admit
admitted affirm affirmed assert asserted mention mentions mentioned share shares shared write writes wrote
reply replies replied respond responds responded answer answers answered exclaim exclaims exclaimed
outline outlines outlined
""".split()

# Verbs that report speech only with a content clause ("expressed that …", "introduced that …").
THAT_VERBS = """
express expresses expressed introduce introduces introduced highlight highlights highlighted confirm confirms
confirmed report reported promise promises promised assure assures assured remind reminds reminded
inform informs informed claim claims claimed warn warns warned reiterate reiterates reiterated reveal reveals
revealed disclose discloses disclosed clarify clarifies clarified indicate indicates indicated
""".split()
# ... and verbs of a view or a wish, which the English of official reports uses for what an official said: "He hoped
# that the two sides will …", "He expected that the companies would invest …". They never end a reported clause ("…
# is happy and hopes to come back" is one clause).
MENTAL_VERBS = "hope hopes hoped expect expects expected believe believes believed".split()
# Gerunds go on with the speaker of the clause before: "…, adding that …".
GERUNDS = """adding noting saying stressing emphasizing emphasising stating explaining recalling assuring believing
""".split()
# Base forms that never open an inverted attribution ("…, said Li"), and read as nouns or adjectives there:
# "…, state news agency Xinhua reported".
# A naming has no finite verb: after "CLAUSE, said" these make the rest a clause ("…, said Guangdong is the …").
CLAUSE_VERBS = "is are was were has have had will would can could should may might must does did".split()
# Honorifics before a speaker's name (a full stop after them is optional): "Mr. Li, head of the park, said".
HONORIFICS = "Mr Mrs Ms Dr Prof".split()
# After "CLAUSE, said X," these open what is said of the saying, not a clause of X's ("…, said the minister, as …").
AFTER_NAMING = "as when while during at in adding noting speaking".split()
# "…, said Sun, who insisted that …": the one named before the relative pronoun speaks the clause after it (and the
# pronoun ends the naming, as AFTER_NAMING's words do)
RELATIVE_SPEAKERS = ["who"]
NOT_INVERTED = "say tell state note add stress share comment remark write".split()
# ... and those of them that after a noun phrase are mostly a noun or an adjective ("… for a state visit").
NOUN_LIKE = "state share comment remark stress".split()
IMPERSONAL: list[str] = []  # see lexicon_ru ("It was noted that …" names its "it")
# Verbs whose bare object is a clause whatever it holds ("Li said the park …") ...
BARE_SAY_VERBS = ["said", "says", "told", "tells", r"(?:did|does)\s+say"]
# ... and those whose bare object is a clause only when it has a finite verb of its own ("added the plant will open",
# not "noted the importance of the plant", "explained the details")
BARE_CLAUSE_VERBS = "added adds noted notes explained explains announced announces".split()

# A news outlet credited for the story, not a speaker: "…, DKNews.kz reports." ("X reported that …" is speech.)
CREDIT_VERBS = "reports learnt learned".split()
# ... and the outlet so credited after a statement's naming: "…, the press service said, Trend reports."
CARRIED_BY = r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+(?:reports|reported|writes|wrote)"
# ... nor is a naming headed by one of these: "…, state media said", "the paper added", "Turkmen television said"
OUTLETS = """media television tv paper newspaper daily outlet channel radio broadcaster tabloid website portal
publication publications""".split()
TELL_VERBS = "told tells tell".split()  # "…, Li told national television."
# Nouns a name in quotation marks follows, as stems: "the newspaper "Izvestia"", "телеканал «Хабар 24»"
NAME_NOUNS = ("channel", "newspaper", "agency", "company", "program", "project", "magazine", "fund", "bank", "portal",
              "corporation", "brand", "station", "railway", "railroad", "pipeline", "highway", "corridor", "forum",
              "exhibition", "park", "center", "centre", "initiative", "strategy", "group")
OUTLET_STEMS: tuple[str, ...] = ()
HEAD_LAST = True  # "Turkmen national television": the head noun ends a naming
# ... but a press service or a ministry is no outlet: "as the ministry's press office reports, …" is its statement
SPEAKING_BODIES = "press ministry government administration embassy akimat hokimiyat".split()  # (a region's office)
# ... and a naming whose head is a press office speaks as a whole, its owner with it: "the President's press service",
# "the press office of the ministry", "the Tajik President's office" (not the person who owns it)
PRESS_BODY = (r"(?i:the\s+)?(?:(?:[\w.-]+\s+){0,4}[\w.-]+['’]s?\s+(?i:press\s+(?:service|office|centre|center)|office)"
              r"|(?i:press\s+(?:service|office|centre|center)\s+of))(?!\w)")

COMPLEMENTIZER = "that"
# "according to Li, …"
ACCORDING_TO = ("according to",)
BODY_ONLY: tuple[str, ...] = ()  # see lexicon_ru
# ... and with the speaker as a possessive pronoun inside it
ACCORDING_POSSESSIVE = r"in\s+(?P<np>his|her|their)\s+(?:own\s+)?(?:words|view|opinion|assessment)"  # "In his view, …"
# "“…,” the site quoted him as saying": the speaker is the one quoted, not the source
QUOTED_AS = (r"quoted\s+(?P<np>him|her|them|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
             r"|the\s+[\w'’.-]+(?:\s+[\w'’.-]+){0,7}?)\s+as\s+saying")  # ... or a role: "quoted the minister as"
# Where a speaker is data rather than a person ("according to the statistics"): no quotation.
NOT_SPEAKERS = """
data statistics figures report reports survey surveys estimates study studies information sources plan plans
project forecast forecasts
projections calculations schedule programme program agreement agreements contract contracts document documents
terms deal deals memorandum treaty
""".split()  # ... or a document: "according to the plan, the plant will cost $200 million"
# "As Li noted, …"
AS_WORDS = ("as",)
# A body's statement told with a verb that otherwise credits an outlet: "…, the ministry's press service reported.",
# "As reported by the press service of the akimat, …" (the naming must be a speaking body: SPEAKING_BODIES)
BODY_REPORTS = "reports reported".split()
BODY_REPORTS_BY = "by"  # the preposition of the passive: "as reported by"
# ... and what may follow that verb: when, and whose story it is ("…, the press office reported on 21 August, according
# to the Steppe Times.")
BODY_REPORTS_AFTER = (r"(?:\s+(?:on|in|at|last|this|earlier)\s+[\w ]{1,20}?|\s+(?:today|yesterday))?"
                      r"(?:,?\s+(?:according\s+to|citing)\s+[^,.;:!?]{1,40}?)?")

# Words opening an addressee or adverbial between a verb and its complement: "told reporters that".
MID_MAX_WORDS = 6
# before "that": "told a news briefing at the embassy in Beijing that" (no finite verb among them, quotes.extract)
REPORTED_MID_MAX_WORDS = 10

# Words a speaker segment may start with that are not part of the naming.
# A clause hung on the one before by these has that one's subject: "X gave an interview, where he noted …"
RELATIVE_ADVERBS = "where".split()
LEADING_NOISE = "and but also meanwhile however then so while".split()
# Words of time that may open the words before a verb, before its speaker: "Yesterday the minister said".
WHEN_WORDS = "yesterday today earlier recently later".split()
# An occasion opening the words before the verb: "At the meeting the governor said" (English mostly sets it off with
# a comma, which ends the naming already)
OCCASION_OPENER = (r"(?:during|at|after|following|on\s+the\s+sidelines\s+of|in\s+the\s+course\s+of)\s+(?:the|a|an|this|"
                   r"that|their|his|her|its)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|negotiations|visit|trip|tour|forum|"
                   r"ceremony|session|briefing|summit|conference|event|exhibition|presentation)s?\s+")
# Words between a naming and its verb that are not the naming: "He has noted that", "Li also said".
TRAILING_NOISE = "has have had also earlier previously once repeatedly further then".split()
# ... and any adverb of manner: "she bluntly said", "Li strongly believes" (not a noun in -ly: "the family said")
TRAILING_ADVERB = r"(?!(?:family|assembly|daily|weekly|monthly|ally|supply|rally|italy|july|anomaly)$)[a-z]{2,}ly"
# An auxiliary opening an inverted attribution, as translated from Russian: '"…",- has declared the President'
AUX_BEFORE_SAY = "has have had".split()
# ... and a phrase: "the minister was quoted as saying" (not "Journalists were told that": they heard it)
TRAILING_PHRASE = r"\s+(?:was|were|is|are)\s+quoted\s+as"
# A parenthetical before the verb ends no clause: "The Chinese side, in turn, noted …" is the side's naming
PARENTHETICALS = """in turn|in its turn|for its part|for their part|in particular|for example|for instance|however|
meanwhile|moreover|in addition|also|too|therefore|thus|in response""".replace("\n", "").split("|")
SPEAKER_PREPOSITIONS = ()
SPEECH_OBJECTS: list[str] = []  # "shared her impressions" comes before its quotation in English (see lexicon_ru)
RECIPIENTS: list[str] = []  # "told reporters" is a tell verb's object (TELL_VERBS; see lexicon_ru)
# What was told about, after a closing verb: "…, the bloggers told of their impressions" (no quotation before it)
TOPIC_PREPOSITIONS = "about of".split()
OCCASION_NOUNS: list[str] = []  # "said at a briefing": "at" ends the naming (SPEAKER_STOPS; see lexicon_ru)
DOCUMENT_NOUNS: list[str] = []  # "said in a statement" follows its speaker in English (see lexicon_ru)
# "“…,” the statement said": the statement speaks for whoever was told issuing it before
SOURCE_DOCUMENTS = "statement release communique communiqué document message".split()
# A naming headed by a deal, a paper or an occasion is no speaker: "the memorandum says 90 percent of the workers …",
# "the reports presented at the forum noted …", "announced the signing of an agreement" (a person speaks for them)
UNSPEAKING_HEADS = """
memorandum memorandums agreement agreements treaty contract contracts declaration report reports signing meeting
visit talks
""".split()
UNSPEAKING_HEAD_PATTERN = r"(?!x)x"  # see lexicon_ru (an English naming of what is confirmed follows no "said")
# Segments between commas that describe the speaker, not name it: ", who …", ", citing sources in the ministry,"
DESCRIBING_OPENERS = "who which whose whom where that citing quoting".split()
# Segments opening with these are adverbials, never the speaker: "After visiting the park, Li said".
COORDINATORS = "and".split()  # a naming's list
ADVERBIAL_OPENERS = """
after before while when during as in at on for since upon following speaking talking according representing
if although though because with from by to of about over
""".split()
# ... but "about" or "over" before a number hedges a count that opens the clause: "said about 40 contracts have …"
APPROXIMATE_NUMBER = (r"(?:about|over)\s+(?:\$|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                      r"fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+(?:dozen|hundred|thousand|"
                      r"million|billion))\b(?!\s+of\b))")

PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person", "they": "group", "them": "group",
            "we": "group", "i": "self", "his": "person", "their": "group",  # possessive, "in his words"
            "it": "body"}  # "According to the bureau of commerce, … It also stated that …": the body that spoke last
# A quotation attributed after its closing mark keeps the attribution's comma inside the marks: “…,” he said.
AFTER_QUOTE = r"[,.!?…]\s*$"
# After a verb, "in a statement" / "on Monday" end the speaker's naming: "said Li on Monday".
SPEAKER_STOPS = "in on at during after before when while to".split()
BODY_NAME_HEADS: list[str] = []  # English names a body with "of" ("the Ministry of Youth Affairs"), no stop word

# A reported clause ends where the speaker's next act starts: "… and added that", "… and expressed readiness",
# ", adding that"; and where an outlet's credit closes the sentence: "…, Akorda press service reports."
COORDINATED_VERB = r"(?!x)x"  # English past forms are too ambiguous after ", and" (see lexicon_ru)
CLAUSE_STOPS = (r",?\s+and\s+(?:also\s+)?(?:{say})\b",
                r",\s+(?:adding|saying)\s+that\b",  # not "…, adding 200 jobs to the local economy"
                # "… and invited them to the forum", ", and has thanked the hosts": an act of the speaker's, not said
                r",?\s+and\s+(?:also\s+)?(?:has\s+|have\s+)?(?:invited|thanked|urged|called\s+on|wished|congratulated)\b",
                # "…, stressing (that) …": the speaker's next act, whatever it takes
                r",\s+(?:noting|stressing|underlining|emphasi[sz]ing|citing)\b",
                r",\s+(?:[\w'’.-]+\s+){{1,6}}(?:reports|reported|learnt|learned)\s*[.!]?\s*$",
                r":\s*[“\"«]",  # "…, trade grew: “We now ship …”": the speaker's own words follow
                # "… in the following three aspects: First, establish …": an enumeration, told on its own
                r":\s*(?:(?i:first(?:ly)?)\b|1[.)]\s)")
# The same speaker's next reported clause: "Li said the plant is large and added that it will open in May" (without
# "that" only after "said": "… and tell the world more about Xinjiang" is no clause)
CONTINUED = r",?\s+and\s+(?:also\s+)?(?:(?P<said>said|says)(?:\s+that)?|(?P<verb>{say})\s+that)\s+"
AFTER_QUOTE_TAIL = r"^\s*(?:[—–-]|--)"  # a hyphen too, as typed: "…" - said X
INTERRUPTED_QUOTES = False  # English closes the marks around "he said" (see lexicon_ru)
BACK_REFERENCE = r"(?!x)x"  # "Об этом заявил X" has no common English form ("X said this")
BACK_REFERENCE_VERBS: list[str] = []
# When it was said, after the verb of an attribution that closes a sentence: "…, the ministry said on Tuesday.",
# "…, Li told reporters May 10." (a pattern; the verb's one object word, "reporters", comes before it)
WHEN_AFTER_VERB = (r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today|yesterday|"
                   r"(?:earlier\s+)?(?:this|last)\s+(?:week|month)|"  # "…, the minister said this week."
                   r"(?:on\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|"
                   # ... where and how: "…, the company said in a statement (on Tuesday).", "…, Li said in Astana."
                   r"in\s+[A-Z][\w'’-]+|"
                   r"in\s+(?:a|an|its|his|her|their)\s+(?:statement|press\s+release|interview|letter|post|report|"
                   r"message|speech|address|briefing|comment|note)|"
                   r"at\s+(?:a|the)\s+(?:briefing|press\s+conference|news\s+conference)")
# "the official site of President X said": a naming whose head is owned by a person speaks as itself
OWNER_PREPOSITIONS = ("of",)
ARTICLES = ("the", "a", "an")
# "According to X, head of the department, …": a description after a name that opens with one of these is a role
# A group that does something and says something: "The delegation also visited the plant and said they were …"
GROUP_SPEAKERS = "delegation delegations group groups delegates guests visitors participants journalists".split()
ROLE_WORDS = """
head chairman chairwoman chair director deputy minister governor mayor president ambassador spokesman spokeswoman
spokesperson expert official representative editor reporter journalist correspondent chief secretary founder
manager professor researcher analyst leader member vice general consul counsellor adviser advisor ceo
""".split()
