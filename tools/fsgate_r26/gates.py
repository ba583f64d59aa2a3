from prep import *
f=lambda r:r['f']
def pos(r):
    """The earliest supporting reading's place in its article: -1 the headline, N sentence N, None no sentence."""
    ps=[]
    for c in r['contributions']:
        if c.get('counted',True) and c.get('direction')==side(r) and c.get('weight'):
            m=re.search(r"\(sentence (\d+)\)",c.get('reason') or '')
            if m: ps.append(int(m.group(1)))
            elif '(headline)' in (c.get('reason') or ''): ps.append(-1)
    return min(ps) if ps else None
G={
 'one supporting sentence (nsent==1)': lambda r: f(r)['nsent']==1,
 'at most one sentence (incl. deadline alone)': lambda r: f(r)['nsent']<=1,
 'one supporting article': lambda r: f(r)['narts']==1,
 'one rule family only': lambda r: f(r)['nrules']==1,
 'deadline alone (no sentence)': lambda r: f(r)['nsent']==0,
 'headline only': lambda r: f(r)['headline_only'],
 'deciding sentence lacks subject name': lambda r: f(r)['nsent']>0 and not f(r)['top_names_subject'],
 'deciding sentence lacks every question name': lambda r: f(r)['nsent']>0 and not f(r)['top_names_any'],
 'no supporting sentence names subject': lambda r: f(r)['nsent']>0 and not f(r)['any_sup_names_subject'],
 'deciding article after deadline': lambda r: f(r)['after_deadline'],
 'deciding article >30 d before deadline': lambda r: (f(r)['days_to_deadline'] or 0)>=30,
 'deciding article same day as as_of (<1 d)': lambda r: f(r)['days_to_asof'] is not None and f(r)['days_to_asof']<1,
 'as_of after deadline': lambda r: f(r)['asof_after_deadline'],
 'hedge/modal in deciding sentence': lambda r: f(r)['hedge'],
 'quote in deciding sentence': lambda r: f(r)['quote'],
 'negation in deciding sentence': lambda r: f(r)['neg'],
 'number in sentence, none in question': lambda r: f(r)['sent_num'] and not f(r)['q_num'],
 'opposing contribution outweighed': lambda r: f(r)['opp'],
 'confidence < 0.7': lambda r: (f(r)['conf'] or 0)<0.7,
 'score < 3 (one reading)': lambda r: f(r)['score']<3,
 'criteria >= 300 chars': lambda r: f(r)['crit_len']>=300,
 'kind who-wins': lambda r: f(r)['kind']=='who-wins',
 'status deadline-passed': lambda r: f(r)['status']=='deadline-passed',
 'deciding sentence > 30 words': lambda r: f(r)['sent_len']>30,
 'one sentence AND lacks subject name': lambda r: f(r)['nsent']==1 and not f(r)['top_names_subject'],
 'one sentence AND same day as as_of': lambda r: f(r)['nsent']==1 and f(r)['days_to_asof'] is not None and f(r)['days_to_asof']<1,
 'one sentence AND hedge': lambda r: f(r)['nsent']==1 and f(r)['hedge'],
 'lacks subject AND >30 d before deadline (dev-best pair)': lambda r: f(r)['nsent']>0 and not f(r)['top_names_subject'] and (f(r)['days_to_deadline'] or 0)>=30,
 'earliest supporting reading sentence >= 3 of its article': lambda r: (pos(r) if pos(r) is not None else -1)>=3,
 'earliest supporting reading sentence >= 5': lambda r: (pos(r) if pos(r) is not None else -1)>=5,
 'threshold kind AND >30 d before deadline': lambda r: f(r)['kind']=='threshold' and (f(r)['days_to_deadline'] or 0)>=30,
}
def line(name,R,g):
    b=figs(R); a=figs(R,lambda r:g(r))
    n=sum(1 for r in R if r['got'] in DEC and g(r)); ok=sum(1 for r in R if r['got'] in DEC and g(r) and r['got']==r['expected'])
    return f"held {n:3d} (right {ok:3d}) prec {b['prec']:.1f}->{a['prec']:.1f} ({a['prec']-b['prec']:+.1f}) acc {b['accp']:.1f}->{a['accp']:.1f} ({a['acc']-b['acc']:+d}) cov {b['dec']}->{a['dec']}"
if __name__=='__main__':
    print('baseline dev (59-120):',fmt(figs(DEV)))
    print('baseline ho (121-142):',fmt(figs(HO)))
    for name,g in G.items():
        print(f"{name}\n   59-120 : {line(name,DEV,g)}\n   121-142: {line(name,HO,g)}")
