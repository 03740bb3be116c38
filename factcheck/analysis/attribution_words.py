"""The vocabulary of attribution, by lemma: reporting cues and the nouns of unnamed sources.

Grammar comes from the parse (``factcheck.analysis.speakers`` and ``attribution``); these are
the only words the attribution detector knows by name.
"""

from __future__ import annotations

# Verbs whose subject (or agent) is the source of what the sentence reports.
REPORTING_VERBS = frozenset(
    """
    say tell add write state report announce claim argue explain note insist warn suggest ask
    acknowledge admit deny confirm declare assert contend maintain predict recall reply respond
    tweet testify conclude estimate believe think agree complain allege concede continue
    emphasize emphasise stress observe remark comment caution vow promise pledge boast quip joke
    recount reveal indicate disclose charge accuse counter retort shout yell chant urge
    criticize criticise blame praise call describe dub question wonder fear worry hope expect
    reiterate repeat mention point post told show find suggest contend speculate surmise
    lament concur assure advise brag muse opine proclaim concede propose demand threaten
    acknowledge declare rule recommend hint imply insinuate compare refer praise welcome
    reject dismiss defend endorse hail applaud denounce slam condemn want seek intend
    oppose support back cite express disagree attack consider feel know see doubt understand
    hear learn speak talk read
    exclaim mutter whisper scream holler grumble gripe marvel scoff sneer fume rant confess
    reaffirm affirm clarify elaborate rebut forecast anticipate assume suppose presume suspect
    reckon guess imagine envision foresee attest certify guarantee inform notify remind
    persuade convince implore beg brief signal relay convey echo leak divulge dispute contest
    swear protest object vouch
    """.split()
)
# Verbs of speech proper: they report even with no clause after them ("Trump told reporters",
# "“We will win,” he added"). Other cues report only with a clause or quotation after them
# ("announced that …", not "announced new sanctions"; "maintain that …", not "maintain ties").
SPEECH_VERBS = frozenset(
    """
    say tell add write state claim argue insist warn explain note acknowledge admit contend
    assert declare predict allege concede tweet testify reply respond remark comment quip joke
    retort counter reiterate repeat muse opine proclaim brag boast lament assure caution
    complain recount shout yell exclaim mutter whisper scream holler grumble gripe marvel
    scoff sneer fume rant confess reaffirm affirm clarify rebut
    criticize criticise condemn question praise welcome accuse blame reject dismiss deny defend
    endorse hail applaud denounce slam oppose support back cite express disagree attack
    """.split()
)
# Verbs that report only with a person (or a body of people) as subject:
# "the data suggest", "polls show" and "the bill calls for" are not someone speaking.
WEAK_VERBS = frozenset(
    "suggest show find indicate continue call describe question expect hope fear worry point "
    "rule propose demand threaten recommend".split()
)
# Verbs of belief, intention, evaluation and public stance: they report what someone holds or
# does about a matter even with no clause after them ("Clinton wants a recount", "Trump mocked
# the rally"), but only with a speaker able to hold a view. Acts that need their content said
# ("announced that …", not "announced new sanctions"; "called for", not "called the meeting")
# and refusals ("declined to say") are not here.
STANCE_VERBS = frozenset(
    """
    think believe want hope hop plan decide vow promise pledge propose prefer like love doubt
    wonder realize realise recognize recognise understand remember recall consider view regard
    mock tout blast decry voice demand reference cheer credit congratulate plead
    disclose advocate portray bemoan lament ridicule deride scold chide rebuke lambaste tout
    reveal discuss ask describe question challenge highlight email tweet
    approve oppose urge seek endorse talk point suggest show order distance
    vouch balk bristle deplore mourn lecture preach dispute contest protest object
    characterize characterise depict
    """.split()
)
# Verbs whose object feels the view: "the ruling angered some Democrats", "the plan
# frustrated his allies" (the people moved are the ones whose reaction is reported).
EXPERIENCER_VERBS = frozenset(
    """
    anger frustrate worry alarm upset please delight disappoint concern infuriate outrage
    enrage irritate annoy surprise shock dismay impress unnerve rattle cheer trouble
    thrill horrify stun baffle puzzle offend disturb embarrass irk bother scare frighten
    terrify disgust sadden excite amuse energize
    """.split()
)
# Predicates of a mental state about a matter: "Republicans are wary of Trump", "she is
# confident that …" (the subject of the copula holds the view).
STANCE_ADJECTIVES = frozenset(
    """
    sure concerned worried aware upset confident hopeful wary glad adamant unapologetic pleased
    convinced shocked reluctant anxious optimistic pessimistic eager surprised angry furious
    afraid fearful nervous excited disappointed frustrated satisfied unhappy skeptical
    sceptical quick keen supportive critical dismissive doubtful unconvinced insistent
    alarmed irritated enamored enamoured determined committed opposed unwilling willing ready
    prepared certain unsure uncertain hesitant proud ashamed grateful thankful sorry fond leery
    suspicious mindful cautious
    """.split()
)
# Verbs by which a record or a document speaks for whoever keeps it ("records show", "the
# audit found"), and the heads of such records: the weak cue then reports though no person is
# its subject ("the data suggest" stays unattributed: data is no one's record).
EVIDENCE_VERBS = frozenset("show find indicate reveal".split())
RECORD_HEADS = frozenset(
    """
    record document filing ledger report study poll survey analysis memo audit review
    transcript email letter tally
    """.split()
)
# Documents that speak for their authors: "in a new Fox News poll, Trump leads".
DOCUMENT_CUES = frozenset("poll survey study report analysis memo filing".split())
# Nouns that carry a report: "in a statement, the ministry said", "his claim that …".
NOUN_CUES = frozenset("statement interview remark remarks claim comment testimony".split())
# Nouns whose owner speaks for the clause they open: "in the campaign's view", "in his words".
VIEW_CUES = frozenset("view opinion word assessment estimate estimation judgment judgement".split())

# Heads of a speaker phrase that leave the speaker unnamed ("officials", "a source", "people
# familiar with…", "Clinton campaign allies", "Republicans privy to…").
VAGUE_HEADS = frozenset(
    """
    source official aide adviser advisor ally people person insider critic observer analyst
    expert economist strategist operative staffer staff member supporter backer opponent voter
    resident someone somebody anyone many some other others few several most diplomat
    lawmaker legislator pundit activist leader donor friend associate colleague confidant man
    woman individual witness employee worker investigator agent authority official
    representative researcher scholar commentator reporter journalist veteran everyone nobody
    executive officer republican democrat conservative liberal progressive american
    evangelical insider negotiator banker trader investor politician
    commander skeptic sceptic rumour rumor account one number media medium half third quarter
    majority minority percent plurality share portion
    """.split()
)
# Group names the tagger calls proper nouns but that name no one ("Republicans said").
VAGUE_PROPER = frozenset(
    "republicans democrats conservatives liberals progressives americans evangelicals "
    "independents".split()
)
# Heads after which a modifying proper noun names the body ("the Clinton campaign").
BODY_HEADS = frozenset(
    """
    campaign ministry government department agency company police army military court
    prosecutor embassy office council committee commission parliament cabinet regime
    administration firm bank party team spokesman spokeswoman spokesperson secretary
    newspaper network station paper magazine report study poll survey statement
    """.split()
)
# Documents: they speak for whoever wrote them, so they are named only when the phrase names
# that author or refers back to one ("a CNN poll", "the report", "the foundation's tally");
# "a police report", "exit polls" and "a new survey" leave their source unnamed.
DOCUMENT_HEADS = frozenset(
    "report study poll survey statement analysis memo filing document estimate tally".split()
)
# Heads that can hold a view or speak for someone though they name no one: bodies of people
# ("eleven organizations are asking"), and what a party writes to argue ("the lawsuit contends",
# "the ads ask"); a bill or the data do not.
SPEAKING_HEADS = frozenset(
    """
    organization organisation group coalition union association alliance foundation movement
    caucus delegation federation network ad advert advertisement commercial letter lawsuit
    complaint petition editorial
    """.split()
)
# People named by a role or a relation, who can hold a view ("the judge found", "the
# candidate wants"); the kind of such a speaker (named or not) is read in speakers.py.
ROLE_HEADS = frozenset(
    """
    candidate nominee president senator governor mayor judge justice delegate rival wife
    husband father mother son daughter brother sister minister secretary lawyer attorney
    chairman chairwoman chair director founder owner manager pollster speaker congressman
    congresswoman frontrunner challenger incumbent contender hopeful surrogate sheriff chief
    general admiral ambassador envoy king queen prince pope bishop pastor priest author writer
    columnist editor host anchor moderator actor actress singer celebrity billionaire
    businessman businesswoman entrepreneur mogul chancellor premier doctor scientist professor
    teacher student parent fan audience crowd
    """.split()
)
PERSON_PRONOUNS = frozenset("he she him her".split())
GROUP_PRONOUNS = frozenset("they them".split())
THING_PRONOUNS = frozenset("it".split())
SELF_PRONOUNS = frozenset("i we me us you".split())
RELATIVE_PRONOUNS = frozenset("who whom which that".split())

# Endings of nouns that name people by what they do or hold ("environmentalists",
# "historians", "physicians"): they can hold a view though no list names them.
_PERSON_ENDINGS = ("ist", "ian", "ists", "ians")


def person_noun(lemma: str) -> bool:
    """A common noun of people able to speak or hold a view: listed as a vague head, a body, a
    speaking body or a role, or ending as nouns of people by trade or creed do."""
    if any(lemma in heads for heads in (VAGUE_HEADS, BODY_HEADS, SPEAKING_HEADS, ROLE_HEADS)):
        return True
    return len(lemma) >= 6 and lemma.isalpha() and lemma.endswith(_PERSON_ENDINGS)
