"""Per-language patterns of the utterance coder, compiled once at import."""

import re
from re import Pattern

_F = re.IGNORECASE


def _c(pattern: str) -> Pattern[str]:
    return re.compile(pattern, _F)


# Discourse fillers a clause may start with before its real first word.
FILLERS = {
    "en": _c(
        r"^(?:(?:and|so|but|okay|ok|well|uh+|um+|uhm|hmm+|mm+|mm-hmm|mhm|uh-huh|right|alright|"
        r"all right|now|then|yeah|yes|yep|oh|ah|i see|i mean|great|good|sure|like|you know|"
        r"also|just|gotcha|cool|wow|no|huh)\b[\s,.\-—–]*)+"
    ),
    "nl": _c(
        r"^(?:(?:en|dus|maar|oké|ok|okay|oke|nou|goed|uh+|eh+|ehm|hm+|mm+|ja|jawel|nee|oh|ah|"
        r"precies|juist|helder|duidelijk|prima|zeker|tja|hè|he|hoi|hallo|even|dan|ik bedoel|"
        r"weet je|snap ik|begrijp ik)\b[\s,.\-—–]*)+"
    ),
}

# Tag questions at the end: "..., right?" / "..., toch?" are closed.
TAG = {
    "en": _c(
        r",\s*(?:right|correct|yeah|yes|no|okay|ok|huh|eh|true|is that right|is that correct|"
        r"isn'?t (?:it|that|she|he)|aren'?t (?:you|they|we)|don'?t (?:you|they|we)|"
        r"doesn'?t (?:it|he|she)|didn'?t (?:you|it|he|she)|wasn'?t (?:it|that)|"
        r"won'?t (?:you|it)|can'?t (?:you|it)|haven'?t (?:you|they)|weren'?t you|"
        r"wouldn'?t (?:you|it)|or not|am i right)\s*[?!.]*\s*$"
    ),
    "nl": _c(
        r",\s*(?:toch|hè|he|niet|of niet|ja|nee|oké|ok|okay|klopt dat|klopt dat wel|right|"
        r"of wel|zeker|neem ik aan|mag ik aannemen|denk ik)\s*[?!.]*\s*$"
    ),
}

# Fact questions that start like open ones: "how many", "hoeveel".
FACT = {
    "en": _c(
        r"^(?:how (?:many|much|long|often|old|far|soon|frequently)|what time|what day|"
        r"what year|what age|which (?:day|one|time)|who|whom|whose|when (?:did|was|were|is|will))\b"
    ),
    "nl": _c(
        r"^(?:hoeveel|hoe (?:lang|vaak|laat|oud|ver|snel|groot)|hoe ?veel|welke dag|"
        r"wie|om hoe laat|sinds wanneer|wanneer (?:is|was|heb|had|ben|begon|start))\b"
    ),
}

# Requests that invite a story: open even though they start with a verb.
OPEN_REQUEST = {
    "en": _c(
        r"\b(?:tell me(?! if| whether)|(?:can|could|would|will) you (?:please )?"
        r"(?:tell|say (?:a bit )?more|talk|describe|explain|walk me|share|help me understand|"
        r"give me (?:an|some) (?:example|idea|sense))|describe|help me understand|"
        r"say more|talk (?:a (?:little|bit) )?more|what else|anything else you|"
        r"^(?:and |so |ok(?:ay)?,? )?(?:and then|what else|anything else|something else)"
        r"(?: (?:at all|on your mind))?(?=\W*$)|"
        r"i(?:'m| am) (?:curious|wondering) (?:what|how|why|about)|i wonder (?:what|how|why))\b"
    ),
    "nl": _c(
        r"\b(?:vertel (?:eens|me|jij|daar|er|meer)|(?:kun|kan|zou|wil|mag|wilt) (?:je|jij|u)\b"
        r"[^?]*?\b(?:vertellen|beschrijven|uitleggen|toelichten|schetsen|meenemen|"
        r"voorbeeld(?:en)? (?:van )?(?:geven|noemen)|zeggen over)|"
        r"wat (?:nog meer|verder nog|mis ik)|^(?:en )?(?:verder|wat nog|nog meer)(?=\W*$)|"
        r"ik ben benieuwd (?:wat|hoe|waarom|naar)|help me begrijpen)\b"
    ),
}

# Question words that open a clause.
WH = {
    "en": _c(r"^(?:what|how|why|where|when|which|in what way|to what extent)\b"),
    "nl": _c(
        r"^(?:wat|hoe|waarom|welke|welk|wanneer|waar|waardoor|waarmee|waarover|waaraan|waarin|"
        r"waarvan|waarop|waarnaar|waarvoor|in hoeverre|op welke)\b"
    ),
}

# A clause that starts with a finite verb (inversion) or an auxiliary: a closed question.
AUX = {
    "en": _c(
        r"^(?:is|are|am|was|were|do|does|did|have|has|had|can|could|would|will|should|shall|"
        r"may|might|must|isn'?t|aren'?t|don'?t|doesn'?t|didn'?t|haven'?t|won'?t|wouldn'?t|"
        r"can'?t|couldn'?t|any|anything|any ?one|ever)\b"
    ),
    "nl": _c(
        r"^(?!wat|hoe|waar|wie|welk|wanneer)\w+\s+"
        r"(?:je|jij|u|jullie|we|er|het|dat|hij|zij|ze)\b"
    ),
}

# Reflection stems at the start of a clause.
REFLECT_STEM = {
    "en": _c(
        r"^(?:(?:it |that |this )?(?:sounds|seems|looks) (?:like|as (?:if|though)|that)|"
        r"(?:it |that |this |you )?(?:doesn'?t|don'?t) (?:sound|seem) (?:\w+ )?\w+|"
        r"i hear (?:something|some|a (?:bit|note|hint)|in that|in what you)\b|"
        r"(?:it |that |this )?(?:sounds|seems|must be|must have been) (?:really |so |very |quite |"
        r"pretty )?(?:hard|tough|difficult|frustrating|exhausting|painful|lonely|stressful|"
        r"annoying|upsetting|disappointing|draining|unfair|heavy|a lot|rough)|"
        r"it seems|that must|it must be|"
        r"so (?:you|for you|it'?s|what you|your|part of you|on the one)|"
        r"you(?:'re| are) (?:saying|feeling|telling me|worried|concerned|not sure|unsure|"
        r"wondering|thinking|struggling|frustrated|tired|afraid|scared|hoping|looking|ready)|"
        r"you (?:feel|felt|sound|seem|mean|want|wish|miss|hope|worry|"
        r"don'?t (?:want|like|feel|think|"
        r"see|know)|really|also|kind of|sort of|believe|think|know|like|enjoy|care|value|need|"
        r"have been|'ve been|had|were|mentioned|said|noticed|decided|found|would like|'d like)|"
        r"what i(?:'m| am) hearing|i(?:'m| am) hearing|i hear (?:you|that|what)|"
        r"if i (?:understand|hear|get)|in other words|let me (?:see if|make sure|summari[sz]e|"
        r"try to summari[sz]e|try and summari[sz]e|recap|just check)|"
        r"to (?:sum(?:mari[sz]e)?(?: up)?|recap)|(?:just )?to summari[sz]e|in summary|so far|"
        r"part of you|on (?:the )?one hand|on the other hand|for you|your (?:concern|worry|"
        r"main|biggest|goal|fear|sense)|i (?:get|got) the sense|i(?:'m| am) getting the sense|"
        r"what you(?:'re| are)? (?:saying|telling|miss|want|need|describe)|"
        r"kind of like|(?:and )?that'?s (?:hard|tough|difficult|frustrating|scary|a lot|"
        r"important to you|what)|it'?s (?:hard|tough|difficult|frustrating|important to you|like)|"
        r"you'?ve (?:been|got|had|tried|noticed|found|decided|thought))"
    ),
    "nl": _c(
        r"^(?:(?:het|dat) klinkt (?:alsof|als|of|naar|voor)|klinkt (?:alsof|als)|"
        r"(?:het|dat|je) klinkt (?:nog |ook )?niet (?:\w+ )?\w+|"
        r"ik hoor (?:daar|er|hier|in wat je zegt)\b|"
        r"(?:het|dat) (?:klinkt|lijkt me|moet) (?:echt |best |heel |erg |behoorlijk |nogal )?"
        r"(?:zwaar|lastig|moeilijk|frustrerend|vervelend|pijnlijk|eenzaam|vermoeiend|"
        r"oneerlijk|balen|rot|naar|stressvol)|"
        r"(?:het|dat) lijkt (?:erop |me )?(?:dat|alsof|of)|als ik (?:je|jou|het) (?:goed )?"
        r"(?:begrijp|hoor|samenvat)|als ik het (?:even )?samenvat|samenvattend|kortom|"
        r"met andere woorden|dus (?:wat )?(?:je|jij|jou|voor jou|eigenlijk)|wat ik hoor|"
        r"ik hoor (?:je|dat|jou)|ik begrijp dat je|je (?:bedoelt|zegt|voelt|vindt|mist|wilt|"
        r"hoopt|merkt|twijfelt|maakt je zorgen|hebt het gevoel|bent (?:bang|boos|moe|"
        r"teleurgesteld|gefrustreerd|niet zeker)|zou (?:graag|liever)|hebt behoefte|"
        r"verlangt|ervaart|ziet|denkt|weet niet|twijfelt|bent eigenlijk|loopt vast)|"
        r"jij (?:bedoelt|zegt|voelt|vindt|mist|wilt|merkt)|voor jou|dat (?:moet|lijkt me) "
        r"(?:zwaar|lastig|moeilijk|frustrerend|vervelend|pijnlijk)|dat (?:is|was) (?:zwaar|"
        r"lastig|moeilijk|frustrerend|pijnlijk) voor je|aan de ene kant|enerzijds|"
        r"wat je (?:mist|zegt|wilt|bedoelt|nodig hebt)|het gaat je (?:om|erom))"
    ),
}

# Questions said as statements: "Tell me about ...", "I wonder whether ...".
STATED_QUESTION = {
    "en": _c(
        r"(?:^|\b(?:so|and|but|now|maybe|then)\s+|,\s*)(?:(?P<open>tell me|(?:please )?describe|"
        r"talk (?:to me|me through)|walk me through|i(?:'d| would) (?:like|love) to (?:know|hear|"
        r"understand|find out)|i(?:'m| am| was) (?:just )?(?:kind of |sort of )?(?:wondering|"
        r"curious) (?:what|how|why|about|where)|i wonder(?:ed)? (?:what|how|why|where))|"
        r"(?P<closed>i(?:'m| am| was)? (?:just )?(?:kind of |sort of )?(?:wonder(?:ing|ed)?|"
        r"curious) (?:if|whether)|i wonder(?:ed)? (?:if|whether)))\b"
    ),
    "nl": _c(
        r"(?:^|\b(?:dus|en|maar|dan)\s+|,\s*)(?:(?P<open>vertel (?:eens|me|daar|er)|"
        r"ik ben (?:wel )?benieuwd (?:wat|hoe|waarom|naar)|ik vraag me af (?:wat|hoe|waarom)|"
        r"ik wil (?:graag )?(?:weten|horen) (?:wat|hoe|waarom))|(?P<closed>ik vraag me af of|"
        r"ik ben (?:wel )?benieuwd of))\b"
    ),
}

# A question word followed closely by a verb or "you": a question even without "?".
WH_VERB = {
    "en": _c(
        r"^(?:what|how|why|where|when|which|who)\s+(?:\w+\s+)?(?:do|does|did|are|is|was|were|"
        r"would|could|can|will|have|has|you)\b"
    ),
    "nl": _c(r"^(?:wat|hoe|waarom|welke|wanneer|waar)\s+(?:\w+\s+)?(?:je|jij|u)\b"),
}

# Plain declaratives about the other person: reflections when nothing else fits.
SECOND_PERSON = {
    "en": _c(
        r"(?<!thank )(?<!if )(?<!do )(?<!can )\b(?:you(?! know)|you'?re|you'?ve|you'?d|"
        r"you'?ll|your|yourself)\b"
    ),
    "nl": _c(r"\b(?:je|jij|jou|jouw|jezelf|u|uw)\b"),
}
FIRST_START = {
    "en": _c(r"^(?:i|i'm|i've|i'd|i'll|we|we're|we'll|my|our|let me|let's)\b"),
    "nl": _c(r"^(?:ik|we|wij|mijn|ons|onze|laat me|laten we)\b"),
}
SECOND_START = {
    "en": _c(r"^(?:you|your|you'?re|you'?ve|you'?d)\b"),
    "nl": _c(r"^(?:je|jij|jouw|jou)\b"),
}

AFFIRM = {
    "en": _c(
        r"\b(?<!of )(?<!for )(?<!do )(?<!doing )(?<!deliver )"
        r"(?:good (?:job|for you|work|on you)|well done|nice (?:job|work)|"
        r"i (?:really )?(?:appreciate|admire|respect) (?:you|your|that you|how|the way)|"
        r"thank(?:s| you) (?:so much )?for (?:sharing|being|your|coming|telling|talking|"
        r"opening)|(?:that'?s|that is|it'?s|it is) (?:really |so |very )?(?:great|wonderful|"
        r"impressive|excellent|fantastic|awesome|amazing|a (?:big|great|huge) (?:step|deal|"
        r"achievement))|you(?:'ve| have) (?:really )?(?:done|worked|accomplished|achieved|"
        r"shown|managed|built|grown|created|handled|carried|held|kept|made (?:great|real|"
        r"a lot of))(?! (?:this|it|that|the job) for\b)|i know (?:that|it|this) took|"
        r"you(?:'re| are) (?:clearly |really |very "
        r"|so )?(?:strong|capable|resourceful|determined|committed|dedicated|talented|"
        r"skilled|brave|good at|great at|a (?:strong|great|good|caring|valuable))|"
        r"that (?:takes|took) (?:real |a lot of |some |great )?(?:courage|strength|guts)|"
        r"impressive|proud of you|(?:a |an )(?:real |true |great )?asset|"
        r"(?:takes|there'?s|shows) (?:real |true |a lot of |great )?(?:craft\w*|skill|"
        r"expertise|talent)|real craft\w*|"
        r"you(?:'re| are) (?:really )?one of (?:the|our|my) (?:most \w+|best|\w+est)\b)\b"
    ),
    "nl": _c(
        r"\b(?:(?:dank|bedankt)(?: je| jij| u)?(?: wel)?(?: dat| voor)|knap (?:dat|van|hoe)|"
        r"goed (?:dat|van) je|sterk (?:dat|van|hoe)|mooi (?:dat je|om te horen|werk)|"
        r"ik waardeer|ik bewonder|ik ben (?:trots|blij met)|petje af|complimenten?|"
        r"(?:dat|wat) (?:is|vind ik) (?:echt |heel |erg |zo )?(?:knap|sterk|mooi|moedig|"
        r"waardevol)|je hebt (?:echt |in korte tijd |goed )?(?:laten zien|hard gewerkt|"
        r"veel bereikt|veel betekend|mooie)|je bent (?:echt |heel |erg |zo )?(?:goed in|sterk in|"
        r"waardevol|belangrijk voor|een aanwinst|van onschatbare)|goed gedaan|"
        r"heel goed gedaan|ik zie hoe hard je|en dat zie ik|dat zegt (?:veel|iets) over (?:je|jouw)"
        r"|je houdt [^.?!]{0,40}?overeind|respect voor|"
        r"zit (?:echt |veel |heel |zoveel |zo veel )*(?:vakmanschap|vakkennis|kennis|kunde|"
        r"ervaring|talent|kwaliteit|zorg)|"
        r"(?:je|jij) bent (?:echt |toch )?(?:een|één) van (?:de|onze|mijn) (?:meest |\w+ste |"
        r"beste )?\w+)\b"
    ),
}

DEFENSIVE = {
    "en": _c(
        r"\b(?:(?:yes|yeah),? but|it'?s not that bad|it isn'?t that bad|not that bad|"
        r"that'?s not (?:true|fair|right|how|what)|that isn'?t (?:true|fair)|"
        r"(?:it'?s|that'?s|it is) not my fault|not my fault|there'?s nothing i can do|"
        r"nothing i can do|i can'?t help (?:it|that)|"
        r"that'?s just how (?:it|things) (?:is|are|works)|"
        r"that'?s (?:just )?the way it is|everyone (?:has|is|does|else)|everybody (?:has|is|does)|"
        r"you(?:'re| are) (?:overreacting|exaggerating|being dramatic)|i never said|"
        r"to be fair|in my defen[cs]e|you have to understand|calm down|i did (?:my|everything)|"
        r"it'?s not like|come on|that'?s not my (?:problem|decision)|"
        r"(?:he|she|they) can'?t help it|i (?:don'?t|do not) agree|i disagree|"
        r"you(?:'ll| will) get used to it|i wouldn'?t (?:do that|bother|go there)|"
        r"you(?:'re| are) (?:too sensitive|taking it)|it could be worse|others have it worse|"
        r"that'?s (?:just )?(?:how|the way) (?:it|things|we do (?:it|things)|it works)"
        r"(?: (?:is|are|works|goes|go))?(?: here| around here)?|it is what it is|"
        r"that'?s (?:just )?(?:the )?(?:policy|the rules|company policy)|rules are rules|"
        r"(?:i (?:understand|hear you|get (?:it|that)|know|see (?:that|your point)|"
        r"appreciate (?:that|it))|i do understand|fair enough|that may be(?: true| so)?|"
        r"(?:sure|okay|ok|right),? i (?:get|understand) (?:it|that))(?: (?:completely|totally|"
        r"really))?,? but\b(?!\s+(?:what|how|why|could you|can you|tell me|would you|"
        r"i'?m (?:curious|wondering)|let'?s|i'?ll|i will)\b))\b"
    ),
    "nl": _c(
        r"\b(?:ja,? maar|(?:dat|het) valt (?:toch )?(?:wel )?mee|dat klopt (?:toch )?niet|"
        r"dat is niet waar|zo erg is (?:het|dat) (?:toch )?(?:ook )?niet|"
        r"(?:het|dat) is niet zo erg|"
        r"daar kan (?:ik|hij|zij|ze|niemand) (?:toch )?(?:ook )?(?:niks|niets) aan doen|"
        r"(?:dat|het) is niet mijn schuld|niet mijn schuld|(?:zo|dat) (?:werkt|gaat) het "
        r"(?:nou|nu) eenmaal|(?:dat|het) is (?:nou|nu) eenmaal (?:zo|beleid)|"
        r"iedereen (?:heeft|is|moet|doet|zit)|je overdrijft|dat heb ik (?:nooit|niet) gezegd|"
        r"daar heb ik (?:niks|niets) mee te maken|dat ligt niet aan mij|ik heb (?:echt )?"
        r"(?:mijn best|alles) gedaan|je moet (?:het )?(?:wel )?in perspectief|anderen hebben het "
        r"(?:ook|zwaarder)|stel je niet aan|niet zo dramatisch|dat is (?:nu|nou) eenmaal|"
        r"dat is (?:gewoon )?(?:niet )?mijn (?:probleem|beslissing)|kom op|het kan erger|"
        r"(?:nu|nou) eenmaal|zo gaat (?:dat|het) (?:hier|bij ons|altijd|gewoon)|"
        r"zo werkt (?:dat|het) (?:hier|bij ons|gewoon)|regels zijn regels|beleid is beleid|"
        r"dat is (?:gewoon )?(?:het )?beleid|"
        r"daar ben ik het (?:\w+ )?(?:niet|totaal niet|helemaal niet) mee eens|"
        r"ik ben het (?:daar |er )?(?:\w+ )?niet mee eens|"
        r"(?:je|jij) went (?:er|daar) (?:\w+ ){0,5}?aan|daar went (?:je|jij) (?:\w+ ){0,5}?aan|"
        r"(?:je|jij) (?:raakt|bent) (?:er|daar) (?:\w+ ){0,3}?(?:wel |vanzelf )?aan gewend|"
        r"dat zou ik (?:echt |maar )?niet doen|"
        r"(?:ik (?:snap|begrijp|hoor|zie|weet)(?: het| dat| je| jou| wat je bedoelt| wat je "
        r"zegt)?|(?:dat|het) (?:snap|begrijp) ik|snap ik|begrijp ik|dat kan (?:wel )?zijn|"
        r"dat zal (?:wel|best)|dat is (?:wel )?zo|prima|oké|ok|klopt)(?: wel| best| heus| "
        r"helemaal| echt)?,? maar\b(?!\s+(?:wat|hoe|waarom|welke|wanneer|waar|vertel|kun je|"
        r"kan je|zou je|ik ben benieuwd|ik vraag me af|laten we|ik ga|ik zoek|ik kom)\b))\b"
    ),
}

_OUTCOME_EN = (
    r"(?:raise|pay rise|promotion|promoted|bonus|salary|pay increase|permanent contract|"
    r"contract|the job|the role|that role|that job|the position|senior|more money|budget|"
    r"headcount|extra staff|team lead)"
)
_OUTCOME_NL = (
    r"(?:opslag|loonsverhoging|salarisverhoging|verhoging|promotie|bonus|vast contract|"
    r"vaste aanstelling|contract|die functie|die rol|de functie|de rol|medior|senior|"
    r"teamleider|meer salaris|meer geld|budget|extra (?:mensen|personeel|fte)|een schaal|"
    r"hogere schaal|thuiswerken)"
)
# What the manager sends themselves is keepable: "je krijgt een mail", "you'll get an invite".
_KEEPABLE_EN = (
    r"(?!(?:\w+ ){0,3}?(?:e-?mail|mail|invite|invitation|calendar|summary|notes|"
    r"minutes|link|message|overview|agenda|copy|draft|update|reply|answer|document|"
    r"proposal|planning|schedule)s?\b)"
)
_KEEPABLE_NL = (
    r"(?!(?:\w+ ){0,3}?(?:mail|e-mail|mailtje|uitnodiging|planning|agenda|verslag|"
    r"samenvatting|notulen|link|bericht|berichtje|appje|overzicht|terugkoppeling|"
    r"antwoord|reactie|afspraak|kopie|document|voorstel|uitleg)\b)"
)
PROMISE = {
    "en": _c(
        r"\b(?:i(?:'ll| will) (?:make sure|ensure|see to it|guarantee) (?:that )?(?:you|it|this|"
        r"they|we)[^.?!]*?\b" + _OUTCOME_EN + r"|you(?:'ll| will) (?:get|have|be getting|receive)"
        r" " + _KEEPABLE_EN + r"(?:a|the|that|your|more)?\s*[^.?!]{0,20}?\b" + _OUTCOME_EN + r"|"
        r"you(?:'ll| will) be promoted|i(?:'ll| will) get you (?:a|the|that|your)[^.?!]*?"
        + _OUTCOME_EN + r"|(?:it|that|this) (?:will never|won'?t ever|won'?t) happen again|"
        r"never (?:happen(?:s)? )?again|i promise|i guarantee|everything will be (?:fine|okay|ok|"
        r"alright)|it(?:'ll| will) all (?:work out|be fine)|i(?:'ll| will) (?:fix|solve|sort) "
        r"(?:it|this|that|everything)(?! out with)|consider it done|"
        # Any outcome someone else decides: "I'll make sure you/it/nobody...", not "...I".
        r"i(?:'ll| will|'m going to| am going to) (?:make sure|ensure|see to it|guarantee)"
        r"(?: that)? (?!(?:that )?(?:i\b|i'(?:ll|m|ve)\b|we\b|we'(?:ll|re)\b))|"
        r"you(?:'ll| will) (?:get|have|receive|be given) " + _KEEPABLE_EN
        + r"(?:the|that|a|an|your|this|those|more|extra)\b|leave it (?:to|with) me|"
        r"you have my word)\b"
    ),
    "nl": _c(
        r"\b(?:ik (?:zorg|regel|garandeer)(?: er| ervoor)?(?: wel)?(?: voor)? dat "
        r"(?:je|jij|het|dat|jullie|hij|ze|we|wij)[^.?!]*?" + _OUTCOME_NL
        + r"|ik regel (?:wel )?(?:je|jouw|die|een|de)\s*[^.?!]"
        r"{0,20}?" + _OUTCOME_NL + r"|(?:je|jij) (?:krijgt|gaat) " + _KEEPABLE_NL + r"[^.?!]{0,25}?"
        + _OUTCOME_NL + r"|(?:je|jij) wordt[^.?!]{0,25}?(?:medior|senior|teamleider|"
        r"bevorderd|vast)|dan ben je[^.?!]{0,25}?(?:medior|senior|teamleider)|"
        r"(?:dat|het|zoiets) (?:gebeurt|zal|gaat) (?:nooit|niet) meer(?: gebeuren)?|"
        r"nooit meer (?:gebeur|voorkom|voor)\w*|ik beloof|ik garandeer|(?:dat|het) komt "
        r"(?:helemaal |allemaal |wel )?goed|ik los (?:het|dat|alles) op|komt in orde|"
        # Any outcome someone else decides: "ik zorg (ervoor) dat je/het...", not "...dat ik".
        r"ik (?:zorg|regel)(?: er| ervoor| daar)?(?: \w+)?(?: voor)? dat (?!ik\b|we\b|wij\b)|"
        r"ik (?:zal|ga) (?:er |ervoor |daar )?(?:\w+ )?(?:voor )?(?:zorgen|regelen) dat "
        r"(?!ik\b|we\b|wij\b)|"
        r"beloof ik|(?:dat|die|het|dit) regel ik|daar zorg ik (?:\w+ )?voor|sta ik (?:voor )?in|"
        # "je krijgt de ruimte niet" describes, it promises nothing.
        r"(?:je|jij) krijgt " + _KEEPABLE_NL
        + r"(?:\w+ ){0,2}?(?:die|de|een|het|jouw|je|dat|extra|meer)\b"
        r"(?![^.?!,]*\bniet\b))\b"
    ),
}

_WHEN_EN = (
    r"(?:today|tomorrow|tonight|(?:on |by |next |this )?(?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)|next (?:week|month|time)|this week|end of (?:the )?(?:week|month)|"
    r"in (?:a|one|two|three|four|five|six|\d+|a couple of|a few) (?:days?|weeks?|months?)|"
    r"(?:the )?\d{1,2}(?:st|nd|rd|th)|(?:on|by) the \d{1,2}|before (?:the )?end|"
    r"(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?) \d{1,2}(?:st|nd|rd|th)?|"
    r"\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|"
    r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?))"
)
_WHEN_NL = (
    r"(?:vandaag|morgen|overmorgen|(?:op |voor |volgende |deze |aanstaande |komende )?"
    r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)|volgende (?:week|maand|keer)|"
    r"deze week|komende (?:week|weken|maand)|eind (?:van )?de(?:ze)? (?:week|maand)|"
    r"over (?:een|één|twee|drie|vier|vijf|zes|\d+|een paar) (?:dagen|dag|weken|week|maanden|maand)|"
    r"de \d{1,2}(?:e|ste|de)\b|voor het eind|"
    r"\d{1,2} (?:jan(?:uari)?|feb(?:ruari)?|maart|april|mei|juni|juli|aug(?:ustus)?|"
    r"sep(?:t|tember)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b)"
)
WHEN = {"en": _c(r"\b" + _WHEN_EN + r"\b"), "nl": _c(r"\b" + _WHEN_NL)}

COMMIT = {
    "en": _c(
        r"\b(?:i(?:'ll| will|'m going to| am going to) (?:check|look into|find out|ask|talk to|"
        r"speak (?:to|with)|get back|follow up|set up|schedule|put|send|raise|bring|discuss|"
        r"take|arrange|book|email|call|review|write|explore|investigate|come back|see what|"
        r"look at|sort out|get you (?:the|some) (?:information|details|options))|let me (?:check|"
        r"find out|look into|ask|see what)|(?:i(?:'ll| will)|let'?s|we(?:'ll| will)|shall we) "
        r"(?:meet|schedule|plan|book|set up|sit down|check in|catch up|come back)|"
        r"get back to you|follow-?up (?:meeting|conversation|chat|talk)|(?:meet|talk|check in|"
        r"catch up) again)\b"
    ),
    "nl": _c(
        r"\b(?:ik (?:zoek|ga|zal|kom|plan|neem|vraag|bespreek|stuur|leg|check|maak|bel|mail|"
        r"regel een afspraak|kijk)\b[^.?!]{0,40}?\b(?:uit|na|terug|in|mee|door|op|contact|"
        r"afspraak|actie|bespreken|navragen|uitzoeken|vragen|kijken|voorleggen|inplannen|"
        r"plannen|checken|sturen|bellen|mailen|aankaarten|agenderen|vervolgafspraak)\b|"
        r"ik (?:zoek|kijk) uit|ik kom (?:er |daar |bij je |op )?[^.?!]{0,20}?terug|"
        r"vervolgafspraak|vervolggesprek|(?:zullen|gaan) we[^.?!]{0,40}?(?:afspreken|inplannen|"
        r"plannen|kijken hoe|terugkomen|evalueren|weer (?:zitten|spreken))|laten we[^.?!]{0,40}?"
        r"(?:afspreken|inplannen|plannen|kijken hoe|terugkomen|evalueren))"
    ),
}

ADVICE = {
    "en": _c(
        r"\b(?<!do )(?<!did )(?<!would )(?<!could )(?<!what )(?<!if )(?<!feel )(?<!feel like )"
        r"(?:you(?: really| just| definitely| probably| simply)? (?:should|ought to|need to|"
        r"have to|'ve got to|got to|gotta|must(?! (?:be|feel|have)\b))|you(?:'d| had) better|"
        r"why don'?t you|if i were you|my advice|you could (?:try|just|always)|"
        r"you might (?:want to|try)|i (?:suggest|recommend|would recommend|'d recommend|advise)|"
        r"have you (?:tried|considered|thought about)|just (?:try|ignore|relax|be patient)|"
        r"(?:^|[,;:]\s*)(?:please )?try (?:to|not to) |"
        r"(?:^|[,;:]\s*)(?:just |please )?(?:stop|start|speak up|block out|learn to|make sure you|"
        r"don'?t (?:take it (?:so )?personally|let it get to you))\b)"
    ),
    "nl": _c(
        r"\b(?:(?:dat|dit) moet (?:je|jij|u) (?:echt |zeker |maar )?niet"
        r"(?: doen| zeggen| denken)?\b|"
        r"doe dat (?:maar )?niet)|\b(?<!dat )(?<!of )(?<!alsof )(?<!als )(?<!wat )(?<!hoe )"
        r"(?<!waar )"
        r"(?<!waarom )"
        r"(?:(?:je|jij|u) (?:moet|moeten|hoeft|hoeven)\b(?! je (?:\w+ ){0,3}?voelen\b)|"
        r"(?:je|jij|u) zou (?:eens|gewoon|echt|beter|misschien|moeten)|"
        r"(?:je|jij|u) zou\b[^.?!]{0,50}?\bmoeten\b|"
        r"(?:je|jij|u) kunt (?:beter|het beste|gewoon|toch gewoon|ook gewoon)|"
        r"(?:dan |misschien |gewoon )moet je|moet je (?:gewoon|eens|maar|toch eens|niet gewoon)\b|"
        r"waarom (?:probeer|doe|ga|vraag|zeg) je niet|probeer (?:eens|gewoon|het|maar|om)|"
        r"mijn advies|als ik jou was|ik zou (?:als ik jou was|het|gewoon|eens|maar)|"
        r"ik raad je aan|het beste kun je|ga (?:gewoon|maar|eens)|"
        r"heb je (?:al )?(?:geprobeerd|overwogen) om|wees (?:gewoon|wat|eens|niet zo) |"
        r"(?:^|[,;:]\s*)(?:stop|begin) (?:gewoon |eens |maar |nou |met )|"
        r"trek je (?:er |daar )?(?:niks|niets) van aan|laat het (?:gewoon )?(?:los|gaan|rusten))"
    ),
}

APPRAISAL = {
    "en": _c(
        r"\b(?:your (?:performance|results|output|numbers|work|reports?|deadlines)(?: this|"
        r" last| in)?[^.?!]{0,30}?(?:was|were|has been|have been|is|are) (?:not|below|poor|"
        r"weak|disappointing|sloppy|late|behind|under|lacking|inadequate|insufficient)|"
        r"below (?:expectations|par|standard)|not good enough|(?:you|you'?ve) (?:missed|failed) "
        r"(?:your|the|several|a lot)|underperform|you need to improve|you(?:'ve| have) been "
        r"(?:late|slow|sloppy)|(?:disappointing|poor|weak) (?:performance|results|work)|"
        r"performance (?:issue|problem)|"
        r"your (?:performance|results|output|numbers|work|reports?|deadlines|handoffs?|"
        r"figures|quality)[^.?!]{0,30}?\b(?:dipped|dropped|slipped|declined|fell|suffered|"
        r"went down|(?:has|have) gone down|took a hit|(?:has|have) been slipping)|"
        r"leaves? (?:a lot )?to be desired|not up to (?:standard|scratch|par)|"
        r"you(?:'ve| have) been dropping the ball|you need to step up)\b"
    ),
    "nl": _c(
        r"\b(?:(?:je|jouw) (?:prestaties|resultaten|functioneren|werk|cijfers|berekeningen|"
        r"output|rapportages)[^.?!]{0,40}?(?:vielen|viel|valt|vallen|waren|was|zijn|is|kwamen|"
        r"komen) [^.?!]{0,30}?(?:tegen|te laat|onder de maat|niet goed|slordig|onvoldoende|"
        r"matig|zwak|achter)|onder de maat|(?:niet|on)voldoende (?:gepresteerd|presteert)|"
        r"vielen (?:het|dit|afgelopen)[^.?!]{0,30}?tegen|viel (?:me )?tegen|"
        r"je (?:bent|was|kwam) (?:vaak |te )?(?:te laat|slordig|traag)|"
        r"je scoort (?:te )?(?:laag|onvoldoende)|(?:slechte|matige|zwakke) (?:prestaties|"
        r"resultaten)|je moet (?:beter|harder) (?:presteren|werken)|"
        r"(?:je|jouw) (?:prestaties|resultaten|functioneren|werk|cijfers|output|productie|"
        r"kwaliteit|first-time-fix)[^.?!]{0,40}?\b(?:gedaald|achteruit ?gegaan|teruggelopen|"
        r"gezakt|ingezakt|niet op orde|onder de maat)|laat (?:nogal |flink |te )?te wensen over|"
        r"niet op (?:het )?niveau|je (?:laat|liet) steken vallen)"
    ),
}

# Words that carry little meaning, ignored when a statement echoes the other's words.
STOP = {
    "en": frozenset(
        "a an the and or but so if then that this these those it its is are was were be been "
        "being am do does did have has had i me my mine you your yours he him his she her they "
        "them their we us our to of in on at for with about from by as not no yes yeah okay ok "
        "just like really very um uh well what when where why how which who there here can "
        "could would should will shall may might must know think going get got kind sort thing "
        "things lot some any more much also too because don't it's i'm that's you're".split()
    ),
    "nl": frozenset(
        "de het een en of maar dus als dan dat die dit deze is zijn was waren ben bent wordt "
        "worden ik me mij mijn je jij jou jouw u uw hij hem zijn zij ze haar wij we ons onze "
        "jullie hun het er hier daar te van in op aan voor met over naar bij uit om door tot "
        "niet geen wel ook nog al heel erg zo ja nee oké nou eigenlijk gewoon even echt "
        "heb hebt heeft hebben had kan kun kunt kunnen wil wilt willen moet moeten zou zouden "
        "ga gaat gaan doe doet doen wat hoe waar wie welke wanneer waarom zal zullen omdat "
        "want toch hè weer meer veel iets niets niks alles iemand".split()
    ),
}

# Language detection: frequent function words of each language.
LANG_WORDS = {
    "en": frozenset(
        "the and you to of is it that what how i my your are was be have do this for with "
        "not we they can would about so me just like there".split()
    ),
    "nl": frozenset(
        "de het een en je ik is dat wat hoe van niet op te zijn voor met heb hebt jij mijn "
        "jouw er maar ook nog wel dus kun kan zou we ze bij naar".split()
    ),
}

# Welcome and framing talk: structuring the conversation is neither a reflection nor praise.
FRAMING = {
    "en": _c(
        r"\b(?:thank(?:s| you)(?: so much| very much)? for (?:making|taking|finding|carving out) "
        r"(?:the |some )?time|thanks? (?:you )?for coming(?: in)?|(?:good|nice|great|lovely) to "
        r"(?:see|have|catch) you|(?:this|it|today) (?:isn'?t|is not|'s not|won'?t be) (?:a |an |"
        r"about (?:a |your )?)?(?:review|appraisal|performance review|evaluation|assessment|"
        r"performance|numbers)|(?:no need to|nothing to) worry|don'?t worry|nothing (?:serious|"
        r"bad|wrong)|i(?:'d| would)? (?:really |just |mostly |mainly |simply )?(?:like|want|wanted)"
        r" to (?:hear(?! more\b)(?! about\b)|talk|chat|spend|take|use|have a chat)\b|"
        r"the (?:point|purpose|idea|goal) of (?:this|today)|this (?:conversation|chat|meeting) "
        r"is (?:about|for)|we have (?:about )?(?:half an hour|an hour|\d+ minutes))"
    ),
    "nl": _c(
        r"\b(?:(?:fijn|goed|leuk|mooi|prettig) (?:dat (?:je|jij|u) (?:er (?:bent|was|even bent)|"
        r"(?:even |wat )?tijd (?:maakt|hebt|vrijmaakt|kon maken|hebt kunnen maken)|kon(?: komen)?|"
        r"gekomen bent)|je (?:te )?(?:zien|spreken))|(?:dank|bedankt)(?: je| jij| u)?(?: wel)?"
        r"(?: dat (?:je|u)| voor)[^.?!]{0,40}?\btijd\b|(?:dit|het) (?:is|wordt) geen "
        r"(?:beoordeling|beoordelingsgesprek|functioneringsgesprek|voortgangsoverleg|afrekening|"
        r"evaluatie)|geen zorgen|niks ernstigs|niets ernstigs|niks aan de hand|niets aan de hand|"
        r"ik wil (?:(?!meer\b)\w+ ){0,4}?(?:horen|praten|stilstaan|hebben over)\b|"
        r"het gaat (?:vandaag )?niet over (?:je|jouw) (?:cijfers|prestaties|functioneren)|"
        r"(?:dit|het) gesprek gaat over|het doel van (?:dit|het) gesprek|we hebben (?:ongeveer )?"
        r"(?:een half uur|een uur|\d+ minuten))"
    ),
}

# Proposing a joint step or a moment to come back to it: an agreement, not a closed question.
JOINT = {
    "en": _c(
        r"^(?:(?:so|and|okay|ok|then|right|great|together|finally|lastly|one more thing|also)"
        r"\b[\s,]*)*(?:shall we|should we|let'?s|let us|how about (?:we|if we)|why don'?t we|"
        r"what if we|(?:can|could) we (?:\w+ )?together|can we agree|(?:can|could|shall) we "
        r"(?:meet|sit down|check in|catch up|come back|get together|schedule|book|plan|set)|"
        r"i (?:suggest|propose) (?:that )?we|my (?:suggestion|proposal) is (?:that )?we|"
        r"(?:we(?:'ll| will)|we can) (?:\w+ )?together)\b"
    ),
    "nl": _c(
        r"^(?:(?:en|dus|oké|ok|goed|dan|nou|tot slot|als laatste|ten slotte|samen)\b[\s,]*)*"
        r"(?:zullen (?:we|wij)|laten we|spreken we (?:samen )?af|(?:zou|zouden|kunnen|gaan) we "
        r"(?:\w+ )?samen|(?:kunnen|zullen|gaan) we afspreken|wat als we|zullen we samen|"
        r"ik stel voor (?:dat we|om samen)|mijn voorstel is (?:dat|om)|"
        r"(?:kunnen|zullen) we (?:over|op|volgende|komende|in|na)\b[^.?!]{0,40}?(?:weer|nog "
        r"eens|terug|kijken|evalueren|zitten|spreken|afspreken)|we (?:gaan|kunnen) samen)\b"
    ),
}

# Closing the talk is neither a joint step nor a question to answer.
CLOSING = {
    "en": _c(
        r"\b(?:let'?s (?:leave it|stop|wrap (?:it |this )?up|call it a day|end)|shall we (?:leave "
        r"it|stop|wrap (?:it |this )?up)|that'?s (?:it|all) (?:for|from) (?:me|today))\b"
    ),
    "nl": _c(
        r"\b(?:laten we (?:het )?(?:hier|daar)bij|laten we (?:het )?(?:maar )?(?:afronden|"
        r"stoppen|afsluiten)|zullen we (?:het )?(?:hier|daar)bij laten|"
        r"(?:zullen|laten) we het (?:maar )?zo laten|zullen we (?:maar )?"
        r"(?:afronden|stoppen|afsluiten)|dat was het (?:wel )?(?:voor vandaag|van mijn kant))"
    ),
}

# A summarising statement that starts "Dus ..." / "So ...": a reflection of what was said.
SUMMARY_START = {
    "en": _c(r"^so,? (?!i\b|i'?ll|i'?m|let'?s|we\b|shall|what|how|why|can|could|do|did|are|is)"),
    "nl": _c(r"^dus,? (?!ik\b|wij\b|we\b|laten|zullen|wat|hoe|waarom|kun|kan|heb|ben|is)"),
}

# A sentence typed without "?" that still reads as a question: a question word or inversion.
_NOT_AFTER_WH_NL = (
    r"(?!\s+(?:fijn|knap|mooi|goed|leuk|jammer|vervelend|naar|rot|bijzonder|sterk|lastig|"
    r"ontzettend|enorm|heel|erg|echt|zonde|tof|gaaf|fijn|moedig|bijzonder)\b)"
)
UNMARKED_QUESTION = {
    "en": _c(
        r"^(?:(?:what|how|why|where|when|which|who)(?:'s|'re)?\b(?!\s+(?:a|an|great|nice|"
        r"good|lovely|wonderful|awful|terrible)\b)\s+\w+|(?:is|are|do|does|did|have|has|can|could|"
        r"would|will|was|were)\s+(?:you|it|that|this|there|your|the|everything|anything|things)"
        r"\b)"
    ),
    "nl": _c(
        r"^(?:(?:wat|hoe|waarom|welke|welk|wanneer|waar\w*)\b" + _NOT_AFTER_WH_NL + r"\s+\w+|"
        r"(?!(?:als|omdat|toen|dat|nu|zodat|hoewel|terwijl|sinds|of|want|maar|en|dus|zoals|"
        r"voordat|nadat|zodra|tenzij|wanneer|dan|daarom|daar|hier|misschien|soms|vaak|ook|"
        r"zo|toch|eerst|straks|vroeger|gisteren|morgen|vandaag|samen|natuurlijk)\b)"
        r"[a-zà-ÿ]+\s+(?:je|jij|u|jullie)\b)"
    ),
}

# Reproaches about the other: judging, not restating what they said.
REPROACH = {
    "en": _c(
        r"\b(?:you (?:could|might|should) (?:also |just )?(?:be|try to be) (?:a (?:bit|little) )?"
        r"(?:more|less) \w+|you (?:missed|forgot|failed to meet|blew|dropped)\b[^.?!]{0,40}?"
        r"\b(?:deadline|meeting|target|appointment|handoff|due date)s?|"
        r"(?:we|i) agree (?:that )?you(?:'ll| will)? (?:get|bring|push|raise) (?:your|the) "
        r"(?:numbers|figures|results|targets?|output)\b[^.?!]{0,20}?\bup|"
        r"you(?:'ll| will| need to| have to)? get (?:your|the) (?:numbers|figures|results) up|"
        # "You're always late", "You never say anything": a fault pinned on them as a habit.
        r"^(?:\w+,?\s+)?you(?:'re| are|'ve| have)?\s+(?:\w+\s+){0,2}?(?:always|never)\b"
        r"(?![^.?!]*\b(?:feel|felt|seem|sound|wonder|wanted|wish|enjoy|love|like)\b)|"
        r"i(?:'ve)? (?:hear|heard|been told|get told) (?:from \w+(?: \w+)? )?(?:that )?"
        r"you(?:'re| are)?\b[^.?!]{0,40}?\b(?:always|never|not|don'?t|late|missing)\b|"
        r"i(?:'ve)? (?:hear|heard|been told) from (?:colleagues|the team|others|people)\b)"
    ),
    "nl": _c(
        r"\b(?:(?:je|jij|u) (?:kan|kunt|mag|zou) (?:ook )?(?:best |wel )?(?:wat|eens|iets|een "
        r"beetje) (?:positiever|vriendelijker|flexibeler|harder|sneller|beter|meer|minder|"
        r"actiever|opgewekter|\w+er)\b|(?:je|jij|u) (?:hebt|heeft)\b[^.?!]{0,40}?\b(?:deadline|"
        r"afspraak|termijn|overleg|planning|target)\w*[^.?!]{0,25}?\b(?:gemist|laten liggen|"
        r"vergeten|niet gehaald)|(?:je|jij) (?:bent|was)\b[^.?!]{0,30}?\bvergeten|"
        r"(?:deadline|afspraak|termijn)\w*[^.?!]{0,30}?\bgemist (?:hebt|heeft|had)|"
        r"spreken we af dat (?:jij|je) [^.?!]{0,40}?(?:cijfers|resultaten|prestaties|targets?|"
        r"omzet|productie|norm)\b[^.?!]{0,30}?(?:omhoog|beter|verbeter|haalt|op orde)|"
        r"(?:jij|je) (?:krijgt|brengt|haalt) (?:je|jouw|de) (?:cijfers|resultaten|productie) "
        r"(?:omhoog|op orde)|spreken we af dat (?:jij|je) [^.?!]{0,40}?(?:weer )?op (?:peil|orde)|"
        # "Jij komt altijd te laat": a fault pinned on them as a habit.
        r"^(?:\w+,?\s+)?(?:je|jij)\s+(?!voel|vind|denk|merk|wil|hoop|mis)\w+\s+(?:\w+\s+){0,2}?"
        r"(?:altijd|nooit|steeds)\b"
        r"(?![^.?!]*\b(?:gevoel|idee|voel|ervaar|last|moeite|zin|plezier|welkom)\b)|"
        r"(?:je|jij) (?:hebt|heeft|bent)\b[^.?!]{0,40}?\bniet (?:op orde|op peil|op tijd|af)\b|"
        # Gossip presented as fact: "ik hoor van collega's dat je...".
        r"ik (?:hoor|heb gehoord|krijg (?:signalen|te horen)) (?:van|via) [^.?!]{0,25}?"
        r"dat (?:je|jij)\b|ik hoor dat (?:je|jij)\b[^.?!]{0,40}?\b(?:altijd|nooit|niet|geen)\b)"
    ),
}

# Questions that are a reproach in question form: "Waarom heb je dat niet...?", "Why didn't you?"
REPROACH_QUESTION = {
    "en": _c(
        r"^(?:why (?:didn'?t|haven'?t|wasn'?t|weren'?t|couldn'?t|hadn'?t) you|"
        r"how come\b[^?]*?\b(?:didn'?t|haven'?t|never|missed|forgot|always|again|late|behind))\b"
    ),
    "nl": _c(
        r"^(?:waarom (?:heb|had|ben|was|kon|deed|zei) (?:je|jij|u)\b[^?]*?\b(?:niet|nooit|geen)\b|"
        r"hoe kan het (?:nou |toch )?dat\b[^?]*?\b(?:niet|nooit|altijd|weer|steeds|gemist|"
        r"vergeten|achter\w*|te laat)\b)"
    ),
}
# "Hoe kan dat?" / "How come?" straight after a reproach asks for an excuse, not a story.
EXCUSE_QUESTION = {
    "en": _c(r"^(?:how come|how (?:could|did) (?:that|this) happen|why (?:is|was) that)\b"),
    "nl": _c(r"^(?:hoe kan (?:dat|het)|hoe komt (?:dat|het)|waarom (?:dan|is dat|was dat))\b"),
}

# A sentence that waves the other's point away: "Maakt niet uit.", "Never mind."
DISMISS = {
    "en": _c(
        r"^(?:\w+[,.]?\s+)?(?:(?:it )?doesn'?t matter|never ?mind|whatever|forget (?:it|that)|"
        r"not important|who cares)\W*$"
    ),
    "nl": _c(
        r"^(?:\w+[,.]?\s+)?(?:(?:het |dat )?maakt (?:ook )?niet(?:s)? uit|doet er niet toe|"
        r"laat (?:ook )?maar(?: zitten)?|boeit niet|(?:dat is )?niet belangrijk|wat dan ook)\W*$"
    ),
}

# "Wat je hier zou houden is ...": a statement built on a relative clause, not a question.
PSEUDO_CLEFT = {
    "en": _c(
        r"^what (?:you(?:'re|'ve|'d)?|(?:would|might|could|will) (?:\w+ )?you|keeps you)\b"
        r"[^?,]*?\b(?:is|was|are)\b"
    ),
    "nl": _c(r"^wat (?:je|jij|u)\b[^?,]*?\b(?:is|was|zijn|blijkt)\b"),
}

# A feeling or want inferred about the other: a reflection even without their words.
FEELING = {
    "en": _c(
        r"\b(?:you(?:'re| are| feel| felt| seem| sound)\b[^.?!]{0,25}?\b"
        r"(?:frustrated|angry|upset|tired|exhausted|worried|anxious|proud|stuck|overlooked|"
        r"unseen|unheard|undervalued|unappreciated|torn|lonely|disappointed|fed up|"
        r"relieved|excited|bored|overwhelmed|stretched|drained|"
        r"hurt|done with|keen|tired of|sick of)|you (?:care (?:for|about)|miss|want|need|"
        r"long for|value|find|notice|feel|sense|wish|hope|worry|would (?:like|rather|prefer))|"
        r"you'?d (?:like|rather|prefer))\b"
    ),
    "nl": _c(
        r"\b(?:(?:je|jij) (?:bent|voelt je|was|lijkt|klinkt)\b[^.?!]{0,30}?\b(?:gefrustreerd|"
        r"boos|moe|op|bezorgd|ongerust|trots|vastgelopen|teleurgesteld|eenzaam|overvraagd|"
        r"gepasseerd|verdrietig|blij|opgelucht|verscheurd|klaar mee|het zat)|"
        r"(?:je|jij) (?:mist|verlangt|wilt|hebt behoefte|zou graag|zou liever|voelt|ervaart|"
        r"vindt|merkt|hoopt|maakt je zorgen)|(?:dat|die|het|dit) mis (?:je|jij)\b(?!\s*\?)|"
        r"(?:zit|ligt) je (?:dwars|zwaar)|raakt je|doet je (?:pijn|wat)|je niet gezien|"
        r"je niet gehoord)\b"
    ),
}

# A task handed to the other: "Jij schrijft op ...", "en dat jij een opzet maakt".
DIRECTIVE = {
    "en": _c(
        r"(?:^|\b(?:and|so|then)\s+)(?:you(?:'ll| will)? (?:write down|draft|put together|list|"
        r"map out|jot down|prepare|look into|sign up|make a (?:list|plan|draft))|"
        r"(?:would|could|will) you (?:\w+ )?(?:draft|write|put together|list|map out|jot down|"
        r"prepare|look into|sign up|make a (?:list|plan|draft)))\b"
    ),
    "nl": _c(
        r"(?:^|\b(?:en|dus|dan)\s+|\bdat )jij (?:\w+ ){0,2}?(?:schrijft|maakt|zet|zoekt|stuurt|"
        r"plant|regelt|bereidt|stelt|noteert|bedenkt|vraagt|neemt|legt|houdt|werkt|pakt|"
        r"meldt|belt|mailt)\b"
    ),
}

# Vague "we'll see" about later: no moment to come back to it.
VAGUE_LATER = {
    "en": _c(r"\b(?:we'?ll (?:just )?see\b|see how it goes|at some point|sometime|some time)"),
    "nl": _c(r"\b(?:kijken we wel(?: weer| even| verder)?|zien we wel|we zien (?:wel|het wel)|"
             r"komt wel|ooit)\b"),
}
