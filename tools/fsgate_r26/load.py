import json, glob, os, re, collections
from datetime import datetime
def load():
    rows=[]
    for f in sorted(glob.glob(os.path.join(os.environ.get('FS_OUT', 'first-sight'), 'batch-*.json'))):
        n=int(re.search(r'batch-(\d+)',f).group(1))
        for r in json.load(open(f)):
            r['batch']=n; rows.append(r)
    return rows
DEC=("likely-yes","likely-no")
def side(r): return "yes" if r["got"]=="likely-yes" else "no"
def figs(rows, drop=lambda r: False):
    n=len(rows); acc=0; dec=0; right=0
    for r in rows:
        got=r['got']
        if got in DEC and drop(r): got='undetermined'
        acc+= got==r['expected']
        if got in DEC:
            dec+=1; right+= got==r['expected']
    return dict(n=n, acc=acc, dec=dec, right=right, prec=100*right/max(1,dec), accp=100*acc/n)
def fmt(d): return f"prec {d['right']}/{d['dec']} {d['prec']:.1f}%  acc {d['acc']}/{d['n']} {d['accp']:.1f}%  cov {d['dec']}"
