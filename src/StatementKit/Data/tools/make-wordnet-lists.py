#!/usr/bin/env python3
"""Writes the noun classes that type speakers and entities, from Princeton WordNet 3.0 (Debian: wordnet-base).

    python3 src/StatementKit/Data/tools/make-wordnet-lists.py [/usr/share/wordnet]

Outputs (committed; this script documents and repeats how they were made):
- noun-classes.tsv: lower-case nouns whose usual senses name a person ("spokesman", "rookie"), an organisation
  ("company", "agency", "ministry"), a group ("crowd", "residents") or a document a source publishes ("report",
  "poll"): a speaker phrase headed by one of them can name who speaks; one headed by any other noun ("the tax",
  "the road") cannot.
- proper-nouns.tsv: capitalised names that WordNet knows as places, events and periods or organisations, and
  never as persons ("Nova Scotia", "Great Depression", "Toronto"): such a name is never a person entity.
WordNet 3.0 licence: see LICENSE-wordnet.txt (permissive; keep the notice).
"""
import sys
from pathlib import Path

source = Path(sys.argv[1] if len(sys.argv) > 1 else '/usr/share/wordnet')
target = Path(__file__).resolve().parents[1]
LEX = {4: 'act', 5: 'animal', 6: 'artifact', 7: 'attribute', 8: 'body', 9: 'cognition', 10: 'communication', 11: 'event',
       12: 'feeling', 13: 'food', 14: 'group', 15: 'location', 16: 'motive', 17: 'object', 18: 'person', 19: 'phenomenon',
       20: 'plant', 21: 'possession', 22: 'process', 23: 'quantity', 24: 'relation', 25: 'shape', 26: 'state',
       27: 'substance', 28: 'time', 3: 'tops'}

synsets = {}
with open(source / 'data.noun', encoding='latin-1') as f:
    for line in f:
        if line.startswith('  '):
            continue
        p = line.split('|')[0].split()
        offset, lex, count = p[0], int(p[1]), int(p[3], 16)
        words = [p[4 + 2 * i].split('(')[0] for i in range(count)]
        k = 4 + 2 * count
        pointers = [(p[k + 1 + 4 * i], p[k + 2 + 4 * i]) for i in range(int(p[k]))]
        hypernyms = [o for s, o in pointers if s in ('@', '@i')]
        synsets[offset] = (LEX.get(lex, 'other'), words, hypernyms)

# Senses of each lemma, most frequent first (index.noun lists them in that order).
senses = {}
with open(source / 'index.noun', encoding='latin-1') as f:
    for line in f:
        if line.startswith('  '):
            continue
        p = line.split()
        senses[p[0]] = p[-int(p[2]):]


def ancestors(offset, seen=None):
    seen = set() if seen is None else seen
    for h in synsets[offset][2]:
        if h not in seen:
            seen.add(h)
            ancestors(h, seen)
    return seen


ORGANISATION = senses['organization'][0]  # organization.n.01, "a group of people who work together"
GOVERNMENT = senses['government'][0]


def noun_class(offset):
    lex = synsets[offset][0]
    if lex == 'person':
        return 'person'
    if lex == 'group':
        up = ancestors(offset)
        return 'organisation' if ORGANISATION in up or GOVERNMENT in up or offset in (ORGANISATION, GOVERNMENT) else 'group'
    return None


# Common nouns: the class of the first sense, or of the second when the first is no class and the second is a
# person ("the head" stays out: its first two senses are body parts and animals).
common = {}
for lemma, offsets in senses.items():
    if not lemma.isascii() or not lemma.replace('-', '').isalpha() or len(lemma) < 3:
        continue
    first = noun_class(offsets[0])
    second = noun_class(offsets[1]) if len(offsets) > 1 else None
    cls = first or (second if second == 'person' else None)
    if cls:
        common[lemma] = cls

# Nouns WordNet lacks or types otherwise, reviewed by hand.
EXTRA = {
    'defenceman': 'person', 'defenseman': 'person', 'spokesperson': 'person', 'spokespeople': 'group',
    'staffer': 'person', 'frontbencher': 'person', 'backbencher': 'person', 'councillor': 'person', 'councilor': 'person',
    'councilwoman': 'person', 'councilman': 'person', 'congresswoman': 'person', 'congressman': 'person',
    'chairwoman': 'person', 'chairperson': 'person', 'businesswoman': 'person', 'campaigner': 'person',
    'nominee': 'person', 'frontrunner': 'person', 'front-runner': 'person', 'insider': 'person', 'aide': 'person',
    'pollster': 'person', 'strategist': 'person', 'blogger': 'person', 'influencer': 'person', 'co-founder': 'person',
    'cofounder': 'person', 'ceo': 'person', 'cfo': 'person', 'coo': 'person', 'mp': 'person', 'mpp': 'person',
    'mla': 'person', 'mep': 'person', 'senator': 'person', 'premier': 'person', 'ombudsman': 'person',
    'prosecutor': 'person', 'attorney': 'person', 'regulator': 'organisation', 'watchdog': 'organisation',
    'broadcaster': 'organisation', 'carrier': 'organisation', 'automaker': 'organisation', 'retailer': 'organisation',
    'insurer': 'organisation', 'lender': 'organisation', 'airline': 'organisation', 'startup': 'organisation',
    'ministry': 'organisation', 'department': 'organisation', 'agency': 'organisation', 'company': 'organisation',
    'firm': 'organisation', 'government': 'organisation', 'administration': 'organisation', 'campaign': 'organisation',
    'party': 'organisation', 'union': 'organisation', 'council': 'organisation', 'committee': 'organisation',
    'court': 'organisation', 'police': 'organisation', 'newspaper': 'organisation', 'network': 'organisation',
    'outlet': 'organisation', 'publisher': 'organisation', 'club': 'organisation', 'team': 'organisation',
    'league': 'organisation', 'board': 'organisation', 'commission': 'organisation', 'office': 'organisation',
    'bank': 'organisation', 'university': 'organisation', 'school': 'organisation', 'hospital': 'organisation',
    'group': 'group', 'city': 'organisation', 'province': 'organisation', 'state': 'organisation',
    'municipality': 'organisation', 'county': 'organisation', 'town': 'organisation', 'village': 'organisation',
    'organization': 'organisation', 'organisation': 'organisation', 'charity': 'organisation', 'nonprofit': 'organisation',
    'non-profit': 'organisation', 'coalition': 'organisation', 'alliance': 'organisation', 'association': 'organisation',
    'institute': 'organisation', 'foundation': 'organisation', 'utility': 'organisation', 'manufacturer': 'organisation',
    'producer': 'organisation', 'developer': 'organisation', 'operator': 'organisation', 'supplier': 'organisation',
    'brand': 'organisation', 'chain': 'organisation', 'store': 'organisation', 'restaurant': 'organisation',
    'embassy': 'organisation', 'consulate': 'organisation', 'military': 'organisation', 'army': 'organisation',
    'navy': 'organisation', 'magazine': 'organisation', 'paper': 'organisation', 'station': 'organisation',
    'service': 'organisation', 'authority': 'organisation', 'tribunal': 'organisation', 'legislature': 'organisation',
    'parliament': 'organisation', 'senate': 'organisation', 'congress': 'organisation', 'cabinet': 'organisation',
    'prosecution': 'organisation', 'defence': 'organisation', 'defense': 'organisation', 'family': 'group',
}
# Documents and findings that news cites as sources ("the report", "a Bloomberg poll", "the complaint"): a speaker
# phrase headed by one names no person, but its publisher may be named in it.
DOCUMENTS = '''report reports poll polls survey surveys study studies statement statements letter letters memo memos filing
filings complaint complaints lawsuit lawsuits ruling rulings paper papers analysis analyses review audit document
documents records release releases post posts tweet tweets video videos ad ads advertisement article articles editorial
editorials data research findings investigation investigations probe inquiry estimate estimates forecast forecasts
projection projections book blog website email emails message messages note notes transcript testimony indictment
order decision verdict opinion brief motion petition resolution platform proposal budget figures numbers results
spot clip film documentary interview coverage reporting'''.split()
EXTRA.update({word: 'document' for word in DOCUMENTS})

# Words WordNet types as persons in a rare sense that head no speaker in news ("the tax" is no one, nor "the end").
NOT_SPEAKERS = {'end', 'head', 'hand', 'case', 'point', 'number', 'second', 'first', 'last', 'word', 'will', 'type',
                'sort', 'kind', 'part', 'side', 'game', 'issue', 'plan', 'deal', 'bill', 'law', 'rule', 'cost', 'price',
                'rate', 'figure', 'mark', 'draw', 'sign', 'call', 'match', 'pick', 'find', 'catch', 'shot', 'cut',
                'drop', 'lead', 'pass', 'run', 'hit', 'miss', 'stay', 'hold', 'tax', 'fire', 'world', 'market', 'system',
                'country', 'nation', 'region', 'area', 'place', 'home', 'house', 'power', 'force', 'public', 'press',
                'media', 'staff', 'body', 'class', 'crew', 'cast', 'unit', 'set', 'series', 'line', 'order', 'range',
                'field', 'wing', 'cell', 'bloc', 'camp', 'base'}
for word in NOT_SPEAKERS:
    common.pop(word, None)
common.update(EXTRA)
# "the press", "the public", "the media" speak as groups in news.
common.update({'press': 'group', 'public': 'group', 'media': 'group', 'staff': 'group', 'crew': 'group',
               'country': 'organisation', 'nation': 'organisation'})

with open(target / 'noun-classes.tsv', 'w', encoding='utf-8', newline='\n') as out:
    out.write('# noun<TAB>class (person, organisation, group, document): nouns that can head a speaker phrase. Generated by\n')
    out.write('# tools/make-wordnet-lists.py from Princeton WordNet 3.0 (LICENSE-wordnet.txt) plus reviewed additions.\n')
    for lemma in sorted(common):
        out.write(f'{lemma}\t{common[lemma]}\n')

# Proper nouns: every capitalised lemma and the classes of its synsets; persons are left out, and so is any name
# WordNet also knows as a person ("Washington", "Lincoln").
proper = {}
for offset, (lex, words, _) in synsets.items():
    for word in words:
        if not word[:1].isupper():
            continue
        name = word.replace('_', ' ')
        proper.setdefault(name, set()).add(noun_class(offset) or lex)
KEEP = {'location': 'place', 'event': 'event', 'time': 'event', 'act': 'event', 'organisation': 'organisation',
        'group': 'organisation'}
with open(target / 'proper-nouns.tsv', 'w', encoding='utf-8', newline='\n') as out:
    out.write('# name<TAB>class (place, event, organisation): capitalised names WordNet never gives to a person.\n')
    out.write('# Generated by tools/make-wordnet-lists.py from Princeton WordNet 3.0 (LICENSE-wordnet.txt).\n')
    for name in sorted(proper):
        classes = proper[name]
        if 'person' in classes or not name.isascii() or len(name) < 3 or name.isupper():
            continue
        kept = [k for k in ('place', 'organisation', 'event') if k in {KEEP.get(c) for c in classes}]
        if kept:  # plants, animals and artefacts are never mistaken for people in news, so they are not listed
            out.write(f'{name}\t{kept[0]}\n')
print(len(common), 'common nouns;', sum(1 for _ in open(target / 'proper-nouns.tsv')) - 2, 'proper nouns')
