/**
 * Word lists of the suggestion engine, one set per language. Entries are written as people type
 * them; matching folds case and accents (`decu` finds `déçu`), and a multi-word entry matches
 * whole words in a row. English profanity comes from the `obscenity` library (see signals.ts);
 * French profanity and every insult list are ours.
 */
export type Language = 'en' | 'fr';

/** A word list written as `a | b | c` (one entry may hold several words). */
const list = (entries: string): readonly string[] =>
  entries
    .split(/[|\n]/)
    .map((entry) => entry.trim())
    .filter(Boolean);

export interface Lexicon {
  /** Frequent short words: how the language is recognised. */
  stopwords: readonly string[];
  /** Acknowledgements and noise that neither build nor harm: "ok", "first", "bump". */
  filler: readonly string[];
  positive: readonly string[];
  negative: readonly string[];
  /** Words that open a question when the question mark is missing. */
  questionOpeners: readonly string[];
  /** Second person: an insult aimed at someone rather than at a thing. */
  you: readonly string[];
  /** Asking for something: a product request even without a complaint. */
  requests: readonly string[];
  /** Words that turn praise into sarcasm when they come with it. */
  sarcasm: readonly string[];
  /** Insults and slurs: abuse when aimed at a person, whatever the profanity around them. */
  insults: readonly string[];
  /** Words that are slurs or harassment on their own, aimed at anyone. */
  slurs: readonly string[];
  /**
   * Insults that name a person ("moron", "connasse"): abuse on their own, unless the writer says
   * it of themselves ("I'm such an idiot"). Also read as insults.
   */
  insultNouns: readonly string[];
  /** Words for someone other than the writer, before an insult: "she's so ugly", "look at his". */
  persons: readonly string[];
  /** The writer speaking of themselves, before an insult noun: "I felt like an idiot". */
  self: readonly string[];
  /** Groups of people: with a dehumanising word, hate speech. */
  groups: readonly string[];
  dehumanising: readonly string[];
  /** Wishing someone dead or harmed, and sexual remarks about someone. */
  harassment: readonly string[];
  /** Sexual words about a person's body: harassment when someone is named or addressed. */
  sexual: readonly string[];
  /**
   * Spam whatever surrounds it: phishing, fake prizes, follow-for-follow, "link in bio". One is
   * enough, where a single `promotion` word is not.
   */
  scams: readonly string[];
  /** Swear words that are not insults ("putain c'est beau"): French only, English uses obscenity. */
  swears: readonly string[];
  /** Threats of violence plain enough to stand alone ("I know where you live", "je te bute"). */
  threats: readonly string[];
  /**
   * Words that threaten only in a hostile comment ("see you outside", "you'll regret it",
   * "tu vas voir"), and are ordinary anywhere else ("see you outside the venue at 8").
   */
  menaces: readonly string[];
  promotion: readonly string[];
  /** Off-topic bait that has nothing to do with a brand's community: politics, dating, get-rich. */
  offTopic: readonly string[];
  /** Something the member made for the community: a guide, a drawing, a detailed review. */
  creation: readonly string[];
  /** Warmth and personal stakes: what turns a long comment into exceptional engagement. */
  warmth: readonly string[];
  escalation: {
    legal: readonly string[];
    pr: readonly string[];
    support: readonly string[];
    product: readonly string[];
  };
}

export const EN: Lexicon = {
  stopwords: list(`
    the | and | is | you | to | it | of | this | that | i | my | for | with | not | are | was | have
    but | your | be | on | so | just | what | can | its | im | me | we | they | in | an | do
    does | dont | how | when | why | will | would | been | has | had | there | their | from | about
    all | get | got | thanks | thank | love | great | please
    doesn | don | didn | isn | wasn | aren | weren | hasn | haven | couldn | wouldn | shouldn
  `),
  filler: list(`
    ok | okay | k | kk | lol | lmao | rofl | haha | hahaha | first | first! | +1 | same | following
    follow | bump | this | yes | no | yep | nope | hmm | hm | meh | ah | oh | wow | ikr | idk | tbh
    ya | yeah | sure | noted | seen | me too | same here | up | interesting | cool | nice | watching
    subscribed | sub | here | early | who else | mood
  `),
  positive: list(`
    love | loved | loving | lovely | great | awesome | amazing | thanks | thank you | thank u | thx | ty
    grateful
    perfect | best | beautiful | helpful | excellent | nice | cool | brilliant | fantastic
    wonderful | gorgeous | impressed | happy | glad | enjoy | enjoyed | fun | well done | bravo
    congrats | congratulations | kudos | legend | goat | fire | superb | incredible | stunning
    sweet | solid | proud | recommend | favorite | favourite | appreciate | appreciated | good job
    nailed it | respect | yay | finally | cant wait | can t wait | looking forward | beast | banger
    insane | epic | dope | cute | adorable | delicious | tasty | smooth | good | lifesaver
    magic | magical | obsessed | 5 stars | five stars | counting down
    life saver | game changer | hope it helps | hope this helps | worth it | hyped | exciting | excited | inspiring
    well said | so true | agreed | exactly | spot on
    goated | hands down | the goat | slaps | chef s kiss | chills | goosebumps | props | on repeat | queen
    masterpiece | glorious | adore | unreal | wholesome | clever | the bomb | nicely put | agree | gg | wp
    ggwp | hell yeah | get in | tysm | mubarak | iconic | elite | underrated | slay | she ate | ate this
    gold | pure gold | saved my | so good | lovely stuff | stunner | masterclass
  `),
  negative: list(`
    charging me twice | charged me twice | charged twice | double charged
    bad | terrible | awful | worst | broken | disappointed | disappointing | useless | horrible
    hate | annoying | slow | bug | buggy | crash | crashes | crashed | refund | scam | ripoff
    rip off | garbage | trash | joke | unacceptable | ridiculous | pathetic | waste | poor | fail
    failed | failing | doesnt work | does not work | not working | stopped working | still
    again | sucks | frustrating | frustrated | angry | furious | wrong | missing | problem | issue
    error | cancel | cancelled | canceled | charged | overpriced | nobody | no one | ignored | shame
    disgrace | lost | late | delayed | damaged | defective | leak | leaking | unusable | downgrade
    worse | regret | avoid | misleading | lie | lied | lies
    breaks | broke | breaking | slower | harder | outage | nothing | shameful | tasteless | shrank | shrunk
    is down | went down | gone down | app down | site down | server down
  `),
  questionOpeners: list(`
    how | why | when | where | what | which | who | is | are | can | could | does | do | will
    would | should | any | anyone | has anyone | is there
  `),
  requests: list(`
    please add | would be nice | would love | wish | i wish | suggestion | suggest | could you add | feature request
    option to | can you add | please make | any plans | roadmap | pls add | please fix | pls fix | plz fix | please correct | any chance
    bring back | bring it back | bring them back | please bring | can we get | could we get | can you do a | could you do a
    could you pin | please pin | please release | might want to | you should say | say something | address this | address it
    a statement | respond publicly | before this blows up | before it blows up | needs sorting | take that video down
    people should know | need to know | needs to know | want my money back | ring me back | call me back | who do i
    who should i contact | can someone
  `),
  sarcasm: list(`
    again | another | yet another | once again | thanks for nothing | as usual | of course | sure thing
    wow just wow | totally | exactly what we needed | love waiting | love paying
  `),
  you: list(`
    you | u | youre | yall | you guys | ya
  `),
  insults: list(`
    idiot | idiots | moron | morons | stupid | dumb | dumbass | loser | losers | clown | clowns
    dumber | stupider | scrote | scrotes
    scum | imbecile | cretin | jerk | asshole | assholes | bitch | bitches | dick
    dickhead | prick | bastard | cunt | twat | wanker | whore | slut
      worthless | brainless | shut up | stfu | go die | nobody asked | get lost
    piece of shit | pos | troll | incel | karen | simp | degenerate
    useless | noodle | flipping burgers | fat ass
    nerd | nerds | brain dead | braindead | dipshit | halfwit | numpty | tosser
    jackass | scumbag | lowlife | fool | fools | dimwit | buffoon | sleazebag | creep | weirdo | psycho
    pathetic | pathetic little
      basement goblins | mouthbreather | mouth breather | inbred | thickest | attention starved
    attention seeking | brat | clueless | embarrassing | uninstall ur life | uninstall your life
    fat fingers | dying goat
    coward | cowards | disgrace | talentless | little rat | lying little | talentless hack | shill | paid shill
    gutless | little worm | raised by wolves | one brain cell | working brain cell | power tripping | nobodies
  `),
  slurs: list(`
    rainbow mafia | alphabet mafia | alphabet people | jigaboo | jiggaboo | porch monkey | towelhead | raghead | carpet muncher | carpet munchers | lezzers | lezza | lesbos | chromosome test
    retard | retarded | faggot | fag | fags | f4gs | tranny | kys | kill yourself | go kill yourself | nigger
    nigga | chink | chinks | spic | kike | wetback | dyke | subhuman | vermin | go back to your country | go back to your own country | curry muncher | curry munchers
    homo | homos
    camel jockey | camel jockeys | faggy
    they re a disease | they re replacing us | sending rapists | aren t real women | isn t a real woman
    that s not a woman | girl look like a man | girl looks like a man | looks like a dude | not a real woman | man in a wig | monkey hair | throw a banana
    inbred hillbillies | go back to whatever | iqs lower than | iq lower than | overpaid thugs | dude s a fruit
    stay home and let men | let men do it | for real men | used goods | rice eating | uppity black | jews own | jews control
      send nudes | send pics | send me a pic | back to the kitchen | send them back | go back where
    fuck you | fuck off | screw you | piss off | eat shit | drop dead | get a life | nobody likes you | nobody asked you | go to hell
    send me pics | send me nudes
    fuck him | fuck her | fuck u | shut the fuck up | gtfo | go fuck yourself | fuck yourself | fuck urself | suck my dick | suck a dick | eat a dick | coon | towelhead | raghead | beaner | gook | paki | pakis | shemale | spastic | spaz | cripple | sand nigger | niggers | niggas | faggots | trannies | retards
    nobody asked u | no one asked you | no one asked u
    back to your kitchen | make him a sandwich | go make me a sandwich
    send them all back | send em back | send em all back
    illegals | ghetto trash | welfare rats | welfare queens | cripples | sand niggers | sandniggers | third world savages
  `),
  insultNouns: list(`
    slag | slags | slob | slobs | fat slob | fat little thing
    one less scrote | dumber person | a dumber | dumbest person | dumbest fans | dumbest fanbase | fat cow | freak show | leave the planet | back to the farm
    idiot | idiots | moron | morons | loser | clown | clowns | scum | imbecile | cretin
    asshole | assholes | bitch | bitches | dickhead | prick | bastard | bastards | cunt | cunts | twat
    wanker | whore | whores | slut | sluts | incel | simp | degenerate | degenerates | dipshit | halfwit
    numpty | tosser | jackass | scumbag | scumbags | lowlife | dimwit | buffoon | sleazebag
    weirdo | psycho | hag | hoes | skank | thot | douche | douchebag | muppet
    plonker | pillock | maggot | parasite | waste of space | waste of oxygen
    piece of shit | piece of garbage | piece of trash | sack of shit | clown show | neckbeard | crybaby | manchild | basement dweller
    lazy cow | fat cow | ugly cow | stupid cow | thunder thighs
    pedo | paedo | pervert
    hoe | pussy | pussies | dumbass | dumbasses | retard | retards | mongoloid | imbeciles | cretins
  `),
  persons: list(`
    she | he | shes | hes | her | his | him | they | them | theyre | people | guy | guys | girl | girls
    woman | women | man | men | dude | kid | ref | referee | admin | mod | mods | being
    whoever | everyone | this guy | host | streamer
  `),
  self: list(`
    i | im | me | myself |  we 
  `),
  groups: list(`
    women | men | trans | trans people | gays | gay people | lesbians | homosexuals | immigrants
    migrants | refugees | muslims | jews | christians | blacks | black people | asians | mexicans
    arabs | indians | foreigners | people from | those people | these people | africans | chinese
    gypsies | disabled people | autistic people | fat people | feminists | liberals | leftists
      ppl from | ppl like | people like you | your kind | ur kind | black ppl | haitians | somalians
    asian | asians | a woman | natives | native guys | wheelchair users | the disabled | section 8
    a black guy | a black man | a black woman | black guy | black guys | a muslim | a jew | a mexican
    indian | female devs | women devs | females | brown people | these brown
    albanians | romanians | nigerians | pakistanis | romani | certain demographics
  `),
  dehumanising: list(`
    terrorists | all terrorists | criminals | all the crime | commit all the crime | thugs | go back to your country
    a cancer on | are a cancer | a drain on | a disease | replacing us | an invasion | rapists | eat cats
    is a jew so | run the label | own the media | always squeeze | should ve been culled | be culled | steal | thieves | crooks
    in their genes | in their blood | don t integrate | dont integrate | can t integrate | pests
    overrun by | overrun with | flooding | third world | eat dogs | eat cats | can t drive | cant drive
    run every bank | run the banks | own the banks | run the media | own the media | street shitting | scammers
    dead weight | tick boxes | diversity hire | diversity hires | making the tea | make me a sandwich | deport every
    stop shitting | real people | would park like | let them kill each other
    go back to their country | go back where | back where they came from | back to africa
    blow up planes | blow up buildings | can t speak english | cant speak english
    they all lie | it s in their book | in their book | have criminal records | out breed us | outbreed us
    will out breed | nigerian prince | drug dealers the lot | dealers the lot
    vermin | subhuman | sub human | savages | parasites | infestation | cockroaches | invaders | invading
    rapists | mentally ill | diseased | filth | inferior | freaks | goblins | breed like
    are animals | r animals | are all animals | are monkeys | are rats | are dogs | are pigs | are apes
    are a disease | are disgusting | like animals | like rats | like dogs | like monkeys | like cockroaches
    should be deported | deport them | don t belong | dont belong | every single one | should be banned
    should be shot | gas them | wipe them out | stick to the kitchen | back to the kitchen
    get back in the kitchen | belong in the kitchen | stick to | keep their mouths shut | shud stick
    in the ovens | to the ovens | gas chambers | gas chamber
    you all know who i mean | we all know who i mean | y all know who i mean
    can t help themselves | cant help themselves
    network for gay | gay network | run the music industry | run the industry | control the media | control the banks
  `),
  harassment: list(`
    should kill herself | should kill himself | should kill themselves | go kill herself | go kill himself
    bend her over | bend him over | over her desk and | ok groomer
    out dressed like that | dressed like that at | was asking for it | she was asking for it
    that s a man under | it s a man in a dress | clocked sir | i d unalive myself | id unalive myself
    flood her reviews | flood his reviews | flood their reviews | everyone go and report | everyone go report
    unalive yourself | everyone screenshot | everyone report her | everyone report his | everyone report their
    belong in the kitchen | should be in the kitchen not | women should be in the kitchen
    girls should be in the kitchen | n word pass | lost the double chin
    go drink bleach | drink bleach | jump off a bridge | go jump off | go play in traffic
    go die | die in a | hope you die | hope u die | hope she dies | hope he dies | hope they die
    you should die | u should die | should ve swallowed | kill urselves | kill yourselves | run her out of | run him out of | run them out of | until it s gone | deserves whatever she gets | deserves whatever he gets | your fat ass | ur fat ass | boss should see this | employer should see this
    shouldve swallowed | should have swallowed | kill urself | kill yourself | unalive yourself
    nobody will miss you | no one will miss you | nobody would miss you | nobody loves you | die alone
    rot in hell | burn in hell | get cancer | hope you get cancer | end yourself | neck yourself | gets cancer
    doxx | doxx him | doxx her | real name and school | his ip is | her ip is
    tell her what you think of her | tell him what you think of him | tell them what you think of them
    flood her page | flood his page | flood their page | flood her comments | flood his comments | flood her dms | flood his dms
           
        
        
    no wonder your husband | no wonder your wife | no wonder she | no wonder he | no wonder nobody
    crawl back into | mum s basement | mom s basement | moms basement | mums basement | got no life | no life loser | touch grass
    should never have been allowed to | people like her should | people like him should | people like you should | people like you shouldn t
      jump off a bridge | do everyone a favour and | do us all a favour | do everyone a favor and
    leave the group and | keep making accounts | why did u block me | why did you block me
    i know u want it | i know you want it | with nothing on | send me the pics | send me her number
    shes fit | stream in a bikini | haven t touched grass | hasnt touched grass
  `),
  sexual: list(`
    tits | titties | boobs | boobies | nudes | nude pics | dick pic | drill her | bend her over | rail her
    eye candy | smash her |  id hit | i d hit | thicc |   suck my | blow me | milf | feet pics | show your feet
    show us your feet | pics of your feet
  `),
  scams: list(`
    official page has moved | our page has moved | new partner site | complete a short offer | complete a quick offer | just complete an offer | recover stolen funds | recover your funds | recover lost funds | recover your lost funds | funds recovery | generous men | sugar daddy | sugar daddies | want an allowance | weekly allowance | your phone is infected | your device is infected
    small streamer too | drop by my stream | go to ttv
    trading bot | ai trading
    link in bio | link in my bio | links in bio | sub4sub | sub 4 sub | sub to me | subscribe to me
    follow4follow | follow 4 follow | f4f | l4l | like4like | like 4 like | follow back | i follow back
    sub back | i sub back | check out my channel | check my channel | checkout my channel
    checked out my | check out my page | check my page | check out my music | check out my video
    check out my new video | visit my channel | on my channel | dm me for | pm me for | dm for prices
    for prices | message me for | whatsapp me | add me on snap | add me on insta | add me on kik
    no survey | no human verification | no verification | 100 working | free robux | free vbucks
    free v bucks | free crystals | free gems | free coins | free skins | free followers | free likes | free subscribers from | free subs from
    withdrew my | my profit | my profits | my first profit
    your account will be | your page will be | your account has been | your page has been
    verify your account | confirm your account | verify your identity | reply with your
    claim your prize | claim your reward | claim now
    you have won | you ve won | youve won | you won a | you are a winner | you re a winner
    selected winner | lucky winner | cash prize | prize draw | ringtone club | free ringtone | free ringtones
    premium rate | iptv | free hd | no buffering | live stream free | followers for | real followers
    buy followers | instagram followers | eligible for a refund | you are eligible for | who comment done | comment done and | one weird trick | add me on discord | new voicemail | listen to it here | guaranteed approval | free voucher | free vouchers
    share this post and | giving away free | free giveaway | giveaway winner
    click my name | click on my name | click on my face | click my face | go look at my
    rate your channel | trade subs | subs for 1 | subscribers would change my life | please give me a chance
    come to my livestream | on my stream | my livestream | like if this is you | like this so | who read comments
    subscribing to the guy | submission fee | join our discord | first beat free | no link just search
    link on my page | link in my channel | link on my channel | link on my profile | go watch my | please go watch
    listen to my mixtape | listen to my track | listen to my new | support a small | support small creators
    small cover artist | give my channel | started a small channel | just started my channel | just started a channel
    started a small podcast | started a little podcast | give my podcast
    search my name | my latest vlog | doubling every | sent to this wallet | message us for packages | real listeners
    promote artists | cures hiv | cure hiv | lost lovers | herbal cure | warranty is about to expire
    owed a refund for | pay now to avoid | reschedule at | redelivery fee | incomplete address
    invest with | investment manager | account manager | trading expert | crypto expert | recovery expert
    ethical hacker | recovery hacker | hire a hacker | remote access | anydesk | teamviewer | secure partner page
    payment by zelle | zelle or cashapp | zelle only | cashapp only | cash app only | friends and family only
    recover your funds | recovered my | double your | 10x your | financial freedom
    singles are waiting | no sign up fee
    hot girls | hot singles | lonely girls | horny | sexy girls | my pics |  onlyfans
    text me on | message me on | reply stop | stop to opt out | unclaimed | cash bonus | loan approved | pre approved | credit approved | debt relief
    reply by dm with | with your pin | to avoid disconnection | to avoid suspension | avoid permanent | free stream | live free | watch free | stream free
    free nitro | discord nitro | nitro for | giftnitro | steam gift card | login with discord | log in with discord
    log in here | link steam account | link your steam | vote for my team | pay per review | review bomb
    confirm payment details | confirm your payment details | confirm ur payment details | confirm ur bank | confirm your bank | bank details at | enter card details | enter your card | card details to | claim ur refund | claim your refund | due a tax refund | due a refund | you are due a | u r due
      hmu | cash app flip | real n legit | ask my clients | vouches
    boost any account | boosting service | guest posts | do follow | dofollow | discreet date
    dropshipping | comment freedom | 6 figures | six figures
    trading hours for dollars | one system | full time income | full-time income
    joined the most amazing team | brand ambassador program | ambassador program | spots are limited
    dm to collab | dm for collab | dm us to collab | message to collab | dm for promo | dupes | factory direct | exact copy | replica | replicas | email for catalogue
    aimbot | undetected | undetectable | mod menu | free trial in bio | sign up with my code | referral code
    we both get | new video every day | stream my new single | every stream helps | on all platforms
    link in comments | order link | before they sell out | no diet
    no credit check | no credit checks | bad credit ok | approved in | reply loan
    i make thumbnails | dm me on discord | check out my latest | full leaked
    before it gets taken down | forward this | copy and paste this | 10 groups | will give u
    free credit | lotto | yearly draw | contact agent | chosen 2 | claim here | answer 1 easy
    per msg | msg 18 | chat 2 real girls | real girls | receive a payment | easy money
    make easy money | unusual login | verify ur details | verify your details | release fee
    held at customs | or it will be destroyed | free handset | handset upgrade | wrong number
    u seem really nice
  `),
  swears: list(``),
  threats: list(`
    teeth in a bag | pick your teeth up | knock your teeth
    i know where you live
    shame if something happened | if something happened to her | if something happened to him
    end up finding out what happens | push the wrong people | tarred and feathered | can of petrol
    shot a few of these | shoot a few of these | shot a few of them | shoot a few of them
    put the next guy in hospital | put you in hospital | put him in hospital | put her in hospital
    pay in blood | getting jumped | gonna get jumped | so i can pull up | always watching u | always watching you
    smash his skull | smash her skull | smash your skull | burn down the | bring bats | bring the bats
    and shoot whoever | shoot whoever | in front of a train | should be drowned | gets run over | get run over
    when we re done with him | when we re done with you | when i m done with you | when im done with you
    we ve got his reg | we know his reg | got your reg
    see what happens to your car | see what happens to your house | see what happens to your kids
    see what happens to your family | see what happens to your face | see what happens to ur car
    i will find you | ill find you | punch you | hurt you | smash your | gonna hurt | slit your throat
    slit ur throat | run you off the road | run you off it | teeth up off | picking your teeth up
    knock your teeth out | knock ur teeth out | burn the place down | put a bullet in | torch the office
    torch your | torch their | got your address | know where he parks | know where she parks
    know where you park | break his legs | break her legs | break your legs | break his neck
    break your neck | smash his face | smash her face | smash your face | put him in hospital
    put her in hospital | put you in hospital | burn your shop | know where she works
    know where he works | know your wife | deserves a bullet | should be shot | bullet in the head
    sink the boats | let the sea sort | public hangings for | strung up
    with her in it | with him in it | with them inside | with the staff inside | still inside
    locked inside | come find you with | come find u with | with everyone inside | with everybody inside
  `),
  menaces: list(`
    you ll be sorry | youll be sorry | i know you re at | i know youre at
    got his number plate | got her number plate | got your number plate | got his reg | got her reg
    i will kill | ill kill | i ll kill | going to kill | gonna kill
    watch your back | you will regret | you ll regret | youll regret | beat you | beat the
    burn your | shoot | stab | break your | pay for this | see you outside | wait for you
    where you live | where she lives | where he lives | will regret | going to regret
    deal with you personally | coming for you | teach you a lesson | a lesson she | a lesson he
    a lesson you | won t forget | last warning | keep talking | i have your | real soon | or else
    bring a helmet | find out where | enjoy your visitors | watch yourself | watch ur back
    better watch himself | better watch herself | better watch urself | better watch themselves
    on your way home | on ur way home | know which car | pay you a visit | paying you a visit
    in hospital if | real name workplace | real name and workplace | real name and address | burn ur
    burn down | sleep well | tick tock | enjoy walking home | you ll see | they ll see | you will see
    i know your | i know what | i know which | i know where | getting hurt | get hurt | with a bat
    my gun | bringing something | wait outside | waiting outside | be waiting | waiting for you
    find out which | find out who | come find you | what s coming | caught fire | would be a shame
    in pieces | knows your car | know his car | know her car | found out which | found out where
    gonna show up | surprise her | coming behind | see how brave | see how tough | how brave he is
    how tough you are | how tough u are | i know you work | know you work | i know what shift
    find your office | i know you live | know you live on | go round and sort | with a petrol can
  `),
  promotion: list(`
    snap me | add my snap | sc me | see my portfolio | check my portfolio | view my portfolio | wholesale prices | wholesale price | dm for wholesale | dm me for wholesale
    come watch me
    sorry for the self promo | sorry for the plug | shameless plug | sorry for the shameless
    check out my | check my | visit my | subscribe to my | sub to my | follow me | follow my
    on my blog | guide on my | book in the next | before it s gone | before its gone | ask me how | find me on
    you ve been picked | youve been picked | claim before | have your card ready | lonely tonight
    looking for a real man | dropped by sometime | while i slept | bank transfer only | below face value
    waiting to meet you
    my channel | my page | my profile | my store | my shop | my website | link in bio | dm me
    message me | inbox me | whatsapp | telegram | earn | make money | passive income | per day
    per week | work from home | free followers | followers | crypto | bitcoin | btc | forex | memecoin
    1000x | 100x | 10x potential | buy before | save up to | stop overpaying | free entry | dm for details
    verified badge | blue badge | blue tick for
    investment | invest | trading | nft | giveaway | click here | click the link
    promo code | discount code | use code | limited offer | limited time | 100 free | free gift
    cheap | buy now | order now | best price | casino | betting | onlyfans | hot singles | dating
    loan | seo | backlinks | guest post | viagra | weight loss | recovery expert | hacker
    contact him | contact her | helped me recover | mentor | profit
    sugar daddy | free webinar | my mastermind | spots in my | join my team | my wellness team
    drop me a message | trade prices | we ve got a sale | got a sale on | just search for | half the price
    get in early | or you will be removed | or you ll be removed
    motivated mamas | expanding into your area | send you some info | boss babe | install the app now
      for sale | selling my | dm if interested | sub for sub | follow for follow | f4f | verify your account | update your payment | check my profile | see my profile | cheap | visit our
    go here | free estimate | best prices | this week only | kindly | small fee | contact me | free download | crack | full version | doctors hate | lose weight | add me | proven system | proven framework | learn more | call now | call today | free quote | anybody selling | selling | comment below | limited spots | only spots
    gift card | you ve been selected | you have been selected | claim now | claim your | only left | act now | risk free | miracle | doctors hate it
    work from home | earn money | make money online | dm for | whatsapp me | telegram me | text me at | my link | free gift | you won | you have won | congratulations you | click below | limited time offer | exclusive offer | buy followers | cheap followers | likes and followers | promote your | grow your page | hire me | i can help you | spell caster | love spell | psychic | lottery | jackpot | casino bonus | forex signals | binary options | airdrop | presale | 100x | no risk | payout | cash app | sugar mummy | escort | nudes | xxx | porn | cam girls | meet singles | hookup | diet pills | enlargement
    free pdf | no signup | no human verification | generator | 100 working | free v bucks | free skins | free robux | download free | free download
  `),
  offTopic: list(`
    election | elections | vote for | president | government | democrats | republicans | liberals
    conservatives | immigrants | immigration | vaccine | vaccines | religion | jesus | god bless
    pray | flat earth | conspiracy | wake up people | sheeple | new world order | illuminati
    single ladies | anyone want to chat | add me | nazi | communist | socialist | woke | war
      the government | they lie | wake up | this country | chemtrails | flat earth | the debate | candidate
    vote | share this everywhere | do your research | do your own research | they don t want you to know | nobody talks about | 5g towers | wake up sheeple
    covers it up | cover up | cover it up | making kids sick | wake up
      impeach | vote them | vote no | vote yes | moon landing | earth is flat | nasa | faked
    the president | governor | referendum | chain letter | bad luck
  `),
  creation: list(`
    i made | i wrote | wrote up | i built | i drew | i painted | i recorded | i created | i put together
    full guide | step by step | tutorial | fan art | my video | my review | full review | i compiled | cheat sheet
    honest review | detailed review | review after | my own version | my own arrangement | recorded my own
    for the beginners | for everyone asking | for anyone who
  `),
  warmth: list(`
    love | thank you | thanks | grateful | years | since | changed my life | my family | my kids
    my son | my daughter | my wife | my husband | my dad | my mom | my mum | community | made
    i made | i built | i wrote | tutorial | guide | fan art | drew | painted | every day
    every morning | journey | story | proud | heart | appreciate | loyal | customer since
    been using | birthday | wedding | memories | means a lot | inspired | helped me | recommend
      i drew | illustration | my review | full review | honest review | after months | i tested | fan | video | my first
  `),
  escalation: {
    legal: list(`
      lawyer | attorney | sue | suing | lawsuit | court | legal action | gdpr | personal data
      my data | data breach | privacy | copyright | stole my photo | stole my photos | stole my art
      stole my design | stole my work | stole my idea | stole my content | stole my video | stole my song
      stole my music | stole my money | stole my identity | stolen my | without permission
      without my permission | without asking me | without my consent | without consent | defamation | defamatory | trademark | plagiarism | plagiarized
      solicitor | solicitors | didn t consent | didnt consent | did not consent | never consented
      small claims | cease and desist | report you to | trading standards | ftc | class action
      discrimination | harassment | liable | illegal | fraud | fraudulent | dmca | kill | threat
      my full name | my booking reference | other people s | someone else s | threatening | threatened
      knows my street | knows where i live | knows my address
      date of birth | never agreed to it | never agreed to this | never gave permission
      without her permission | without his permission | without their permission
      rips off designs | ripping off designs | copies designs | copying designs | copied my design
    `),
    pr: list(`
      journalist | journalists | press | media | news | reporter | going viral | viral
      everyone will know | boycott | followers | tell everyone | all my followers | my audience
      expose | exposing | scandal | shame on you | disgrace | influencer | tiktok | thread about
      public | outrage | injured | injury | hospital | fire hazard | caught fire | exploded | burned
      dangerous | unsafe | safety | recall | racist | sexist
      m views | million views | blows up | blow up | statement | petition | crushed
      fainted | panic attack | choked | nearly choked | swallowed | seriously hurt | get hurt | got hurt
      harassed | sexually harassed | shoved | local paper | the bbc | sponsors
      dangerous driving | on his phone while driving | on her phone while driving | nearly crashed
      piece of glass | food poisoning | environmental health | health inspector | health inspectors | photoshopped
      blogger | vlogger | consumer desk | on video | video attached | wheelchair | left on the plane
      tasteless | writing to the council | my mp | my councillor | charity commission | bbc
      running a story | ran a story | doing a story
    `),
    support: list(`
      order | ordered | delivery | delivered | package | parcel | shipping | shipped | tracking
      refund | charged | charge | billing | bill | invoice | payment | account | login | log in
      password | locked | locked out | cancel | subscription | customer service | support | no answer
      no response | no reply | waiting for | still havent | still haven t | never received
      never arrived | warranty | replacement | return | broken | damaged | defective | ticket | email
      emails | phone | chat | hold | double charged | received | arrived
      receipt | redeemed | gift card | topped up | money back | no signal | outage | down again
      call me back | ring me back | voicemail | voicemails | reservation | contract | sim | roaming
      price protection | rude | cashier | cashiers
      missing from | is missing | are missing | was missing | were missing | missing the | missing items
      lost my bag | lost my luggage | hung up | hangs up | lost property | charging me twice
      charged me twice | charged twice | shrank | shrunk
    `),
    product: list(`
      bug | bugs | buggy | crash | crashes | crashed | crashing | freezing | feature | please add | would be nice
      would love | suggestion | suggest | update | the update | latest update | doesnt work
      does not work | not working | glitch | option to | roadmap | dark mode | version | app | api
      release | regression | error | freezes | freeze | sync | settings | add a | wish | could you add
      feature request | integration | support for | docs | documentation
      please fix | pls fix | plz fix | fix it | fix this | fix the | turn off | turn that off | an option
      any chance | would be great if | would help | reconsider | look into | correction | please correct
      which one is right | which is it | misleading | headline | the article says | the description says
      size guide | sizing | bring back | patch | servers | desync | matchmaking | buffering | buffered
      won t load | doesn t load | dont load | don t load | subtitles | captions | typo | chapters
      repro | reproducible | reproduce | downgrading | downgraded | stack trace | traceback | type hints
      drops out | dropped out | 404 | broken link | link is broken | off sync | out of sync | logs me out
      resets | keeps disappearing | panics | redesign | new ui | new design | might want to fix
      keeps dropping | keeps showing | keeps crashing | keeps freezing | can you get more | could you get more
      please stock | can you stock | could you stock
    `),
  },
};

export const FR: Lexicon = {
  stopwords: list(`
    le | la | les | et | est | je | tu | vous | de | des | un | une | pas | que | qui | pour | c
    ce | ca | mon | ma | mes | sur | avec | il | elle | on | mais | tres | trop | merci | j | n | d
    l | qu | suis | ai | au | du | en | dans | par | plus | vos | votre | nous | sont | cest | jai
    oui | non | bien | tout | ne | y | se | sa | son | leur | quand | comment | pourquoi | aussi
    encore | deja | toujours | rien | moi | toi | svp | bonjour | si | ou | ca | cette | ces
  `),
  filler: list(`
    ok | okay | oki | dac | daccord | d accord | mdr | ptdr | lol | xd | premier | premiere | 1er
    1ere | up | pareil | idem | moi aussi | pareil pour moi | +1 | ah | oh | bof | mouais | suivi
    abonne | abonnee | je suis | vu | hmm | euh | bah | ouais | oui | non | ptet | jsp | osef | tkt
    bref | voila | ah bon | ha | haha | hahaha | ahah | ahahah | present
  `),
  positive: list(`
    merci | super | genial | geniale | top | bravo | adore | j adore | jadore | magnifique | parfait
    parfaite | excellent | excellente | trop bien | incroyable | chouette | nickel | canon | beau
    belle | beaux | belles | sublime | fier | fiere | content | contente | heureux | heureuse | ravi
    ravie | felicitations | chapeau | respect | cool | sympa | bon | bonne | delicieux | delicieuse
    miam | trop bon | trop cute | mignon | mignonne | hate | vivement | enfin | fluide | efficace
    pratique | recommande | au top | de ouf | dingue | ouf | masterclass | gg | bien joue | allez
    love | kiffe | je kiffe | le feu | grave bien | bien | agreable | en esperant que ca aide | beaute | merveille | pepite
    regal | tu geres | meilleur | meilleure | meilleurs | meilleures | magique | 5 etoiles | cinq etoiles
    bien dit | tellement vrai | exactement | d accord | entierement d accord
    frissons | en boucle | ambiance de malade | ca tue | le roi est de retour
    une tuerie | tuerie | trop fort | trop forte | pepite | banger | trop beau | trop belle
    dikke merci | merci beaucoup | trop hate | bonne fete | joyeux | c est lourd
  `),
  negative: list(`
    nul | nulle | nuls | decu | decue | decus | decevant | decevante | horrible | pire
    inadmissible | honteux | honteuse | honte | scandaleux | scandaleuse | scandale | arnaque
    arnaqueurs | lent | bug | bugs | beug | plante | panne | remboursement | inacceptable | marre
    ras le bol | en colere | furieux | furieuse | lamentable | catastrophe | catastrophique
    ne passe pas | foutez de notre gueule | foutent de notre gueule | se fout de notre gueule | vous moquez de nous
    toujours pas | jamais | encore | aucune reponse | personne | probleme | souci | erreur | casse
    cassee | abime | abimee | retard | perdu | perdue | ne marche pas | ne fonctionne pas
    marche pas | fonctionne pas | mauvais | mauvaise | pas normal | degoute | degoutee | vol
    voleurs | foutage | n importe quoi | lamentable | inutile | cher | trop cher | escroquerie
    escrocs | galere
  `),
  questionOpeners: list(`
    comment | pourquoi | quand | ou | quel | quelle | quels | quelles | qui | est ce que | combien
    c est quand | c est ou | vous avez | tu as | y a t il | il y a | quelqu un | savez vous
    sais tu
  `),
  requests: list(`
    ce serait bien | ca serait bien | serait top | ajoutez | ajouter | pourriez vous | il manque | proposition | idee
    suggestion | faites | svp ajoutez | prevu | est ce prevu | corrigez | svp corrigez | pourriez vous corriger
    tu devrais | vous devriez | vous pouvez | vous pourriez | tu pourrais | faudrait | il faudrait | prevoyez
    merci de corriger | merci de rectifier | a corriger | possible d avoir | y a un moyen | ce serait cool
    mettez plutot | il serait temps | si quelqu un peut | quelqu un peut debloquer | vous comptez faire quoi
  `),
  sarcasm: list(`
    encore | encore une | encore un | comme d habitude | evidemment | bien sur | merci pour rien | vraiment
    on s ennuyait | quelle surprise | comme toujours | une fois de plus | bravo pour
  `),
  you: list(`
    tu | t | te | toi | vous | vs | t es | tes
  `),
  insults: list(`
    connard | connards | connasse | con | cons | conne | abruti | abrutis | abrutie | debile
    debiles | cretin | cretins | idiot | idiote | imbecile | bouffon | bouffons | bouffonne | bouffonnes | grosse | moche | laide | guignol | guignols
    salope | pute | putes | encule | encules | batard | batards
     fdp | fils de pute | ntm | n t m | nique ta mere | tocard | tocards
     clown | clowns | cassos | boloss | baltringue | gros porc
      ordure | ordures | raclure | merdeux | trou du cul | tete de noeud
    casse toi | degage | va te faire | teubé | teube | mongol | attarde | pauvre type
    abrutie | idiots | idiote | imbeciles | ducon | pouffiasse | grognasse | gros lard | boulet | neuneu | cinglé | cingle | taré | tare | psychopathe
    chevre | chevres | lecheur | fanboy
    naze | nazes | gros naze | larbin | larbins | crevard | crevards | bete a manger du foin
    tete de con | gouts de chiotte | sagouin | moutons | t es une honte | zero talent | double menton | tas de nuls | hypocrites
    clodo | clochard | gros plein de soupe | sac de patates | tu pues | va sucer | suce ton | suce tes
  `),
  slurs: list(`
    yeux brides | guenon | guenons | bicot | bicots | fif | fifs | maudits fifs
    on sait tous qui est derriere | les juifs ont toujours | la juive qui | le juif qui | journal des sionistes
    comme en 40 | contre nature | ne seront jamais francais | une autre loyaute | seront majoritaires
    crachent sur la main | fermer les vannes | ont rien invente | faites gaffe a vos poches | on est pas au camp
    retourne en cuisine | retourne a ta cuisine | pendre en place publique
    pd | pds | pede | rital | ritals | tapette | tarlouze | gouine | negro | bougnoule | bicot | youpin | bamboula
    sale arabe | sale noir | sale juif | retourne dans ton pays | rentre chez toi | suicide toi
    va te pendre | creve | crevez | sous race | sous homme
      envoie ta photo | envoie moi ta photo | envoie ton snap | retourne dans ta cuisine | renvoyer chez eux | cas sociaux | elle est bonne
    va te faire foutre | je t emmerde | on t emmerde | va mourir | va crever | personne t a sonne | ta race | fils de chien | nique ta mere | nique ta race
    ferme ta gueule | ta gueule | tg | t es pathetique | tu es pathetique
    bande de fachos | bande de facho
    vraie trainee | cette trainee | sale trainee | grosse trainee | espece de trainee | c est une trainee
    va te faire enculer | je t encule | suce ma bite | nique sa mere | negre | negres | negresse | pedale | tafiole | travelo | triso | mongolien | raton | chintok | niakoue | romano | sale blanc | sale pd | sale gouine | sale pute | sale negre
    kys | kill yourself
      chinetoque | chinetoques | retournez dans votre pays | un mec deguise | renvoyez les chez eux | renvoyez les | les brides | pedes | fiotte
    retourne au bled | sale race | macaques | macaque
    pas de noirs | pas d arabes | pas de noir
    on est plus en france | on n est plus en france | on est plus chez nous | on n est plus chez nous | remigration
  `),
  insultNouns: list(`
    gros cave | va donc chier | petit arriviste | lamentable personnage | personnage lamentable
    une incapable | un incapable | incapable finie | incapable fini | nullite crasse
    merde molle | serpillere | sacs a fric | sac a fric | sans couilles | une vraie sorciere | tete a faire peur
    golmon | golmons |
    connard | connards | connasse | connasses | abruti | abrutis | abrutie | cretin | cretins | idiot
    idiots | idiote | imbecile | imbeciles | bouffon | bouffons | bouffonne | guignol | guignols
    salope | salopes | pute | putes | encule | encules | batard | batards | fdp | tocard | tocards
    tocarde | clown | clowns | cassos | boloss | baltringue | ordure | ordures | raclure | merdeux
    trou du cul | pouffiasse | grognasse | boulet | neuneu | psychopathe | gros porc | grosse vache
    truie
    sous merde | merde humaine | cafard | blaireau | blaireaux | bolos
    mongol | attarde | attardee | gogol | pd | tapette | pedo
    pervers | gros lard | mythomane | clochard
    feignasse | conne | connes | grosse conne
      baleine | grosse baleine | baraki | sous streameuse | sous merde
    debile | debiles | attardes | attardee | attardees | consanguin | consanguins | degenere | degeneres
    mongole | mongoles | mongols | tafioles | triso | trisos
  `),
  persons: list(`
    elle | il | lui | ils | elles | eux | mec | meuf | gars | type | femme | femmes | homme | hommes
    gamin | gamine | arbitre | admin | modo | modos | streameur | streameuse | animatrice | animateur
    celle | celui | regardez | regarde
    etre | cm | community manager | moderateur | journaliste | auteur | gens
  `),
  self: list(`
    je | j | moi | me | m | suis | nous 
  `),
  groups: list(`
    juif | un juif | est juif | le mossad | mossad | africains | les africains | africaines
    nouveaux suisses | les nouveaux suisses | nouveaux francais | les nouveaux francais
    haitiens | les haitiens | maghrebins | les maghrebins | nigerians | les nigerians | peuls | les peuls | un peul
    arabes | les arabes
    femmes | les femmes | hommes | trans | les trans | homos | les homos | gays | lesbiennes
    immigres | les immigres | migrants | les migrants | refugies | musulmans | les musulmans | juifs
    les juifs | noirs | les noirs | arabes | les arabes | asiatiques | chinois | etrangers | les etrangers
    roms | gitans | handicapes | les gros | feministes | gauchistes | ces gens | ces gens la
    les gens comme | lgbt | les lgbt | sdf | les sdf | gens du voyage | les gens du voyage | les feministes
      juif | le juif | les feujs | renois | les renois | les blacks | les rebeus | rebeus
    gais | les gais | venus d ailleurs | gens venus d ailleurs | en surpoids | les obeses | des obeses
    un noir | une noire | un arabe | une arabe | un musulman | une musulmane | un rebeu | un renoi | un black
    sans papiers | les sans papiers | clandestins | les clandestins
  `),
  dehumanising: list(`
    vous voyez de quoi je parle | vous voyez de qui je parle | faire le menage | la culture de ces gens
    terroristes | tous des terroristes | delinquants | des voleurs | sent le singe | retourne en afrique
    retourne en chine | retourne au bled | rentre au bled | retournez en afrique | retournez au bled
    retourne dans ton pays | retournez dans votre pays | rentre chez toi | rentrez chez vous | retournez a la maison
    retournez chez vous | retourne chez toi | retournez d ou vous venez | retourne d ou tu viens | rentrez d ou vous venez
    pas fait pour conduire | pas faites pour conduire
    nuisibles | s integre pas | s integrent pas | c est culturel | dans leurs genes | dans leur sang | s integrent jamais | voleurs
    compter son fric | son fric | leur fric
    c est genetique | genetique chez eux | tous dehors | equipe dehors | dehors les | renvoyer en afrique | retournent chez eux | sauvages
    pas du monde civilise | race de traitres | une race de | les chasser | arnaqueurs | brouteurs | renvoyer au maghreb | incompatibles avec la republique | detruisent les enfants | singes
    grand remplacement | qui tire les ficelles | qui tirent les ficelles | plan sion | que l argent
    ils volent | des voleurs | un legume | des legumes | degenerescence | mal baisees | des moches | un cancer
    vermine | parasites | sauvages | sous hommes | malades mentaux | degeneres | inferieurs | envahisseurs
    invasion | cafards | sont des animaux | des animaux | des singes | des rats | comme des chiens
    comme des rats | a la cuisine | retourne a la cuisine | n ont rien a faire | expulser | expulsez
    a virer | tous les memes | les gazer | les exterminer | pas leur place | ils controlent
    cocher des cases | moins qualifies | malades dans la tete
    dans les fours | chambres a gaz | chambre a gaz | savent pas lire | savent pas conduire
    controlent tout | controlent toute | qui possedent | possedent tout | possedent le | possedent la | tous des singes
    ces rats | volent notre travail | volent nos emplois | volent notre boulot | piquent notre travail
  `),
  harassment: list(`
    t es bien bonne | t es trop bonne | je te regarde quand tu | je sais que t es chez toi | je vois ta lumiere
    spammez la | spammez le | spammez lui | allez tous lui dire | allez tous la voir
    allez spam | tout le monde spam | allez flood
    qu elles restent a la maison | je vais t appeler chaque nuit | mal baisee | mal baisees | hysteriques mal
    on la fait craquer | on le fait craquer | go tous en mp | on leur pourrit la vie | on va lui pourrir la vie
    allez lui expliquer | inondez la | inondez le | passant sous le bureau | passe sous le bureau | qu ils crevent
    remettez les en cuisine | en cuisine cherie | retourne dans ta jungle | renvoyer en afrique | tous ces singes
    allez lui dire ce que | allez lui dire ce qu | allez lui ecrire ce que | allez lui ecrire ce qu
    suce moi | as du sucer | a du sucer | t as suce | moins belle sans maquillage | heureusement que les filtres
    plus pour toi ma grande
    j ai l adresse de | aller lui dire ce qu on pense | pleurnicheuse | du fric comme toutes
    signalez toutes ses | signalez tous ses | allez tous signaler | allez signaler sa | on raid | spammez sa | on la spam | on le spam
    va mourir | va crever | erreur de la nature | ta mere aurait du | son patron devrait voir | je te fais manger tes dents | te faire manger tes dents | j espere que tu meurs | j espere que tu crev | que tu creves | qu il creve
    qu elle creve | tu merites de mourir | personne te regrettera | personne ne te regrettera
    personne ne va te regretter | personne t aime | personne ne t aime | suicide toi | tue toi
    va te tuer | va te pendre | pends toi | creve seul | creve seule | creve en enfer | brule en enfer
          
        j espere que ton
    j espere que ta | pas etonnant que ton mari | pas etonnant que ta femme | pas etonnant qu elle
    qu il aille crever | qu elle aille crever | aille crever | allez crever | pourrisse la vie | pourrir la vie | allez spammer | je te suis partout | harceler
    les gens comme toi devraient | les gens comme elle devraient | n aurait jamais du avoir
      t as le qi | le qi d | le niveau d une poubelle | la personnalite qui va avec | personne te regarde | personne ne te regarde | rester en maternelle
    retourne en maternelle | commenter chacun de tes | jusqu a ce que tu quittes | je veux son 06
    jupes plus courtes | je vais continuer jusqu a ce que | jusqu a ce que tu acceptes | t as un 06
    trompe son mari | trompe sa femme | envoyer les photos a son | envoyer les photos a sa
    ferme la un peu | comme une gamine de | reponds ou je continue | refuse de me donner ton numero | je te le redemande
    a couche pour | couche pour avoir | ferme son compte | qu elle disparaisse | qu il disparaisse | on lui lache pas
  `),
  sexual: list(`
    seins | nichons | boobs | fesses | son cul | ton cul | nudes | photos nues | je la baise | la baiser
    te baiser | je te baise | bonne comme | elle est bonne | suce moi |   chaudasse
    coquine |  
    montre tes pieds | photos de tes pieds | tes pieds en stream | en jupe courte | en mini jupe | en minijupe
    belle carrosserie
    trop bonne | t es bonne | photos en prive | envoie des photos | envoie moi des photos | tenue plus courte | on veut voir plus
  `),
  scams: list(`
    envoi par mail apres paiement | envoi apres paiement | apres paiement sur mon compte | je suis a l etranger donc
    j ai vu ton profil | vos droits seront suspendus | votre dossier est incomplet | derniere chance pour le recuperer | derniere chance pour recuperer | credit sans enquete | meme fiche ficp | meme ficp | fonds verses en 24h | pret entre particuliers | votre telephone est infecte | telephone est infecte | installez l antivirus
    double ton montant | francs chaque jour | passer voir ma chaine | voir ma chaine | je fais aussi des videos
    je fais aussi des let s play | chaque vue compte | petit createur qui debute | abonne mutuellement
    je m abonne a tous ceux | hommes genereux | inscription discrete
    lien en bio | lien dans ma bio | lien dans la bio | abonne toi a ma chaine | abonnez vous a ma chaine
    cliquez sur mon nom | les medias vous cachent | que tout le monde cache
    envoyez moi un message prive | copiez le lien | non censuree | a change ma vie aussi
    n de carte | frais de dossier | partagez cliquez | partagez et cliquez | a ete initie | si ce n est pas vous
    doit regulariser | portfolio en bio | dm pour rdv | mp pour rdv
    abonnement pour abonnement | abo pour abo | sub4sub | follow4follow | f4f | je m abonne en retour
    je m abonne aussi | va voir ma chaine | allez voir ma chaine | passez sur ma chaine | viens sur ma chaine
    va voir mon profil | allez voir mon profil | regarde mon profil | mp pour les prix | mp moi pour
    ecris moi sur | ajoute moi sur snap | ajoute moi sur insta | sans sondage | sans verification
    100 fonctionnel | robux gratuits | v bucks gratuits | gemmes gratuites | abonnes gratuits
    likes gratuits | vous avez gagne | tu as gagne | felicitations vous avez | vous avez ete selectionne
    tu as ete selectionne | reclamez votre | reclame ton | reclamer votre | recuperez votre
    votre colis est en attente | colis en attente | frais de douane | frais de livraison de
    votre compte sera | votre compte a ete | votre page sera | ton compte sera
    verifiez votre compte | confirmez vos informations | mettez a jour vos informations
    mise a jour obligatoire | coordonnees bancaires | carte vitale | ameli | code de securite
    retour de l etre aime | retour affectif | marabout | grand voyant | voyant medium | voyante | medium voyant | envoutement
    desenvoutement | grand maitre | travail a domicile | argent facile | revenu passif
    sans investissement | j ai retire | mes gains | mon premier retrait | conseiller en investissement
    hacker ethique | recuperons vos fonds | recuperer vos fonds | recupere vos fonds | m a recupere mes
    honoraires au succes | acces a distance | seulement par virement | par virement interac seulement
    gestionnaire de compte | experte en trading | expert en trading | recuperation de fonds
    rachat de credit | credit sans justificatif | pret entre particuliers | pret rapide
    streaming gratuit | match en direct gratuit | iptv | achetez des abonnes
    acheter des abonnes | vente d abonnes | rencontres coquines | filles chaudes | celibataires pres de chez vous
    envoyez stop | repondez stop | numero surtaxe | appelez vite
    n a pas pu etre livre | replanifiez | temporairement bloque | confirmer vos informations | confirmez vos informations | votre identifiant | code recu par sms | envoyez moi en mp | en direct gratuit | direct gratuit | gratos | check mon profil | livraison instantanee | skins gratuits
    confirmez vos coordonnees | vos coordonnees bancaires | saisissez vos | pour rester membre | valider son compte via | validez votre compte via | va fermer ce groupe
    scan de votre carte d identite | recupere votre indemnisation | votre remboursement de | un remboursement de | vous etes eligible | tu es eligible
      collab ambassadeur | collab remuneree | ecris nous en dm | bonus de bienvenue | retraits en
    je viens de toucher | prono | pronos surs | groupe vip | recupere ta mise
    copiez collez ce message | sur votre mur | je n autorise pas | boostez votre compte
    abonnes reels | code pin | votre numero de ligne | cles d activation | activation garantie
    lien dans mon profil | avis de contravention | reste impayee | regularisez | avant majoration
    qualite identique | entre amis | dm pour les tailles | sans passer l examen
    paiement apres reception | contactez nous vite | pour recevoir ton lot | pour recevoir votre lot | tu fais partie des | frais de port pour recevoir | ajoutez moi sur discord | ajoute moi sur discord | nouveau message vocal | ecoutez le ici
    premier retrait | nous recuperons | recuperons 100 | follow pour follow | je suis tout le monde en retour
    coupon pcs | coupons pcs | transcash | recharge pcs | neosurf | tu me suis en retour | suis moi en retour
    tu me follow en retour | follow en retour
    allez voir mon dernier son | allez streamer | va voir mon dernier son | il me manque
    verifier votre identite | verifiez votre identite | confirmer votre identite | confirmez votre identite
  `),
  swears: list(`
    merde | putain | ptn | bordel | chier | fait chier | bordel de merde | putin | purée | zut
    tabarnak | tabarnac | calisse | crisse | osti | ostie | sacrament | foutre | foutu | foutue
  `),
  threats: list(`
    je sais ou t habites | je sais ou tu habites | on sait ou t habites | on sait ou tu habites | je sais ou tu vis
    je vais te tuer | je vais vous tuer | on va te tuer | je sais ou tu habites
    on connait son adresse | va pas dormir tranquille | il faudrait les pendre
    je l attends avec | on l attend avec | barre de fer | lui pete la gueule | lui peter la gueule | pete la gueule
    je sais ou vous habitez | je vais te defoncer | je lui eclate | eclater la gueule | eclate la gueule
    casser la gueule | casse la gueule | je vais te casser | je vais mettre le feu | je te casse
    te casse les dents | casser les dents | je te defonce | je te bute | je te tue | bruler votre
    bruler ta | bruler ton | je brule ta | je brule ton | on va le frapper | on va la frapper
    casser les jambes | lui casser les | te casser les | j ai ton adresse | on a ton adresse
    je sais ou tu te gares | je connais ton adresse | connais ton adresse | on connait ton adresse
    foutre le feu a | mettre le feu a | j amene l essence | j ramene l essence
    te fais manger tes dents | venir te planter | faire sauter le | faire sauter la
    tu repartiras en ambulance | repartir en ambulance | fais la peau | faire la peau | tiendra pas une semaine | defonce le crane
    casse les deux jambes | ce qui va t arriver | on connait ton quartier
    ramenera en morceaux | ramener en morceaux | on s occupera de toi
    couler les barques | couler les bateaux
    aura plus de maman | aura plus de papa | tu vas saigner | vous allez saigner
    on sait ou est l ecole | tout faire sauter | faut aller casser du | aller casser du
    je lui defonce | je viens t eclater | je vais t eclater | viens t eclater | j vais t eclater
    savent faire peur | qui savent faire peur
    je te plante | je vais te planter | je lui brule | je vais lui bruler | bruler sa voiture | bruler ta voiture | je le plante | je la plante
  `),
  menaces: list(`
    fais gaffe a ta voiture | fais gaffe a ta gueule
    je l ai suivi | je l ai suivie | je t ai suivi | je t ai suivie | on finit toujours par se croiser | on verra si tu fais | tant que tu peux | je connais l adresse de ton | je connais l adresse de ta | je connais l adresse de votre
    l heure a laquelle tu | je m occuperai personnellement | vous etes prevenus | t es prevenu
    va pas rester entiere | va pas rester entier | restera pas entiere | restera pas entier
    je sais que t es le | je sais que tu es le
    on va te retrouver | je vais te retrouver | tu vas le regretter | vous allez le regretter
    je vais le defoncer | fais gaffe a toi | gare a toi | bruler | tu vas payer | vous allez payer
    je vais venir | attends toi | je vais lui | on va lui | lui casser | lui eclater | tuer
    avec une carabine | avec un fusil | avec une batte | ou tu habites | ou elle habite
    ou il habite | ou vous habitez | va regretter | vont regretter | m occuper personnellement
    je viens m occuper | dernier avertissement | une lecon | tu vas voir | vous allez voir
    continue comme ca et | je viens te trouver | je vais te trouver | on va te trouver
    dans quelle ville tu habites | on sait ou | je sais ou | fasse attention a lui
    fasse attention a elle | fais attention a toi | apprendre a se taire | apprendre a te taire
    rendre une petite visite | passer te voir | venir le chercher | venir te chercher
    venir la chercher | finir pendu | si je te pogne | j te pogne | une volee | dors bien
    vous allez comprendre | vous etes prevenus | t es prevenue | t es prevenu | je plaisante pas
    je rigole pas | on t attend | on se reverra | tu vas pleurer | je sais a quel | jsais ou
    je connais la | je connais ta | je connais ton | va morfler | tu reviendras pas | si je te croise
    quand je te croise | quand je vais te croiser | le jour ou je te croise | sur une civiere
    on s occupera de ta | fais attention en rentrant | j ai l adresse du | j ai l adresse de | on connait ta | on connait ton
    il va payer | elle va payer | regarder derriere lui | regarder derriere elle | regarder derriere toi
    en rentrant chez lui | en rentrant chez elle | en rentrant chez toi | je l attendrai | on l attend | bidon d essence
    je l attends a la sortie | je t attends | a l attendre devant | il va comprendre | elle va comprendre
    tu vas comprendre | il va saigner | bat de baseball | batte de baseball | aller te trouver
    vais te trouver | vais te retrouver | avec des potes | on demonte | on va demonter
  `),
  promotion: list(`
    casinos | casino en ligne | casinos en ligne | desole pour la pub | desolee pour la pub | pardon pour la pub
    excusez la pub | je viens de lancer mon podcast | prix de gros | pour le prix de gros
    inbox moi | demande moi comment | sans sortir de chez moi | aucun abonnement | qualite hd | en direct ici
    0 pub | zero pub | sans abonnement | remede contre le | tous frais payes | a tester gratuitement
    testeurs recherches | devenez testeur
    mon mentor | ma mentor | resultats prouves | trop percu | vous est du | sous peine d amende | numero provisoire
    viens faire un follow | un petit follow | on s entraide | presale | prevente | token officiel
    economisez jusqu a | comparez | arretez de payer trop cher | je propose mes services | je propose des cours
    je propose aussi des cours | correspondant a votre profil | correspond a votre profil | usdt
    vous abonner | rends la pareille | complements alimentaires | mon catalogue | je lance mon activite | conseillere bien etre
    notre plateforme | mettre en relation | seances decouverte | seance decouverte | coaching holistique
    abonnez vous | abonne toi | abonnez-vous | abonne-toi | ma chaine | mon compte | mon profil
    ma page | ma boutique | mon site | clique ici | cliquez ici | lien en bio | lien dans ma bio
    gagner de l argent | gagnez | revenus | revenu passif | par jour | par semaine
    contactez moi | contacte moi | ecris moi | ecrivez moi | en prive | mp moi | dm moi
    whatsapp | telegram | snap | code promo | investissement | investir | crypto | bitcoin | trading
    forex | rejoignez | rejoins | rejoins mon | offert | offerte | gratuit | gratuite | 100 gagnants
    paris sportifs | pronos | casino | rencontre | celibataires | followers | abonnes gratuits
    promo | reduction | profitez | offre limitee | concours | gagnant
    felicitations vous avez gagne | reclamer | cadeau | pret | credit | voyance | marabout
    retour affectif | medium | seo | backlinks | visitez
      vends | a vendre | a debattre | mon dernier son | mon son | sur toutes les plateformes | mes freestyles | abonnes pour | mp si interesse | abonnement pour abonnement | venez voir | viens voir | visiter mon site | coordonnees bancaires | mise a jour obligatoire | pas cher | pas cheres | expert en | recuperation de fonds | contactez le | gagner
    contactez moi | contactez nous | devis gratuit | meilleurs prix | prix imbattable | cette semaine seulement | telechargement gratuit | ajoute moi
    carte cadeau | vous avez ete selectionne | tu as ete selectionne | reclamez | dernieres places | sans risque | miracle
    travail a domicile | argent facile | revenu complementaire | sans investissement | inscris toi | inscrivez vous | lien ci dessous | clique sur le lien | cliquez sur le lien | offre speciale | promo exceptionnelle | voyante | envoutement | jeu concours | tu as gagne | vous avez gagne | iphone gratuit | booster ton compte | augmente tes abonnes | achete des abonnes | rencontres coquines | sexy
  `),
  offTopic: list(`
    election | elections | votez | gouvernement | president | ministre | gauchistes | gauchiste
    fachos | facho | immigres | immigration | migrants | vaccin | vaccins | religion | dieu
    complot | reveillez vous | nouvel ordre mondial | illuminati | politique | politiciens | guerre
    impots | retraites | manif | greve | islam | wokisme | woke | extreme droite | extreme gauche
      on nous ment | on nous cache | ils nous cachent | chemtrails | debat | candidat | ce pays | les politiques
    municipales | aux elections | nanoparticules | nous tracer | renseignez vous | personne n en parle | antennes 5g | partagez un max
    nous cachent | on nous cache tout | ils veulent nous
  `),
  creation: list(`
    j ai fait | j ai ecrit | j ai cree | j ai realise | j ai dessine | j ai redessine | j ai peint | j ai filme
    j ai monte | j ai compile | pas a pas | tuto | tutoriel | guide | illustration | ma video | avis complet
    mon avis detaille | fiche recap | avis honnete | retour d experience | ma propre version | ma reprise
    pour les debutants | pour ceux qui demandent
  `),
  warmth: list(`
    merci | depuis | ans | annees | change ma vie | ma famille | mes enfants | mon fils | ma fille
    ma femme | mon mari | mon pere | ma mere | ma mere | communaute | j ai fait | j ai cree
    j ai realise | tuto | tutoriel | guide | dessin | dessine | peint | tous les jours
    chaque matin | chaque jour | histoire | fier | fiere | coeur | fidele | cliente depuis
    client depuis | anniversaire | mariage | souvenirs | emu | emue | touche | touchee | adore
    grace a vous | grace a toi | recommande | ca compte | inspire | inspiree
      illustration | mon avis | avis complet | apres mois | j ai teste | premier match | ma premiere | video | bilan
  `),
  escalation: {
    legal: list(`
      avocat | porter plainte | plainte | tribunal | en justice | saisir la justice | devant la justice | rgpd
      donnees personnelles | qui menace | menaces de mort
      foutre le feu
      mes donnees | cnil | droit d auteur | droits d auteur | sans autorisation | sans mon accord
      sans mon consentement | sans me demander | droit a l image | sans floutage | mon accord
      diffamation | mise en demeure | ufc que choisir | ufc | vol de donnees | vol d identite | vol de mes | plagiat | copie de mon
      copier coller de mon | copie conforme de mon
      illegal | illegale | fraude | escroquerie | harcelement | discrimination | prud hommes
      huissier | juridique | action en justice | class action | dgccrf | police | gendarmerie
    `),
    pr: list(`
      journaliste | journalistes | presse | medias | media | tele | tele locale | buzz | bad buzz
      boycott | boycotter | scandale | honte | tous mes abonnes | mes abonnes | mes followers
      je vais en parler | partout | reseaux sociaux | viral | influenceuse | influenceur | tiktok
      denoncer | balancer | blesse | blessee | accident | hopital | dangereux | dangereuse
      securite | raciste | sexiste | 60 millions | envoye special | le parisien
      pris feu | prend feu | rappel produit | rappel des | youtubeur | youtubeuse | une video sur
      greve des abonnements | collectif | petition | signatures
      morceau de verre | bout de verre | failli l avaler | intoxication | cru a l interieur
    `),
    support: list(`
      commande | commandé | livraison | livre | colis | remboursement | rembourse | facture
      facturation | prelevement | preleve | debite | mon compte | votre compte | compte client
      compte bancaire | compte bloque | mon espace client | mot de passe | bloque | bloquee
      resilier | resiliation | abonnement | service client | sav | sans reponse | aucune reponse
      toujours pas recu | jamais recu | pas recu | recu | carte | virement | frais | agios | garantie
      echange | retour colis | retour produit | bon de retour | retourner | renvoyer | casse | abime | ticket | mail | mails | appel | telephone | hotline
      conseiller | forfait | reseau | panne | coupure | fibre | box | amende | caution
      refusee | refuse | dossier | numero de dossier | train supprime | trains supprimes
    `),
    product: list(`
      bug | bugs | beug | plante | crash | fonctionnalite | ajouter | ajoutez | ce serait bien
      ca serait bien | serait top | suggestion | proposition | idee | mise a jour | maj
      ne marche pas | ne fonctionne pas | marche plus | option | appli | application | version
      mode sombre | erreur | ecran | synchro | parametres | taille | tailles | pourriez vous
      pourquoi pas | il manque
      merci de corriger | corriger l article | corrigez | corriger | svp corrigez | reglez | regler ca | desactiver | remettez | ramenez
      sous titres | sous titre | lequel est juste | laquelle est juste | titre trompeur | trompeur
      l article dit | serveurs | lag | ne charge pas | charge pas | coquille
      rectifier | decalage | decale | ne s affiche | ne s affichent | s affiche plus | reuploader
      ecran blanc | mettre a jour | patch | le patch | hotfix | netcode
      reconnaissance vocale | echoue | echouent | moins bien depuis | moins bonne depuis | freeze
      le bug | ce bug | reproduit | reproduire | retour detaille | mes retours | beta
    `),
  },
};

export const LEXICONS: Record<Language, Lexicon> = { en: EN, fr: FR };
