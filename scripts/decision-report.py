#!/usr/bin/env python3
"""Per-set report of fatoora extract --decide output, with the outcomes of
../shared/tools/score_decisions.py: how precise the automatic documents are
and how many messages each policy rule sends to staff.

usage: decision-report.py TOOLS_DIR CATALOG GOLD DECISIONS
"""
import collections, importlib.util, json, sys

tools, cat_path, gold_path, pred_path = sys.argv[1:5]
spec = importlib.util.spec_from_file_location("sd", tools + "/score_decisions.py")
sd = importlib.util.module_from_spec(spec)
spec.loader.exec_module(sd)
cat, gold, pred = sd.catalog(cat_path), sd.load(gold_path), sd.load(pred_path)
docs = right_docs = dims_only = 0
staff = collections.Counter()
outcomes = collections.Counter()
for mid, g in gold.items():
    p = pred[mid]
    o = sd.outcome(g["gold"], p, cat)
    outcomes[o] += 1
    if p.get("decision") in sd.AUTO_DOC:
        docs += 1
        if o == "right":
            right_docs += 1
        elif o == "wrong-document":
            # the same lines but for dims_cm (a size in the product's name)
            g2 = json.loads(json.dumps(g["gold"]))
            for it in g2.get("items", []):
                it.pop("dims_cm", None)
            if sd.outcome(g2, p, cat) == "right":
                dims_only += 1
    if p.get("decision") in ("review", "staff"):
        staff[p.get("rule")] += 1
n = len(gold)
print(f"messages {n}  automatic documents {docs}  precise {right_docs}/{docs} = {right_docs / max(docs, 1):.3f}"
      f"  wrong documents {outcomes['wrong-document']} ({outcomes['wrong-document'] / n:.3f}; {dims_only} differ only in dims_cm)"
      f"  automated right {outcomes['right'] / n:.3f}  to staff {outcomes['to-staff']}: "
      + ", ".join(f"{r} {c}" for r, c in staff.most_common()))
