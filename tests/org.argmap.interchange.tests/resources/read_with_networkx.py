# Reads a GraphML file with networkx and prints what a user of networkx would see, as JSON.
import json
import sys

import networkx

graph = networkx.read_graphml(sys.argv[1])
edges = list(graph.edges(data=True))
print(json.dumps({
    "nodes": graph.number_of_nodes(),
    "edges": graph.number_of_edges(),
    "title": graph.graph.get("title"),
    "node_kinds": sorted({data.get("kind") for _, data in graph.nodes(data=True)}),
    "edge_kinds": sorted({data.get("kind") for _, _, data in edges}),
    "undercuts": sorted(data["undercuts"] for _, _, data in edges if "undercuts" in data),
    "texts": sorted(data.get("text") for _, data in graph.nodes(data=True)),
    "grounded": {node: data.get("grounded") for node, data in sorted(graph.nodes(data=True))},
    "anchor_starts": sorted(data["anchor1.start"] for _, data in graph.nodes(data=True) if "anchor1.start" in data),
}))
