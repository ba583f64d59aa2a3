"""Regression gate on the real-news development corpus (tests/data/realnews/batch-*.json,
excerpts verbatim from published pages; see its README). Thresholds, not 100 % per case: the
corpus measures how the engine generalises to real reporting. The sealed split is never read
here."""

from pathlib import Path

import pytest

from resolver.backtest import backtest
from resolver.config import Settings

DATA = Path(__file__).parent / "data" / "realnews"
BATCHES = sorted(DATA.glob("batch-*.json"))
# Floors a little under the figures measured when this gate was set (README 'How accuracy is
# measured'); raise them as the engine improves, never lower them to let a change through.
MIN_ACCURACY = 0.88  # 0.90 before the ninth round's weak-reading gate (engine/weak_readings.py)
MAX_WRONG_DIRECTION = 0.01
MIN_DECISIVE_PRECISION = 0.98


# Batches the engine has been worked on (01–10) hold the floors above (93.1 % after the sixth round,
# no wrong direction, decisive precision 245/245). Batches 11–14 were worked on in the fourth round,
# after their first-time runs (ledger: 53.3 %, 56.7 %, 55.0 %, 55.0 %); they hold floors a little
# under what that work reached (80.0 % after the sixth round, no wrong direction, decisive precision
# 100 %). Batches 15–18 and 23–26 were worked on in the fifth round after their first-time runs
# (together 176/320 = 55.0 % first time): 70.0 % after the sixth, one wrong direction in 320,
# decisive precision 120/121; 72.2 % after the seventh, none, 127/127.
WORKED = [DATA / f"batch-{n:02d}.json" for n in range(1, 11)]
WORKED_ROUND4 = [DATA / f"batch-{n:02d}.json" for n in range(11, 15)]
ROUND4_MIN_ACCURACY = 0.78
ROUND4_MAX_WRONG_DIRECTION = 0.01
ROUND4_MIN_DECISIVE_PRECISION = 0.97
WORKED_ROUND5 = [DATA / f"batch-{n:02d}.json" for n in (15, 16, 17, 18, 23, 24, 25, 26)]
ROUND5_MIN_ACCURACY = 0.70
ROUND5_MAX_WRONG_DIRECTION = 0.01
ROUND5_MIN_DECISIVE_PRECISION = 0.98
# Batches worked on in the sixth round, after their first-time runs: 19–22 (held out through the
# fifth round; 58.8 % first time), 27–28 (the fifth round's fresh check; 56.2 %), 29–30 (held out
# through the fifth round, first run at the sixth's start; 53.8 %) and 33–34 (built in the sixth
# round; 50.0 %). After the sixth round: 66.8 % (267/400), no wrong direction, decisive precision
# 139/141; after the seventh: 69.5 % (278/400), none, 148/148.
WORKED_ROUND6 = [DATA / f"batch-{n:02d}.json" for n in (19, 20, 21, 22, 27, 28, 29, 30, 33, 34)]
ROUND6_MIN_ACCURACY = 0.67
ROUND6_MAX_WRONG_DIRECTION = 0.01
ROUND6_MIN_DECISIVE_PRECISION = 0.98
# Batches 31 and 32, the sixth round's control: built at its start, never run until its end, then
# measured first time on its starting engine (46.2 %, wrong direction 6, decisive precision 15/25)
# and on its final one (46.2 %, 7, 15/26); the one new wrong verdict was fixed at its cause (an
# excluded 'closing price' that did not exclude 'closed at'): 46.2 %, 6, 15/25. Nothing else was
# worked from them in the sixth round. The seventh round worked on them (with 35-36, text the
# engine had never been tuned on): 73.8 % (59/80), no wrong direction, decisive precision 33/33.
ROUND6_CHECK = [DATA / f"batch-{n:02d}.json" for n in (31, 32)]
CHECK_MIN_ACCURACY = 0.68  # 0.70 before the weak-reading gate
CHECK_MAX_WRONG_DIRECTION = 0.01
CHECK_MIN_DECISIVE_PRECISION = 0.97
# Batches 35 and 36, built at the sixth round's end and held out until the seventh's start, measured
# first on the sixth round's final engine (62.5 %, wrong direction 4, decisive precision 25/30), then
# worked in the seventh round: 76.2 % (61/80), no wrong direction, decisive precision 35/35.
WORKED_ROUND7 = [DATA / f"batch-{n:02d}.json" for n in (35, 36)]
# Batches 37 and 38, the seventh round's control, built at its start and held out through its first
# two waves: 58.8 % on the round's starting engine and after those waves (no verdict differed), wrong
# direction 2, decisive precision 23/27; then worked in the round's last wave: 70.0 % (56/80), no
# wrong direction, decisive precision 30/30.
ROUND7_CHECK = [DATA / f"batch-{n:02d}.json" for n in (37, 38)]
ROUND7_CHECK_MIN_ACCURACY = 0.66
ROUND7_CHECK_MAX_WRONG_DIRECTION = 0.01
ROUND7_CHECK_MIN_DECISIVE_PRECISION = 0.97
ROUND7_MIN_ACCURACY = 0.71  # 0.72 before the weak-reading gate
ROUND7_MAX_WRONG_DIRECTION = 0.01
ROUND7_MIN_DECISIVE_PRECISION = 0.97
# Batches 39 and 40, built at the seventh round's start and held out until the eighth's start, measured
# first on the seventh round's final engine (61.3 %, wrong direction 1, decisive precision 25/28; its
# starting engine gave 62.5 %, 1, 26/29), then worked in the eighth round: 90.0 % (72/80), no wrong
# direction, decisive precision 46/46.
ROUND8_START = [DATA / f"batch-{n:02d}.json" for n in (39, 40)]
ROUND8_START_MIN_ACCURACY = 0.85  # 0.86 before the weak-reading gate
ROUND8_START_MAX_WRONG_DIRECTION = 0.01
ROUND8_START_MIN_DECISIVE_PRECISION = 0.97
# Batches 43 and 44, built at the eighth round's start and measured first on its starting engine
# (58.8 %, wrong direction 3, decisive precision 26/34), then worked in the eighth round: 88.8 %
# (71/80), no wrong direction, decisive precision 45/45.
WORKED_ROUND8 = [DATA / f"batch-{n:02d}.json" for n in (43, 44)]
ROUND8_MIN_ACCURACY = 0.85
ROUND8_MAX_WRONG_DIRECTION = 0.01
ROUND8_MIN_DECISIVE_PRECISION = 0.97
# Batches 41 and 42, the eighth round's control, built at its start and held out until the ninth's
# start; measured in aggregate only, on the eighth round's starting engine (60.0 %, wrong direction 3,
# decisive precision 24/29) and its final engine (62.5 %, 2, 26/30), then moved here as development
# material; worked in the ninth round: 77.5 % (62/80), no wrong direction, decisive precision 36/36 (with
# the weak-reading gate; 83.8 % without it).
ROUND9_START = [DATA / f"batch-{n:02d}.json" for n in (41, 42)]
ROUND9_START_MIN_ACCURACY = 0.77
ROUND9_START_MAX_WRONG_DIRECTION = 0.01
ROUND9_START_MIN_DECISIVE_PRECISION = 0.97
# Batches 45 and 46, built at the ninth round's start and measured first on the engine of 008cb04
# (60.0 %, wrong direction 5, decisive precision 25/33), then worked in the ninth round: 86.2 % (69/80),
# no wrong direction, decisive precision 43/43 (with the weak-reading gate; 91.2 % without it).
WORKED_ROUND9 = [DATA / f"batch-{n:02d}.json" for n in (45, 46)]
ROUND9_MIN_ACCURACY = 0.86
ROUND9_MAX_WRONG_DIRECTION = 0.01
ROUND9_MIN_DECISIVE_PRECISION = 0.97
# Batches 47 and 48, the ninth round's control, built at its start and held out until the tenth's
# start; measured in aggregate only, on the ninth round's starting engine (47.5 %, wrong direction 4,
# decisive precision 17/26) and its final engine (48.8 %, 2, 17/23), then moved here as development
# material; worked in the tenth round: 77.5 % (62/80), no wrong direction, decisive precision 36/36.
ROUND10_START = [DATA / f"batch-{n:02d}.json" for n in (47, 48)]
ROUND10_START_MIN_ACCURACY = 0.76
ROUND10_START_MAX_WRONG_DIRECTION = 0.01
ROUND10_START_MIN_DECISIVE_PRECISION = 0.97
# Batches 49 and 50, built at the tenth round's start and measured first on its starting engine (the
# engine of 0d9bc47): 52.5 % (42/80), wrong direction 2, decisive precision 18/22; worked in the tenth
# round: 77.5 % (62/80), no wrong direction, decisive precision 36/36.
ROUND10_NEW = [DATA / f"batch-{n:02d}.json" for n in (49, 50)]
ROUND10_NEW_MIN_ACCURACY = 0.76
ROUND10_NEW_MAX_WRONG_DIRECTION = 0.01
ROUND10_NEW_MIN_DECISIVE_PRECISION = 0.97
# Batches 51 and 52, the tenth round's control, built at its start and held out until the eleventh's
# start; measured in aggregate only, on the tenth round's starting engine and its final engine (45.0 %
# (36/80), wrong direction 2, decisive precision 12/16 on both: no verdict differed), then moved here;
# worked in the eleventh round: 73.8 % (59/80), wrong direction 1, decisive precision 35/38.
ROUND11_START = [DATA / f"batch-{n:02d}.json" for n in (51, 52)]
ROUND11_START_MIN_ACCURACY = 0.73
ROUND11_START_MAX_WRONG_DIRECTION = 0.02
ROUND11_START_MIN_DECISIVE_PRECISION = 0.92
# Batches 53 and 54, built at the eleventh round's start and measured first on its starting engine
# (0970cce, the tenth round's verdicts): 70.0 % (56/80), wrong direction 1, decisive precision 32/35;
# worked in the eleventh round: 85.0 % (68/80), no wrong direction, decisive precision 42/42.
ROUND11_NEW = [DATA / f"batch-{n:02d}.json" for n in (53, 54)]
ROUND11_NEW_MIN_ACCURACY = 0.84
ROUND11_NEW_MAX_WRONG_DIRECTION = 0.01
ROUND11_NEW_MIN_DECISIVE_PRECISION = 0.97
# Batches 55 and 56, the eleventh round's control, built at its start and held out until the twelfth's
# start; measured in aggregate only: 52.5 % (42/80), wrong direction 3, decisive precision 20/27 on the
# eleventh round's starting engine (0970cce) and 53.8 % (43/80), wrong direction 3, 21/28 on its final
# engine (beb8ffb); then moved here; worked in the twelfth round: 90.0 % (72/80), no wrong direction,
# decisive precision 46/46.
ROUND12_START = [DATA / f"batch-{n:02d}.json" for n in (55, 56)]
ROUND12_START_MIN_ACCURACY = 0.89
ROUND12_START_MAX_WRONG_DIRECTION = 0.01
ROUND12_START_MIN_DECISIVE_PRECISION = 0.97
# Batches 57 and 58, built at the twelfth round's start and measured first on its starting engine
# (0367b21, the eleventh round's verdicts): 61.3 % (49/80), wrong direction 4, decisive precision 25/31;
# worked in the twelfth round: 81.2 % (65/80), wrong direction 1, decisive precision 39/40.
ROUND12_NEW = [DATA / f"batch-{n:02d}.json" for n in (57, 58)]
ROUND12_NEW_MIN_ACCURACY = 0.80
ROUND12_NEW_MAX_WRONG_DIRECTION = 0.02
ROUND12_NEW_MIN_DECISIVE_PRECISION = 0.95
# Batches 61 and 62, built in the middle of the twelfth round and measured first both on its starting
# engine (0367b21: 56.2 % (45/80), wrong direction 2, decisive precision 22/27) and on main as it stood
# (adde7ca, after eight branches of readings: 56.2 %, wrong direction 1, 22/26); worked in the rest of
# the round: 81.2 % (65/80), no wrong direction, decisive precision 39/39.
ROUND12_MID = [DATA / f"batch-{n:02d}.json" for n in (61, 62)]
ROUND12_MID_MIN_ACCURACY = 0.80
ROUND12_MID_MAX_WRONG_DIRECTION = 0.01
ROUND12_MID_MIN_DECISIVE_PRECISION = 0.97
# Batches 63 (33 cases) and 64 (39: one case dropped before any run for a possible sealed story), built
# at the twelfth round's end and measured first on its starting engine (0367b21: 51.4 % (37/72), wrong
# direction 6, decisive precision 20/31) and on its final engine (3d208aa: 52.8 % (38/72), wrong
# direction 7, 21/33); worked in the thirteenth round: 76.4 % (55/72), no wrong direction, decisive
# precision 33/33.
ROUND12_END = [DATA / f"batch-{n:02d}.json" for n in (63, 64)]
ROUND12_END_MIN_ACCURACY = 0.75
ROUND12_END_MAX_WRONG_DIRECTION = 0.01
ROUND12_END_MIN_DECISIVE_PRECISION = 0.97
# Batches 59 and 60, the twelfth round's control (held out, run only in aggregate): 55.0 % (44/80) on
# its starting engine (0367b21, wrong direction 1, decisive precision 23/29) and 56.2 % (45/80) on its
# final engine (8197dea, wrong direction 1, 24/30). Moved beside the others at the thirteenth round's
# start; worked in the thirteenth round: 81.2 % (65/80), no wrong direction, decisive precision 39/39.
ROUND13_START = [DATA / f"batch-{n:02d}.json" for n in (59, 60)]
ROUND13_START_MIN_ACCURACY = 0.80
ROUND13_START_MAX_WRONG_DIRECTION = 0.01
ROUND13_START_MIN_DECISIVE_PRECISION = 0.97
# Batches 67 and 68, built at the thirteenth round's start and measured first on its starting engine
# (6d1baa6, the twelfth round's verdicts): 66.2 % (53/80), wrong direction 1, decisive precision 28/30;
# worked in the round: 81.2 % (65/80), no wrong direction, 39/39.
ROUND13_NEW = [DATA / f"batch-{n:02d}.json" for n in (67, 68)]
ROUND13_NEW_MIN_ACCURACY = 0.80
ROUND13_NEW_MAX_WRONG_DIRECTION = 0.01
ROUND13_NEW_MIN_DECISIVE_PRECISION = 0.97
# Batches 69 and 70, built in the middle of the thirteenth round and measured first both on its starting
# engine (6d1baa6: 55.0 % (44/80), wrong direction 4, decisive precision 20/26) and on main as it stood
# (483d370, after nine branches of readings: 56.2 % (45/80), wrong direction 4, 20/25); worked in the
# rest of the round: 80.0 % (64/80), no wrong direction, 38/38.
ROUND13_MID = [DATA / f"batch-{n:02d}.json" for n in (69, 70)]
ROUND13_MID_MIN_ACCURACY = 0.79
ROUND13_MID_MAX_WRONG_DIRECTION = 0.01
ROUND13_MID_MIN_DECISIVE_PRECISION = 0.97

# Batches 65 and 66, the thirteenth round's control (held out, run only in aggregate): 53.8 % (43/80) on
# its starting engine (6d1baa6, wrong direction 3, decisive precision 20/26) and the same on its final
# engine (9a6a945: 0 of 80 verdicts moved). Moved beside the others at the fourteenth round's start;
# worked in the fourteenth round: 86.2 % (69/80), no wrong direction, decisive precision 43/43.
ROUND14_START = [DATA / f"batch-{n:02d}.json" for n in (65, 66)]
ROUND14_START_MIN_ACCURACY = 0.85
ROUND14_START_MAX_WRONG_DIRECTION = 0.01
ROUND14_START_MIN_DECISIVE_PRECISION = 0.97

# Batches 73 and 74 (39 cases each), built at the fourteenth round's start and measured first on its
# starting engine (ba78736, the thirteenth round's verdicts): 67.9 % (53/78), no wrong direction,
# decisive precision 29/30; worked in the round: 87.2 % (68/78), no wrong direction, 43/43.
ROUND14_NEW = [DATA / f"batch-{n:02d}.json" for n in (73, 74)]
ROUND14_NEW_MIN_ACCURACY = 0.86
ROUND14_NEW_MAX_WRONG_DIRECTION = 0.01
ROUND14_NEW_MIN_DECISIVE_PRECISION = 0.97

# Batches 75 and 76, built in the middle of the fourteenth round and measured first both on its
# starting engine (ba78736) and on main as it stood (66e4bcc, after five branches of readings): 60.0 %
# (48/80), wrong direction 5, decisive precision 23/29 on both (0 of 80 verdicts moved); worked in the
# rest of the round: 77.5 % (62/80), wrong direction 1, decisive precision 36/37.
ROUND14_MID = [DATA / f"batch-{n:02d}.json" for n in (75, 76)]
ROUND14_MID_MIN_ACCURACY = 0.77
ROUND14_MID_MAX_WRONG_DIRECTION = 0.02
ROUND14_MID_MIN_DECISIVE_PRECISION = 0.97

# Batches 71 and 72, the fourteenth round's control: held out through it and measured in aggregate on
# its starting engine (ba78736) and its final engine (803a46a): 65.0 % (52/80), wrong direction 1,
# decisive precision 28/31 on both (0 of 80 verdicts moved); moved here at the fifteenth round's start and
# worked in it: 90.0 % (72/80), no wrong direction, decisive precision 46/46.
ROUND15_START = [DATA / f"batch-{n:02d}.json" for n in (71, 72)]
ROUND15_START_MIN_ACCURACY = 0.88
ROUND15_START_MAX_WRONG_DIRECTION = 0.01
ROUND15_START_MIN_DECISIVE_PRECISION = 0.97

# Batches 79 and 80 (39 cases each), built at the fifteenth round's start and measured first on its
# starting engine (da32dd6): 57.7 % (45/78), wrong direction 2, decisive precision 22/25; worked in the
# round: 85.9 % (67/78), no wrong direction, decisive precision 43/43.
ROUND15_NEW = [DATA / f"batch-{n:02d}.json" for n in (79, 80)]
ROUND15_NEW_MIN_ACCURACY = 0.84
ROUND15_NEW_MAX_WRONG_DIRECTION = 0.01
ROUND15_NEW_MIN_DECISIVE_PRECISION = 0.97

# Batches 77 and 78, the fifteenth round's control: held out through it and measured in aggregate on its
# starting engine (da32dd6) and its final engine (0a0770e): 58.8 % (47/80), wrong direction 3, decisive
# precision 22/26 on both (0 of 80 verdicts moved); moved here at the sixteenth round's start and worked in it:
# 72.5 % (58/80), no wrong direction, decisive precision 32/32.
ROUND16_START = [DATA / f"batch-{n:02d}.json" for n in (77, 78)]
ROUND16_START_MIN_ACCURACY = 0.71
ROUND16_START_MAX_WRONG_DIRECTION = 0.01
ROUND16_START_MIN_DECISIVE_PRECISION = 0.97

# Batches 83 and 84, built at the sixteenth round's start and measured first on its starting engine
# (7677865, the fifteenth round's verdicts): 60.0 % (48/80), wrong direction 3, decisive precision 26/33;
# worked in the round: 72.5 % (58/80), no wrong direction, decisive precision 32/32.
ROUND16_NEW = [DATA / f"batch-{n:02d}.json" for n in (83, 84)]
ROUND16_NEW_MIN_ACCURACY = 0.71
ROUND16_NEW_MAX_WRONG_DIRECTION = 0.01
ROUND16_NEW_MIN_DECISIVE_PRECISION = 0.97

# Batches 85 (40 cases) and 86 (39), built in the sixteenth round's middle and measured first on its
# starting engine (7677865) and on main after its first wave (ac315d6), the same on both (0 of 79 verdicts
# differ): 64.6 % (51/79), wrong direction 3, decisive precision 28/33; worked in the round's last waves:
# 74.7 % (59/79), no wrong direction, decisive precision 34/34.
ROUND16_MID = [DATA / f"batch-{n:02d}.json" for n in (85, 86)]
ROUND16_MID_MIN_ACCURACY = 0.73
ROUND16_MID_MAX_WRONG_DIRECTION = 0.01
ROUND16_MID_MIN_DECISIVE_PRECISION = 0.97

# Batches 87 and 88, built late in the sixteenth round and measured first on its starting engine (7677865)
# and on main after its second wave (5c34a8c), the same on both (0 of 80 verdicts differ): 62.5 % (50/80),
# wrong direction 4, decisive precision 29/38; worked in the round's last wave: 68.8 % (55/80), wrong
# direction 1, decisive precision 31/34.
ROUND16_LATE = [DATA / f"batch-{n:02d}.json" for n in (87, 88)]
ROUND16_LATE_MIN_ACCURACY = 0.67
ROUND16_LATE_MAX_WRONG_DIRECTION = 0.02
ROUND16_LATE_MIN_DECISIVE_PRECISION = 0.9

# Batches 81 and 82, the sixteenth round's control: held out through it and measured in aggregate on its
# starting engine (7677865) and its final engine (d5e5675): 65.0 % (52/80), no wrong direction, decisive
# precision 28/28 on both (0 of 80 verdicts moved); moved here at the seventeenth round's start and worked
# in it: 66.2 % (53/80), no wrong direction, decisive precision 29/29.
ROUND17_START = [DATA / f"batch-{n:02d}.json" for n in (81, 82)]
ROUND17_START_MIN_ACCURACY = 0.65
ROUND17_START_MAX_WRONG_DIRECTION = 0.01
ROUND17_START_MIN_DECISIVE_PRECISION = 0.97

# Batches 91 (39 cases) and 92, built at the seventeenth round's start and measured first on its starting
# engine (48d9c6e, the sixteenth round's verdicts): 50.6 % (40/79), wrong direction 3, decisive precision
# 16/21; worked in the round: 58.2 % (46/79), no wrong direction, decisive precision 20/20.
ROUND17_NEW = [DATA / f"batch-{n:02d}.json" for n in (91, 92)]
ROUND17_NEW_MIN_ACCURACY = 0.57
ROUND17_NEW_MAX_WRONG_DIRECTION = 0.01
ROUND17_NEW_MIN_DECISIVE_PRECISION = 0.97

# Batches 93 and 94, built in the seventeenth round's middle and measured first on its starting engine
# (48d9c6e) and on main after its first wave (the same verdicts: 0 of 80 differ): 57.5 % (46/80), wrong
# direction 3, decisive precision 22/27; worked in the round's second wave: 61.2 % (49/80), wrong direction
# 2, decisive precision 24/27.
ROUND17_MID = [DATA / f"batch-{n:02d}.json" for n in (93, 94)]
ROUND17_MID_MIN_ACCURACY = 0.6
ROUND17_MID_MAX_WRONG_DIRECTION = 0.03
ROUND17_MID_MIN_DECISIVE_PRECISION = 0.85

# Batches 95 (25 cases) and 96 (38), built at the seventeenth round's end and measured first on its starting
# engine (48d9c6e) and on its final engine (198a201), the same on both (0 of 63 verdicts differ): 63.5 %
# (40/63), wrong direction 2, decisive precision 21/23. Not worked in that round; worked in the eighteenth:
# 87.3 % (55/63), no wrong direction, decisive precision 36/36.
ROUND17_END = [DATA / f"batch-{n:02d}.json" for n in (95, 96)]
ROUND17_END_MIN_ACCURACY = 0.85
ROUND17_END_MAX_WRONG_DIRECTION = 0.01
ROUND17_END_MIN_DECISIVE_PRECISION = 0.97

# Batches 89-90, the seventeenth round's control (held out, run only in aggregate), moved beside the
# others at the eighteenth round's start: 61.3 % (49/80) on its starting and final engines (0 of 80
# verdicts moved), wrong direction 2, decisive precision 24/27.
ROUND18_START = [DATA / f"batch-{n:02d}.json" for n in (89, 90)]
ROUND18_START_MIN_ACCURACY = 0.6
ROUND18_START_MAX_WRONG_DIRECTION = 0.03
ROUND18_START_MIN_DECISIVE_PRECISION = 0.85

# Batches 99 (39 cases) and 100, built at the eighteenth round's start and measured first on its starting
# engine (be61380, the seventeenth round's verdicts): 46.8 % (37/79), wrong direction 1, decisive
# precision 15/20; worked in the round: 65.8 % (52/79), no wrong direction, decisive precision 26/26.
ROUND18_NEW = [DATA / f"batch-{n:02d}.json" for n in (99, 100)]
ROUND18_NEW_MIN_ACCURACY = 0.65
ROUND18_NEW_MAX_WRONG_DIRECTION = 0.01
ROUND18_NEW_MIN_DECISIVE_PRECISION = 0.97

# Batches 101 and 102, built in the eighteenth round's middle and measured first on its starting engine
# (be61380) and on main after its first two waves (3797963): 52.5 % (42/80), no wrong direction,
# decisive precision 21/26 on both (0 of 80 verdicts differ); worked in the round: 65.0 % (52/80), no wrong
# direction, decisive precision 26/26.
ROUND18_MID = [DATA / f"batch-{n:02d}.json" for n in (101, 102)]
ROUND18_MID_MIN_ACCURACY = 0.63
ROUND18_MID_MAX_WRONG_DIRECTION = 0.01
ROUND18_MID_MIN_DECISIVE_PRECISION = 0.97

# Batches 97-98, the eighteenth round's control (held out, run only in aggregate), moved beside the
# others at the nineteenth round's start: 53.8 % (43/80) on its starting engine, 55.0 % (44/80) on its
# final engine (1 of 80 verdicts moved, for the better), wrong direction 1, decisive precision 20/23.
# Worked in the nineteenth round: 70.0 % (56/80), no wrong direction, decisive precision 30/30.
ROUND19_START = [DATA / f"batch-{n:02d}.json" for n in (97, 98)]
ROUND19_START_MIN_ACCURACY = 0.69
ROUND19_START_MAX_WRONG_DIRECTION = 0.01
ROUND19_START_MIN_DECISIVE_PRECISION = 0.97

# Batches 105 and 106, built at the nineteenth round's start and measured first on its starting engine
# (b0f8d0e, the eighteenth round's verdicts): 57.5 % (46/80), wrong direction 1, decisive precision 22/25;
# worked in the round: 73.8 % (59/80), no wrong direction, decisive precision 33/33.
ROUND19_NEW = [DATA / f"batch-{n:02d}.json" for n in (105, 106)]
ROUND19_NEW_MIN_ACCURACY = 0.73
ROUND19_NEW_MAX_WRONG_DIRECTION = 0.01
ROUND19_NEW_MIN_DECISIVE_PRECISION = 0.97

# Batches 107 and 108, built in the nineteenth round's middle and measured first on its starting engine
# (b0f8d0e) and on main after its first two waves (963badf): 52.5 % (42/80), wrong direction 5, decisive
# precision 19/27 on both (0 of 80 verdicts differ); worked in the round: 67.5 % (54/80), no wrong
# direction, decisive precision 28/28.
ROUND19_MID = [DATA / f"batch-{n:02d}.json" for n in (107, 108)]
ROUND19_MID_MIN_ACCURACY = 0.67
ROUND19_MID_MAX_WRONG_DIRECTION = 0.01
ROUND19_MID_MIN_DECISIVE_PRECISION = 0.97


# Batches 103-104, the nineteenth round's control (held out, run only in aggregate), moved beside the
# others at the twentieth round's start: 56.2 % (45/80) on its starting engine, 57.5 % (46/80) on its
# final engine (1 of 80 verdicts moved, for the better), wrong direction 4, decisive precision 23/30.
ROUND20_START = [DATA / f"batch-{n:02d}.json" for n in (103, 104)]
ROUND20_START_MIN_ACCURACY = 0.57
ROUND20_START_MAX_WRONG_DIRECTION = 0.05
ROUND20_START_MIN_DECISIVE_PRECISION = 0.75


# Batches 111 and 112, built at the twentieth round's start and measured first on its starting engine
# (dd680b3, the nineteenth round's verdicts): 54.4 % (43/79), wrong direction 1, decisive precision 19/21;
# worked in the round: 75.9 % (60/79), no wrong direction, decisive precision 35/35.
ROUND20_NEW = [DATA / f"batch-{n:02d}.json" for n in (111, 112)]
ROUND20_NEW_MIN_ACCURACY = 0.75
ROUND20_NEW_MAX_WRONG_DIRECTION = 0.01
ROUND20_NEW_MIN_DECISIVE_PRECISION = 0.97


# Batches 113 and 114, built in the twentieth round's middle and measured first on its starting engine
# (dd680b3): 51.2 % (41/80), wrong direction 1, decisive precision 17/20; at the round's end (8226853):
# 53.8 % (43/80), wrong direction 1, decisive precision 18/20.
ROUND20_MID = [DATA / f"batch-{n:02d}.json" for n in (113, 114)]
ROUND20_MID_MIN_ACCURACY = 0.53
ROUND20_MID_MAX_WRONG_DIRECTION = 0.02
ROUND20_MID_MIN_DECISIVE_PRECISION = 0.88


# Batches 109-110, the twentieth round's control (held out, run only in aggregate), moved beside the
# others at the twenty-first round's start: 65.0 % (52/80) on its starting engine (dd680b3), 66.2 %
# (53/80) on its final engine (1 of 80 verdicts moved, for the better), wrong direction 2, decisive
# precision 27/29.
ROUND21_START = [DATA / f"batch-{n:02d}.json" for n in (109, 110)]
ROUND21_START_MIN_ACCURACY = 0.66
ROUND21_START_MAX_WRONG_DIRECTION = 0.03
ROUND21_START_MIN_DECISIVE_PRECISION = 0.90


# Batches 117 and 118, built at the twenty-first round's start and measured first on its starting engine
# (ae9d7ef, the twentieth round's verdicts): 48.1 % (38/79), wrong direction 3, decisive precision 14/19.
# Floors raised at the twenty-second round's start to the twenty-first's end figures: 50.6 % (40/79), wrong
# direction 2, decisive precision 15/18.
ROUND21_NEW = [DATA / f"batch-{n:02d}.json" for n in (117, 118)]
ROUND21_NEW_MIN_ACCURACY = 0.50
ROUND21_NEW_MAX_WRONG_DIRECTION = 0.03
ROUND21_NEW_MIN_DECISIVE_PRECISION = 0.83


# Batches 119 and 120, built in the twenty-first round's middle and measured first on its starting engine
# (6f96c10, the twentieth round's verdicts: no engine change had landed): 50.0 % (40/80), wrong direction
# 4, decisive precision 17/24. Floors raised at the twenty-second round's start to the twenty-first's end
# figures: 51.2 % (41/80), wrong direction 0, decisive precision 18/21; at the twenty-third's start to the
# twenty-second's end figures (6b4383e): 53.8 % (43/80), wrong direction 0, decisive precision 20/23.
ROUND21_MID = [DATA / f"batch-{n:02d}.json" for n in (119, 120)]
ROUND21_MID_MIN_ACCURACY = 0.53
ROUND21_MID_MAX_WRONG_DIRECTION = 0.01
ROUND21_MID_MIN_DECISIVE_PRECISION = 0.86


# Batches 115 and 116, the twenty-first round's control, moved here at the twenty-second round's start.
# First figures on the twenty-first round's starting engine (6f96c10): 53.8 % (43/80), wrong direction 2,
# decisive precision 20/25; at the round's end and at this round's start (cf6cdcb): 55.0 % (44/80), wrong
# direction 2, decisive precision 20/24.
ROUND22_START = [DATA / f"batch-{n:02d}.json" for n in (115, 116)]
ROUND22_START_MIN_ACCURACY = 0.55
ROUND22_START_MAX_WRONG_DIRECTION = 0.03
ROUND22_START_MIN_DECISIVE_PRECISION = 0.83


# Batches 123 and 124, built at the twenty-second round's start and measured first on its starting engine
# (b6cf0a0, the twenty-first round's verdicts): 50.6 % (39/77), wrong direction 4, decisive precision 15/20.
# Floors at the round's end figures (6b4383e): 63.6 % (49/77), wrong direction 0, decisive precision 24/24.
ROUND22_NEW = [DATA / f"batch-{n:02d}.json" for n in (123, 124)]
ROUND22_NEW_MIN_ACCURACY = 0.63
ROUND22_NEW_MAX_WRONG_DIRECTION = 0.01
ROUND22_NEW_MIN_DECISIVE_PRECISION = 0.95


# Batches 125 and 126, built while the twenty-second round's first engine work ran and measured first before
# any of it landed (b6cf0a0): 56.4 % (44/78), wrong direction 1, decisive precision 20/23. Floors at the
# round's end figures (6b4383e): 65.4 % (51/78), wrong direction 0, decisive precision 25/25.
ROUND22_MID = [DATA / f"batch-{n:02d}.json" for n in (125, 126)]
ROUND22_MID_MIN_ACCURACY = 0.65
ROUND22_MID_MAX_WRONG_DIRECTION = 0.01
ROUND22_MID_MIN_DECISIVE_PRECISION = 0.95


# Batches 121 and 122, the twenty-second round's control, moved here at the twenty-third round's start.
# First figures on the twenty-second round's starting engine (b6cf0a0): 65.4 % (51/78), wrong direction 4,
# decisive precision 25/29; the same at the round's end (6b4383e), 0 of 78 verdicts differing.
ROUND23_START = [DATA / f"batch-{n:02d}.json" for n in (121, 122)]
ROUND23_START_MIN_ACCURACY = 0.65
ROUND23_START_MAX_WRONG_DIRECTION = 0.06
ROUND23_START_MIN_DECISIVE_PRECISION = 0.86


# Batches 129 and 130, built at the twenty-third round's start and measured first on its starting engine
# (e672176, the twenty-second round's verdicts): 50.0 % (39/78), wrong direction 2, decisive precision 18/24.
# Floors at the round's end figures: 65.4 % (51/78), wrong direction 0, decisive precision 27/28.
ROUND23_NEW = [DATA / f"batch-{n:02d}.json" for n in (129, 130)]
ROUND23_NEW_MIN_ACCURACY = 0.65
ROUND23_NEW_MAX_WRONG_DIRECTION = 0.01
ROUND23_NEW_MIN_DECISIVE_PRECISION = 0.96


# Batches 131 and 132, built while the twenty-third round's first engine work ran and measured first before
# any of it landed (e672176): 55.0 % (44/80), wrong direction 2, decisive precision 18/20. Floors at the round's
# end figures: 76.2 % (61/80), wrong direction 0, decisive precision 35/35.
ROUND23_MID = [DATA / f"batch-{n:02d}.json" for n in (131, 132)]
ROUND23_MID_MIN_ACCURACY = 0.76
ROUND23_MID_MAX_WRONG_DIRECTION = 0.01
ROUND23_MID_MIN_DECISIVE_PRECISION = 0.97


# Batches 127 and 128, the twenty-third round's control, moved here at the twenty-fourth round's start.
# First figures on the twenty-third round's starting engine (e672176): 64.6 % (51/79), wrong direction 3,
# decisive precision 27/31; the same at the round's end (4e818ed), 0 of 79 verdicts differing. Worked in the
# twenty-fourth round: floors at its end figures, 77.2 % (61/79), wrong direction 0, decisive precision 36/36.
ROUND24_START = [DATA / f"batch-{n:02d}.json" for n in (127, 128)]
ROUND24_START_MIN_ACCURACY = 0.77
ROUND24_START_MAX_WRONG_DIRECTION = 0.01
ROUND24_START_MIN_DECISIVE_PRECISION = 0.97


# Batches 135 and 136, built at the twenty-fourth round's start and measured first on its starting engine
# (4e818ed, the twenty-third round's verdicts): 63.7 % (51/80), wrong direction 2, decisive precision 26/29.
# Floors at the round's end figures: 76.2 % (61/80), wrong direction 0, decisive precision 35/35.
ROUND24_NEW = [DATA / f"batch-{n:02d}.json" for n in (135, 136)]
ROUND24_NEW_MIN_ACCURACY = 0.76
ROUND24_NEW_MAX_WRONG_DIRECTION = 0.01
ROUND24_NEW_MIN_DECISIVE_PRECISION = 0.97


# Batches 137 and 138, built while the twenty-fourth round's first engine work ran and measured first before any
# of it landed (4e818ed): 62.5 % (50/80), wrong direction 3, decisive precision 23/26. Floors at the round's end
# figures: 81.2 % (65/80), wrong direction 0, decisive precision 38/38.
ROUND24_MID = [DATA / f"batch-{n:02d}.json" for n in (137, 138)]
ROUND24_MID_MIN_ACCURACY = 0.81
ROUND24_MID_MAX_WRONG_DIRECTION = 0.01
ROUND24_MID_MIN_DECISIVE_PRECISION = 0.97


# Batches 133 and 134, the twenty-fourth round's control, moved here at the twenty-fifth round's start. First
# figures on the twenty-fourth round's starting engine (4e818ed): 73.8 % (59/80), wrong direction 2, decisive
# precision 33/35; at that round's end (dfdd7f9) 75.0 % (60/80), wrong direction 2, decisive precision 34/36.
# Worked in the twenty-fifth round: floors at its end figures, 83.8 % (67/80), wrong direction 0, 41/41.
ROUND25_START = [DATA / f"batch-{n:02d}.json" for n in (133, 134)]
ROUND25_START_MIN_ACCURACY = 0.83
ROUND25_START_MAX_WRONG_DIRECTION = 0.01
ROUND25_START_MIN_DECISIVE_PRECISION = 0.97


# Batches 139 and 140, built in the twenty-fourth round, audited and measured first at the twenty-fifth round's
# start on the twenty-fourth round's final engine: 64.6 % (51/79), wrong direction 1, decisive precision 27/30.
# Floors at the round's end figures: 83.5 % (66/79), wrong direction 0, decisive precision 40/40.
ROUND25_PENDING = [DATA / f"batch-{n:02d}.json" for n in (139, 140)]
ROUND25_PENDING_MIN_ACCURACY = 0.83
ROUND25_PENDING_MAX_WRONG_DIRECTION = 0.01
ROUND25_PENDING_MIN_DECISIVE_PRECISION = 0.97


# Batches 141 and 142, the twenty-fifth round's control, moved here at the twenty-sixth round's start. First
# figures on the twenty-fifth round's starting engine (0678f04): 55.4 % (41/74), wrong direction 3, decisive
# precision 19/24; the same at that round's end (7760c69). Worked in the twenty-sixth round: floors at its end figures,
# 75.7 % (56/74), wrong direction 1, decisive precision 32/33.
ROUND26_START = [DATA / f"batch-{n:02d}.json" for n in (141, 142)]
ROUND26_START_MIN_ACCURACY = 0.75
ROUND26_START_MAX_WRONG_DIRECTION = 0.02
ROUND26_START_MIN_DECISIVE_PRECISION = 0.96


# Batches built in the twenty-sixth round, audited and measured first before any engine change they drove:
# 145 at 57.5 % (23/40), wrong direction 2, decisive precision 12/16 (engine 39dc6d7); 146 at 70.0 % (28/40),
# wrong direction 1, decisive precision 15/16 (e73233b); 148 at 42.1 % (16/38), wrong direction 2, decisive precision
# 5/9 (c7c09a9); 147 at 47.4 % (18/38), wrong direction 2, decisive precision 6/8 (6ab5b4a). Together 54.5 %
# (85/156), wrong direction 7, 38/49. Floors at the round's end figures: 72.4 % (113/156), wrong direction 0, 62/62.
ROUND26_NEW = [DATA / f"batch-{n:02d}.json" for n in (145, 146, 147, 148)]
ROUND26_NEW_MIN_ACCURACY = 0.72
ROUND26_NEW_MAX_WRONG_DIRECTION = 0.01
ROUND26_NEW_MIN_DECISIVE_PRECISION = 0.99


# Batch 149, built at the twenty-sixth round's end and measured first on its engine after nine merges (c5c5668), none
# driven by it: 64.7 % (22/34), wrong direction 0, decisive precision 11/11. Floors at those figures.
ROUND26_LATE = [DATA / "batch-149.json"]
ROUND26_LATE_MIN_ACCURACY = 0.64
ROUND26_LATE_MAX_WRONG_DIRECTION = 0.01
ROUND26_LATE_MIN_DECISIVE_PRECISION = 0.99



# Batches 143 and 144, the twenty-sixth round's control, moved here at the twenty-seventh round's start. First figures
# on the twenty-sixth round's starting engine (55654af): 64.9 % (50/77), wrong direction 1, decisive precision 29/34;
# the same at that round's end (9b6b607). Worked in the twenty-seventh round: floors at its end figures, 89.6 %
# (69/77), wrong direction 0, decisive precision 44/44.
ROUND27_START = [DATA / f"batch-{n:02d}.json" for n in (143, 144)]
ROUND27_START_MIN_ACCURACY = 0.89
ROUND27_START_MAX_WRONG_DIRECTION = 0.01
ROUND27_START_MIN_DECISIVE_PRECISION = 0.99


# Batch 150, built at the twenty-sixth round's end, its audit finished at the twenty-seventh round's start, measured
# first on the twenty-sixth round's final engine (ec06ab5): 51.3 % (20/39), wrong direction 1, decisive precision
# 10/13. Floors at the round's end figures: 87.2 % (34/39), wrong direction 0, decisive precision 22/22.
ROUND27_PENDING = [DATA / "batch-150.json"]
ROUND27_PENDING_MIN_ACCURACY = 0.87
ROUND27_PENDING_MAX_WRONG_DIRECTION = 0.01
ROUND27_PENDING_MIN_DECISIVE_PRECISION = 0.99


# Batches built in the twenty-seventh round, audited and measured first before any engine change they drove (engine
# 9b6b607 in behaviour): 153 at 51.4 % (18/35), wrong direction 2, decisive precision 6/8; 154 at 64.9 % (24/37),
# wrong direction 0, decisive precision 12/13. Together 58.3 % (42/72), wrong direction 2, 18/21. Floors at the
# round's end figures: 83.3 % (60/72), wrong direction 0, decisive precision 35/35.
ROUND27_NEW = [DATA / f"batch-{n:02d}.json" for n in (153, 154)]
ROUND27_NEW_MIN_ACCURACY = 0.83
ROUND27_NEW_MAX_WRONG_DIRECTION = 0.01
ROUND27_NEW_MIN_DECISIVE_PRECISION = 0.99

@pytest.fixture(scope="module")
def reports():
    assert BATCHES, "the real-news batches are missing"
    return {path: backtest(path, Settings()) for path in BATCHES}


def _check(reports, paths, min_accuracy, max_wrong, min_precision):
    chosen = [reports[p] for p in paths]
    cases = sum(r["cases"] for r in chosen)
    correct = sum(r["correct"] for r in chosen)
    wrong = sum(r["wrong_direction"] for r in chosen)
    decisive = sum(r["decisive"] for r in chosen)
    right = sum(r["decisive_right"] for r in chosen)
    assert correct / cases >= min_accuracy, f"accuracy {correct}/{cases}"
    assert wrong / cases <= max_wrong, f"wrong direction {wrong}/{cases}"
    assert right / decisive >= min_precision, f"decisive precision {right}/{decisive}"


# (group, batches, min accuracy, max wrong direction, min decisive precision)
GROUPS = [
    ("worked in rounds 1-3 (01-10)", WORKED, MIN_ACCURACY, MAX_WRONG_DIRECTION, MIN_DECISIVE_PRECISION),
    ("worked in the fourth round (11-14)", WORKED_ROUND4, ROUND4_MIN_ACCURACY, ROUND4_MAX_WRONG_DIRECTION,
     ROUND4_MIN_DECISIVE_PRECISION),
    ("worked in the fifth round (15-18, 23-26)", WORKED_ROUND5, ROUND5_MIN_ACCURACY, ROUND5_MAX_WRONG_DIRECTION,
     ROUND5_MIN_DECISIVE_PRECISION),
    ("worked in the sixth round (19-22, 27-30, 33-34)", WORKED_ROUND6, ROUND6_MIN_ACCURACY,
     ROUND6_MAX_WRONG_DIRECTION, ROUND6_MIN_DECISIVE_PRECISION),
    ("the sixth round's control, worked in the seventh (31-32)", ROUND6_CHECK, CHECK_MIN_ACCURACY, CHECK_MAX_WRONG_DIRECTION,
     CHECK_MIN_DECISIVE_PRECISION),
    ("worked in the seventh round (35-36)", WORKED_ROUND7, ROUND7_MIN_ACCURACY, ROUND7_MAX_WRONG_DIRECTION,
     ROUND7_MIN_DECISIVE_PRECISION),
    ("the seventh round's control, worked in its last wave (37-38)", ROUND7_CHECK, ROUND7_CHECK_MIN_ACCURACY,
     ROUND7_CHECK_MAX_WRONG_DIRECTION, ROUND7_CHECK_MIN_DECISIVE_PRECISION),
    ("the eighth round's starting control (39-40)", ROUND8_START, ROUND8_START_MIN_ACCURACY,
     ROUND8_START_MAX_WRONG_DIRECTION, ROUND8_START_MIN_DECISIVE_PRECISION),
    ("worked in the eighth round (43-44)", WORKED_ROUND8, ROUND8_MIN_ACCURACY, ROUND8_MAX_WRONG_DIRECTION,
     ROUND8_MIN_DECISIVE_PRECISION),
    ("the eighth round's control (41-42)", ROUND9_START, ROUND9_START_MIN_ACCURACY,
     ROUND9_START_MAX_WRONG_DIRECTION, ROUND9_START_MIN_DECISIVE_PRECISION),
    ("worked in the ninth round (45-46)", WORKED_ROUND9, ROUND9_MIN_ACCURACY, ROUND9_MAX_WRONG_DIRECTION,
     ROUND9_MIN_DECISIVE_PRECISION),
    ("the ninth round's control (47-48)", ROUND10_START, ROUND10_START_MIN_ACCURACY,
     ROUND10_START_MAX_WRONG_DIRECTION, ROUND10_START_MIN_DECISIVE_PRECISION),
    ("built at the tenth round's start (49-50)", ROUND10_NEW, ROUND10_NEW_MIN_ACCURACY,
     ROUND10_NEW_MAX_WRONG_DIRECTION, ROUND10_NEW_MIN_DECISIVE_PRECISION),
    ("the tenth round's control (51-52)", ROUND11_START, ROUND11_START_MIN_ACCURACY,
     ROUND11_START_MAX_WRONG_DIRECTION, ROUND11_START_MIN_DECISIVE_PRECISION),
    ("built at the eleventh round's start (53-54)", ROUND11_NEW, ROUND11_NEW_MIN_ACCURACY,
     ROUND11_NEW_MAX_WRONG_DIRECTION, ROUND11_NEW_MIN_DECISIVE_PRECISION),
    ("the eleventh round's control (55-56)", ROUND12_START, ROUND12_START_MIN_ACCURACY,
     ROUND12_START_MAX_WRONG_DIRECTION, ROUND12_START_MIN_DECISIVE_PRECISION),
    ("built at the twelfth round's start (57-58)", ROUND12_NEW, ROUND12_NEW_MIN_ACCURACY,
     ROUND12_NEW_MAX_WRONG_DIRECTION, ROUND12_NEW_MIN_DECISIVE_PRECISION),
    ("built in the twelfth round's middle (61-62)", ROUND12_MID, ROUND12_MID_MIN_ACCURACY,
     ROUND12_MID_MAX_WRONG_DIRECTION, ROUND12_MID_MIN_DECISIVE_PRECISION),
    ("built at the twelfth round's end (63-64)", ROUND12_END, ROUND12_END_MIN_ACCURACY,
     ROUND12_END_MAX_WRONG_DIRECTION, ROUND12_END_MIN_DECISIVE_PRECISION),
    ("the twelfth round's control (59-60)", ROUND13_START, ROUND13_START_MIN_ACCURACY,
     ROUND13_START_MAX_WRONG_DIRECTION, ROUND13_START_MIN_DECISIVE_PRECISION),
    ("built at the thirteenth round's start (67-68)", ROUND13_NEW, ROUND13_NEW_MIN_ACCURACY,
     ROUND13_NEW_MAX_WRONG_DIRECTION, ROUND13_NEW_MIN_DECISIVE_PRECISION),
    ("built in the thirteenth round's middle (69-70)", ROUND13_MID, ROUND13_MID_MIN_ACCURACY,
     ROUND13_MID_MAX_WRONG_DIRECTION, ROUND13_MID_MIN_DECISIVE_PRECISION),
    ("the thirteenth round's control (65-66)", ROUND14_START, ROUND14_START_MIN_ACCURACY,
     ROUND14_START_MAX_WRONG_DIRECTION, ROUND14_START_MIN_DECISIVE_PRECISION),
    ("built at the fourteenth round's start (73-74)", ROUND14_NEW, ROUND14_NEW_MIN_ACCURACY,
     ROUND14_NEW_MAX_WRONG_DIRECTION, ROUND14_NEW_MIN_DECISIVE_PRECISION),
    ("built in the fourteenth round's middle (75-76)", ROUND14_MID, ROUND14_MID_MIN_ACCURACY,
     ROUND14_MID_MAX_WRONG_DIRECTION, ROUND14_MID_MIN_DECISIVE_PRECISION),
    ("the fourteenth round's control (71-72)", ROUND15_START, ROUND15_START_MIN_ACCURACY,
     ROUND15_START_MAX_WRONG_DIRECTION, ROUND15_START_MIN_DECISIVE_PRECISION),
    ("built at the fifteenth round's start (79-80)", ROUND15_NEW, ROUND15_NEW_MIN_ACCURACY,
     ROUND15_NEW_MAX_WRONG_DIRECTION, ROUND15_NEW_MIN_DECISIVE_PRECISION),
    ("the fifteenth round's control (77-78)", ROUND16_START, ROUND16_START_MIN_ACCURACY,
     ROUND16_START_MAX_WRONG_DIRECTION, ROUND16_START_MIN_DECISIVE_PRECISION),
    ("built at the sixteenth round's start (83-84)", ROUND16_NEW, ROUND16_NEW_MIN_ACCURACY,
     ROUND16_NEW_MAX_WRONG_DIRECTION, ROUND16_NEW_MIN_DECISIVE_PRECISION),
    ("built in the sixteenth round's middle (85-86)", ROUND16_MID, ROUND16_MID_MIN_ACCURACY,
     ROUND16_MID_MAX_WRONG_DIRECTION, ROUND16_MID_MIN_DECISIVE_PRECISION),
    ("built late in the sixteenth round (87-88)", ROUND16_LATE, ROUND16_LATE_MIN_ACCURACY,
     ROUND16_LATE_MAX_WRONG_DIRECTION, ROUND16_LATE_MIN_DECISIVE_PRECISION),
    ("the sixteenth round's control (81-82)", ROUND17_START, ROUND17_START_MIN_ACCURACY,
     ROUND17_START_MAX_WRONG_DIRECTION, ROUND17_START_MIN_DECISIVE_PRECISION),
    ("built at the seventeenth round's start (91-92)", ROUND17_NEW, ROUND17_NEW_MIN_ACCURACY,
     ROUND17_NEW_MAX_WRONG_DIRECTION, ROUND17_NEW_MIN_DECISIVE_PRECISION),
    ("built in the seventeenth round's middle (93-94)", ROUND17_MID, ROUND17_MID_MIN_ACCURACY,
     ROUND17_MID_MAX_WRONG_DIRECTION, ROUND17_MID_MIN_DECISIVE_PRECISION),
    ("built at the seventeenth round's end (95-96)", ROUND17_END, ROUND17_END_MIN_ACCURACY,
     ROUND17_END_MAX_WRONG_DIRECTION, ROUND17_END_MIN_DECISIVE_PRECISION),
    ("the seventeenth round's control (89-90)", ROUND18_START, ROUND18_START_MIN_ACCURACY,
     ROUND18_START_MAX_WRONG_DIRECTION, ROUND18_START_MIN_DECISIVE_PRECISION),
    ("built at the eighteenth round's start (99-100)", ROUND18_NEW, ROUND18_NEW_MIN_ACCURACY,
     ROUND18_NEW_MAX_WRONG_DIRECTION, ROUND18_NEW_MIN_DECISIVE_PRECISION),
    ("built in the eighteenth round's middle (101-102)", ROUND18_MID, ROUND18_MID_MIN_ACCURACY,
     ROUND18_MID_MAX_WRONG_DIRECTION, ROUND18_MID_MIN_DECISIVE_PRECISION),
    ("the eighteenth round's control (97-98)", ROUND19_START, ROUND19_START_MIN_ACCURACY,
     ROUND19_START_MAX_WRONG_DIRECTION, ROUND19_START_MIN_DECISIVE_PRECISION),
    ("built at the nineteenth round's start (105-106)", ROUND19_NEW, ROUND19_NEW_MIN_ACCURACY,
     ROUND19_NEW_MAX_WRONG_DIRECTION, ROUND19_NEW_MIN_DECISIVE_PRECISION),
    ("built in the nineteenth round's middle (107-108)", ROUND19_MID, ROUND19_MID_MIN_ACCURACY,
     ROUND19_MID_MAX_WRONG_DIRECTION, ROUND19_MID_MIN_DECISIVE_PRECISION),
    ("the nineteenth round's control (103-104)", ROUND20_START, ROUND20_START_MIN_ACCURACY,
     ROUND20_START_MAX_WRONG_DIRECTION, ROUND20_START_MIN_DECISIVE_PRECISION),
    ("built at the twentieth round's start (111-112)", ROUND20_NEW, ROUND20_NEW_MIN_ACCURACY,
     ROUND20_NEW_MAX_WRONG_DIRECTION, ROUND20_NEW_MIN_DECISIVE_PRECISION),
    ("built in the twentieth round's middle (113-114)", ROUND20_MID, ROUND20_MID_MIN_ACCURACY,
     ROUND20_MID_MAX_WRONG_DIRECTION, ROUND20_MID_MIN_DECISIVE_PRECISION),
    ("the twentieth round's control (109-110)", ROUND21_START, ROUND21_START_MIN_ACCURACY,
     ROUND21_START_MAX_WRONG_DIRECTION, ROUND21_START_MIN_DECISIVE_PRECISION),
    ("built at the twenty-first round's start (117-118)", ROUND21_NEW, ROUND21_NEW_MIN_ACCURACY,
     ROUND21_NEW_MAX_WRONG_DIRECTION, ROUND21_NEW_MIN_DECISIVE_PRECISION),
    ("built in the twenty-first round's middle (119-120)", ROUND21_MID, ROUND21_MID_MIN_ACCURACY,
     ROUND21_MID_MAX_WRONG_DIRECTION, ROUND21_MID_MIN_DECISIVE_PRECISION),
    ("the twenty-first round's control (115-116)", ROUND22_START, ROUND22_START_MIN_ACCURACY,
     ROUND22_START_MAX_WRONG_DIRECTION, ROUND22_START_MIN_DECISIVE_PRECISION),
    ("built at the twenty-second round's start (123-124)", ROUND22_NEW, ROUND22_NEW_MIN_ACCURACY,
     ROUND22_NEW_MAX_WRONG_DIRECTION, ROUND22_NEW_MIN_DECISIVE_PRECISION),
    ("built in the twenty-second round's middle (125-126)", ROUND22_MID, ROUND22_MID_MIN_ACCURACY,
     ROUND22_MID_MAX_WRONG_DIRECTION, ROUND22_MID_MIN_DECISIVE_PRECISION),
    ("the twenty-second round's control (121-122)", ROUND23_START, ROUND23_START_MIN_ACCURACY,
     ROUND23_START_MAX_WRONG_DIRECTION, ROUND23_START_MIN_DECISIVE_PRECISION),
    ("built at the twenty-third round's start (129-130)", ROUND23_NEW, ROUND23_NEW_MIN_ACCURACY,
     ROUND23_NEW_MAX_WRONG_DIRECTION, ROUND23_NEW_MIN_DECISIVE_PRECISION),
    ("built in the twenty-third round's middle (131-132)", ROUND23_MID, ROUND23_MID_MIN_ACCURACY,
     ROUND23_MID_MAX_WRONG_DIRECTION, ROUND23_MID_MIN_DECISIVE_PRECISION),
    ("the twenty-third round's control (127-128)", ROUND24_START, ROUND24_START_MIN_ACCURACY,
     ROUND24_START_MAX_WRONG_DIRECTION, ROUND24_START_MIN_DECISIVE_PRECISION),
    ("built at the twenty-fourth round's start (135-136)", ROUND24_NEW, ROUND24_NEW_MIN_ACCURACY,
     ROUND24_NEW_MAX_WRONG_DIRECTION, ROUND24_NEW_MIN_DECISIVE_PRECISION),
    ("built in the twenty-fourth round's middle (137-138)", ROUND24_MID, ROUND24_MID_MIN_ACCURACY,
     ROUND24_MID_MAX_WRONG_DIRECTION, ROUND24_MID_MIN_DECISIVE_PRECISION),
    ("the twenty-fourth round's control (133-134)", ROUND25_START, ROUND25_START_MIN_ACCURACY,
     ROUND25_START_MAX_WRONG_DIRECTION, ROUND25_START_MIN_DECISIVE_PRECISION),
    ("the twenty-fourth round's pending batches (139-140)", ROUND25_PENDING, ROUND25_PENDING_MIN_ACCURACY,
     ROUND25_PENDING_MAX_WRONG_DIRECTION, ROUND25_PENDING_MIN_DECISIVE_PRECISION),
    ("the twenty-fifth round's control (141-142)", ROUND26_START, ROUND26_START_MIN_ACCURACY,
     ROUND26_START_MAX_WRONG_DIRECTION, ROUND26_START_MIN_DECISIVE_PRECISION),
    ("the twenty-sixth round's new batches (145-148)", ROUND26_NEW, ROUND26_NEW_MIN_ACCURACY,
     ROUND26_NEW_MAX_WRONG_DIRECTION, ROUND26_NEW_MIN_DECISIVE_PRECISION),
    ("the twenty-sixth round's last batch (149)", ROUND26_LATE, ROUND26_LATE_MIN_ACCURACY,
     ROUND26_LATE_MAX_WRONG_DIRECTION, ROUND26_LATE_MIN_DECISIVE_PRECISION),
    ("the twenty-sixth round's control (143-144)", ROUND27_START, ROUND27_START_MIN_ACCURACY,
     ROUND27_START_MAX_WRONG_DIRECTION, ROUND27_START_MIN_DECISIVE_PRECISION),
    ("the twenty-sixth round's pending batch (150)", ROUND27_PENDING, ROUND27_PENDING_MIN_ACCURACY,
     ROUND27_PENDING_MAX_WRONG_DIRECTION, ROUND27_PENDING_MIN_DECISIVE_PRECISION),
    ("the twenty-seventh round's new batches (153-154)", ROUND27_NEW, ROUND27_NEW_MIN_ACCURACY,
     ROUND27_NEW_MAX_WRONG_DIRECTION, ROUND27_NEW_MIN_DECISIVE_PRECISION),
]


def test_every_batch_is_in_one_group():
    grouped = [p for g in GROUPS for p in g[1]]
    assert sorted(grouped) == BATCHES and len(set(grouped)) == len(grouped)


@pytest.mark.parametrize("group", GROUPS, ids=[g[0] for g in GROUPS])
def test_each_group_of_batches_holds_its_floors(reports, group):
    _, paths, min_accuracy, max_wrong, min_precision = group
    assert paths and all(p.exists() for p in paths), "a group's batches are missing"
    _check(reports, paths, min_accuracy, max_wrong, min_precision)


def test_unread_evidence_verdicts_list_their_sentences(reports):
    held = [r for rep in reports.values() for r in rep["results"] if r["status"] == "unread-evidence"]
    for r in held:
        assert r["got"] == "undetermined"
        listed = [c for c in r["reasoning"]["contributions"] if c["rule"] == "unread_evidence"]
        assert listed and listed[0]["sentence"], r["id"]
