"""Reads klyngekart's graph exports with NetworkX (an independent reader) and prints a summary
as JSON: per file, node and edge counts, node attribute names, and the attributes of the nodes
whose ids are given. Used by tests/unit/export/graph-formats.test.ts.

usage: python3 read_graph_files.py FILE... [--nodes id1,id2]
"""
import json
import sys

import networkx as nx


def read(path):
    if path.endswith(".gexf"):
        return nx.read_gexf(path)
    if path.endswith(".graphml"):
        return nx.read_graphml(path)
    if path.endswith(".cyjs") or path.endswith(".json"):
        with open(path, encoding="utf-8") as f:
            return nx.cytoscape_graph(json.load(f))
    raise SystemExit(f"unknown kind of file: {path}")


def main(argv):
    wanted = []
    if "--nodes" in argv:
        i = argv.index("--nodes")
        wanted = argv[i + 1].split(",")
        argv = argv[:i] + argv[i + 2 :]
    out = {}
    for path in argv:
        g = read(path)
        attrs = sorted({k for _, d in g.nodes(data=True) for k in d})
        edge_attrs = sorted({k for _, _, d in g.edges(data=True) for k in d})
        out[path] = {
            "nodes": g.number_of_nodes(),
            "edges": g.number_of_edges(),
            "nodeAttrs": attrs,
            "edgeAttrs": edge_attrs,
            "sample": {n: g.nodes[n] for n in wanted if n in g},
        }
    print(json.dumps(out, default=str))


if __name__ == "__main__":
    main(sys.argv[1:])
