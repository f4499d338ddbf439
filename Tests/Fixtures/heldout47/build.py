#!/usr/bin/env python3
"""Generator for the heldout47 fixture: 12 fictional news articles with hand-made gold attributions.

Everything in the articles is invented (people, organisations, outlets, places, figures).
Each article holds its text and its attributions as records of
(source-context, cue-context, content-context, labels). A context is a string that occurs
exactly once in the article text, with the span itself marked by ⟦ ⟧; content may be a list
of contexts for a discontinuous span; None means the role has no span.

Running this script (python3 build.py) rewrites text/, attributions/ and labels.json beside it;
python3 build.py --jsonl /tmp/h47gold.jsonl also writes the gold as predictions (FORMAT.md) for
validating the fixture with ../shared/eval/score_attributions.py. Keep that file out of this folder.
Offsets are Unicode code-point offsets, half-open, into the text as written to disk.
"""
import collections, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
L, R = "⟦", "⟧"

KINDS = {"person", "organization", "outlet", "self", "document", "anonymous", "vague", "pronoun", "none"}
DENIALS = {None, "denial", "dismissal", "no-comment", "no-response"}
CHANNELS = {None, "statement", "email", "text message", "interview", "post", "letter", "report",
            "court filing", "radio", "hearing"}


def A(src, cue, content, kind, res=None, anon=None, spec=None, reason=None, den=None, ch=None):
    return dict(src=src, cue=cue, content=content, kind=kind, res=res, anon=anon, spec=spec,
                reason=reason, den=den, ch=ch)


ARTICLES = []


def article(outlet, date, slug, title, body, atts):
    paras = [" ".join(line.strip() for line in p.strip().splitlines()) for p in body.strip().split("\n\n")]
    ARTICLES.append(dict(outlet=outlet, date=date, slug=slug, title=title, paras=paras, atts=atts))


# ---------------------------------------------------------------------------------------------
# Outlet 1: jersey-evening-echo — a Jersey (Channel Islands) daily, "the Echo", "this paper"
# ---------------------------------------------------------------------------------------------

article("jersey-evening-echo", "2025-03-11", "desalination-plant-overspend",
        "Desalination plant bill climbs to £48m as timetable slips again",
"""
The cost of the new desalination plant at La Rocque Quay has risen to £48.2 million, more than
double the figure put to the States Assembly three years ago, according to a report by the
Comptroller and Auditor General published yesterday.

The report found that the project board had ‘repeatedly accepted optimistic assumptions’ about
ground conditions and had not tested the contractor’s revised programme before approving it.

Infrastructure Minister Deputy Helen Mauger said she accepted the findings ‘in full’ and that a
revised budget would be lodged before the summer recess.

‘Nobody is pretending this is good news,’ she told this paper. ‘But the alternative was a summer
of hosepipe bans and tankered water, and I am not prepared to put Islanders through that again.’

The Minister is expected to face questions from the Environment and Infrastructure Scrutiny Panel
next month. Its chair, Deputy Paul Renouf, wrote on social media last night that the report was
‘the most damning I have read in this Assembly’.

Deputy Renouf believes the Council of Ministers knew about the overspend before last autumn’s
Government Plan debate. ‘Either they knew and kept quiet, or they did not know, and I honestly
cannot say which is worse,’ he said.

A spokesman for the Chief Minister rejected that suggestion, saying the figures had been ‘shared
with Members as soon as they were verified’.

Sources in the Infrastructure department said the contractor, Ecrehou Marine Works, had warned
officials about the seabed rock as early as 2022. One senior civil servant, who asked not to be
named because they were not authorised to speak to the media, told the Jersey Evening Echo that a
letter setting out the risk ‘sat in a drawer for eight months’.

Ecrehou Marine Works declined to comment. The Echo understands that the company is in talks with
the Government over a further claim of about £3 million.

The Constable of St Martin, Karen Le Gresley, said families living near the quay had been ‘living
on a building site’ since the spring of 2023. Residents have complained of night-time piling, dust
and lorries using narrow lanes before 7am. The Constable said she would raise the matter with the
Minister directly.

The plant, which will draw water from the Royal Bay, was originally due to open in 2024. It should now
produce its first water in late 2026, with a capacity of 12,000 cubic metres a day. The Echo revealed last June that the project’s
contingency fund had already been spent.

Former Treasury Minister Deputy Alan Vautier, who signed off the original business case, could not
be reached for comment last night.
""", [
    A("according to ⟦a report by the Comptroller and Auditor General⟧",
      "⟦according to⟧ a report by the Comptroller",
      "⟦The cost of the new desalination plant at La Rocque Quay has risen to £48.2 million, more than double the figure put to the States Assembly three years ago⟧",
      "document", ch="report"),
    A("⟦The report⟧ found", "The report ⟦found⟧",
      "found ⟦that the project board had ‘repeatedly accepted optimistic assumptions’ about ground conditions and had not tested the contractor’s revised programme before approving it⟧",
      "document", ch="report"),
    A("⟦Infrastructure Minister Deputy Helen Mauger⟧", "Helen Mauger ⟦said⟧",
      "⟦she accepted the findings ‘in full’ and that a revised budget would be lodged before the summer recess⟧",
      "person"),
    A("Mauger said ⟦she⟧ accepted", "she ⟦accepted⟧", "accepted ⟦the findings ‘in full’⟧",
      "pronoun", res="person"),
    A("good news,’ ⟦she⟧ told", "she ⟦told⟧ this paper",
      ["⟦‘Nobody is pretending this is good news,’⟧", "⟦‘But the alternative was a summer of hosepipe bans and tankered water, and I am not prepared to put Islanders through that again.’⟧"],
      "pronoun", res="person"),
    A(None, "The Minister ⟦is expected⟧",
      ["⟦The Minister⟧ is expected", "⟦to face questions from the Environment and Infrastructure Scrutiny Panel next month⟧"],
      "none"),
    A("⟦Its chair, Deputy Paul Renouf⟧", "Renouf, ⟦wrote⟧ on social media",
      "⟦that the report was ‘the most damning I have read in this Assembly’⟧",
      "person", ch="post"),
    A("⟦Deputy Renouf⟧ believes", "Renouf ⟦believes⟧",
      "believes ⟦the Council of Ministers knew about the overspend before last autumn’s Government Plan debate⟧",
      "person"),
    A("worse,’ ⟦he⟧ said", "worse,’ he ⟦said⟧",
      "⟦‘Either they knew and kept quiet, or they did not know, and I honestly cannot say which is worse,’⟧",
      "pronoun", res="person"),
    A("⟦A spokesman for the Chief Minister⟧", "Chief Minister ⟦rejected⟧",
      "rejected ⟦that suggestion⟧", "organization", den="denial"),
    A("⟦A spokesman for the Chief Minister⟧", "suggestion, ⟦saying⟧",
      "saying ⟦the figures had been ‘shared with Members as soon as they were verified’⟧",
      "organization"),
    A("⟦Sources in the Infrastructure department⟧", "Infrastructure department ⟦said⟧",
      "said ⟦the contractor, Ecrehou Marine Works, had warned officials about the seabed rock as early as 2022⟧",
      "anonymous", spec="described", reason=False),
    A("said ⟦the contractor, Ecrehou Marine Works⟧", "Works, ⟦had warned⟧ officials",
      "warned officials ⟦about the seabed rock as early as 2022⟧", "organization"),
    A("⟦One senior civil servant⟧", "media, ⟦told⟧ the Jersey",
      "⟦that a letter setting out the risk ‘sat in a drawer for eight months’⟧",
      "anonymous", spec="described", reason=True),
    A("that ⟦a letter⟧ setting", "a letter ⟦setting out⟧", "setting out ⟦the risk⟧", "document", ch="letter"),
    A("⟦Ecrehou Marine Works⟧ declined", "Works ⟦declined to comment⟧", None, "organization", den="no-comment"),
    A("⟦The Echo⟧ understands", "Echo ⟦understands⟧",
      "⟦that the company is in talks with the Government over a further claim of about £3 million⟧",
      "self"),
    A("⟦The Constable of St Martin, Karen Le Gresley⟧", "Le Gresley, ⟦said⟧",
      "⟦families living near the quay had been ‘living on a building site’ since the spring of 2023⟧",
      "person"),
    A("⟦Residents⟧ have complained", "Residents ⟦have complained of⟧",
      "⟦night-time piling, dust and lorries using narrow lanes before 7am⟧", "vague"),
    A("⟦The Constable⟧ said she", "The Constable ⟦said⟧ she",
      "⟦she would raise the matter with the Minister directly⟧", "person"),
    A("⟦The Echo⟧ revealed", "Echo ⟦revealed⟧",
      "⟦that the project’s contingency fund had already been spent⟧", "self"),
    A("⟦Former Treasury Minister Deputy Alan Vautier⟧", "⟦could not be reached for comment⟧", None,
      "person", den="no-response"),
])


article("jersey-evening-echo", "2025-06-04", "ferry-tender-scoring-changed",
        "Ferry operator loses St Malo route after tender scoring changed",
"""
The States-owned harbour company changed the scoring rules for the Island’s main ferry contract a
week before bids closed, this paper has learnt.

Emails seen by the Echo show that Maritime Jersey Ltd cut the weighting given to price from 40 per
cent to 25 per cent on 14 February, after its chief executive, Simon Le Marquand, wrote to the
board that the cheapest bidder ‘cannot be trusted with the winter timetable’.

The contract, worth an estimated £210 million over ten years, was awarded last month to Granville
Seaways. The incumbent, Cotentin Link, had offered to run the route for £31 million less, it is
understood.

Cotentin Link has operated the St Malo service since 2011 and employs 64 people in the Island.
Granville Seaways, which runs routes in the Baltic, has never operated in the Channel Islands.
The route carries about 420,000 passengers a year, and much of the Island’s fresh produce. Under
the new contract two vessels built in 2019 will replace the 28-year-old Cotentin Venturer from
next April.

Mr Le Marquand denied that the change had been made to favour any bidder. ‘The scoring was adjusted
on independent advice, and the new rules applied to every bidder equally,’ he said in a statement.

Cotentin Link’s managing director, Aurélie Dubosc, said the company was ‘considering all options,
including legal action’. In an interview with the Normandy daily Ouest-Littoral, she claimed the
harbour company had ‘moved the goalposts once it saw our price’. The newspaper reported on Saturday
that the French operator had already instructed lawyers in Paris. The Guernsey weekly Sarnia Courier
reported that Granville Seaways had also bid, unsuccessfully, for a Guernsey route last year.

Maritime Jersey’s spokesman said claims by the French operator were ‘the disappointment of a losing
bidder’.

Economic Development Minister Deputy Rachel Pinel said she had asked for ‘a full timeline’ of the
tender. She thinks the Assembly was entitled to scrutinise the change ‘before, not after, the
contract was signed’.

One official involved in the process, who spoke on condition of anonymity, said board members had
been ‘split down the middle’ over the change. The official said the Treasury had raised concerns in
writing at the time.

Hauliers fear the new operator’s smaller freight deck will push up the price of goods in Island
shops. Tom Gallichan, chairman of the Jersey Road Haulage Association, told the Echo that members
had been given ‘no assurances whatsoever’ about capacity.

Granville Seaways did not respond to requests for comment yesterday. Deputy Pinel is expected to
make a statement to the Assembly next Tuesday.
""", [
    A("⟦this paper⟧ has learnt", "this paper ⟦has learnt⟧",
      "⟦The States-owned harbour company changed the scoring rules for the Island’s main ferry contract a week before bids closed⟧",
      "self"),
    A("⟦Emails seen by the Echo⟧", "the Echo ⟦show⟧",
      "show ⟦that Maritime Jersey Ltd cut the weighting given to price from 40 per cent to 25 per cent on 14 February, after its chief executive, Simon Le Marquand, wrote to the board that the cheapest bidder ‘cannot be trusted with the winter timetable’⟧",
      "document", ch="email"),
    A("⟦its chief executive, Simon Le Marquand⟧", "Le Marquand, ⟦wrote⟧",
      "board ⟦that the cheapest bidder ‘cannot be trusted with the winter timetable’⟧",
      "person", ch="email"),
    A(None, "less, ⟦it is understood⟧",
      "⟦The incumbent, Cotentin Link, had offered to run the route for £31 million less⟧", "none"),
    A("⟦Mr Le Marquand⟧ denied", "Le Marquand ⟦denied⟧",
      "⟦that the change had been made to favour any bidder⟧", "person", den="denial"),
    A("equally,’ ⟦he⟧ said", "he ⟦said⟧ in a statement",
      "⟦‘The scoring was adjusted on independent advice, and the new rules applied to every bidder equally,’⟧",
      "pronoun", res="person", ch="statement"),
    A("⟦Cotentin Link’s managing director, Aurélie Dubosc⟧", "Dubosc, ⟦said⟧",
      "⟦the company was ‘considering all options, including legal action’⟧", "person"),
    A("Ouest-Littoral, ⟦she⟧ claimed", "she ⟦claimed⟧",
      "⟦the harbour company had ‘moved the goalposts once it saw our price’⟧",
      "pronoun", res="person", ch="interview"),
    A("⟦The newspaper⟧ reported", "newspaper ⟦reported⟧",
      "⟦that the French operator had already instructed lawyers in Paris⟧", "outlet"),
    A("⟦The Guernsey weekly Sarnia Courier⟧", "Courier ⟦reported⟧",
      "⟦that Granville Seaways had also bid, unsuccessfully, for a Guernsey route last year⟧", "outlet"),
    A("⟦Maritime Jersey’s spokesman⟧", "Jersey’s spokesman ⟦said⟧",
      "said ⟦claims by the French operator were ‘the disappointment of a losing bidder’⟧",
      "organization", den="dismissal"),
    A("claims by ⟦the French operator⟧ were", "⟦claims by⟧ the French operator were", None, "organization"),
    A("⟦Economic Development Minister Deputy Rachel Pinel⟧", "Rachel Pinel ⟦said⟧",
      "⟦she had asked for ‘a full timeline’ of the tender⟧", "person"),
    A("Pinel said ⟦she⟧ had asked", "she ⟦had asked for⟧", "asked for ⟦‘a full timeline’ of the tender⟧",
      "pronoun", res="person"),
    A("⟦She⟧ thinks", "She ⟦thinks⟧",
      "thinks ⟦the Assembly was entitled to scrutinise the change ‘before, not after, the contract was signed’⟧",
      "pronoun", res="person"),
    A("⟦One official involved in the process⟧", "anonymity, ⟦said⟧",
      "⟦board members had been ‘split down the middle’ over the change⟧",
      "anonymous", spec="described", reason=False),
    A("⟦The official⟧ said", "The official ⟦said⟧",
      "⟦the Treasury had raised concerns in writing at the time⟧",
      "anonymous", spec="described", reason=False),
    A("said ⟦the Treasury⟧ had", "Treasury ⟦had raised concerns⟧", None, "organization"),
    A("⟦Hauliers⟧ fear", "Hauliers ⟦fear⟧",
      "⟦the new operator’s smaller freight deck will push up the price of goods in Island shops⟧", "vague"),
    A("⟦Tom Gallichan, chairman of the Jersey Road Haulage Association⟧", "Association, ⟦told⟧",
      "⟦that members had been given ‘no assurances whatsoever’ about capacity⟧", "person"),
    A("⟦Granville Seaways⟧ did not respond", "⟦did not respond to requests for comment⟧", None,
      "organization", den="no-response"),
    A(None, "Pinel ⟦is expected⟧",
      ["⟦Deputy Pinel⟧ is expected", "⟦to make a statement to the Assembly next Tuesday⟧"], "none"),
])


article("jersey-evening-echo", "2025-09-17", "housing-trust-rent-rise",
        "Housing trust tenants face biggest rent rise in a decade",
"""
Tenants of the States-owned Island Homes Trust will see their rents rise by 6.5 per cent from
January, the trust announced yesterday — the largest increase in more than a decade.

In a letter sent to about 4,500 households, chief executive Martin Hamon wrote that higher
maintenance costs and interest rates had left the trust ‘with no responsible alternative’. The
letter says the average weekly rent for a two-bedroom flat will go up from £298 to £317.

Housing Minister Deputy Sam Le Feuvre said he had ‘reluctantly’ approved the rise. He said: ‘£19 a
week is a great deal of money for a family that is already stretched. We are looking at what help
can be offered through income support.’

Tenants’ groups were scathing. The chair of the Island Tenants’ Forum, Louise Gavey, posted on
Facebook that the increase was ‘a tax on people who have no choice about where they live’. A survey
carried out by the forum in the summer found that one in three trust households had fallen behind
with at least one bill this year.

One tenant in St Helier, who asked not to be named because she feared it could affect her tenancy,
said she would have to give up her car. ‘It is that or stop heating the flat,’ she said.

Deputy Kirsty Bisson, who lodged an amendment last year calling for rents to be capped at
inflation, said the Minister had ‘broken a clear promise’. The Minister’s spokesman dismissed that
as ‘political point-scoring’, adding that the cap had never been agreed by the Assembly.

Critics have long argued that the trust spends too much on outside consultants. It spent £1.4
million on them last year, according to its annual accounts.

It was reported last week that the trust’s board had considered a rise of up to 8 per cent. The
trust declined to say whether that was true.

The trust owns about 4,800 homes, roughly a third of the Island’s social housing, and has a waiting
list of 1,150 households. Its rents are set at up to 90 per cent of the private market rate.

The Constable of St Helier, Peter Le Sueur, expects demand for parish welfare to climb this winter.
‘We are already seeing people at the parish hall who have never needed help before,’ he told the
Echo.

The trust’s board chairman, Richard Amy, could not be contacted last night.
""", [
    A("January, ⟦the trust⟧ announced", "the trust ⟦announced⟧",
      "⟦Tenants of the States-owned Island Homes Trust will see their rents rise by 6.5 per cent from January⟧",
      "organization"),
    A("⟦chief executive Martin Hamon⟧", "Hamon ⟦wrote⟧",
      "wrote ⟦that higher maintenance costs and interest rates had left the trust ‘with no responsible alternative’⟧",
      "person", ch="letter"),
    A("⟦The letter⟧ says", "The letter ⟦says⟧",
      "says ⟦the average weekly rent for a two-bedroom flat will go up from £298 to £317⟧",
      "document", ch="letter"),
    A("⟦Housing Minister Deputy Sam Le Feuvre⟧", "Le Feuvre ⟦said⟧",
      "⟦he had ‘reluctantly’ approved the rise⟧", "person"),
    A("⟦He⟧ said: ‘£19", "He ⟦said:⟧",
      "⟦‘£19 a week is a great deal of money for a family that is already stretched. We are looking at what help can be offered through income support.’⟧",
      "pronoun", res="person"),
    A("⟦Tenants’ groups⟧", "groups ⟦were scathing⟧", None, "vague"),
    A("⟦The chair of the Island Tenants’ Forum, Louise Gavey⟧", "Gavey, ⟦posted⟧",
      "⟦that the increase was ‘a tax on people who have no choice about where they live’⟧",
      "person", ch="post"),
    A("⟦A survey carried out by the forum⟧", "summer ⟦found⟧",
      "⟦that one in three trust households had fallen behind with at least one bill this year⟧",
      "document", ch="report"),
    A("⟦One tenant in St Helier⟧", "tenancy, ⟦said⟧",
      "⟦she would have to give up her car⟧", "anonymous", spec="described", reason=True),
    A("because ⟦she⟧ feared", "she ⟦feared⟧", "feared ⟦it could affect her tenancy⟧",
      "pronoun", res="anonymous", spec="described", reason=True),
    A("flat,’ ⟦she⟧ said", "flat,’ she ⟦said⟧", "⟦‘It is that or stop heating the flat,’⟧",
      "pronoun", res="anonymous", spec="described", reason=True),
    A("⟦Deputy Kirsty Bisson⟧", "inflation, ⟦said⟧", "⟦the Minister had ‘broken a clear promise’⟧", "person"),
    A("lodged ⟦an amendment⟧", "amendment last year ⟦calling for⟧", "⟦rents to be capped at inflation⟧",
      "document"),
    A("⟦The Minister’s spokesman⟧", "spokesman ⟦dismissed⟧", "dismissed ⟦that⟧ as",
      "organization", den="dismissal"),
    A("⟦The Minister’s spokesman⟧", "point-scoring’, ⟦adding⟧",
      "⟦that the cap had never been agreed by the Assembly⟧", "organization"),
    A("⟦Critics⟧", "Critics ⟦have long argued⟧",
      "⟦that the trust spends too much on outside consultants⟧", "vague"),
    A("according to ⟦its annual accounts⟧", "⟦according to⟧ its annual", "⟦It spent £1.4 million on them last year⟧",
      "document", ch="report"),
    A(None, "⟦It was reported⟧", "⟦that the trust’s board had considered a rise of up to 8 per cent⟧", "none"),
    A("⟦The trust⟧ declined", "trust ⟦declined to say⟧", "⟦whether that was true⟧",
      "organization", den="no-comment"),
    A("⟦The Constable of St Helier, Peter Le Sueur⟧", "Le Sueur, ⟦expects⟧",
      "⟦demand for parish welfare to climb this winter⟧", "person"),
    A("before,’ ⟦he⟧ told", "he ⟦told⟧ the Echo",
      "⟦‘We are already seeing people at the parish hall who have never needed help before,’⟧",
      "pronoun", res="person"),
    A("⟦The trust’s board chairman, Richard Amy⟧", "⟦could not be contacted⟧", None,
      "person", den="no-response"),
])


# ---------------------------------------------------------------------------------------------
# Outlet 2: enterprise-gazette — a Zimbabwean weekly business paper, "this publication"
# ---------------------------------------------------------------------------------------------

article("enterprise-gazette", "2025-02-07", "gold-buyer-owes-small-miners",
        "Small-scale miners owed US$38m as state gold buyer struggles",
"""
Small-scale gold miners are owed more than US$38 million by the state-owned Precious Metals
Marketing Corporation (PMMC), with some producers waiting up to 14 weeks for payment, this
publication has established.

Documents seen by The Enterprise Gazette show that arrears at the parastatal’s Kwekwe and Bindura
buying centres more than doubled between September and December last year.

Small-scale and artisanal producers account for more than 60 percent of the country’s gold output.
Under current regulations all gold must be sold to the PMMC, which pays 70 percent of the price in
United States dollars and the balance in ZiG.

Mr Tawanda Chikore, chairperson of the Zimbabwe Artisanal Miners Federation, an umbrella body
representing about 22 000 registered producers in six provinces, said some of his members had sold
equipment to keep paying workers.

“We deliver the gold, the gold is exported, and then we wait. Nobody can run a mine on promises,”
Mr Chikore told this publication.

It is alleged that some buying agents have been offering immediate cash to miners willing to accept
a discount of up to 15 percent, a practice the federation says is pushing gold into smuggling
networks.

A senior official in the Ministry of Mines and Mining Development, who requested anonymity because
he was not authorised to speak to the Press, said Treasury had not yet released a ZiG1,2 billion
facility allocated to the PMMC in the 2025 national budget.

“The corporation cannot pay miners with money it has not received. It is as simple as that,” the
official said.

Sources say the matter was discussed at a Cabinet committee meeting last month, but no decision was
taken.

The Sunrise Mail, a State-owned daily, reported in December that the corporation had secured a
US$25 million bank facility to clear arrears. This publication reported in November that at least
three buying centres had run out of cash.

The PMMC’s acting general manager, Dr Nyasha Mharadze, dismissed reports of a liquidity crisis as
“exaggerated”, saying the corporation had cleared US$11 million in arrears since January and
expected to be fully up to date “within the first quarter”.

She denied that buying agents were authorised to offer discounts. “Any agent found doing that will
lose their licence with immediate effect,” she said.

Analysts warn that payment delays risk undoing recent gains in formal gold deliveries, which reached
a record 36 tonnes last year, according to the corporation’s own figures.

The Ministry of Finance and Economic Development did not respond to written questions sent on
Monday. The Minister of Mines and Mining Development, Mr Elias Ndoro, could not be reached for
comment.
""", [
    A("⟦this publication⟧ has established",
      "publication ⟦has established⟧",
      "⟦Small-scale gold miners are owed more than US$38 million by the state-owned Precious Metals Marketing Corporation (PMMC), with some producers waiting up to 14 weeks for payment⟧",
      "self"),
    A("⟦Documents seen by The Enterprise Gazette⟧", "Gazette ⟦show⟧",
      "show ⟦that arrears at the parastatal’s Kwekwe and Bindura buying centres more than doubled between September and December last year⟧",
      "document"),
    A("⟦Mr Tawanda Chikore, chairperson of the Zimbabwe Artisanal Miners Federation, an umbrella body representing about 22 000 registered producers in six provinces⟧",
      "provinces, ⟦said⟧",
      "⟦some of his members had sold equipment to keep paying workers⟧", "person"),
    A("⟦Mr Chikore⟧ told", "Chikore ⟦told⟧",
      "⟦“We deliver the gold, the gold is exported, and then we wait. Nobody can run a mine on promises,”⟧",
      "person"),
    A(None, "⟦It is alleged⟧ that some buying",
      "alleged ⟦that some buying agents have been offering immediate cash to miners willing to accept a discount of up to 15 percent⟧",
      "none"),
    A("practice ⟦the federation⟧ says", "federation ⟦says⟧",
      ["⟦a practice⟧ the federation", "⟦is pushing gold into smuggling networks⟧"], "organization"),
    A("⟦A senior official in the Ministry of Mines and Mining Development⟧", "Press, ⟦said⟧",
      "⟦Treasury had not yet released a ZiG1,2 billion facility allocated to the PMMC in the 2025 national budget⟧",
      "anonymous", spec="described", reason=True),
    A("⟦the official⟧ said", "the official ⟦said⟧",
      "⟦“The corporation cannot pay miners with money it has not received. It is as simple as that,”⟧",
      "anonymous", spec="described", reason=True),
    A("⟦Sources⟧ say the matter", "Sources ⟦say⟧ the matter",
      "say ⟦the matter was discussed at a Cabinet committee meeting last month, but no decision was taken⟧",
      "anonymous", spec="vague", reason=False),
    A("⟦The Sunrise Mail, a State-owned daily⟧", "daily, ⟦reported⟧",
      "⟦that the corporation had secured a US$25 million bank facility to clear arrears⟧", "outlet"),
    A("⟦This publication⟧ reported", "This publication ⟦reported⟧",
      "⟦that at least three buying centres had run out of cash⟧", "self"),
    A("⟦The PMMC’s acting general manager, Dr Nyasha Mharadze⟧", "Mharadze, ⟦dismissed⟧",
      "dismissed ⟦reports of a liquidity crisis⟧", "person", den="dismissal"),
    A("⟦The PMMC’s acting general manager, Dr Nyasha Mharadze⟧", "“exaggerated”, ⟦saying⟧",
      "saying ⟦the corporation had cleared US$11 million in arrears since January and expected to be fully up to date “within the first quarter”⟧",
      "person"),
    A("saying ⟦the corporation⟧ had cleared", "January and ⟦expected⟧",
      "expected ⟦to be fully up to date “within the first quarter”⟧", "organization"),
    A(None, "dismissed ⟦reports⟧ of a liquidity", "reports of ⟦a liquidity crisis⟧", "none"),
    A("⟦She⟧ denied", "She ⟦denied⟧", "⟦that buying agents were authorised to offer discounts⟧",
      "pronoun", res="person", den="denial"),
    A("effect,” ⟦she⟧ said", "effect,” she ⟦said⟧",
      "⟦“Any agent found doing that will lose their licence with immediate effect,”⟧", "pronoun", res="person"),
    A("⟦Analysts⟧ warn", "Analysts ⟦warn⟧",
      "⟦that payment delays risk undoing recent gains in formal gold deliveries⟧", "vague"),
    A("according to ⟦the corporation’s own figures⟧", "⟦according to⟧ the corporation’s own",
      "⟦formal gold deliveries, which reached a record 36 tonnes last year⟧", "document", ch="report"),
    A("⟦The Ministry of Finance and Economic Development⟧", "⟦did not respond to written questions⟧", None,
      "organization", den="no-response"),
    A("⟦The Minister of Mines and Mining Development, Mr Elias Ndoro⟧", "⟦could not be reached for comment⟧", None,
      "person", den="no-response"),
])


article("enterprise-gazette", "2025-04-25", "fuel-import-tender-court-fight",
        "Fuel import tender under scrutiny as losing bidders go to court",
"""
A US$96 million tender to import diesel and petrol for the National Oil Procurement Company (Nopco)
is at the centre of a High Court dispute, with two losing bidders alleging that the winning firm
was registered just six weeks before the contract was awarded.

In an application filed on 14 April, Manyame Petroleum (Pvt) Ltd and Zambezi Crest Energy claim the
tender evaluation committee “ignored its own criteria” in awarding the contract to Bluecrane
Logistics, a company whose directors, it is alleged, include a relative of a senior Nopco manager.

According to the court papers, Bluecrane was incorporated in late January and had no previous
experience of importing fuel.

Nopco imports about 40 percent of the country’s liquid fuel, with the rest brought in by licensed
private operators. The contested tender covers supplies for the second half of the year.

Nopco’s corporate communications manager, Mrs Chiedza Marufu, denied any wrongdoing. “The tender was
flighted, evaluated and adjudicated in full compliance with the Public Procurement Act. Any bidder
unhappy with the outcome has recourse to the courts,” she said in a statement.

Bluecrane Logistics managing director Mr Farai Zvobgo said his company had “won fair and square”
and rejected suggestions that it lacked capacity.

However, a source close to the Nopco board, who spoke on condition of anonymity, said the board had
been split over whether to re-run the tender. “The board was told it was too late. That is not
true; nothing had been signed at that stage,” the source said.

The Public Tenders Oversight Board confirmed it had received a complaint. In a letter to the bidders
dated 2 April, seen by this publication, the board’s chief executive, Dr Simbarashe Nyoni, wrote
that the matter was “receiving attention”.

Mr Gift Sibanda, the chairperson of the Parliamentary Portfolio Committee on Energy and Power
Development and legislator for a Midlands constituency, believes the tender should be suspended
until the court has ruled. “Fuel is a national security issue. We cannot have questions hanging
over who is bringing it into the country,” he told The Enterprise Gazette.

Sources say fuel stocks could run low by June if the dispute delays the first shipment.

An audit of Nopco’s 2023 accounts, tabled in Parliament in March, found that the company had paid
US$4,7 million in demurrage charges for tankers kept waiting at its Harare depot. Nopco has
disputed the audit’s finding.

Lawyers for the Nopco board declined to comment on the court application. The Minister of Energy
and Power Development, Mr Tendai Mlambo, did not respond to questions sent to his office.
""", [
    A("with ⟦two losing bidders⟧ alleging", "bidders ⟦alleging⟧",
      "alleging ⟦that the winning firm was registered just six weeks before the contract was awarded⟧",
      "organization"),
    A("⟦Manyame Petroleum (Pvt) Ltd and Zambezi Crest Energy⟧", "Crest Energy ⟦claim⟧",
      "claim ⟦the tender evaluation committee “ignored its own criteria” in awarding the contract to Bluecrane Logistics⟧",
      "organization", ch="court filing"),
    A(None, "directors, ⟦it is alleged⟧",
      ["company ⟦whose directors⟧", "⟦include a relative of a senior Nopco manager⟧"], "none"),
    A("According to ⟦the court papers⟧", "⟦According to⟧ the court papers",
      "⟦Bluecrane was incorporated in late January and had no previous experience of importing fuel⟧",
      "document", ch="court filing"),
    A("⟦Nopco’s corporate communications manager, Mrs Chiedza Marufu⟧", "Marufu, ⟦denied⟧",
      "denied ⟦any wrongdoing⟧", "person", den="denial"),
    A("courts,” ⟦she⟧ said", "courts,” she ⟦said⟧",
      "⟦“The tender was flighted, evaluated and adjudicated in full compliance with the Public Procurement Act. Any bidder unhappy with the outcome has recourse to the courts,”⟧",
      "pronoun", res="person", ch="statement"),
    A("⟦Bluecrane Logistics managing director Mr Farai Zvobgo⟧", "Zvobgo ⟦said⟧",
      "⟦his company had “won fair and square”⟧", "person"),
    A("⟦Bluecrane Logistics managing director Mr Farai Zvobgo⟧", "and ⟦rejected⟧ suggestions",
      "rejected ⟦suggestions that it lacked capacity⟧", "person", den="denial"),
    A(None, "rejected ⟦suggestions⟧", "suggestions ⟦that it lacked capacity⟧", "none"),
    A("⟦a source close to the Nopco board⟧", "anonymity, ⟦said⟧",
      "⟦the board had been split over whether to re-run the tender⟧",
      "anonymous", spec="described", reason=False),
    A("⟦the source⟧ said", "the source ⟦said⟧",
      "⟦“The board was told it was too late. That is not true; nothing had been signed at that stage,”⟧",
      "anonymous", spec="described", reason=False),
    A(None, "board ⟦was told⟧", "was told ⟦it was too late⟧", "none"),
    A("⟦The Public Tenders Oversight Board⟧", "Board ⟦confirmed⟧", "⟦it had received a complaint⟧",
      "organization"),
    A("⟦the board’s chief executive, Dr Simbarashe Nyoni⟧", "Nyoni, ⟦wrote⟧",
      "⟦that the matter was “receiving attention”⟧", "person", ch="letter"),
    A("⟦Mr Gift Sibanda, the chairperson of the Parliamentary Portfolio Committee on Energy and Power Development and legislator for a Midlands constituency⟧",
      "constituency, ⟦believes⟧", "⟦the tender should be suspended until the court has ruled⟧", "person"),
    A("country,” ⟦he⟧ told", "he ⟦told⟧",
      "⟦“Fuel is a national security issue. We cannot have questions hanging over who is bringing it into the country,”⟧",
      "pronoun", res="person"),
    A("⟦Sources⟧ say fuel", "Sources ⟦say⟧ fuel",
      "say ⟦fuel stocks could run low by June if the dispute delays the first shipment⟧",
      "anonymous", spec="vague", reason=False),
    A("⟦An audit of Nopco’s 2023 accounts⟧", "March, ⟦found⟧",
      "⟦that the company had paid US$4,7 million in demurrage charges for tankers kept waiting at its Harare depot⟧",
      "document", ch="report"),
    A("depot. ⟦Nopco⟧ has", "Nopco ⟦has disputed⟧", "disputed ⟦the audit’s finding⟧", "organization", den="denial"),
    A("⟦the audit⟧’s finding", "audit’s ⟦finding⟧", None, "document", ch="report"),
    A("⟦Lawyers for the Nopco board⟧", "board ⟦declined to comment⟧", "⟦on the court application⟧",
      "organization", den="no-comment"),
    A("⟦The Minister of Energy and Power Development, Mr Tendai Mlambo⟧", "⟦did not respond to questions⟧", None,
      "person", den="no-response"),
])


article("enterprise-gazette", "2025-08-15", "cement-maker-boardroom-wrangle",
        "Boardroom wrangle rocks Gwehava Cement as pension fund demands answers",
"""
Gwehava Cement Holdings, the country’s second-largest cement producer, is embroiled in a boardroom
wrangle after its chief executive was suspended last week, this publication has learnt.

In a cautionary statement published on the local bourse on Monday, the company said its chief
executive, Mr Lovemore Tafirenyika, had been placed on “precautionary leave” pending “a review of
certain procurement transactions”. The statement added that the board “remains confident in the
company’s internal controls”.

It is understood that the review concerns ZiG84 million in payments for imported clinker made
between March and June. It is alleged that some of the consignments were invoiced twice.

The company reported a profit after tax of ZiG212 million for the six months to June, up 9 percent
on the same period last year, and has paid an interim dividend.

Mr Tafirenyika dismissed the allegations as “a smear campaign by rivals inside the company”. “I
have nothing to hide. Every payment went through the board’s own approval process,” he said in an
interview on Wednesday.

A director, who requested anonymity to discuss confidential board deliberations, said the suspension
followed a forensic review commissioned in July. The director said the board had been “united” in
its decision.

The company’s largest shareholder, the Mining Industry Pension Trust, which holds 31 percent, has
written to the board demanding an extraordinary general meeting. The trust’s principal officer, Mrs
Rudo Makombe, said: “Our members’ savings are invested in this company, and they deserve full
disclosure, not rumours.”

The Weekend Mirror reported on Sunday that the board chairman, Dr Peter Chidzikwe, had clashed with
Mr Tafirenyika over the appointment of a new clinker supplier. Dr Chidzikwe declined to be drawn on
the report, saying only that “the board will communicate through the proper channels”.

Sources say two non-executive directors could resign before the meeting. Market analysts fear the
dispute could delay the company’s planned US$40 million kiln expansion at its Midlands plant, which
was meant to lift annual capacity from 900 000 tonnes to 1,4 million tonnes by 2027.

Mr Brian Moyo, head of research at Harare stockbroking firm Kopje Securities, expects the share
price to remain under pressure until there is “clarity on the review”. Gwehava’s shares have lost
18 percent since the announcement, wiping about ZiG310 million off the company’s market value.

The Ministry of Industry and Commerce, which holds a 12 percent stake through a state investment
vehicle, said it was “monitoring the situation”. The clinker supplier at the centre of the dispute,
Limpopo Bulk Trading, did not respond to emailed questions, while Mr Tafirenyika’s lawyer, Mr
Tichaona Gara, could not be reached.
""", [
    A("⟦this publication⟧ has learnt", "publication ⟦has learnt⟧",
      "⟦Gwehava Cement Holdings, the country’s second-largest cement producer, is embroiled in a boardroom wrangle after its chief executive was suspended last week⟧",
      "self"),
    A("Monday, ⟦the company⟧ said", "the company ⟦said⟧ its chief",
      "said ⟦its chief executive, Mr Lovemore Tafirenyika, had been placed on “precautionary leave” pending “a review of certain procurement transactions”⟧",
      "organization", ch="statement"),
    A("⟦The statement⟧ added", "statement ⟦added⟧",
      "⟦that the board “remains confident in the company’s internal controls”⟧", "document", ch="statement"),
    A(None, "⟦It is understood⟧ that the review",
      "⟦that the review concerns ZiG84 million in payments for imported clinker made between March and June⟧", "none"),
    A(None, "⟦It is alleged⟧ that some of the consignments",
      "⟦that some of the consignments were invoiced twice⟧", "none"),
    A("⟦The company⟧ reported a profit", "The company ⟦reported⟧ a profit",
      "reported ⟦a profit after tax of ZiG212 million for the six months to June⟧", "organization"),
    A("⟦Mr Tafirenyika⟧ dismissed", "Tafirenyika ⟦dismissed⟧", "dismissed ⟦the allegations⟧",
      "person", den="dismissal"),
    A("process,” ⟦he⟧ said", "process,” he ⟦said⟧",
      "⟦“I have nothing to hide. Every payment went through the board’s own approval process,”⟧",
      "pronoun", res="person", ch="interview"),
    A("⟦A director⟧, who requested", "deliberations, ⟦said⟧",
      "⟦the suspension followed a forensic review commissioned in July⟧",
      "anonymous", spec="described", reason=True),
    A("⟦The director⟧ said", "The director ⟦said⟧", "⟦the board had been “united” in its decision⟧",
      "anonymous", spec="described", reason=True),
    A("⟦The company’s largest shareholder, the Mining Industry Pension Trust⟧",
      "percent, ⟦has written to the board demanding⟧", "demanding ⟦an extraordinary general meeting⟧",
      "organization", ch="letter"),
    A("⟦The trust’s principal officer, Mrs Rudo Makombe⟧", "Makombe, ⟦said:⟧",
      "⟦“Our members’ savings are invested in this company, and they deserve full disclosure, not rumours.”⟧",
      "person"),
    A("⟦The Weekend Mirror⟧", "Mirror ⟦reported⟧",
      "⟦that the board chairman, Dr Peter Chidzikwe, had clashed with Mr Tafirenyika over the appointment of a new clinker supplier⟧",
      "outlet"),
    A("⟦Dr Chidzikwe⟧ declined", "Chidzikwe ⟦declined to be drawn⟧", "⟦on the report⟧",
      "person", den="no-comment"),
    A("⟦Dr Chidzikwe⟧ declined", "report, ⟦saying only⟧",
      "⟦that “the board will communicate through the proper channels”⟧", "person"),
    A("⟦Sources⟧ say two", "Sources ⟦say⟧ two",
      "say ⟦two non-executive directors could resign before the meeting⟧",
      "anonymous", spec="vague", reason=False),
    A("⟦Market analysts⟧", "analysts ⟦fear⟧",
      "fear ⟦the dispute could delay the company’s planned US$40 million kiln expansion at its Midlands plant⟧",
      "vague"),
    A("⟦Mr Brian Moyo, head of research at Harare stockbroking firm Kopje Securities⟧", "Securities, ⟦expects⟧",
      "⟦the share price to remain under pressure until there is “clarity on the review”⟧", "person"),
    A("⟦The Ministry of Industry and Commerce⟧", "vehicle, ⟦said⟧", "⟦it was “monitoring the situation”⟧",
      "organization"),
    A("⟦The clinker supplier at the centre of the dispute, Limpopo Bulk Trading⟧",
      "⟦did not respond to emailed questions⟧", None, "organization", den="no-response", ch="email"),
    A("⟦Mr Tafirenyika’s lawyer, Mr Tichaona Gara⟧", "⟦could not be reached⟧", None,
      "person", den="no-response"),
])


# ---------------------------------------------------------------------------------------------
# Outlet 3: territory-star — a Northern Territory (Australia) daily, "the Star"
# ---------------------------------------------------------------------------------------------

article("territory-star", "2025-01-22", "ngurrapala-police-post-unstaffed",
        "Police post at Ngurrapala left without officers for 40 days",
"""
The police post at the remote community of Ngurrapala, 380km south-east of Katherine, was left
without a single officer for 40 days over the wet season, according to rostering figures obtained
by the Territory Star.

Red Sand Radio, the region's Aboriginal community broadcaster, reported on Monday that residents had
been forced to call Katherine, a four-hour drive away on a good day, when a fight broke out at the
community store in December. Barrakee FM reported that a second post, at Yalkarra, was also
unstaffed for part of January.

Ngurrapala Aboriginal Corporation chairman Dennis Marrawili said the community had "been forgotten".

"There were meant to be two officers living here. For six weeks there was nobody. If someone had
been badly hurt, who was going to help them?" Marrawili said.

NT Police Acting Assistant Commissioner Karen Whitby said staff shortages across the Katherine
region had forced "difficult decisions" over Christmas.

Whitby said: "Every community had access to police, whether from the nearest station or by air.
That is not the same as having officers living in the community, and we are working to fix it."

The Arafura Regional Land Council, which represents traditional owners across 11 communities, has
demanded an explanation from Police Minister Grant Halloran. In a letter to the minister, council
chief executive Michelle Dorrington said the gap was "a breach of the commitments made when the post
opened in 2019".

"The minister has asked for a full briefing and will respond to the land council directly" — a
spokeswoman for Halloran said.

Opposition police spokesman Luke Fenwick tweeted that the government had "abandoned the bush". The
spokeswoman dismissed that as "cheap politics".

NT Police declined to say how many other remote posts had been left unstaffed over the holiday
period, citing "operational security".

One officer who has worked in the region, who spoke on condition of anonymity because officers are
not permitted to speak publicly, said relief staff were being flown in "for a week at a time, with
no handover".

The Territory Police Federation believes at least 60 positions remain unfilled across the bush.
Federation president Sam Petrakis said officers were "burning out" covering remote postings on short
rotations. The federation's own survey, released in October, found that remote officers worked an
average of 11 hours of unpaid overtime a week.

It is understood two officers will return to Ngurrapala next week. Residents told the Star they had
heard that before.

Halloran did not respond to questions about whether the post would be permanently staffed.
""", [
    A("according to ⟦rostering figures obtained by the Territory Star⟧", "⟦according to⟧ rostering",
      "⟦The police post at the remote community of Ngurrapala, 380km south-east of Katherine, was left without a single officer for 40 days over the wet season⟧",
      "document"),
    A("⟦Red Sand Radio, the region's Aboriginal community broadcaster⟧", "broadcaster, ⟦reported⟧",
      "⟦that residents had been forced to call Katherine, a four-hour drive away on a good day, when a fight broke out at the community store in December⟧",
      "outlet"),
    A("⟦Barrakee FM⟧", "Barrakee FM ⟦reported⟧",
      "⟦that a second post, at Yalkarra, was also unstaffed for part of January⟧", "outlet"),
    A("⟦Ngurrapala Aboriginal Corporation chairman Dennis Marrawili⟧", "Marrawili ⟦said⟧ the community",
      "⟦the community had \"been forgotten\"⟧", "person"),
    A("?\" ⟦Marrawili⟧ said", "?\" Marrawili ⟦said⟧",
      "⟦\"There were meant to be two officers living here. For six weeks there was nobody. If someone had been badly hurt, who was going to help them?\"⟧",
      "person"),
    A("⟦NT Police Acting Assistant Commissioner Karen Whitby⟧", "Karen Whitby ⟦said⟧",
      "⟦staff shortages across the Katherine region had forced \"difficult decisions\" over Christmas⟧", "person"),
    A("⟦Whitby⟧ said:", "Whitby ⟦said:⟧",
      "⟦\"Every community had access to police, whether from the nearest station or by air. That is not the same as having officers living in the community, and we are working to fix it.\"⟧",
      "person"),
    A("⟦The Arafura Regional Land Council⟧", "communities, ⟦has demanded⟧",
      "demanded ⟦an explanation⟧", "organization"),
    A("⟦council chief executive Michelle Dorrington⟧", "Dorrington ⟦said⟧",
      "⟦the gap was \"a breach of the commitments made when the post opened in 2019\"⟧", "person", ch="letter"),
    A("— ⟦a spokeswoman for Halloran⟧", "Halloran ⟦said⟧.",
      "⟦\"The minister has asked for a full briefing and will respond to the land council directly\"⟧",
      "organization"),
    A("\"⟦The minister⟧ has asked", "minister ⟦has asked for⟧", "asked for ⟦a full briefing⟧", "person"),
    A("⟦Opposition police spokesman Luke Fenwick⟧", "Fenwick ⟦tweeted⟧",
      "⟦that the government had \"abandoned the bush\"⟧", "person", ch="post"),
    A("⟦The spokeswoman⟧ dismissed", "spokeswoman ⟦dismissed⟧", "dismissed ⟦that⟧ as",
      "organization", den="dismissal"),
    A("⟦NT Police⟧ declined", "Police ⟦declined to say⟧",
      "⟦how many other remote posts had been left unstaffed over the holiday period⟧",
      "organization", den="no-comment"),
    A("⟦NT Police⟧ declined", "period, ⟦citing⟧", "citing ⟦\"operational security\"⟧", "organization"),
    A("⟦One officer who has worked in the region⟧", "publicly, ⟦said⟧",
      "⟦relief staff were being flown in \"for a week at a time, with no handover\"⟧",
      "anonymous", spec="described", reason=True),
    A("⟦The Territory Police Federation⟧", "Federation ⟦believes⟧",
      "⟦at least 60 positions remain unfilled across the bush⟧", "organization"),
    A("⟦Federation president Sam Petrakis⟧", "Petrakis ⟦said⟧",
      "⟦officers were \"burning out\" covering remote postings on short rotations⟧", "person"),
    A("⟦The federation's own survey⟧", "October, ⟦found⟧",
      "⟦that remote officers worked an average of 11 hours of unpaid overtime a week⟧", "document", ch="report"),
    A(None, "⟦It is understood⟧", "⟦two officers will return to Ngurrapala next week⟧", "none"),
    A("⟦Residents⟧ told", "Residents ⟦told⟧", "⟦they had heard that before⟧", "vague"),
    A("⟦Halloran⟧ did not respond", "⟦did not respond to questions⟧",
      "⟦about whether the post would be permanently staffed⟧", "person", den="no-response"),
])


article("territory-star", "2025-05-08", "kelleran-creek-lithium-split",
        "Traditional owners split over Kelleran Creek lithium mine",
"""
A proposed lithium mine near the remote community of Wirlinyi has divided traditional owners, with
one family group launching legal action to stop the project.

In documents filed in the Supreme Court last week, senior traditional owner Rosie Japarta and six
relatives claim the Central Ranges Land Council did not properly consult them before consenting to
an exploration agreement with Red Ochre Minerals in 2022.

Japarta said the site of the proposed open pit included a women's ceremonial ground. "They came out
here once with maps and a barbecue. Nobody sat down with the old women," she said.

The land council rejected the claim. "The council followed every step required under the Act, and
traditional owners gave their informed consent at two separate meetings" — a council spokesman said.

But a senior land council staffer, who asked not to be identified because staff are barred from
speaking to the media, said attendance at the second meeting had been "thin". The staffer said some
senior women had been at a funeral in another community that week.

Another group of traditional owners backs the project. Ranger co-ordinator Colin Maddox said: "Our
young people need work. This is the first real chance of jobs here in my lifetime."

Red Ochre Minerals managing director Stuart Pennington told the Star the company had "followed the
law to the letter" and would "respect whatever the court decides". The company expects to lodge its
environmental impact statement by September, he said.

A draft report prepared for the Territory Environment Authority, seen by the Star, found the pit
would draw down groundwater across an area of about 14 square kilometres. It warned that two springs
used for drinking water and ceremony "may cease to flow in dry years".

Pennington dismissed the draft as "a worst-case model that doesn't reflect our water management
plan".

Environmental groups fear the authority will approve the mine before the court case is heard. The
authority is expected to make a decision early next year.

The Star revealed in March that Red Ochre had begun drilling within 2km of the community's main
bore. Lithium prices have fallen by more than half since 2023, and two other lithium projects in the
Territory have been put on hold in the past year.

The national mining newsletter Resource Watch Weekly reported this month that Red Ochre was in talks
with an overseas buyer for its lithium concentrate. The company declined to comment on the report.
NT Mining Minister Kylie Ashworth did not respond to questions from the Star.
""", [
    A("⟦senior traditional owner Rosie Japarta and six relatives⟧", "relatives ⟦claim⟧",
      "claim ⟦the Central Ranges Land Council did not properly consult them before consenting to an exploration agreement with Red Ochre Minerals in 2022⟧",
      "person", ch="court filing"),
    A("⟦Japarta⟧ said the site", "Japarta ⟦said⟧ the site",
      "said ⟦the site of the proposed open pit included a women's ceremonial ground⟧", "person"),
    A("women,\" ⟦she⟧ said", "women,\" she ⟦said⟧",
      "⟦\"They came out here once with maps and a barbecue. Nobody sat down with the old women,\"⟧",
      "pronoun", res="person"),
    A("⟦The land council⟧ rejected", "land council ⟦rejected⟧", "rejected ⟦the claim⟧",
      "organization", den="denial"),
    A("— ⟦a council spokesman⟧", "council spokesman ⟦said⟧",
      "⟦\"The council followed every step required under the Act, and traditional owners gave their informed consent at two separate meetings\"⟧",
      "organization"),
    A("⟦a senior land council staffer⟧", "media, ⟦said⟧",
      "⟦attendance at the second meeting had been \"thin\"⟧", "anonymous", spec="described", reason=True),
    A("⟦The staffer⟧ said", "The staffer ⟦said⟧",
      "⟦some senior women had been at a funeral in another community that week⟧",
      "anonymous", spec="described", reason=True),
    A("⟦Another group of traditional owners⟧", "owners ⟦backs⟧", "backs ⟦the project⟧", "vague"),
    A("⟦Ranger co-ordinator Colin Maddox⟧", "Maddox ⟦said:⟧",
      "⟦\"Our young people need work. This is the first real chance of jobs here in my lifetime.\"⟧", "person"),
    A("⟦Red Ochre Minerals managing director Stuart Pennington⟧", "Pennington ⟦told⟧",
      "⟦the company had \"followed the law to the letter\" and would \"respect whatever the court decides\"⟧",
      "person"),
    A("⟦The company⟧ expects", "company ⟦expects⟧",
      "expects ⟦to lodge its environmental impact statement by September⟧", "organization"),
    A("September, ⟦he⟧ said", "September, he ⟦said⟧",
      "⟦The company expects to lodge its environmental impact statement by September⟧", "pronoun", res="person"),
    A("⟦A draft report prepared for the Territory Environment Authority⟧", "the Star, ⟦found⟧",
      "⟦the pit would draw down groundwater across an area of about 14 square kilometres⟧",
      "document", ch="report"),
    A("⟦It⟧ warned", "It ⟦warned⟧",
      "⟦that two springs used for drinking water and ceremony \"may cease to flow in dry years\"⟧",
      "pronoun", res="document", ch="report"),
    A("⟦Pennington⟧ dismissed", "Pennington ⟦dismissed⟧", "dismissed ⟦the draft⟧", "person", den="dismissal"),
    A("⟦Environmental groups⟧", "groups ⟦fear⟧",
      "⟦the authority will approve the mine before the court case is heard⟧", "vague"),
    A(None, "authority ⟦is expected⟧",
      ["⟦The authority⟧ is expected", "⟦to make a decision early next year⟧"], "none"),
    A("⟦The Star⟧ revealed", "Star ⟦revealed⟧",
      "⟦that Red Ochre had begun drilling within 2km of the community's main bore⟧", "self"),
    A("⟦The national mining newsletter Resource Watch Weekly⟧", "Weekly ⟦reported⟧",
      "⟦that Red Ochre was in talks with an overseas buyer for its lithium concentrate⟧", "outlet"),
    A("⟦The company⟧ declined", "company ⟦declined to comment⟧", "⟦on the report⟧",
      "organization", den="no-comment"),
    A("⟦NT Mining Minister Kylie Ashworth⟧", "⟦did not respond to questions⟧", None,
      "person", den="no-response"),
])


article("territory-star", "2025-12-02", "remote-generators-fail-heatwave",
        "Hundreds without power as generators fail in three communities",
"""
More than 600 people in three remote communities spent up to four days without electricity last
week after backup generators failed during a heatwave, Territory Remote Energy has confirmed.

The outages hit Jilkarra Springs, Warrabin and Mulga Bore between Wednesday and Saturday, when
temperatures reached 42C.

Most remote communities in the Territory rely on diesel power stations, with small solar farms
supplying a growing share of daytime demand. Backup units are meant to start automatically when the
main supply fails.

NT Police said officers had helped move 14 elderly and unwell residents to the clinic at Warrabin,
which has its own solar battery. Superintendent Mick Darcy said: "Our members did everything they
could, but at one stage we had people sitting in police vehicles just to get air-conditioning."

Territory Remote Energy chief executive Fiona Castellano said the generators had been serviced in
October and the failures were "unexpected". She believes a faulty batch of fuel filters was to
blame.

But Coolibah Regional Council mayor Norman Peckham posted on Facebook that the council had warned
the corporation about the ageing units "at least three times" in the past year.

An email from the council to the corporation in August, seen by the Territory Star, said one of the
Jilkarra Springs generators was "running on borrowed time".

Castellano rejected suggestions the corporation had ignored the warnings: "Every concern raised
with us was logged, assessed and acted on."

A nurse at the Jilkarra Springs clinic, who asked not to be named because health staff are not
permitted to speak to the media, said the clinic's vaccine fridge had been kept running on a
borrowed generator. "We were lucky. If that fridge had gone, we would have lost about $20,000 worth
of vaccines," she said.

Food in community store freezers spoiled in all three communities. The store operator, Bluebush Community
Stores, said it would write off about $35,000 of stock and would not pass the cost on to customers.

Opposition energy spokeswoman Tess Kowalczyk thinks the outages were "entirely predictable". In a
statement, she said the government had "starved remote power of investment for a decade".

Energy Minister Paul Brennan's office dismissed that as "opportunistic" — a spokesman said the
government had committed $48 million to remote power upgrades over four years. Only two of nine
planned upgrades are finished, according to the corporation's annual report, despite the minister's
statement in October that the program was "on track".

It was reported on local radio that a fourth community, Lake Tolbury, lost power briefly on Sunday.
Territory Remote Energy did not respond to questions about the report on Monday.
""", [
    A("heatwave, ⟦Territory Remote Energy⟧", "Energy ⟦has confirmed⟧",
      "⟦More than 600 people in three remote communities spent up to four days without electricity last week after backup generators failed during a heatwave⟧",
      "organization"),
    A("⟦NT Police⟧ said", "NT Police ⟦said⟧",
      "⟦officers had helped move 14 elderly and unwell residents to the clinic at Warrabin⟧", "organization"),
    A("⟦Superintendent Mick Darcy⟧", "Darcy ⟦said:⟧",
      "⟦\"Our members did everything they could, but at one stage we had people sitting in police vehicles just to get air-conditioning.\"⟧",
      "person"),
    A("⟦Territory Remote Energy chief executive Fiona Castellano⟧", "Castellano ⟦said⟧ the generators",
      "⟦the generators had been serviced in October and the failures were \"unexpected\"⟧", "person"),
    A("⟦She⟧ believes", "She ⟦believes⟧", "⟦a faulty batch of fuel filters was to blame⟧",
      "pronoun", res="person"),
    A("⟦Coolibah Regional Council mayor Norman Peckham⟧", "Peckham ⟦posted⟧",
      "⟦that the council had warned the corporation about the ageing units \"at least three times\" in the past year⟧",
      "person", ch="post"),
    A("that ⟦the council⟧ had warned", "council ⟦had warned⟧", "corporation ⟦about the ageing units⟧",
      "organization"),
    A("⟦An email from the council to the corporation in August⟧", "Territory Star, ⟦said⟧",
      "⟦one of the Jilkarra Springs generators was \"running on borrowed time\"⟧", "document", ch="email"),
    A("⟦Castellano⟧ rejected", "Castellano ⟦rejected⟧",
      "rejected ⟦suggestions the corporation had ignored the warnings⟧", "person", den="denial"),
    A(None, "rejected ⟦suggestions⟧", "suggestions ⟦the corporation had ignored the warnings⟧", "none"),
    A("⟦Castellano⟧ rejected", "warnings⟦:⟧ \"Every",
      "⟦\"Every concern raised with us was logged, assessed and acted on.\"⟧", "person"),
    A("⟦A nurse at the Jilkarra Springs clinic⟧", "media, ⟦said⟧",
      "⟦the clinic's vaccine fridge had been kept running on a borrowed generator⟧",
      "anonymous", spec="described", reason=True),
    A("vaccines,\" ⟦she⟧ said", "vaccines,\" she ⟦said⟧",
      "⟦\"We were lucky. If that fridge had gone, we would have lost about $20,000 worth of vaccines,\"⟧",
      "pronoun", res="anonymous", spec="described", reason=True),
    A("⟦The store operator, Bluebush Community Stores⟧", "Stores, ⟦said⟧",
      "⟦it would write off about $35,000 of stock and would not pass the cost on to customers⟧",
      "organization"),
    A("⟦Opposition energy spokeswoman Tess Kowalczyk⟧", "Kowalczyk ⟦thinks⟧",
      "⟦the outages were \"entirely predictable\"⟧", "person"),
    A("statement, ⟦she⟧ said", "statement, she ⟦said⟧",
      "⟦the government had \"starved remote power of investment for a decade\"⟧",
      "pronoun", res="person", ch="statement"),
    A("⟦Energy Minister Paul Brennan's office⟧", "office ⟦dismissed⟧", "dismissed ⟦that⟧ as",
      "organization", den="dismissal"),
    A("— ⟦a spokesman⟧ said", "a spokesman ⟦said⟧",
      "⟦the government had committed $48 million to remote power upgrades over four years⟧", "organization"),
    A("according to ⟦the corporation's annual report⟧", "finished, ⟦according to⟧",
      "⟦Only two of nine planned upgrades are finished⟧", "document", ch="report"),
    A("despite ⟦the minister⟧'s statement", "minister's ⟦statement⟧ in October",
      "⟦that the program was \"on track\"⟧", "person"),
    A(None, "⟦It was reported⟧", "⟦that a fourth community, Lake Tolbury, lost power briefly on Sunday⟧",
      "none", ch="radio"),
    A("⟦Territory Remote Energy⟧ did not respond", "⟦did not respond to questions⟧", "⟦about the report⟧",
      "organization", den="no-response"),
])


# ---------------------------------------------------------------------------------------------
# Outlet 4: tamarack-watch — a nonprofit US county-government watchdog newsletter
# ---------------------------------------------------------------------------------------------

article("tamarack-watch", "2025-03-27", "jail-health-contract-no-bids",
        "Jail health contract extended for $6.2 million without competitive bidding",
"""
Tamarack County commissioners extended the jail's medical services contract by three years and $6.2
million in January without seeking competing bids, according to records obtained by Tamarack Watch
through a public-records request.

The contract with Keystone Correctional Health was approved on a 3-2 vote as part of the consent
agenda, which allows routine items to pass without discussion. Emails show that county purchasing
director Janine Okafor warned commissioners two days before the vote that the extension "does not
meet the emergency exception" in the county's procurement code.

"I can't sign off on this as an emergency," Okafor wrote in a Jan. 12 email to Commission Chair Dale
Brandt. "If the board goes ahead anyway, that's the board's call."

Brandt replied an hour later: "Understood. We'll handle it."

In an interview, Brandt said the extension was necessary because the county's backup provider had
withdrawn from the market in December and "there was no time to run a full bid." He denied that
Keystone's owner, a longtime campaign donor, had received special treatment.

Campaign finance reports show Keystone founder Russell Pike and his wife gave $12,500 to Brandt's
2022 re-election campaign.

Commissioner Maria Delgado, who voted against the extension, said she was never shown Okafor's
email. "If I'd seen that email, I would have pulled the item off consent and debated it in public,"
Delgado said.

Text messages obtained by Tamarack Watch show that Commissioner Ray Sutter, who voted for the
extension, texted a Keystone executive the evening of the vote: "Done. 3-2. Told you."

Sutter declined to be interviewed. In a brief written response, he said the message "was a courtesy,
nothing more" and called questions about it "a fishing expedition."

A county employee familiar with the contract, who spoke on condition of anonymity for fear of
retaliation, said purchasing staff had been told "not to put anything else in writing" after
Okafor's email.

The jail holds an average of 410 people a day. Keystone has provided its medical care since 2019
under a contract that was last put out to bid in 2018. Its annual payments have risen from $1.4
million to $2.1 million over that period, county budget documents show.

Okafor, who left the county in February, said in a brief phone call that she stood by her email.
County Administrator Tom Reinholt did not respond to repeated requests for comment. Keystone
Correctional Health did not respond to an email and two phone messages.
""", [
    A("according to ⟦records obtained by Tamarack Watch through a public-records request⟧",
      "⟦according to⟧ records",
      "⟦Tamarack County commissioners extended the jail's medical services contract by three years and $6.2 million in January without seeking competing bids⟧",
      "document"),
    A("⟦Emails⟧ show", "Emails ⟦show⟧",
      "show ⟦that county purchasing director Janine Okafor warned commissioners two days before the vote that the extension \"does not meet the emergency exception\" in the county's procurement code⟧",
      "document", ch="email"),
    A("⟦county purchasing director Janine Okafor⟧", "Okafor ⟦warned⟧",
      "vote ⟦that the extension \"does not meet the emergency exception\" in the county's procurement code⟧",
      "person", ch="email"),
    A("emergency,\" ⟦Okafor⟧ wrote", "Okafor ⟦wrote⟧",
      ["⟦\"I can't sign off on this as an emergency,\"⟧", "⟦\"If the board goes ahead anyway, that's the board's call.\"⟧"],
      "person", ch="email"),
    A("⟦Brandt⟧ replied", "Brandt ⟦replied⟧", "⟦\"Understood. We'll handle it.\"⟧", "person", ch="email"),
    A("interview, ⟦Brandt⟧ said", "interview, Brandt ⟦said⟧",
      "said ⟦the extension was necessary because the county's backup provider had withdrawn from the market in December and \"there was no time to run a full bid.\"⟧",
      "person", ch="interview"),
    A("⟦He⟧ denied", "He ⟦denied⟧",
      "⟦that Keystone's owner, a longtime campaign donor, had received special treatment⟧",
      "pronoun", res="person", den="denial"),
    A("⟦Campaign finance reports⟧", "reports ⟦show⟧",
      "show ⟦Keystone founder Russell Pike and his wife gave $12,500 to Brandt's 2022 re-election campaign⟧",
      "document", ch="report"),
    A("⟦Commissioner Maria Delgado⟧", "extension, ⟦said⟧ she was never",
      "⟦she was never shown Okafor's email⟧", "person"),
    A("public,\" ⟦Delgado⟧ said", "public,\" Delgado ⟦said⟧",
      "⟦\"If I'd seen that email, I would have pulled the item off consent and debated it in public,\"⟧",
      "person"),
    A("⟦Text messages obtained by Tamarack Watch⟧", "Tamarack Watch ⟦show⟧",
      "show ⟦that Commissioner Ray Sutter, who voted for the extension, texted a Keystone executive the evening of the vote: \"Done. 3-2. Told you.\"⟧",
      "document", ch="text message"),
    A("⟦Commissioner Ray Sutter⟧", "extension, ⟦texted⟧", "⟦\"Done. 3-2. Told you.\"⟧", "person", ch="text message"),
    A("⟦Sutter⟧ declined", "Sutter ⟦declined to be interviewed⟧", None, "person", den="no-comment"),
    A("response, ⟦he⟧ said", "response, he ⟦said⟧", "⟦the message \"was a courtesy, nothing more\"⟧",
      "pronoun", res="person", ch="statement"),
    A("response, ⟦he⟧ said", "nothing more\" and ⟦called⟧",
      "called ⟦questions about it \"a fishing expedition.\"⟧", "pronoun", res="person", den="dismissal",
      ch="statement"),
    A("⟦A county employee familiar with the contract⟧", "retaliation, ⟦said⟧",
      "⟦purchasing staff had been told \"not to put anything else in writing\" after Okafor's email⟧",
      "anonymous", spec="described", reason=True),
    A(None, "staff ⟦had been told⟧", "told ⟦\"not to put anything else in writing\"⟧", "none"),
    A("⟦county budget documents⟧", "budget documents ⟦show⟧",
      "⟦Its annual payments have risen from $1.4 million to $2.1 million over that period⟧", "document", ch="report"),
    A("⟦Okafor⟧, who left", "February, ⟦said⟧", "⟦that she stood by her email⟧", "person"),
    A("⟦County Administrator Tom Reinholt⟧", "⟦did not respond to repeated requests for comment⟧", None,
      "person", den="no-response"),
    A("⟦Keystone Correctional Health⟧ did not respond",
      "⟦did not respond to an email and two phone messages⟧", None, "organization", den="no-response"),
])


article("tamarack-watch", "2025-07-10", "sheriff-overtime-tops-2-million",
        "Sheriff's office overtime tops $2.1 million as patrol ranks thin",
"""
The Tamarack County Sheriff's Office paid $2.14 million in overtime in the fiscal year that ended
June 30, up 38% from two years earlier, an analysis of payroll data by Tamarack Watch found.

Four deputies each earned more than $60,000 in overtime, the records show. One, a patrol sergeant,
was paid for 1,460 overtime hours — the equivalent of an extra 28 hours every week.

The office has 142 sworn positions. Its overtime budget for the year was $1.3 million, so the
department overspent by about $840,000, a gap commissioners covered from reserves in June.

Sheriff Dana Whitcomb said the overtime reflected vacancies, not abuse. "We are 19 deputies short.
Somebody has to cover those shifts, and I'm not going to leave a patrol zone empty," Whitcomb said
in an interview last week.

A county audit released in May found that the office had no written policy for approving overtime
in advance and that supervisors "routinely" signed their own timesheets. Whitcomb disputed the
audit's finding on timesheets, saying a new approval system had been in place since March.

Two deputies, who spoke on condition of anonymity because they were not authorized to speak to the
press, said mandatory overtime had become "the norm, not the exception." One of the deputies said he
had worked 16-hour shifts on four consecutive days in June.

"People are exhausted. Somebody is going to get hurt," he said.

Under the county's contract with the Tamarack Deputies' Association, any shift over 10 hours is paid
at time-and-a-half. Association president Kyle Brandvold posted on Facebook last month that
deputies were "running on fumes" and called for the county to fund 12 new positions.

Commissioner Maria Delgado wrote in an email to Tamarack Watch that she expects the board to "take
a hard look" at the sheriff's budget request in August.

The overtime bill has drawn scrutiny before. The Carver Valley Gazette reported in 2023 that a
former lieutenant had been paid for overtime shifts while on vacation; the lieutenant later repaid
$4,800, according to court records. The Gazette later reported that the office had tightened its
rules on claiming overtime during leave.

Critics say the pattern points to a management problem. "Vacancies explain some of it. They don't
explain a sergeant working 1,460 extra hours," said Lena Marsh, a former county budget analyst who
now runs the nonprofit Open Books Tamarack.

The Sheriff's Office did not respond to a follow-up request for the sergeant's timesheets, and the
county's Human Resources Department declined to comment.
""", [
    A("⟦an analysis of payroll data by Tamarack Watch⟧", "Tamarack Watch ⟦found⟧",
      "⟦The Tamarack County Sheriff's Office paid $2.14 million in overtime in the fiscal year that ended June 30, up 38% from two years earlier⟧",
      "self"),
    A("⟦the records⟧ show", "the records ⟦show⟧",
      "⟦Four deputies each earned more than $60,000 in overtime⟧", "document"),
    A("⟦Sheriff Dana Whitcomb⟧", "Whitcomb ⟦said⟧ the overtime",
      "⟦the overtime reflected vacancies, not abuse⟧", "person"),
    A("empty,\" ⟦Whitcomb⟧ said", "empty,\" Whitcomb ⟦said⟧",
      "⟦\"We are 19 deputies short. Somebody has to cover those shifts, and I'm not going to leave a patrol zone empty,\"⟧",
      "person", ch="interview"),
    A("⟦A county audit released in May⟧", "May ⟦found⟧",
      "⟦that the office had no written policy for approving overtime in advance and that supervisors \"routinely\" signed their own timesheets⟧",
      "document", ch="report"),
    A("⟦Whitcomb⟧ disputed", "Whitcomb ⟦disputed⟧", "disputed ⟦the audit's finding on timesheets⟧",
      "person", den="denial"),
    A("⟦the audit⟧'s finding on", "audit's ⟦finding⟧ on", None, "document", ch="report"),
    A("⟦Whitcomb⟧ disputed", "timesheets, ⟦saying⟧",
      "⟦a new approval system had been in place since March⟧", "person"),
    A("⟦Two deputies⟧", "press, ⟦said⟧",
      "⟦mandatory overtime had become \"the norm, not the exception.\"⟧",
      "anonymous", spec="described", reason=True),
    A("⟦One of the deputies⟧", "deputies ⟦said⟧",
      "⟦he had worked 16-hour shifts on four consecutive days in June⟧",
      "anonymous", spec="described", reason=True),
    A("hurt,\" ⟦he⟧ said", "hurt,\" he ⟦said⟧", "⟦\"People are exhausted. Somebody is going to get hurt,\"⟧",
      "pronoun", res="anonymous", spec="described", reason=True),
    A("⟦Association president Kyle Brandvold⟧", "Brandvold ⟦posted⟧",
      "⟦that deputies were \"running on fumes\"⟧", "person", ch="post"),
    A("⟦Association president Kyle Brandvold⟧", "⟦called for⟧",
      "called for ⟦the county to fund 12 new positions⟧", "person", ch="post"),
    A("⟦Commissioner Maria Delgado⟧", "Delgado ⟦wrote⟧",
      "⟦that she expects the board to \"take a hard look\" at the sheriff's budget request in August⟧",
      "person", ch="email"),
    A("that ⟦she⟧ expects", "she ⟦expects⟧",
      "expects ⟦the board to \"take a hard look\" at the sheriff's budget request in August⟧",
      "pronoun", res="person"),
    A("⟦The Carver Valley Gazette⟧", "Gazette ⟦reported⟧",
      "⟦that a former lieutenant had been paid for overtime shifts while on vacation⟧", "outlet"),
    A("according to ⟦court records⟧", "⟦according to⟧ court records",
      "⟦the lieutenant later repaid $4,800⟧", "document", ch="court filing"),
    A("⟦The Gazette⟧ later", "Gazette later ⟦reported⟧",
      "⟦that the office had tightened its rules on claiming overtime during leave⟧", "outlet"),
    A("⟦Critics⟧", "Critics ⟦say⟧", "⟦the pattern points to a management problem⟧", "vague"),
    A("⟦Lena Marsh, a former county budget analyst who now runs the nonprofit Open Books Tamarack⟧",
      "hours,\" ⟦said⟧ Lena",
      "⟦\"Vacancies explain some of it. They don't explain a sergeant working 1,460 extra hours,\"⟧", "person"),
    A("⟦The Sheriff's Office⟧ did not respond", "⟦did not respond to a follow-up request⟧", None,
      "organization", den="no-response"),
    A("⟦the county's Human Resources Department⟧", "Department ⟦declined to comment⟧", None,
      "organization", den="no-comment"),
])


article("tamarack-watch", "2025-10-29", "bridge-firm-commissioner-relative",
        "Bridge repair firm tied to commissioner's brother-in-law won $1.8 million in county work",
"""
A paving and bridge repair company co-owned by the brother-in-law of County Commissioner Ray Sutter
has received $1.8 million in county contracts since 2022, according to county payment records
reviewed by Tamarack Watch.

State corporation filings list Sutter's brother-in-law, Curtis Heald, as a co-owner and registered
agent of Ridgeline Bridge & Paving LLC. Sutter voted to approve at least five of the company's
contracts and did not disclose the relationship, meeting minutes show.

Ridgeline was formed in 2021 and had no county contracts before Sutter took office in January 2022.
It now holds three of the county's five active road maintenance agreements.

Tamarack Watch first reported Sutter's ties to Ridgeline in March. After that story, the county
attorney's office refused to release Ridgeline's bid documents, saying in a letter that doing so
"could compromise an active procurement."

Tamarack Watch has asked a district judge to order the records released. In a court filing, the
county argued that the documents were exempt because the bids were "still under evaluation."

In an interview, Sutter denied any conflict of interest. "Curtis is family, sure, but I don't have a
dime in that company. I don't get a check from them," he said. He said he did not believe he was
required to abstain because he had no financial stake.

Under the county's ethics code, commissioners must disclose "any relationship by blood or marriage"
with a contractor before voting on its contract.

Former county attorney Helen Osei, who helped draft the code in 2014, thinks the rule is clear. "The
code doesn't ask whether you profit. It asks whether you're related," Osei said.

A resident of the Pine Hollow neighborhood filed an ethics complaint against Sutter in August. The
complaint alleges that Ridgeline was paid $212,000 for a culvert replacement with a county cost
estimate of $140,000.

Residents have raised concerns at recent meetings about the quality of Ridgeline's work on the Mill
Creek bridge, where a newly laid deck surface began cracking within weeks. Tamarack Public Radio
reported in September that the county had paid another firm $46,000 to repair it.

Heald declined to be interviewed. In a text message, he wrote that Ridgeline "won every job fair and
square" and that the cracking was caused by "a bad batch of sealant from a supplier."

County Administrator Tom Reinholt and the county attorney's office did not respond to repeated
requests for comment. Commission Chair Dale Brandt could not be reached.
""", [
    A("according to ⟦county payment records reviewed by Tamarack Watch⟧", "⟦according to⟧ county payment",
      "⟦A paving and bridge repair company co-owned by the brother-in-law of County Commissioner Ray Sutter has received $1.8 million in county contracts since 2022⟧",
      "document", ch="report"),
    A("⟦State corporation filings⟧", "filings ⟦list⟧",
      "list ⟦Sutter's brother-in-law, Curtis Heald, as a co-owner and registered agent of Ridgeline Bridge & Paving LLC⟧",
      "document"),
    A("⟦meeting minutes⟧ show", "minutes ⟦show⟧",
      "⟦Sutter voted to approve at least five of the company's contracts and did not disclose the relationship⟧",
      "document"),
    A("⟦Tamarack Watch⟧ first reported", "Watch ⟦first reported⟧", "reported ⟦Sutter's ties to Ridgeline⟧",
      "self"),
    A("story, ⟦the county attorney's office⟧", "documents, ⟦saying⟧",
      "⟦that doing so \"could compromise an active procurement.\"⟧", "organization", ch="letter"),
    A("⟦Tamarack Watch⟧ has asked", "Watch ⟦has asked⟧", "asked ⟦a district judge to order the records released⟧",
      "self", ch="court filing"),
    A("filing, ⟦the county⟧ argued", "county ⟦argued⟧",
      "⟦that the documents were exempt because the bids were \"still under evaluation.\"⟧",
      "organization", ch="court filing"),
    A("interview, ⟦Sutter⟧ denied", "Sutter ⟦denied⟧", "denied ⟦any conflict of interest⟧",
      "person", den="denial", ch="interview"),
    A("them,\" ⟦he⟧ said", "them,\" he ⟦said⟧",
      "⟦\"Curtis is family, sure, but I don't have a dime in that company. I don't get a check from them,\"⟧",
      "pronoun", res="person", ch="interview"),
    A("⟦He⟧ said he did not", "He ⟦said⟧ he did not",
      "said ⟦he did not believe he was required to abstain because he had no financial stake⟧",
      "pronoun", res="person", ch="interview"),
    A("said ⟦he⟧ did not believe", "he ⟦did not believe⟧",
      "believe ⟦he was required to abstain because he had no financial stake⟧", "pronoun", res="person"),
    A("⟦Former county attorney Helen Osei⟧", "2014, ⟦thinks⟧", "thinks ⟦the rule is clear⟧", "person"),
    A("related,\" ⟦Osei⟧ said", "Osei ⟦said⟧",
      "⟦\"The code doesn't ask whether you profit. It asks whether you're related,\"⟧", "person"),
    A("\"⟦The code⟧ doesn't", "code ⟦doesn't ask⟧", "doesn't ask ⟦whether you profit⟧", "document"),
    A("⟦It⟧ asks", "It ⟦asks⟧", "asks ⟦whether you're related⟧", "pronoun", res="document"),
    A("⟦The complaint⟧ alleges", "complaint ⟦alleges⟧",
      "⟦that Ridgeline was paid $212,000 for a culvert replacement with a county cost estimate of $140,000⟧",
      "document"),
    A("⟦Residents⟧ have raised", "Residents ⟦have raised concerns⟧",
      "meetings ⟦about the quality of Ridgeline's work on the Mill Creek bridge⟧", "vague"),
    A("⟦Tamarack Public Radio⟧", "Radio ⟦reported⟧",
      "⟦that the county had paid another firm $46,000 to repair it⟧", "outlet"),
    A("⟦Heald⟧ declined", "Heald ⟦declined to be interviewed⟧", None, "person", den="no-comment"),
    A("message, ⟦he⟧ wrote", "he ⟦wrote⟧",
      "⟦that Ridgeline \"won every job fair and square\" and that the cracking was caused by \"a bad batch of sealant from a supplier.\"⟧",
      "pronoun", res="person", ch="text message"),
    A("⟦County Administrator Tom Reinholt and the county attorney's office⟧",
      "⟦did not respond to repeated requests for comment⟧", None, "person", den="no-response"),
    A("⟦Commission Chair Dale Brandt⟧ could", "⟦could not be reached⟧", None, "person", den="no-response"),
])


# =============================================================================================
# Builder
# =============================================================================================

def locate(ctx, text, what, name):
    """Return (start, end) of the ⟦marked⟧ part of ctx, which must occur exactly once in text."""
    if ctx.count(L) != 1 or ctx.count(R) != 1:
        sys.exit(f"{name}: {what} context needs exactly one ⟦…⟧: {ctx!r}")
    i, j = ctx.index(L), ctx.index(R)
    plain = ctx[:i] + ctx[i + 1:j] + ctx[j + 1:]
    n = text.count(plain)
    if n != 1:
        sys.exit(f"{name}: {what} context occurs {n} times: {plain!r}")
    k = text.index(plain)
    s, e = k + i, k + j - 1
    assert text[s:e] == ctx[i + 1:j]
    return s, e


def build():
    labels = {"taxonomy": "TAXONOMY.md v1.1", "annotatorFiles": {}, "articles": {}}
    os.makedirs(os.path.join(HERE, "text"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "attributions"), exist_ok=True)
    seen_names = set()
    stats = []
    for art in ARTICLES:
        base = f"{art['outlet']}_{art['date']}_{art['slug']}"
        assert base not in seen_names, base
        seen_names.add(base)
        txt_name, ann_name = base + ".txt", base + "_a047.ann"
        text = art["title"] + "\n\n" + "\n\n".join(art["paras"]) + "\n"
        assert L not in text and R not in text
        with open(os.path.join(HERE, "text", txt_name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        tlines, tids = [], {}

        def tspan(kind, pieces):
            key = (kind, tuple(pieces))
            if kind == "Source" and key in tids:     # one Source span may serve several cues
                return tids[key]
            tid = f"T{sum(1 for x in tlines if x.startswith('T')) + 1}"
            offs = ";".join(f"{s} {e}" for s, e in pieces)
            shown = " ".join(text[s:e] for s, e in pieces)
            assert "\n" not in shown, (base, shown)
            tlines.append(f"{tid}\t{kind} {offs}\t{shown}")
            tids[key] = tid
            return tid

        atts = []
        cues_seen = set()
        # E numbering follows the text: records sorted by the start of their cue
        records = sorted(art["atts"], key=lambda a: locate(a["cue"], text, "cue", base)[0])
        for n, a in enumerate(records, 1):
            name = f"{base} #{n}"
            kind = a["kind"]
            assert kind in KINDS, (name, kind)
            assert a["den"] in DENIALS, (name, a["den"])
            assert a["ch"] in CHANNELS, (name, a["ch"])
            cue = locate(a["cue"], text, "cue", name)
            assert cue not in cues_seen, (name, "duplicate cue")
            cues_seen.add(cue)
            src = locate(a["src"], text, "source", name) if a["src"] else None
            if a["content"] is None:
                content = None
            elif isinstance(a["content"], list):
                content = [locate(c, text, "content", name) for c in a["content"]]
            else:
                content = [locate(a["content"], text, "content", name)]
            if kind == "none":
                assert src is None, name
            else:
                assert src is not None, name
            if kind == "pronoun":
                assert a["res"], (name, "pronoun needs resolvesTo")
            else:
                assert a["res"] is None, name
            anon = a["anon"] if a["anon"] is not None else (kind == "anonymous" or a["res"] == "anonymous")
            if anon:
                assert a["spec"] in ("vague", "described") and a["reason"] in (True, False), (name, "anonymous labels")
            else:
                assert a["spec"] is None and a["reason"] is None, name
            eid = f"E{n}"
            roles = []
            t_src = tspan("Source", [src]) if src else None
            t_cue = tspan("Cue", [cue])
            t_con = tspan("Content", content) if content else None
            t_att = tspan("Attribution", [cue])
            roles.append(f"Attribution:{t_att}")
            if t_con:
                roles.append(f"Content:{t_con}")
            roles.append(f"Cue:{t_cue}")
            if t_src:
                roles.append(f"Source:{t_src}")
            tlines.append(f"{eid}\t" + " ".join(roles))
            lab = {"e": eid,
                   "cue": {"start": cue[0], "end": cue[1], "text": text[cue[0]:cue[1]]},
                   "source": {"start": src[0], "end": src[1], "text": text[src[0]:src[1]]} if src else None,
                   "sourceKind": kind}
            if kind == "pronoun":
                lab["resolvesTo"] = a["res"]
            lab["anonymous"] = anon
            if anon:
                lab["specificity"] = a["spec"]
                lab["reasonGiven"] = a["reason"]
            lab["denial"] = a["den"]
            if a["ch"]:
                lab["channel"] = a["ch"]
            atts.append(lab)
        with open(os.path.join(HERE, "attributions", ann_name), "w", encoding="utf-8", newline="\n") as f:
            # in PolNeAR's order: each attribution's T lines, then its E line
            f.write("\n".join(tlines) + "\n")
        den = collections.Counter(x["denial"] for x in atts if x["denial"])
        summary = {"hasAnonymousSource": any(x["anonymous"] for x in atts),
                   "anonymousAttributions": sum(1 for x in atts if x["anonymous"]),
                   "anonymousWithReason": sum(1 for x in atts if x["anonymous"] and x.get("reasonGiven")),
                   "denials": {k: den.get(k, 0) for k in ("denial", "dismissal", "no-comment", "no-response")}}
        labels["annotatorFiles"][txt_name] = ann_name
        labels["articles"][txt_name] = {"outlet": art["outlet"], "title": art["title"],
                                        "attributions": atts, "summary": summary}
        words = sum(len(p.split()) for p in art["paras"])
        stats.append((txt_name, words, len(atts), summary["anonymousAttributions"], sum(den.values())))
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")
    verify(labels)
    for s in stats:
        print(f"{s[0]:70s} words {s[1]:4d}  atts {s[2]:3d}  anon {s[3]:2d}  denials {s[4]:2d}")
    print("total attributions", sum(s[2] for s in stats), "anonymous", sum(s[3] for s in stats),
          "denials", sum(s[4] for s in stats))


def verify(labels):
    """Re-read what was written: every span's text matches the article text at its offsets,
    every E line has a label with the same cue and source, and nothing else."""
    for txt_name, ann_name in labels["annotatorFiles"].items():
        text = open(os.path.join(HERE, "text", txt_name), encoding="utf-8").read()
        assert text.startswith(labels["articles"][txt_name]["title"] + "\n\n")
        spans, es = {}, []
        for line in open(os.path.join(HERE, "attributions", ann_name), encoding="utf-8"):
            parts = line.rstrip("\n").split("\t")
            if parts[0].startswith("T"):
                kind, offs = parts[1].split(" ", 1)
                pieces = [tuple(map(int, p.split())) for p in offs.split(";")]
                assert parts[2] == " ".join(text[a:b] for a, b in pieces), (ann_name, line)
                for a, b in pieces:
                    assert 0 <= a < b <= len(text) and text[a:b] == text[a:b].strip(), (ann_name, line)
                spans[parts[0]] = (kind, pieces)
            elif parts[0].startswith("E"):
                roles = dict(r.split(":") for r in parts[1].split())
                for role, tid in roles.items():
                    assert spans[tid][0] == role, (ann_name, line)
                assert spans[roles["Attribution"]][1] == spans[roles["Cue"]][1], (ann_name, line)
                es.append((parts[0], roles))
        labs = {x["e"]: x for x in labels["articles"][txt_name]["attributions"]}
        assert len(labs) == len(es), ann_name
        for eid, roles in es:
            lab = labs[eid]
            (cs, ce), = spans[roles["Cue"]][1]
            assert (lab["cue"]["start"], lab["cue"]["end"]) == (cs, ce), (ann_name, eid)
            if "Source" in roles:
                (ss, se), = spans[roles["Source"]][1]
                assert lab["source"] and (lab["source"]["start"], lab["source"]["end"]) == (ss, se), (ann_name, eid)
            else:
                assert lab["source"] is None and lab["sourceKind"] == "none", (ann_name, eid)


def write_jsonl(path):
    """Write the gold, read back from attributions/*.ann and labels.json, in the JSON Lines prediction
    format of ../shared/eval/FORMAT.md (for validating the fixture with score_attributions.py).
    A discontinuous content span is given from its first start to its last end."""
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    with open(path, "w", encoding="utf-8") as out:
        for txt, ann in sorted(labels["annotatorFiles"].items()):
            text = open(os.path.join(HERE, "text", txt), encoding="utf-8").read()
            spans, items = {}, []
            for line in open(os.path.join(HERE, "attributions", ann), encoding="utf-8"):
                p = line.rstrip("\n").split("\t")
                if p[0].startswith("T"):
                    pieces = [tuple(map(int, x.split())) for x in p[1].split(" ", 1)[1].split(";")]
                    spans[p[0]] = (pieces[0][0], pieces[-1][1])
                elif p[0].startswith("E"):
                    items.append((p[0], dict(r.split(":") for r in p[1].split())))
            art = labels["articles"][txt]
            labs = {x["e"]: x for x in art["attributions"]}
            atts = []
            for eid, roles in items:
                def sp(role):
                    if role not in roles:
                        return None
                    a, b = spans[roles[role]]
                    return {"start": a, "end": b, "text": text[a:b]}
                lab = labs[eid]
                atts.append({"cue": sp("Cue"), "source": sp("Source"), "content": sp("Content"),
                             "sourceKind": lab["sourceKind"], "anonymous": lab["anonymous"],
                             "denial": lab["denial"]})
            out.write(json.dumps({"path": "heldout47/text/" + txt, "outlet": art["outlet"],
                                  "title": art["title"], "attributions": atts}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    build()
    if len(sys.argv) == 3 and sys.argv[1] == "--jsonl":
        write_jsonl(sys.argv[2])
        print("gold written as JSON Lines to", sys.argv[2])
