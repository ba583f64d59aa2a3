"""Counts of study.py's hits under restrictions (README "A general lexicon").

    python tools/wordnet_study/variants.py WORDNET_DICT_DIR OUT_DIR"""
import json, collections, sys
from pathlib import Path
d = json.load(open(Path(sys.argv[2]) / 'hits.json')); cs = d['cases']
# verb-sense counts for genericity
idx = {}
for line in open(Path(sys.argv[1]) / 'index.verb'):
    if line.startswith(' '): continue
    p = line.split(); idx[p[0].replace('_', ' ')] = int(p[2])
def keep(word, srcs, rels, senses, maxsenses=None, no_agent=False):
    ok = any(s.rstrip('0123456789') in rels and int(s[len(s.rstrip('0123456789')):]) in senses for s in srcs)
    if not ok: return False
    if maxsenses and idx.get(word, 0) > maxsenses: return False
    if no_agent and word.endswith(('er', 'or')) and all(s.startswith('deriv') for s in srcs): return False
    return True
V = {
 'A full: syn+tropo+hyper+deriv, senses 1-3': dict(rels={'syn','tropo','hyper','deriv'}, senses={1,2,3}),
 'B no hypernyms (syn+tropo+deriv, 1-3)': dict(rels={'syn','tropo','deriv'}, senses={1,2,3}),
 'C syn+deriv, senses 1-3': dict(rels={'syn','deriv'}, senses={1,2,3}),
 'D syn+tropo+deriv, sense 1': dict(rels={'syn','tropo','deriv'}, senses={1}),
 'E syn only, sense 1': dict(rels={'syn'}, senses={1}),
 'F B minus verbs with >8 senses, minus agent nouns': dict(rels={'syn','tropo','deriv'}, senses={1,2,3}, maxsenses=8, no_agent=True),
 'G syn+deriv sense 1, minus >8 senses & agent nouns': dict(rels={'syn','deriv'}, senses={1}, maxsenses=8, no_agent=True),
}
def case_hits(c, kw):
    out = []
    for h in c['hits']:
        ws = [w for w in h['words'] if keep(w, c['src'][w], **kw)]
        if ws: out.append(dict(h, words=ws))
    return out
rows = []
for name, kw in V.items():
    tab = collections.Counter()
    for c in cs:
        if case_hits(c, kw): tab[(c['expected'], c['got'])] += 1
    gain = tab[('likely-yes','undetermined')]
    fno = tab[('likely-no','undetermined')]; fund = tab[('undetermined','undetermined')]
    fdec = tab[('likely-no','likely-no')] + tab[('undetermined','likely-no')]
    rows.append((name, gain, fno, fund, fdec, tab[('likely-yes','likely-yes')]))
if __name__ == '__main__':
    tot = collections.Counter((c['expected'], c['got']) for c in cs)
    print('| variant | yes→und (gain, of %d) | no→und (of %d) | und→und (of %d) | no/und engine-no (of %d) | yes→yes already (of %d) |' % (
        tot[('likely-yes','undetermined')], tot[('likely-no','undetermined')], tot[('undetermined','undetermined')],
        tot[('likely-no','likely-no')]+tot[('undetermined','likely-no')], tot[('likely-yes','likely-yes')]))
    print('|---|---|---|---|---|---|')
    for r in rows: print('| %s | %d | %d | %d | %d | %d |' % r)
V2 = {
 'H deriv nouns only (senses 1-3), minus agent nouns': dict(rels={'deriv'}, senses={1,2,3}, no_agent=True),
 'I deriv nouns of the act lemma only, sense 1, minus agent': None,
}
