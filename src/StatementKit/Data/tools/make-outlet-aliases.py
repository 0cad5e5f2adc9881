#!/usr/bin/env python3
"""Generates outlet-aliases.tsv: the spellings under which news prose names each known outlet.

Run from the repository root (needs a word list such as Debian's wamerican at /usr/share/dict/words):
    python3 src/StatementKit/Data/tools/make-outlet-aliases.py
Inputs (all in src/StatementKit/Data): state-media.tsv and state-media-additions.tsv (state-affiliated outlets),
independent-outlets.tsv (major independent outlets and wire services), outlet-aliases-reviewed.tsv (hand-reviewed
aliases and vetoes), first-names.tsv and country-adjectives.tsv (to tell which aliases are ambiguous).
Output: alias<TAB>outlet<TAB>country<TAB>flag, flag "ambiguous" when the alias is also an ordinary word, a first name
or a place (Star, Nation, Petra, Fars): such an alias counts only with a disambiguating context.

Aliases generated per outlet: its name; the parts of a name with a parenthesised acronym or translation
("Mehr News Agency (MNA)" gives "Mehr News Agency" and "MNA"); the name without a language or edition suffix
("Xinhua Arabic" gives "Xinhua"); the short name without its kind words ("News Agency", "Agency", "Network", "TV",
"Television", "Broadcasting Corporation"); the owner's name when the owner is itself a news organisation named like
the outlet ("Emirates News Agency (WAM)" for WAM); the acronym of a name of three or more words when the data gives
none; and the web domain. Transliteration and diacritic variants (Pervyy/Pervyi, Agência/Agencia) need no rows: the
recogniser folds spellings before it compares them (OutletNameFold in the library).
"""
import re
import sys
from pathlib import Path

data = Path(__file__).resolve().parents[1]
words_path = Path('/usr/share/dict/words')
if not words_path.exists():
    sys.exit('make-outlet-aliases: needs an English word list at /usr/share/dict/words (Debian package wamerican)')

english = set()
for w in words_path.read_text(encoding='utf-8', errors='ignore').split():
    if w.islower() and "'" not in w:
        english.add(w)
first_names = set()
for line in (data / 'first-names.tsv').read_text(encoding='utf-8').splitlines():
    if line and not line.startswith('#'):
        first_names.add(line.split('\t')[0].lower())
places = set()
for line in (data / 'country-adjectives.tsv').read_text(encoding='utf-8').splitlines():
    if line and not line.startswith('#'):
        adj, country = line.split('\t')[:2]
        places.update({adj.lower(), country.lower()})


def rows(name):
    for line in (data / name).read_text(encoding='utf-8').splitlines():
        if line and not line.startswith('#'):
            yield line.split('\t')


outlets = []  # (name, country, owner)
for r in rows('state-media.tsv'):
    outlets.append((r[0], r[2], r[1], r[4] if len(r) > 4 else ''))
for r in rows('state-media-additions.tsv'):
    outlets.append((r[0], r[2], r[1], r[4] if len(r) > 4 else ''))
state_names = {(o[0], o[1]) for o in outlets}
for r in rows('independent-outlets.tsv'):
    if (r[0], r[1]) in state_names:
        print(f'independent-outlets.tsv: {r[0]} is in the state-media list; that entry wins', file=sys.stderr)
        continue
    outlets.append((r[0], r[1], '', r[3] if len(r) > 3 else ''))
    places.add(r[1].lower())
for o in outlets:
    places.add(o[1].lower())

KIND_SUFFIXES = [
    'News Agency', 'Press Agency', 'Telegraph Agency', 'Information Agency', 'Agency', 'News Network', 'Network',
    'Broadcasting Corporation', 'Broadcasting Company', 'Broadcasting Service', 'Television', 'TV', 'Radio',
    'News Service', 'News', 'Online', 'Daily', 'Newspaper', 'Media Group', 'Media',
]
LANGUAGE_SUFFIXES = {'english', 'arabic', 'french', 'german', 'spanish', 'español', 'chinese', 'russian', 'turkish',
                     'japanese', 'korean', 'portuguese', 'italian', 'urdu', 'persian', 'farsi', 'hindi', 'serbian',
                     'greek', 'georgian', 'latvian', 'international', 'edition', 'europe', 'africa', 'america',
                     'usa', 'uk', 'global', 'hk', 'français', 'deutsch'}
GENERIC = {'news', 'agency', 'press', 'radio', 'tv', 'television', 'channel', 'daily', 'times', 'post', 'herald',
           'national', 'state', 'public', 'the', 'of', 'and', 'media', 'group', 'network', 'broadcasting', 'service',
           'corporation', 'company', 'government', 'unit', 'department', 'newspapers', 'newspaper', 'weekly', 'online',
           'portal', 'portals', 'new', 'voice', 'world', 'international', 'information', 'foundation', 'ministry'}


def clean(name):
    name = re.sub(r'^(News portals?|News agency|Television|Print media|Print|Radio|Online)\s*:\s*', '', name)
    return ' '.join(name.split()).strip(' ,;*')


def is_ambiguous(alias):
    bare = alias[4:] if alias.startswith('The ') else alias
    bare = re.sub(r"['’]s$", '', bare)
    parts = bare.replace('-', ' ').split()
    lowered = [p.lower() for p in parts]
    if len(parts) == 1:
        w = lowered[0]
        if bare.isupper() and len(bare) <= 2:
            return True
        if bare.isupper() and len(bare) >= 3:
            return w in english and len(bare) <= 4
        return w in english or w in first_names or w in places or w.rstrip('s') in english
    # A name of several words is ambiguous only when every word is generic ("Daily News", "Channel 5"): then it names
    # outlets in many countries, and ordinary prose uses it too.
    return all(p in GENERIC or p.isdigit() or p in ('canal', 'kanal') for p in lowered)


def usable(alias):
    bare = alias[4:] if alias.startswith('The ') else alias
    low = bare.lower()
    if len(bare) < 2 or low in places or low in GENERIC or not re.search(r'[A-Za-z\u00C0-\u024F]', bare):
        return False
    return not all(w in GENERIC for w in low.replace('-', ' ').split())


def aliases_of(name, owner, domain):
    out = set()
    base = clean(name)
    out.add(base)
    for m in re.finditer(r'\(([^()]+)\)', base):
        inner = m.group(1).strip()
        outer = clean(base[:m.start()] + base[m.end():])
        if re.search(r'[\u0400-\u04FF\u0600-\u06FF\u4E00-\u9FFF]', inner):
            out.add(outer)
            continue
        out.update({inner, outer})
    for a in list(out):
        words = a.split()
        if len(words) >= 2 and words[-1].lower() in LANGUAGE_SUFFIXES and not is_ambiguous(' '.join(words[:-1])):
            out.add(' '.join(words[:-1]))
    for a in list(out):
        for suffix in KIND_SUFFIXES:
            if a.endswith(' ' + suffix):
                # A short name that is an ordinary word ("People's" of "People's Daily") would name everything.
                short = a[:-len(suffix) - 1]
                if not is_ambiguous(short):
                    out.add(short)
                break
        if a.startswith('The '):
            out.add(a[4:])
        words = [w for w in re.split(r'[\s-]+', a) if w]
        caps = [w for w in words if w[0].isupper() and w.lower() not in ('of', 'and', 'the')]
        if len(words) >= 3 and len(caps) == len([w for w in words if w.lower() not in ('of', 'and', 'the', 'de', 'du', 'la')]) \
                and '(' not in a and not any(re.fullmatch(r'[A-Z]{2,}', w) for w in words):
            acronym = ''.join(w[0] for w in caps)
            if len(acronym) >= 3:
                out.add(acronym)
    if domain:
        out.add(domain)
    return {a for a in out if usable(a)}


def owner_aliases(name, owner):
    """The owner's name when the owner is the news organisation behind an eponymous outlet."""
    if not owner:
        return set()
    owner = clean(owner)
    acronym = re.search(r'\(([^()]+)\)', owner)
    bare_owner = clean(re.sub(r'\([^()]*\)', '', owner))
    bare_name = clean(re.sub(r'\([^()]*\)', '', name))
    related = (acronym and acronym.group(1).strip() == bare_name) or bare_name in bare_owner or bare_owner in bare_name
    newsy = re.search(r'\b(News|Press|Telegraph|Agency|Agence|Agencia|Broadcasting|Television|Radio)\b', owner)
    return {a for a in ({bare_owner} | ({acronym.group(1).strip()} if acronym else set())) if usable(a)} if related and newsy else set()


table = {}  # alias -> {(outlet, country)}
for name, country, owner, domain in outlets:
    for a in aliases_of(name, owner, domain) | owner_aliases(name, owner):
        table.setdefault(a, set()).add((name, country))

forced = {}
known = {(o[0]) for o in outlets}
for r in rows('outlet-aliases-reviewed.tsv'):
    alias = r[0].strip()
    target = r[1].strip() if len(r) > 1 else '-'
    if target == '-':
        table.pop(alias, None)
        forced[alias] = '-'
        continue
    if target not in known:
        print(f'outlet-aliases-reviewed.tsv: unknown outlet {target!r} for {alias!r}', file=sys.stderr)
        continue
    country = r[2].strip() if len(r) > 2 and r[2].strip() else next(o[1] for o in outlets if o[0] == target)
    matches = [o for o in outlets if o[0] == target and o[1] == country] or [o for o in outlets if o[0] == target]
    table[alias] = {(matches[0][0], matches[0][1])}
    forced[alias] = r[3].strip() if len(r) > 3 else ''

with open(data / 'outlet-aliases.tsv', 'w', encoding='utf-8', newline='\n') as out:
    out.write('# alias<TAB>outlet<TAB>country<TAB>flag ("ambiguous": counts only with a disambiguating context).\n')
    out.write('# Generated by tools/make-outlet-aliases.py from state-media.tsv, state-media-additions.tsv,\n')
    out.write('# independent-outlets.tsv and outlet-aliases-reviewed.tsv; edit those, not this file.\n')
    for alias in sorted(table):
        if forced.get(alias) == '-':
            continue
        flag = forced[alias] if alias in forced else ('ambiguous' if is_ambiguous(alias) else '')
        for outlet, country in sorted(table[alias]):
            out.write(f'{alias}\t{outlet}\t{country}\t{flag}\n')
