#!/usr/bin/env python3
"""Build assets/gazetteer.yaml from CLDR territory names and the curated files here.

Run from anywhere:  python3 assets/gazetteer-src/generate.py [--check]

CLDR names (English and French) come from the `babel` package; demonyms, capitals,
organisations and people are hand-curated in the YAML files beside this script. The
output is deterministic: entities sorted by kind then id, aliases sorted. Every rule in
README.md that can be checked is checked here, and any breach stops the build with a
message naming the entity and the alias. `--check` validates and compares with the
committed file without writing it.
"""

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

import yaml
from babel import Locale
from wordfreq import top_n_list

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "gazetteer.yaml"
UN_MEMBERS = 193
UN_OBSERVERS = 2
KIND_ORDER = ["country", "place", "organization", "person"]
LANGS = ("en", "fr")
# A country whose usual name is longer than this needs a short label per language
# (`sh`), for charts; names up to this length fit a chart label as they are.
SHORT_OVER = 13
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
# Words this frequent in running text are "common words" for the lowercase-alias rule.
FREQUENT_WORDS = 30000


class GazetteerError(Exception):
    pass


# ---------------------------------------------------------------- text helpers


def strip_accents(text):
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold(text):
    """What the matcher compares: accents stripped, case folded, apostrophes unified."""
    return strip_accents(text).replace("\u2019", "'").replace("\u02bb", "'").casefold()


def slug(text):
    ascii_text = fold(text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


def is_lowercase_alias(alias):
    """Lowercase-written aliases match in any case, so they must not be common words."""
    return alias[:1].islower()


def apostrophe_variants(alias):
    """Both apostrophes, so the alias matches whichever one a text uses."""
    out = {alias}
    if "\u2019" in alias:
        out.add(alias.replace("\u2019", "'"))
    if "'" in alias:
        out.add(alias.replace("'", "\u2019"))
    return out


def english_plural(word):
    """Russian → Russians; Chinese, Polish, Swiss stay as they are."""
    if word.endswith(("ese", "ish", "ch", "sh", "s", "x", "z", "y", "men")):
        return None
    if word.endswith(("chman", "shman", "chwoman", "shwoman")):
        return word[:-2] + "en"
    return word + "s"


def english_demonyms(items):
    out = []
    for item in items:
        if item.endswith("!"):
            out.append(item[:-1])
            continue
        out.append(item)
        plural = english_plural(item)
        if plural:
            out.append(plural)
    return out


def french_plural(form):
    """Pluralise each space-separated word: chypriote turc → chypriotes turcs."""

    def one(word):
        if word.endswith("-") or word.endswith(("s", "x", "z")):
            return word
        if word.endswith("al"):
            return word[:-2] + "aux"  # moyen-oriental → moyen-orientaux
        return word + "s"

    return " ".join(one(w) for w in form.split(" "))


def french_demonyms(items):
    """'syrien/syrienne' → syrien, syrienne, syriens, syriennes; 'russe' → russe, russes."""
    out = []
    for item in items:
        for form in item.split("/"):
            form = form.strip()
            out.extend([form, french_plural(form)])
    return out


def expand_aliases(items):
    """Curated alias lists: a 'masc/fem' item stands for the four French forms."""
    out = []
    for item in items:
        if "/" in item:
            out.extend(french_demonyms([item]))
        else:
            out.append(item)
    return out


def cldr_forms(name, lang):
    """CLDR display names carry '&', 'St.', ' - ' and parentheses; keep clean forms."""
    forms = []
    paren = re.match(r"^(.*?)\s*\((.*)\)$", name)
    parts = [paren.group(1), paren.group(2)] if paren else [name]
    for part in parts:
        part = part.replace(" - ", "-")
        if "&" in part:
            part = part.replace("&", "and" if lang == "en" else "et")
        forms.append(part)
        if lang == "en" and part.startswith("St. "):
            forms.append("Saint " + part[4:])
    return forms


# ---------------------------------------------------------------- sources


def load_yaml(name):
    # BaseLoader keeps every scalar a string: YAML 1.1 would read Norway's NO as false.
    with open(HERE / name, encoding="utf-8") as f:
        return yaml.load(f, Loader=yaml.BaseLoader)


def entity(id_, name, kind, aliases, iso=None, affiliation=None, short=None):
    return {
        "id": id_,
        "name": name,
        "kind": kind,
        "iso": iso,
        "aliases": list(aliases),
        "affiliation": affiliation,
        "short": short or {},
    }


def shorts(where, spec, errors):
    """`sh: [English, French]`, either may be "" (none): {"en": ..., "fr": ...}."""
    sh = spec.get("sh")
    if sh is None:
        return {}
    if not isinstance(sh, list) or len(sh) != len(LANGS):
        errors.append(f"{where}: sh must be [English, French] (\"\" for none)")
        return {}
    return {lang: label for lang, label in zip(LANGS, sh) if label}


def check_adjectives(iso, spec, status, errors):
    """Every UN member and observer has an English and a French adjective, unless the
    only one is ambiguous and left out on purpose (`nodem`, see README)."""
    nodem = set(spec.get("nodem", []))
    if nodem - set(LANGS):
        errors.append(f"countries.yaml {iso}: nodem takes {list(LANGS)}")
    for lang, key in (("en", "de"), ("fr", "df")):
        has = bool(spec.get(key))
        if has and lang in nodem:
            errors.append(f"countries.yaml {iso}: {key} given but nodem lists {lang}")
        if status in ("un", "obs") and not has and lang not in nodem:
            errors.append(f"countries.yaml {iso}: no {lang} adjective ({key}); add one or nodem")
    return nodem


def build_countries(errors):
    en_names = Locale("en").territories
    fr_names = Locale("fr").territories
    data = load_yaml("countries.yaml")
    status_counts = {"un": 0, "obs": 0, "terr": 0}
    out = []
    no_adjective = []
    allowed = {"n", "nf", "id", "st", "en", "fr", "de", "df", "px", "cap", "drop", "sh", "nodem"}
    for iso, spec in data.items():
        spec = spec or {}
        unknown = set(spec) - allowed
        if unknown:
            errors.append(f"countries.yaml {iso}: unknown keys {sorted(unknown)}")
        if not re.fullmatch(r"[A-Z]{2}", iso) or iso not in en_names:
            errors.append(f"countries.yaml {iso}: not an ISO 3166-1 alpha-2 code CLDR knows")
            continue
        status = spec.get("st", "un")
        if status not in status_counts:
            errors.append(f"countries.yaml {iso}: unknown status {status!r}")
            continue
        status_counts[status] += 1
        name = spec.get("n") or cldr_forms(en_names[iso], "en")[0]
        id_ = spec.get("id") or slug(name)
        drop = set(spec.get("drop", []))
        if check_adjectives(iso, spec, status, errors):
            no_adjective.append(iso)
        usual = {
            "en": name,
            "fr": spec.get("nf") or cldr_forms(fr_names[iso], "fr")[0],
        }
        short = shorts(f"countries.yaml {iso}", spec, errors)
        for lang, label in usual.items():
            if len(label) > SHORT_OVER and lang not in short:
                errors.append(f"countries.yaml {iso}: {label!r} needs a short {lang} label (sh)")
        aliases = []
        for lang, names in (("en", en_names), ("fr", fr_names)):
            if names[iso] not in drop:
                aliases += [a for a in cldr_forms(names[iso], lang) if a not in drop]
        aliases += spec.get("en", []) + spec.get("fr", [])
        aliases += english_demonyms(spec.get("de", []))
        aliases += french_demonyms(spec.get("df", []))
        for prefix in spec.get("px", []):
            if not prefix.endswith("-") or not prefix.islower():
                errors.append(f"countries.yaml {iso}: prefix {prefix!r} must be lowercase, end with '-'")
            aliases.append(prefix)
        out.append(entity(id_, name, "country", aliases, iso=iso, short=short))
        cap = spec.get("cap")
        if cap:
            cap_id = slug(cap[0])
            if cap_id == id_:
                cap_id += "-city"
            out.append(entity(cap_id, cap[0], "place", cap[1:], affiliation=id_))
    if status_counts["un"] != UN_MEMBERS:
        errors.append(f"countries.yaml: {status_counts['un']} UN members, expected {UN_MEMBERS}")
    if status_counts["obs"] != UN_OBSERVERS:
        errors.append(f"countries.yaml: {status_counts['obs']} observers, expected {UN_OBSERVERS}")
    return out, no_adjective


def build_cities(countries, errors):
    """cities.yaml: per ISO code, [English, French, other names...] or {n: [...], id,
    aff}; a city is a place affiliated to its country unless `aff` says otherwise."""
    by_iso = {e["iso"]: e["id"] for e in countries}
    country_ids = set(by_iso.values())
    out = []
    for iso, cities in load_yaml("cities.yaml").items():
        if iso not in by_iso:
            errors.append(f"cities.yaml {iso}: not a country of countries.yaml")
            continue
        for spec in cities:
            if isinstance(spec, list):
                spec = {"n": spec}
            unknown = set(spec) - {"n", "id", "aff"}
            names = spec.get("n") or []
            if unknown or len(names) < 2:
                errors.append(f"cities.yaml {iso}: {spec}: expected [English, French, ...]")
                continue
            id_ = spec.get("id") or slug(names[0])
            if id_ in country_ids:
                id_ += "-city"
            aff = spec.get("aff") or by_iso[iso]
            out.append(entity(id_, names[0], "place", expand_aliases(names[1:]), affiliation=aff))
    return out


def build_listed(file_name, kind, errors):
    out = []
    for spec in load_yaml(file_name):
        unknown = set(spec) - {"id", "name", "a", "aff", "sh"}
        if unknown:
            errors.append(f"{file_name} {spec.get('id')}: unknown keys {sorted(unknown)}")
        if not spec.get("id") or not spec.get("name"):
            errors.append(f"{file_name}: entry without id or name: {spec}")
            continue
        aliases = expand_aliases(spec.get("a") or [])
        short = shorts(f"{file_name} {spec['id']}", spec, errors)
        out.append(
            entity(spec["id"], spec["name"], kind, aliases, affiliation=spec.get("aff"), short=short)
        )
    return out


# ---------------------------------------------------------------- normalise


def case_class(alias):
    """0: lowercase (any case), 1: Capitalised (a capital first), 2: short ALL CAPS (exact).

    Short means at most five letters and no space, as in the matcher: a longer all-caps
    alias (`MERCOSUR`) is treated as capitalised.
    """
    if alias[:1].islower():
        return 0
    letters = [c for c in alias if c.isalpha()]
    if letters and len(letters) <= 5 and " " not in alias and alias == alias.upper():
        return 2
    return 1


def tidy(ent):
    """Apostrophe variants, no redundant alias, the name not repeated, stable order.

    Within one entity, aliases that fold to the same text are one to the matcher except
    for their case class, and a lower class matches all that a higher one does
    (`russe` ⊇ `Russe` ⊇ `RUSSE`): only the most permissive is kept, with its accents.
    """
    forms = set()
    for alias in ent["aliases"]:
        forms |= apostrophe_variants(alias.strip())
    best = {}
    for alias in sorted(forms):
        key = strip_accents(alias).casefold()
        accents = sum(1 for c in alias if ord(c) > 127 and c != "\u2019")
        rank = (-case_class(alias), accents)
        if key not in best or rank > best[key][0]:
            best[key] = (rank, alias)
    name_key = strip_accents(ent["name"]).casefold()
    if name_key in best and case_class(best[name_key][1]) >= case_class(ent["name"]):
        del best[name_key]
    ent["aliases"] = sorted((a for _, a in best.values()), key=lambda a: (fold(a), a))
    return ent


# ---------------------------------------------------------------- checks


def common_words():
    """Frequent English and French words, less those reviewed and allowed as aliases."""
    words = set(top_n_list("en", FREQUENT_WORDS)) | set(top_n_list("fr", FREQUENT_WORDS))
    words = {fold(w) for w in words}
    extra = (HERE / "common-words.txt").read_text(encoding="utf-8").split()
    allowed = (HERE / "allowed-words.txt").read_text(encoding="utf-8").split()
    words |= {fold(w) for w in extra if not w.startswith("#")}
    return words - {fold(w) for w in allowed if not w.startswith("#")}


def would_match(alias, form):
    """The case rule of README.md: all-caps exact, Capitalised needs a capital, else any."""
    cls = case_class(alias)
    if cls == 2:
        return alias == form
    if cls == 1:
        return form[:1].isupper()
    return True


def check_expectations(by_key, errors):
    for id_, forms in load_yaml("expectations.yaml").items():
        for form in forms:
            found = sorted({e for a, e in by_key.get(fold(form), []) if would_match(a, form)})
            want = [] if id_ == "none" else [id_]
            if found != want:
                errors.append(f"expectations.yaml: {form!r} matches {found}, expected {want}")


def validate(entities, errors):
    ids = {}
    for ent in entities:
        if not ID_RE.match(ent["id"]):
            errors.append(f"{ent['id']}: id must be lowercase ASCII kebab-case")
        if ent["id"] in ids:
            errors.append(f"{ent['id']}: id used twice")
        ids[ent["id"]] = ent
    isos = {}
    for ent in entities:
        if ent["kind"] == "country":
            if not ent["iso"] or not re.fullmatch(r"[A-Z]{2}", ent["iso"]):
                errors.append(f"{ent['id']}: country without a valid ISO code")
            elif ent["iso"] in isos:
                errors.append(f"{ent['id']}: ISO {ent['iso']} also used by {isos[ent['iso']]}")
            isos[ent["iso"]] = ent["id"]
        aff = ent["affiliation"]
        if aff is not None and aff not in ids:
            errors.append(f"{ent['id']}: affiliation {aff!r} is no entity")
        if aff == ent["id"]:
            errors.append(f"{ent['id']}: affiliated to itself")
    common = common_words()
    owner = {}
    by_key = {}
    for ent in entities:
        for alias in [ent["name"]] + ent["aliases"]:
            key = fold(alias)
            letters = [c for c in key if c.isalnum()]
            if len(letters) < 2:
                errors.append(f"{ent['id']}: alias {alias!r} is empty or one letter")
            if alias != alias.strip() or "  " in alias:
                errors.append(f"{ent['id']}: alias {alias!r} has stray spaces")
            # A prefix form only matches before a hyphen: its stem may be a word.
            if is_lowercase_alias(alias) and not key.endswith("-") and key in common:
                errors.append(f"{ent['id']}: lowercase alias {alias!r} is a common word")
            other = owner.get(key)
            if other is not None and other != ent["id"]:
                errors.append(f"alias {alias!r} claimed by both {other} and {ent['id']}")
            owner[key] = ent["id"]
            by_key.setdefault(key, []).append((alias, ent["id"]))
    check_expectations(by_key, errors)
    check_shorts(entities, owner, errors)


def check_shorts(entities, owner, errors):
    """A short label names its entity alone: unique per language, and no other
    country's name or alias."""
    countries = {e["id"] for e in entities if e["kind"] == "country"}
    taken = {}
    for ent in entities:
        for lang, label in ent["short"].items():
            if lang not in LANGS or len(fold(label)) < 2 or len(label) > SHORT_OVER:
                errors.append(f"{ent['id']}: short {lang}: {label!r} is no label")
            key = (lang, fold(label))
            if key in taken:
                errors.append(f"{ent['id']}: short {label!r} also of {taken[key]}")
            taken[key] = ent["id"]
            other = owner.get(fold(label))
            if other is not None and other != ent["id"] and other in countries:
                errors.append(f"{ent['id']}: short {label!r} is a name of {other}")


# ---------------------------------------------------------------- output


def q(text):
    return json.dumps(text, ensure_ascii=False)


def render(entities):
    lines = [
        "# The built-in gazetteer of brief. GENERATED by assets/gazetteer-src/generate.py",
        "# from CLDR (babel) and the curated files there: edit those, then regenerate.",
        "# Alias case rules: see assets/gazetteer-src/README.md.",
        "entities:",
    ]
    for ent in entities:
        lines.append(f"- id: {ent['id']}")
        lines.append(f"  name: {q(ent['name'])}")
        lines.append(f"  kind: {ent['kind']}")
        if ent["iso"]:
            lines.append(f"  iso: {q(ent['iso'])}")
        if ent["affiliation"]:
            lines.append(f"  affiliation: {ent['affiliation']}")
        if ent["aliases"]:
            lines.append("  aliases: [" + ", ".join(q(a) for a in ent["aliases"]) + "]")
        if ent["short"]:
            labels = ", ".join(f"{lang}: {q(ent['short'][lang])}" for lang in sorted(ent["short"]))
            lines.append("  short: {" + labels + "}")
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="validate, do not write")
    args = parser.parse_args()
    errors = []
    entities, no_adjective = build_countries(errors)
    entities += build_cities(entities, errors)
    entities += build_listed("places.yaml", "place", errors)
    entities += build_listed("organizations.yaml", "organization", errors)
    entities += build_listed("people.yaml", "person", errors)
    entities = [tidy(e) for e in entities]
    entities.sort(key=lambda e: (KIND_ORDER.index(e["kind"]), e["id"]))
    validate(entities, errors)
    if errors:
        for err in errors:
            print("error:", err, file=sys.stderr)
        print(f"{len(errors)} error(s); {OUT.name} not written", file=sys.stderr)
        return 1
    text = render(entities)
    parsed = yaml.safe_load(text)
    if len(parsed["entities"]) != len(entities):
        print("error: the rendered YAML does not load back", file=sys.stderr)
        return 1
    counts = {k: sum(1 for e in entities if e["kind"] == k) for k in KIND_ORDER}
    aliases = sum(len(e["aliases"]) + 1 for e in entities)
    summary = ", ".join(f"{n} {k}" for k, n in counts.items())
    if no_adjective:
        print("note: no adjective in some language, by decision (nodem):", " ".join(no_adjective))
        sys.stdout.flush()
    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            print(f"{OUT} is out of date: run generate.py", file=sys.stderr)
            return 1
        print(f"ok: {summary}; {aliases} names and aliases")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}: {summary}; {aliases} names and aliases")
    return 0


if __name__ == "__main__":
    sys.exit(main())
