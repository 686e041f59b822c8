"""Ordinary English words a student means as themselves: typo repair never turns them into course words ("is there
bread at the review session" is not about a break). A compact list of everyday words of four letters or more
(shorter words are never repaired), chosen for being one or two letters away from words courses use."""

from __future__ import annotations

from bot.understand.words.vocabulary import words_of

ORDINARY = words_of(
    """able about above accept access account across act action active actor actual add address adult advice
    afraid after again against age agent ago agree ahead air alarm album alive allow almost alone along already
    also alter always amount angle angry animal answer anyone apart apple area argue army around arrive art
    article artist aside asleep attack aunt author autumn avoid award aware away baby back bacon badge bake baker
    balance ball band bank bare bark barn base basket bath beach bead beam bean bear beard beat beauty become
    bedroom beef beer before begin behind being belief bell belt bench bend best better beyond bike bill bird
    birth bite black blade blame blank blast bleak blend bless blind block blood bloom blow blue board boat body
    boil bold bolt bomb bond bone bonus boom boot border bore born boss both bother bottle bottom bound bowl brace
    brain branch brand brass brave bread breath breathe breed brick bride brief bright bring broad broken brown
    brush bubble bucket buddy budget build bulb bull bullet bump bunch burn burst bury bush busy butter button
    buyer cabin cable cage cake call calm camera camp canal candy cape capital captain card care career careful
    carpet carry cart case cash cast castle cattle cause cave ceiling cell cent center chain chair chalk champ
    change chaos charge charm chart chase cheap cheat cheek cheer cheese chef cherry chess chest chew chick chief
    child chill chin chip choice choke chop chunk church cinema circle city claim clap claw clay clean clear clerk
    clever click cliff climb clinic clip clock close cloth cloud clown club clue coach coal coast coat code coffee
    coin cold collar color comb come comfort comic common cook cool copper cord core corn corner cost cotton couch
    cough could count country couple cousin cover crab crack craft crane crash crate crawl crazy cream creek crew
    crib crime crisp crop cross crow crowd crown crude cruel crush cry cube cult cup cure curl curve cute dairy
    damp dance danger dare dark darling dash data daughter dawn dead deaf deal dear death debt decent deck deep
    deer degree delay dense deny depth desk detail devil diary died diet dine dinner dirt dirty dish dive doctor dog
    doll dollar dome done door dose double dough dove down dozen draft drag drain drama draw dream dress drift
    drill drink drip drive drop drum drunk duck dumb dump dust duty eager eagle early earn earth ease east easy
    echo edge egg eight elbow elder else empty engine enjoy enough enter entry equal error escape even event
    every evil exact excuse exit expect eye fabric face fact fade fail faint fair fairy faith fake fall false
    fame family famous fancy farm fast fat fate father fault favor fear feast feather feed feel fell fellow fence
    fever field fierce fight figure fill film filth find fine finger fire firm fish fist flag flame flash flat
    flavor flesh flight float flock flood floor flour flow flower fluid flush foam fold folk food fool foot force
    forest forget fork fort forty found four fox frame free fresh fridge friend frog front frost fruit fuel full
    funny fur future gain game gang garage garden garlic gate gather gear gentle ghost giant gift girl give glad
    glance glass globe glory glove glue goal goat gold golf good goose gospel gown grab grain grand grant grape
    grass grave gravy gray grease great greed green greet grief grill grin grip groan grocery ground grow guard
    guess guest guide guilt guitar habit hair half hall hammer hand handle happy harbor hard harm hate haunt have
    hawk head heal health heap hear heart heat heaven heavy hedge heel height hell hello helmet hero hide high hill
    hint hire hobby hold hole holy home honey hood hook hope horn horse host hotel house huge human humor hunger
    hunt hurry hurt husband idea idle inch income inner insect iron island item jacket jail jazz jeans jelly jewel
    joke journey judge juice jump jungle junk just keen keep kettle kick kind king kiss kitchen kite knee knife
    knock labs lace ladder lady lake lamb lamp land lane large laser laugh lawn layer lazy lead leaf lean learn least
    leather leave left lemon lend lens less lesson level liar lick life lift light like limb lime line lion liquid
    listen little live liver load loaf loan local lock lonely long lose loss lost loud love lover lucky lunch lung
    machine magic maid mail main major make male mall manner many maple marble march mark market married mask
    mass master match mate maze meal mean meat medal meet melt member menu mercy mere merge mess metal middle
    might mild milk mill mind mine minor mint mirror miss mist mixed model moist mold mole money monkey month mood
    moon moral more morning most moth mother motor mount mouse mouth move movie much mud muscle museum music must
    nail naked name narrow nasty nation nature near neat neck need needle nerve nest never news nice niece night
    noble noise none noon north nose novel nurse nut oath ocean odd offer often oil okay old olive onion only open
    orange order other oven owner pace pack page pain paint pair palace pale palm pan panel panic paper parent
    park part party pass past pasta path patient pause peace peach peak pear pearl pen pencil people pepper pet
    phone photo piano pick picnic piece pig pile pill pilot pine pink pipe pitch pity pizza place plain plan
    plane planet plant plate play pleasant pleasure plenty plot plug plus pocket poem poet point poison pole
    police polite pond pool poor pork port pose post pot potato pound pour powder power praise pray preach
    present press pretty price pride priest prince print prison prize profit promise proof proud pull pump punch
    pupil puppy purple purse push puzzle quack queen quiet quilt quite rabbit race radio rage rail rain raise
    rank rare rate raw razor reach ready real realm rear rebel recipe record red redo regard relax rent rescue rest rice
    rich ride rifle ring riot ripe rise risk river road roast robe rock role roll roof room root rope rose rough round
    route royal rubber rude rug ruin rule rush rust sack sad safe sail salad sale salt same sand sauce save scale
    scar scare scarf scene scent score scout scrap scream screen sea seal seat secret seed seek seem sell send
    sense serve shade shadow shake shame shape share shark sharp shave sheep sheet shelf shell shine ship shirt
    shock shoe shoot shop shore short shout shove show shower shut shy sick side sigh sign silk silly silver
    sing sink sister site size skate skill skin skirt skull sky slave sleep sleeve slice slide slim slip slope
    slow small smart smell smile smoke smooth snack snake snow soap sock soft soil soldier sole solid song soon
    sore sorry soul sound soup sour south space spare spark speak spell spend spice spider spill spin spine
    spirit spit split spoil spoon sport spot spray spread square squash stable stack stage stain stair stake
    stamp stand star stare start state stay steak steal steam steel steep stem step stick stiff still sting
    stir stock stomach stone stool stop store storm story stove straw stream street stress strike string strip
    stripe stroke strong stuff stupid style sugar suit summer sun supper sure surf swan swear sweat sweep sweet
    swim swing sword table tail tale talk tall tank tape task taste taxi tea teach team tear teeth tell tent
    thank thick thief thin thing thirst thread threat throat throne thumb ticket tide tidy tiger tight tile
    timber tiny tire tired title toast today toe toilet tomato tone tongue tool tooth torch total touch tough
    tour towel tower town toy trace track trade trail train trash tray treat tree trend trial tribe trick trip
    troop truck true trunk trust truth tube tune tunnel turkey turn twin twist uncle under unit upper upset urban
    usual valley value van vase vast vein verse vest video view village visit voice vote wage wagon waist wait
    wake walk wall wander war warm warn wash waste watch water wave wealth weapon wear weather weave wedding weed
    weep weigh weird well west wet whale wheat wheel whip whisper white whole wide wife wild will win wind window
    wine wing winner winter wire wise wish witch wolf woman wonder wood wool word world worm worry worth wound
    wrap wrist yard yarn yawn year yell yellow young youth zebra zero zone module theme chapter booth parade
    festival concert tailgate resit stream streamed streaming livestream livestreamed"""
)
# Words a letter or two from the grading vocabulary every course is given ("grading", "grace", "market" of a
# marketing course): a subject word ("when do we learn the gradient") is meant as typed, never a grading word.
ORDINARY |= words_of(
    """gradient gradients grate grated grater marker markers litter curse carve scald scalp stale percept hurtle
    huddle weighed faint failure graph graphs graphing graphic"""
)
# How a student says they are swamped ("im literally drowning", "dying this week", "buried in work"): meant as typed,
# never a misspelled "dropping", "doing" or "burned" that would make a story a question about dropped work.
ORDINARY |= words_of("drown drowning drowned dying buried flail flailing")
# Words of holidays a student may name whatever the course's calendar ("is there class on easter monday", "memorial
# day"): never a misspelled course word ("easier"). "labour" and "labor" are one word, each repaired to the course's.
ORDINARY |= words_of(
    """easter memorial thanksgiving veterans remembrance armistice juneteenth halloween christmas
    presidents independence"""
)


# Words whose plural (or third person) takes "-es": "teachs" is a misspelled "teaches", not a form of "teach".
_ES_ENDINGS = ("ch", "sh", "x", "ss", "zz")


def ordinary(word: str) -> bool:
    """Whether a word is an everyday English word (or its plural), meant as itself."""
    if word in ORDINARY:
        return True
    stem = word[:-1]
    return word.endswith("s") and stem in ORDINARY and (stem == "stomach" or not takes_es(stem))


def takes_es(stem: str) -> bool:
    """Whether a word's plural (or third person) takes "-es": "teachs" is no form of "teach"."""
    return stem.endswith(_ES_ENDINGS)


def ordinary_form(word: str) -> bool:
    """Whether a word is an everyday English word, its plural, or its past or -ing form ("locked", "baking"): typed
    as itself, never repaired ("dont want to get locked out" is not about a course's "locker")."""
    if ordinary(word):
        return True
    # a stem of four letters or more ("lock" of "locked"): "reding" is a misspelled "reading", not "red" + "ing"
    if word.endswith("ed") and len(word) >= 6:
        return word[:-2] in ORDINARY or word[:-1] in ORDINARY
    if word.endswith("ing") and len(word) >= 7:
        return word[:-3] in ORDINARY or f"{word[:-3]}e" in ORDINARY
    return False
