# The benchmark's pandas peer: computes the compared figures of the national
# workload (examples/internal/nasjonal) and writes them as
# kommune,periode,indikator,inndeling,verdi. Run by examples/bench:
#
#   /usr/bin/python3 peer_pandas.py DATA_DIR OUT.csv
import sys

import numpy as np
import pandas as pd

data, out = sys.argv[1], sys.argv[2]

MALGRUPPER = {
    "Rus/psykisk helse": "rus_psykisk_helse",
    "Unge (16–24 år)": "unge",
    "Flyktning": "flyktninger",
    "Barnefamilie": "barnefamilier",
    "Øvrige": "ovrige",
}


def read(name, dates, **kw):
    df = pd.read_csv(data + "/" + name, sep=";", dtype=str, keep_default_na=False, na_values=[""], **kw)
    for c in dates:
        df[c] = pd.to_datetime(df[c], format="%d.%m.%Y")
    return df


def group(col):
    return col.map(MALGRUPPER).fillna("ukjent")


PERIODS = []
for y in range(2016, 2026):
    PERIODS.append((str(y), y, pd.Timestamp(y, 1, 1), pd.Timestamp(y, 12, 31)))
    PERIODS.append((f"{y}H1", y, pd.Timestamp(y, 1, 1), pd.Timestamp(y, 6, 30)))
    PERIODS.append((f"{y}H2", y, pd.Timestamp(y, 7, 1), pd.Timestamp(y, 12, 31)))

rows = []


def emit(series, periode, ind, inndeling=None):
    # series: index kommune (or kommune, group) -> value
    if inndeling is None:
        for k, v in series.items():
            rows.append((k, periode, ind, "", v))
    else:
        for (k, g), v in series.items():
            rows.append((k, periode, ind, "malgruppe=" + g, v))


def stock(ind, df, frm, to, on, mask=None, breakdown=False, min_days=None, keep=None):
    """Distinct households (kommune, husstand) in an episode on each period's
    last ("tom") or first ("fom") day."""
    if mask is not None:
        df = df[mask]
    f, t = df[frm].values, df[to].values
    cache = {}
    for periode, year, fom, tom in PERIODS:
        day = np.datetime64(tom if on == "tom" else fom)
        if day not in cache:
            m = (f <= day) & (np.isnat(t) | (t >= day))
            if min_days is not None:
                m &= f <= day - np.timedelta64(min_days, "D")
            sub = df[m]
            total = sub.groupby("k")["h"].nunique()
            groups = sub.groupby(["k", "g"])["h"].nunique() if breakdown else None
            cache[day] = (total, groups)
        total, groups = cache[day]
        emit(total, periode, ind)
        if breakdown:
            emit(groups, periode, ind, True)
        if keep is not None:
            keep[periode] = (year, total)


def flow(ind, df, date, mask=None, amount=None, distinct=None, breakdown=False):
    """Rows dated in each period: counted, summed or distinct keys."""
    if mask is not None:
        df = df[mask]
    df = df[df[date].notna()]
    d = df[date]
    year = d.dt.year
    half = np.where(d.dt.month <= 6, "H1", "H2")
    df = df.assign(_y=year.astype(str), _p=year.astype(str) + half)
    for col in ("_y", "_p"):
        by = df.groupby(["k", col])
        if amount is not None:
            # øre to kroner, exactly
            s = by[amount].sum().map(lambda v: f"{int(v) // 100}.{int(v) % 100:02d}")
        elif distinct is not None:
            s = by[distinct].nunique()
        else:
            s = by.size()
        for (k, p), v in s.items():
            rows.append((k, p, ind, "", v))
        if breakdown:
            s = df.groupby(["k", col, "g"])[distinct].nunique()
            for (k, p, g), v in s.items():
                rows.append((k, p, ind, "malgruppe=" + g, v))


sit = read("data/kartlegging.csv", ["Fra dato", "Til dato"])
sit = pd.DataFrame({
    "k": sit["Kommunenr"], "h": sit["Husstand"], "s": sit["Situasjon"], "f": sit["Fra dato"], "t": sit["Til dato"],
    "g": group(sit["Målgruppe"]), "barn": sit["Antall barn"].astype(int),
})
bostedslose = {}
stock("bostedslose", sit, "f", "t", "tom", sit["s"] == "Bostedsløs", breakdown=True, keep=bostedslose)
mid = sit["s"] == "Midlertidig botilbud"
stock("midlertidig_botilbud", sit, "f", "t", "tom", mid, breakdown=True)
stock("midlertidig_botilbud_over_3_mnd", sit, "f", "t", "tom", mid, breakdown=True, min_days=91)
stock("barnefamilier_uegnet_bolig", sit, "f", "t", "tom", (sit["s"] == "Uegnet bolig/bomiljø") & (sit["barn"] > 0))

pop = pd.read_csv(data + "/data/innbyggere.csv", sep=";", dtype={"kommunenummer": str})
pop = {(k, int(a)): int(n) for k, a, n in zip(pop["kommunenummer"], pop["år"], pop["innbyggere"])}
for periode, (year, total) in bostedslose.items():
    for k, v in total.items():
        n = pop.get((k, year))
        if n:
            rows.append((k, periode, "bostedslose_per_1000", "", round(v * 1000 / n, 4)))

utk = read("data/utkastelser.csv", ["Dato"])
utk = utk.rename(columns={"Kommunenr": "k"})
flow("begjaeringer_utkastelse", utk, "Dato", utk["Type"] == "Begjæring")
flow("utkastelser", utk, "Dato", utk["Type"] == "Gjennomført")

sl = read("data/startlan.csv", ["Mottatt", "Vedtaksdato"])
# amounts always have two decimals: whole øre, summed exactly
ore = sl["Innvilget beløp"].str.replace(",", "", regex=False)
sl = pd.DataFrame({
    "k": sl["Kommunenr"], "h": sl["Husstand"], "mottatt": sl["Mottatt"], "vd": sl["Vedtaksdato"],
    "vedtak": sl["Vedtak"], "ore": ore.fillna("0").astype(np.int64), "leie": sl["Fra kommunal leiebolig"] == "Ja",
    "g": group(sl["Målgruppe"]),
})
innv = sl["vedtak"] == "Innvilget"
flow("startlan_soknader", sl, "mottatt")
flow("startlan_innvilget", sl, "vd", innv)
flow("startlan_vedtak", sl, "vd", innv | (sl["vedtak"] == "Avslått"))
flow("startlan_innvilget_belop", sl, "vd", innv, amount="ore")
flow("fra_leie_til_eie", sl, "vd", innv & sl["leie"], distinct="h", breakdown=True)

kb = read("data/kommunal_bolig.csv", ["Mottatt", "Vedtaksdato", "Tildelt dato"])
kb = pd.DataFrame({"k": kb["Kommunenr"], "h": kb["Husstand"], "mottatt": kb["Mottatt"], "avsluttet": kb["Vedtaksdato"], "tildelt": kb["Tildelt dato"]})
flow("kommunal_bolig_soknader", kb, "mottatt")
flow("kommunal_bolig_tildelinger", kb, "tildelt")
stock("kommunal_bolig_venteliste", kb, "mottatt", "avsluttet", "fom")

res = pd.DataFrame(rows, columns=["kommune", "periode", "indikator", "inndeling", "verdi"])
# the approval rate, from the counts just made
key = ["kommune", "periode"]
i = res[res["indikator"] == "startlan_innvilget"].set_index(key)["verdi"]
v = res[res["indikator"] == "startlan_vedtak"].set_index(key)["verdi"]
andel = pd.concat([i.rename("i"), v.rename("v")], axis=1).fillna(0)
andel = andel[andel["v"] > 0]
extra = pd.DataFrame({
    "kommune": [k for k, _ in andel.index], "periode": [p for _, p in andel.index],
    "indikator": "startlan_innvilgelsesandel", "inndeling": "",
    "verdi": [round(100 * a / b, 4) for a, b in zip(andel["i"], andel["v"])],
})
pd.concat([res, extra]).to_csv(out, index=False)
