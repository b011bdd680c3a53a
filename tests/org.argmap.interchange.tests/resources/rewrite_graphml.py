# Reads a GraphML file with igraph or networkx and saves it again as that tool saves GraphML, as a user
# who opens an Argmap export, works on it and saves it would: rewrite_graphml.py TOOL IN OUT
import sys

tool, source, target = sys.argv[1:4]
if tool == "igraph":
    import igraph
    igraph.Graph.Read_GraphML(source).write_graphml(target)
elif tool == "networkx":
    import networkx
    networkx.write_graphml(networkx.read_graphml(source), target)
else:
    sys.exit("unknown tool " + tool)
