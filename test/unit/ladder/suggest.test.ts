import { describe, expect, it } from 'vitest';
import { signalsOf } from '../../../lib/ladder/signals';
import { LISTS_ONLY, suggest, type RungSuggestion } from '../../../lib/ladder/suggest';
import { RepetitionCounter } from '../../../lib/ladder/text';

/** The word lists alone, without any model: what the lists themselves decide. */
const byLists = (text: string) => suggest({ text }, undefined, LISTS_ONLY);
type Read = (text: string) => RungSuggestion;
const expectDeletedBy = (read: Read) => (texts: readonly string[]) => {
  for (const text of texts) expect(read(text).rung, text).toBe('delete');
};
const expectKeptBy = (read: Read) => (texts: readonly string[]) => {
  for (const text of texts) expect(read(text).rung, text).not.toBe('delete');
};
/** Each of these comments is deleted by the word lists alone, and each of those is not. */
const expectDeletedByLists = expectDeletedBy(byLists);
const expectKeptByLists = expectKeptBy(byLists);
/** The same by the whole engine, its learned models included. */
const expectDeleted = expectDeletedBy((text) => suggest({ text }));
const expectKept = expectKeptBy((text) => suggest({ text }));
/** Each of these is a threat by the word lists alone: deleted, and sent to legal. */
const expectThreatsByLists = (texts: readonly string[]) => {
  for (const text of texts)
    expect(byLists(text), text).toMatchObject({ rung: 'delete', escalation: 'legal' });
};
const codes = (text: string, member?: 'new' | 'regular' | 'ambassador') =>
  suggest({ text, member }).reasons.map((reason) => reason.code);

describe('the suggested rung (DESIGN section 2)', () => {
  it.each([
    ['Check out my channel for free followers, link in bio!! www.promo-views.example.com', 'delete'],
    ['Earn $500 per day from home, DM me on WhatsApp +44 7700 900123', 'delete'],
    ['Gagnez 300€/semaine depuis chez vous, écrivez-moi en privé sur Telegram', 'delete'],
    ['You are a pathetic idiot, nobody wants your opinion', 'delete'],
    ["T'es vraiment qu'un connard, ferme ta gueule", 'delete'],
    ['ok', 'ignore'],
    ['first!!', 'ignore'],
    ['mdr', 'ignore'],
    ["who's here in 2026?", 'ignore'],
    ['qui est là après la remontada', 'ignore'],
    ['👀', 'ignore'],
    ['Love it, thanks!', 'like'],
    ['Trop belle cette couleur !!', 'like'],
    ['😍😍🔥', 'like'],
    ['Obsessed with this jacket, 5 stars', 'like'],
    ["Magique, meilleure soirée de l'année", 'like'],
    ['This is fucking awesome', 'like'],
    [
      'I tried the new grinder settings this week. Medium-fine works much better for my moka pot, and the taste is less bitter now.',
      'value',
    ],
    [
      'Est-ce que la recette marche aussi avec de la farine complète ? Je voudrais la faire pour mes enfants.',
      'value',
    ],
  ])('%s → %s', (text, rung) => {
    expect(suggest({ text }).rung).toBe(rung);
  });

  it('never deletes criticism of the brand, however angry: it is a complaint with a team to tell', () => {
    const angry = suggest({
      text: 'Your shitty app crashed again after the update and I lost a week of data. This is unacceptable, fix it.',
    });
    expect(angry.rung).not.toBe('delete');
    expect(angry.escalation).toBe('product');
    expect(angry.reasons.map((reason) => reason.code)).toContain('complaint');

    const refund = suggest({
      text: "Toujours pas reçu ma commande, ça fait 3 semaines, et le service client ne répond pas. C'est honteux.",
    });
    expect(refund).toMatchObject({ rung: 'value', escalation: 'support' });
  });

  it('sends threats, rights and press risks to the right team', () => {
    expect(suggest({ text: 'I know where you live. You will regret this.' })).toMatchObject({
      rung: 'delete',
      escalation: 'legal',
    });
    expect(
      suggest({
        text: 'You used my photo without permission. My lawyer will contact you about the copyright.',
      }).escalation,
    ).toBe('legal');
    expect(
      suggest({
        text: "J'ai envoyé les photos du vélo cassé aux journalistes, tout le monde va savoir, c'est un scandale.",
      }).escalation,
    ).toBe('pr');
  });

  it('hears a request for a team in the ways members ask', () => {
    const teamOf = (text: string) => suggest({ text }).escalation;
    expect(
      teamOf(
        "clip of your monologue is going viral, people say you mocked a veteran. y'all might want to post the full context",
      ),
    ).toBe('pr');
    expect(
      teamOf('Gift card code from my sister says already redeemed but I never used it. Who do I send it to?'),
    ).toBe('support');
    expect(teamOf('Bring back the old store brand chips, the new ones taste like cardboard.')).toBe(
      'product',
    );
    expect(teamOf("La VOD d'hier est mute de 1h12 à 1h40, vous pouvez la réuploader sans la musique ?")).toBe(
      'product',
    );
    // A subject in passing is not a request: praise that mentions a team's words stays with no team.
    expect(teamOf('This song went viral for a reason, it is perfect')).toBeNull();
    expect(teamOf('this girl Tasha stole my heart tonight, what a performance')).toBeNull();
    expect(teamOf('the left channel drops out between 5:10 and 5:40 and the subtitles are out of sync')).toBe(
      'product',
    );
    expect(teamOf('the left channel drops out between 5:10 and 5:40')).toBeNull();
    expect(
      teamOf(
        'Le simulateur ne prend pas en compte les chauffe-eau, il annonce une conso deux fois trop élevée',
      ),
    ).not.toBe('support');
  });

  it('reads words that only threaten in a hostile comment as threats there, and nowhere else', () => {
    expectKeptByLists([
      'see you outside the venue at 8',
      'we beat the league leaders last night!!',
      'can u pick up milk on ur way home',
      'new album coming real soon',
      'Tu vas voir, la recette est trop facile',
    ]);
    expectThreatsByLists([
      'see you outside after the game, you little bitch',
      'I know which car is yours in the lot. Watch yourself on the way home.',
      'on sait où tu te gares, dors bien 🔪',
      'I will find you after the show.',
    ]);
  });

  it('deletes hate in plain words: tropes, replacement, trans people denied, a ref followed home', () => {
    expectDeletedByLists([
      'new owner is a jew so ofc ticket prices went up, they always squeeze every penny',
      "They're not sending their best, they're sending rapists and gang members",
      "trans rappers aren't real women, that thing in the video is a man in a wig",
      'Haitians eat cats, everyone knows it',
      'ref #34 lives in Ridgeport, drives a grey pickup, works at the hardware store on Elm weekdays',
      '@kaydence_music drop ur address so I can pull up 👀 I’m always watching u',
    ]);
    expectKeptByLists([
      'my grandparents were immigrants and opened the first bakery on this street',
      'she lives in Lyon now and works at the bakery on the corner, we miss her',
      'Is the club owner a jew or a christian? asking because of the holiday fixtures',
    ]);
  });

  it('deletes French coded hate and its calls to violence, and leaves their ordinary words alone', () => {
    expectDeletedByLists([
      'Quand on regarde qui possède les grands journaux et les banques... on sait tous qui est derrière 😉',
      'On devrait faire comme en 40 avec ces gens-là, et basta.',
      'Les musulmans ne seront jamais français, ils ont une autre loyauté.',
      'Le maire qui a signé ça, on connaît son adresse. Il va pas dormir tranquille longtemps.',
      'Une femme qui explique la physique, j’ai arrêté à 30 secondes 🤣 retourne en cuisine',
      'Cliquez sur mon nom pour voir la vidéo que les médias vous cachent 👀👀',
    ]);
    expectKeptByLists([
      'Il faudrait des wagons en plus sur la ligne 4 le matin, on est serrés comme des sardines',
      'Une femme qui explique la physique avec autant de clarté, chapeau !',
      "J'ai cherché sur google et je trouve pas la date du prochain épisode",
    ]);
  });

  it('deletes polite self-promotion, a lost phone that needs money, and a door to knock on', () => {
    expectDeletedByLists([
      "yo i know y'all gonna scroll past but if one person listens to my track that's a W for me. link on my page 🙏",
      'Please support a small cover artist 🥺 I sang it in Spanish and English!! Only 200 views so far',
      "Nobody will read this but if you do, I'm a 17 year old rapper with a dream. I won't put a link, just click my name.",
      'Lol this comment section is dead, come to my livestream instead we are reacting to 2012 hits 🔴',
      'Mum its me lost my phone at the festival, using my mates. I need £180 for the train, will pay u back xx',
      "Hi it's me, I've got a new number. My phone's gone in for repair. I need a quick favour, don't ring x",
      "Mio's apartment is in Mapo, building 3, unit 1104. Go leave him presents at the door 🎁",
    ]);
    expectThreatsByLists([
      'I will find the bot owner who took my pair and smash his skull in. screenshot this',
      "I'll burn down the Eastgate depot if they cancel the 40 one more time",
      'Les gars si le 9 de Rodez se pointe a la buvette samedi on lui pete la gueule a 5',
    ]);
    expectDeletedByLists([
      'hiring women to drive buses was the worst idea ever. stay home and let men do it',
      "le seul bon gauchiste c'est un gauchiste mort",
      'Belouve Pay - Un paiement de 749,99€ a ete initie. Si ce n est pas vous, appelez le 01 89 47 22 10',
      'n.t.m Nadia 🖕',
    ]);
    // Friends in a rugby club's group: rough words, a laugh and love.
    expect(
      byLists(
        "Bande d'encules vous m'avez encore laisse ranger les boucliers tout seul 😂 je vous aime quand meme",
      ).rung,
    ).not.toBe('delete');
    expect(
      byLists("Tell that ref we've got his reg. he wont be reffing again when we're done with him"),
    ).toMatchObject({
      rung: 'delete',
      escalation: 'legal',
    });
    expectKeptByLists([
      'lost my phone lol, send me the address again?',
      'Our flat 4 door is stuck again, can maintenance come by?',
      'I just started a new job so I can only come on Saturdays',
      'just search the wiki for the lyrics, they are all there',
      'Posted the fixtures for Saturday on our channel, check before you drive over',
    ]);
  });

  it('deletes link bait, chain letters, a "new number" money ask, and violence wished or a home address posted', () => {
    expectDeletedByLists([
      'Juno leaked private photos here: junoleaks.click',
      '$$$ WIN AN E-BIKE $$$ just answer 3 qs at quiz-prizes.top/ebike',
      '1 like = 1 prayer for her 🙏 ignore = you don’t care',
      "Hi mum it's me, this is my new number. can u send £340 for rent today",
      'Call our refund desk at +1-888-555-0173 with your card number and CVV',
      'the guy who ran the red light should be dragged out and shot',
      'someone should wait for her in the parking garage. just saying',
      'Jessy elle habite au 14 rue des Tanneurs, allez lui dire ce que vous pensez',
    ]);
    expectKeptByLists([
      'The splash pad opens Saturday 10am. Free, all ages http://t.co/Spl4shP',
      'I live at 12 rue des Lilas, the garage sale starts at 9, come by!',
      '@TunewellHelp your rewind shared my history publicly on my profile. how do I turn it off?',
      'Never call anyone with your card number, support will not ask for it',
    ]);
  });

  it('tells a word of abuse from its ordinary sense, and a stereotype stated of a group from a mention of it', () => {
    expectKeptByLists([
      'My tranny is slipping between 2nd and 3rd, worth a rebuild?',
      "Size: under 2 cm. Don't let that fool you into keeping three in a nano",
      "On a fermé la centrale il y a dix ans et la facture a doublé, ce n'est pas une politique.",
      'Wheelchair users need the ramp at the north entrance fixed, it has been broken for weeks',
    ]);
    expectDeletedByLists([
      'another store overrun by foreigners, smells like a third world market in there',
      'Les gens du voyage c’est des nuisibles, comme les cafards',
      'Refuse my return again and I’m coming back to Eastgate with a bat',
      'Want your repo on trending? 1,000 real stars for $49!',
      'FYI User:Quell is actually Dennis H., works in the council planning office, phone 07700 900412',
    ]);
  });

  it('needs a person for "kill", a request for "collab", and a burst of emojis for a like', () => {
    expect(byLists("I'm gonna kill this solo on saturday 🎤").rung).not.toBe('delete');
    expect(byLists("I'm gonna kill you if you touch my car").rung).toBe('delete');
    expect(byLists('you NEED to collab with Tessa, your energies would be unreal').rung).not.toBe('delete');
    expect(byLists('Nice post! DM to collab 🔥').rung).toBe('delete');
    expect(byLists("Call now they said, we'll fit you in today. Can't complain").rung).not.toBe('delete');
    expect(suggest({ text: '❤️' }).rung).toBe('ignore');
    expect(suggest({ text: '👍👍' }).rung).toBe('ignore');
    expect(suggest({ text: '😍😍🔥' }).rung).toBe('like');
  });

  it('reads friends teasing as banter, never a slur nor a threat as one', () => {
    expect(
      suggest({ text: '@bigkev lmao kev you a whole clown for calling in 💀 love you bro' }).rung,
    ).not.toBe('delete');
    expect(suggest({ text: 'lmao you are a worthless clown, nobody wants you here' }).rung).toBe('delete');
    // Tears of joy or hearts, with a word of affection, are fondness too.
    expect(suggest({ text: 'this b*tch Tasha stole my heart tonight 😭😭 ily girl' }).rung).not.toBe(
      'delete',
    );
    expect(suggest({ text: 'you are a worthless clown 😭😭 nobody wants you here' }).rung).toBe('delete');
    expect(suggest({ text: 'love you bro but I will kill you if you touch my car lol' }).rung).toBe('delete');
    expect(signalsOf('Ce soir en voyant la tribune chanter, j’ai pensé à lui').scams).toEqual([]);
  });

  it('reads French threats, harassment campaigns and hate in emoji', () => {
    expect(byLists('si je te trouve je te plante avec ton propre couteau')).toMatchObject({
      rung: 'delete',
      escalation: 'legal',
    });
    expect(byLists('Signalez toutes ses VOD pour propos haineux, même si c’est faux').rung).toBe('delete');
    expect(byLists('le modo c’est un noir c’est pour ça qu’il ban au hasard 🐒').rung).toBe('delete');
    expect(byLists('le vrai nom de KevNox c’est Kévin D., il bosse à l’entrepôt de Saint-Orens').rung).toBe(
      'delete',
    );
    expect(byLists('Le car de 8 h est plein de singes en peluche 🐒 pour la fête des écoles').rung).not.toBe(
      'delete',
    );
  });

  it('keeps a member’s own sale and British cigarettes, and still deletes a sale that is a scam', () => {
    expectKept([
      'FOR SALE: set of 4 winter tyres on steel wheels, about 6mm tread. £100 the lot, collection from Fernside. Nigel 07700 900156',
      'Pine dining table and 4 chairs £40. Cash only, no offers, first to turn up with cash has it.',
      'Simple, fixable at the roadside with a fag paper and a screwdriver',
      'Charity Christmas fair on Saturday 10am-2pm at the church hall. Free entry, all welcome.',
    ]);
    expect(
      suggest({
        text: 'Puppies for sale, deposit by cash app only, collection after payment, DM me on WhatsApp',
      }).rung,
    ).toBe('delete');
  });

  it('hears someone else selling what is yours as a report for legal, not as promotion', () => {
    expect(byLists('they keep selling my designs on tshirts without asking me')).toMatchObject({
      rung: 'value',
      escalation: 'legal',
    });
    expect(byLists('Someone is selling my artwork as prints on your marketplace').reasons).not.toContainEqual(
      expect.objectContaining({ code: 'promotion' }),
    );
    expect(byLists('selling my old bike, dm if interested').rung).toBe('delete');
  });

  it('reads a spelled-out email as contact, the antisemitic echo as hate, and cash between friends as cash', () => {
    expect(signalsOf('write me on my email anastasia.sweet1999 at mailbox dot com 😘').contact).toBe(true);
    expect(
      byLists('wonder who really owns the studio 🤔 (((the usual suspects))) always behind the greed').rung,
    ).toBe('delete');
    expect(
      byLists('Kit list: sleeping bag, 2 warm layers, headtorch, £10 cash for the hut kitty').rung,
    ).not.toBe('delete');
    expect(byLists('WINNER!! Claim your £900 cash prize, call 09061701461 now').rung).toBe('delete');
    expect(byLists("Tilly's laugh at 32:10 is going to be my ringtone").rung).not.toBe('delete');
  });

  it('reads premium-rate "support", WhatsApp advisers, tester giveaways, picked winners and chain letters as spam', () => {
    expectDeletedByLists([
      'Pour tout remboursement notre service relation client est joignable au 0899 23 45 67 (2,99€/min).',
      'Un souci avec votre banque ? conseiller dispo 7j/7 sur WhatsApp +33 7 56 12 48 90 ✅',
      'Grande opération : 50 aspirateurs à tester gratuitement ! Inscription 👉 aspi-testeurs.club',
      'Si tu lis ça tu dois le copier dans 10 sujets sinon ta box tombera en panne dans 7 jours 😱',
      'Nous sommes navrés, merci de vérifier votre identité ici : bit.ly/verif-client',
    ]);
    expectKeptByLists([
      'Le SAV officiel c’est le 09 69 32 10 10 (non surtaxé), c’est écrit sur le bon de garantie.',
      'Je vais copier ça dans 2 minutes, le temps de rentrer',
    ]);
    expectThreatsByLists(["j'ai l'adresse du directeur et je connais des gens qui savent faire peur 😉"]);
    expectDeletedByLists([
      "🎉 CONGRATS @ellie! You've been picked for 2 free round-trip tickets! Claim before midnight 👉 fly-30.example",
      '🤖 AI trading bot made me $12k this week while I slept. Not financial advice 👉 bio',
      "I never pay for meal kits, here's a full guide on my blog 👉 kitflip.com/guide",
    ]);
    expectThreatsByLists([
      "@jo i know you work the 6am Denver run, i'll be waiting at the crew lot. you should've been nicer",
    ]);
  });

  it('reads a masked slur as the slur, not as a harmless word of the same shape, and hate stated as fact', () => {
    expect(signalsOf('one of those n*****s from the estate').slurs).toEqual(['niggers']);
    expectDeletedByLists([
      'This article was written by Arabs, for Arabs. Camel jockeys can’t be neutral about anything.',
      'Muslims will out-breed us in 20 years, it’s simple maths.',
      'Tamsford’s full of Albanians now. Drug dealers, the lot.',
      'The woman who got mugged shouldn’t have been out dressed like that at 2am.',
      'Is there a dumber person on this site than you? Genuinely asking.',
    ]);
    expectKeptByLists([
      'Poles are great builders, my neighbour did our roof',
      'The Travellers Rest pub is open again',
    ]);
    expectThreatsByLists([
      'Her car is the red Fiesta outside the office on Mill Street. Be a shame if something happened to it. Or her.',
      'People like you end up finding out what happens when you push the wrong people too far.',
    ]);
  });

  it('hears an insult reported ("traité de…", "called me a…") as a report, and French banter as banter', () => {
    expectKeptByLists([
      'Signalé. @gamer_du_59 a encore traité quelqu’un de tarlouze dans le topic des séries, les modos ?',
      'on peut débattre sans traiter l’autre d’idiot',
      'he called me a retard in voice chat, reported',
      'La droite comme la gauche nous prennent pour des cons, je voterai blanc',
      'Kevo t’es vraiment un gros bouffon mdrrr j’en peux plus de toi 😂❤️',
      'le grand remplacement est une théorie complotiste démontée par les démographes',
    ]);
    expectDeletedByLists([
      'you are an idiot',
      'encore des noirs partout dans ce jeu, c’est le grand remplacement',
      'la fille du topic rupture bosse à la boulangerie en face du lycée, allez lui dire ce que vous en pensez',
      'Salut ! Je fais aussi des vidéos sur les jeux de survie, si ça vous dit de passer voir ma chaîne 🙏',
    ]);
  });

  it('keeps a baker’s retard and a member’s used kit, and reads French stadium threats and raids', () => {
    expectKeptByLists([
      'Tried the overnight fridge retard and the flavour is so much better. 14 hours at 4°C.',
      'How long can you retard the dough before it overproofs?',
      'Selling: size M club jersey and bibs, worn twice, £40 for both. DM me.',
      'FOR SALE: bike computer with heart-rate strap, all working, box included. £65. Text Marnie after 6pm.',
    ]);
    expectDeletedByLists([
      'what a retard, learn to bake',
      'RT @x: Compte de la chroniqueuse @InesB ⬇️ on y va tous, on la fait craquer avant dimanche',
      'Regardez les noms de famille des producteurs et vous comprendrez pourquoi on parle jamais de certains sujets',
      '📺 Match en direct ici ⬇️ aucun abonnement, qualité HD, fonctionne sur mobile : regarder-foot-free.site',
    ]);
    expectThreatsByLists([
      'Castagnède on connaît ta voiture, la prochaine fois que tu viens tu repars sur une civière',
      'Si ma ligne n’est pas rétablie demain je viens à votre siège avec de quoi tout faire sauter 💣',
    ]);
  });

  it('reads pile-ons, transphobic “clocked” and dating bots in a creator’s comments, not a fan’s words', () => {
    expectDeletedByLists([
      'clocked. that’s a man under all that foundation 🤣',
      'i found her old school account, she was so ugly lmao i’m posting it everywhere, everyone screenshot',
      'girls in chat should be in the kitchen not in ranked, get out',
      'Hi i’m Sara, 24, lonely tonight 🥺 looking for a real man, find me on meetlove dot club',
      'i’m a small streamer too 🥺 would love if anyone here dropped by sometime, same game, chill vibes',
    ]);
    expectKeptByLists([
      'ask me how I know 😅 three broken tripods later',
      'find me on the left side of the stage tonight!',
      'her address is on the invoice, can support fix it?',
    ]);
  });

  it('reads Québec, Belgian and West African hate, threats and money scams, and keeps neighbours’ giveaways', () => {
    expectDeletedByLists([
      'Les Peuls c’est une race de traîtres, ne faites jamais confiance à un Peul.',
      'Les deux gars du 2e qui se tiennent par la main, des maudits fifs',
      'Besoin d’envoyer de l’argent au pays sans frais? Mon agent double ton montant en 24h. Inbox moi vite.',
    ]);
    expectKeptByLists([
      'Je donne une poussette en bon état, pliante. Écrivez-moi en privé pour venir la chercher.',
      'À vendre: pneus d’hiver sur jantes, 280 $ pour les quatre. Texto au 514-555-0187, ramassage coin Beaubien.',
      'Les enfants haïtiens de l’école ont joué dehors tout l’après-midi, super fête',
    ]);
    expectThreatsByLists([
      'Le prochain qui laisse son chien chier devant ma porte, je lui casse les deux jambes.',
    ]);
  });

  it('keeps everyday phrases that resemble the new word lists', () => {
    expectKeptByLists([
      'allez le voir en concert samedi, il est génial',
      'mon chat dort sous le bureau',
      '0 pub dans cette vidéo, merci le sponsor',
      'my son has been picked for the county team!',
      'my cat knocked over my plant while i slept',
      'fais attention en rentrant, il verglace',
      'il est reparti sur une civière, bon rétablissement',
      'the bread should be in the kitchen by 6',
      'you fell off your bike? hope you are ok',
      'j’ai perdu une petite chaîne en or au marché, merci de partager',
      'Chat trouvé rue du Moulin, tigré, très gentil. Il est chez moi au chaud. Appelez le 07 81 20 55 14.',
      'Selling a 2012 Honda Civic, 118k miles, new tires, $5,800 OBO. Call or text 555-0177 after 5.',
    ]);
  });

  it('tells the press to PR whatever the tone, and a request to product rather than support', () => {
    expect(
      byLists(
        'un journaliste de La Gazette m’a contacté pour parler des suppressions de trains, préparez-vous',
      ).escalation,
    ).toBe('pr');
    expect(byLists('a reporter from the local paper messaged me about this thread').escalation).toBe('pr');
    expect(
      byLists('Going to the Channel 6 consumer desk with this. 8 weeks, 11 calls, 0 fixes.').escalation,
    ).toBe('pr');
    expect(
      byLists('you posted my full name and booking reference in your public reply. Please delete it')
        .escalation,
    ).toBe('legal');
    expect(
      byLists('Ce serait top de pouvoir enregistrer deux programmes en même temps sur la box').escalation,
    ).toBe('product');
    expect(byLists('Ma box redémarre toute seule depuis hier soir, c’est normal ?').escalation).toBe(
      'support',
    );
  });

  it('reads French frauds and a neighbour’s own sale', () => {
    expect(
      byLists('Vends tondeuse thermique, lame aiguisée cet hiver. 90€. Rue du Lavoir. 06 59 04 71 28').rung,
    ).not.toBe('delete');
    expect(
      byLists('Bonjour, le prix a augmenté de 3€ par mois sans courrier, est-ce normal ?').rung,
    ).not.toBe('delete');
    expect(
      byLists('Le prochain qui touche à mon vélo dans le local, je le plante, c’est clair ?'),
    ).toMatchObject({
      rung: 'delete',
      escalation: 'legal',
    });
    expect(
      byLists('Livraison : un colis n’a pas pu être remis. Répondez OUI pour reprogrammer (SMS facturé 2€)')
        .rung,
    ).toBe('delete');
  });

  it('reads the HTML entities that exported comments keep', () => {
    expect(suggest({ text: '&#128525;&#128525;&#128525;' }).rung).toBe('like');
    expect(signalsOf('RT @kev: you&#39;re a dumb &amp; ugly clown').insults).toContain('dumb');
  });

  it('reads sarcasm as a complaint, not as praise', () => {
    const sarcastic = suggest({ text: 'Great, another update that breaks everything. Thanks a lot 🙄' });
    expect(sarcastic.rung).toBe('value');
    expect(sarcastic.reasons.map((reason) => reason.code)).toContain('complaint');
  });

  it('suggests personalize for exceptional engagement: something made for the community, or a warm regular', () => {
    expect(
      suggest({
        text: 'I wrote up a full guide to dialling in the new grinder: the settings I use for espresso, filter and cold brew, with photos of each grind and what went wrong the first times. Hope it helps the newcomers!',
      }).rung,
    ).toBe('personalize');
    const regular =
      'Three years with my Brewly now and it still makes my morning. Thank you for the care you put in it.';
    expect(suggest({ text: regular, member: 'regular' }).rung).toBe('personalize');
    expect(suggest({ text: regular }).rung).toBe('value');
    expect(codes(regular, 'regular')).toContain('regular');
  });

  it('answers a warm story personally, without troubling the team whose subject it names', () => {
    const story =
      'I am 71 and my old bike was broken, so I ordered my first e-bike in March, terrified of the hills. Your helpline stayed on the phone with me for an hour and walked me through the settings twice. I have now ridden 3,000 km to see my grandchildren. Thank you, truly, from the bottom of my heart.';
    // Thanks that name the helpline in passing ask nothing of a team.
    expect(suggest({ text: story })).toMatchObject({ rung: 'personalize', escalation: null });
    // A member warning others of a scam tells the community, not support.
    expect(
      suggest({
        text: 'Heads up: I got a PM saying my account was flagged and to verify my password at spokehouse-login.net. Real mods never ask for passwords, it is a scam. Don’t click it.',
      }).escalation,
    ).toBeNull();
  });

  it('answers a lengthy review, guide or grievance personally, and still routes a grievance to its team', () => {
    const guide =
      'Away travel guide for Saturday: the 10:42 train from Northgate gets in at 11:58, then it is a fifteen-minute walk to the ground along the canal. The away end is the north stand, turnstiles 20 to 24, and they open at 1:30. Bags bigger than A4 are refused at the gate, so leave them at the station lockers. The Anchor pub by the bridge lets away fans in with colours, the others near the ground do not.';
    expect(suggest({ text: guide })).toMatchObject({ rung: 'personalize', escalation: null });
    const grievance =
      'I have tried for months to make this point politely and I am out of politeness. The app crashes every time I open the settings since the last update, my notes from March are gone, and the answer in every thread is to reinstall, which deletes what is left. I have paid for the premium plan for four years, I have filed three bug reports with logs, and nobody has ever replied. Please fix this.';
    expect(suggest({ text: grievance })).toMatchObject({ rung: 'personalize', escalation: 'product' });
  });

  it("leaves the team's own posts alone: nothing to answer, however long", () => {
    const announcement =
      'Hi everyone! Firmware 4.2 is rolling out through the app today: a smoother assist curve from a standstill, a more accurate range estimate using your last 50 km, walk assist up to 6 km/h, and the rear light now blinks when you brake hard. Update from the app, keep the bike charged above 30 %, and tell us here how it rides. Thanks for all your reports, they shaped this release.';
    expect(suggest({ text: announcement }).rung).toBe('personalize');
    expect(suggest({ text: announcement, staff: true })).toMatchObject({
      rung: 'ignore',
      escalation: null,
      reasons: [{ code: 'staff' }],
    });
  });

  it('welcomes a first-time member', () => {
    expect(codes('Hello everyone, glad to be here!', 'new')).toContain('new-member');
  });

  it('applies a language’s word lists to that language only', () => {
    // "con" is a French insult and an English word: in English it is nothing.
    expect(
      suggest({ text: 'The con of this model is the noise, otherwise I am happy with it.' }).rung,
    ).not.toBe('delete');
    expect(signalsOf('The con of this model is the noise').insults).toEqual([]);
    expect(signalsOf("t'es un gros con").insults).toContain('con');
    expect(signalsOf('the best coffee I have had').language).toBe('en');
    expect(signalsOf("c'est le meilleur café que j'ai bu").language).toBe('fr');
  });

  it('recognises the same text posted again and again, whatever its links and numbers', () => {
    const seen = new RepetitionCounter();
    const spam = (n: number) =>
      `The notes from our meetup are at https://x${n}.example/ page ${n}, see you next month`;
    // The repetition rule alone: the trained model's view of one posting is measured by npm run eval.
    const withoutModel = (text: string) => suggest({ text }, seen, LISTS_ONLY);
    expect(withoutModel(spam(1)).rung).not.toBe('delete');
    const second = withoutModel(spam(2));
    expect(second.rung).toBe('delete');
    expect(second.reasons).toContainEqual({ code: 'repeated', evidence: '2' });
    // Short texts repeat all the time ("ok", "+1") and are not spam for it.
    expect(seen.count('ok')).toBe(1);
    expect(seen.count('ok')).toBe(1);
  });

  it('reads words hidden behind asterisks as the insult they can only be', () => {
    expect(signalsOf('all these f*ggots ruining the game').slurs).toContain('faggots');
    expect(suggest({ text: 'the girl at the till is a stuck up c*nt' }).rung).toBe('delete');
    // Symbols inside a word stand for its letters.
    expect(signalsOf('look at that tr@nny').slurs).toContain('tranny');
    // Asterisks that hide nothing listed stay what they are, as do addresses and prices.
    expect(suggest({ text: 'the new b*tter recipe is great, thanks!' }).rung).toBe('like');
    expect(signalsOf('mail me at sam@home and it costs 5$').slurs).toEqual([]);
  });

  it('deletes insults that name a person, but not the writer speaking of themselves', () => {
    expect(suggest({ text: 'what a moron, seriously' })).toMatchObject({ rung: 'delete' });
    expect(codes('what a moron, seriously')).toEqual(['insult', 'abuse']);
    expect(suggest({ text: "I'm such an idiot, I forgot to plug it in. Works now!" }).rung).not.toBe(
      'delete',
    );
    expect(suggest({ text: 'The setup is idiot proof, even I managed it.' }).rung).not.toBe('delete');
    expect(suggest({ text: "she's so ugly no wonder she travels alone lol" }).rung).toBe('delete');
    expect(suggest({ text: 'Faut vraiment être débile pour croire ça' }).rung).toBe('delete');
  });

  it('deletes hate against a group and harassment, with their own reasons', () => {
    expect(codes('people from that country are animals, every single one of them')).toContain('hate');
    expect(codes('hope your plane crashes')).toContain('harassment');
    expect(codes("Nora t'es trop bonne, envoie des photos en privé 😏")).toContain('harassment');
    // The same words about no one are ordinary.
    expect(suggest({ text: 'My dogs are animals when the postman comes, any training tips?' }).rung).not.toBe(
      'delete',
    );
  });

  it('keeps ordinary comments that share words with threats, harassment and hate', () => {
    expectKept([
      "Hope your phone doesn't die on the trip, the charger is in the side pocket",
      'You put a smile on my face, thank you!',
      'Je vais trouver le temps de tester ça ce week-end',
      "I'm gonna end up buying your new model, it looks great",
      'Immigrants can go back to the office on Monday for help with their papers',
      'People from the shelter walk the dogs every Sunday, come along',
      'Eid Mubarak to all the Muslims in our club, enjoy the celebrations this week!',
      'Les migrants arrivés cet été ont rejoint l’équipe des U15, bienvenue à eux',
    ]);
    expect(suggest({ text: "i'll burn ur shop down if my line isnt back" }).rung).toBe('delete');
    expect(suggest({ text: 'hope your plane crashes' }).rung).toBe('delete');
  });

  it('deletes phishing and follow-for-follow on one sign, and keeps a customer’s own account problem', () => {
    expect(
      suggest({
        text: 'URGENT: Your Corvid Mobile account has been flagged. Reply by DM with your PIN to avoid disconnection.',
      }).rung,
    ).toBe('delete');
    expect(codes('sub4sub?? i sub back 100% just comment done')).toContain('scam');
    expect(
      suggest({
        text: 'My account has been blocked since yesterday and nobody answers, can someone from support help?',
      }),
    ).toMatchObject({ rung: 'value', escalation: 'support' });
  });

  it('deletes a request for card details or a password, unless the writer says never to give them', () => {
    const fakeSupport =
      'Hi, this is Emberline support 🙂 We noticed an issue with your last order. Please DM us your card number and CVV so we can process your refund.';
    expect(suggest({ text: fakeSupport })).toMatchObject({ rung: 'delete', escalation: null });
    expect(codes(fakeSupport)).toContain('scam');
    expect(codes('Envoyez-nous le code reçu par SMS pour débloquer votre remboursement')).toContain('scam');
    // A support line with round-the-clock claims, posted in the comments, is the fraud itself.
    expect(
      codes('Mossgate customer service phone number is 1-888-555-0199 (24/7 toll free), call them!'),
    ).toContain('scam');
    expect(
      codes('Contactez notre hotline officielle au 09 70 81 55 02, un conseiller vous répond 7j/7'),
    ).toContain('scam');
    expectKept([
      'Is the support line still 0800 046 3391? It just rings out',
      'Call the support line on 0800 123 456, they sorted my refund in ten minutes',
      "Real mods never ask for your password, don't send it to anyone",
      'Ne communiquez jamais vos identifiants, même à quelqu’un qui dit être du support',
      'Is this legit? They asked me to send my card number to get the refund',
    ]);
  });

  it('keeps a member warning others of a scam or reporting abuse they quote', () => {
    expectKept([
      'Attention, je viens de recevoir un SMS « Votre colis est en attente, frais de 1,99€ » avec un lien bizarre. C’est une arnaque, ne cliquez surtout pas.',
      "Warning to everyone: accounts named 'Tidepool Giveaway' are replying saying you won a mixer and to message them on telegram. That's a scam, report them.",
      'ALERTE : un faux compte organise un concours et demande vos coordonnées bancaires pour des frais de port. Ce n’est pas la vraie page.',
      'Quelqu’un a écrit « ta mère la p*te » sous la dernière vidéo, j’ai signalé, faites pareil svp.',
    ]);
    // A scammer who names scams still leaves someone to contact.
    expect(
      suggest({
        text: 'Beware of fake accounts, it’s a scam! Only recovery expert @fundsback_pro got my 40k back, message him',
      }).rung,
    ).toBe('delete');
    // An insult with a few quoted words around it is the writer's own.
    expect(suggest({ text: 'you are a "fucking idiot"' }).rung).toBe('delete');
  });

  it('reads a threat in everyday words, but not a player promising a boss its end', () => {
    expect(suggest({ text: 'Si je te croise au salon je te casse les dents, sale traître.' })).toMatchObject({
      rung: 'delete',
      escalation: 'legal',
    });
    expect(suggest({ text: "i'll slit your throat if you delete my comment again" })).toMatchObject({
      rung: 'delete',
      escalation: 'legal',
    });
    // In words no list holds, the threat model still sends it to legal, and says why.
    const veiled = suggest({ text: 'I know which bus you take home. See you soon 🙂' });
    expect(veiled).toMatchObject({ rung: 'delete', escalation: 'legal' });
    expect(veiled.reasons.map((reason) => reason.code)).toContain('resembles-threat');
    expectKept([
      'Ce boss m’a tué 47 fois, ce soir je vais le défoncer 💪',
      'gonna kill this boss tonight, wish me luck',
    ]);
  });

  it('reads links spaced out to escape filters, and text-message spam with its opt-out', () => {
    expect(signalsOf('deals 👉 simdealz4u .net 👈').links).toBe(1);
    expect(signalsOf('Ecoutez-le ici: h t t p://messagerie-vir3o .info/a7').links).toBeGreaterThan(0);
    expect(signalsOf('The price went up 3.5 percent.').links).toBe(0);
    expect(codes('Bored? Meet local girls 2nite. Reply YES to 87121. £3/wk. STOP to end')).toContain('scam');
  });

  it('reads letters in squares and circles, and links with [dot]', () => {
    expect(signalsOf('🅲🅻🅰🅸🅼 🆈🅾🆄🆁 🅶🅸🅵🆃 👉 giftclaim [dot] site')).toMatchObject({ links: 1 });
    expect(suggest({ text: '🅲🅻🅰🅸🅼 🆈🅾🆄🆁 🅶🅸🅵🆃 🅲🅰🆁🅳 👉 giftclaim [dot] site' }).rung).toBe('delete');
  });

  it('keeps a warning never to hand over card details, and a customer updating their own', () => {
    expectKept([
      'Never submit your card details on a site someone DMs you',
      'Please update your card details in the app, mine expired and the renewal failed',
    ]);
    expect(codes('Your payment failed. Submit your card details within 24h at members-update.co')).toContain(
      'scam',
    );
  });

  it('sends corrections and fix requests to product', () => {
    for (const text of [
      'The article says the bypass will cost £14m but the minutes say £21m. Which is it? Please correct it.',
      'ur app keeps freezing when i open Bills on android, tried reinstalling, pls fix',
      "L'article dit 400 logements mais le conseil en a voté 40, corrigez svp, c'est trompeur.",
    ])
      expect(suggest({ text }).escalation, text).toBe('product');
  });

  it('answers a question that only opens like a roll call', () => {
    expect(suggest({ text: "who's here to help me with the firmware? it resets every morning" }).rung).toBe(
      'value',
    );
  });

  it('never deletes a few words on the model’s resemblance alone', () => {
    expectKept(['hi', 'dm’d', 'mp envoyé', 'le roi est de retour 👑']);
  });

  it('tells a crowd insulted from a crowd praised, in French', () => {
    expectDeleted([
      'vous etes tous des attardés sur ce forum',
      'les supporters du club c tous des consanguins dégénérés',
      'les juifs qui possèdent le club vont le couler',
    ]);
    expect(suggest({ text: 'frissons à chaque fois, en boucle depuis ce matin' }).rung).toBe('like');
  });

  it('tells keyword stuffing from a long text that comes back to its subject', () => {
    expect(
      suggest({
        text: 'woodworking plans 16000 plans woodworking projects diy woodworking plans pdf download woodworking plans free shed plans',
      }).rung,
    ).toBe('delete');
    const guide =
      'I put together a guide to the bathroom series: for every bathroom episode the tools, the drying times and the budget, plus the mistakes I made in my own bathroom. Thanks for the series, it gave me the courage to redo our bathroom!';
    expect(suggest({ text: guide }).rung).not.toBe('delete');
  });

  it('reads addresses, phone numbers and threats that others are pointed to', () => {
    expectDeletedByLists([
      'The guy who keyed my van lives at 4 Orchard Close, go and have a word',
      'Mod_Kay is Jo Brenner, works at the leisure centre, her phone is 07700 900456, tell her what you think',
      '#sunset #photo #follow4follow #f4f #likeforlike',
    ]);
    expectKeptByLists([
      'my gran lives 3 doors down the road from the school',
      'she lives 10 minutes from Park Road, so she can give you a lift',
    ]);
    expectThreatsByLists([
      'I know you live on Elm Rd. Revert my edit again and I will come round with a petrol can',
      'Le streameur habite 12 rue des Lilas, on y va ce soir et il va saigner',
      'Continue comme ça et ta fille aura plus de maman',
    ]);
  });

  it('reads hate and harassment without a dictionary word', () => {
    expectDeletedByLists([
      'this update is so gay lol',
      'the real story is the jewish bankers behind the stadium deal',
      'the corner shop went downhill once the p@kis took it over',
      'un jour on remettra les juifs dans les fours',
      't as le niveau d une poubelle en ranked',
      '@Zoe_live montre tes pieds en stream stp',
    ]);
    expectKeptByLists([
      'He is gay and his husband runs the bakery',
      'this is gay history month, read the thread',
    ]);
  });

  it('keeps members asking about a scam, and app talk that names a chat app', () => {
    expectKept([
      'Who is this guy that keeps messaging me about crypto investments, anyone else get it?',
      'that giveaway reply looks dodgy, the link is not your site',
      'delete the whatsapp videos in settings, nan, and call me if it still says storage full',
      'can you block the account asking for my pics? third one this week',
    ]);
  });

  it('sends press, solicitors, consent and double charges to their teams', () => {
    expect(byLists('Found a plaster in my soup. Going to the local paper if nobody answers').escalation).toBe(
      'pr',
    );
    expect(byLists('Your van hit my car, I have passed it to my solicitor').escalation).toBe('legal');
    expect(byLists('That photo shows my kids, I did not consent to it being used').escalation).toBe('legal');
    expect(byLists('the card reader keeps charging me twice, every single morning').escalation).toBe(
      'support',
    );
    expect(byLists('le dernier patch a cassé le netcode, corrigez svp').escalation).toBe('product');
  });

  it('reads the pitches of professional networks, and keeps colleagues and repositories', () => {
    expectDeletedByLists([
      "Want to scale your agency? I'm opening 2 spots in my mastermind. Comment 'SCALE' 👇",
      'Hey lovely! Looking for motivated mamas to join my team, we are expanding into your area',
      'Loved this! I trade with Mr Okafor on Telegram, my 500 turned into 4,000 in a week',
      'New here and looking for good friends. I like your smile in your picture, can we chat privately?',
      'Stop debugging by hand, install the app now: https://fixbot.example/install?ref=widgets',
      'Bonjour, nous avons un poste correspondant à votre profil, inscrivez-vous sur https://jobs.example.fr',
      "J'offre 3 séances découverte de coaching holistique ce mois-ci",
    ]);
    expectKeptByLists([
      'I will comment later when the build is green',
      'Pinned the fix in https://github.com/acme/widgets/blob/main/x.py?ref=main, see line 40',
      'Free webinar on Thursday with our finance team, I am one of the speakers',
      'Congrats on the launch! Is the Slack integration on the Starter plan?',
    ]);
  });

  it('reads coded hate, harassment at work and threats with a bat', () => {
    expectDeletedByLists([
      'Look who runs the council: surnames from the same little tribe. Follow the money',
      'This town should stay as it was. 14 words.',
      'Crime went up with the new flats. Certain demographics just can t help themselves',
      'Why is she in every team photo, is she the office eye candy? 😏',
      'Votre directeur est un petit arriviste sans vision',
      'Tu serais plus convaincante en jupe courte pendant la démo',
      'on embauche des gens venus d ailleurs moins qualifiés pour cocher des cases',
      'des gu3nons pour la diversité, bravo',
      'Tu refuses de me donner ton numéro ? Réponds ou je continue',
    ]);
    expectThreatsByLists(['continue comme ça pis je vais aller te trouver avec un bat de baseball']);
  });

  it('reads the spam of neighbourhood groups, and keeps their prayers, kisses and sales', () => {
    expectDeletedByLists([
      'Nice group! We make garden sheds at trade prices, just drop me a message 😊 https://sheds.example.co',
      'Guess the final score and tag 3 friends 👇',
      '$PLOT is up 600% this week, get in early',
      'All members must pay the £10 renewal at this link by Sunday or you will be removed from the group https://club-renew.example',
      'Facebook va fermer ce groupe pour inactivité, pour rester membre validez votre compte via ce lien',
      "Je viens de recevoir une nouvelle demande d'ami de ta part, ton compte est piraté, maintiens ton doigt sur ce message",
      'Everyone go and report her page and flood her reviews with one stars',
      'Je lance mon activité de conseillère bien-être, demandez-moi mon catalogue de compléments alimentaires',
    ]);
    expectThreatsByLists([
      'Si mon colis arrive pas demain je viens avec des potes et on démonte votre agence',
      'faudrait couler les barques au large, voilà tout',
    ]);
    expectKept([
      'PRAYING FOR YOU MARGARET, SPEEDY RECOVERY, WE WILL KEEP YOUR ROSES WATERED XXX',
      'QUEL IDIOT JE SUIS, j ai encore oublié les clés de la cabane 😂',
      'Mon code promo ne passe pas au paiement alors qu il est valable jusqu à dimanche',
      'Selling courgette plants, 50p each, outside plot 12 with an honesty box',
    ]);
  });

  it('keeps a product called a piece of junk, a cold, and a member who nearly fell for a scam', () => {
    expectKeptByLists([
      "Bought the sander and it's a piece of shit, motor died on day one, I want a refund",
      'yeah its a piece of shit, returned it the same day',
      'Encore la crève la veille du trail, je prendrai quand même le départ',
      "That's fake btw, the shop never DMs winners on telegram. Report it",
      "J'ai failli me faire avoir par le faux SAV WhatsApp, il voulait le code reçu par SMS",
    ]);
    expectDeletedByLists([
      'you are a piece of shit and everyone here knows it',
      'Tout le club sait qu elle trompe son mari, on devrait envoyer les photos à son mari',
      'Je fais des vidéos sur ma chaîne, si vous pouviez vous abonner je rends la pareille 🙏',
    ]);
  });

  it('reads a code asked back, a card asked for at length, a home given with a number, acid wished', () => {
    expectDeletedByLists([
      'Hi hun, this is my new account, the old one got hacked. I just sent you a 6-digit code by mistake, can you send it back to me please? x',
      'Coucou, je t’ai envoyé un code par erreur par SMS, tu peux me le renvoyer stp ?',
      'Hi, customer care here. Please send your full name, phone IMEI and bank card number to our team.',
      'Anyone who wants to know where Coach Ben lives, it’s the flat above the chippy on Ash Rd, his number is 07700 900123',
    ]);
    expectThreatsByLists([
      'You lost my phone. I’ll come round with my brothers and we’ll smash the place up.',
      'Councillor Patel is a liar and I hope someone throws acid in her face',
    ]);
    expectKeptByLists([
      'The app sent me a 6 digit code but it never arrives, can you check?',
      'I sent you the code by email yesterday, did it arrive?',
      'Does anyone know where the new dentist lives? I mean which street the surgery is on, its number is on the leaflet.',
      'We smashed the place with our quiz team last night 😂',
      'That acid-yellow colour on her face paint was amazing at the carnival.',
      'Never send anyone your full name, phone IMEI and bank card number, even if they say they are support.',
    ]);
  });

  it('reads a push into a ravine, a group to gas, "retournez chez vous", and a member’s own bank details', () => {
    expectThreatsByLists([
      'Toi Gérard tu me recroises sur le sentier je te pousse dans le ravin',
      'If I see you at the trailhead again I’ll push you off the cliff',
      'Les gens du voyage au stade, faudrait tous les gazer, c’est des rats',
    ]);
    expectDeletedByLists([
      'Encore un conseiller qui parle pas français, ils embauchent que des arabes maintenant, retournez chez vous',
      // "n°" is read as "numéro", not as the "n'" of a negation.
      'Service client Banque Orée : pour débloquer, envoyez votre n° de compte et votre code de sécurité en MP',
    ]);
    expectKeptByLists([
      'Mes coordonnées bancaires sont concernées par la fuite de données ? Personne ne nous a prévenus.',
      'Attention, on m’a demandé mes coordonnées bancaires par SMS, ne répondez pas',
      'On a poussé jusqu’au ravin des Fées, la vue est magnifique',
      'La route est coupée, retournez chez vous par la départementale',
      'Il faudrait gazer les frelons asiatiques ? Non, appelez un désinsectiseur.',
    ]);
    // A video asked of the channel, the television at home: product's and support's, not PR's.
    expect(byLists('Tu peux faire une vidéo sur la pose du parquet flottant ?').escalation).not.toBe('pr');
    expect(
      byLists('Vous m’avez changé de box sans prévenir et maintenant ma télé décroche toutes les 10 minutes')
        .escalation,
    ).not.toBe('pr');
    expect(
      byLists("Je vais faire une vidéo sur votre magasin, c'est inadmissible d'être traitée comme ça")
        .escalation,
    ).toBe('pr');
  });

  it('reads praise and keywords piled up, letters spaced after "a", a species, teasing, and a wife’s "gonna kill you"', () => {
    expectDeletedByLists([
      'amazing glow stunning radiant flawless beautiful gorgeous perfect glowing skin amazing beautiful flawless radiant 💖💖💖',
      'retro gaming console rétro vintage jeux vidéo rétro collection rare cartouche pas cher retrogaming rétro console vintage achat vente meilleur prix',
      'club’s turning into a f a g g o t parade with all these rainbow jerseys',
      'Keep your h0m0 stuff off the club page, nobody wants to see it',
      'That waitress is a lazy cow, she never smiles',
      'Why do women with thunder thighs think lycra is a good idea',
      'Using a man in a dress to sell moisturiser now? Real women can tell.',
      'Dear customer, your reservation will be cancelled unless you confirm payment details at tidewell-bookings .com',
      'Having trouble with your order? Contact our official support on WhatsApp +1 (555) 010-7788 for an instant refund',
      'Found the real name of the mod who closed my question: it’s Daniel W., works at a bank in Leeds, here’s his home postcode',
      'Le gérant c’est un 🐷 et sa femme à l’accueil c’est la 🐄 de service',
      'c’est toujours les mêmes qui foutent le bordel, vous savez très bien de quelle couleur ils sont',
      'Encore une agression, merci les chances pour la France',
      'Le vendeur c’est Alexis R., 27 rue des Tanneurs, allez tous lui souhaiter le bonjour',
      'La meuf du capitaine elle est sur insta, allez tous lui dire que son mec est nul, spammez-la',
    ]);
    expectThreatsByLists([
      'If I see that smug warden at the gate again I’m bringing my air rifle',
      'Le journaleux qui a écrit ça, s’il remet les pieds au marché je le crève',
      '@Kevtendo_91 🔪🔪🩸 on se voit à la convention samedi',
    ]);
    expectKeptByLists([
      'beautiful stunning gorgeous perfect amazing wow wow wow incredible talent 😍',
      'Amazing amazing amazing, best best best show ever, love love love it',
      'a b c of bird song: learn the calls one at a time',
      'no homo but that crossover broke my ankles 😭',
      'Homo sapiens have been farming this valley for 6,000 years',
      'Bloody hell Jeff, you got a new bike AGAIN? Your wife’s gonna kill you 😂 looks mint tho',
      'Your coach is gonna kill you for skipping leg day 😂',
      '@dunnock_dan you utter plonker, it was a juvenile robin not a weird thrush 😂',
      'T’es une chèvre Kevin 😂',
      'My ISP router is a piece of shit, it reboots every night at 3am. Is there a way to log what triggers it?',
      'Don’t forward port 3389 to the internet. If you need remote access set up a VPN server on the router.',
      'Come round the back after your shift, the kettle is on',
      'C’est un 🤡 ce film, j’ai adoré',
      'On se voit samedi pour la découpe 🔪 du gâteau',
    ]);
  });

  it('reads fund recovery, allowances, SMS frauds, masked "sl*g", teeth in a bag, and a member’s own RIB', () => {
    expectDeletedByLists([
      'Lost money to a fake airline refund site? I recover stolen funds 100% guaranteed. WhatsApp +44 7700 900812',
      'Ladies 💸 want an allowance? Generous men waiting to spoil u ➡️ spoilme.link',
      'jigaboo host only got the gig for diversity points',
      'every player on this team is a carpet muncher',
      'half this squad look like blokes, do a chromosome test lmao',
      'every woman on that pitch is a sl*g, can’t wait to see them get injured',
      'CAF : votre dossier est incomplet. Sans mise a jour sous 48h vos droits seront suspendus.',
      'Besoin d’argent rapide ? Credit sans enquete, meme fiche FICP, fonds verses en 24h',
      'Alerte : votre telephone est infecte par 3 virus, installez l’antivirus immediatement',
      'La petite brune du 2e, t’es bien bonne 😏',
      'Pourquoi tu réponds pas Clara ? Je sais que t’es chez toi, je vois ta lumière du parking.',
    ]);
    expectThreatsByLists([
      'Harrowgate fans, we’ll be waiting at the services after, bring your teeth in a bag',
      'this pod is run by traitors and they’ll hang for it one day',
    ]);
    expectKeptByLists([
      'my girlies 🥹 proud of every single one of you, bad bitches only in this dressing room 💅',
      'Bonjour, j’ai changé de banque, où dois-je envoyer mon nouveau RIB ?',
      'The fete is run by volunteers, they’ll hang the bunting on Friday',
      'Slag heaps and spoil tips: the old mine walk is lovely in spring',
    ]);
  });

  it('reads brigading, a grieving parent blamed, a relative named and a threat to a car', () => {
    expectDeletedByLists([
      'Karen W works on the tills at the big Tesco on Ferry Road. Go tell her what you think of her.',
      'the widow is a gold digger, everyone go flood her page 😈',
      'Your child died because you didn’t pray hard enough.',
      'rules are stupid, the brother’s called Tomas and he goes to Hartley Academy',
      'I just started a small podcast called Empty Chair, would mean a lot if you listened',
      'tout le monde allez spam l’insta de la copine d’Ilyan 🤡',
      'Vous avez vu la tenue de la maman de Léna ? Une vraie traînée',
      'Le père qui a crié c’est M. Ferrand, 22 allée des Érables, sa voiture c’est la Golf noire, faites passer',
      'Cagnotte urgente pour la petite Manon, paiement par coupon PCS ou Transcash unique',
      'Désolé pour la pub, mais je viens de lancer mon podcast sur l’esport, dites-moi ce que vous en pensez',
      'Merci pour le partage 🙏 tapez AMEN et partagez à 10 personnes',
      'Comme par hasard on donne pas le prénom du suspect, on sait tous de quelle communauté il vient',
      'kestrel c’est des p*d*s qui savent pas jouer',
    ]);
    expectThreatsByLists([
      'Beat me again at the club and see what happens to your car, Fraser.',
      'Bernard je sais que t’es le Bernard de la pharmacie, ta vitrine elle va pas rester entière longtemps',
    ]);
    expectKeptByLists([
      'Go tell her what you think, she’s been asking for feedback on the cake all week!',
      'My son is called Max and he goes to St Luke’s primary, he loves the library.',
      'I just started a podcast myself after listening to this one, it’s about gardening.',
      'Unplug it for a minute and see what happens to your battery level.',
      'Une traînée de poudre, cette rumeur, en deux heures tout le village savait.',
      'On habite au 12 rue des Lilas, si quelqu’un veut passer récupérer les jouets, faites passer l’info !',
      'La vitrine de la boulangerie va être refaite, elle va pas rester entière longtemps avec les travaux 😂',
      'Mon fils m’a dit tg ce matin, je l’ai privé de tablette 😅',
      'Pour le jeu-concours du catalogue, il faut garder le ticket de caisse jusqu’au tirage ?',
      'Je confirme pour les faux concours : le vrai lien finit toujours par primel.fr, signalez les pages.',
      // Anger at a convict, wished on someone in prison.
      'Qu’il crève en taule ce pédophile',
      'Rot in hell, Morrow. Hope every day in there is as long as hers was.',
    ]);
  });

  it('tells a court’s words and a name from a team’s, and hears safety and privacy', () => {
    expect(byLists('So sorry for your loss Sue 💔 Freya sounds like a beautiful girl').escalation).toBeNull();
    expect(byLists('I will sue you if my order doesn’t arrive.').escalation).toBe('legal');
    expect(byLists('Should be locked up for life, no parole. Still can’t believe it.').escalation).toBeNull();
    expect(byLists('Why not manslaughter as an alternative charge? Still confused.').escalation).toBeNull();
    expect(
      byLists('La justice est beaucoup trop laxiste avec les récidivistes, encore.').escalation,
    ).toBeNull();
    expect(
      byLists('Encore un vol de char dans le stationnement de la gare, la mairie fait rien.').escalation,
    ).toBeNull();
    expect(
      byLists('You posted a kid’s wristband with his full name and date of birth showing. Please blur it.')
        .escalation,
    ).toBe('legal');
    expect(byLists('Please stop using her school photo, her mum never agreed to it.').escalation).toBe(
      'legal',
    );
    expect(
      byLists('y a un mec qui menace Sorel dans le chat, vous pouvez faire quelque chose ?').escalation,
    ).toBe('legal');
    expect(
      byLists('J’ai trouvé un morceau de verre dans un pot de compote, mon fils a failli l’avaler.')
        .escalation,
    ).toBe('pr');
    expect(
      byLists(
        'Removing that book because two parents complained is shameful. I will be writing to the council.',
      ).escalation,
    ).toBe('pr');
    expect(
      byLists("Vous avez écrit rue des Forges mais c'est rue des Fauvettes. Merci de corriger l'article.")
        .escalation,
    ).toBe('product');
    expect(
      byLists(
        'The Discord bot keeps dropping the clock when both players premove. Lost a winning game to it.',
      ).escalation,
    ).toBe('product');
    expect(byLists('Merci pour les paniers anti-gaspi à 3€, super idée 👌').escalation).toBeNull();
  });

  it('reads letters spaced out, plugs and bait of tweets and videos, and a weapon wished in emoji', () => {
    expectDeletedByLists([
      'dawson is a f a t  c u n t',
      "@AshmoorFC's new left back 🤢 looks like he's been dragged out of a zoo cage 🦍",
      'This is the best video on youtube right now 😍😍 watch the uncut version ➡ kaiclips.live/free',
      'Come watch me play FIFA as Ashmoor on twitch!! twitch.tv/ashfan_streamz 🎮🔴',
      'Wow great video! 🔥 I got 10k free subscribers from subboost.pro 🚀 try it',
      'I’d love to bend that reporter over her desk and teach her some manners 😏',
      'go back to your own country you curry muncher',
      'ok groomer',
      'Bande de fachos de campagne, je me casse de ce groupe',
      'Les ritals c’est tous des voleurs, qu’ils rentrent en Italie',
    ]);
    expectThreatsByLists([
      'He’s a 🐷 and a 🤡 and he should be 🔫',
      'I know you’re at PixelCon this weekend. booth 42. I’ll be there and you’ll be sorry',
      'Kevin le mécano je sais où t’habites, rue des Acacias au 12',
    ]);
    expectKeptByLists([
      'Come watch me play at the county tournament on Saturday, doors at 10!',
      'Free subscribers to the newsletter get the PDF too.',
      'I know you’re at work, call me after when you can.',
      'The U S A team looked sharp tonight.',
      'Kelvane vous êtes pathétiques, 3 semaines pour un virement.',
      // A warning quoting the text message, elisions and all.
      "Attention, j'ai reçu un SMS 'Kelvane: une opération de 1 249€ a été détectée, si ce n'est pas vous appelez le 09 70 18 42 66'. C'est une arnaque, ne rappelez pas.",
    ]);
  });

  it('never deletes on a resemblance alone a call for a court’s punishment, unless said to someone', () => {
    expectKept([
      'Ces gens qui noient des chatons dans un sac devraient être enfermés, sérieux. Et qu’on leur interdise d’avoir un animal à vie.',
      'Les éleveurs de chiots en batterie devraient être fermés et interdits à vie, ça devrait être de la prison ferme.',
    ]);
    expect(signalsOf('You traitors should be locked up and left to rot').punishment).toBe(false);
    expect(signalsOf('Whoever did this should be locked up').punishment).toBe(true);
  });

  it('reads someone watched at home, a home held over someone, a baseball bat, coded hate, wholesale plugs and a short offer', () => {
    expectDeletedByLists([
      'whoever rides the orange scooter at the Fulton hub, I’ve seen you every night at 9 outside your building',
      'I’ve been watching you in the voice channel @Noor, that room with the green curtains. I notice everything',
      'je te vois tous les soirs en bas de chez toi, tu sors le chien à 21h',
      'Customer at 14 Alder Ct apt 2B: her name’s Deborah, phone 555-0166. Y’all know who you’re dealing with',
      'Moderator of this page must be a fat slob who deletes honest comments',
      'free game credits at gamecodes-free.net just complete a short offer',
      'those people who moved into the east side are why the store smells now. you all know who I mean. bring back the old days',
      'Les sans-papiers qui bossent sous le compte des autres, ces rats volent notre travail',
      'Écris-moi en privé pour le prix de gros 📩 tondeuses, taille-haies, 60% moins cher',
    ]);
    expectThreatsByLists([
      'I know where the manager of the Route 9 store lives. Grey house, bikes in the yard. Maybe I’ll pay a visit',
      'If my crown falls off again I’m coming back there with a baseball bat, I promise you that.',
    ]);
    expectKeptByLists([
      'I’ve seen you every week at parkrun, keep it up!',
      'Been watching you for weeks on stream and finally subbed 💜',
      'Saw you at the market this morning, your stall looked great!',
      'je te vois tous les samedis au marché, ton stand est top',
      'I know where the spare key lives, I’ll let you in',
      'Got my first $1,000 week!! Thanks to everyone who answered my dumb questions 🥹',
      'Selling leftover PEX fittings and a crimp tool, $60 for the lot. DM me or call Sam 555-0121',
      'Je vends ma batterie de rechange, 180 €, achetée il y a 8 mois. Appelle ou SMS au 06 39 98 07 73',
    ]);
  });

  it('reads a window, a number plate, everyone inside, chain and keyword bait, portfolios, "une incapable" and veiled French threats', () => {
    expectThreatsByLists([
      'If their coach mouths off at my lad again I’ll put him through the clubhouse window. Not joking.',
      'Tell him I’ve got his number plate and I’ll be waiting for him next time he comes round',
      'if my dog gets sick from your food I will burn your warehouse down with everyone inside',
      'Tu m’as banni, modo. On finit toujours par se croiser sur un parking, ce jour-là on verra si tu fais toujours le malin',
      'Je connais l’adresse de ton atelier et l’heure à laquelle tu fermes. Profite tant que tu peux 🙂',
    ]);
    expectDeletedByLists([
      'Si tu aimes ton animal, partage ce message. Si tu ne le partages pas, c’est que tu ne l’aimes pas 🐶💔 99% ne le feront pas',
      '🚨 I’m giving $5,000 to the first 50 people who comment BLESSED and message me 🙏💰',
      'Looking for a cheaper wedding photographer? I shoot full days from £350, see my portfolio at wed-snaps.site',
      'Mélanie du service client est une incapable finie, une plante verte ferait mieux son boulot',
      'Je revends 4 billets pour la finale, 60 € pièce. Je suis à l’étranger donc envoi par mail après paiement sur mon compte',
    ]);
    expectKeptByLists([
      'Harrow Mutual’s regular saver is 6% on up to £300 a month, here’s their own page: harrowmutual.co.uk/savings. Not affiliated',
      'With respect, £130 subs plus £48 kit plus £25 tour deposit is a lot in one month. Could the committee offer a payment plan?',
      'Je m’occuperai personnellement de votre commande dès lundi, merci de votre patience',
      'Profite de tes vacances tant que tu peux, la rentrée arrive vite 😎',
      'Share this with anyone who needs it: the food bank opens at 9 on Saturday',
      'Je suis incapable de choisir entre les deux robes 😍',
    ]);
  });

  it('reads self-harm urged, a charity’s page "moved", a bot’s chat link and a child mocked, and keeps contractions and a kit for sale', () => {
    expectDeletedByLists([
      'The writer should kill herself for that ending.',
      'Le modo, je sais où il habite, il va comprendre',
      't’es vraiment une débile',
      'I think you look like an idiot in that hat',
      'No gamers from the rainbow mafia at my table, keep the hobby normal',
      'URGENT: the hospice’s official page has moved! Donate now at hospice-relief.example.net, gifts matched 3x',
      'Donate via our new partner site!!! helpthem.giveaid-now.example.com, 100% goes to patients',
      'Hi I’m Sophie 21 looking for a gaming partner 😘 chat with me on sweetgamerz.example.club',
      'the girl on the left in Sasha’s post is a solid 3, fat little thing',
    ]);
    expectKeptByLists([
      'App is great when it works. When it doesn’t, it REALLY doesn’t. Today it showed me a bus that doesn’t exist.',
      'Selling my 3-vessel kit, 50L pots, pump, plate chiller, £350. Moving abroad. DM me or ring 07700 900218 evenings.',
      'Donate now at our page, every pound goes to the nurses ❤️ thank you all',
      'Happy to chat with me on Discord about the recipe any time',
      'le bus est passé en avance, j’ai couru comme une débile. BRAVO LES GARS',
      'I ran for the bus like an idiot and it left anyway',
    ]);
  });

  it('always explains itself and keeps its confidence between 0.5 and 0.95', () => {
    for (const text of [
      'ok',
      'Love it',
      'You idiot',
      'A long enough comment with a few words in it, and a second sentence.',
    ]) {
      const found = suggest({ text });
      expect(found.reasons.length).toBeGreaterThan(0);
      expect(found.confidence).toBeGreaterThanOrEqual(0.5);
      expect(found.confidence).toBeLessThanOrEqual(0.95);
    }
  });

  it('copes with hostile or empty input', () => {
    expect(suggest({ text: '' }).rung).toBe('ignore');
    expect(suggest({ text: '<img src=x onerror=alert(1)>' }).reasons.length).toBeGreaterThan(0);
    const huge = 'word '.repeat(20_000);
    expect(suggest({ text: huge }).rung).toBeDefined();
  });
});
