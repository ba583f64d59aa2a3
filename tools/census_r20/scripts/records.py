"""Build one record per decisive verdict from the dumps (first-sight or main)."""
import json, glob, re, sys
from pathlib import Path

GENERIC = set("""the of and for in on at to a an by from with bank party court supreme league cup world national
republic federal central reserve union united states state people group company inc corp ltd plc new
president minister prime government council committee election presidential general open championship
international european high appeals commission office city market index rate policy act""".split())

def case_files():
    return {int(re.search(r'batch-(\d+)', p).group(1)): p for p in glob.glob('/work/main/tests/data/realnews/batch-*.json')}

def looking(rt):
    m = re.search(r'looking for: (.*)', rt)
    s = m.group(1) if m else ''
    kind = re.search(r'kind=(\w[\w-]*)', s)
    actors = re.search(r'actors=(.*?)(?:, candidate=|, threshold |, excluded: |$)', s)
    cand = re.search(r'candidate=(.*?) for ', s)
    obj = re.search(r'object=(.*?), actors=', s)
    return dict(kind=kind.group(1) if kind else None,
                actors=[a.strip() for a in actors.group(1).split(',')] if actors else [],
                candidate=cand.group(1) if cand else None, object=obj.group(1) if obj else None, spec=s)

def main_entity(lk):
    if lk['candidate']: return lk['candidate']
    if lk['actors']: return lk['actors'][0]
    return lk['object'] or ''

import unicodedata
def fold(t):
    return ''.join(ch for ch in unicodedata.normalize('NFKD', t) if not unicodedata.combining(ch)).replace('’', "'")

def tokens(ent):
    ent = re.sub(r"'s\b", '', fold(ent))
    if '&' in ent: return [w for w in ent.split() if '&' in w]
    return [t for t in re.findall(r"[\w'’.-]+", ent) if len(t) >= 3 and t.lower() not in GENERIC and t[0].isupper()] or \
           [t for t in re.findall(r"[\w'’.-]+", ent) if len(t) >= 3 and t.lower() not in GENERIC]

ALIASES = {'united kingdom': ['UK', 'U.K.', 'Britain', 'British'], 'united states': ['US', 'U.S.', 'America', 'American']}
def names(ent, text):
    if not text or not ent: return False
    for a in ALIASES.get(ent.lower(), []):
        if re.search(r'(?<![\w.])' + re.escape(a) + r'(?![\w])', text): return True
    low = fold(text).lower()
    return any(re.search(r'\b' + re.escape(t.lower().rstrip('.')) , low) for t in tokens(ent))

def records(dump_glob, cases_by_batch):
    out = []
    for f in sorted(glob.glob(dump_glob)):
        b = int(re.search(r'batch-(\d+)', f).group(1))
        cases = {c['id']: c for c in json.load(open(cases_by_batch[b]))}
        for r in json.load(open(f))['results']:
            if r['got'] == 'undetermined': continue
            d = 'yes' if r['got'] == 'likely-yes' else 'no'
            opp = 'no' if d == 'yes' else 'yes'
            cs = [x for x in r['reasoning']['contributions'] if x['counted']]
            sup = [x for x in cs if x['direction'] == d and x['weight'] != 0]
            sup_s = [x for x in sup if x['sentence']]
            against = [x for x in cs if x['direction'] == opp and x['weight'] != 0]
            notes = [x for x in cs if x['direction'] == 'none']
            silence = [x for x in sup if x['rule'] == 'deadline_passed']
            eff = lambda x: x['base_rule'] if x['rule'] == 'hedged' and x['base_rule'] else x['rule']
            if sup_s:
                top = max(sup_s, key=lambda x: abs(x['weight']))
                rule = eff(top)
            else:
                top = None; rule = 'silence'
            lk = looking(r['reasoning_text'])
            ent = main_entity(lk)
            case = cases[r['id']]
            sents = {(x['article_url'], x['sentence']) for x in sup_s}
            arts = {x['article_url'] for x in sup_s}
            srcs = {x['source'] for x in sup_s}
            sup_sum = sum(abs(x['weight']) for x in sup_s)
            def _pos(x):
                m = re.search(r'\((headline|sentence (\d+))\)', x['reason'])
                return -1 if not m or m.group(1) == 'headline' else int(m.group(2))
            positions = sorted(_pos(x) for x in sup_s)
            from datetime import datetime as _dt
            _p = lambda t: _dt.fromisoformat(t.replace('Z', '+00:00'))
            dl = _p(case['market']['deadline'])
            post = [a for a in case['evidence'] if a.get('published') and _p(a['published']) > dl]
            out.append(dict(
                positions=positions, min_pos=positions[0] if positions else None,
                n_post_articles=len(post),
                pos_notes=sorted({x['rule'] for x in notes if x['rule'] in ('confirmation', 'threshold_crossed', 'does_not_count', 'state_ended', 'rival_outcome', 'ruled_out', 'state_held')}),
                neg_notes=sorted({x['rule'] for x in notes if x['rule'] in ('not_yet',)}),
                batch=b, id=r['id'], expected=r['expected'], got=r['got'], correct=r['correct'],
                status=r['status'], confidence=r['confidence'], score=r['score'],
                family=f"{r['status']}/{rule}", rule=rule, kind=lk['kind'], entity=ent, spec=lk['spec'],
                n_sent=len(sents), n_art_sup=len(arts), n_src=len(srcs), n_articles=len(case['evidence']),
                silence=bool(silence), silence_only=bool(silence) and not sup_s,
                hedged=any(x['rule'] == 'hedged' for x in sup_s) and top is not None and top['rule'] == 'hedged',
                any_hedged=any(x['rule'] == 'hedged' for x in sup_s),
                against=len(against), notes=len(notes), note_rules=sorted({x['rule'] for x in notes}),
                sup_rules=sorted({eff(x) for x in sup}),
                sup_sum=round(sup_sum, 3), top_w=abs(top['weight']) if top else 0,
                headline=bool(top and '(headline)' in top['reason']),
                sentence=top['sentence'] if top else None, reason=top['reason'] if top else (silence[0]['reason'] if silence else ''),
                title=top['article_title'] if top else None, published=top['published'] if top else None,
                names_entity=names(ent, top['sentence']) if top else None,
                names_any=any(names(e, top['sentence']) for e in lk['actors'] + [lk['candidate'] or '']) if top else None,
                names_entity_or_title=(names(ent, top['sentence']) or names(ent, top['article_title'] or '')) if top else None,
                multi='multi' in r['id'],
                question=case['market']['question'], why=case.get('why', ''),
                deadline=case['market'].get('deadline'), as_of=case['as_of'],
                reasoning_text=r['reasoning_text']))
    return out

if __name__ == '__main__':
    cb = case_files()
    if sys.argv[1] == 'first':
        plan = [l.split()[0] for l in open('/tmp/census20/plan.txt')]
        recs = []
        for c in plan:
            for x in records(f'/tmp/census20/{c}/batch-*.full.json', cb):
                x['engine'] = c; recs.append(x)
    else:
        recs = records('/tmp/census20/main/batch-*.full.json', cb)
        for x in recs: x['engine'] = 'main'
    json.dump(recs, open(sys.argv[2], 'w'), indent=1)
    print(len(recs), sum(not x['correct'] for x in recs))
