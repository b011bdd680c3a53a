# Reads a GraphML file with networkx and prints what a drawing tool takes from it, one tab-separated line per
# node (id, x, y, size, r, g, b, label) and per edge (source, target, label, interaction, r, g, b).
# Numbers are printed as Python reads them, so a number that arrived as text shows in quotes; line breaks in
# texts as \n.
import sys

import networkx

graph = networkx.read_graphml(sys.argv[1])
for node, data in graph.nodes(data=True):
    print("\t".join(["node", node] + [repr(data.get(key)) for key in ("x", "y", "size", "r", "g", "b")]
                    + [str(data.get("label")).replace("\n", "\\n")]))
for source, target, data in graph.edges(data=True):
    print("\t".join(["edge", source, target, str(data.get("label")), str(data.get("interaction"))]
                    + [repr(data.get(key)) for key in ("r", "g", "b")]))
