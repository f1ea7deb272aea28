#!/usr/bin/env python3
"""cmpscores.py A.txt [B.txt]: read scripts/fastscore.py output. One file: sets below target
(exact<0.90, wrong>0.01, auto<0.85) and totals. Two files: sets whose figures moved."""
import re, sys
def load(p):
    d = {}
    for l in open(p):
        m = re.match(r'(\S+)\s+n=(\d+)\s+invoice-exact: ([\d.]+) \| wrong documents: ([\d.]+)\s+automated right: ([\d.]+)', l)
        if m: d[m[1]] = (int(m[2]), float(m[3]), float(m[4]), float(m[5]))
    return d
a = load(sys.argv[1])
if len(sys.argv) == 2:
    tw = ta = tn = 0
    for s, (n, e, w, au) in sorted(a.items()):
        tn += n; tw += round(w*n); ta += round(au*n)
        if e < 0.9 or w > 0.01 or au < 0.85: print(f"{s:18} n={n:<3} exact {e:.3f} wrong {w:.3f} auto {au:.3f}")
    print(f"sets {len(a)} messages {tn} wrong {tw} auto {ta} ({ta/tn:.3f})")
else:
    b = load(sys.argv[2])
    for s in sorted(set(a) | set(b)):
        if a.get(s) != b.get(s): print(f"{s:18} {a.get(s)} -> {b.get(s)}")
