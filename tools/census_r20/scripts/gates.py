import json, re, sys, difflib, unicodedata
sys.path.insert(0, '/tmp/census20')
from feats import enrich

def fold(t): return ''.join(c for c in unicodedata.normalize('NFKD', t) if not unicodedata.combining(c)).lower()
GEN = set('party the of and union national front movement club fc city united'.split())
PRON = {'we', 'they', 'their', 'he', 'she', 'it', 'his', 'her', 'our'}
MONTHS = set('jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september october november december'.split())

def rival_variant(r):
    if r['rule'] != 'rival_outcome': return False
    m = re.search(r"someone other than (.*?) \((.*?)\)", r['reason'])
    if not m: return False
    cand, rivals = m.group(1), [x.strip() for x in m.group(2).split(',')]
    ctoks = {fold(t) for t in re.findall(r"[\w.'-]+", cand) if fold(t) not in GEN and len(t) > 2}
    actors = [fold(a) for a in re.findall(r'actors=(.*?)(?:, candidate=|$)', r['spec'])[0].split(', ')] if 'actors=' in r['spec'] else []
    for rv in rivals:
        f = fold(rv)
        if f in PRON or f.isupper() or rv.isupper() or f in MONTHS or f in ('reuters', 'xinhua', 'afp', 'ap'): return True
        if any(f == a or (len(f) > 3 and (a.startswith(f) or f.startswith(a))) for a in actors if a and a not in ctoks): return True
        for t in re.findall(r"[\w.'-]+", rv):
            ft = fold(t)
            if len(ft) <= 2 or ft in GEN: continue
            for c in ctoks:
                if ft == c or difflib.SequenceMatcher(None, ft, c).ratio() >= 0.8: return True
    return False

SENT_RULES_NO = {'ruled_out', 'failed_attempt', 'scheduled_after_deadline', 'state_ended', 'rival_outcome', 'threshold_missed',
                 'opposite_outcome', 'magnitude_short'}
GATES = [
    ('G1 silence after the deadline → undetermined', lambda r: r['rule'] == 'silence'),
    ('G2 silence where the engine set aside a positive reading (a confirmation/figure note) → undetermined', lambda r: r['rule'] == 'silence' and bool(r['pos_notes'])),
    ('G3 silence when an article published after the deadline exists → undetermined', lambda r: r['rule'] == 'silence' and r['n_post_articles'] > 0),
    ('G4 every supporting sentence at position ≥ 4 (none in headline or sentences 0–3) → undetermined', lambda r: r['rule'] != 'silence' and r['min_pos'] is not None and r['min_pos'] >= 4),
    ('G5 every supporting sentence at position ≥ 2 → undetermined', lambda r: r['rule'] != 'silence' and r['min_pos'] is not None and r['min_pos'] >= 2),
    ('G6 one supporting sentence → undetermined', lambda r: r['rule'] != 'silence' and r['n_sent'] == 1),
    ('G7 one supporting sentence, at position ≥ 2 → undetermined', lambda r: r['rule'] != 'silence' and r['n_sent'] == 1 and r['min_pos'] >= 2),
    ('G8 deciding sentence does not name the main entity → undetermined', lambda r: r['rule'] != 'silence' and not r['names_entity']),
    ('G9 deciding sentence names none of the market actors → undetermined', lambda r: r['rule'] != 'silence' and not r['names_any']),
    ('G10 one sentence and it does not name the main entity → undetermined', lambda r: r['rule'] != 'silence' and r['n_sent'] == 1 and not r['names_entity']),
    ('G11 rival_outcome before the deadline → undetermined', lambda r: r['rule'] == 'rival_outcome' and r['early']),
    ('G12 rival_outcome before the deadline from one sentence → undetermined', lambda r: r['rule'] == 'rival_outcome' and r['early'] and r['n_sent'] == 1),
    ('G13 rival named is a variant of the candidate, a pronoun, a dateline or a place of the market → undetermined', rival_variant),
    ('G14 any ruled-out (sentence-based no) from one sentence → undetermined', lambda r: r['got'] == 'likely-no' and r['rule'] in SENT_RULES_NO and r['n_sent'] == 1),
    ('G15 ruled-out before the deadline from one sentence → undetermined', lambda r: r['got'] == 'likely-no' and r['rule'] in SENT_RULES_NO and r['n_sent'] == 1 and r['early']),
    ('G16 ruled_out / failed_attempt / scheduled_after_deadline before the deadline → undetermined', lambda r: r['rule'] in ('ruled_out', 'failed_attempt', 'scheduled_after_deadline') and r['early']),
    ('G17 threshold reading (crossed or missed) from one sentence → undetermined', lambda r: r['rule'] in ('threshold_crossed', 'threshold_missed') and r['n_sent'] == 1),
    ('G18 threshold reading from one sentence at position ≥ 2 → undetermined', lambda r: r['rule'] in ('threshold_crossed', 'threshold_missed') and r['n_sent'] == 1 and r['min_pos'] >= 2),
    ('G19 confidence < 0.72 → undetermined', lambda r: r['confidence'] < 0.72),
    ('G20 confidence < 0.76 → undetermined', lambda r: r['confidence'] < 0.76),
    ('G21 any verdict before the deadline from one sentence → undetermined', lambda r: r['early'] and r['rule'] != 'silence' and r['n_sent'] == 1),
    ('G22 confirmation before the deadline from one sentence → undetermined', lambda r: r['early'] and r['rule'] == 'confirmation' and r['n_sent'] == 1),
    ('G23 counter-evidence present (a counted reading the other way) → undetermined', lambda r: r['against'] > 0),
]

def evaluate(R, labelled_decisive, covered):
    base_n = len(R); base_w = sum(not r['correct'] for r in R)
    out = []
    for name, g in GATES:
        hit = [r for r in R if g(r)]
        w = sum(not r['correct'] for r in hit); ri = len(hit) - w
        n2 = base_n - len(hit); w2 = base_w - w
        out.append(dict(gate=name, wrong_removed=w, right_lost=ri, prec_after=(n2 - w2) / n2 if n2 else 0,
                        cov_after=(covered - sum(r['expected'] != 'undetermined' for r in hit)) / labelled_decisive,
                        lab_dec_lost=sum(r['expected'] != 'undetermined' for r in hit), hit_ids=[r['id'] for r in hit]))
    return out

PROV = re.compile(r"\b(lead|leads|leading|led|prelim\w*|provisional|partial|exit polls?|first[- ]round|semi[- ]?finals?|quarter[- ]?finals?|pole|stage|counted|projection|projected|estimated?|estimates|early (results|count|returns)|runoff|run-off|second reading|interim|tentative)\b", re.I)
FUT = re.compile(r"\b(will|would|could|set to|expected|expects?|plans?|planned|poised|scheduled|likely|may|might|if|to be)\b", re.I)
PAST = re.compile(r"\b(last year|last season|a year ago|years? ago|previous|previously|earlier this|last won|in (19|20)\d\d|since (19|20)\d\d)\b", re.I)
NUM = re.compile(r"\d[\d,.]*")
def _s(r): return (r['sentence'] or '')
GATES += [
    ('G24 deciding sentence has a provisional word (lead, preliminary, partial, first round, semi-final, pole, stage, counted, estimate, interim, tentative …) → undetermined', lambda r: r['rule'] != 'silence' and bool(PROV.search(_s(r)))),
    ('G25 yes verdict whose deciding sentence has a future/modal word (will, would, could, expected, plans, poised, scheduled, likely, may, if …) → undetermined', lambda r: r['got'] == 'likely-yes' and r['rule'] != 'silence' and bool(FUT.search(_s(r)))),
    ('G26 deciding sentence dates something to the past (last year, years ago, previous, in 19xx/20xx …) → undetermined', lambda r: r['rule'] != 'silence' and bool(PAST.search(_s(r)))),
    ('G27 threshold reading from a sentence with 3 or more figures → undetermined', lambda r: r['rule'] in ('threshold_crossed', 'threshold_missed') and len(set(NUM.findall(_s(r)))) >= 3),
    ('G28 threshold reading, one sentence, 2 or more figures in it → undetermined', lambda r: r['rule'] in ('threshold_crossed', 'threshold_missed') and r['n_sent'] == 1 and len(set(NUM.findall(_s(r)))) >= 2),
]

def rival_all_variant(r):
    """G13 narrowed: every rival named is a variant of the candidate, a pronoun, or a place of the market (datelines ignored)."""
    if r['rule'] != 'rival_outcome': return False
    m = re.search(r"someone other than (.*?) \((.*?)\)", r['reason'])
    if not m: return False
    cand, rivals = m.group(1), [x.strip() for x in m.group(2).split(',')]
    ctoks = {fold(t) for t in re.findall(r"[\w.'-]+", cand) if fold(t) not in GEN and len(t) > 2}
    actors = [fold(a) for a in re.findall(r'actors=(.*?)(?:, candidate=|$)', r['spec'])[0].split(', ')] if 'actors=' in r['spec'] else []
    def bad(rv):
        f = fold(rv)
        if f in PRON: return True
        if any(f == a or (len(f) > 3 and (a.startswith(f) or f.startswith(a))) for a in actors if a and a not in ctoks): return True
        for t in re.findall(r"[\w.'-]+", rv):
            ft = fold(t)
            if len(ft) <= 2 or ft in GEN: continue
            if any(ft == c or difflib.SequenceMatcher(None, ft, c).ratio() >= 0.8 for c in ctoks): return True
        return False
    real = [rv for rv in rivals if not (rv.isupper() or fold(rv) in MONTHS or fold(rv) in ('reuters', 'xinhua', 'afp', 'ap'))]
    return bool(real) and all(bad(rv) for rv in real) or (not real)
GATES += [
    ('G4b one supporting sentence, at position ≥ 4 → undetermined', lambda r: r['rule'] != 'silence' and r['n_sent'] == 1 and r['min_pos'] >= 4),
    ('G4c every supporting sentence at position ≥ 3 → undetermined', lambda r: r['rule'] != 'silence' and r['min_pos'] is not None and r['min_pos'] >= 3),
    ('G2b silence with a dismissed positive reading, or with an article published after the deadline that the engine read no way at all → undetermined', lambda r: r['rule'] == 'silence' and (bool(r['pos_notes']) or (r['n_post_articles'] > 0 and not r['neg_notes']))),
]
