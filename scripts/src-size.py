#!/usr/bin/env python3
"""Lines per src file (median, p90, max) and lines over 140 / 200 characters, bin, obj and Migrations aside.
Usage: scripts/src-size.py [REPO_ROOT]. The figures of STYLE.md's size budget and docs/decisions/0013."""
import os,sys,statistics
root=sys.argv[1] if len(sys.argv)>1 else os.path.join(os.path.dirname(__file__),'..')
sizes=[];over=0;over200=0
for d,dirs,files in os.walk(os.path.join(root,'src')):
    dirs[:]=[x for x in dirs if x not in('bin','obj','Migrations')]
    for f in files:
        if f.endswith('.cs') or f.endswith('.razor'):
            lines=open(os.path.join(d,f),encoding='utf-8-sig').read().split('\n')
            if lines and lines[-1]=='': lines=lines[:-1]
            sizes.append(len(lines))
            over+=sum(1 for l in lines if len(l)>140); over200+=sum(1 for l in lines if len(l)>200)
sizes.sort()
q=statistics.quantiles(sizes,n=10)
print(f"files={len(sizes)} median={statistics.median(sizes)} p90={q[8]:.0f} max={max(sizes)} lines>140={over} lines>200={over200}")
