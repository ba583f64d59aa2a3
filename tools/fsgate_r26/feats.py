from load import *
from datetime import datetime, timezone
def dt(s):
    if not s: return None
    try: return datetime.fromisoformat(s.replace('Z','+00:00'))
    except Exception: return None
STOP=set("Will The A An In On By Before After Of Yes No Which Who What When How Does Do Is Are Be Has Have Than And Or For To At As With From Between During End Until January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
def names(q):
    toks=re.findall(r"[A-Z][\w'’.-]*(?:\s+(?:of|de|the|and|von|van|del|la)?\s*[A-Z][\w'’.-]*)*", q or '')
    out=[]
    for t in toks:
        ws=[w for w in re.split(r"\s+",t) if w not in STOP and w[:1].isupper()]
        if ws: out.append(ws)
    return out
HEDGE=re.compile(r"\b(may|might|could|would|should|expected|likely|reportedly|plans?|planned|set to|poised|aims?|hopes?|reports? said|sources|according to|allegedly|appears?|seems?|possible|possibly|probably|unlikely|will)\b",re.I)
COND=re.compile(r"\b(if|unless|whether|provided)\b",re.I)
NEG=re.compile(r"\b(not|no|never|n't|without|nor|denied|deny|denies|rejected|refused|failed)\b|n't",re.I)
def feat(r):
    s=side(r)
    C=r.get('contributions') or []
    sup=[c for c in C if c.get('counted',True) and c.get('direction')==s and (c.get('weight') or 0)!=0]
    opp=[c for c in C if c.get('counted',True) and c.get('direction') not in (s,'none',None) and (c.get('weight') or 0)!=0]
    top=max(sup,key=lambda c:abs(c['weight'])) if sup else None
    sents={(c.get('url'),c.get('sentence')) for c in sup if c.get('sentence')}
    arts={c.get('url') for c in sup if c.get('url')}
    rules={(c.get('base_rule') or c.get('rule')) for c in sup}
    f={}
    f['nsent']=len(sents); f['narts']=len(arts); f['nrules']=len(rules); f['nsup']=len(sup)
    f['opp']=len(opp)>0
    f['kind']=r.get('kind'); f['status']=r.get('status'); f['dir']=s
    f['conf']=r.get('confidence'); f['score']=abs(r.get('score') or 0)
    f['multi']=bool(r.get('outcomes'))
    f['crit_len']=len(r.get('criteria') or '')
    f['q_num']=bool(re.search(r"\d", re.sub(r"\b(19|20)\d\d\b","",r.get('question') or '')))
    f['deadline_only']= rules=={'deadline_passed'}
    sent=(top or {}).get('sentence') or ''
    title=(top or {}).get('title') or ''
    f['top_rule']=(top or {}).get('base_rule') or (top or {}).get('rule')
    f['headline_only']= bool(sent) and all((c.get('sentence') or '').strip()==(c.get('title') or '').strip() for c in sup if c.get('sentence'))
    f['top_is_title']= bool(sent) and sent.strip()==title.strip()
    nm=names(r.get('question'))
    subj=nm[0] if nm else []
    low=sent.lower()
    f['has_names']=bool(nm)
    f['top_names_subject']= (not subj) or any(w.lower() in low for w in subj)
    f['top_names_any']= (not nm) or any(any(w.lower() in low for w in n) for n in nm)
    f['any_sup_names_subject']= (not subj) or any(any(w.lower() in (c.get('sentence') or '').lower() for w in subj) for c in sup)
    f['hedge']=bool(HEDGE.search(sent)); f['cond']=bool(COND.search(sent)); f['quote']=('"' in sent or '“' in sent or "‘" in sent)
    f['question_mark']='?' in sent
    f['neg']=bool(NEG.search(sent))
    f['sent_num']=bool(re.search(r"\d",sent))
    f['sent_len']=len(sent.split())
    dl=dt(r.get('deadline')); ao=dt(r.get('as_of')); pub=dt((top or {}).get('published'))
    f['after_deadline']= bool(pub and dl and pub>dl)
    f['days_to_deadline']= (dl-pub).total_seconds()/86400 if pub and dl else None
    f['days_to_asof']= (ao-pub).total_seconds()/86400 if pub and ao else None
    f['asof_after_deadline']= bool(ao and dl and ao>dl)
    f['nevidence']=r.get('articles')
    return f
