"""Generated variants: (group, original case id, published, expected, title, text)."""
V = []
def add(g, case, pub, exp, items):
    for it in items:
        t, x = (it if isinstance(it, tuple) else ("", it))
        V.append((g, case, pub, exp, t, x))

# ---------------- A: plan / forecast / expectation read as the act ----------------
add("A", "b107-aaa-gas-4-dollars-by-may15-2011-asof-may9-multi-undet", "2011-05-08T09:00:00-04:00", "undetermined", [
    "The national average price of regular gasoline is on track to reach $4 a gallon this week, AAA said.",
    "Analysts expect the AAA national average for regular gas to top $4.00 a gallon within days.",
    "AAA's national average for a gallon of regular is set to hit $4 by the end of the week, economists say.",
    "Pump prices could climb to $4 a gallon nationwide before Memorial Day, according to AAA forecasts.",
    ("Gas average heading for $4 a gallon", "Drivers are bracing for the national average to reach $4 a gallon, AAA's spokesman warned on Sunday."),
])
add("A", "b135-saudi-iran-reopen-embassies-by-may10-2023-asof-mar12-multi-undet", "2023-03-11T10:00:00+03:00", "undetermined", [
    "Tehran and Riyadh agreed on Friday to restore diplomatic relations and to reopen their embassies within two months.",
    "Saudi Arabia and Iran will reopen their embassies in each other's capitals within 60 days under the deal, officials said.",
    "Under the China-brokered accord, Iran and Saudi Arabia pledged to reopen embassies within eight weeks.",
    "The two rivals plan to reopen their embassies in Riyadh and Tehran by May, state media reported.",
    "Iran's foreign ministry said the Iranian embassy in Riyadh is expected to reopen in the coming weeks.",
])
add("A", "b104-nyc-curfew-through-jun7-2020-multi-stays-undet", "2020-06-02T18:00:00-04:00", "undetermined", [
    "The citywide curfew will stay in effect through Sunday night, Mayor de Blasio said on Tuesday.",
    "De Blasio said the 8 p.m. curfew would remain in place until Sunday.",
    "New York's nightly curfew is set to last through the weekend, the mayor announced.",
    "The mayor extended the curfew, which is scheduled to run through June 7.",
    "City Hall said the nightly curfew will be enforced every night until Sunday.",
])
add("A", "b72-bitcoin-20k-bpi-dec2017-multi-undet", "2017-12-17T20:00:00-05:00", "undetermined", [
    "Bitcoin hovered near $20,000 on Sunday as traders awaited the CME futures launch.",
    "The CoinDesk Bitcoin Price Index traded at roughly $19,800, just shy of $20,000.",
    "Bitcoin edged toward the $20,000 mark on Sunday, the CoinDesk index showed.",
    "Bitcoin is within striking distance of $20,000 after another record session.",
    "Bitcoin came close to $20,000 on Sunday before slipping back to $19,300 on the CoinDesk index.",
])
add("A", "b63-idai-mozambique-toll-1000-mar2019-und", "2019-03-18T12:00:00+02:00", "undetermined", [
    "President Filipe Nyusi said more than 1,000 people may have died in the cyclone.",
    "Officials fear the death toll from Cyclone Idai in Mozambique could exceed 1,000.",
    "The toll is expected to pass 1,000 as rescuers reach flooded villages, Nyusi said.",
    "Mozambique's president warned that over 1,000 people are believed to have been killed.",
    "Aid agencies estimate that upwards of 1,000 people might have died in Mozambique.",
])
# ---------------- B: setback / postponement read as ruled out ----------------
add("B", "b116-okonjo-iweala-wto-dg-by-dec31-2020-asof-postponed-multi-undet", "2020-11-09T12:00:00+00:00", "undetermined", [
    "A WTO General Council meeting that was expected to appoint Ngozi Okonjo-Iweala as Director-General was delayed indefinitely.",
    "The WTO postponed Monday's meeting to confirm Okonjo-Iweala as its next chief, citing the US election.",
    ("WTO delays Okonjo-Iweala appointment", "The General Council session to name Okonjo-Iweala director-general has been put off until further notice."),
    "The WTO called off a meeting on Monday at which members were to confirm Okonjo-Iweala as Director-General.",
    "A vote to appoint Okonjo-Iweala as WTO head was pushed back after Washington objected.",
])
add("B", "b111-gslv-d5-launch-by-dec31-2013-asof-scrub-undet", "2013-08-19T18:00:00+05:30", "undetermined", [
    "ISRO scrubbed the GSLV-D5 launch on Monday, 74 minutes before lift-off, after a fuel leak.",
    "The launch of GSLV-D5 carrying GSAT-14 was postponed after a leak was detected in the second stage.",
    ("GSLV-D5 launch aborted", "ISRO aborted the countdown for GSLV-D5 on Monday; a new date will be announced later."),
    "ISRO called off Monday's GSLV-D5 launch because of a leak in the rocket's second stage.",
    "The GSLV-D5 mission was put on hold on Monday after engineers found a leak.",
])
add("B", "b83-blagojevich-sentenced-by-oct31-2011-multi-undet", "2011-09-26T12:00:00-05:00", "undetermined", [
    "Judge James Zagel postponed the sentencing of Rod Blagojevich, which had been set for October 6.",
    "Blagojevich's sentencing hearing has been delayed, and no new date was set.",
    ("Blagojevich sentencing pushed back", "The court pushed back the former governor's sentencing hearing indefinitely."),
    "Zagel called off the October sentencing date for Blagojevich on Monday.",
    "The sentencing of Rod Blagojevich was put off on Monday at the request of his lawyers.",
])
add("B", "b84-kansai-international-flights-by-sep9-2018-asof-sep6-multi-undet", "2018-09-05T12:00:00+09:00", "undetermined", [
    "All international flights at Kansai International Airport were canceled on Wednesday, and it is unclear when the airport will reopen.",
    "Airlines scrapped every flight out of Kansai airport on Wednesday after Typhoon Jebi flooded the runway.",
    ("Kansai flights cancelled", "Flights at Kansai International were suspended on Wednesday with no reopening date."),
    "Kansai International Airport remained shut on Wednesday and airlines called off all departures.",
    "Japan Airlines and ANA cancelled all their Kansai flights on Wednesday as the airport stayed closed.",
])
add("B", "b70-m5s-league-govt-sworn-in-by-jun30-2018-asof-may28-multi-undet", "2018-05-28T10:00:00+02:00", "undetermined", [
    "The attempt to form a Five Star-League government led by Giuseppe Conte collapsed on Sunday.",
    "Conte abandoned his bid to form a government after Mattarella vetoed his economy minister.",
    ("Italy coalition bid fails", "Giuseppe Conte gave up his mandate to form a Five Star-League government on Sunday."),
    "Efforts to install a populist government in Italy fell apart on Sunday evening.",
    "Giuseppe Conte said on Sunday he would not lead Italy's next government.",
])
# ---------------- C: partial step read as done ----------------
add("C", "b116-georgia-veto-override-by-may31-2024-asof-committee-multi-undet", "2024-05-27T12:00:00+04:00", "undetermined", [
    "The parliament's Legal Affairs Committee voted on Monday to override the president's veto of the foreign agents law.",
    "Georgia's parliamentary legal committee overrode Zourabichvili's veto, sending the law to a plenary vote.",
    ("Committee overturns veto", "A parliamentary committee in Georgia overturned the presidential veto on the foreign influence law on Monday."),
    "Lawmakers on the Legal Issues Committee rejected the president's veto of the transparency law.",
    "The committee approved overriding the veto; the plenary session will vote on Tuesday.",
])
add("C", "b59-titans-stadium-final-approval-by-apr30-2023-asof-2nd-reading-und", "2023-04-19T08:00:00-05:00", "undetermined", [
    "The Metro Council approved the Titans stadium deal on second reading early Wednesday.",
    "Nashville's council passed the stadium legislation on second of three readings.",
    ("Council advances stadium deal", "Metro Council voted 26-12 on second reading to approve the new Titans stadium funding plan."),
    "The council gave preliminary approval to the $2.1 billion stadium deal on Wednesday.",
    "Council members backed the stadium bill in a second-reading vote; a final vote is set for April 25.",
])
add("C", "b139-hanwha-definitive-dsme-deal-by-dec31-2022-asof-oct5-multi-undet", "2022-09-27T09:00:00+09:00", "undetermined", [
    "Hanwha signed a preliminary agreement on Monday to acquire a controlling stake in Daewoo Shipbuilding.",
    "Hanwha Group and KDB signed a conditional investment memorandum of understanding for Daewoo Shipbuilding.",
    ("Hanwha inks MoU for DSME", "Hanwha signed a non-binding MoU to take control of Daewoo Shipbuilding & Marine Engineering."),
    "Hanwha has agreed in principle to take over Daewoo Shipbuilding, KDB said.",
    "Hanwha signed a term sheet with Korea Development Bank to buy a 49.3% stake in Daewoo Shipbuilding.",
])
add("C", "b72-intel-permanent-ceo-after-krzanich-jul2018-multi-undet", "2018-06-21T18:00:00+01:00", "undetermined", [
    "Intel named chief financial officer Bob Swan as interim chief executive.",
    "Bob Swan was appointed Intel's acting CEO while the board searches for a permanent replacement.",
    ("Swan to lead Intel temporarily", "Intel's board appointed Bob Swan chief executive on an interim basis."),
    "Intel tapped CFO Robert Swan as its interim CEO after Krzanich resigned.",
    "Robert Swan will serve as Intel's temporary CEO, the company said.",
])
add("C", "b66-verstappen-japanese-gp-2023-asof-pole-undet", "2023-09-23T10:00:00+01:00", "undetermined", [
    "Max Verstappen secured pole position for the Japanese Grand Prix.",
    ("Verstappen on pole at Suzuka", "Max Verstappen claimed pole for Sunday's Japanese Grand Prix by over half a second."),
    "Verstappen topped qualifying at Suzuka to start the Japanese Grand Prix from pole.",
    "Max Verstappen won pole position at Suzuka on Saturday.",
    "Verstappen took pole for the Japanese GP with a lap of 1:28.877.",
])
# ---------------- D: different quantity / period read as the market's ----------------
add("D", "b100-sanju-india-nett-300cr-by-jul15-2018-asof-week2-undet", "2018-07-13T10:00:00+05:30", "undetermined", [
    "Sanju has grossed over Rs 500 crore worldwide.",
    "The Sanjay Dutt biopic has collected Rs 420 crore at the global box office.",
    "Sanju has crossed Rs 350 crore gross worldwide in two weeks.",
    "The film's worldwide gross now stands at Rs 480 crore.",
    "Sanju's global collection has passed the Rs 400 crore mark, trade analysts said.",
])
add("D", "b116-china-five-year-lpr-cut-aug2023-no", "2023-08-21T10:00:00+08:00", "undetermined", [
    "China cut its one-year loan prime rate by 10 basis points on Monday.",
    ("China lowers one-year LPR", "The People's Bank of China lowered the one-year lending benchmark to 3.45%."),
    "China reduced its one-year LPR to 3.45% from 3.55% on Monday.",
    "Beijing trimmed the one-year loan prime rate on Monday.",
    "China cut the one-year prime rate by 10 basis points in its August fixing.",
])
add("D", "b66-nvidia-q2fy24-revenue-11b-asof-guidance-undet", "2023-05-24T17:00:00-04:00", "undetermined", [
    "Net income rose to $2.04 billion from $1.62 billion a year earlier.",
    "Nvidia's quarterly profit climbed to $2.0 billion.",
    "Operating income came in at $2.1 billion for the quarter.",
    "Gaming revenue fell 38% to $2.24 billion.",
    "Data center sales reached $4.28 billion in the quarter.",
])
add("D", "b97-sandy-us-deaths-over-100-by-nov15-2012-multi-undet", "2012-11-01T12:00:00-04:00", "undetermined", [
    "The storm's overall death toll rose to 157, including 67 in the Caribbean.",
    "Sandy has killed at least 140 people across the Caribbean and North America.",
    "The total number of deaths attributed to Sandy across seven countries has climbed to 150.",
    "Sandy's death toll in the Caribbean and the United States reached 125.",
    "Including Haiti and Cuba, the storm has now killed 160 people.",
])
add("D", "b92-halloween-2018-second-weekend-30m-asof-saturday-undet", "2018-10-27T12:00:00-04:00", "undetermined", [
    "Halloween crossed the $100 million domestic mark on Friday.",
    "The horror hit's domestic total now stands at $104.7 million.",
    "Halloween has grossed $150 million worldwide so far.",
    "Halloween's running domestic cume has passed $110 million.",
    "The film has earned $105 million in North America to date.",
])
# ---------------- E: another subject's act read as the candidate's ----------------
add("E", "b142-nawaz-sharif-returns-by-oct31-2023-asof-sep28-multi-undet", "2023-09-28T12:00:00+05:00", "undetermined", [
    "Shehbaz Sharif returned to Pakistan from London on Thursday.",
    "Former prime minister Shehbaz Sharif arrived in Lahore from London.",
    "Maryam Nawaz returned to Pakistan on Thursday after a week in London.",
    "Shehbaz Sharif landed at Lahore airport on Thursday after meeting his brother in London.",
    "Ishaq Dar returned to Islamabad from London on Thursday.",
])
add("E", "b124-turkey-ratifies-sweden-nato-by-mar31-2023-no", "2023-03-31T10:00:00+03:00", "likely-no", [
    "Turkey's parliament ratified Finland's NATO membership on Thursday.",
    ("Turkey approves Finland's NATO bid", "Turkish lawmakers voted unanimously on Thursday to approve Finland's accession to NATO."),
    "The Turkish parliament approved Finland's bid to join NATO, leaving Sweden waiting.",
    "Turkey's Grand National Assembly ratified the protocol on Finland's NATO accession.",
    "Ankara's parliament voted to ratify Finland's membership of the alliance late on Thursday.",
])
add("E", "b122-mbappe-signs-real-madrid-by-jul1-2022-no", "2022-05-22T10:00:00+02:00", "undetermined", [
    "Kylian Mbappe has signed a new contract with Paris Saint-Germain until 2025.",
    "Mbappe signed a three-year extension with PSG on Saturday.",
    ("Mbappe stays at PSG", "Kylian Mbappe has committed his future to Paris Saint-Germain by signing a new deal."),
    "Mbappe put pen to paper on a new PSG contract on Saturday, snubbing Real Madrid.",
    "PSG announced that Kylian Mbappe has signed an extension until June 2025.",
])
add("E", "b75-bayern-win-champions-league-2012-no", "2012-05-20T08:00:00+02:00", "likely-no", [
    "Chelsea won the Champions League final on penalties after a 1-1 draw with Bayern Munich.",
    "Didier Drogba's penalty gave Chelsea the Champions League title over Bayern Munich in Munich.",
    ("Chelsea crowned European champions", "Chelsea beat Bayern Munich 4-3 on penalties to win the Champions League."),
    "Chelsea lifted the Champions League trophy after defeating Bayern Munich in a shoot-out.",
    "Chelsea claimed their first Champions League title, beating Bayern Munich on penalties.",
])
add("E", "b120-blg-beats-t1-worlds-2024-final-no", "2024-11-03T08:00:00+08:00", "likely-no", [
    "T1 won the League of Legends world championship on Saturday, beating Bilibili Gaming 3-2.",
    "T1 defeated China's Bilibili Gaming 3-2 in the final to claim a fifth world title.",
    ("T1 crowned world champions", "Faker's T1 beat Bilibili Gaming in five games to win Worlds 2024."),
    "T1 edged Bilibili Gaming 3-2 in London to retain the world championship.",
    "Bilibili Gaming lost the Worlds final 3-2 to T1 on Saturday.",
])
# ---------------- G: deadline passed, the act reported plainly after it ----------------
add("G", "b121-greece-wins-euro-2004-yes", "2004-07-05T08:00:00+01:00", "likely-yes", [
    "Greece won Euro 2004 on Sunday, beating hosts Portugal 1-0 in the final in Lisbon.",
    "Angelos Charisteas headed the winner as Greece beat Portugal 1-0 to become European champions.",
    ("Greece are champions of Europe", "Greece stunned Portugal 1-0 in Lisbon to lift the European Championship trophy."),
    "Greece were crowned European champions after a 1-0 win over Portugal in the final.",
    "Otto Rehhagel's Greece claimed the Euro 2004 title with a 1-0 victory over Portugal.",
])
add("G", "b72-chelsea-wins-ucl-2021-yes", "2021-05-29T23:00:00+01:00", "likely-yes", [
    "Chelsea won the Champions League on Saturday, beating Manchester City 1-0 in Porto.",
    "Kai Havertz scored as Chelsea beat Manchester City 1-0 to lift the Champions League trophy.",
    ("Chelsea crowned European champions", "Chelsea defeated Manchester City 1-0 in the final in Porto."),
    "Chelsea are champions of Europe for the second time after a 1-0 win over City.",
    "Thomas Tuchel's Chelsea claimed the Champions League title with a 1-0 victory over Manchester City.",
])
add("G", "b130-pogacar-wins-worlds-road-race-2024-yes", "2024-09-29T18:00:00+02:00", "likely-yes", [
    "Tadej Pogacar won the men's road race at the world championships in Zurich on Sunday.",
    "Pogacar became world champion on Sunday after a 100km solo attack in Zurich.",
    ("Pogacar crowned world champion", "Tadej Pogacar claimed the rainbow jersey in the elite men's road race in Zurich."),
    "Tadej Pogacar soloed to victory in the men's elite road race at the UCI worlds.",
    "Pogacar took the world title in Zurich, finishing 34 seconds clear of Ben O'Connor.",
])
add("G", "b93-pakistan-wins-world-twenty20-2009-yes", "2009-06-22T08:00:00+01:00", "likely-yes", [
    "Pakistan won the World Twenty20 on Sunday, beating Sri Lanka by eight wickets at Lord's.",
    "Shahid Afridi's unbeaten 54 led Pakistan to an eight-wicket win over Sri Lanka in the final.",
    ("Pakistan crowned World Twenty20 champions", "Pakistan beat Sri Lanka by eight wickets in the final at Lord's."),
    "Pakistan lifted the ICC World Twenty20 trophy after an eight-wicket victory at Lord's.",
    "Younis Khan's Pakistan are world Twenty20 champions after defeating Sri Lanka at Lord's.",
])
add("G", "b132-anvisa-coronavac-emergency-use-by-jan17-2021-yes", "2021-01-17T20:00:00-03:00", "likely-yes", [
    "Anvisa approved emergency use of the CoronaVac vaccine on Sunday.",
    "Brazil's health regulator authorized emergency use of Sinovac's CoronaVac on Sunday.",
    ("Anvisa clears CoronaVac", "Anvisa's board voted unanimously on Sunday to grant emergency use authorization for CoronaVac."),
    "Brazil's Anvisa gave the green light to emergency use of CoronaVac on Sunday.",
    "The Anvisa board granted emergency approval for the CoronaVac vaccine on Sunday afternoon.",
])

# ---------------- E (more): another person sharing a name; another counterparty ----------------
M = {}  # market overrides: case -> (market dict, as_of)
def mk(key, q, dl, crit, as_of):
    M[key] = ({"question": q, "deadline": dl, "criteria": crit}, as_of)
mk("biden-kyiv", "Will Joe Biden visit Kyiv by March 31, 2023?", "2023-03-31T23:59:59-04:00",
   "This market will resolve to \"Yes\" if US President Joe Biden visits Kyiv in person by March 31, 2023. Otherwise, \"No\".",
   "2023-02-10T12:00:00+00:00")
mk("gandhi-arrest", "Will Rahul Gandhi be arrested by June 30, 2022?", "2022-06-30T23:59:59+05:30",
   "This market will resolve to \"Yes\" if Indian politician Rahul Gandhi is arrested by June 30, 2022. Otherwise, \"No\".",
   "2022-06-10T12:00:00+05:30")
mk("messi-miami", "Will Lionel Messi sign for Inter Miami by July 31, 2023?", "2023-07-31T23:59:59-04:00",
   "This market will resolve to \"Yes\" if Inter Miami officially announce that Lionel Messi has signed a contract with the club by July 31, 2023. Otherwise, \"No\".",
   "2023-06-10T12:00:00+00:00")
mk("kane-bayern", "Will Harry Kane sign for Bayern Munich by August 31, 2023?", "2023-08-31T23:59:59+02:00",
   "This market will resolve to \"Yes\" if Bayern Munich officially announce that Harry Kane has signed a contract with the club by August 31, 2023. Otherwise, \"No\".",
   "2023-07-10T12:00:00+00:00")
BASE = "b142-nawaz-sharif-returns-by-oct31-2023-asof-sep28-multi-undet"
def addm(g, key, pub, exp, items):
    for it in items:
        t, x = (it if isinstance(it, tuple) else ("", it))
        V.append((g, BASE + "@" + key, pub, exp, t, x))
add("E", "b142-nawaz-sharif-returns-by-oct31-2023-asof-sep28-multi-undet", "2023-09-28T12:00:00+05:00", "undetermined", [
    "Shehbaz Sharif flew back to Pakistan on Thursday.",
    "Hamza Shehbaz returned to Pakistan from London on Thursday.",
])
addm("E", "biden-kyiv", "2023-02-09T12:00:00+00:00", "undetermined", [
    "Jill Biden visited Kyiv on Wednesday, meeting Olena Zelenska.",
    "Hunter Biden made a surprise visit to Kyiv this week.",
    "Jill Biden travelled to Kyiv on Wednesday.",
])
addm("E", "gandhi-arrest", "2022-06-09T12:00:00+05:30", "undetermined", [
    "Sonia Gandhi was arrested by Delhi police on Wednesday.",
    "Police arrested Varun Gandhi on Wednesday.",
    "Priyanka Gandhi was detained and arrested in Lucknow.",
])
addm("E", "messi-miami", "2023-06-09T12:00:00+00:00", "undetermined", [
    "Lionel Messi signed a two-year contract with Al Hilal on Thursday.",
    "Messi has signed a new deal with Paris Saint-Germain.",
    ("Messi joins Barcelona", "Lionel Messi signed for Barcelona on Thursday."),
])
addm("E", "kane-bayern", "2023-07-09T12:00:00+00:00", "undetermined", [
    "Harry Kane has signed a new contract with Tottenham until 2027.",
    "Kane signed for Real Madrid on Saturday.",
    "Harry Kane signed a four-year deal with Manchester United.",
])
# near-misses: the market's own act reported plainly (must stay decisive)
NEAR = []
def near(key, pub, exp, text, title=""):
    NEAR.append((key, pub, exp, title, text))
near("b142-nawaz-sharif-returns-by-oct31-2023-asof-sep28-multi-undet", "2023-09-28T12:00:00+05:00", "likely-yes", "Nawaz Sharif returned to Pakistan from London on Thursday.")
near("b142-nawaz-sharif-returns-by-oct31-2023-asof-sep28-multi-undet", "2023-09-28T12:00:00+05:00", "likely-yes", "Former prime minister Nawaz Sharif returned to Pakistan on Thursday.")
near("b142-nawaz-sharif-returns-by-oct31-2023-asof-sep28-multi-undet", "2023-09-28T12:00:00+05:00", "likely-yes", "Sharif returned to Pakistan on Thursday after four years in London.")
near(BASE + "@biden-kyiv", "2023-02-09T12:00:00+00:00", "likely-yes", "President Joe Biden visited Kyiv on Wednesday.")
near(BASE + "@biden-kyiv", "2023-02-09T12:00:00+00:00", "likely-yes", "Biden visited Kyiv on Wednesday in a surprise trip.")
near(BASE + "@gandhi-arrest", "2022-06-09T12:00:00+05:30", "likely-yes", "Rahul Gandhi was arrested by Delhi police on Wednesday.")
near(BASE + "@messi-miami", "2023-06-09T12:00:00+00:00", "likely-yes", "Lionel Messi signed a contract with Inter Miami on Thursday.")
near(BASE + "@messi-miami", "2023-06-09T12:00:00+00:00", "likely-yes", "Messi has signed for Inter Miami, the club announced.")
near(BASE + "@kane-bayern", "2023-07-09T12:00:00+00:00", "likely-yes", "Harry Kane signed a four-year contract with Bayern Munich on Saturday.")
near("b122-mbappe-signs-real-madrid-by-jul1-2022-no", "2022-05-22T10:00:00+02:00", "likely-yes", "Kylian Mbappe has signed a contract with Real Madrid until 2027.")
