import json, collections
from datetime import datetime
def dt(s): return datetime.fromisoformat(s.replace('Z', '+00:00'))
def enrich(R):
    for r in R:
        r['early'] = dt(r['as_of']) < dt(r['deadline'])
        r['conf_band'] = ('<0.60' if r['confidence'] < 0.6 else '0.60-0.70' if r['confidence'] < 0.7 else
                          '0.70-0.74' if r['confidence'] < 0.74 else '0.74-0.76' if r['confidence'] < 0.76 else
                          '0.76-0.90' if r['confidence'] < 0.9 else '>=0.90')
        r['sent_band'] = 'silence' if r['rule'] == 'silence' else ('1' if r['n_sent'] == 1 else '2' if r['n_sent'] == 2 else '3+')
        r['art_band'] = str(r['n_articles']) if r['n_articles'] < 3 else '3+'
        r['src_band'] = 'silence' if r['rule'] == 'silence' else ('1 source' if r['n_src'] == 1 else '2+ sources')
        r['ent'] = 'silence' if r['rule'] == 'silence' else ('names main' if r['names_entity'] else 'names other actor' if r['names_any'] else 'names none')
        r['dir'] = r['got'].replace('likely-', '')
        r['exp_kind'] = 'label undetermined' if r['expected'] == 'undetermined' else 'label decisive'
        r['counter'] = 'has counter-evidence' if r['against'] else 'none against'
        r['hl'] = 'silence' if r['rule'] == 'silence' else ('headline' if r['headline'] else 'body sentence')
    return R
def table(R, key, title=None):
    c = collections.defaultdict(lambda: [0, 0])
    for r in R:
        k = key(r) if callable(key) else r[key]
        c[k][0] += 1; c[k][1] += (not r['correct'])
    rows = sorted(c.items(), key=lambda x: -x[1][0])
    out = [f"| {title or key} | decisive | wrong | precision |", "|---|---:|---:|---:|"]
    for k, (n, w) in rows:
        out.append(f"| {k} | {n} | {w} | {(n - w) / n:.1%} |")
    return "\n".join(out)
