#!/usr/bin/env python3
"""Independent reference for ETA's receipt serialisation and UUID.

Written from ../../../../../shared/notes/eta.md (the serialisation rules), not
from the Go code. For every testdata/golden/*.json receipt body it writes
<name>.canonical (the text hashed, header.uuid as "") and <name>.uuid (the
lowercase hex SHA-256 of that text's UTF-8 bytes). Run it from this folder:

    python3 golden.py

The Go tests compare the production serialiser against these files.
"""
import glob
import hashlib
import json
import os


class Obj(list):
    """A JSON object as its (key, value) pairs, in the order written."""


def load(text):
    # Numbers keep their text: "14.0" stays "14.0".
    return json.loads(text, object_pairs_hook=Obj, parse_float=str, parse_int=str)


def ser(v):
    if isinstance(v, Obj):
        out = []
        for k, val in v:
            key = '"' + k.upper() + '"'
            if isinstance(val, list) and not isinstance(val, Obj):
                out.append(key)
                for e in val:
                    out.append(key + ser(e))
            else:
                out.append(key + ser(val))
        return "".join(out)
    if isinstance(v, bool):
        return '"' + ("true" if v else "false") + '"'
    if isinstance(v, str):
        return '"' + v + '"'
    raise ValueError("unexpected value %r" % (v,))


def blank_uuid(doc):
    for i, (k, v) in enumerate(doc):
        if k == "header":
            for j, (hk, hv) in enumerate(v):
                if hk == "uuid":
                    v[j] = ("uuid", "")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    for path in sorted(glob.glob(os.path.join(here, "golden", "*.json"))):
        with open(path, encoding="utf-8") as f:
            doc = load(f.read())
        blank_uuid(doc)
        text = ser(doc)
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        base = path[: -len(".json")]
        with open(base + ".canonical", "w", encoding="utf-8") as f:
            f.write(text)
        with open(base + ".uuid", "w", encoding="utf-8") as f:
            f.write(digest + "\n")
        print(os.path.basename(base), digest)


if __name__ == "__main__":
    main()
