"""Draws Argmap's portable GraphML with tools that know nothing of Argmap: networkx reads the file,
Graphviz lays it out. Usage: python3 docs/draw_with_networkx.py MAP.graphml OUT.png

Only networkx and the `dot` program are needed (no pydot or pygraphviz): the DOT text is written here from
what networkx read, which is the point of the exercise.
"""
import subprocess
import sys
import textwrap

import networkx

NODE_COLOURS = {"claim": "#dcebff", "rebuttal": "#fde2de", "analogy": "#fff2cc"}
EDGE_COLOURS = {"support": "#2e8b57", "attack": "#c0392b", "undercut": "#8e44ad", "analogy": "#b8860b",
                "equivalence": "#555555"}


def quoted(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def main(graphml, png):
    graph = networkx.read_graphml(graphml)
    lines = ["digraph argmap {", "  rankdir=BT; nodesep=0.25; ranksep=0.5;",
             '  node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=10];',
             '  edge [fontname="Helvetica", fontsize=8, arrowsize=0.7];',
             "  labelloc=t; fontname=Helvetica; fontsize=16;",
             "  label=" + quoted(graph.graph.get("title", "") + "  (GraphML read by networkx, drawn by Graphviz)") + ";"]
    for node, data in graph.nodes(data=True):
        label = "\n".join(textwrap.wrap(data.get("label") or data.get("text", node), 22))
        style = '"rounded,filled,dashed"' if data.get("implicit") else '"rounded,filled"'
        shape = "hexagon" if data.get("kind") == "analogy" else "box"
        lines.append(f"  {quoted(node)} [label={quoted(label)}, fillcolor=\"{NODE_COLOURS.get(data.get('kind'), '#eeeeee')}\", "
                     f"style={style}, shape={shape}];")
    for source, target, data in graph.edges(data=True):
        kind = data.get("kind", "support")
        dashed = ", style=dashed" if kind in ("undercut", "analogy", "equivalence") else ""
        lines.append(f"  {quoted(source)} -> {quoted(target)} [color=\"{EDGE_COLOURS.get(kind, '#000000')}\"{dashed}];")
    lines.append("}")
    # unflatten staggers the many premises of a conclusion over several ranks, so the drawing is not a strip.
    staggered = subprocess.run(["unflatten", "-f", "-l", "9", "-c", "9"], input="\n".join(lines), text=True,
                               capture_output=True, check=True).stdout
    subprocess.run(["dot", "-Tpng", "-Gdpi=72", "-o", png], input=staggered, text=True, check=True)
    print(f"{png}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
