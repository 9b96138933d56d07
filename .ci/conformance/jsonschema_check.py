"""Judges Aldea's conformance corpus and documents with Python's jsonschema (Draft 2020-12), as an
integrator in Python would, and fails on any verdict that differs from the manifest's.

    python3 jsonschema_check.py SCHEMA_DIR CORPUS_DIR [DOCUMENT.json ...]

A document given is one the Java decoder accepts: jsonschema must accept it too.
"""
import json
import os
import re
import sys

from jsonschema import Draft202012Validator

schema_dir, corpus_dir, *documents = sys.argv[1:]
KINDS = ["locations", "socialCentres", "programmes", "villages", "families", "children", "outcomes"]


def alone(name):
    """Each schema on its own, with no registry: an entity schema must not need the others."""
    with open(os.path.join(schema_dir, name), encoding="utf-8") as f:
        schema = json.load(f)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


document_schema = alone("document.schema.json")
header_schema = alone("ndjson-header.schema.json")
kind_schemas = {kind: alone(kind + ".schema.json") for kind in KINDS}


def parse(data):
    """Parses as json.loads does a str: a byte order mark is not forgiven."""
    try:
        return (json.loads(data.decode("utf-8")),)
    except ValueError:
        return None


def document_accepted(data):
    parsed = parse(data)
    return parsed is not None and document_schema.is_valid(parsed[0])


def stream_accepted(data, kind):
    header = True
    for line in data.split(b"\n"):
        if re.fullmatch(rb"[ \t\r]*", line):
            continue
        parsed = parse(line)
        if parsed is None or not (header_schema if header else kind_schemas[kind]).is_valid(parsed[0]):
            return False
        header = False
    return True


failures = 0
judged = 0


def expect(name, accepted, verdict):
    global failures, judged
    judged += 1
    ok = not accepted if verdict == "not-json" else accepted == (verdict != "rejects")
    if not ok:
        failures += 1
        print(f"DIFFERS {name}: the manifest says '{verdict}', jsonschema {'accepts' if accepted else 'rejects'} it")


def read(*parts):
    with open(os.path.join(*parts), "rb") as f:
        return f.read()


with open(os.path.join(corpus_dir, "manifest.json"), encoding="utf-8") as f:
    manifest = json.load(f)
for entry in manifest["cases"]:
    if "folder" in entry:
        accepted = all(stream_accepted(read(corpus_dir, entry["folder"], name), name[: -len(".ndjson")])
                       for name in entry["files"])
        expect(entry["folder"], accepted, entry["schema"])
    else:
        data = read(corpus_dir, entry["file"])
        accepted = stream_accepted(data, entry["kind"]) if "kind" in entry else document_accepted(data)
        expect(entry["file"], accepted, entry["schema"])
for document in documents:
    expect(document, document_accepted(read(document)), "accepts")

print(f"jsonschema {'agrees' if failures == 0 else 'DISAGREES'}: {judged - failures} of {judged} verdicts as expected")
sys.exit(0 if failures == 0 else 1)
