#!/usr/bin/env python3
"""Prints the XPath the curated overlays use for the statutory retirement age, to the month.

《国务院关于渐进式延迟法定退休年龄的办法》 (2024), 附件1-3, in force from 2025-01-01: from January 2025 a man's age (60) is raised one
month for each four months of birth from January 1965, to 63; a woman's whose age was 55 (干部), one month for
each four months from January 1970, to 58; a woman's whose age was 50 (工人), one month for each two months from
January 1975, to 55. The applicant's age in months is counted from the birth date derived from the resident id to
the submitted date (x:submitted()). The 办法's tables give the 改革后退休时间 as a month (出生时间 1965年1月: 60岁1个月,
退休时间 2025年2月): where the delay applies (a birth in a table's range, submitted from 2025), the age is counted to
the month, so the retirement age is reached on the first day of that month (round 45, tester f: a man born
1965-06-15 was refused on 2025-08-05, in his 退休时间 2025年8月); elsewhere (the old ages of 60, 55 and 50, "年满…周岁")
a month is counted once its day is reached. The overlays (curated/000.xml RS-030,
RS-033; 000-k-s32.xml RS-039; 003-j-work2.xml BS-QT-013; 003-k-life2.xml BS-TX-004; 004.xml SB-025; 004-f-round19.xml SB-020,
SB-081) compare AGE_MONTHS with RETIREMENT[...] (see curated/000.xml's comment at RS-033).

    python3 retirement_xpath.py            # the expressions, XML-escaped as they appear in the overlays
    python3 retirement_xpath.py --apply F… # rewrites, in the overlays F…, each AGE_MONTHS compared with a RETIREMENT
                                           # into the age counted as that table counts it (AGE_MONTHS_FOR)
"""

BIRTH = "m:applicant/m:fact[@name='applicantBirthDate']"
SUBMITTED = "x:submitted()"


def part(of: str, start: int, length: int) -> str:
    return f"number(substring({of}, {start}, {length}))"


AGE_MONTHS = (
    f"(({part(SUBMITTED, 1, 4)} - {part(BIRTH, 1, 4)}) * 12 + {part(SUBMITTED, 6, 2)} - {part(BIRTH, 6, 2)}"
    f" - ({part(SUBMITTED, 9, 2)} &lt; {part(BIRTH, 9, 2)}))"
)


# The 办法 is in force from 2025-01-01 (第一条、附件): an application submitted before then is judged by the
# ages then in force (60; 55 or 50), whatever the birth date (round 38, tester l: a man born 1967-03 was refused
# in 2022 as more than 5 years from an age of 60 years 7 months that no law then set).
IN_FORCE = f"(number(translate(substring({SUBMITTED}, 1, 10), '-', '')) &gt;= 20250101)"


def retirement(base_months: int, from_year: int, step: int, cap: int) -> str:
    """base + the delay: 0 for births before January of from_year or for a submission before 2025, else
    floor(months since / step) + 1, at most cap."""
    since = f"(({part(BIRTH, 1, 4)} - {from_year}) * 12 + {part(BIRTH, 6, 2)} - 1)"
    delay = f"(floor({since} div {step}) + 1)"
    return (f"({base_months} + (({since} &gt;= 0) * {IN_FORCE} * (({delay} &lt; {cap}) * {delay}"
            f" + ({delay} &gt;= {cap}) * {cap})))")


def reform(from_year: int) -> str:
    """1 where the 办法's delay applies (a birth from January of from_year, submitted from 2025), else 0."""
    since = f"(({part(BIRTH, 1, 4)} - {from_year}) * 12 + {part(BIRTH, 6, 2)} - 1)"
    return f"(({since} &gt;= 0) * {IN_FORCE})"


def age_months(from_year: int) -> str:
    """AGE_MONTHS, counted to the month where the table's delay applies (its 退休时间 is a month)."""
    return (
        f"(({part(SUBMITTED, 1, 4)} - {part(BIRTH, 1, 4)}) * 12 + {part(SUBMITTED, 6, 2)} - {part(BIRTH, 6, 2)}"
        f" - ({part(SUBMITTED, 9, 2)} &lt; {part(BIRTH, 9, 2)}) * (1 - {reform(from_year)}))"
    )


FROM_YEAR = {"male": 1965, "female-55": 1970, "female-50": 1975}
AGE_MONTHS_FOR = {name: age_months(year) for name, year in FROM_YEAR.items()}

RETIREMENT = {
    "male": retirement(720, 1965, 4, 36),
    "female-55": retirement(660, 1970, 4, 36),
    "female-50": retirement(600, 1975, 2, 60),
}


def apply(text: str) -> tuple[str, int]:
    """Each AGE_MONTHS followed by a comparison with RETIREMENT[name] (with or without its outer parentheses) becomes
    AGE_MONTHS_FOR[name]; an AGE_MONTHS compared with anything else is left. Returns the text and the count."""
    out, count, i = [], 0, 0
    while (at := text.find(AGE_MONTHS, i)) >= 0:
        end = at + len(AGE_MONTHS)
        name = None
        for op in (" &lt; ", " &gt;= ", " &gt; ", " &lt;= "):
            if text.startswith(op, end):
                rest = text[end + len(op):]
                name = next((n for n, r in RETIREMENT.items() if rest.startswith(r) or rest.startswith(r[1:-1])), None)
                break
        out.append(text[i:at])
        out.append(AGE_MONTHS_FOR[name] if name else AGE_MONTHS)
        count += name is not None
        i = end
    out.append(text[i:])
    return "".join(out), count


if __name__ == "__main__":
    import sys

    if sys.argv[1:2] == ["--apply"]:
        for path in sys.argv[2:]:
            with open(path, encoding="utf-8") as f:
                new, n = apply(f.read())
            with open(path, "w", encoding="utf-8") as f:
                f.write(new)
            print(f"{path}: {n}")
        sys.exit(0)
    print("AGE_MONTHS", AGE_MONTHS, sep="\n", end="\n\n")
    for name, xpath in AGE_MONTHS_FOR.items():
        print(f"AGE_MONTHS_FOR[{name}]", xpath, sep="\n", end="\n\n")
    for name, xpath in RETIREMENT.items():
        print(f"RETIREMENT[{name}]", xpath, sep="\n", end="\n\n")
