import unicodedata, feats
from feats import *
def fold(s): return ''.join(ch for ch in unicodedata.normalize('NFKD',s or '') if not unicodedata.combining(ch))
def F(r):
    r2=dict(r); r2['question']=fold(r.get('question'))
    r2['contributions']=[dict(c, sentence=fold(c.get('sentence'))) for c in r.get('contributions') or []]
    return feat(r2)
def dd(x):
    return None if x is None else (-1 if x<0 else 0 if x<1 else 7 if x<7 else 30 if x<30 else 365 if x<365 else 999)
def disc(f):
    return {'nsent':min(3,f['nsent']),'narts':min(2,f['narts']),'nrules':min(2,f['nrules']),'opp':f['opp'],'dir':f['dir'],
            'kind':f['kind'],'status':f['status'],'conf':round(f['conf'] or 0,1),'score':min(5,int(f['score'])),'crit':min(3,f['crit_len']//100),
            'qnum':f['q_num'],'hl':f['headline_only'],'title':f['top_is_title'],'subj':f['top_names_subject'],'anyname':f['top_names_any'],
            'hedge':f['hedge'],'quote':f['quote'],'neg':f['neg'],'snum':f['sent_num'],'slen':min(40,f['sent_len']//10*10),
            'after':f['after_deadline'],'dtd':dd(f['days_to_deadline']),'dta':dd(f['days_to_asof']),'aod':f['asof_after_deadline'],
            'nev':min(3,f['nevidence']),'rule':f['top_rule']}
rows=load()
for r in rows:
    if r['got'] in DEC: r['f']=F(r); r['d']=disc(r['f'])
DEV=[r for r in rows if r['batch']<=120]; HO=[r for r in rows if r['batch']>=121]
