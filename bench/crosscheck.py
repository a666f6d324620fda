#!/usr/bin/env python3
"""Independent check of `balise bench --ranks`: recomputes the reference uncertainty analysis in plain
Python (no numpy) and compares every column of the CSV that Balise wrote.

Balise's Monte Carlo flattens the tree into one weighted sum per service and sorts incrementally; this
script walks the tree level by level with the textbook formulas (min-max normalisation, sibling shares,
weighted arithmetic or geometric means with the 1–101 shift, competition ranks, type-7 quantiles). Only
the random numbers are shared by construction: it re-implements Balise's RandomStream (SplitMix64
seeding, xoshiro256**) so that replication r draws the same weights and method in both.

    balise bench --units 50 --indicators 60 --repeat 1 --ranks /tmp/ranks.csv
    python3 bench/crosscheck.py bench/data/hierarchy_U50_M60.csv bench/data/data_U50_M60.csv /tmp/ranks.csv

Exit status 0 when every value agrees (to 1e-9), 1 otherwise.
"""
import csv
import math
import sys

MASK = (1 << 64) - 1
GOLDEN = 0x9E3779B97F4A7C15
TOLERANCE = 1e-9  # scores closer than this share a rank (Balise's evaluation rule)


def mix(z):
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
    return z ^ (z >> 31)


class RandomStream:
    def __init__(self, seed, stream):
        state = mix(mix((seed + GOLDEN) & MASK) ^ stream)
        self.s = []
        for _ in range(4):
            state = (state + GOLDEN) & MASK
            self.s.append(mix(state))

    def next(self):
        s = self.s
        rotl = lambda x, k: ((x << k) | (x >> (64 - k))) & MASK
        result = (rotl((s[1] * 5) & MASK, 7) * 9) & MASK
        t = (s[1] << 17) & MASK
        s[2] ^= s[0]
        s[3] ^= s[1]
        s[1] ^= s[2]
        s[0] ^= s[3]
        s[2] ^= t
        s[3] = rotl(s[3], 45)
        return result

    def uniform(self, lo, hi):
        return lo + (hi - lo) * ((self.next() >> 11) * 2.0**-53)

    def coin(self):
        return (self.next() >> 63) != 0


def read_model(hierarchy_path, data_path):
    rows = list(csv.DictReader(open(hierarchy_path, newline='')))
    children = {}
    for row in rows:
        children.setdefault(row['Parent'], []).append(row)
    root = next(r for r in rows if r['Parent'] == '')
    nodes = []  # pre-order: (code, parent index, weight, direction, is indicator); index 0 = root

    def visit(row, parent):
        nodes.append((row['iCode'], parent, float(row['Weight']), float(row['Direction'] or 1),
                      row['Level'] == '1'))
        me = len(nodes) - 1
        for child in children.get(row['iCode'], []):
            visit(child, me)

    nodes.append(('Index', -1, 1.0, 1.0, False))
    for child in children.get(root['iCode'], []):
        visit(child, 0)
    data = list(csv.DictReader(open(data_path, newline='')))
    services = [r['uCode'] for r in data]
    # Min-max across services, direction-aware, onto 0–100.
    scores = {}
    for code, _, _, direction, indicator in nodes:
        if not indicator:
            continue
        values = [float(r[code]) for r in data]
        lo, hi = min(values), max(values)
        if hi == lo:
            scores[code] = [50.0] * len(values)
        elif direction < 0:
            scores[code] = [100.0 * (hi - x) / (hi - lo) for x in values]
        else:
            scores[code] = [100.0 * (x - lo) / (hi - lo) for x in values]
    return nodes, services, scores


def overall(nodes, scores, multipliers, geometric, service):
    kids = {}
    for i, node in enumerate(nodes):
        if node[1] >= 0:
            kids.setdefault(node[1], []).append(i)

    def value(i):
        code, _, _, _, indicator = nodes[i]
        if indicator:
            return scores[code][service]
        weights = [nodes[c][2] * multipliers[c] for c in kids[i]]
        total = sum(weights)
        values = [value(c) for c in kids[i]]
        if geometric:
            return math.exp(sum(w / total * math.log(v + 1.0) for w, v in zip(weights, values))) - 1.0
        return sum(w / total * v for w, v in zip(weights, values))

    return value(0)


def competition_ranks(values):
    return [1 + sum(1 for other in values if other > v + TOLERANCE) for v in values]


def quantile7(sorted_values, q):
    h = (len(sorted_values) - 1) * q
    lo = math.floor(h)
    if lo + 1 >= len(sorted_values):
        return sorted_values[-1]
    return sorted_values[lo] + (h - lo) * (sorted_values[lo + 1] - sorted_values[lo])


def main(hierarchy_path, data_path, balise_csv, replications=1000, noise=0.25, seed=1):
    nodes, services, scores = read_model(hierarchy_path, data_path)
    S = len(services)
    nominal = competition_ranks([overall(nodes, scores, [1.0] * len(nodes), False, s) for s in range(S)])
    ranks = [[] for _ in range(S)]
    for r in range(replications):
        stream = RandomStream(seed, r)
        geometric = stream.coin()
        multipliers = [1.0] + [stream.uniform(1 - noise, 1 + noise) for _ in range(1, len(nodes))]
        for s, rank in enumerate(competition_ranks([overall(nodes, scores, multipliers, geometric, s)
                                                    for s in range(S)])):
            ranks[s].append(rank)
    expected = {}
    for s, code in enumerate(services):
        values = sorted(ranks[s])
        expected[code] = [nominal[s], sum(values) / len(values), quantile7(values, 0.5), quantile7(values, 0.05),
                          quantile7(values, 0.95), values.count(1) / replications]

    mismatches = 0
    rows = list(csv.DictReader(open(balise_csv, newline='')))
    columns = ['nominal_rank', 'mean_rank', 'median_rank', 'q05_rank', 'q95_rank', 'p_first']
    for row in rows:
        want = expected[row['service']]
        for column, value in zip(columns, want):
            if abs(float(row[column]) - value) > 1e-9:
                mismatches += 1
                print(f"{row['service']} {column}: balise {row[column]}, python {value}")
    print(f"{len(rows)} services × {len(columns)} columns compared over {replications} replications: "
          f"{mismatches} mismatch(es)")
    return 1 if mismatches or len(rows) != S else 0


if __name__ == '__main__':
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3]))
