"""Sends the same random patient profiles to two running services and counts the answers that differ, status and
bytes (English and German). Used to show that a change to the evaluation's speed changed no answer.
Usage: python3 bench/evaluation-diff.py <port of the service before> <port of the service after> [profiles]"""
import json, random, sys, urllib.request
from collections import Counter
random.seed(11)
cancers=["prostate-cancer","breast-cancer","lung-cancer","kidney-cancer","thyroid-cancer","multiple-myeloma","melanoma","bladder-cancer",None]
sites=["thoracic-spine","lumbar-spine","cervical-spine","femur","proximal-femur","humerus","pelvis","ribs","skull","sacrum"]
def profile():
    p={}
    def maybe(k,v):
        if random.random()<0.7: p[k]=v
    maybe("primaryCancer",random.choice(cancers))
    maybe("castrationResistant",random.choice([True,False]))
    maybe("boneLesionCount",random.randint(1,12))
    p["lesions"]=[{k:v for k,v in {"site":random.choice(sites),"lesionType":random.choice(["lytic","blastic","mixed"]),"pain":random.choice(["none","occasional","mild","moderate","functional","mechanical"]),"sizeFraction":random.choice(["under-one-third","one-third-to-two-thirds","over-two-thirds"]),"priorRadiotherapyGy":random.choice([0,8,20,30])}.items() if random.random()<0.8} for _ in range(random.randint(0,3))]
    maybe("visceralMetastases",random.choice(["none","treatable","untreatable"]))
    maybe("ecog",random.randint(0,4))
    maybe("neurology",{"deficit":random.choice(["none","radiculopathy","myelopathy","cauda-equina"]),"ambulatory":random.choice([True,False]),"hoursSinceLossOfWalking":random.randint(1,72)})
    maybe("bilskyGrade",random.choice(["0","1a","1b","1c","2","3"]))
    maybe("creatinineClearance",random.choice([10,25,29.5,30,35,45,60,90]))
    maybe("correctedCalcium",{"value":random.choice([2.0,2.4,2.6,2.9,3.2,3.6]),"unit":"mmol-l"})
    maybe("dentalStatus",random.choice(["healthy","needs-treatment"]))
    maybe("expectedSurvivalMonths",random.choice([1,2,3,6,12,24]))
    maybe("priorSystemicLines",random.randint(0,4))
    maybe("scoreInputs",{"mirels":{"site":random.choice(["upper-limb","lower-limb","peritrochanteric"]),"pain":random.choice(["mild","moderate","functional"]),"lesion":random.choice(["blastic","mixed","lytic"]),"size":random.choice(["under-one-third","one-third-to-two-thirds","over-two-thirds"])}})
    return p
def post(port,body,lang):
    r=urllib.request.Request(f"http://127.0.0.1:{port}/api/v1/treatment-options",data=body,headers={"Content-Type":"application/json","Accept-Language":lang})
    try:
        with urllib.request.urlopen(r) as x: return x.status, x.read()
    except urllib.error.HTTPError as e: return e.code, e.read()
before, after = int(sys.argv[1]), int(sys.argv[2])
same=0; n=0; diffs=[]; statuses=Counter()
for i in range(int(sys.argv[3]) if len(sys.argv) > 3 else 1500):
    body=json.dumps(profile()).encode(); lang=random.choice(["en","de"])
    a=post(before,body,lang); b=post(after,body,lang); n+=1; statuses[a[0]]+=1
    if a==b: same+=1
    else: diffs.append((body[:200],a[0],b[0]))
print(f"profiles {n} (statuses before: {dict(statuses)}): identical status and bytes {same}; differing {len(diffs)}")
for d in diffs[:5]: print(d)
