#!/usr/bin/env python3
"""Reference values for klyngekart's graph metrics and Louvain communities, computed by NetworkX.

An independent implementation to test src/domain/metrics against: this script builds a few
graphs, computes the metrics with NetworkX using the conventions klyngekart documents
(src/domain/metrics/registry.ts), and writes one JSON file per graph next to itself. The Vitest
test tests/unit/metrics/networkx-reference.test.ts rebuilds each graph from its JSON and compares
every value to 1e-6.

Run from the repository root (needs python3-networkx 3.x and scipy for pagerank):

    python3 tests/reference/make_reference.py

The graphs are deterministic (fixed seed), so rerunning gives the same files.
"""

import json
import random
from pathlib import Path

import networkx as nx

OUT = Path(__file__).resolve().parent

# Shared with the TypeScript defaults in src/domain/metrics/*.ts; written into every JSON file
# so the test passes exactly these to the TypeScript side.
PARAMS = {
    "alpha": 0.85,
    "pagerankMaxIterations": 100,
    "pagerankTolerance": 1e-6,
    "eigenvectorMaxIterations": 1000,
    "eigenvectorTolerance": 1e-6,
}


def metrics(G, weight):
    """The six metrics under klyngekart's conventions. weight: edge attribute name or None."""
    return {
        # Raw neighbour count, not nx.degree_centrality (which divides by n - 1).
        "degree": {n: d for n, d in G.degree()},
        # Sum of edge weights; edges without the attribute weigh 1, as in klyngekart.
        "weightedDegree": {n: d for n, d in G.degree(weight=weight)},
        "betweenness": nx.betweenness_centrality(G, normalized=True),
        "closeness": nx.closeness_centrality(G, wf_improved=True),
        # Harmonic closeness scaled to 0-1 by (n - 1), as klyngekart reports it.
        "harmonic": {
            n: (v / (G.number_of_nodes() - 1) if G.number_of_nodes() > 1 else 0.0)
            for n, v in nx.harmonic_centrality(G).items()
        },
        "clustering": nx.clustering(G),
        "eigenvector": nx.eigenvector_centrality(
            G,
            weight=weight,
            max_iter=PARAMS["eigenvectorMaxIterations"],
            tol=PARAMS["eigenvectorTolerance"],
        ),
        "pagerank": nx.pagerank(
            G,
            alpha=PARAMS["alpha"],
            weight=weight,
            max_iter=PARAMS["pagerankMaxIterations"],
            tol=PARAMS["pagerankTolerance"],
        ),
    }


LOUVAIN_SEEDS = 20


def louvain(G, weight):
    """NetworkX Louvain over seeds 1..20: the best modularity found, and every run's partition
    with its modularity as NetworkX computes it (the test checks klyngekart's modularity
    function on these). None for a graph without edges (NetworkX's modularity divides by 0)."""
    if G.number_of_edges() == 0:
        return None
    runs = []
    for seed in range(1, LOUVAIN_SEEDS + 1):
        parts = nx.community.louvain_communities(G, weight=weight, seed=seed)
        q = nx.community.modularity(G, parts, weight=weight)
        runs.append({"partition": sorted(sorted(str(n) for n in p) for p in parts), "modularity": q})
    return {
        "seeds": LOUVAIN_SEEDS,
        "bestModularity": max(r["modularity"] for r in runs),
        "runs": runs[:5],
    }


def write(name, description, G, weight):
    doc = {
        "name": name,
        "description": description,
        "generator": f"tests/reference/make_reference.py, networkx {nx.__version__}",
        "weight": weight,
        "params": PARAMS,
        "nodes": list(G.nodes()),
        "edges": [
            [u, v, {k: a[k] for k in sorted(a)}] for u, v, a in G.edges(data=True)
        ],
        "expected": {
            metric: {str(n): float(v) for n, v in values.items()}
            for metric, values in metrics(G, weight).items()
        },
        "louvain": louvain(G, weight),
    }
    path = OUT / f"{name}.json"
    path.write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {path.relative_to(OUT.parent.parent)}: {G.number_of_nodes()} nodes, "
          f"{G.number_of_edges()} edges")


def overlap_graph(members):
    """Cluster overlap graph as klyngekart builds it: edge where two clusters share members."""
    G = nx.Graph()
    names = list(members)
    G.add_nodes_from("c:" + c for c in names)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            shared = len(members[a] & members[b])
            if shared:
                G.add_edge("c:" + a, "c:" + b, shared=shared)
    return G


def bipartite_graph(members, organisations):
    """Organisation-cluster graph: every organisation a node, even one in no cluster."""
    G = nx.Graph()
    G.add_nodes_from("o:" + o for o in organisations)
    G.add_nodes_from("c:" + c for c in members)
    for c, orgs in members.items():
        for o in sorted(orgs):
            G.add_edge("o:" + o, "c:" + c)
    return G


def small_overlap():
    G = nx.Graph()
    G.add_nodes_from(["c:A", "c:B", "c:C", "c:D", "c:E", "c:F", "c:Isolated"])
    for u, v, s in [
        ("c:A", "c:B", 5),
        ("c:A", "c:C", 1),
        ("c:B", "c:C", 2),
        ("c:C", "c:D", 3),
        ("c:D", "c:E", 1),
        ("c:E", "c:F", 4),
        ("c:D", "c:F", 2),
    ]:
        G.add_edge(u, v, shared=s)
    return G


def disconnected_bipartite():
    """Three components of different sizes, a cluster with no members, an organisation in none."""
    members = {
        "K1": {"1", "2", "3", "4", "5", "6"},
        "K2": {"5", "6", "7", "8"},
        "K3": {"8", "9", "10", "11", "12"},
        "K4": {"13", "14", "15"},
        "K5": {"15", "16", "17", "18", "19"},
        "K6": {"20", "21"},
        "Empty": set(),
    }
    organisations = [str(i) for i in range(1, 23)]  # "22" is in no cluster
    return bipartite_graph(members, organisations)


def path():
    return nx.relabel_nodes(nx.path_graph(7), lambda i: f"p{i}")


def star():
    return nx.relabel_nodes(nx.star_graph(9), lambda i: "hub" if i == 0 else f"leaf{i}")


def tiny_components():
    """Edge cases for leaf folding: an isolated edge (both ends of degree 1), an isolated node,
    a triangle with a pendant leaf, and a cherry (two leaves on one node)."""
    G = nx.Graph()
    G.add_node("alone")
    G.add_edges_from([("e1", "e2")])
    G.add_edges_from([("t1", "t2"), ("t2", "t3"), ("t3", "t1"), ("t3", "pendant")])
    G.add_edges_from([("cherry", "l1"), ("cherry", "l2")])
    return G


def twins():
    """Twin folding cases: K(3,4) (each side all twins), a pendant leaf on one node (no longer a
    twin), a two-leaf cherry hanging off another, and two isolated nodes."""
    G = nx.relabel_nodes(nx.complete_bipartite_graph(3, 4), lambda i: f"t{i}")
    G.add_edge("t0", "pendant")
    G.add_edges_from([("t6", "cherry"), ("cherry", "l1"), ("cherry", "l2")])
    G.add_nodes_from(["iso1", "iso2"])
    return G


def random_membership(seed=20230817, n_orgs=200, n_clusters=10):
    """A membership list shaped like the report's: most organisations in one cluster, a few in
    several, clusters of uneven size. Returns (members by cluster, organisation ids)."""
    rng = random.Random(seed)
    clusters = [f"K{i:02d}" for i in range(n_clusters)]
    popularity = [1.0 / (i + 1) ** 0.7 for i in range(n_clusters)]
    members = {c: set() for c in clusters}
    organisations = [f"{i:03d}" for i in range(n_orgs)]
    for o in organisations:
        r = rng.random()
        k = 1 if r < 0.85 else 2 if r < 0.95 else 3 if r < 0.985 else 4
        chosen = set()
        while len(chosen) < k:
            chosen.add(rng.choices(clusters, weights=popularity)[0])
        for c in chosen:
            members[c].add(o)
    return members, organisations


def main():
    write(
        "small-overlap",
        "Weighted cluster overlap graph (weight 'shared') with one isolated cluster.",
        small_overlap(),
        "shared",
    )
    write(
        "disconnected-bipartite",
        "Organisation-cluster graph in three components, plus an empty cluster and an "
        "organisation in no cluster (isolated nodes).",
        disconnected_bipartite(),
        None,
    )
    write("path", "Path on 7 nodes.", path(), None)
    write("star", "Star: one hub, 9 leaves.", star(), None)
    write(
        "tiny-components",
        "Isolated edge, isolated node, triangle with a pendant leaf, cherry: leaf-folding cases.",
        tiny_components(),
        None,
    )
    big, _ = random_membership(seed=7, n_orgs=1500, n_clusters=40)
    write(
        "communities-overlap",
        "Cluster overlap graph (weight 'shared') of a random list of 1500 organisations in 40 "
        "clusters, seed 7: enough structure for Louvain to matter.",
        overlap_graph(big),
        "shared",
    )
    write("twins", "Twins: K(3,4) with a pendant, a cherry and isolated nodes.", twins(), None)
    members, organisations = random_membership()
    write(
        "random-bipartite",
        "Random membership list, seed 20230817: 200 organisations, 10 clusters of uneven size; "
        "organisations in 1-4 clusters.",
        bipartite_graph(members, organisations),
        None,
    )
    write(
        "random-overlap",
        "Cluster overlap graph (weight 'shared') of the random membership list.",
        overlap_graph(members),
        "shared",
    )


if __name__ == "__main__":
    main()
