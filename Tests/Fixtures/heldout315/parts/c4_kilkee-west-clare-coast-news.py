# Outlet: kilkee-west-clare-coast-news — West Clare Coast News, a news site for the seaside town of
# Kilkee, Co Clare (invented). House style: straight double quotes and straight apostrophes only;
# no honorifics (surname on second reference); euro figures; "the Coast News understands",
# "told the Coast News", "a Garda spokesperson said".
# Beat: sport governance (an audit of a rowing club's State sports grant). Everything in the article
# is invented; Sport Ireland and An Garda Síochána (the gardaí) are furniture.

article(
    "kilkee-west-clare-coast-news", "2025-10-14", "kilkee-atlantic-rowing-club-grant-audit",
    '''Rowing club grant audit finds €31,400 gap as former treasurer cries foul''',
    [
        '''An independent audit of Kilkee Atlantic Rowing Club's accounts has found that €31,400 of an €85,000 '''
        '''State sports grant cannot be matched to receipts, according to a summary circulated to members at '''
        '''the weekend.''',

        '''The grant, awarded in 2022 for a new boathouse at Cloonreagh pier, was to be matched by club '''
        '''fundraising. Work stopped last November with the roof on but no doors fitted. The auditors, Ennis firm Hehir Mulqueen, also found that the boathouse contractor had '''
        '''been paid twice for the same roof.''',

        '''The club's former treasurer, Gerard Talty, who stood down in March, denied any wrongdoing. Asked '''
        '''about the missing invoices, he replied by email — "Every cent is accounted for, and the committee '''
        '''has had the paperwork since January."''',

        '''Talty said the audit had been "rushed through" by a new committee "looking for a scapegoat" and '''
        '''described its findings as "accountancy by rumour."''',

        '''The contractor, Shanahan Build, invoiced for one roof and was paid for one roof, its managing '''
        '''director, Ciarán Shanahan, told the Coast News. He declined to comment further, citing legal '''
        '''advice.''',

        '''A committee member, who spoke on condition of anonymity because the matter has been referred to '''
        '''gardaí, said the shortfall came to light when Sport Ireland asked the club for a final drawdown '''
        '''report. "We went looking for the invoices and found a folder with nothing in it," she said.''',

        '''A Garda spokesperson confirmed that a complaint had been received and said inquiries were at an '''
        '''early stage.''',

        '''A person familiar with the club's finances said the previous committee had approved the second roof '''
        '''payment in a phone vote. Minutes of the October 2023 committee meeting record no such vote.''',

        '''The former chairperson, Máire Lynch, who led the club for six years, did not respond to several calls and a text message.''',

        '''The Estuary Observer reported in April that the unfinished boathouse had failed a fire safety '''
        '''inspection. The Coast News understands a further €12,000 payment to the club has been frozen.''',

        '''The club has about 140 members, most of them juniors. Members are expected to vote on Friday on whether to bring in outside help. Some members said they '''
        '''had been "kept in the dark for two years."''',

        '''That said, the club's new chairperson, Fionnuala Reidy, insisted in a letter to members that the '''
        '''rowing programme would continue. She wrote that Talty's statement that the committee had the '''
        '''paperwork was "simply not correct" and that the folder handed over in May was empty.''',
    ],
    [
        A(cue='''Rowing Club's accounts [[has found]] that''',
          src='''[[An independent audit of Kilkee Atlantic Rowing Club's accounts]] has found''',
          content='''has found [[that €31,400 of an €85,000 State sports grant cannot be matched to receipts]],''',
          kind="document"),
        A(cue='''receipts, [[according to]] a summary''',
          src='''according to [[a summary circulated to members at the weekend]].''',
          content='''[[An independent audit of Kilkee Atlantic Rowing Club's accounts has found that €31,400 of an €85,000 State sports grant cannot be matched to receipts]], according''',
          kind="document"),
        A(cue='''Hehir Mulqueen, [[also found]] that''',
          src='''fitted. [[The auditors, Ennis firm Hehir Mulqueen]], also found''',
          content='''also found [[that the boathouse contractor had been paid twice for the same roof]].''',
          kind="organization"),
        A(cue='''in March, [[denied]] any wrongdoing.''',
          src='''[[The club's former treasurer, Gerard Talty]], who stood down''',
          content='''denied [[any wrongdoing]].''',
          kind="person", denial="denial"),
        A(cue='''he [[replied]] by email''',
          src='''invoices, [[he]] replied by email''',
          content='''by email — [["Every cent is accounted for, and the committee has had the paperwork since January."]]''',
          kind="pronoun", res="person", denial="denial", channel="email"),
        A(cue='''Talty [[said]] the audit had been''',
          src='''[[Talty]] said the audit had been''',
          content='''Talty said [[the audit had been "rushed through" by a new committee "looking for a scapegoat"]] and''',
          kind="person", denial="dismissal"),
        A(cue='''scapegoat" and [[described]] its findings''',
          src='''[[Talty]] said the audit had been''',
          content='''and described [[its findings as "accountancy by rumour."]]''',
          kind="person", denial="dismissal"),
        A(cue='''Ciarán Shanahan, [[told]] the Coast News.''',
          src='''for one roof, [[its managing director, Ciarán Shanahan]], told''',
          content='''[[The contractor, Shanahan Build, invoiced for one roof and was paid for one roof]], its managing''',
          kind="person", denial="denial"),
        A(cue='''He [[declined to comment]] further''',
          src='''[[He]] declined to comment further''',
          content=None,
          kind="pronoun", res="person", denial="no-comment"),
        A(cue='''further, [[citing]] legal''',
          src='''[[He]] declined to comment further''',
          content='''citing [[legal advice]].''',
          kind="pronoun", res="person"),
        A(cue='''referred to gardaí, [[said]] the shortfall''',
          src='''[[A committee member]], who spoke''',
          content='''gardaí, said [[the shortfall came to light when Sport Ireland asked the club for a final drawdown report]].''',
          kind="anonymous", spec="described", reason=True),
        A(cue='''nothing in it," she [[said]].''',
          src='''nothing in it," [[she]] said.''',
          content='''[["We went looking for the invoices and found a folder with nothing in it,"]]''',
          kind="pronoun", res="anonymous", spec="described", reason=True),
        A(cue='''Garda spokesperson [[confirmed]] that''',
          src='''[[A Garda spokesperson]] confirmed''',
          content='''confirmed [[that a complaint had been received]] and''',
          kind="organization"),
        A(cue='''received and [[said]] inquiries''',
          src='''[[A Garda spokesperson]] confirmed''',
          content='''and said [[inquiries were at an early stage]].''',
          kind="organization"),
        A(cue='''club's finances [[said]] the previous''',
          src='''[[A person familiar with the club's finances]] said''',
          content='''finances said [[the previous committee had approved the second roof payment in a phone vote]].''',
          kind="anonymous", spec="vague", reason=False),
        A(cue='''committee meeting [[record]] no such vote''',
          src='''[[Minutes of the October 2023 committee meeting]] record''',
          content='''meeting record [[no such vote]].''',
          kind="document"),
        A(cue='''six years, [[did not respond to several calls and a text message]].''',
          src='''[[The former chairperson, Máire Lynch]], who led''',
          content=None,
          kind="person", denial="no-response"),
        A(cue='''Observer [[reported]] in April''',
          src='''[[The Estuary Observer]] reported''',
          content='''in April [[that the unfinished boathouse had failed a fire safety inspection]].''',
          kind="outlet"),
        A(cue='''The Coast News [[understands]] a further''',
          src='''[[The Coast News]] understands a further''',
          content='''understands [[a further €12,000 payment to the club has been frozen]].''',
          kind="self"),
        A(cue='''Members [[are expected]] to vote''',
          src=None,
          content=['''[[Members]] are expected''', '''are expected [[to vote on Friday on whether to bring in outside help]].'''],
          kind="none"),
        A(cue='''Some members [[said]] they''',
          src='''[[Some members]] said they''',
          content='''members said [[they had been "kept in the dark for two years."]]''',
          kind="vague"),
        A(cue='''Reidy, [[insisted]] in a letter''',
          src='''That said, [[the club's new chairperson, Fionnuala Reidy]], insisted''',
          content='''to members [[that the rowing programme would continue]].''',
          kind="person", channel="letter"),
        A(cue='''She [[wrote]] that Talty's''',
          src='''[[She]] wrote that Talty's''',
          content='''She wrote [[that Talty's statement that the committee had the paperwork was "simply not correct" and that the folder handed over in May was empty]].''',
          kind="pronoun", res="person", denial="denial"),
        A(cue='''that Talty's [[statement]] that the committee''',
          src='''wrote that [[Talty]]'s statement''',
          content='''statement [[that the committee had the paperwork]] was''',
          kind="person"),
    ],
)
