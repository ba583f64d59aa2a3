"""Generated variants of the probe's group D ('another measure read as the market's'): (case, published, bad, title,
text), where `bad` is the wrong decisive verdict the variant must not get; and near-misses (case, published, expected,
title, text) that must stay decisive."""

LPR = "b116-china-five-year-lpr-cut-aug2023-no"
SANDY = "b97-sandy-us-deaths-over-100-by-nov15-2012-multi-undet"
MANGKHUT = "b94-mangkhut-philippines-toll-50-by-sep18-2018-yes"
MATTHEW = "b102-matthew-haiti-toll-500-by-oct15-2016-asof-oct7-undet"
CPI = "b06-us-cpi-jun2022-9pct-yes"
CORE = "b06-us-core-cpi-jun2022-6pct-no"
JPCORE = "b106-japan-jan2023-core-cpi-4pt2-multi-yes"
UKCPI = "b86-uk-cpi-sep2023-below-6.7-no"
ARG = "b122-argentina-dec2023-monthly-cpi-above-30pct-no"
UKGDP = "b09-uk-gdp-jan2025-growth-0.1-no"
USGDP = "b88-us-q3-2023-gdp-advance-4.5-yes"
BRGDP = "b95-brazil-2010-gdp-7pct-yes"
USJOBS = "b05-us-unemployment-jul2024-4.2-or-higher-yes"
CAJOBS = "b09-canada-unemployment-aug2025-7.0-multi-yes"
YOUTH = "b74-china-youth-unemployment-may2023-21pct-multi-no"
SPX = "b01-sp500-close-above-2000-aug2014-yes"
DOW = "b05-dow-close-above-40000-by-may16-no"

PUB = {LPR: "2023-08-21T10:00:00+08:00", SANDY: "2012-11-01T12:00:00-04:00", MANGKHUT: "2018-09-17T12:00:00+08:00",
       MATTHEW: "2016-10-07T12:00:00-04:00", CPI: "2022-07-13T09:00:00-04:00", CORE: "2022-07-13T09:00:00-04:00",
       JPCORE: "2023-02-24T09:00:00+09:00", UKCPI: "2023-10-18T07:30:00+01:00", ARG: "2024-01-11T17:00:00-03:00",
       UKGDP: "2025-03-14T07:30:00+00:00", USGDP: "2023-10-26T09:00:00-04:00", BRGDP: "2011-03-03T10:00:00-03:00",
       USJOBS: "2024-08-02T09:00:00-04:00", CAJOBS: "2025-09-05T09:00:00-04:00", YOUTH: "2023-06-15T10:00:00+08:00",
       SPX: "2014-08-26T17:00:00-04:00", DOW: "2024-05-16T15:30:00-04:00"}



def as_of(case: str) -> str:
    """20 minutes after the article: before each market's deadline, so that a passed deadline's silence plays no part."""
    from datetime import datetime, timedelta
    return (datetime.fromisoformat(PUB[case]) + timedelta(minutes=20)).isoformat()


Y, N = "likely-yes", "likely-no"
V = []   # (kind, case, bad, title, text)


def add(kind, case, bad, items):
    for it in items:
        t, x = it if isinstance(it, tuple) else ("", it)
        V.append((kind, case, bad, t, x))


# a one-year LPR cut for a market on the five-year LPR
add("lpr", LPR, Y, [
    "China cut its one-year loan prime rate by 15 basis points to 3.45% on Monday.",
    "The PBOC lowered the 1-year LPR to 3.45% at the August fixing.",
    ("China trims one-year LPR", "Lenders reduced the one-year loan prime rate on Monday, the central bank said."),
    "China's one-year lending benchmark was lowered by 15 basis points on Monday.",
    "Chinese banks cut the one-year prime rate to 3.45% from 3.55%.",
    "Beijing slashed its 1-year LPR in a surprise move on Monday.",
])
# an overall toll for a market on one country's toll
add("toll", SANDY, Y, [
    "Sandy's death toll across the Caribbean, the United States and Canada climbed to 160.",
    "The storm has killed at least 150 people in eight countries.",
    "Sandy's overall death toll rose to 149, including 69 in the Caribbean.",
    "Hurricane Sandy has now killed 132 people in the Caribbean and North America.",
    "The global death toll from Sandy reached 170 on Thursday.",
    "In all, Sandy has left 155 people dead from Jamaica to New York.",
])
add("toll", MANGKHUT, Y, [
    "Mangkhut has killed at least 65 people in the Philippines and southern China.",
    "The typhoon's total death toll across Asia reached 74 on Monday.",
])
add("toll", MATTHEW, Y, [
    "Hurricane Matthew has killed more than 550 people across the Caribbean and the United States.",
    "The storm's death toll in the Caribbean region climbed to 530 on Friday.",
])
# headline vs core inflation
add("core", CORE, Y, [
    "Consumer prices rose 9.1% in the 12 months through June, the Labor Department said.",
    "The all-items index jumped 9.1% from a year earlier.",
    "Headline CPI inflation hit 9.1% in June, the highest since 1981.",
])
add("core", CPI, N, [
    "Core CPI, which excludes food and energy, rose 5.9% from a year earlier in June.",
    "Core consumer prices climbed 5.9% in the year to June.",
    "Underlying inflation, which strips out food and energy, was 5.9% in June.",
])
add("core", JPCORE, N, [
    "Japan's core-core CPI, which excludes fresh food and energy, rose 3.2% in January from a year earlier.",
    "Tokyo's core CPI rose 4.3% in January from a year earlier.",
])
add("core", UKCPI, Y, [
    "The CPIH measure, which includes owner occupiers' housing costs, rose 6.3% in the 12 months to September.",
    "Core inflation, which strips out energy, food, alcohol and tobacco, eased to 6.1% in September.",
])
# a component vs the index
add("component", CPI, Y, [
    "Food prices rose 10.4% over the year to June.",
    "The energy index rose 41.6% over the last year.",
    "Gasoline prices were up 59.9% from a year earlier in June.",
    "New vehicle prices rose 11.4% over the year to June.",
    "Airline fares rose 34.1% over the year to June.",
])
add("component", CPI, N, [
    "Shelter costs rose 5.6% from a year ago in June.",
    "The index for rent of primary residence rose 5.8% over the year to June.",
])
# monthly vs annual, quarterly vs annual
add("period", CPI, N, [
    "Consumer prices rose 1.3% in June from May.",
    "The CPI increased 1.3% on a seasonally adjusted basis in June.",
])
add("period", ARG, Y, [
    "Annual inflation reached 211.4% in December, INDEC said.",
    "Prices rose 211% in 2023, the statistics agency said.",
])
add("period", UKGDP, Y, [
    "The economy grew 1.0% in the three months to January, the ONS said.",
    "GDP was 1.0% higher than a year earlier in January.",
])
add("period", USGDP, N, [
    "Compared with a year earlier, GDP rose 2.9% in the third quarter.",
])
# nominal vs real
add("nominal", BRGDP, Y, [
    "Brazil's nominal GDP grew 16.4% to 3.67 trillion reais in 2010.",
    "In current prices, Brazil's economy expanded 14% last year.",
])
add("nominal", USGDP, Y, [
    "Nominal GDP rose at an 8.5% annual rate in the third quarter.",
])
# a region's or a group's figure vs the national figure
add("region", USJOBS, Y, [
    "California's unemployment rate rose to 5.2% in July.",
    "Nevada's jobless rate was 5.4% in July, the highest in the nation.",
    "The unemployment rate for Black workers rose to 6.3% in July.",
])
add("region", CAJOBS, Y, [
    "Ontario's unemployment rate climbed to 7.9% in August.",
    "Alberta's jobless rate was 7.4% in August.",
    "Youth unemployment rose to 14.5% in August, Statistics Canada said.",
])
add("region", YOUTH, N, [
    "China's overall urban unemployment rate held at 5.2% in May.",
])
# intraday vs closing level
add("intraday", SPX, Y, [
    "The S&P 500 briefly rose above 2,000 on Tuesday before closing at 1,997.92.",
    "The S&P 500 topped 2,000 in intraday trading on Tuesday.",
    "The index touched 2,001.95 during the session on Tuesday.",
])
add("intraday", DOW, Y, [
    "The Dow crossed 40,000 for the first time during trading on Thursday.",
    "The Dow Jones Industrial Average hit 40,051 intraday on Thursday.",
])
# a forecast vs the actual figure
add("forecast", USGDP, N, [
    "Economists polled by Reuters had forecast GDP growing at a 4.3% rate.",
])
add("forecast", USGDP, Y, [
    "The Atlanta Fed's GDPNow model estimates third-quarter growth of 5.4%.",
])
add("forecast", USJOBS, N, [
    "Economists expect the unemployment rate to hold at 4.1% in July.",
])

NEAR = [   # (case, expected, title, text): the market's own figure, which must stay decisive
    (LPR, Y, "", "China cut its five-year loan prime rate by 10 basis points to 4.10% on Monday."),
    (LPR, Y, "", "The five-year LPR was lowered to 4.10% from 4.20% on Monday."),
    (LPR, N, "", "China cut the one-year LPR to 3.45% but kept the five-year LPR unchanged at 4.20%."),
    (SANDY, Y, "", "The U.S. death toll from Sandy rose to 110 on Thursday."),
    (SANDY, Y, "", "Sandy has killed 113 people in the United States, officials said."),
    (MANGKHUT, Y, "", "The death toll in the Philippines from Mangkhut rose to 54."),
    (CPI, Y, "", "Consumer prices rose 9.1% in the 12 months through June, the Labor Department said."),
    (CPI, Y, "", "The all-items index jumped 9.1% from a year earlier in June, while core CPI rose 5.9%."),
    (CORE, N, "", "Core CPI, which excludes food and energy, rose 5.9% from a year earlier in June."),
    (ARG, N, "", "Monthly inflation was 25.5% in December, INDEC said."),
    (USJOBS, Y, "", "The U.S. unemployment rate rose to 4.3% in July."),
    (CAJOBS, Y, "", "Canada's unemployment rate rose to 7.1% in August."),
    (YOUTH, N, "", "The jobless rate for 16-24 year-olds hit a record 20.8% in May."),
    (SPX, Y, "", "The S&P 500 closed above 2,000 for the first time on Tuesday, ending at 2,000.02."),
    (USGDP, Y, "", "U.S. real GDP grew at a 4.9% annual rate in the third quarter, the advance estimate showed."),
    (BRGDP, Y, "", "Brazil's real GDP grew 7.5% in 2010, IBGE said."),
]

# written after the readings were in place and kept out of their tuning (at the branch's base 6 of these 12 were
# read wrong; after, none)
add("lpr", LPR, Y, ["China's benchmark one-year LPR was trimmed to 3.45% on Monday.",
                    "Chinese lenders lowered the 1-year loan prime rate for a second time this year."])
add("toll", SANDY, Y, ["Sandy killed 199 people in seven countries."])
add("toll", MATTHEW, Y, ["Matthew's death toll in Haiti and Cuba rose to 600 on Friday."])
add("toll", MANGKHUT, Y, ["Mangkhut killed 81 people in the Philippines, Hong Kong and China."])
add("component", CPI, Y, ["Electricity prices jumped 13.7% over the year to June.",
                          "Used car prices rose 10.7% from a year earlier in June."])
add("region", USJOBS, Y, ["The jobless rate for women rose to 4.6% in July.",
                          "The unemployment rate among Hispanic workers climbed to 5.3% in July."])
add("nominal", USGDP, Y, ["In nominal terms, GDP rose at an 8.5% annual rate in the quarter."])
add("period", USGDP, N, ["Year-on-year, GDP grew 2.9% in the third quarter."])
add("core", CORE, Y, ["Overall consumer prices rose 9.1% from a year earlier in June."])
