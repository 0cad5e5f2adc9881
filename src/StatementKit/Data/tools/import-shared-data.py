#!/usr/bin/env python3
"""Converts the permissively licensed source lists into the compact TSV files the package embeds.

Run from the repository root with the shared data folder beside it:
    python3 src/StatementKit/Data/tools/import-shared-data.py ../shared/data
The outputs are committed; this script only documents (and repeats) how they were made.
"""
import collections
import csv
import sys
from pathlib import Path
from urllib.parse import urlparse

source = Path(sys.argv[1] if len(sys.argv) > 1 else '../shared/data')
target = Path(__file__).resolve().parents[1]

# First names: one gender per name. A name whose languages disagree is kept only when two thirds agree.
votes = collections.defaultdict(collections.Counter)
with open(source / 'names/first-names.tsv', encoding='utf-8') as f:
    next(f)
    for line in f:
        name, gender, _lang = line.rstrip('\n').split('\t')
        votes[name.lower()][gender] += 1
with open(target / 'first-names.tsv', 'w', encoding='utf-8', newline='\n') as out:
    out.write('# name<TAB>gender (m, f, u). From gender-detection-from-name (MIT, Davide Violante); see LICENSE-first-names.txt\n')
    for name in sorted(votes):
        counts = votes[name]
        total = sum(counts.values())
        gender, count = counts.most_common(1)[0]
        code = 'u' if gender == 'unisex' or count * 3 < total * 2 else gender[0]
        out.write(f'{name}\t{code}\n')

# State media: outlet, owner, country, typology, domain.
rows = set()
with open(source / 'state-media/State_Media_Matrix.csv', encoding='utf-8') as f:
    for row in csv.DictReader(f):
        typology = (row.get('Typology') or '').strip().rstrip('?')
        if typology not in {'SC', 'CaPu', 'CaPr', 'ISFM', 'ISF', 'ISM', 'IP'}:
            continue
        outlet = (row.get('Main assets') or '').strip()
        for prefix in ('News agency:', 'Television:', 'Print media:', 'Print:', 'Radio:', 'Online:'):
            if outlet.startswith(prefix):
                outlet = outlet[len(prefix):].strip()
        url = (row.get('URL') or '').strip()
        host = urlparse(url if '//' in url else '//' + url).hostname or ''
        host = host[4:] if host.startswith('www.') else host
        company = (row.get('Media company') or '').strip().rstrip('*')
        clean = lambda s: ' '.join(s.replace('\t', ' ').split())
        rows.add((clean(outlet), clean(company), clean(row.get('Country') or ''), typology, host))
with open(target / 'state-media.tsv', 'w', encoding='utf-8', newline='\n') as out:
    out.write('# outlet<TAB>owner<TAB>country<TAB>typology<TAB>domain. From ASD-at-GMF/state-media-profiles (MIT); see LICENSE-state-media.txt\n')
    for row in sorted(rows):
        out.write('\t'.join(row) + '\n')
