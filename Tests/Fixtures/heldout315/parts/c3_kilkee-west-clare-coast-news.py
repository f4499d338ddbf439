# Outlet: kilkee-west-clare-coast-news — West Clare Coast News, a news site for the seaside town of
# Kilkee, Co Clare (invented). House style: straight double quotes and straight apostrophes only;
# no honorifics (surname on second reference), councillors as "Cllr Name (Party)"; euro figures;
# "the Coast News understands", "told the Coast News", "a county council spokesperson said".
# Beat: environment (bathing ban and a hotel's private wastewater plant). Everything in the article
# is invented; Uisce Éireann, the HSE, the EPA and the gardaí are furniture.

article(
    "kilkee-west-clare-coast-news", "2025-08-05", "kilkee-bathing-ban-hotel-wastewater-plant",
    '''Kilkee bathing ban: hotel's treatment plant blamed as councillors demand answers''',
    [
        '''Swimming was banned at Kilkee's main beach for the third time this summer on Monday after tests found '''
        '''E. coli levels more than twice the legal limit, and several councillors have blamed a private '''
        '''wastewater plant serving the Strand View Hotel.''',

        '''Cllr Declan Moloney (Ind), who chairs the local municipal district, said he had seen "raw effluent" '''
        '''running from an overflow pipe behind the hotel in July. "Anyone walking the cliff path could see it. '''
        '''This is not a mystery," he told the Coast News.''',

        '''The hotel's owner, Martin Considine, rejected any suggestion that the plant had failed. "Our system '''
        '''is inspected, it is licensed and it works," he said in a statement, adding that the family had '''
        '''"nothing to hide."''',

        '''Considine called the councillors' allegations "a slur on a business that has employed local people '''
        '''for forty years."''',

        '''But an engineer who has worked on the plant, who asked not to be named because he still does contract '''
        '''work for the county council, said its pumps had been "limping along" since a storm in February. The '''
        '''overflow, the engineer said, was never designed for a full hotel in August.''',

        '''Inspection records released under freedom of information show the plant's discharge licence was last '''
        '''reviewed in 2019, and the EPA's most recent bathing water report rated the beach "sufficient", down '''
        '''from "excellent" two years earlier.''',

        '''A county council spokesperson said the local authority was "working closely with Uisce Éireann and the '''
        '''HSE" but declined to comment on what it called "an active enforcement matter."''',

        '''Uisce Éireann, which runs the town's public treatment works, did not reply to emails on Tuesday.''',

        '''The Mid-Clare Messenger reported last week that council inspection notes from 2021 had described the '''
        '''same overflow as "inadequate at peak occupancy."''',

        '''The Coast News understands the hotel was served with a compliance notice last Thursday. It is '''
        '''understood gardaí have not been asked to investigate.''',

        '''Some swimmers say they have been getting ear and stomach infections since June. Sea swimmer Orla '''
        '''Haugh said in an interview with West Wave FM that her morning group at the Dunveen rocks had "dropped '''
        '''to a handful."''',

        '''Cllr Siobhán Keating (FG) struck a more cautious note. The source of the pollution, she said, had '''
        '''"not been established by anyone yet."''',

        '''Residents at a packed meeting in the Haven Hall on Monday night accused the council of "sitting on its '''
        '''hands" and asked it to publish daily test results. The hotel has promised to commission an '''
        '''independent survey of its plant.''',
    ],
    [
        A(cue='''after tests [[found]] E. coli''',
          src='''Monday after [[tests]] found''',
          content='''tests found [[E. coli levels more than twice the legal limit]],''',
          kind="document"),
        A(cue='''councillors [[have blamed]] a private''',
          src='''and [[several councillors]] have blamed''',
          content='''have blamed [[a private wastewater plant serving the Strand View Hotel]].''',
          kind="vague"),
        A(cue='''municipal district, [[said]] he had seen''',
          src='''[[Cllr Declan Moloney (Ind)]], who chairs''',
          content='''district, said [[he had seen "raw effluent" running from an overflow pipe behind the hotel in July]].''',
          kind="person"),
        A(cue='''not a mystery," he [[told]] the Coast News.''',
          src='''not a mystery," [[he]] told the Coast News.''',
          content='''[["Anyone walking the cliff path could see it. This is not a mystery,"]] he told''',
          kind="pronoun", res="person"),
        A(cue='''Considine, [[rejected]] any suggestion''',
          src='''[[The hotel's owner, Martin Considine]], rejected''',
          content='''rejected [[any suggestion that the plant had failed]].''',
          kind="person", denial="denial"),
        A(cue='''it works," he [[said]] in a statement''',
          src='''it works," [[he]] said in a statement''',
          content='''failed. [["Our system is inspected, it is licensed and it works,"]] he''',
          kind="pronoun", res="person", denial="denial", channel="statement"),
        A(cue='''statement, [[adding]] that the family''',
          src='''it works," [[he]] said in a statement''',
          content='''adding [[that the family had "nothing to hide."]]''',
          kind="pronoun", res="person", denial="denial"),
        A(cue='''Considine [[called]] the councillors' allegations''',
          src='''[[Considine]] called the councillors' allegations''',
          content='''called [[the councillors' allegations "a slur on a business that has employed local people for forty years."]]''',
          kind="person", denial="dismissal"),
        A(cue='''county council, [[said]] its pumps''',
          src='''But [[an engineer who has worked on the plant]], who asked''',
          content='''council, said [[its pumps had been "limping along" since a storm in February]].''',
          kind="anonymous", spec="described", reason=True),
        A(cue='''the engineer [[said]], was never''',
          src='''overflow, [[the engineer]] said, was never''',
          content=['''February. [[The overflow]], the engineer''', '''engineer said, [[was never designed for a full hotel in August]].'''],
          kind="anonymous", spec="described", reason=True),
        A(cue='''freedom of information [[show]] the plant's''',
          src='''[[Inspection records released under freedom of information]] show''',
          content='''information show [[the plant's discharge licence was last reviewed in 2019]],''',
          kind="document"),
        A(cue='''bathing water report [[rated]] the beach''',
          src='''and [[the EPA's most recent bathing water report]] rated''',
          content='''report rated [[the beach "sufficient", down from "excellent" two years earlier]].''',
          kind="document"),
        A(cue='''spokesperson [[said]] the local authority''',
          src='''[[A county council spokesperson]] said''',
          content='''spokesperson said [[the local authority was "working closely with Uisce Éireann and the HSE"]] but''',
          kind="organization"),
        A(cue='''HSE" but [[declined to comment]] on what''',
          src='''[[A county council spokesperson]] said''',
          content=None,
          kind="organization", denial="no-comment"),
        A(cue='''on what it [[called]] "an active''',
          src='''on what [[it]] called "an active''',
          content='''it called [["an active enforcement matter."]]''',
          kind="pronoun", res="organization"),
        A(cue='''treatment works, [[did not reply to emails]] on Tuesday.''',
          src='''[[Uisce Éireann]], which runs''',
          content=None,
          kind="organization", denial="no-response"),
        A(cue='''Messenger [[reported]] last week''',
          src='''[[The Mid-Clare Messenger]] reported''',
          content='''last week [[that council inspection notes from 2021 had described the same overflow as "inadequate at peak occupancy."]]''',
          kind="outlet"),
        A(cue='''from 2021 [[had described]] the same''',
          src='''that [[council inspection notes from 2021]] had described''',
          content='''had described [[the same overflow as "inadequate at peak occupancy."]]''',
          kind="document"),
        A(cue='''The Coast News [[understands]] the hotel''',
          src='''[[The Coast News]] understands''',
          content='''understands [[the hotel was served with a compliance notice last Thursday]].''',
          kind="self"),
        A(cue='''Thursday. [[It is understood]] gardaí''',
          src=None,
          content='''It is understood [[gardaí have not been asked to investigate]].''',
          kind="none"),
        A(cue='''Some swimmers [[say]] they''',
          src='''[[Some swimmers]] say they''',
          content='''swimmers say [[they have been getting ear and stomach infections since June]].''',
          kind="vague"),
        A(cue='''Haugh [[said]] in an interview''',
          src='''[[Sea swimmer Orla Haugh]] said''',
          content='''West Wave FM [[that her morning group at the Dunveen rocks had "dropped to a handful."]]''',
          kind="person", channel="interview"),
        A(cue='''pollution, she [[said]], had''',
          src='''pollution, [[she]] said, had''',
          content=['''note. [[The source of the pollution]], she''', '''she said, [[had "not been established by anyone yet."]]'''],
          kind="pronoun", res="person"),
        A(cue='''Monday night [[accused]] the council''',
          src='''[[Residents at a packed meeting in the Haven Hall on Monday night]] accused''',
          content='''accused [[the council of "sitting on its hands"]] and''',
          kind="vague"),
    ],
)
