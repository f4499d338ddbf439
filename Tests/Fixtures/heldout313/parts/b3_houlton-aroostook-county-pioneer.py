# Outlet: houlton-aroostook-county-pioneer — The Aroostook County Pioneer, a news site for the county seat,
# Houlton, Maine, and the towns around it. House style: AP style — dateline "HOULTON, Maine —", full name and
# title on first reference, surname alone after (no honorifics), abbreviated months with dates ("Oct. 2",
# "Nov. 10"), dollar figures ("$2.4 million"), percentages as "40%"; straight double quotes with straight
# single quotes inside; "told the Pioneer", "the Pioneer has learned", "did not return phone messages".
# Beat: schools (a school-bus contract, missed routes and a board that overrode its transportation director).
# Everything in this article is invented.

article(
    "houlton-aroostook-county-pioneer", "2025-10-14", "chelbrook-bus-contract-missed-routes",
    '''Parents, contractor and school board trade blame over Chelbrook bus delays''',
    [
        '''HOULTON, Maine — Parents in the Chelbrook Regional School District say children have been left '''
        '''waiting at roadside stops for up to an hour on at least nine mornings this fall, and they blame a '''
        '''$2.4 million busing contract the school board renewed in June over staff objections.''',

        '''Superintendent Dana Kierstead acknowledged the missed runs at Monday's board meeting but said the '''
        '''district had warned the contractor, Northway Pupil Transport, in writing twice in September.''',

        '''Northway's owner, Russell Pelkey, disputed that account. "We never got a single letter from that '''
        '''office," he said in an interview Tuesday. "What we got was a phone call in October asking why we '''
        '''were short."''',

        '''Pelkey blamed the shortfall on the district's decision to add two routes in August without raising '''
        '''the contract price. Four of his 19 drivers quit in the first week of school, he said.''',

        '''Minutes of the board's June 11 meeting show that transportation director Carla Bouchard urged '''
        '''members to seek other bids, telling them Northway had failed two of its last three state bus '''
        '''inspections.''',

        '''Bouchard resigned in July. Reached by phone, she declined to comment on the contract, citing a '''
        '''separation agreement with the district.''',

        '''A district employee who works in the central office, speaking on condition of anonymity because she '''
        '''feared losing her job, said board chair Gail Thibodeau pushed the renewal through after a '''
        '''closed-door session. Kierstead had been told to "let it go," the employee said.''',

        '''Thibodeau did not return phone messages left Monday and Tuesday. A district spokeswoman said in a '''
        '''statement that the district "takes student safety seriously" and had hired a consultant to review the contract. The '''
        '''statement did not mention Bouchard's warnings.''',

        '''Board vice chair Troy Gagnon dismissed calls for Thibodeau's resignation as "noise from a few loud '''
        '''people on Facebook." One parent, Heather Cyr, wrote in a Facebook post that her 7-year-old son '''
        '''waited 70 minutes in the dark on Oct. 2.''',

        '''The Ashby Falls Courier reported last month that Northway had also missed routes in two districts '''
        '''south of Houlton, and sources said the company has since lost one of those contracts.''',

        '''The Pioneer has learned that Northway's insurer raised its premium by 40% after a July crash '''
        '''involving one of its buses. Pelkey called the crash "a fender-bender nobody was hurt in."''',

        '''The board is expected to vote Nov. 10 on whether to impose penalties. It has also commissioned a '''
        '''report on the cost of running its own buses, and Kierstead plans to bring a rebid to the board in '''
        '''January.''',
    ],
    [
        A('''School District [[say]] children''',
          src='''[[Parents in the Chelbrook Regional School District]] say''',
          content='''District say [[children have been left waiting at roadside stops for up to an hour on at '''
                  '''least nine mornings this fall]]''',
          kind="vague"),
        A('''and they [[blame]] a''', src='''and [[they]] blame''',
          content='''blame [[a $2.4 million busing contract the school board renewed in June over staff '''
                  '''objections]].''',
          kind="pronoun", res="vague"),
        A('''Dana Kierstead [[acknowledged]] the missed''', src='''[[Superintendent Dana Kierstead]] acknowledged''',
          content='''acknowledged [[the missed runs]] at''', kind="person"),
        A('''board meeting but [[said]] the district''', src='''[[Superintendent Dana Kierstead]] acknowledged''',
          content='''but said [[the district had warned the contractor, Northway Pupil Transport, in writing twice '''
                  '''in September]].''',
          kind="person"),
        A('''Russell Pelkey, [[disputed]] that account''', src='''[[Northway's owner, Russell Pelkey]], disputed''',
          content='''disputed [[that account]].''', kind="person", denial="denial"),
        A('''office," he [[said]] in an interview''', src='''office," [[he]] said in an interview''',
          content=['''[["We never got a single letter from that office,"]]''',
                   '''[["What we got was a phone call in October asking why we were short."]]'''],
          kind="pronoun", res="person", denial="denial", channel="interview"),
        A('''Pelkey [[blamed]] the shortfall''', src='''[[Pelkey]] blamed the shortfall''',
          content='''blamed [[the shortfall on the district's decision to add two routes in August without raising '''
                  '''the contract price]].''',
          kind="person"),
        A('''week of school, he [[said]].''', src='''week of school, [[he]] said.''',
          content='''[[Four of his 19 drivers quit in the first week of school,]] he said.''',
          kind="pronoun", res="person"),
        A('''June 11 meeting [[show]] that''', src='''[[Minutes of the board's June 11 meeting]] show''',
          content='''meeting show [[that transportation director Carla Bouchard urged members to seek other bids, '''
                  '''telling them Northway had failed two of its last three state bus inspections]].''',
          kind="document"),
        A('''other bids, [[telling]] them''', src='''that [[transportation director Carla Bouchard]] urged''',
          content='''telling them [[Northway had failed two of its last three state bus inspections]].''',
          kind="person"),
        A('''by phone, she [[declined to comment]] on the contract''', src='''by phone, [[she]] declined''',
          content=None, kind="pronoun", res="person", denial="no-comment", channel="phone"),
        A('''on the contract, [[citing]] a separation''', src='''by phone, [[she]] declined''',
          content='''citing [[a separation agreement with the district]].''', kind="pronoun", res="person"),
        A('''feared losing her job, [[said]] board chair''',
          src='''[[A district employee who works in the central office]], speaking''',
          content='''her job, said [[board chair Gail Thibodeau pushed the renewal through after a closed-door '''
                  '''session]].''',
          kind="anonymous", spec="described", reason=True),
        A('''the employee [[said]].''', src='''go," [[the employee]] said.''',
          content='''[[Kierstead had been told to "let it go,"]] the employee''',
          kind="anonymous", spec="described", reason=True),
        A('''Thibodeau [[did not return phone messages]] left''', src='''[[Thibodeau]] did not return''',
          content=None, kind="person", denial="no-response"),
        A('''district spokeswoman [[said]] in a''', src='''[[A district spokeswoman]] said in a''',
          content='''statement [[that the district "takes student safety seriously" and had hired a consultant to '''
                  '''review the contract]].''',
          kind="organization", channel="statement"),
        A('''Troy Gagnon [[dismissed]] calls''', src='''[[Board vice chair Troy Gagnon]] dismissed''',
          content='''dismissed [[calls for Thibodeau's resignation as "noise from a few loud people on Facebook."]]''',
          kind="person", denial="dismissal"),
        A('''Heather Cyr, [[wrote]] in a Facebook post''', src='''[[One parent, Heather Cyr]], wrote''',
          content='''Facebook post [[that her 7-year-old son waited 70 minutes in the dark on Oct. 2]].''',
          kind="person", channel="post"),
        A('''Falls Courier [[reported]] last month''', src='''[[The Ashby Falls Courier]] reported''',
          content='''last month [[that Northway had also missed routes in two districts south of Houlton]], and''',
          kind="outlet"),
        A('''and sources [[said]] the company''', src='''and [[sources]] said the company''',
          content='''sources said [[the company has since lost one of those contracts]].''',
          kind="anonymous", spec="vague", reason=False),
        A('''The Pioneer [[has learned]] that''', src='''[[The Pioneer]] has learned''',
          content='''has learned [[that Northway's insurer raised its premium by 40% after a July crash involving '''
                  '''one of its buses]].''',
          kind="self"),
        A('''Pelkey [[called]] the crash''', src='''[[Pelkey]] called the crash''',
          content='''called [[the crash "a fender-bender nobody was hurt in."]]''', kind="person",
          denial="dismissal"),
        A('''The board [[is expected]] to vote''', src=None,
          content=['''[[The board]] is expected''', '''is expected [[to vote Nov. 10 on whether to impose '''
                   '''penalties]].'''],
          kind="none"),
    ],
)
