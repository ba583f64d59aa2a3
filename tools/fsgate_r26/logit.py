"""A logistic combination of the trace features, fitted on 59-120, scored on 121-142 (an upper-ish bound for a
few-feature rule: if a fitted weighting of all of them separates weakly, a hand rule on a few will not do better)."""
import numpy as np
from gates import *
def vec(r):
    f=r['f']; d=f['days_to_deadline']; a=f['days_to_asof']
    kinds=['event','threshold','who-wins','stays-true']; rules=['confirmation','threshold_crossed','deadline_passed','ruled_out','rival_outcome','state_ended','threshold_missed','opposite_outcome']
    return [1,min(3,f['nsent']),min(3,f['narts']),min(3,f['nrules']),f['opp'],f['dir']=='yes',f['conf'] or 0,min(8,f['score']),
            f['crit_len']/100,f['q_num'],f['headline_only'],f['top_is_title'],f['top_names_subject'],f['top_names_any'],f['any_sup_names_subject'],
            f['hedge'],f['quote'],f['neg'],f['sent_num'],min(60,f['sent_len'])/10,f['after_deadline'],
            0 if d is None else np.sign(d)*np.log1p(abs(d)), 0 if a is None else np.log1p(max(0,a)), d is None, f['asof_after_deadline'],
            min(3,f['nevidence'])]+[f['kind']==k for k in kinds]+[f['top_rule']==k for k in rules]
def XY(R):
    R=[r for r in R if r['got'] in DEC]
    return R,np.array([vec(r) for r in R],float),np.array([r['got']==r['expected'] for r in R],float)
Rd,Xd,yd=XY(DEV); Rh,Xh,yh=XY(HO)
mu=Xd[:,1:].mean(0); sd=Xd[:,1:].std(0)+1e-9
norm=lambda X: np.hstack([X[:,:1],(X[:,1:]-mu)/sd])
Xd,Xh=norm(Xd),norm(Xh)
w=np.zeros(Xd.shape[1]); lam=1.0
for it in range(3000):
    p=1/(1+np.exp(-Xd@w)); g=Xd.T@(p-yd)/len(yd)+lam*np.r_[0,w[1:]]/len(yd)
    w-=0.5*g
def auc(s,y):
    o=np.argsort(s); rk=np.empty(len(s)); rk[o]=np.arange(1,len(s)+1)
    P=y.sum(); N=len(y)-P; return (rk[y==1].sum()-P*(P+1)/2)/(P*N)
pd_=1/(1+np.exp(-Xd@w)); ph=1/(1+np.exp(-Xh@w))
print(f"AUC 59-120 (in-sample) {auc(pd_,yd):.3f}   121-142 {auc(ph,yh):.3f}")
for t in (0.5,0.6,0.7,0.75,0.8):
    sd_=set(id(r) for r,p in zip(Rd,pd_) if p<t); sh=set(id(r) for r,p in zip(Rh,ph) if p<t)
    print(f"t={t}: 59-120 {line('',DEV,lambda r:id(r) in sd_)}\n        121-142 {line('',HO,lambda r:id(r) in sh)}")
