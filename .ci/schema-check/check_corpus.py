"""Gives python-jsonschema's verdict (Draft 2020-12) on every document of the differential corpus; each must equal
the .NET reader's ("-" for none: an earlier version's schema); every sample must be valid.
Usage: /usr/bin/python3 check_corpus.py SCHEMA CORPUS.jsonl|- SAMPLE..."""
import json
import sys
from importlib.metadata import version

from jsonschema import Draft202012Validator

schema_file, corpus_file, *sample_files = sys.argv[1:]
with open(schema_file, encoding="utf-8") as f:
    schema = json.load(f)
Draft202012Validator.check_schema(schema)
validator = Draft202012Validator(schema)

if not sample_files:
    sys.exit("no sample given")
for sample_file in sample_files:
    with open(sample_file, encoding="utf-8") as f:
        errors = [f"{e.json_path}: {e.message}" for e in validator.iter_errors(json.load(f))]
    if errors:
        sys.exit(f"{sample_file} is invalid: {errors[:5]}")

lines = []
if corpus_file != "-":
    with open(corpus_file, encoding="utf-8") as f:
        lines = [line for line in f if line.strip()]
    if len(lines) < 1000:
        sys.exit(f"the corpus has only {len(lines)} documents")

disagreements = 0
for line in lines:
    entry = json.loads(line)
    valid = validator.is_valid(json.loads(entry["document"]))
    if valid != entry["accepted"]:
        disagreements += 1
        if disagreements <= 20:
            print(f"python-jsonschema {'accepts' if valid else 'rejects'}, the reader {'accepts' if entry['accepted'] else 'rejects'}: {entry['name']}", file=sys.stderr)

if disagreements:
    sys.exit(f"python-jsonschema and the reader disagree on {disagreements} of {len(lines)} documents")
print(f"python-jsonschema {version('jsonschema')}, {schema['$id']}: {len(sample_files)} samples valid, {len(lines)} corpus documents agree")
