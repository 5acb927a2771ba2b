"""English event triggers and the words around them, as data (see tourpipe.events.lexicon for the fields)."""

# Trigger verbs by lemma. forms: surface forms for the cheap pre-filter; next: a word that must follow a form
# for the pre-filter to keep it ("went to"); slots: where the target is, in order of preference (obj = direct
# object, subj:pass = passive subject, a preposition = the noun it introduces, compound / appos = a name
# modifying / standing beside the trigger noun); objects: word list the target's head must belong to;
# passive: who the passive subject is; planned_only: an event only when planned ("намерен выпускать");
# backed: needs an actor or an amount ("attracting investment" alone is no event); next_within: words allowed
# between the form and its next word ("took the editors to"), across the commas of a list with next_across_commas
# ("brought 12 journalists from Kazakhstan, Georgia and Moldova, to Xi'an"); object_acts: the object is who visits;
# under_way: a planned_only trigger that is also news in progress ("a plant is being built", "строится завод").
VERBS = {
    # "the park was visited by a delegation": the passive subject is the site
    "visit": dict(type="visit", forms="visit visits visited visiting", slots="obj subj:pass", passive="target",
                  any_site=True),
    "tour": dict(type="visit", forms="tour tours toured touring", slots="obj around of"),
    "go": dict(type="visit", forms="go goes went gone going", next="to", slots="to"),
    "come": dict(type="visit", forms="come comes came coming", next="to", slots="to"),
    "arrive": dict(type="visit", forms="arrive arrives arrived arriving", next="in at", slots="in at"),
    # "the president landed in Ulaanbaatar": a visitor's plane arriving is the visitor arriving
    "land": dict(type="visit", forms="land lands landed landing", next="in at", slots="in at"),
    "travel": dict(type="visit", forms="travel travels traveled travelled traveling travelling", next="to",
                   slots="to"),
    "head": dict(type="visit", forms="headed", next="to", slots="to"),
    "fly": dict(type="visit", forms="fly flies flew flown flying", next="to", slots="to"),  # "the governor flew to X"
    "flock": dict(type="visit", forms="flock flocks flocked flocking", next="to", slots="to"),  # "flocked to Urumqi"
    "leave": dict(type="visit", forms="left leaves leaving", next="for", slots="for"),
    "show": dict(type="visit", forms="shown showed", next="around round", slots="around round", passive="actor"),
    "stop": dict(type="visit", forms="stopped", next="at by", slots="at by"),
    "walk": dict(type="visit", forms="walk walks walked walking", next="into", slots="into"),
    # "The governor received a delegation from Gansu": the subject hosts the visitors, its object
    "receive": dict(type="visit", forms="receive receives received receiving", slots="subj", object_acts=True,
                    hosts=True),
    # "Putin welcomed Hu into the halls of the Kremlin": the object goes where the welcome takes them (only into or to
    # a place: "welcomed the decision", "welcomed the guests" take no one anywhere)
    "welcome": dict(type="visit", forms="welcome welcomes welcomed welcoming", next="into to", next_within=8,
                    slots="into to", object_acts=True),
    "inspect": dict(type="visit", forms="inspect inspects inspected inspecting", slots="obj"),
    # "a delegation attended a business forum in Tianjin", "participated in the EXPO": going to a fair or a forum held
    # somewhere (not "attended the talks": only a gathering of the "gathering" list)
    "attend": dict(type="visit", forms="attend attends attended attending", slots="obj", objects="gathering"),
    "participate": dict(type="visit", forms="participate participates participated participating", next="in",
                        slots="in", objects="gathering"),
    "explore": dict(type="visit", forms="explore explores explored exploring", slots="obj"),  # "explored the bazaar"
    "take": dict(type="visit", forms="take takes took taken taking", next="to", next_within=16,
                 next_across_commas=True, slots="to", object_acts=True),
    "bring": dict(type="visit", forms="bring brings brought bringing", next="to", next_within=16,
                  next_across_commas=True, slots="to", object_acts=True),
    # "got acquainted with the work of the port" (news translated from Russian: "ознакомились с работой")
    "acquaint": dict(type="visit", forms="acquainted acquaint acquaints", next="with themselves", next_within=1,
                     slots="with"),
    "drop": dict(type="visit", forms="dropped", next="by into", slots="by into"),
    "familiarize": dict(type="visit", forms="familiarize familiarized familiarise familiarised familiarizing",
                        next="with", next_within=1, slots="with"),
    "sign": dict(type="agreement", forms="sign signs signed signing", slots="obj subj:pass",
                 objects="agreement", party="with", passive="target"),
    "conclude": dict(type="agreement", forms="conclude concludes concluded concluding", slots="obj subj:pass",
                     objects="agreement", party="with", passive="target"),
    "ink": dict(type="agreement", forms="ink inks inked inking", slots="obj subj:pass", objects="agreement",
                party="with", passive="target"),
    # "companies seal 10 pacts", "a deal was struck", "clinched a contract", "secured trade agreements": only what the
    # "accord" list names ("secured a loan", "struck the region" are no deals)
    **{verb: dict(type="agreement", forms=forms, slots="obj subj:pass", objects="accord", party="with",
                  passive="target")
       for verb, forms in (("seal", "seal seals sealed sealing"), ("strike", "strike strikes struck striking"),
                           ("clinch", "clinch clinches clinched clinching"),
                           ("secure", "secure secures secured securing"))},
    # "Kazakh Invest and Sany entered into an agreement to build …"; "the parties exchanged memoranda on …" (not
    # "exchanged views": only what the "agreement" list names; nor "a ceremony of exchanging documents", which tells
    # of a signing told already)
    "enter": dict(type="agreement", forms="enter enters entered entering", next="into", slots="into",
                  objects="agreement", party="with"),
    "exchange": dict(type="agreement", forms="exchange exchanges exchanged", slots="obj subj:pass",
                     objects="agreement", party="with", passive="target"),
    # "the deal was finalized", "finalised a contract"
    **dict.fromkeys(("finalize", "finalise"),
                    dict(type="agreement", forms="finalize finalizes finalized finalise finalises finalised",
                         slots="obj subj:pass", objects="agreement", party="with", passive="target")),
    # "$23 billion in deals agreed with China", "a deal was agreed"; "agreed to cooperate" names no agreement
    "agree": dict(type="agreement", forms="agree agrees agreed", slots="obj subj:pass", objects="accord",
                  party="with", passive="target"),
    # "reached an agreement"; "reached a consensus / understandings" tells no agreement made
    "reach": dict(type="agreement", forms="reach reaches reached reaching", slots="obj subj:pass",
                  objects="accord", party="with", passive="target"),
    # "TBEA acquired the rights to operate a mine", "bought a 30 percent stake in the refinery": buying into a business
    **{verb: dict(type="investment", forms=forms, slots="obj subj:pass", objects="holding", passive="target")
       for verb, forms in (("acquire", "acquire acquires acquired acquiring"),
                           ("buy", "buy buys bought buying"), ("purchase", "purchase purchases purchased purchasing"))},
    "invest": dict(type="investment", forms="invest invests invested investing", slots="in into obj",
                   backed=True, passive="sum"),
    # "China will spend $1 billion on (or for) the construction of a plant": money put into a project (a figure of money
    # in the sentence backs it: not "spent two days on the tour")
    "spend": dict(type="investment", forms="spend spends spent spending", slots="on for", objects="plant",
                  amount_only=True),
    # "Sinopec will finance the construction of a plant": who pays for a project invests in it
    "finance": dict(type="investment", forms="finance finances financed", slots="obj subj:pass", passive="target",
                    backed=True),
    # "the first park funded by four private firms": as "finance" ("funds", "funding" are mostly nouns)
    "fund": dict(type="investment", forms="fund funded", slots="obj subj:pass", passive="target", backed=True),
    # "Exim Bank has provided $638 million for three chemical facilities", "is ready to allocate $1.2 million for a
    # shoe factory": money given for a project (a figure of money in the sentence backs it)
    "provide": dict(type="investment", forms="provide provides provided providing", slots="for", objects="plant",
                    amount_only=True),
    "allocate": dict(type="investment", forms="allocate allocates allocated allocating", slots="for to",
                     objects="plant", amount_only=True),
    # "Fufeng is set to inject $800 million in the plant": money put into a project
    "inject": dict(type="investment", forms="inject injects injected injecting", slots="in into", objects="plant",
                   amount_only=True),
    # "Sinopec has poured $1 billion into a polymer plant", "channelled $50 million into the zone", "committed $2
    # billion to the railway": money put into a project (a figure of money in the sentence backs it: not "poured into
    # the hall")
    "pour": dict(type="investment", forms="pour pours poured pouring", slots="in into", objects="plant",
                 amount_only=True),
    "channel": dict(type="investment", forms="channel channels channelled channeled channelling channeling",
                    slots="in into", objects="plant", amount_only=True),
    "commit": dict(type="investment", forms="commit commits committed committing", slots="to for", objects="plant",
                   amount_only=True),
    # "TBEA is implementing a large-scale energy project" (as "реализует проект")
    "implement": dict(type="investment", forms="implement implements implemented implementing",
                      slots="obj subj:pass", objects="project", passive="target", backed=True),
    # "Lihua Group is spearheading a $420 million cotton cluster project", "TBEA is advancing an energy project"
    **{verb: dict(type="investment", forms=forms, slots="obj subj:pass", objects="project", passive="target",
                  backed=True)
       for verb, forms in (("spearhead", "spearhead spearheads spearheaded spearheading"),
                           ("advance", "advance advances advanced advancing"))},
    "build": dict(type="investment", forms="build builds built building", slots="obj subj:pass", objects="plant",
                  passive="target", planned_only=True, under_way=True),
    **dict.fromkeys(("modernize", "modernise"),  # the lemma keeps its spelling
                    dict(type="investment", forms="modernize modernizes modernise modernises", slots="obj subj:pass",
                         objects="plant", passive="target", planned_only=True, under_way=True)),
    "upgrade": dict(type="investment", forms="upgrade upgrades", slots="obj subj:pass", objects="plant",
                    passive="target", planned_only=True, under_way=True),
    # "plans to expand meat production", "will expand the plant"
    "expand": dict(type="investment", forms="expand expands expanding", slots="obj subj:pass", objects="plant",
                   passive="target", planned_only=True, under_way=True),
    # "launched a dry port": a plant launched is an investment done (as one to be launched is planned)
    "launch": dict(type="investment", forms="launch launches launched launching", slots="obj subj:pass",
                   objects="plant", passive="target"),
    # "plan to start joint production of fuel injectors" (not "started talks", nor "construction … will start": only
    # the making of something, named right after the verb)
    "start": dict(type="investment", forms="start starts started starting begin begins began beginning",
                  next="production manufacturing assembly", next_within=2, slots="obj", objects="making"),
    # "plans to set up a factory", "will establish an industrial park"
    "establish": dict(type="investment", forms="establish establishes establishing established",
                      slots="obj subj:pass",
                      objects="plant", passive="target", planned_only=True),
    # "Chinese firms plan to create a metalwork facility", "will construct a hotel"
    **{verb: dict(type="investment", forms=forms, slots="obj subj:pass", objects="plant", passive="target",
                  planned_only=True)
       for verb, forms in (("create", "create creates creating"),
                           ("construct", "construct constructs constructed constructing"))},
    "set": dict(type="investment", forms="set sets setting", next="up", slots="obj subj:pass", objects="plant",
                passive="target", planned_only=True),
    # "BYD will open a car plant in Jizzakh"; an opening done is an event of the plant, not of an investor
    "open": dict(type="investment", forms="open opens opening", slots="obj subj:pass", objects="plant",
                 passive="target", planned_only=True),
    "produce": dict(type="investment", forms="produce produces produced producing", slots="obj",
                    planned_only=True),
    "manufacture": dict(type="investment", forms="manufacture manufactures manufactured manufacturing",
                        slots="obj", planned_only=True),
    # "Chinese investors will begin to assemble trucks in Komsomolsk": production to be set up, as "produce"
    "assemble": dict(type="investment", forms="assemble assembles assembling", slots="obj", planned_only=True),
}

NOUNS = {
    "visit": dict(type="visit", forms="visit", slots="to of compound in"),  # "the state visit of X in Beijing"
    "tour": dict(type="visit", forms="tour", slots="of to around across through compound in"),
    "trip": dict(type="visit", forms="trip trips", slots="to around across through compound"),
    "excursion": dict(type="visit", forms="excursion excursions", slots="to around across through of in"),
    # "a trade mission to China": a delegation's trip (not "the company's mission": it needs a destination)
    "mission": dict(type="visit", forms="mission", slots="to"),
    "stop": dict(type="visit", forms="stop", slots="appos at"),
    # "conducted an on-site inspection of the port", "inspections of the platform and the institute"
    "inspection": dict(type="visit", forms="inspection inspections", slots="of at"),
    "investment": dict(type="investment", forms="investment investments", slots="in into", backed=True,
                       amount_only=True),
    "signing": dict(type="agreement", forms="signing", slots="of compound", objects="agreement", party="with"),
    "inking": dict(type="agreement", forms="inking", slots="of compound", objects="agreement", party="with"),
    # "construction of an oil catalyst recycling plant will start": a plant to be built (planned only: "discussed
    # the construction of …" tells no investment; "invest in the construction of …" is the verb's)
    "construction": dict(type="investment", forms="construction", slots="of", objects="plant", planned_only=True),
}
# Plural trigger nouns keep only with a target right after them ("visits to", "investments in").
PLURAL_NEXT = "to of in into"

WORD_LISTS = {
    "site": """
park parks zone zones hall halls center centre centers centres factory factories plant plants company companies
enterprise enterprises museum museums exhibition exhibitions area areas city cities district districts
headquarters campus university universities institute institutes lab laboratory laboratories port ports base
bases site sites facility facilities farm farms school schools hospital hospitals mosque mosques temple temples
kremlin cathedral cathedrals theatre theatres theater theaters palace palaces clinic clinics
community communities region regions province provinces county village villages town towns station stations
office offices firm firms venue venues business businesses workshop workshops hub hubs cluster clusters administration
newsroom newsrooms broadcaster broadcasters
complex complexes project projects mine mines field fields market markets airport airports terminal
terminals resort resorts pavilion pavilions expo fair fairs showroom showrooms garden gardens library libraries
studio studios platform platforms
incubator incubators institution institutions ministry embassy consulate mall square monument monuments
capital capitals country countries island islands valley county counties bureau plaza street streets seaport seaports
canyon canyons gorge gorges lake lakes mountain mountains reserve reserves faculty faculties neighborhood
neighborhoods neighbourhood neighbourhoods
college colleges academy academies kindergarten kindergartens lyceum lyceums observatory observatories
mill mills refinery refineries smelter smelters foundry foundries quarry quarries oilfield oilfields shipyard shipyards
warehouse warehouses depot depots dock docks pier piers checkpoint checkpoints substation substations dam dams
reservoir reservoirs plantation plantations orchard orchards greenhouse greenhouses vineyard vineyards winery wineries
brewery breweries dairy dairies ranch ranches cooperative cooperatives bazaar bazaars zoo zoos stadium stadiums
arena arenas gallery galleries memorial memorials mausoleum mausoleums fortress fortresses castle castles church
churches monastery monasteries pagoda pagodas tower towers township townships prefecture prefectures
""",
    "agreement": """
agreement agreements deal deals contract contracts memorandum memoranda memorandums mou mous accord accords
treaty treaties protocol protocols document documents pact pacts declaration declarations roadmap
program programs programme programmes plan plans statement statements charter paper papers letter letters
""",
    "accord": "agreement agreements deal deals accord accords pact pacts contract contracts",
    "gathering": "expo exhibition fair forum festival",
    # people, not places: "visited locals and the logistics centre" visits the centre
    "people": """
local resident villager farmer family student pupil worker employee official leader colleague child veteran
patient elder herdsman people household entrepreneur businessman artisan teacher doctor volunteer
""",
    "project": "project projects",
    # what a firm starts making: "plan to start joint production of fuel injectors"
    "making": "production manufacturing assembly",
    # what buying into a business acquires: "acquired a 60 percent stake", "acquired the rights to operate a mine"
    "holding": """
stake stakes share shares right rights license licenses licence licences concession concessions asset assets
company companies mine mines plant plants deposit deposits field fields enterprise enterprises business businesses
""",
    "plant": """
plant plants factory factories facility facilities production line lines workshop complex project projects
enterprise enterprises park parks zone zone center centre mine refinery refineries farm farms station stations
mall malls hotel hotels warehouse warehouses terminal terminals hub hubs greenhouse greenhouses
road roads railway railways bridge bridges tunnel tunnels pipeline pipelines port ports airport airports
smelter smelters mill mills subsidiary subsidiaries dam dams hospital hospitals school schools laboratory laboratories
cluster clusters deposit deposits assembly
""",
}

# Verbs whose subject is the actor of a trigger noun they govern ("the group paid a visit").
LIGHT_VERBS = """
pay make conduct undertake have begin start complete include embark kick wrap hold participate join
""".split()
# Nouns between such a verb and a trigger noun: "the leaders will take part in the signing" (a future signing).
LIGHT_NOUNS = "part".split()
# A ceremony a trigger noun names is the event told: "a signing ceremony took place in Tashkent" was signed there.
CEREMONY_NOUNS = "ceremony".split()
CEREMONY_PREPOSITIONS = "of for".split()  # ... and what is signed: "a signing ceremony for 20 agreements"
# A group's leader named after it belongs to its naming: "A delegation led by Governor X visited …"
LED_BY = r",?\s+(?:(?:led|headed)\s+by|(?:composed|made\s+up|consisting)\s+of|comprising)\s+"  # ... or made of
# The prepositions an amount takes what it is of with: "signed $2 billion in deals", "$5 million of investment"
AMOUNT_OF = "in of".split()
# Verbs that end a visit: "wrapped up its week-long visit on Sunday" (END_FORMS: a sentence saying so)
END_VERBS = "wrap conclude complete end finish".split()
# "Heads of State Congratulate Signing of Intergovernmental Agreement": those who hail a signing did not sign
ONLOOKER_VERBS = "congratulate hail applaud praise".split()
START_VERBS = "begin start commence launch".split()
# ... their forms right before a trigger noun: "has started construction of a plant"
START_FORMS = r"\b(?:beg[iau]ns?|start(?:s|ed)?|commenc(?:es|ed)?|launch(?:es|ed)?)\s+(?:the\s+)?$"
# "are involved in constructing wind farms", "helping in the construction of projects": a hand in a project
PARTAKE_VERBS = "involve engage participate help assist".split()
END_FORMS = (r"\b(?:wrap(?:s|ped)?\s+up|conclud(?:es|ed)|complet(?:es|ed)|end(?:s|ed)|finish(?:es|ed))\s+"
             r"(?:its|his|her|their|the|a)\s+(?:[\w-]+\s+){0,2}(?:visit|tour|trip)\b")
# A day the news was reported or said on, right before its DATE: "…, Xinhua reported on Monday" dates the report,
# not the trip the sentence tells of.
REPORT_DAY = (r"\b(?:report(?:s|ed)|sa(?:id|ys)|told(?:\s+[\w-]+){0,2}|announc(?:es|ed)|stated|wr(?:ote|ites))"
              r"\s+(?:on\s+|last\s+|this\s+)?$")
# A trip told as lasting days: its first day dates none of its stops ("The seven-day interview event …", "a tour
# that began on May 3", "a week-long visit")
DAYS_LONG = (r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multi)[- ]day\b|\bweek-long\b"
             r"|\b(?:began|started|kicked\s+off)\s+on\b")
# Going where the visitors came from is going home: "journalists from Islamabad … left for Islamabad"
RETURN_TRIGGERS = "leave fly".split()
# ... and so is going to the capital of the country they lead: "the president of Uzbekistan … has left for Tashkent"
LEADER_OF = r"\b(?:president|prime\s+minister|premier|leader|head\s+of\s+state)\s+of\s+(?:the\s+)?$"
# ... and a place so named is no place of the news ("A delegation from Wuxi", "Wuxi businesses signed …"): the words
# before such a mention, and after it
ORIGIN_WORDS = r"(?<!\w)from(?:\s+the)?"
ORIGIN_NEXT = (r"\s+(?:delegations?|enterprises?|compan(?:y|ies)|business(?:es)?|firms?|investors?|journalists?|"
               r"officials?|entrepreneurs?|media|team|group|businessmen|producers?|manufacturers?)\b")
# Light verbs that belong to the trigger's span ("paid a field visit").
TRIGGER_LIGHT_VERBS = "pay make".split()
# ... their forms right before a trigger noun that otherwise needs an amount: "have made investments in the sector"
LIGHT_FORMS = (r"\b(?:pa(?:y|ys|id|ying)|ma(?:ke|kes|de|king))\s+"
               r"(?:(?:an?|the|their|its|his|her|significant|large|major|new|further)\s+){0,2}$")
# Subjects that cannot be actors: "The trip also included a visit to …".
NON_AGENTS = """
trip tour visit program programme itinerary schedule day event journey route agenda meeting talk talks negotiation
summit session
""".split()  # ... nor does an occasion: "the meeting that resulted in signing the documents" signed nothing

# Planned: a future auxiliary, a governing plan word, or a planning adjective on a trigger noun.
FUTURE_AUX = "will shall 'll wo would".split()
PLAN_WORDS = """
plan intend aim expect schedule set prepare hope want seek agree propose decide consider envisage mean going look
project intention proposal ready willing eager readiness due interest vow pledge promise keen commit
""".split()
PLAN_ADJECTIVES = "upcoming planned forthcoming future scheduled proposed prospective next".split()
PREPARATION_NOUNS: list[str] = []  # see lexicon_ru ("preparations for the visit" is no genitive)
# "The programme includes visits to plants": the items of a programme are to come (not "the programme included")
PROGRAMME_NOUNS = "programme program agenda itinerary schedule".split()
NEGATIONS = "not n't never no".split()

# A trigger noun so framed refers back to an event already reported: "During the tour", "This visit".
ANAPHORIC_DETERMINERS = "this that these those same".split()
ARTICLES = "the a an".split()
# ... and those that open the list of a signing told before: "The following documents were signed: …"
LIST_OPENERS = "following".split()
ADDITIVE_WORDS = "also too additionally further moreover".split()
TERM_PREPOSITIONS = "until till through".split()
ABILITY_NOUNS = "capacity ability capability potential power".split()
OUTLET_NOUNS = "website site newspaper magazine channel portal outlet agency".split()
# An actor that stands for the organisations just listed: "These companies are to launch …"
# ... and one that stands for the company named last: "The company plans to build …"
COMPANY_ANAPHOR = r"(?:the|this)\s+(?:company|corporation|firm)"
# ... and the nouns for a company: what one of them built is its investment ("a Chinese enterprise has built a park")
COMPANY_NOUNS = "company corporation firm enterprise investor group holding".split()
# ... when it is a place of production (a school or a road a company built may be a gift)
PRODUCTION_SITES = """plant factory facility workshop complex enterprise park zone mine refinery smelter mill farm
greenhouse station cluster""".split()
GROUP_ANAPHOR = (r"(?:these|those|the|both)\s+(?:two\s+|three\s+|four\s+|five\s+)?"
                 r"(?:companies|firms|corporations|investors|enterprises)")
ANAPHORIC_PREPOSITIONS = "during after before throughout following since upon".split()
ANAPHORIC_FRAMES = "course end beginning part".split()
# Cheap pre-parse veto: text right before a trigger noun that makes it a back-reference.
ANAPHORIC_BEFORE = (r"\b(?:during|after|before|throughout|following|since|upon|on\s+the\s+sidelines\s+of)\s+"
                    r"(?:the|their|this|that|his|her|"
                    r"its|our)\s+(?:[\w-]+\s+){0,2}$", r"\b(?:this|that|these|those)\s+(?:[\w-]+\s+)?$",
                    # "On the first day of the visit, …"
                    r"\b(?:on|in)\s+the\s+(?:first|second|third|last|final|next)\s+days?\s+of\s+(?:the|their|this|his|"
                    r"her|its|our)\s+(?:[\w-]+\s+){0,2}$",
                    # "… in Beijing. The visit was marked by the signing of …": a sentence opening with "the" visit
                    r"[.!?]\s+the\s+$")
# "the visiting group", "a visiting professor": the participle describes a noun.
MODIFIER_BEFORE = r"\b(?:the|a|an|this|that|their|its|his|her|our)\s+$"
MODIFIER_FORMS = "visiting touring"

LOCATIVE_PREPOSITIONS = "in at near".split()
TOUR_PREPOSITIONS = "around round across through throughout".split()
# A trigger that goes around a region, not to one town of it: "toured Gansu", "a trip to Xinjiang"
TOURING = r"tour|trip|journey|travel|explor"
# Words between a visit noun's goal and its visitor: none in English ("visit to China of …" is rare)
VISITOR_MODIFIER = r"(?!x)x"
GOAL_PREPOSITIONS = "to".split()
VISITOR_GENITIVE = r"(?!x)x"
# What a paragraph says of the town it opens with: "Kashgar is an ancient oasis city …", "Turpan, the hottest place in
# China, has …" (an apposition closed by its comma, then the verb)
DESCRIBING = r"(?:,[^,\n]{3,80},\s*)?(?:is|has|lies|sits|boasts)\b"

# The capital told without its name: "arrived in the capital", "at the capital's airport" (not "the capital of
# Xinjiang", "the regional capital")
CAPITAL_UNNAMED = (r"(?<![\w-])(?:in|at|to)\s+the\s+(?:country's\s+|nation's\s+)?capital(?:'s|’s)?"
                   r"(?![\w-]|\s+(?:of|city\s+of)\b)")
# A town's name as the scene of what is told: "Beijing hosted a meeting of …", "… at the airport of Beijing"
HOSTED_AFTER = r"\s+(?:hosted|hosts|is\s+hosting|will\s+host)\b"
PLACE_INSIDE = r"(?<![\w-])(?:in|at)\s+the\s+(?:airport|palace|residence|hall)\s+of\s+$"
# The time a clause is told in, not after or before it: "during his visit … agreements will be signed"
DURING_FRAME = r"\b(?:during|throughout|in\s+the\s+course\s+of|as\s+part\s+of)\s+(?:[\w'’-]+\s+){0,3}$"
# Deals told as more than those before: "Also, contracts … were signed", "… were also signed" (not "who also attended")
MORE_OPENING = r"\W*(?:also|additionally|in\s+addition|moreover|besides|furthermore)\b"
MORE_BEFORE = r"\b(?:also|too|additionally)\s+(?:(?:been|be|were|was|are|is|have|has|had)\s+){0,2}$"
LEFT_FROM = r"\b(?:returned\s+(?:home\s+)?from|departed(?:\s+from)?)\s+$"  # (not "left": "sanctions left …")
COMITATIVE_PREPOSITIONS = "with".split()
AGENT_PREPOSITIONS = "by".split()
# ... and how a trigger noun takes its visitor, a named person or organisation ("the visit of President X",
# "визит Си Цзиньпина": None is the bare genitive)
NOUN_AGENT_CASES = ("of",)
INSTRUMENTAL_AGENTS = False  # English has no case: "by" (AGENT_PREPOSITIONS) marks the doer
# ... or a word for people who travel: "the visit of the delegation to Urumqi", "the tour of the journalists"
LEAD_VERBS = "lead head".split()  # "led a delegation on an official visit to China"
# Who goes along with the actor: "The governor with a delegation of … visited" (a group of VISITOR_NOUNS)
COMPANION_PREPOSITIONS = "with".split()
VISITOR_NOUNS = """
delegation group journalist representative delegate guest minister president premier chairman head leader speaker
ambassador governor mayor editor reporter correspondent blogger businessman entrepreneur investor
""".split()
# "in the country": the country the article is about.
# A group of visitors told as one: "The delegation … They toured" ("they" may stand for it) ...
GROUP_NOUNS = "delegation group team".split()
# ... or in the plural ("The editors … They toured"): the endings a cheap test looks for after a noun's stem
PLURAL_ENDINGS = r"s|es"
COUNTED = r"(?!x)x"  # (a counted English noun is plural)
# Who a host receives on a visit: "the governor received a delegation"
HOSTED_NOUNS = """delegation group guest journalist delegate editor reporter correspondent blogger investor businessman
entrepreneur""".split()
# Rights bought are rights to what follows: "acquired the rights to operate a mine", "rights to concessions"
RIGHT_NOUNS = "right license licence".split()
RIGHT_PREPOSITIONS = "to for".split()
COUNTRY_WORDS = "country nation republic".split()
# ... of which a republic may be a region: "Tatarstan hosts the forum. A delegation arrived in the republic"
REPUBLIC_WORDS = "republic".split()
# Occasions whose place the deals signed at them share: "talks in Beijing … Following the talks, the sides signed".
OCCASION = r"talks|negotiations|meeting|summit|forum"
# ... told again: "The negotiations resulted in the signing of …" (besides "following the talks")
# ... or named with no article: "was signed … following high-level bilateral talks in Dushanbe"
OCCASION_AGAIN = (r"\bthe\s+(?:talks|negotiations|meeting|summit|forum)\b"
                  r"|\b(?:following|after|during|at)\s+(?:[\w-]+\s+){0,3}?(?:talks|negotiations|summit)\b")
# ... in the deal's own sentence, after the day and place it was held: "…, during which documents were signed"
# A signing told again as its ceremony, up to the preposition before its place: "During the official signing ceremony
# in Tashkent, …", "The signing ceremony took place at the Akorda in Astana"
SIGNING_HELD = r"\bsigning\s+ceremony\b[^.;\n]{0,60}?\b(?:in|at)\s+(?:the\s+)?"
OCCASION_WHICH = (r",\s+(?:during|at|after|following|in\s+the\s+course\s+of|on\s+the\s+sidelines\s+of|"
                  r"as\s+a\s+result\s+of|at\s+the\s+end\s+of)\s+which\b")
# ... and a visit, no one who signs: "The visit resulted in the signing of …"
VISIT_NOUNS = r"visits?|trips?|tours?"
# "in this city": the city named last before
CITY_WORDS = "city town".split()
# "our city", "our region": the town or region the article names most (its home)
HOME_WORDS = "our".split()
REGION_NOUNS = "region province oblast".split()
# "the Central Asian nation": the region (lexicon.REGION_COUNTRIES) whose country the text names.
REGION_WORDS = {"central asian": "Central Asia", "south asian": "South Asia", "southeast asian": "Southeast Asia",
                "south-east asian": "Southeast Asia", "east asian": "East Asia", "south caucasus": "South Caucasus",
                "south caucasian": "South Caucasus", "baltic": "Baltic"}
# Stripped from a place's canonical name: "Haidian District" -> "Haidian", "Urumqi city" -> "Urumqi",
# "Ili Kazakh Autonomous Prefecture" -> "Ili" (the people an autonomous area is named for go with the designator).
SITE_SUFFIXES: list[str] = []  # English writes its compounds apart ("power plant"); see lexicon_ru.SITE_SUFFIXES
ADMIN_WORDS = """
district city county province region autonomous prefecture municipality oblast town township area velayat viloyat
aimag
""".split()
OWN_NAME_HEADS = """
mosque temple cathedral monastery church pagoda lake mountain river waterfall gorge park garden museum palace square
street community rink stadium arena theatre theater library academy
""".split()  # see lexicon_ru.OWN_NAME_HEADS; only an apposed name counts ("the lake, Tianchi"), not a compound
ETHNONYMS = """
uygur uyghur uighur hui zhuang kazakh kazak xibe mongol tibetan korean yi miao dai bai kyrgyz tajik
""".split()
# "an agreement between A and B": A and B are the parties.
BETWEEN = "between".split()
# "China, Kyrgyzstan, and Uzbekistan signed": the words that join the last of coordinated parties.
COORDINATORS = "and".split()
# The actor-less frame a headline puts a plan in: "Chinese investors to build poultry farm".
INFINITIVE_MARKS = "to".split()
# What a document signed is about, when the parser hangs it on the verb: "signed a memorandum on cooperation in …"
TOPIC_PREPOSITIONS = "on about regarding concerning".split()
# The words after the parties of a listed document, which the list line is not parsed for: "- an agreement between the
# Ministry of Energy and China Power on construction of a plant", "… and Xian Yuanchao for the supply of …"
PARTIES_END = [*TOPIC_PREPOSITIONS, *"for in to worth".split()]
# Sites visited within a site, when the parser hangs the second on the verb: "visited companies at an industrial park"
SITE_PREPOSITIONS = "at in".split()
WITH_PREPOSITIONS = ["with"]  # "a complex with its own railway"
# A tour that impressed someone was theirs: "A five-day tour of Xinjiang has deeply impressed senior editors of …"
IMPRESS_VERBS = "impress amaze astonish fascinate inspire surprise delight".split()
# Words before a visit noun that say what kind of visit it is, never where it went: "A Press tour was held …" (the
# model may tag "Press" as an organisation), "a media tour", "a study visit"
VISIT_KINDS = "press media study business working fact-finding field familiarization familiarisation".split()
WHITHER_VERBS: list[str] = []  # see lexicon_ru (English tells whither by its preposition: "to", not "in")
ORIGIN_PREPOSITIONS = ["from"]
# ... but not these, which tell where, for whom or why it was signed: "on the sidelines of the summit"
NOT_TOPICS = "sideline sidelines margin margins behalf occasion eve basis day".split()
# The field a project or a deal is in belongs to it: "to launch projects in the field of freight transport"
DOMAIN_NOUNS = "field sphere area sector domain".split()
# A trigger that reports only plans ("produce", "launch") can be planned or under way only with one of these words
# at most PLAN_CUE_WITHIN words before it ("will build", "plans to launch", "is building", "considering building",
# "the planned plant will produce"): a sentence without one is not parsed for it.
PLAN_CUES = r"""
to will shall 'll would is are am 's 're being be been upcoming planned forthcoming future scheduled proposed
prospective next ready willing eager readiness due plan(?!t)\w* intend\w* aim\w* expect\w* schedul\w* set\w* prepar\w*
hope\w* hoping want\w* seek\w* sought look\w* agree\w* propos\w* decid\w* consider\w* envisag\w* mean\w* meant going
project\w* intention\w* interest\w* vow\w* pledg\w* promis\w* keen commit\w*
began begun start\w* commenc\w* involv\w* engag\w* particip\w* help\w* assist\w*
""".split()
PLAN_CUE_WITHIN = 3
# A genitive place modifier ("парк провинции Хэбэй") is Russian; English says "in".
GENITIVE_PLACE = False
# A language without articles: a bare noun subject ("Документ был подписан") may be one told before.
BARE_NOUN_DEFINITE = False


PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person", "his": "person",
            "they": "group", "their": "group", "them": "group", "we": "group", "our": "group", "it": "thing",
            "its": "thing"}
# Relative pronouns: "the editors, who visited X" — who acts is the noun the clause describes.
RELATIVE_PRONOUNS = "who which that".split()
# "… and other places": a list's last member that names no site
# "invested billions in Kazakhstan, mainly in oil and gas": a phrase so marked details a target told before it
# "visited several places, including Urumqi, Kashgar and Ili": the places a list names after these are visited
INCLUDING = ["including", "such as"]
# ... and the general noun before such a list names no site of its own ("several places, including …")
GENERIC_SITES = "place location spot site venue attraction destination".split()
# Parts of a place that name no site: "visited areas in Xinjiang" is a visit to Xinjiang
AREA_NOUNS = "area part corner place location".split()
# Money and goods go places but visit none: "the investment will go to a cement plant", "exports went to China".
THINGS = """
investment money fund cash loan credit cargo good export import product shipment container train wagon truck
freight traffic flow revenue profit proceeds oil gas grain coal ore metal steel plane aircraft flight airliner jet
ton tonne kilogram barrel batch consignment
""".split()
# The object of an idiom is taken nowhere: "took part in a mission to Xi'an", "took steps to", "take a look at".
IDIOM_OBJECTS = "part place care note step measure look action advantage".split()
# "It was X's first time visiting Xinjiang": an occasion is no visitor, its owner is
OCCASION_NOUNS = "time occasion chance opportunity".split()
FOCUS_WORDS = "mainly mostly primarily chiefly largely particularly especially notably predominantly".split()
OTHER_WORDS = "other others".split()
# "the Kyrgyz capital", "столица Кыргызстана": a country's capital city (lexicon.CAPITALS), by lemma
CAPITAL_WORDS = "capital".split()
# A place these head is wider than a city the event names: "visited Xi'an in Shaanxi province" is in Xi'an
PROVINCE_WORDS = "province region oblast prefecture".split()

# Where a trigger sentence may be cut before parsing: what follows a non-restrictive relative clause opener
# holds neither the actor nor the target.
CLAUSE_CUT = r",\s+(?:which|where|who|whose|whom)\b|;\s"
REFLEXIVE_SUFFIXES = ()

# In running text, a trigger in the simple present ("delegations visit the park every year", "journalists are
# invited to tour Beijing") reports a habit, not an event; headlines are exempt.
GENERIC_PRESENT = True
# A wish, a chance or an invitation governing a trigger: no event ("chances to visit", "dreams of visiting", "invited
# the minister to visit Astana": whether and when the invited one goes, the sentence does not say).
WISH_WORDS = """
chance opportunity possibility dream wish desire forward invite invitation task propose proposal suggest issue question
prospect call urge encourage appeal
""".split()  # ... or a task, a proposal or a question: "the tasks of implementing joint projects", "issues of
# implementing joint projects were considered" (an interest is a plan); or an appeal: "called on Chinese companies to
# invest in …", "urged investors to build …"
# "X welcomed the governor and his entourage to visit Shaanxi": the welcomed visit, now (not an invitation)
# "organized a delegation of journalists to visit X", "the mayor led a delegation to visit Russia": those led or brought
# make the visit as the annotators read it (the leader is named with the delegation in "a delegation led by X")
WELCOME_VERBS = "welcome organize organise send lead bring".split()
TIME_NOUNS: list[str] = []  # English passives name the agent with "by" (obl:agent), never by a case
# ... but a chance had is a chance taken: "the editors had the opportunity to visit …" (the past of these verbs)
CHANCE_TAKEN = {"opportunity": "have get", "chance": "have get"}
# "in partnership with Sinopec", "with support from CNPC": the investor of a project told without a subject.
PARTNER_NOUNS = "partnership support participation collaboration cooperation help assistance".split()
# Heads that only count what follows them: "a number of agreements", "a package of deals".
# Heads that stand for what follows them: "a number of agreements", "the facilities of the hub".
# "visited several companies: A, B and C": words that count sites without naming them
FEW_WORDS = "several various many some few numerous multiple".split()
QUANTIFIERS = "number series package set batch range total facility work operation activity premises territory".split()
# Heads naming the making of what follows them: in "invest in the construction of a plant, a hotel and greenhouses" the
# parser hangs the list on "plant", and each item is something invested in.
PROCESS_NOUNS = """
construction building creation establishment development expansion modernization modernisation launch launching
opening reconstruction
""".split()
# A trigger form after one of these is a noun ("their visit"), never a verb.
DETERMINERS = "the a an this that these those their his her its our my your every each".split()
# "has invested $500 million since 2018": the date opens a stretch of time, it dates no event
UNDATED_BEFORE = r"since|(?:began|started)(?:\s+on)?"  # "a tour that began on May 3": the stops were later
# "During their stay in Almaty, the guests will visit …": the stay places what the clause tells
STAY_NOUNS = "stay visit trip tour".split()
# "Being in China on a working visit, the minister …": the visit noun tells the visit of the clause's subject
STAY_VERBS = "be stay remain".split()
# "Li is in Kyrgyzstan on an official visit", "who is in Tajikistan with a visit": the place beside a visit noun of
# these prepositions is the visit's
ON_VISIT_PREPOSITIONS = "on with".split()
# "arrived on a state visit" parses as the arrival's; "one of the stops on their tour" beside "visited" is a tour
MANNER_PREPOSITIONS: list[str] = []
# A present told with one of these is a habit: "tourists arrive every day", "delegations regularly visit the park"
HABIT_WORDS = "daily weekly annually yearly regularly usually often frequently every each".split()
# ... and a trigger noun one of these describes is one event, whatever the tense of its clause: "the fund is launched
# during a recent state visit to Moscow by Xi Jinping"
ONE_TIME_WORDS = "recent latest last".split()
# "The reporters were given a tour of the factory", "a delegation was offered an exploratory visit to …": the subject of
# the passive is who makes the tour the verb's object names
GIVE_VERBS = "give offer grant".split()
# A plant or a project that will produce something is telling its output, not an investment: "The plant will
# manufacture gluten and starch", "The project aims to produce sugar substitutes"
OUTPUT_VERBS = "produce manufacture".split()
# What an output verb carries out rather than makes: no product, no investment ("payments will be produced")
ACTS_DONE = "payment repair inspection".split()
