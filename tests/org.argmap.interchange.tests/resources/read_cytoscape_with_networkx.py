# Reads Cytoscape.js JSON with networkx's cytoscape_graph and prints what it sees, one tab-separated line per
# node (id, kind, text, position x, position y, classes) and per edge (source, target, kind, relation, undercuts).
import json
import sys

import networkx

with open(sys.argv[1], encoding="utf-8") as file:
    document = json.load(file)
graph = networkx.cytoscape_graph(document)
print("graph", graph.is_directed(), graph.graph.get("name"), sep="\t")
positions = {element["data"]["id"]: element for element in document["elements"]["nodes"]}
for node, data in graph.nodes(data=True):
    element = positions[node]
    print("node", node, data.get("kind"), data.get("text"), element["position"]["x"], element["position"]["y"],
          element["classes"], sep="\t")
for source, target, data in graph.edges(data=True):
    print("edge", source, target, data.get("kind"), data.get("relation"), data.get("undercuts"), sep="\t")
