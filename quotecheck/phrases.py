"""What a phrase of the narration names: the words and patterns of names (tokens, particles,
titles, determiners), ``classify`` (a noun phrase as a name, an organisation, a pronoun, a
description or a document: a ``Mention``), ``split_title`` (a title from the name after it) and
``role_of_apposition``.  Reads one phrase at a time; knows nothing of the document."""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from quotecheck import firstnames, lexicon
from quotecheck.latin import Twin
from quotecheck.lexicon import word_trie

ABBREV = rf"(?:{'|'.join(lexicon.TITLE_ABBREVIATIONS)})\."
TOKEN = rf"(?:{ABBREV}|\p{{Lu}}\.(?:\p{{Lu}}\.)*|\p{{Lu}}[\p{{L}}\p{{M}}’'\-]*)"
# Lower-case words inside names ("Charles de Gaulle"), as a trie: tried after every capitalised
# word of the text, so it must fail at once on any other word.
PARTICLE = (
    f"(?:{word_trie(sorted(lexicon.NAME_PARTICLES))})"
)
CONNECT = r"(?:of(?:\s+the)?|for)"


STOP_WORDS = set("""
the a an at in on but and after before when while it this that these those some many earlier
later meanwhile however then still yet also as if for from by with of to so or nor not no
there here what who whom which why how we i you they he she his her its our their my your one
during since until under over about between among against into onto upon last next this today
yesterday tomorrow mr mrs ms dr asked speaking according read in
even now just only instead perhaps indeed already finally again soon both either neither despite
although though unlike like beyond within without throughout amid across along alongside around
behind beside besides near outside inside toward towards via plus except including following
regarding concerning given
maybe suddenly presently eventually recently currently initially ultimately apparently clearly
obviously certainly surely ironically fortunately unfortunately naturally lately likewise
otherwise nevertheless nonetheless moreover furthermore thus hence therefore overall altogether
two three four five six seven eight nine ten eleven twelve dozens hundreds thousands
""".split())
_MONTH_OR_DAY = set(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
# Months written short, as American news writes dates ("Feb. 20").
_MONTHS_SHORT = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
DETERMINERS = (
    r"(?:the|a|an|his|her|their|its|one|another|two|three|several|some|many|our|my|your|this|"
    r"someone|somebody)"
)
_RX_PARTICLE = Twin(PARTICLE)
_RX_DET_WORD = Twin(rf"(?i){DETERMINERS}$")
_RX_DIGITS = Twin(r"[\d\s]+")
_RX_POSS_THEN_LOWER = Twin(r"\p{Lu}\p{L}*[’']s\s+\p{Ll}")
RX_PAREN = Twin(r"\s*\([^()]{0,40}\)")
_RX_POSS_WORD = Twin(r"\p{Lu}\p{L}*[’']s$")
RX_THE = Twin(r"^(?i:the)\s+")
_RX_LOWER_WORD = Twin(r"\p{Ll}[\p{Ll}\-]+")
_RX_ARTICLE = Twin(r"^(?i:the|a|an)\s+")
_RX_RELATIVE_CLAUSE = Twin(r"\s+(?:who|whom|whose|which)\s")
_RX_DASH_BREAK = Twin(r"\s+(?:--|[—–])(?:\s+|$)")
_RELATIVE = {"who", "which", "whose", "whom", "that", "where", "when", "while", "although", "and", "but"}


def role_of_apposition(appos: str) -> str | None:
    """The role an apposition gives: "the head of Y" -> "head of Y"; None for "who ...", "45"."""
    appos = _RX_DASH_BREAK.split(appos, 1)[0].strip()  # "the head of Y -- which also owns Z"
    # A relative clause tells what the person did, not what they are: "a singer who joined the
    # band in 1985" -> "singer".
    appos = _RX_RELATIVE_CLAUSE.split(appos, 1)[0]
    words = appos.split()
    if not words or _RX_DIGITS.fullmatch(appos):
        return None
    first = words[0].lower()
    if first in _RELATIVE:
        return None
    if first in ("the", "a", "an") and len(words) > 1:
        return strip_article(appos)
    if first in ("its", "their") and len(words) > 1:
        return appos.split(None, 1)[1]  # "its chief executive": an organisation's officer
    if first in lexicon.ROLE_NOUNS or first in lexicon.TITLE_WORDS or (
            first.rsplit("-", 1)[-1] in lexicon.ROLE_NOUNS  # "vice-chairman of X"
            or (compound := _ROLE_COMPOUND.fullmatch(first)) and compound[1] in lexicon.ROLE_NOUNS):  # "officer-in-charge of X"
        return appos
    if _RX_POSS_THEN_LOWER.match(appos):
        return appos
    # no article, but a role for its head noun, the last word before a complement: "emergency
    # operations director for the Cariboo Regional District"
    lows = [w.lower() for w in words[:6]]
    head = complement_at(lows)
    if 1 < head <= 4 and lows[0] not in STOP_WORDS and lows[0] not in COMPLEMENT_WORDS and all(
            w.isalpha() or "-" in w for w in lows[:head]) and (
            lows[head - 1] in lexicon.ROLE_NOUNS or lows[head - 1] in lexicon.TITLE_WORDS):
        return appos  # (a listed role: "called over her shoulder" ends in no agent)
    return None


_PEOPLE_WHO_KNOW = frozenset("people sources officials persons".split())
_KNOWING = frozenset("familiar close briefed involved knowledgeable".split())


# The records of this stage are created per passage and per phrase, thousands of times per
# archive: named tuples, immutable like the core's dataclasses and four times cheaper to build.
class Mention(NamedTuple):
    """The words that name a speaker, as parsed from the narration."""

    text: str
    kind: str  # "name", "org", "pronoun", "description", "document"
    name: str | None = None  # for names and organisations: the bare name
    role: str | None = None  # a title or apposition given right there
    honorific: str = ""


def clean_token(tok: str) -> str:
    return tok[:-2] if tok.endswith(("’s", "'s")) else tok


TITLE_OR_HONORIFIC = frozenset(lexicon.TITLE_WORDS | lexicon.HONORIFICS.keys())
_TITLE_OR_ROLE = frozenset(lexicon.TITLE_WORDS | lexicon.ROLE_NOUNS | {"the"})
# A lawyer's rank in initials, written after the name and standing for the lawyer after "the":
# Senior Advocate of Nigeria, Senior Counsel, Queen's and King's Counsel.
# (and a legislator's or a councillor's post: "the MPA said", "the MS")
_RANK_INITIALS = frozenset(("SAN", "SC", "QC", "KC")) | lexicon.POST_INITIALS
# Titles of an office that, alone and capitalised, name the holder, not someone so surnamed
# (unlike "King", "Judge", "Bishop", "Dean").
_OFFICE_TITLES = frozenset("""magistrate premier minister president governor senator chancellor
commissioner coroner superintendent provost taoiseach tánaiste undersecretary treasurer mayor
speaker comptroller auditor-general ombudsman registrar sheriff vice-chancellor attorney-general
solicitor-general director-general secretary-general governor-general commissioner-general""".split())
# What a news outlet is, after its name in lower case ("wrote Time magazine").
_OUTLET_NOUNS = frozenset("magazine newspaper paper tabloid website network broadcaster channel station".split())


_PORTFOLIOS = frozenset("foreign defense defence finance interior economy trade energy health education affairs".split())


# Malaysian titles of honour ("Tan" only before "Sri": a surname too).
_MALAY_TITLES = frozenset(("datuk", "dato", "datin", "datu", "tun", "toh", "puan", "amar"))  # ("Datu", "Datuk Amar": Sarawak's)


# What a ministry or an office is of or for ("Health", "Rural Development", "Foreign Affairs").
_PORTFOLIO_WORDS = frozenset("""
state national rural urban foreign home local regional health trade finance defence defense energy
transport housing justice tourism sport sports culture water land lands mines works information
environment heritage arts women youth children labour labor industry commerce fisheries forestry
agriculture education planning police security interior treasury welfare power public
maritime marine veterans communications petroleum digital science technology climate
prosecutions elections statistics immigration customs prisons corrections roads highways
""".split())
_PORTFOLIO_ENDS = ("tion", "ment", "ture", "ance", "ence", "ism", "ity", "ics", "ries", "fairs",
                   "ources", "vices", "ities")


def _portfolio_word(token: str) -> bool:
    low = token.lower().rstrip(",")
    # (by its ending, no first name: "Defence", "Science", but not "Florence", "Constance")
    return low in _PORTFOLIO_WORDS or low.endswith(_PORTFOLIO_ENDS) and len(low) > 5 and not firstnames.is_first_name(token)


def _portfolio_end(tokens: list[str]) -> int | None:
    """Where a name begins after a title's portfolio ("Minister for Rehabilitation X Y"): after the
    last title word followed by "of" or "for", past the words of the portfolio, if two to four
    words are left."""
    if len(tokens) < 4:
        return None  # (most runs: a name, or a title and a name)
    at = next((k for k in range(len(tokens) - 2, 0, -1) if tokens[k] in ("of", "for")
               # (or a member's: "County Executive Committee Member for Lands Naserian Tome")
               and (tokens[k - 1].lower() in TITLE_OR_HONORIFIC or tokens[k - 1] == "Member")), None)
    if at is None and len(tokens) > 3 and _portfolio_word(tokens[0]) and _portfolio_word(tokens[1]):
        at = -1  # (the portfolio's end after its "and": "Rural Development Tinashe Marufu")
    if at is None:
        return None
    j = at + 1
    while j < len(tokens) and (tokens[j] in ("and", "&") or _portfolio_word(tokens[j])
                               or tokens[j] == "the" and tokens[j - 1] == "and"  # ("Sustainability and the Environment")
                               # (a sector a body's name may end with, right after "for": "Undersecretary for Railways")
                               or j == at + 1 and tokens[j].lower() in lexicon.ORG_WORDS and tokens[j].endswith("s")):
        j += 1
    if j == at + 1 or not 2 <= len(tokens) - j <= 4 or tokens[j - 1].endswith(",") or tokens[j - 1] in ("and", "&") or any(
            _portfolio_word(t) or t.lower() in TITLE_OR_HONORIFIC or t.lower() in lexicon.ORG_WORDS for t in tokens[j:]):
        return None  # (the portfolio goes on past a word the lists do not know: "Mines and Minerals Development")
    return j


def _after_malay_title(tokens: list[str], cut: int) -> bool:
    """Does a Malaysian title of honour end right before ``cut`` ("Datuk", "Datuk Seri")?"""
    before = tokens[cut - 1].lower().rstrip("’'")
    return before in _MALAY_TITLES or before in ("sri", "seri") and cut >= 2 and (
        tokens[cut - 2].lower().rstrip("’'") in _MALAY_TITLES or tokens[cut - 2] == "Tan")


_RANKS_BEFORE_GENERAL = frozenset("brig brig. maj maj. lt lt. major lieutenant brigadier".split())
_STOOL_TITLES = frozenset(("Nana",))
# Players' positions that sports reports write before a name as a title (not "Hooker", "Lock" or
# "Centre", names as often).
_SPORTS_POSITIONS = frozenset("""prop winger fullback flanker halfback scrum-half fly-half five-eighth striker
midfielder defender goalkeeper quarterback linebacker goaltender defenceman defenseman wicketkeeper paceman
spinner batsman opener rookie debutant""".split())
_REGNAL = re.compile(r"(?:I{1,3}|IV|V|VI{1,3}|IX|X{1,2}|XI{1,3})")


def stool_name(tokens: list[str]) -> bool:
    """Is a run a chief's stool name, its title and regnal numeral its own ("Nana Kobina Ebu
    Amissah V")?"""
    return tokens[0] in _STOOL_TITLES and len(tokens) > 2 and _REGNAL.fullmatch(tokens[-1]) is not None


def split_title(tokens: list[str]) -> tuple[list[str], list[str]]:
    """Split "Kazakhstan’s Foreign Minister Erlan Idrissov" into its role and its name: the role
    runs to the last title word or possessive before the name."""
    cut = 0
    if len(tokens) >= 2 and tokens[0].lower() in _SPORTS_POSITIONS and tokens[1][:1].isupper():
        # "Prop Sione Hufanga", "Winger Lalrinmawia": a player's position before the name, a title
        return tokens[:1], tokens[1:]
    if stool_name(tokens):
        return [], tokens  # "Nana Kobina Ebu Amissah V": a stool name, its title and numeral its own
    if len(tokens) >= 4 and INITIAL.fullmatch(tokens[-3]) and tokens[-2].istitle() and tokens[-2].isalpha() and (
            tokens[-4].isalpha() and tokens[-4][:1].isupper() and not firstnames.is_first_name(tokens[-4])):
        # "Minister for Bengaluru Development K. Sridhar Gowda": an initial, then a given name and
        # a surname, end the run; the words before are the title, whatever they are
        return tokens[:-3], tokens[-3:]
    for i, tok in enumerate(tokens[:-1]):
        low = tok.lower()  # (once for the tests below)
        # ("Gen" is a title only after a rank, "Brig Gen", "Maj Gen": alone, a given name)
        if (low in TITLE_OR_HONORIFIC or low == "gen" and i and tokens[i - 1].lower() in _RANKS_BEFORE_GENERAL) and not (
                low in _PORTFOLIOS and i + 1 < len(tokens) and (
                tokens[i + 1].lower() not in TITLE_OR_HONORIFIC)) and not (
                # (an honorific after a first name is a given name: "Samuel Ato Kwarteng")
                i and low in lexicon.HONORIFICS and low not in lexicon.TITLE_WORDS and tokens[i - 1].istitle()
                and tokens[i - 1].lower() not in TITLE_OR_HONORIFIC and firstnames.is_first_name(tokens[i - 1])) and not (
                # ("Eskasoni First Nation": a body's name, no title's "First")
                tok == "First" and tokens[i + 1].rstrip(",").lower() in ("nation", "nations")) or tok.endswith(("’s", "'s")):
            # (a portfolio is a title's only before one: "Health Minister X", not "Health New Zealand")
            cut = i + 1
        elif low.rstrip("’'") in _MALAY_TITLES or tok == "Tan" and tokens[i + 1] == "Sri" and i + 2 < len(tokens):
            # Malaysian titles of honour: "Tan Sri Ramlan Abdul Ghani", "Datuk Seri X", "Tun X"
            cut = i + 2 if i + 2 < len(tokens) and tokens[i + 1].lower() in ("sri", "seri") else i + 1
    if not cut and len(tokens) == 3 and tokens[0].lower() in lexicon.REGIONS and not firstnames.is_first_name(tokens[0]) and (
            firstnames.gender(tokens[1]) in ("m", "f")):
        return [], tokens[1:]  # "senator for Tasmania Callum Fitzgerald": the place the title was for, no name's
    # A title's portfolio after "of" or "for", then the name: "Sindh Minister for Rehabilitation
    # Shahnawaz Ali Jatoi", "Minister of Lands, Agriculture and Rural Development Tinashe Marufu".
    if (portfolio := _portfolio_end(tokens)) is not None:
        return tokens[:portfolio], tokens[portfolio:]
    # A title or a description the word lists do not know, before a known first name: a name
    # begins with its first name ("Franklin County Recorder Helen Marsh", "Comedian Sarah
    # Silverman", "Billionaire Donald Trump").
    after_honorific = cut and (tokens[cut - 1].lower() in lexicon.HONORIFICS or _after_malay_title(tokens, cut)) and (
        tokens[cut].lower() not in TITLE_OR_HONORIFIC)  # ("Madam Mercy Abla Gbedemah", "Datuk Razali Mat Daud": the name opens after it)
    for k in range(max(cut, 1), 0 if after_honorific else len(tokens) - 1):
        low = tokens[k].lower()
        if (low in lexicon.FATHERS_OPENING or low in lexicon.PATRONYM_WORDS) and k > cut:
            break  # a father's name after the given one: "Tan Sri Ramlan Abdul Ghani"
        if low in lexicon.MALAY_GIVEN_OPENINGS and k > cut and tokens[k - 1].istitle() and tokens[k - 1].isalpha() and (
                tokens[k - 1].lower() not in TITLE_OR_HONORIFIC and not role_noun(tokens[k - 1].lower())):
            break  # so is a Malay given name after a given name, with no "bin": "Nurul Izzah Mohd Rosli"
        # (the word's own tests before those of the word before it: most words are no first name)
        if low in lexicon.FIRST_NAMES or (low not in _PARTICLES and firstnames.is_first_name(tokens[k]) and (
                cut and tokens[k - 1].lower() not in CONNECT_WORDS or _title_noun(tokens[k - 1])
                or _post_in_capitals(tokens[k - 1]))):
            # (after a title or a role noun, any first name the data set knows: "Superintendent of
            # Police Kavitha Subramaniam", "Fairview Principal Tomás Ibarra", "Nairobi Regional
            # Police Commander Esther Chepkemoi")
            if len(tokens) - k <= 3 and not (
                any(t.lower() in lexicon.FIRST_NAMES or len(t) == 2 and t.endswith(".")  # "J. Gerald"
                    or t in lexicon.GIVEN_ABBREVIATIONS for t in tokens[cut:k])  # ("Ma. Teresa")
                or firstnames.is_first_name(tokens[k - 1])  # "Jorge Antonio Villasenor"
            ):
                before = tokens[k - 1]
                if before.endswith("s") and not before.endswith(("ss", "’s", "'s")) and (
                        before.lower() not in TITLE_OR_HONORIFIC) and CONNECT_WORDS.isdisjoint(tokens[:k]):
                    return [], tokens[k:]  # "U.S. Nominates Jim Yong Kim": a headline's verb, no title
                cut = k
                if k - 1 > 0 and len(tokens) - k < 3 and before.lower() in lexicon.SURNAMES_FIRST or (
                        len(tokens) - k == 2 and _chinese_given(tokens[k - 1:])
                        and before.lower() not in _TITLE_OR_ROLE and not role_noun(before)):
                    # "Minister Ong Hui Min": a surname that comes first opens the name; so does
                    # one the list lacks, before a given name of two short syllables
                    # ("assemblywoman Low Mei Ling")
                    cut = k - 1
                elif (k >= 2 and len(tokens) - k == 2 and before.isalpha() and not role_noun(before)
                      and not _title_noun(before) and before.lower() not in _TITLE_OR_ROLE
                      and _title_noun(tokens[k - 2])):
                    # "Minister for Maritime Affairs Junaid Akbar Chaudhry": a first name no list
                    # knows, right after the title, opens the name before the one it knows
                    cut = k - 1
            break
    if cut >= 2 and _DOTTED_INITIALS.fullmatch(tokens[cut - 1]) and (
            role_noun(tokens[cut - 2]) or tokens[cut - 2].lower() in _TITLE_OR_ROLE):
        cut -= 1  # "Association President W.M. Sunil Bandara": initials open the name after a title
    if len(tokens) > 3 and (k := next((k for k in range(max(cut, 1), len(tokens) - 1) if INITIAL.fullmatch(tokens[k])), 0)) \
            and (role_noun(tokens[k - 1]) or k == len(tokens) - 2 and tokens[k - 1][:1].isupper()) and not (
                firstnames.is_first_name(tokens[k - 1]) or tokens[k - 1].lower() in lexicon.FIRST_NAMES):
        # "Additional Public Prosecutor A. Damodaran", "Leader of the Opposition R. Natarajan": a
        # role, then a name that opens with an initial (not "John F. Kennedy": a first name before)
        return tokens[:k], tokens[k:]
    if not cut and len(tokens) == 3 and _agent_noun(tokens[0]) and tokens[0].lower() not in _NOT_AGENTS \
            and not firstnames.is_first_name(tokens[0]) and (
                firstnames.is_first_name(tokens[1]) or tokens[0].lower() in lexicon.ROLE_NOUNS
                or _title_noun(tokens[0]) and tokens[1].isalpha() and tokens[2].replace("-", "").isalpha()):
        # "Passenger Eleni Kostas", "Parent Kwame Asante", "Grazier Noeline Ferris": what someone
        # is, then a full name (a listed role noun, a first name the data set knows, or an agent
        # noun that is no adjective's form)
        cut = 1
    elif not cut and len(tokens) == 4 and _title_noun(tokens[0]) and not firstnames.is_first_name(tokens[0]) and all(
            t.replace("-", "").replace("’", "").replace("'", "").isalpha() and t.lower() not in _TITLE_OR_ROLE
            and t.lower() not in lexicon.ORG_WORDS and t.lower() not in CONNECT_WORDS for t in tokens[1:]):
        # "Lawyer Otieno Odhiambo Okoth", "Farmer Wanjiru Kamau Njoroge": what someone is, then a
        # name of three words that no list knows (the name's own words are no roles)
        cut = 1
    if cut and len(tokens) - cut >= 4 and tokens[cut] == "of" and lexicon.ORG_WORDS.isdisjoint(
            t.lower() for t in tokens[-2:]) and tokens[-3].lower() not in CONNECT_WORDS and not any(
            t[:1].isupper() and (t.lower() in lexicon.FIRST_NAMES or firstnames.is_first_name(t))
            for t in tokens[cut + 1:-2]):  # (the data set's "the" is no name written in lower case)
        # "Minister of Mineral Resources Tumelo Seabi": a title of a department, then the name,
        # its last two words where no first name the lists know says otherwise
        return tokens[:-2], tokens[-2:]
    if not cut and len(tokens) == 4 and tokens[1].lower() in lexicon.SURNAMES_FIRST and role_noun(tokens[0]):
        cut = 1  # "Retiree Ong Ah Bee": what someone is, then a name that opens with its surname
    if not cut and len(tokens) >= 4 and (tokens[-3] == "Member" or tokens[-3] in lexicon.POST_INITIALS) and all(
            t.isalpha() and t[:1].isupper() and t[1:].islower() for t in tokens[-2:]):
        # "Council Member Abdirahman Warsame", "Mobility MEC Ridwaan Abrahams": a post, then a
        # given name and a surname, whatever lists know the given name
        return tokens[:-2], tokens[-2:]
    if cut and all(t.lower() in lexicon.PARTY_NOUNS for t in tokens[:cut]):
        return [], tokens[cut:]  # "Republican Donald Trump": a party, not a role
    role = tokens[:cut]
    while role and _after_malay_title(role, len(role)):
        # a title of honour, no office: "Minister Datuk Seri Azlan Harun" is the minister
        role = role[:-2] if role[-1].lower() in ("sri", "seri") else role[:-1]
    return role, tokens[cut:]


CONNECT_WORDS = frozenset(("of", "the", "for", "and"))


# A romanised Chinese syllable, as Malaysian and Singaporean names write them ("Low", "Mei",
# "Ling", "Kah", "Seng", "Boon", "Kiat", "Khoo", "Yeoh"): an initial, then a final.
_CHINESE_SYLLABLE = re.compile(r"(?:[bcdfghjklmnpqrstwxyz]|ch|kh|ng|sh|th|zh)?(?:a|ah|ai|am|an|ang|ao|ap|at|ay|e|ee|ei|ek|en|eng|"
                               r"eo|eong|ew|i|ia|iah|ian|iang|iao|ie|ik|im|in|ing|it|iu|o|oh|oi|ok|on|ong|oo|ooi|oon|"
                               r"ou|ow|u|ua|uan|ui|um|un|uo)")


def _chinese_given(words: list[str]) -> bool:
    """Are these words romanised Chinese syllables: a given name of two, written apart ("Mei
    Ling", "Kah Seng", "Boon Kiat")?"""
    return all(w[:1].isupper() and _CHINESE_SYLLABLE.fullmatch(w.lower()) for w in words)


INITIAL = re.compile(r"[A-Z]\.")  # ("Prosecutor A. Damodaran": an initial, not the article "A")
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
_BARE_INITIAL = re.compile(r"[A-Z]\.?")


def initial_a(words: list[str]) -> bool:
    """Do a name's words open with "A" as an initial, before another and a surname ("A K Saha")?"""
    return words[0] == "A" and len(words) > 2 and bool(_BARE_INITIAL.fullmatch(words[1]))
_PARTICLES = lexicon.NAME_PARTICLES | {"abu"}
# The words that open a role's complement ("analyst at X", "head of Y").
COMPLEMENT_WORDS = frozenset("at for of with in from on to".split())


def complement_at(words: list[str]) -> int:
    """Where a role's complement opens among its words (after the first), else their number:
    the head noun is the word before ("analyst" of "an analyst at Harbour Research")."""
    return next((k for k, w in enumerate(words) if k and w in COMPLEMENT_WORDS), len(words))


# Words ending like agent nouns that are none.
_NOT_AGENTS = frozenset("""after under over never ever other whether either neither rather together
later earlier former further however sooner longer border order letter power center centre summer
winter water paper number manner matter corner dinner river member minor major prior senior junior
interior exterior superior inferior error mirror favor favour labor labour honor honour color colour floor door""".split())


def role_noun(word: str) -> bool:
    """A noun for what someone is or does, as titles and appositions use it: a role noun of the
    lexicon, a "-man" or "-woman" ("defenceman", "chairwoman"), or an agent noun ("striker",
    "goaltender", "columnist", "historian")."""
    low = word.lower().rstrip(".,")
    if low in lexicon.ROLE_NOUNS:
        return True
    if len(low) <= 4 or low in _NOT_AGENTS or not low.replace("-", "").isalpha():
        return False
    if "-" in low and (compound := _ROLE_COMPOUND.fullmatch(low)) is not None:  # (most words: no hyphen)
        return role_noun(compound[1])  # "officer-in-charge", "editor-in-chief", "attorney-at-law"
    # (and trades named by a compound: "barmaid", "midwife", "goldsmith", "shipwright", "deckhand")
    return low.endswith(("man", "woman", "person", "er", "or", "ist", "ian", "maid", "wife", "smith", "wright")) or (
        low.endswith("hand") and "-" not in low)  # (not "right-hand")


_ROLE_COMPOUND = re.compile(r"([a-z]+)-(?:in|at|of)-[a-z]+")


def _title_noun(word: str) -> bool:
    """A role noun that may stand before a name as its title: a listed one, a school year
    ("Junior Maya Castillo"), or an agent noun ("Commander", "Crayfisherman", "Trustee",
    "Regent"; not "Peruvian", an adjective as often) that is no first name."""
    low = word.lower()
    return low in lexicon.ROLE_NOUNS or low in _SCHOOL_YEARS or (
        (role_noun(word) and not low.endswith(("ian", "an"))
         or len(low) > 4 and low.endswith(("ee", "ent")) and not low.endswith("ment") and low.isalpha())
        and not firstnames.is_first_name(word))


_SCHOOL_YEARS = frozenset(("freshman", "sophomore", "junior", "senior"))


def _post_in_capitals(word: str) -> bool:
    """A post's initials before a name: "Kolwa East MCA Kennedy Ouma", "Finance MMC Marlene van
    Rooyen" (an acronym of two to five capitals, no more than one of them a vowel's: not "ANNE")
    that opens a name's title wherever a first name the data set knows follows."""
    return 2 <= len(word) <= 5 and word.isupper() and word.isalpha() and sum(c in "AEIOU" for c in word) <= 1


def _agent_noun(word: str) -> bool:
    """A word for what someone is or does: a role, a party, or an agent noun ("Recorder",
    "Comedian", "Columnist", "Crayfisherman")."""
    low = word.lower().rstrip(".")
    return (low in lexicon.ROLE_NOUNS or low in lexicon.PARTY_NOUNS
            or len(low) > 4 and low.endswith(("er", "or", "ist", "ian", "ant", "man", "woman", "person")))


_LEGAL_TEXT = re.compile(r"(?:(?:Article|Section|Clause|Chapter|Schedule|Part|Rule)\s+[\w.()-]+\s+of\s+)?"
                         r"[Tt]he\s+(?:" + "|".join(w.capitalize() for w in sorted(lexicon.LEGAL_TEXTS)) + r")")


def _org_with_and(words: list[str]) -> str | None:
    """The name of an organisation that holds "and" ("the Securities and Exchange Commission",
    "the National Commission for Museums and Monuments", "Argyll and Bute Council"): capitalised
    words, "of", "for" and "the" between, ending in an organisation's word or opening with one
    and what it is of or for; no person's name ("Smith and Jones") is so made."""
    names = words[1:] if words[0].lower() == "the" else words
    if len(names) < 3 or not (_capitalised(names[0]) and _capitalised(names[-1])) or not all(
            _capitalised(w) or w in ("of", "for", "the", "and", "&") for w in names):
        return None
    joint = names.index("and") if "and" in names else names.index("&")
    before, after = names[:joint], names[joint + 1:]
    if any(w.isupper() and len(w) > 1 or w.endswith(".") or w.lower() in lexicon.HONORIFICS
           for w in before[:1] + after) or any(w.lower() in lexicon.FIRST_NAMES for w in after[:2]) or (
            len(before) == 1 and words[0].lower() == "the" and not names_no_body(before[0])):
        return None  # two bodies or a body and a person: "the FBI and Justice Department", "the
        # Treasury and Justice Department", "the Department of Justice and Sen. Cruz"
    lows = [w.lower() for w in names]
    if lows[-1] in lexicon.ORG_WORDS or any(
            lows[k] in lexicon.ORG_WORDS and lows[k + 1] in ("of", "for") for k in range(min(3, len(lows) - 1))):
        return " ".join(names)
    return None


def names_no_body(word: str) -> bool:
    """Is a capitalised word before "and" no body's name alone, but the start of one: an
    adjective ("Municipal"), a plural ("Fisheries", "Parks": "the Parks and Wildlife Commission"),
    a field's gerund ("the Banking and Finance Staff Union")?"""
    return word.endswith((*lexicon.ADJECTIVE_ENDS, "ies")) or word.endswith("s") and not word.endswith(("ss", "us", "is")) or (
        word.endswith("ing") and len(word) > 5)


def _capitalised(word: str) -> bool:
    """Does a word begin with a capital, perhaps after a glued particle ("d’Entremont") or an Irish
    surname's h, n or t ("hAodha")?"""
    return word[:1].isupper() or word[:1] in "dl" and word[1:2] in "’'" and word[2:3].isupper() or (
        word[:1] in "hnt" and word[1:2].isupper())


# How many, not who: "Several (people)", "Many", "Dozens".
# A conjunction opening a sentence, before the phrase it joins: "But the University and College
# Union said".
LEADING_CONJUNCTION = re.compile(r"^(?:But|And|Yet|So|Or|Meanwhile|However),?\s+")
_QUANTIFIERS = frozenset("several many some most few both dozens hundreds thousands others every each any all".split())
_YEAR = re.compile(r"(?:1[89]|20)\d\d")  # ("OSHA's 2023 inspection report")
_CONTRACTED_PRONOUN = re.compile(r"(\w+)[’'](?:ll|m|ve|d|re|s)")


def _contracted_pronoun(text: str) -> Mention | None:
    """ "I’ll", "She’d": a pronoun with a contraction, no one's name."""
    m = _CONTRACTED_PRONOUN.fullmatch(text.lower())
    return Mention(text[:len(m[1])], "pronoun") if m and m[1] in lexicon.PRONOUN_GENDER else None


@functools.lru_cache(maxsize=1 << 14)
def classify(np: str) -> Mention | None:
    """What kind of mention a noun phrase is, or None when it names nobody.  Cached: the same
    phrases ("he", "the president", "Clinton") name speakers again and again."""
    text = (RX_PAREN.sub("", np) if "(" in np else np).strip(" ,;:—–-\u00a0\t\n")
    if not text or len(text) > 120:
        return None
    if text[:1] in "ABYSOMH" and (conj := LEADING_CONJUNCTION.match(text)) and conj.end() < len(text):
        return classify(text[conj.end():])  # "But the University and College Union said": a conjunction, then the phrase
    low = text.lower()
    if low in lexicon.PRONOUN_GENDER:
        return Mention(text, "pronoun")
    if low in ("her honour", "his honour", "her honor", "his honor"):
        return Mention(text, "description")  # a judge, as the court calls them
    if contracted := _contracted_pronoun(text):
        return contracted
    words = text.split()
    if len(words) == 1 and low in _QUANTIFIERS:
        return None  # "Several people booed", "Others shouted": how many, no one's name
    if not words:
        return None  # only spaces of other kinds ("\u2009")
    if len(words) > 1 and text.isupper():
        return None  # "MARKET WATCH", "CONGRESS HAS INVESTIGATED HIM": a heading, no one's name
    if len(words) == 1 and text in lexicon.STATE_ABBREVIATIONS:
        return None  # "..., Ponte Vedra Beach, Fla., charged": a place
    first = words[0].lower()
    if low in _COLLECTIVE:
        return Mention(text, "description")  # "police said": the force, named or not
    if _bare_plural(words):
        # "analysts at Birchwood Securities", "critics of the plan": people unnamed, perhaps of
        # an organisation
        return Mention(text, "description", name=_owner(text, len(words[0])))
    if len(words) > 1 and words[-1] in _OUTLET_NOUNS and all(_capitalised(w) for w in words[:-1]) and (
            first not in _POSSESSIVE_DETERMINERS):  # (not "Their website")
        return Mention(text, "org", name=text)  # "Time magazine", "Bild newspaper": an outlet
    if ("’s " in text or "'s " in text) and not _RX_POSS_WORD.match(words[0]) and (
            owned := _owned_document(text, words)):
        return owned  # "Environment Canada's warning (on Monday)"
    if len(words) > (lead := first == "the") + 2 and words[lead][:1].isupper() and words[lead].lower() in lexicon.ORG_WORDS and (
            words[lead + 1] in ("of", "for") and all(w[:1].isupper() or w in ("of", "the", "and", "for", "&") for w in words[lead + 2:])):
        # "the Office of the Solicitor General", "Department for Transport": a body named for
        # what it is of, a title's words and all
        return Mention(text, "org", name=" ".join(words[lead:]))
    if first == "the" and len(words) > 3 and words[1][:1].isupper() and words[1].lower() in lexicon.ORG_WORDS and (
            romance_tail(words[2:])):
        return Mention(text, "org", name=" ".join(words[1:]))  # "The Office québécois de la langue française said"
    if not _capitalised(words[-1]) and not (_RX_DET_WORD.match(first) or _RX_POSS_WORD.match(words[0])):
        return None  # no name ends in a lower-case word; only a description may, after "the" or "X's"
    if _LEGAL_TEXT.fullmatch(text):
        return Mention(text, "document")  # "Article 45 of the Constitution", "the Act": no one's words
    if ("and" in words or "&" in words) and (org := _org_with_and(words)):
        return Mention(text, "org", name=org)  # "the Ministry of Labour and Employment"
    if first == "the" and 1 < len(words) <= 5 and words[-1].lower().strip(".,") in lexicon.IDENTITY_NOUNS and all(
            _capitalised(w) or "-" in w or w in _STANDING_WORDS or w.isalpha() and w.lower() not in STOP_WORDS
            for w in words[1:-1]):
        # No one's name takes "the": "the Swede", "the Ohio Republican", "the two-time All-Star"
        # are someone by nationality, party or standing.
        return Mention(text, "description")
    # (an "and" only inside a title's portfolio: "Minister for Housing and Local Government X Y")
    joins = _NAME_JOINS if "and" in words and (
        (cut := _portfolio_end(words)) is not None and "and" not in words[cut:]) else _NAME_JOINS_NO_AND
    if all(_capitalised(w) or w.lower() in joins or _RX_PARTICLE.fullmatch(w)
           for w in words):
        if 1 < len(words) <= 4 and first != "the" and _office_of_place(words):
            return Mention(text, "description")  # "Ghana President", "Saint Lucia PM": an office's holder, no name
        if (len(words) > 1 or low in _OFFICE_TITLES) and all(
                w.lower() in _TITLE_OR_ROLE and w.lower() not in lexicon.HONORIFICS for w in words):
            # "the Prime Minister", "Magistrate says": a title, no one's name
            return Mention(text, "description")
        if first == "the" and words[-1].lower() in _PORTFOLIOS and not lexicon.ORG_WORDS.isdisjoint(
                w.lower() for w in words[1:-1]):
            # a portfolio ends an organisation's name, no title: "the Department of Health"
            return Mention(text, "org", name=" ".join(words[1:]))
        if first == "the" and 2 < len(words) <= 5 and words[-1].lower() in _TITLE_OR_ROLE and not any(
                firstnames.is_first_name(w) or w.lower() in lexicon.FIRST_NAMES for w in words[1:-1]):
            # "the Senate President", "the Police Commissioner": an office's holder, as a title
            # ends it (no one's name takes "the")
            return Mention(text, "description")
        if first == "the" and len(words) == 2 and words[1].lower().endswith("hene"):
            return Mention(text, "description")  # "the Adontenhene": an Akan chief's title, the stool's holder
        if first == "the" and len(words) == 2 and words[1] in _RANK_INITIALS:
            return Mention(text, "description")  # "the SAN said": a Senior Advocate, the rank for the lawyer
        if first == "the" and len(words) == 2:
            # No one's name takes "the": "the Guardian" is an organisation.
            return Mention(text, "org", name=clean_token(words[1]))
        return _classify_name(text, words)
    if first == "the" and len(words) > 2 and words[1].lower() in lexicon.AGE_ORDER and all(_capitalised(w) for w in words[2:]):
        return Mention(text, "name", name=text)  # "the elder Hanuse": one of a family (see Entities.find)
    # A name after a lower-case title: "the Rev. Peter Wherry", "Democratic nominee Hillary
    # Clinton", "9/11 widow Terry Strada".
    m = _TITLED_NAME.match(text)  # (anchored at both ends)
    if m and len(m["pre"].split()) <= 6 and (ment := _titled_name(m["pre"].split(), m["name"])):
        return ment
    return _classify_determined(text, words, first)


# Words before a nationality or a party that say no more than how long or how well ("the
# former Republican", "the veteran Kenyan"), as other adjectives do ("the freshman Democrat").
_STANDING_WORDS = frozenset(("former", "veteran", "longtime", "retired", "young", "ex"))

# Collective nouns that speak without an article: "police said".
_COLLECTIVE = frozenset(("police",))


def _office_of_place(words: list[str]) -> bool:
    """Are capitalised words a place and an office, as headlines write its holder ("Kenya PM",
    "Lagos Governor", "Saint Lucia PM"): a last word that is a title or a post's initials, after
    a country or words no first name opens?"""
    last = words[-1]
    return (last in lexicon.POST_INITIALS or last == "PM" or last.lower() in _HEADLINE_OFFICES) and (
        " ".join(words[:-1]).lower() in lexicon.COUNTRIES or not firstnames.is_first_name(words[0])
        and lexicon.ORG_WORDS.isdisjoint(w.lower() for w in words[:-1]))


# Offices a headline names by place: "Ghana President", "Lagos Governor", "Ontario Premier".
_HEADLINE_OFFICES = frozenset("president governor premier mayor minister chancellor".split())


def _bare_plural(words: list[str]) -> bool:
    """A plural role noun with no article, perhaps after an adjective or two ("federal
    prosecutors"), alone or before "at/for/from/with/of ..." ("analysts at X"); or people who
    know, as news writes of unnamed sources ("people familiar with the talks", "sources close
    to the player")."""
    if len(words) > 2 and words[0].lower() in _PEOPLE_WHO_KNOW and words[1] in _KNOWING:
        return True
    for k, word in enumerate(words[:3]):
        if len(word) > 4 and word.endswith("s") and (
                role_noun(word[:-1]) if word[:1].islower()
                # capitalised, the first word of a sentence, only a listed noun ("Officials said";
                # "Sanders" is a name)
                else k == 0 and word[1:].islower() and (
                    word[:-1].lower() in lexicon.ROLE_NOUNS or word[:-1].lower() in lexicon.TITLE_WORDS)):
            # ("Councillors in Carlow have rounded on": a title's plural too)
            return all(w.isalpha() and w.islower() and w not in STOP_WORDS and w not in lexicon.CUES
                       for w in words[:k]) and (
                len(words) == k + 1 or len(words) <= k + 8 and words[k + 1] in ("at", "for", "from", "with", "of", "in"))
        if not (word.isalpha() and word.islower()):
            return False
    return False


_SMALL_IN_NAMES = frozenset(("of", "for", "and", "to", "on", "in", "the", "&"))


def _classify_determined(text: str, words: list[str], first: str) -> Mention | None:
    """A phrase after a determiner or a possessive: an organisation ("the Daily Caller"), a
    description or a document ("the minister", "a statement from X", "Obama's strategist")."""
    if first == "the" and 1 < len(words) <= 6 and all(w[0].isupper() for w in words[1:]):
        name = " ".join(words[1:-1] + [clean_token(words[-1])])
        return Mention(text, "org", name=name)  # "the Daily Caller", "the New York Times"
    if first == "the" and 3 < len(words) <= 8 and words[1][0].isupper() and (
            clean_token(words[-1]).lower() in lexicon.ORG_WORDS) and all(
            w[0].isupper() or w in _SMALL_IN_NAMES for w in words[2:]):
        # an organisation's name with a small word that no person's holds: "the Ohio Freedom
        # to Read Coalition", "the Coalition on Revenue in Africa"
        return Mention(text, "org", name=" ".join(words[1:-1] + [clean_token(words[-1])]))
    if _RX_DET_WORD.match(first) and len(words) > 1:
        return _classify_description(text, words)
    if _RX_POSS_WORD.match(words[0]) and len(words) > 1 and (all(w[0].islower() or _YEAR.fullmatch(w) for w in words[1:]) or (
            # (a capitalised word of where, before a role: "Usdaw’s Scottish divisional officer")
            len(words) > 2 and words[-1].islower() and role_noun(words[-1]))):
        if clean_token(words[-1]).lower() in lexicon.DOCUMENT_NOUNS:
            # "Hoff’s letter": a document of its owner's, whoever the text says that is
            return Mention(text, "document", name=clean_token(words[0]))
        return Mention(text, "description")  # "Obama's former campaign strategist"
    return None


def _owned_document(text: str, words: list[str]) -> Mention | None:
    """ "Environment Canada's warning": a document of an owner of more words than one (its
    day after it, "on Monday", is no part of it)."""
    if len(words) > 3 and words[-2].lower() in ("on", "last", "this") and words[-1].lower() in lexicon.CALENDAR_WORDS:
        words = words[:-2]
        text = " ".join(words)
    poss = next((k for k, w in enumerate(words[:4]) if _RX_POSS_WORD.match(w)), None)
    if poss and all(w[:1].isupper() for w in words[:poss]) and len(words) > poss + 1 and all(
            w.islower() for w in words[poss + 1:]) and clean_token(words[-1]).lower() in lexicon.DOCUMENT_NOUNS:
        return Mention(text, "document", name=" ".join(words[:poss] + [clean_token(words[poss])]))
    return None


def _titled_name(pre: list[str], name_text: str) -> Mention | None:
    """The name after the words ``pre`` when they are its title, or do not keep it from being a
    name: "the Rev. Peter Wherry", "retired neurosurgeon Ben Carson"; None after a clause ("who
    has given money to Marco Rubio")."""
    first_name = name_text.split()[0].lower()
    titled = pre and (pre[-1].lower() in lexicon.TITLE_WORDS or pre[-1].lower() in lexicon.ROLE_NOUNS)
    # "an angry Hollande", "a visibly shaken Reed": how the person looked, before the name
    described = pre[0].lower() in ("a", "an") and 1 < len(pre) <= 4 and all(w.isalpha() and w.islower() for w in pre[1:])
    while pre and pre[0].lower() in STOP_WORDS:  # "with Tom Hale": no title at all
        pre = pre[1:]
    ment = _classify_name(name_text, name_text.split())
    # A title before the name; or, after words that could be a title, a known first name or
    # the name's own title ("retired neurosurgeon Ben Carson", "retired Army Lt. Gen. Mick
    # Bednarek"), but not after a clause ("who has given money to Marco Rubio").
    clean = not any(w.lower() in STOP_WORDS for w in pre)
    known_first = first_name in lexicon.FIRST_NAMES
    if not (ment and ment.kind == "name" and (titled or clean and (known_first or ment.role or described))):
        return None
    # What stands before the name is a title only when it ends like one.
    if not (titled or pre and _agent_noun(pre[-1])):
        pre = []
    role = strip_article(" ".join(pre)) or None
    if role and role.lower() in lexicon.HONORIFICS:
        role = None
    return Mention(ment.text, "name", ment.name, ment.role or role, ment.honorific)


_TITLED_NAME = Twin(
    rf"^(?P<pre>(?:[^\s]+\s+){{1,6}}?)(?P<name>(?:{TOKEN})(?:\s+(?:{PARTICLE}\s+)?(?:{TOKEN})){{0,3}})$"
)


# Adjectives of bodies, in no person's name: "the Ashanti Regional House of Chiefs".
_BODY_ADJECTIVES = frozenset("""regional national provincial federal municipal metropolitan central
supreme constitutional international traditional""".split())


_POSSESSIVE_DETERMINERS = frozenset("their his her its our my your".split())
# Participles of speaking that open a sentence before its subject ("Responding, the exco member
# said"): no one's name (unlike "Kettering" or "Fanning").
_LEAD_PARTICIPLES = frozenset("""responding replying speaking addressing commenting reacting explaining adding
referring concluding closing defending asking answering insisting arguing noting""".split())


def a_place(words: str) -> bool:
    """Is this a country, or a state or a province of one ("New York", "Tasmania")?"""
    low = words.lower()
    return low in lexicon.COUNTRIES or low in lexicon.REGIONS or low in lexicon.US_STATES


def after_place_modifier(words: list[str]) -> int:
    """Where a name goes on after a word among its first three that tells where it is or who
    runs it ("Calgary-based Boreal Crossing Pipelines", "South Korean-born Monte Haines": 1, 2),
    if a word is left after it; else 0."""
    k = next((k for k, w in enumerate(words[:3]) if w.endswith(lexicon.PLACE_MODIFIERS)), -1)
    return k + 1 if 0 <= k < len(words) - 1 else 0


def _classify_name(text: str, words: list[str]) -> Mention | None:
    # An organisation's mention keeps its article, as a description's does ("the National
    # Centre for Hydro-Meteorological Forecasting said"); its name does not.
    written = text if words[0].lower() == "the" and len(words) > 1 else None
    if (bare := _without_lead(words)) is not words:
        words, text = bare, " ".join(bare)
        if len(words) == 1 and (contracted := _contracted_pronoun(text)):
            return contracted  # "But I’ll"
    if words[0].lower() in _POSSESSIVE_DETERMINERS or len(words) == 1 and words[0].lower() in _LEAD_PARTICIPLES:
        return None  # "Their website", "Responding,": a possessive's phrase or a participle, no name
    honorific = ""
    if words[0].lower() in lexicon.HONORIFICS:
        honorific = lexicon.HONORIFICS[words[0].lower()]
    if len(words) > 2 and words[-1].rstrip(".,") in lexicon.POST_NOMINALS:
        words = words[:-1]  # "Elin Wyn Parry MS": a rank after the name, no part of it
        text = " ".join(words)
    role_tokens, name_tokens = split_title(words)
    n_role = len(role_tokens)
    name_tokens = [clean_token(t) for t in name_tokens]
    if not name_tokens or not _capitalised(name_tokens[-1]):
        return None  # "Russian for": a name ends in a capitalised word
    low_first = name_tokens[0].lower().rstrip(".")
    if (low_first in STOP_WORDS or low_first in _MONTH_OR_DAY) and not initial_a(name_tokens):
        return None
    if len(name_tokens) == 1 and role_tokens and role_tokens[-1].endswith(("’s", "'s")) and (
            low_first in lexicon.TITLE_WORDS and low_first not in lexicon.HONORIFICS):
        return Mention(text, "description")  # "Brightway's CEO": a post of an organisation's, no name
    name = " ".join(name_tokens)
    role_tokens = [t for t in role_tokens if t.lower() not in lexicon.HONORIFICS]
    role = " ".join(role_tokens) or None
    if "of" in name_tokens[2:] and (before_of := name_tokens[:name_tokens.index("of", 2)]) and (
            before_of[-1].lower() == "house" or not _BODY_ADJECTIVES.isdisjoint(t.lower() for t in before_of[1:])):
        # "the Ashanti Regional House of Chiefs": a house of something, or a name with a body's
        # adjective in it, is a body's, not a person's of some place
        return Mention(written or text, "org", name=" ".join(name_tokens))
    if "of" in name_tokens[2:] and firstnames.is_first_name(name_tokens[0]):
        # "Deputy Chief Marisol Quintero of the Fire Department": a person, then where they
        # work, whose words are an organisation's
        name_tokens, name, text = _before_of(words, n_role, name_tokens)
    last = name_tokens[-1].lower()
    if last in lexicon.ORG_WORDS or any(t.lower() in lexicon.ORG_WORDS for t in name_tokens[1:]):
        if len(words) > 2 and words[0].endswith(("’s", "'s")) and clean_token(words[0]).lower() in lexicon.COUNTRIES:
            words = words[1:]  # "Brazil’s Environment Ministry": where it is, no part of its name
        if cut := after_place_modifier(words):
            words = words[cut:]  # "the Port Harcourt-based Centre for ...": where it is, no part of its name
        full = " ".join(clean_token(t) if i == len(words) - 1 else t for i, t in enumerate(words))
        return Mention(written if written and len(words) == len(written.split()) - 1 else text,
                       "org", name=full)
    if "of" in name_tokens[2:] and (firstnames.is_first_name(name_tokens[0]) or INITIAL.match(name_tokens[0])
                                    or a_place(" ".join(name_tokens[name_tokens.index("of", 2) + 1:]))):
        # "Chuck Schumer of New York", "Joel Pollak of Breitbart California": the person, then
        # where they come from (not "Accra Hearts of Oak": no first name, no place).
        name_tokens, name, text = _before_of(words, n_role, name_tokens)
    if len(name_tokens) > 4 and not stool_name(name_tokens):
        # "New York City Public Advocate Trish James": no name is so long; a first name and a
        # surname at its end are the person's, the words before their title.
        if not (name_tokens[-2].istitle() and firstnames.is_first_name(name_tokens[-2])
                and name_tokens[-3].lower() not in STOP_WORDS and name_tokens[-2].lower() not in lexicon.ORG_WORDS):
            return None
        role = " ".join(role_tokens + name_tokens[:-2])
        name_tokens = name_tokens[-2:]
        name = text = " ".join(name_tokens)
    # An honorific stays in the words that name the speaker ("Mr Marsh", "Dr. Boateng"); a
    # title does not ("Mayor X said" -> "X").
    mention_text = text if words[0].lower() in lexicon.HONORIFICS else name
    return Mention(mention_text, "name", name=name, role=role, honorific=honorific)


def _before_of(words: list[str], n_role: int, name_tokens: list[str]) -> tuple[list[str], str, str]:
    """A name cut before its "of" (where the person comes from or works): its words, the name
    and the words as written, title and all."""
    name_tokens = name_tokens[:name_tokens.index("of", 2)]
    return name_tokens, " ".join(name_tokens), " ".join(words[:n_role + len(name_tokens)])


def _without_lead(words: list[str]) -> list[str]:
    """The words of a name without the function words before it ("As Steven M. Rosenthal",
    "The New York Times"); ``words`` itself where there are none."""
    while (len(words) > 1 and words[0].lower() in STOP_WORDS and words[1][:1].isupper()
           and words[0].lower() not in lexicon.HONORIFICS and not initial_a(words)):
        words = words[1:]
    return words


_PROPER = Twin(
    rf"(?:the\s+)?{TOKEN}(?:\s+(?:{CONNECT}\s+)?{TOKEN})*"
)


_AGE = re.compile(r"\d{1,3}-year-old")


# Words no noun phrase holds before its head noun: a finite verb, a relative word.
_CLAUSE_WORDS = frozenset("was were is are be been has have had will would that which who said says".split())


_ON_PLATFORM = re.compile(r"\son\s+(?:the\s+)?$")
_SOMEONE_OF_BEFORE = re.compile(r"\bfrom\s+(?:a|an|one)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:of|in|at|from)\s+(?:the\s+)?$")
# Where people post, no one's name: "a Facebook post", "on X".
_PLATFORMS = frozenset("facebook twitter x instagram tiktok youtube whatsapp telegram linkedin threads bluesky reddit snapchat".split())


def _classify_description(text: str, words: list[str]) -> Mention | None:
    # A document: "a note on Kazakhstan’s Foreign Ministry’s website", "a statement from X".
    lows = [clean_token(w).lower().strip(".,") for w in words]
    if lows[-1] in STOP_WORDS:
        return None  # "... columnist David Auerbach went so far as to": a clause, cut short
    # (the head stands after a name's possessive that opens the phrase: "The Coastal
    # Aquaculture Review Board's ruling" is a ruling, not a review; but "a source familiar with
    # Cruz's thinking" is a source)
    after = next((k + 1 for k, w in enumerate(words) if _RX_POSS_WORD.match(w)), 0)
    if not all(w[:1].isupper() or w in _NAME_JOINS for w in words[1:after]):
        after = 0
    doc_at, role_at = _first_of(lows, lexicon.DOCUMENT_NOUNS, after), _first_of(lows, lexicon.ROLE_NOUNS, after)
    # (whose it is: the name before the possessive, in full: "The Comptroller and Auditor
    # General's latest report")
    owner = " ".join(words[1:after - 1] + [clean_token(words[after - 1])]) if after > 1 else _owner(text, len(words[0]))
    head = doc_at if doc_at is not None and (role_at is None or doc_at <= role_at) else role_at
    if head is not None and not _noun_phrase_tail(lows[head + 1:]):
        return None  # "The statement also referenced ...": a clause, not a noun phrase
    if head is not None and not _CLAUSE_WORDS.isdisjoint(lows[:head]):
        return None  # "The hearing was so quiet that Judge X": a clause before the noun
    if doc_at is not None and head == doc_at:
        if owner and (at := text.find(owner)) > 0 and _ON_PLATFORM.search(text, 0, at) and (
                not text[at + len(owner):].strip()):
            owner = None  # "a review on Google", "a post on Facebook": the place, not the author
        if owner and (at := text.find(owner)) > 0 and names_a_person_after(text[at + len(owner):]):
            owner = None  # "A statement from a Kettering care worker": where she lives, no author
        return Mention(text, "document", name=owner)
    if role_at is not None or lows[-1] in lexicon.ORG_WORDS:
        return Mention(text, "description", name=owner)
    if lows[-1] in lexicon.PARTY_NOUNS and len(words) <= 5:
        # "a New Hampshire Republican": the capitalised words describe, they name nobody.
        return Mention(text, "description")
    if len(words) <= 4 and (_RX_LOWER_WORD.fullmatch(words[-1]) or _AGE.fullmatch(lows[-1])) and (
            lows[-1] not in STOP_WORDS):  # "the announcer", "the 46-year-old"
        return Mention(text, "description", name=owner)  # "the announcer", "a narrator"
    if lows[0] in ("someone", "somebody") and lows[1] in _PLACE_PREPOSITIONS and len(words) <= 6 and (
            lows[-1] not in STOP_WORDS and all(w.isalpha() for w in lows[2:])):
        return Mention(text, "description")  # "someone in the public gallery"
    place = next((k for k, w in enumerate(lows) if k > 1 and w in _PLACE_PREPOSITIONS), None)
    if place is not None and place + 1 < len(words) <= place + 4 and (
            (before := _classify_description(" ".join(words[:place]), words[:place])) is not None
            and before.kind == "description" and not before.name) and (
            all(w[:1].isupper() for w in words[place + 1:])
            # (a person of no role where they were: "a woman in the crowd", "a man in the gallery")
            or lows[place - 1] in lexicon.PEOPLE_NOUNS and lows[place + 1] in ("the", "a")
            and all(w.isalpha() and w.islower() for w in words[place + 2:]) and lows[-1] not in STOP_WORDS):
        return Mention(text, "description")  # "a trucker from Tulsa", "a woman on Skyline Drive", "a man at Finley"
    return None


def names_a_person_after(rest: str) -> bool:
    """Do the words after a capitalised one name an ordinary person it only describes: one to
    three words in lower case ending with a noun for a person ("care worker", "resident")?"""
    words = rest.split()[:3]
    for k, word in enumerate(words):
        if not (word.isalpha() and word.islower()):
            return False
        if word in lexicon.PEOPLE_NOUNS or word.endswith("worker") and k:
            return True
    return False


_PLACE_PREPOSITIONS = frozenset(("from", "on", "in", "near", "at"))
_NAME_JOINS = frozenset(("and", "of", "for", "the", "&"))  # (the small words a body's or a title's name holds)
_NAME_JOINS_NO_AND = _NAME_JOINS - {"and", "&"}


_LOOSE_DETERMINERS = frozenset("the a an some another one two three several many both".split())


def loose_description(np: str) -> Mention | None:
    """A phrase that is a reporting verb's subject where only a source stands, between a passage
    and its verb ("“…,” the pitch on Kickstarter says", "some protesters chanted"): a
    description after a determiner whatever its head noun, so long as it reads as a noun phrase
    (no clause, no pronoun, not ending on a function word)."""
    words = np.split()
    if not 2 <= len(words) <= 8 or words[0].lower() not in _LOOSE_DETERMINERS or "," in np:
        return None
    # A participle's phrase only describes the head before it ("another source speaking to X").
    words = next((words[:k] for k in range(2, len(words)) if words[k].endswith("ing")), words)
    lows = [clean_token(w).lower() for w in words]
    if (lows[-1] in STOP_WORDS or not _CLAUSE_WORDS.isdisjoint(lows) or not AUXILIARIES.isdisjoint(lows)
            or any(w in lexicon.PRONOUN_GENDER for w in lows) or not all(w[:1].isalnum() for w in words)):
        return None
    return Mention(" ".join(words), "description")


def _first_of(words: list[str], vocabulary, start: int = 0) -> int | None:
    """Where the first of ``words`` (from ``start`` on) in ``vocabulary`` stands, or None."""
    return next((i for i in range(start, len(words)) if words[i] in vocabulary), None)


_AND_BODY = re.compile(r"\s+and\s+((?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*)")


def _owner(text: str, pos: int) -> str | None:
    """The proper name inside a description, from ``pos`` on: "... from the Interior Ministry",
    "... on X’s website", "a spokesperson for the Centre de services scolaire de Montréal"."""
    for m in _PROPER.finditer(text, pos):
        if _RECIPIENT_BEFORE.search(text, pos, m.start()):
            return None  # "a letter from the company to the Select Board": whom it went to, not whose it is
        toks = RX_THE.sub("", m.group()).split()
        if len(toks) == 1 and toks[0].lower() in _PLATFORMS:
            continue  # ("A widely shared Facebook post from a resident": where it was posted, not whose it is)
        if _SOMEONE_OF_BEFORE.search(text, pos, m.start()):
            return None  # ("... from a resident of Barangay Sooc": an unnamed person's, where they live)
        if toks and toks[0].endswith(lexicon.PLACE_MODIFIERS):
            # ("a statement from the Troy-based company": where it is, no name; "the
            # Calgary-based Boreal Crossing Pipelines": the name after it)
            toks = toks[1:]
        if toks and toks[0].lower() not in STOP_WORDS and not (
                len(toks) == 1 and (clean_token(toks[0]).lower() in lexicon.CALENDAR_WORDS
                                    # ("a Feb. 20 letter from X": a date's month, written short)
                                    or toks[0].lower().rstrip(".") in _MONTHS_SHORT and text[m.end():].lstrip(". ")[:1].isdigit())):
            if romance_tail(text[m.end():].split()):
                return " ".join(toks + text[m.end():].split())
            if (joined := _AND_BODY.match(text, m.end())) is not None and clean_token(joined[1].split()[-1]).lower() in lexicon.ORG_WORDS:
                # (a body named for two things: "the Transport and Logistics Bureau")
                toks = toks + ["and"] + joined[1].split()
            return " ".join(toks[:-1] + [clean_token(toks[-1])])
    return None


_RECIPIENT_BEFORE = re.compile(r"(?:\bfrom\s.*\s(?:to|with)|\b(?:announcement|announcements|filing|filings|letter|submission|"
                               r"statement|email|notice)\s+(?:to|with))\s+(?:the\s+)?$")
# ("Your announcement to the ASX": whom it went to; a report "to the WTA board" is the body's own)


# The small words that join a French, Spanish, Portuguese or Italian organisation's name, which
# keeps its other words in lower case ("Centre de services scolaire de Montréal", "Office
# québécois de la langue française").
ROMANCE_PARTICLES = frozenset("de du des del della di do da la le les et y e".split())


def _romance_small(word: str) -> bool:
    return word in ROMANCE_PARTICLES or word.startswith(("d’", "d'", "l’", "l'"))


def romance_tail(words: list[str]) -> bool:
    """Do these words go on an organisation's name as French, Spanish, Portuguese or Italian
    write it: one of their small words among the first two, and words of no English sentence (no
    English small word, no reporting verb, nothing in "-ed" or "-ing")?"""
    return 0 < len(words) <= 8 and any(_romance_small(w) for w in words[:2]) and all(
        _romance_small(w) or w[:1].isupper() or (
            w.isalpha() and w not in STOP_WORDS and w not in AUXILIARIES and w not in lexicon.VERB_FILLERS
            and w not in lexicon.CUES and not w.endswith(("ed", "ing")))
        for w in words)


PREPOSITIONS = {"of", "on", "from", "for", "at", "in", "by", "with", "to"}


def _noun_phrase_tail(words: list[str]) -> bool:
    """What may follow the head of a description: nothing, a prepositional phrase, more nouns
    ("the campaign spokesman") but no verb ("the statement also referenced")."""
    if len(words) > 1 and words[0].endswith("ed") and words[1] in PREPOSITIONS:
        return True  # a participle with its complement: "a statement posted on X's website"
    return not words or words[0] in PREPOSITIONS or not any(
        w in lexicon.VERB_FILLERS or w in AUXILIARIES or w.endswith(("ed", "ing"))
        for w in words[:2]
    )


# Verbs that begin a clause ("the candidate could be ..."), never a noun phrase's tail.
AUXILIARIES = frozenset(
    "could should can may might must shall is was are were be been does did do".split()
)


def strip_article(s: str) -> str:
    return _RX_ARTICLE.sub("", s.strip())
