# Outlet: houlton-aroostook-county-pioneer — The Aroostook County Pioneer, a news site for the county seat,
# Houlton, Maine, and the towns around it. House style: AP style — town dateline ("ORRISFORD, Maine —"),
# full name and title on first reference, surname alone after (no honorifics), capitalized titles before
# names ("Town Manager", "Select Board Chair"), abbreviated months with dates ("Aug. 26"), dollar figures
# ("$31,400"); straight double quotes with straight single quotes inside; "told the Pioneer by phone",
# "did not respond to an email".
# Beat: police (officers' complaint that the town's police chief padded his overtime).
# Everything in this article is invented, including the town of Orrisford.

article(
    "houlton-aroostook-county-pioneer", "2025-08-19", "orrisford-police-chief-overtime-complaint",
    '''Orrisford officers accuse police chief of padding overtime; chief calls it a grudge''',
    [
        '''ORRISFORD, Maine — A complaint signed by three Orrisford police officers accuses Chief Wendell '''
        '''Hafford of billing the town for more than 600 hours of overtime he did not work last year.''',

        '''The complaint, submitted to the Select Board on July 28, says the hours cost the town $31,400. It '''
        '''lists 42 shifts on which dispatch logs show Hafford was off duty or out of state. According to the '''
        '''town's annual report, the department budgeted $48,000 for all overtime in 2024.''',

        '''Hafford, who has led the department since 2016, called the complaint "a grudge dressed up as an '''
        '''audit" and said every hour had been approved by the town manager.''',

        '''"I worked those hours. Every one of them," he told the Pioneer by phone Monday. "If they had a '''
        '''problem, my door was open."''',

        '''The chief's reply to the officers, posted on the department's Facebook page Saturday and deleted '''
        '''within hours, ran to four words — "Nothing to see here."''',

        '''Town Manager Eileen Corriveau declined to comment, saying the complaint was a personnel matter under '''
        '''review by the town's attorney. That said, she confirmed that she had signed Hafford's timesheets.''',

        '''One of the officers who signed the complaint, who asked not to be named because he still reports to '''
        '''Hafford, said the chief had "been doing this for years." The officer said two sergeants took the '''
        '''same records to Corriveau in 2023 and were told to "drop it."''',

        '''A person with knowledge of the attorney's review said it has so far focused on Hafford's fuel-card '''
        '''records.''',

        '''Hafford reportedly told officers at a July roll call that anyone who went to the board "could find '''
        '''another job."''',

        '''Select Board Chair Norma Bubar wrote in an email to residents Friday that the board "takes every '''
        '''complaint seriously" and would hire an outside auditor. She has ordered the department's overtime '''
        '''records preserved. Board member Clyde Ouellette, Hafford's '''
        '''brother-in-law, said the officers were "settling scores" after being passed over for promotion.''',

        '''In a statement, the Orrisford Police Benevolent Association said its members "stand behind" the '''
        '''three officers. The statement called the chief's Facebook post "an attempt to intimidate witnesses." '''
        '''Several residents told the board Monday they had seen the chief's cruiser parked '''
        '''at his lake camp during weekday shifts.''',

        '''The Northern Ledger, a Caribou weekly, reported in 2022 that a previous board had reprimanded '''
        '''Hafford over his use of the cruiser. Hafford's attorney, Gregory Maddox, did not respond to an email '''
        '''Tuesday.''',

        '''The board is expected to take up the complaint in executive session Aug. 26.''',
    ],
    [
        A('''police officers [[accuses]] Chief''',
          src='''[[A complaint signed by three Orrisford police officers]] accuses''',
          content='''accuses [[Chief Wendell Hafford of billing the town for more than 600 hours of overtime he did '''
                  '''not work last year]].''',
          kind="document"),
        A('''July 28, [[says]] the hours''', src='''[[The complaint]], submitted to the Select Board''',
          content='''July 28, says [[the hours cost the town $31,400]].''', kind="document"),
        A('''It [[lists]] 42 shifts''', src='''$31,400. [[It]] lists''',
          content='''It lists [[42 shifts on which dispatch logs show Hafford was off duty or out of state]].''',
          kind="pronoun", res="document"),
        A('''dispatch logs [[show]] Hafford''', src='''on which [[dispatch logs]] show''',
          content='''logs show [[Hafford was off duty or out of state]].''', kind="document"),
        A('''[[According to]] the town's annual report''', src='''According to [[the town's annual report]]''',
          content='''annual report, [[the department budgeted $48,000 for all overtime in 2024]].''',
          kind="document"),
        A('''since 2016, [[called]] the complaint''', src='''[[Hafford]], who has led the department''',
          content='''called [[the complaint "a grudge dressed up as an audit"]] and''', kind="person",
          denial="dismissal"),
        A('''an audit" and [[said]] every hour''', src='''[[Hafford]], who has led the department''',
          content='''and said [[every hour had been approved by the town manager]].''', kind="person",
          denial="denial"),
        A('''them," he [[told]] the Pioneer''', src='''them," [[he]] told the Pioneer''',
          content=['''[["I worked those hours. Every one of them,"]]''',
                   '''[["If they had a problem, my door was open."]]'''],
          kind="pronoun", res="person", denial="denial", channel="phone"),
        A('''The chief's [[reply]] to the officers''', src='''[[The chief]]'s reply to the officers''',
          content='''four words — [["Nothing to see here."]]''', kind="person", denial="dismissal",
          channel="post"),
        A('''Eileen Corriveau [[declined to comment]], saying''', src='''[[Town Manager Eileen Corriveau]] declined''',
          content=None, kind="person", denial="no-comment"),
        A('''declined to comment, [[saying]] the complaint''', src='''[[Town Manager Eileen Corriveau]] declined''',
          content='''saying [[the complaint was a personnel matter under review by the town's attorney]].''',
          kind="person"),
        A('''That said, she [[confirmed]] that''', src='''That said, [[she]] confirmed''',
          content='''confirmed [[that she had signed Hafford's timesheets]].''', kind="pronoun", res="person"),
        A('''reports to Hafford, [[said]] the chief''',
          src='''[[One of the officers who signed the complaint]], who asked not to be named''',
          content='''Hafford, said [[the chief had "been doing this for years."]]''',
          kind="anonymous", spec="described", reason=True),
        A('''The officer [[said]] two sergeants''', src='''[[The officer]] said two sergeants''',
          content='''officer said [[two sergeants took the same records to Corriveau in 2023 and were told to "drop '''
                  '''it."]]''',
          kind="anonymous", spec="described", reason=True),
        A('''the attorney's review [[said]] it has''', src='''[[A person with knowledge of the attorney's review]] said''',
          content='''review said [[it has so far focused on Hafford's fuel-card records]].''',
          kind="anonymous", spec="vague", reason=False),
        A('''Hafford [[reportedly]] told officers''', src=None,
          content=['''[[Hafford]] reportedly told''', '''reportedly [[told officers at a July roll call that anyone '''
                   '''who went to the board "could find another job."]]'''],
          kind="none"),
        A('''Hafford reportedly [[told]] officers''', src='''[[Hafford]] reportedly told officers''',
          content='''roll call [[that anyone who went to the board "could find another job."]]''', kind="person"),
        A('''Norma Bubar [[wrote]] in an email''', src='''[[Select Board Chair Norma Bubar]] wrote''',
          content='''Friday [[that the board "takes every complaint seriously" and would hire an outside auditor]].''',
          kind="person", channel="email"),
        A('''brother-in-law, [[said]] the officers''',
          src='''[[Board member Clyde Ouellette, Hafford's brother-in-law]], said''',
          content='''brother-in-law, said [[the officers were "settling scores" after being passed over for '''
                  '''promotion]].''',
          kind="person", denial="dismissal"),
        A('''Benevolent Association [[said]] its members''',
          src='''In a statement, [[the Orrisford Police Benevolent Association]] said''',
          content='''Association said [[its members "stand behind" the three officers]].''',
          kind="organization", channel="statement"),
        A('''The statement [[called]] the chief's''', src='''officers. [[The statement]] called''',
          content='''called [[the chief's Facebook post "an attempt to intimidate witnesses."]]''',
          kind="document"),
        A('''Several residents [[told]] the board''', src='''[[Several residents]] told the board''',
          content='''Monday [[they had seen the chief's cruiser parked at his lake camp during weekday shifts]].''',
          kind="vague"),
        A('''Caribou weekly, [[reported]] in 2022''', src='''[[The Northern Ledger, a Caribou weekly]], reported''',
          content='''in 2022 [[that a previous board had reprimanded Hafford over his use of the cruiser]].''',
          kind="outlet"),
        A('''Gregory Maddox, [[did not respond to an email]] Tuesday''',
          src='''[[Hafford's attorney, Gregory Maddox]], did not respond''',
          content=None, kind="person", denial="no-response"),
        A('''The board [[is expected]] to take up''', src=None,
          content=['''[[The board]] is expected to take up''',
                   '''is expected [[to take up the complaint in executive session Aug. 26]].'''],
          kind="none"),
    ],
)
