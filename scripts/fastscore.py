#!/usr/bin/env python3
"""fastscore.py BIN OUTDIR [SET...]: the lines scripts/score-understanding.sh
prints (invoice-exact, wrong documents, automated right, rules), the same
three scorers called in one process with two `fatoora extract --decide` at
a time: all sets in about two minutes instead of twenty-five on a loaded
machine. BIN is a built fatoora; run from the repository root. The shared
tools and the dev corpus are found as the shell script finds them:
$FATOORA_TOOLS (default ../shared/tools) and $FATOORA_CORPUS (default
../shared/corpus/showroom-a)."""
import sys, os, json, io, subprocess, contextlib, collections, glob
from concurrent.futures import ThreadPoolExecutor
sys.path.insert(0, os.environ.get('FATOORA_TOOLS', '../shared/tools'))
import score_extraction as se, score_decisions as sd
if len(sys.argv) < 3:
    sys.exit(__doc__)
binp, out = sys.argv[1], sys.argv[2]
td = 'appliance/understand/testdata'; corpus = os.environ.get('FATOORA_CORPUS', '../shared/corpus/showroom-a')
sets = sys.argv[3:]
if not sets:
    sets = ['showroom-a'] + [s for s in sorted(os.path.basename(p)[:-6] for p in glob.glob(td + '/*.jsonl')) if s not in ('showroom-a-extra', 'demo')] + ['showroom-a-extra', 'demo']
os.makedirs(out, exist_ok=True)
def paths(s):
    if s == 'showroom-a': return corpus + '/catalog.csv', corpus + '/synonyms.txt', corpus + '/dev.jsonl'
    if s == 'showroom-a-extra': return corpus + '/catalog.csv', corpus + '/synonyms.txt', td + '/showroom-a-extra.jsonl'
    if s == 'demo': return 'catalog/demo/catalog.csv', 'catalog/demo/synonyms.txt', td + '/demo.jsonl'
    import re
    m = re.match(r'(.*)-r[0-9]$', s)
    b = m[1] if m else s
    return f'{td}/{b}.csv', f'{td}/{b}-synonyms.txt', f'{td}/{s}.jsonl'
def run(s):
    cat, syn, gold = paths(s)
    inp = ''.join(json.dumps({'id': r['id'], 'text': r['text']}, ensure_ascii=False) + '\n' for r in map(json.loads, open(gold)) if r)
    res = subprocess.run([binp, 'extract', '--decide', '--catalog', cat, '--synonyms', syn], input=inp.encode(), capture_output=True, check=True)
    o = f'{out}/{s}.jsonl'
    open(o, 'wb').write(res.stdout)
    return s, cat, gold, o
def score(s, cat, gold, o):
    lines = []
    for mod, args in ((se, [gold, o]), (sd, [cat, gold, o])):
        buf = io.StringIO(); sys.argv = ['x'] + args
        with contextlib.redirect_stdout(buf): mod.main()
        lines.append(buf.getvalue().strip().splitlines()[-1])
    c = collections.Counter((r.get('decision'), r.get('rule')) for r in map(json.loads, open(o)))
    rules = ' '.join(f'{d}/{r}={n}' for (d, r), n in sorted(c.items(), key=lambda x: -x[1]))
    n = sum(1 for l in open(gold) if l.strip())
    return '%-18s n=%-4s %s | %s | %s' % (s, n, lines[0], lines[1], rules)
with ThreadPoolExecutor(2) as ex:
    for r in ex.map(run, sets):
        print(score(*r), flush=True)
