#!/bin/sh
# Scores fatoora extract --decide on every labelled set: extraction
# (invoice-exact), decisions (wrong documents, automated right) and how many
# messages each policy rule decided. Usage, from the repository root:
#   scripts/score-understanding.sh [SET...]
# SET is a name under appliance/understand/testdata (office, bath…) or
# showroom-a (the dev corpus in ../shared/corpus, or $FATOORA_CORPUS). A set
# named X-r2, X-r3… (a later held-out round on the same catalog) uses X.csv and
# X-synonyms.txt. scripts/fastscore.py prints the same lines from a built
# binary in one Python process (minutes faster on a loaded machine).
set -eu
td=appliance/understand/testdata
corpus=${FATOORA_CORPUS:-../shared/corpus/showroom-a}
tools=${FATOORA_TOOLS:-../shared/tools}
bin=${FATOORA_BIN:-/tmp/fatoora-score}
out=${FATOORA_OUT:-/tmp/fatoora-score-out}
mkdir -p "$out"
go build -o "$bin" ./cmd/fatoora
sets="$*"
if [ -z "$sets" ]; then
	sets="showroom-a $(ls $td/*.jsonl | xargs -n1 basename | sed 's/\.jsonl$//' | grep -v '^showroom-a-extra$' | grep -v '^demo$' | tr '\n' ' ') showroom-a-extra demo"
fi
for s in $sets; do
	case $s in
	showroom-a) cat_=$corpus/catalog.csv syn=$corpus/synonyms.txt gold=$corpus/dev.jsonl ;;
	showroom-a-extra) cat_=$corpus/catalog.csv syn=$corpus/synonyms.txt gold=$td/showroom-a-extra.jsonl ;;
	demo) cat_=catalog/demo/catalog.csv syn=catalog/demo/synonyms.txt gold=$td/demo.jsonl ;;
	*-r[0-9]) b=${s%-r[0-9]} cat_=$td/$b.csv syn=$td/$b-synonyms.txt gold=$td/$s.jsonl ;;
	*) cat_=$td/$s.csv syn=$td/$s-synonyms.txt gold=$td/$s.jsonl ;;
	esac
	python3 -c 'import json,sys;[print(json.dumps({"id":r["id"],"text":r["text"]},ensure_ascii=False)) for r in map(json.loads,open(sys.argv[1])) if r]' "$gold" |
		"$bin" extract --decide --catalog "$cat_" --synonyms "$syn" >"$out/$s.jsonl"
	ex=$(python3 "$tools/score_extraction.py" "$gold" "$out/$s.jsonl" | tail -1)
	de=$(python3 "$tools/score_decisions.py" "$cat_" "$gold" "$out/$s.jsonl" | tail -1)
	rules=$(python3 -c 'import json,sys,collections;c=collections.Counter((r.get("decision"),r.get("rule")) for r in map(json.loads,open(sys.argv[1])));print(" ".join(f"{d}/{r}={n}" for (d,r),n in sorted(c.items(),key=lambda x:-x[1])))' "$out/$s.jsonl")
	n=$(grep -c . "$gold")
	printf '%-18s n=%-4s %s | %s | %s\n' "$s" "$n" "$ex" "$de" "$rules"
done
