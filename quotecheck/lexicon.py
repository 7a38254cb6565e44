"""Word lists the attribution and dating stages share (English news prose), and `word_trie`,
which turns a list into a pattern.

Every list is a set: the stages ask "is this word in it?" hundreds of thousands of times.
"""

from __future__ import annotations

import re

# Reporting verbs, in the forms news prose uses around quotations.
CUES = frozenset("""
said says say told tells added adds asked asks explained explains noted notes wrote writes
stated declared declares announced announces insisted insists argued argues claimed claims
continued continues recalled recalls warned warns replied replies responded responds answered
answers remarked remarks observed observes commented comments tweeted tweets texted texts emailed e-mailed messaged posted assured
assures suggested suggests acknowledged acknowledges admitted admits conceded concedes stressed
stresses emphasized emphasised emphasizes emphasises joked jokes quipped quips predicted predicts
promised promises vowed vows urged urges countered counters shouted shouts yelled yells cautioned
cautions boasted boasts complained complains concluded concludes confirmed confirms contended
contends maintained maintains mused muses reiterated reiterates recounted recounts agreed agrees
disagreed added cried cries whispered whispers pleaded pleads demanded demands charged charges
exclaimed exclaims offered offers conceded explained reported reports testified testifies
told wrote says reads read saying asking adding writing telling noting explaining arguing
insisting warning declaring tweeting asserting calling shouted beamed exhorted gloated
interjected affirmed affirms chimed cracked scoffed snapped laughed sighed retorted
proclaimed announced observed wondered marveled marvelled lamented conceded conceding recalling
yelling shouting screaming joking quipping responding replying answering stating claiming
posting boasting complaining
write tell argue warn insist explain ask admit contend agree recall reply respond
gloats laments proclaims retorts scoffs quips marvels wonders interjects disagrees chanted
echoed echoes fumed fumes laughs sighs chuckles chuckled shout
""".split())
CUE_PHRASES = ("pointed out", "went on", "according to", "put it", "shot back", "fired back",
               "went on to say", "goes on to say", "go on to say",
               # a participle that is no past tense, after its auxiliary ("As X had written, “…”")
               "had written", "has written", "have written")
# Words that may stand between a subject and its reporting verb ("Mexicans often say").
VERB_FILLERS = frozenset("""
has have had would will also often later then once recently previously again still never always
repeatedly publicly privately simply just even already first last now been
""".split())

# Abbreviated titles and honorifics written with a full stop before a name ("Sen.", "Const.",
# "Supt."): that full stop ends no sentence and no name.
TITLE_ABBREVIATIONS = tuple("""
Mr Mrs Ms Dr Sen Rep Gov Gen Lt Col Capt Sgt Adm Maj Cmdr St Jr Sr Prof Rev Pres Atty Mt Ft
Const Cst Cpl Det Insp Supt Hon Rt Coun Cllr Mme Mlle Sra Srta Sig Fr Engr Barr Arc Pharm Surv Adv
""".split())

# Endings of a word before a name that tell where someone or something is or was, or who owns or
# runs it ("Calgary-based Boreal Crossing Pipelines", "State-controlled Tswapong Diamond
# Corporation"): no part of the name.
PLACE_MODIFIERS = ("-based", "-born", "-headquartered", "-registered", "-listed",
                   "-controlled", "-owned", "-run", "-backed", "-funded", "-operated")

# Letters after a name for a rank or an honour ("Thulisile Ngcobo SC", "Dame Mary Hale DBE", "Elin
# Wyn Parry MS"), written in capitals: no part of the name.
POST_NOMINALS = frozenset("SAN SC BL QC KC MBE OBE CBE KBE DBE GBE OM CH PC MP MSP MS AM TD MEP MPP MLC MHA MNA MLA "
                          "MHK KStJ FRS PhD".split())
# What a sports club's name carries, as written ("VfB Rheinhafen", "Crawley Town FC", "SSC Napoli").
CLUB_MARKERS = frozenset("FC AFC SC SV VfB VfL FK CF CD AC RC TSG SSC BK SK".split())
# The initials of a legislator's or a councillor's post, of a Kenyan Cabinet or Principal
# Secretary's, of a (police) public relations officer's or a Ghanaian municipal or district chief
# executive's, as West African news writes them, or a secretary-general's, which
# "the" makes a description of its holder ("the MPA said", "the MS": the Member of the Senedd
# named before; "the CS": the Cabinet Secretary; "the PPRO").
POST_INITIALS = frozenset("MP MPA MNA MLA MPP MSP MS TD MEP MLC MHA MCA MEC MMC CEC CS PS PRO PPRO MCE DCE SG".split())
# Words that open a subordinate clause: its subject is no passage's speaker.
SUBORDINATORS = frozenset("when because after before while if since until although though unless whereas".split())
# Given names that open many Malay names and call no one alone ("Siti Hajar Osman" is "Siti Hajar").
MALAY_GIVEN_OPENINGS = frozenset("""muhammad mohd mohammad mohamed mohamad muhamad ahmad nur nurul noor nor siti abdul
wan nik tengku abang awang dayang""".split())  # (and hereditary names that open a given name: "Wan Ahmad Faisal", Sarawak's "Abang Rahman")
# Given names written short before another given name: the Philippines' "Ma." (María, Maria).
GIVEN_ABBREVIATIONS = frozenset(("Ma.",))

# Words that may stand before a name as a title; they go into the role, not the name.  (With the
# police ranks of West African and South Asian forces, written as initials: "DCOP Abena Osei-Tutu".)
TITLE_WORDS = frozenset("""
auditor-general attorney-general solicitor-general director-general secretary-general governor-general
surgeon-general inspector-general comptroller-general registrar-general accountant-general
commissioner-general vice-chancellor pro-vice-chancellor vice-president vice-chair vice-chairman
vice-chairwoman lieutenant-governor procurator-fiscal major
minister president vice prime deputy secretary senator sen. rep. representative congressman
congresswoman gov. governor mayor chairman chairwoman chair chairperson director chief head
spokesman spokeswoman spokesperson ambassador general gen. lt. col. colonel captain capt. admiral
adm. judge justice magistrate coroner kaumātua kaumatua king queen prince princess pope cardinal bishop archbishop rabbi imam pastor
rev. reverend sheriff attorney solicitor solicitor-general provost undersecretary under-secretary whip registrar counsel coordinator punong barangay togbe
vice-president vice-chairman vice-chair vice-chancellor vice-principal
commissioner chancellor premier leader speaker treasurer lawmaker officer inspector professor
prof. dr. mr. mrs. ms. miss sir lord lady dame candidate nominee founder ceo cfo coo executive
manager editor analyst economist adviser advisor aide coach player actor president-elect advocate
councilor alderman alderwoman
councillor councilman councilwoman superintendent sgt. sergeant foreign defense defence finance
interior justice economy trade energy health education state affairs deputy acting former first
taoiseach tánaiste td mp mla mlc mpp msp mep mca mna mpa adun constable const. detective det. lieutenant trooper coun.
cllr cllr. clr clr. garda gardaí cr cr. supt supt. insp insp. sgt cst cst. dc ds dci pc
dcop acp dsp ssp asp igp aig csp dcp
commander cmdr cmdr. commodore brigadier brig. brig-gen brigadier-general major-general maj-gen
lieutenant-general lt-gen lieutenant-colonel lt-col corporal cpl cpl. marshal
emir oba igwe headman headwoman induna sabhuku kgosi gda
""".split())
# (and the abbreviated ones written without their full stop, as British, Irish and West African
# news often does: "Brig Gen Kwabena Adu-Gyamfi", "Det Gda Emmet Hanrahan")
# ("Gen" alone is a given name as often, "Gen Nakatani": a general's title only after another,
# see phrases.split_title; and an honorific is none of these: "Mr" and "Dr" are HONORIFICS)
TITLE_WORDS |= frozenset(word.rstrip(".") for word in TITLE_WORDS if word.endswith(".") and len(word) >= 3) - {
    "gen", "mr", "mrs", "ms", "dr", "prof"}
HONORIFICS = {"mr.": "m", "mr": "m", "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f", "miss": "f",
              "sir": "m", "lady": "f", "dame": "f", "dr.": "", "dr": "", "prof.": "", "prof": "", "madam": "f",
              "mdm": "f", "mdm.": "f",
              # French, Spanish, Portuguese, Italian and German forms, as news from there keeps them
              "mme": "f", "mme.": "f", "mlle": "f", "mlle.": "f", "sr.": "m", "sra.": "f",
              "srta.": "f", "herr": "m", "frau": "f", "sig.": "m", "sig.ra": "f",
              # one who has made the hajj, as West African and Malay news names them ("Alhaja
              # Risikat Bello", later "Alhaja Bello")
              "alhaji": "m", "alhaja": "f", "alhajia": "f", "hajia": "f", "hajiya": "f", "begum": "f", "haji": "m", "hajjah": "f",
              # Fijian chiefly titles ("Ratu Josaia Nawaqa", "Adi Mereani Tuilau")
              "ratu": "m", "adi": "f",
              # a trade unionist's title in Nigeria and southern Africa ("Comrade Emeka Obiora")
              "comrade": "",
              # Hausa and Northern Nigerian "Mr" ("Mallam Sani Abdulkadir Dutse")
              "mallam": "m", "malam": "m",
              # an engineer's title in Malaysia and Indonesia ("Datuk Ir Jeffrey Lojinggin")
              "ir": "", "ir.": "",
              # Filipino "Mrs" and "Mr" before a first name ("Aling Merlita", "Mang Tonyo"), and a
              # priest's "Father" written short ("Fr. Arnel Tibay")
              "aling": "f", "mang": "m", "fr.": "m", "fr": "m",
              # a legislator's or a minister's, in West and East African and Commonwealth news
              # ("Rt. Hon. Abdulrasheed Olanrewaju", "Hon. Yaw Boakye")
              "hon.": "", "hon": "", "honourable": "", "honorable": "",
              # an elder's title of respect, as Aboriginal, Pacific and Caribbean communities give it
              # ("Aunty Doreen Sullivan", later "Aunty Doreen"; "Uncle Jack Charles")
              "aunty": "f", "auntie": "f", "uncle": "m",
              # East African forms: Amharic "Mr" ("Ato Tadesse Gemechu"), Swahili "elder" ("Mzee
              # Ombati"), and a Ugandan or Kenyan Muslim woman's title for one who made the hajj
              # ("Hajjat Zaina Nalubega")
              "ato": "m", "mzee": "m", "hajjat": "f", "hajat": "f", "hajji": "m",
              # Swahili "Bi" (for "Bibi"), a woman's "Mrs" or "Ms" ("Bi Mwanaisha Juma Haji"); Shona
              # "Ambuya", a grandmother's, an elder woman's title of respect; "Maulana", an Islamic
              # scholar's, as Pakistani and Indian news writes it ("Maulana Abdul Qadir")
              "bi": "f", "ambuya": "f", "maulana": "m",
              # Zulu and Sotho "Gogo", a grandmother's, an elder woman's title of respect
              "gogo": "f",
              # Zimbabwe's "Comrade" written short, and an engineer's "Eng" ("Cde Tendai Makoni-Sithole",
              # "Eng Nkosinathi Sibanda")
              "cde": "", "cde.": "", "eng": "", "eng.": "",
              # Maltese titles of a profession, written before the surname ("Perit Borg", an
              # architect; "Avukat Camilleri", a lawyer)
              "perit": "", "avukat": "",
              # Swahili "Mama", a woman's title of respect in East African news ("Mama Wairimu"); an
              # elderly man's in Nigerian and Ghanaian news ("Pa Godspower Nwafor", later "Pa Nwafor")
              "mama": "f", "pa": "m",
              # Filipino "grandmother" and "grandfather", an elder's title of respect ("Lola Remedios Gallo")
              "lola": "f", "lolo": "m",
              # Sesotho "Mrs" and "Mr", as Lesotho's news writes them ("M’e Mamosa Letsie", "Ntate Letsie")
              "m’e": "f", "m'e": "f", "ntate": "m",
              # Quebec's title of a lawyer or a notary, "Maître" written short ("Me Julie Fontaine-Lacasse")
              "me": "",
              # an engineer's title, as South Asian and Nigerian news writes it before a name
              # ("Engr Md Shafiqul Islam")
              "engr": "", "engr.": "",
              # Nigerian titles of a profession, written short before a name ("Barr. Ibinabo
              # Georgewill-Obi", a barrister; "Arc." an architect, "Pharm." a pharmacist, "Surv." a
              # surveyor), and a traditional ruler's "His Royal Highness" ("HRH Igwe Obiora Eze")
              "barr": "", "barr.": "", "arc.": "", "pharm.": "", "surv.": "", "hrh": "",
              # an advocate's title written short, as Southern African and Indian news writes it
              # ("Adv Tinashe Mpofu", "Adv. Mpofu")
              "adv": "", "adv.": "",
              # an attorney's title, as Philippine news writes it ("Atty. Elmer Bautista")
              "atty.": "", "atty": "",
              # an Akan chief's or elder's title ("Nana Kwesi Annan", later "Nana Annan"); a stool
              # name with its numeral keeps it ("Nana Kobina Ebu Amissah V", see
              # phrases.split_title).  (Not the Dagomba "Naa": a Ga woman's name opens with it too,
              # "Naa Adjeley Quaye".)
              "nana": ""}

# Surnames that open a name, as Chinese and Korean names are written ("Ong Hui Min" is "Ms Ong",
# "Lee Hsien Loong" "Mr Lee"): a name of three words, or of two with a hyphen ("Kim Jong-un"),
# that opens with one is filed under it too.  (Vietnamese names, which news calls by the given
# name, last, are not among them.)
# The lower-case words inside a surname ("Charles de Gaulle", "Annelie van der Merwe").
# (Maasai "ole", Kikuyu "wa", Arabic and Malay "binti": "Joseph ole Sankale", "Ngũgĩ wa Thiong'o")
NAME_PARTICLES = frozenset("""de des da del della di du van von der den ten ter bin ibn al el la le ben dos das ap ab
ole wa binti binte bint te anak""".split())

SURNAMES_FIRST = frozenset("""
ong goh tan lee lim ng wong chan li wang zhang liu chen yang huang zhao wu zhou xu sun zhu hu guo
lin luo zheng liang xie tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang du ye
cheng wei su ding ren shen yao teo koh chua ang yeo quek toh seah foo chong leong lau chow cheung
leung kwok chiu tsang yip kim park choi jung kang cho yoon jang kwon hwang ahn jeon hong seo shin
""".split())

# Nouns that end a role description ("the minister", "a spokeswoman for the agency").
ROLE_NOUNS = frozenset("""
minister president senator representative congressman congresswoman governor mayor chairman
chairwoman chair director chief head spokesman spokeswoman spokesperson ambassador general judge
justice king queen prince princess pope official officials officer secretary leader speaker
premier chancellor commissioner lawyer attorney aide adviser advisor analyst economist expert
candidate nominee founder executive manager editor counterpart diplomat lawmaker legislator
negotiator envoy deputy sheriff prosecutor professor researcher scientist doctor author activist
organizer organiser strategist pollster consultant operative source sources campaign witness
resident residents member members worker workers owner driver coach captain player actor
businessman businesswoman entrepreneur investor banker teacher student farmer voter voters
master singer musician artist writer engineer architect pilot nurse principal father mother
parent son daughter wife husband brother sister chair widow widower veteran nominee fellow
supporter supporters critic critics observer observers host anchor reporter journalist historian
columnist commentator correspondent delegate delegates donor donors
chef cook surgeon athlete partner agent clerk priest vicar monk nun poet scholar medic paramedic
mechanic rookie taoiseach tánaiste td mp mla mlc mpp msp mep mca mna mpa adun retiree pensioner commuter
forward fullback quarterback halfback shortstop sophomore freshman counsel five-eighth substitute
boss skipper goalkeeper midfielder defender striker winger
""".split())
# Party and camp nouns: a description in their own right ("a New Hampshire Republican"), but only
# modifiers before another role noun ("the independent Vermont senator").
PARTY_NOUNS = frozenset("""
republican republicans democrat democrats conservative conservatives liberal liberals
libertarian libertarians independent independents progressive progressives
""".split())

# Words that end the name of an organisation or a document's author.
ORG_WORDS = frozenset("""
ministry department agency office company corporation corp. corp inc. inc ltd. ltd group party
committee commission council union association bank university institute government embassy
kremlin pentagon police court campaign foundation organisation organization service
administration board authority times post news journal network center centre federation
parliament senate congress assembly cabinet secretariat bureau army navy military force forces
club fund team airlines airline press television radio tv channel magazine newspaper trust
society charity alliance coalition tribunal exchange ferries railways railway buses logistics
cooperative co-operative co-op
shipping textiles holdings industries motors systems technologies partners capital media airways
railways library school hospital college academy museum clinic securities co. llc plc gmbh ag sa
bhd berhad pty pte tbk nv bv hf hf. ehf ehf. oyj
nation
aquaculture mining foods seafood seafoods brewery pharmaceuticals electronics
guard consortium institution observatory chamber district health services command directorate
forum works resort resorts hotel hotels casino regulator watchdog
management rescue
""".split())
# How an adjective ends ("Municipal", "Atlantic", "Philippine" does not): a word alone before
# "and" in an organisation's name is one ("the Municipal and General Workers' Union"), where a
# noun alone there is another body ("the Treasury and Justice Department").
ADJECTIVE_ENDS = ("al", "ic", "an", "ese", "ish", "ive", "ary")
# Laws and scriptures, quoted as saying what they say ("Article 45 of the Constitution says"): texts
# that speak for no one.
LEGAL_TEXTS = frozenset("constitution act charter statute treaty bible quran koran torah scripture".split())
# Generic nouns for a business: "the company said" may name any firm the text introduced.
GENERIC_ORG_NOUNS = {"company", "firm", "business", "group", "carrier", "operator", "maker",
                     "manufacturer", "organisation", "organization",
                     # what kind of business a company is ("the lender", "the airline"; not those
                     # a person may be too: "the real estate developer", "the producer")
                     "retailer", "lender", "insurer", "airline", "carmaker", "automaker", "brewer",
                     "startup", "start-up", "utility", "chain", "conglomerate", "brokerage"}

# What an organisation is, as an apposition says it ("Halvard Security, the Oslo-based security
# firm,"): a name so described is an organisation's, not a person's.
ORG_KIND_NOUNS = GENERIC_ORG_NOUNS | frozenset("""
processor producer retailer chain lender insurer bank brewery distillery publisher broadcaster
developer supplier distributor startup start-up charity nonprofit non-profit society cooperative
co-operative utility automaker carmaker miner conglomerate subsidiary agency outlet newspaper
website platform consultancy airline railway regulator watchdog union association foundation
trust institute council authority ministry department bureau network club team commission
committee board court embassy government hospital administration academy museum library federation
coalition alliance assembly parliament cabinet college clinic school university district tank
unit division affiliate venture
""".split())

# The abbreviations of states and provinces that news writes after a place ("Ponte Vedra Beach,
# Fla.", "Regina, Sask."): a word alone of these is a place, never a speaker.
STATE_ABBREVIATIONS = frozenset("""
Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. Minn. Mo.
Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Tex. Vt. Va.
Wash. W.Va. Wis. Wyo. D.C. Ont. Que. B.C. Alta. Sask. N.S. N.B. Nfld.
""".split())
# The US states, by name, with how news abbreviates them (AP style, then the postal code): what
# "D-Ore." or "(R-OH)" after a lawmaker's name says of "the Oregon Democrat", "the Ohio Republican".
US_STATES = {name.replace("_", " "): frozenset(abbrevs.split(",")) for name, abbrevs in (
    pair.split(":") for pair in """
alabama:ala.,al alaska:alaska,ak arizona:ariz.,az arkansas:ark.,ar california:calif.,ca colorado:colo.,co
connecticut:conn.,ct delaware:del.,de florida:fla.,fl georgia:ga.,ga hawaii:hawaii,hi idaho:idaho,id
illinois:ill.,il indiana:ind.,in iowa:iowa,ia kansas:kan.,ks kentucky:ky.,ky louisiana:la.,la maine:maine,me
maryland:md.,md massachusetts:mass.,ma michigan:mich.,mi minnesota:minn.,mn mississippi:miss.,ms
missouri:mo.,mo montana:mont.,mt nebraska:neb.,ne nevada:nev.,nv new_hampshire:n.h.,nh new_jersey:n.j.,nj
new_mexico:n.m.,nm new_york:n.y.,ny north_carolina:n.c.,nc north_dakota:n.d.,nd ohio:ohio,oh
oklahoma:okla.,ok oregon:ore.,or pennsylvania:pa.,pa rhode_island:r.i.,ri south_carolina:s.c.,sc
south_dakota:s.d.,sd tennessee:tenn.,tn texas:texas,tex.,tx utah:utah,ut vermont:vt.,vt virginia:va.,va
washington:wash.,wa west_virginia:w.va.,wv wisconsin:wis.,wi wyoming:wyo.,wy""".split())}
# States, provinces and nations of a country, of one word, whose names a title's "for" or "of" may
# leave right before a person's name ("senator for Tasmania Callum Fitzgerald").
REGIONS = frozenset(name for name in US_STATES if " " not in name) | frozenset("""tasmania queensland victoria
nsw ontario quebec alberta manitoba saskatchewan nunavut yukon
england scotland wales""".split())

# Nouns for people that name no role ("a neighbour", "a witness"): an unnamed person.
PEOPLE_NOUNS = frozenset("""
neighbour neighbor resident witness friend relative source bystander passer-by woman man girl boy
mother father parent son daughter student customer passenger colleague survivor victim patient
accused defendant bloke guy fellow lady gentleman
""".split())
# Nouns for what a document or publication is ("a note on X's website said").
DOCUMENT_NOUNS = frozenset("""
note statement report release letter post website site communique communiqué memo document
tweet filing notice announcement message transcript ruling order decree bulletin summary
editorial article paper blog page account feed study survey poll
response reply answer reaction verdict retort
headline footnote review sign placard plaque inscription caption warning advisory alert decision
update forecast outlook judgment judgement email e-mail newsletter
assessment submission audit prospectus circular
""".split())

# Institutions news names by a metonym of their own ("a No 10 spokesman": Downing Street's).
ORG_ALIASES = {"no 10": "Downing Street", "no. 10": "Downing Street", "number 10": "Downing Street",
               "number ten": "Downing Street"}

# The last words of places' names: a street, a building, a feature of the land ("Gordon St",
# "Victoria Park", "Jordan Valley"), never of a person's, whatever first name opens them.
PLACE_NOUNS = frozenset("""
street st st. road rd rd. avenue ave ave. lane drive boulevard blvd way place square park bridge
station airport stadium arena hall centre center garden gardens beach bay river lake creek valley
mountain mount hill hills island islands county district province city town village harbour
harbor port highway grove vale ridge point motorway freeway terrace crescent quay wharf estate heights springs falls
""".split())

# Countries, as a possessive before an organisation's name writes them ("Brazil's Environment
# Ministry"): where it is, no part of its name.
COUNTRIES = frozenset(name.replace("_", " ") for name in """
afghanistan albania algeria angola argentina armenia australia austria azerbaijan bahamas bahrain
bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei
bulgaria burkina_faso burundi cambodia cameroon canada chad chile china colombia congo
costa_rica croatia cuba cyprus czechia denmark djibouti dominica ecuador egypt el_salvador eritrea
estonia eswatini ethiopia fiji finland france gabon gambia georgia germany ghana greece grenada
guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel
italy jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon
lesotho liberia libya lithuania luxembourg madagascar malawi malaysia maldives mali malta
mauritania mauritius mexico moldova mongolia montenegro morocco mozambique myanmar namibia nauru
nepal netherlands new_zealand nicaragua niger nigeria north_korea norway oman pakistan palau panama
papua_new_guinea paraguay peru philippines poland portugal qatar romania russia rwanda samoa
saudi_arabia senegal serbia seychelles sierra_leone singapore slovakia slovenia somalia
south_africa south_korea south_sudan spain sri_lanka sudan suriname sweden switzerland syria
taiwan tajikistan tanzania thailand togo tonga trinidad tunisia turkey turkmenistan tuvalu uganda
ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe britain scotland wales
england korea america
""".split())

# The names of days and months: capitalised, and never anyone's or anything's name ("a statement
# Wednesday").
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
CALENDAR_WORDS = WEEKDAYS | frozenset("""
january february march april may june july august september october november december
""".split())
# Words that tell namesakes of one family apart by age ("the younger Mac Cárthaigh"): the word,
# and whether it means the elder.
AGE_ORDER = {"elder": True, "older": True, "senior": True, "younger": False, "junior": False}
# "bin", "binti": a Malay name's given names before it, the father's after; "Abdul" opens the
# father's name after a given one ("Ramlan Abdul Ghani").
PATRONYM_WORDS = frozenset("bin binti binte bte bt anak ak".split())  # (Iban "anak": "Ripin anak Lamat")
FATHERS_OPENING = frozenset(("abdul", "abd"))

# Nouns for a person by nationality or home ("the Swede said", "the Texan"): sports and foreign
# news refer back to someone by them.
NATIONALITY_NOUNS = frozenset("""
american argentine argentinian armenian australian austrian belgian brazilian brit briton
bulgarian cameroonian canadian chilean colombian croat cuban czech dane dutchman dutchwoman
ecuadorian egyptian englishman englishwoman estonian ethiopian filipino finn frenchman
frenchwoman georgian german ghanaian greek haitian hungarian icelander indian indonesian
iranian iraqi irishman irishwoman israeli italian jamaican kazakh kenyan kiwi korean latvian
lithuanian malaysian mexican moroccan nigerian norwegian pakistani peruvian pole portuguese
romanian russian scot scotsman scotswoman senegalese serb slovak slovenian spaniard swede
swiss syrian thai tunisian turk ukrainian uruguayan uzbek venezuelan vietnamese welshman
welshwoman zimbabwean texan californian floridian quebecer albertan londoner parisian
berliner aussie yorkshireman croatian serbian bosnian albanian montenegrin japanese chinese
taiwanese ugandan tanzanian rwandan zambian sudanese somali algerian lebanese afghan bangladeshi
nepali singaporean fijian samoan tongan bolivian paraguayan catalan basque
zealander african lankan emirati qatari saudi kuwaiti jordanian libyan mauritian namibian
malawian mozambican angolan congolese ivorian guinean leonean liberian gambian beninese togolese
malian chadian eritrean rican salvadoran guatemalan honduran nicaraguan panamanian
dominican trinidadian barbadian bahamian guyanese luxembourger maltese cypriot belarusian
moldovan azerbaijani kyrgyz tajik turkmen mongolian burmese cambodian laotian bruneian papuan
""".split())
# Capitalised nouns for a person by party or by standing ("the Ohio Republican said", "the
# two-time All-Star"): news refers back to someone by them, as by a nationality.
AFFILIATION_NOUNS = frozenset("""
republican democrat conservative tory liberal socialist libertarian all-star all-american
olympian paralympian
""".split())
IDENTITY_NOUNS = NATIONALITY_NOUNS | AFFILIATION_NOUNS
# The adjectives of the nationality nouns not their own adjective ("the Spaniard": "the Spanish
# midfielder"); the others are ("the Brazilian": "a Brazilian striker").
NATIONALITY_ADJECTIVES = {
    "argentine": ("argentine", "argentinian"), "argentinian": ("argentine", "argentinian"),
    "democrat": ("democratic", "democrat"), "tory": ("tory", "conservative"),
    "brit": ("british",), "briton": ("british",), "croat": ("croatian", "croat"), "dane": ("danish",),
    "dutchman": ("dutch",), "dutchwoman": ("dutch",), "englishman": ("english",),
    "englishwoman": ("english",), "finn": ("finnish",), "frenchman": ("french",),
    "frenchwoman": ("french",), "icelander": ("icelandic",), "irishman": ("irish",),
    "irishwoman": ("irish",), "kiwi": ("zealand",), "pole": ("polish",), "scot": ("scottish", "scots"),
    "scotsman": ("scottish", "scots"), "scotswoman": ("scottish", "scots"), "serb": ("serbian", "serb"),
    "slovak": ("slovak", "slovakian"), "spaniard": ("spanish",), "swede": ("swedish",),
    "turk": ("turkish",), "welshman": ("welsh",), "welshwoman": ("welsh",), "aussie": ("australian",),
    "yorkshireman": ("yorkshire",), "quebecer": ("quebec",), "londoner": ("london",),
    "parisian": ("paris", "parisian"), "berliner": ("berlin",),
}

PRONOUN_GENDER = {"he": "m", "she": "f", "it": "o", "they": "p", "we": "p", "i": ""}

# Common first names, for telling "he" from "she" (with the given names of West Africa the
# name data set lacks: Akan day names, "Kwame", "Abena"; Igbo and Yoruba ones, "Emeka", "Ngozi").
MALE_NAMES = frozenset("""
john james robert michael william david richard joseph thomas charles christopher daniel matthew
anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward
jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin
samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan
henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald
harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan
albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip
louis bill barack mike ted marco bernie jeb ben chris rand newt mitt tim rick lindsey martin
vladimir sergey sergei igor dmitry dmitri ivan nikolai alexei andrei mikhail boris yuri oleg
erlan kairat nursultan talgat askar marat ahmed mohammed muhammad ali omar hassan hussein
mustafa ibrahim yusuf karim pierre jean luc jacques francois françois emmanuel nicolas hans
klaus jurgen jürgen stefan wolfgang helmut friedrich lars sven erik hiroshi kenji takeshi wei
li jun chen raj amit rahul carlos luis miguel juan pedro diego antonio giuseppe marco luca
steve dave dan tom jim tony nick joel jeff greg jon josh matt phil doug ken ron don dick jimmy
johnny danny tommy marcus derek travis shawn todd craig brad chad troy glenn howard herbert
stanley leonard harry fred frederick norman marvin earl clarence ernest francis vernon lloyd
leon neil allen curtis barry dale joey luke jake sam alex andy colin ian hugh nigel graham
owen rupert simon oliver harvey reince mitch chuck elliott kurt hank jared trey beto cory mohd
kwame kwabena kwaku kwadwo kwasi kwesi yaw kobina kweku fiifi ekow kojo kofi emeka chinedu chidi
obinna ikenna nnamdi chukwuemeka ifeanyi kelechi tochukwu babatunde tunde olumide femi segun
kunle gbenga wale bayo dapo
""".split())
FEMALE_NAMES = frozenset("""
akua abena adwoa afua efua esi akosua yaa araba ngozi chioma nkechi amaka ifeoma adaeze
chiamaka funmilayo folake titilayo bukola yetunde
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret
sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie
rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma
samantha katherine christine debra rachel catherine carolyn janet ruth maria heather diane
virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith megan cheryl
andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice madison
doris abigail julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana
brittany natalie isabella charlotte rose alexis kayla hillary huma kellyanne carly nikki
elena olga natalia natasha irina svetlana tatiana tatyana ekaterina yulia anastasia marina
aigul dinara gulnara fatima aisha leila layla amina sophie claire isabelle camille chloe
angela ursula heidi ingrid greta astrid yuki keiko mei priya sunita ana lucia carmen sofia
giulia francesca valentina theresa nadia hanna eva clara helga monika
jane joanne kate katie kathy cathy sue susie liz beth betsy ellen eleanor louise lucy molly
nora norah peggy sally sheila sylvia tina wendy yvonne valerie vanessa vicki wanda jill jenny
lynn lynne marsha marcia maureen michele melanie meghan megyn mia naomi nina paula phyllis
rita roberta rosa rosemary sabrina sonia stacy stacey suzanne tammy tara tracy tricia ivanka
melania chelsea condoleezza loretta dora debbie elaine erin gwen harriet irene jeanne joanna
josephine kara kristen kirsten lena lori lorraine miriam monica nadine pauline renee rhonda
shannon sherry shelley stella tamara tanya vera veronica vivian yolanda zoe amelia ava ella
lily nancy elise siti
""".split())

# Either: a word that opens a person's name ("Helen Marsh", "Comedian Sarah Silverman").
FIRST_NAMES = MALE_NAMES | FEMALE_NAMES


def word_trie(words) -> str:
    """One pattern for a set of words, as a trie ("sa(?:id|ys)"), so the engine never backs up
    to try another word: six times faster than an alternation of two hundred verbs."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?" if len(branches) == 1 else body + "?"
        return body

    return emit(root)
