#!/usr/bin/env python3
"""Checks, through the published port, that the API serves the sample report.

Used by docker/test.sh:  check_api.py BASE_URL CHECK FIXTURES_DIR
CHECK is one of: ready, metric, outline, comparison, all.

Expected values come from the fixture files beside the sample
(jiyuan-gxq-2023.outline.json, .metrics.json); numbers are compared as exact
decimals, so 182.90000000000001 is not 182.9.
"""
import json
import sys
import urllib.error
import urllib.parse
import urllib.request
from decimal import Decimal

SAMPLE = "jiyuan-gxq-2023"
METRIC = "工业增加值"


def get(base, path, **query):
    url = base + path
    if query:
        url += "?" + urllib.parse.urlencode(query)
    try:
        with urllib.request.urlopen(url, timeout=10) as resp:
            body = resp.read().decode("utf-8")
            status = resp.status
    except urllib.error.HTTPError as err:
        raise AssertionError(f"GET {url}: {err.code} {err.read()[:300]!r}") from None
    if status != 200:
        raise AssertionError(f"GET {url}: {status}")
    print(f"GET {url}: 200, {len(body)} bytes")
    return json.loads(body, parse_float=Decimal, parse_int=Decimal) if body else None


def fixture(fixtures, suffix):
    with open(f"{fixtures}/real/{SAMPLE}.{suffix}.json", encoding="utf-8") as f:
        return json.load(f, parse_float=Decimal, parse_int=Decimal)


def squeeze(text):
    return "".join((text or "").split())


def expect(cond, what):
    if not cond:
        raise AssertionError(what)
    print("ok:", what)


def check_ready(base, _fixtures):
    for path in ("/healthz", "/readyz"):
        get(base, path)


def expected_metric(fixtures):
    return next(m for m in fixture(fixtures, "metrics") if m["name"] == METRIC)


def check_metric(base, fixtures):
    want = expected_metric(fixtures)
    items = get(base, "/api/v1/metrics", name=METRIC)["items"]
    hits = [m for m in items if m["value"] == want["value"] and m["unit"] == want["unit"]]
    expect(hits, f"/metrics?name={METRIC} has {want['value']} {want['unit']}: "
           f"{[(m['name'], str(m['value']), m['unit']) for m in items]}")
    expect(hits[0].get("yoy_pct") == want["yoy_pct"],
           f"its yoy_pct is {want['yoy_pct']}: {hits[0].get('yoy_pct')}")


def the_report(base, outline):
    items = get(base, "/api/v1/reports", org=outline["organization"],
                year=str(outline["year"]))["items"]
    expect(len(items) == 1, f"one report of {outline['organization']} {outline['year']}: "
           f"{len(items)}")
    expect(squeeze(items[0]["title"]) == squeeze(outline["title"]),
           f"its title is {outline['title']}: {items[0]['title']}")
    return items[0]


def check_outline(base, fixtures):
    outline = fixture(fixtures, "outline")
    report = get(base, f"/api/v1/reports/{the_report(base, outline)['id']}")
    got = [squeeze(s.get("heading")) for s in report["outline"] if s.get("level") == 1]
    want = [squeeze(s.get("heading")) for s in outline["sections"] if s.get("level") == 1]
    expect(got == want, f"the {len(want)} top-level headings match the outline: {got}")
    # One level-2 section, read whole through /sections/{id}.
    want_sec = next(s for s in outline["sections"] if s.get("children"))["children"][0]
    top = next(s for s in report["outline"] if s.get("level") == 1 and s.get("children"))
    section = get(base, f"/api/v1/sections/{top['children'][0]['id']}")
    expect(squeeze(section["heading"]) == squeeze(want_sec["heading"]),
           f"section heading is {want_sec['heading']}")
    expect(squeeze(section["body"]).startswith(squeeze(want_sec["starts_with"])),
           f"section body starts with {want_sec['starts_with']}")


def check_comparison(base, fixtures):
    outline = fixture(fixtures, "outline")
    want = expected_metric(fixtures)
    rows = get(base, "/api/v1/comparisons", org=outline["organization"],
               year=str(outline["year"]), limit="1000")["items"]
    expect(rows, f"comparisons of {outline['organization']} {outline['year']} have rows: "
           f"{len(rows)}")
    expect(all(r["organization"] == outline["organization"] and r["year"] == outline["year"]
               for r in rows), "every row is of that organisation and year")
    hits = [r for r in rows if r["value"] == want["value"] and r["unit"] == want["unit"]]
    expect(hits and hits[0]["stated_yoy_pct"] == want["yoy_pct"],
           f"a row has {METRIC} {want['value']} {want['unit']}, stated yoy {want['yoy_pct']}")


CHECKS = {
    "ready": check_ready,
    "metric": check_metric,
    "outline": check_outline,
    "comparison": check_comparison,
}


def main():
    base, which, fixtures = sys.argv[1], sys.argv[2], sys.argv[3]
    names = list(CHECKS) if which == "all" else [which]
    try:
        for name in names:
            CHECKS[name](base, fixtures)
    except (AssertionError, KeyError, StopIteration, OSError, ValueError) as err:
        print(f"FAILED: {type(err).__name__}: {err}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
