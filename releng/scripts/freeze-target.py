#!/usr/bin/env python3
"""Writes the frozen target platform releng/org.argmap.target/argmap.target from argmap.roots.target.

argmap.roots.target names the artifacts Argmap wants and lets Maven pull the rest through the poms
(includeDependencyDepth="infinite"); Eclipse's poms use version ranges, so what it resolves moves whenever a
newer artifact reaches the local repository. This script reads what a build with the roots target actually
resolved, and writes every one of those artifacts at its exact version into argmap.target with
includeDependencyDepth="none":

  * the bundles of each test runtime (tests/*/target/work/configuration/config.ini), and
  * the bundles of the product (releng/org.argmap.product/target/targetPlatformRepository/content.xml).

Run it through releng/scripts/freeze-target.sh, which first builds with the roots target. Only the first
location of the roots target (the one with includeDependencyDepth="infinite") is rewritten; the other
locations already list exact versions and are copied as they are. Artifacts those other locations list are
left out of the first one. Comments in front of a root dependency stay in front of it.
"""
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ROOTS = os.path.join(ROOT, "releng/org.argmap.target/argmap.roots.target")
FROZEN = os.path.join(ROOT, "releng/org.argmap.target/argmap.target")
M2 = os.path.realpath(os.path.expanduser(os.environ.get("ARGMAP_M2_REPOSITORY", "~/.m2/repository")))
# Bundles that come from Tycho itself or from the reactor, not from the target.
NOT_FROM_TARGET = ("org.eclipse.tycho", "org.argmap")


def gav_of_path(path):
    """(group, artifact, version, classifier) of a jar in the local Maven repository, else None."""
    path = os.path.realpath(path)
    if not path.startswith(M2 + os.sep) or not path.endswith(".jar"):
        return None
    parts = path[len(M2) + 1:].split(os.sep)
    if parts[-2].startswith("bnd-"):  # a jar Tycho wrapped as a bundle, kept next to the original
        del parts[-2]
    if len(parts) < 4:
        return None
    file, version, artifact = parts[-1], parts[-2], parts[-3]
    stem = artifact + "-" + version
    if not file.startswith(stem):
        raise SystemExit(f"freeze-target: cannot read {path} as group/artifact/version/artifact-version.jar")
    classifier = file[len(stem):-len(".jar")].lstrip("-")
    return (".".join(parts[:-3]), artifact, version, classifier)


def from_config_ini(path):
    text = open(path, encoding="utf-8").read().replace("\\\n", "")
    bundles = re.search(r"^osgi\.bundles=(.*)$", text, re.M)
    if not bundles:
        raise SystemExit(f"freeze-target: no osgi.bundles in {path}")
    found = set()
    for entry in bundles.group(1).split(","):
        entry = entry.replace("\\:", ":").replace("\\\\", "\\")
        entry = re.sub(r"@[^/]*$", "", entry)  # start level, start flag
        entry = re.sub(r"^reference:", "", entry)
        entry = re.sub(r"^file:", "", entry)
        gav = gav_of_path(entry)
        if gav:
            found.add(gav)
    return found


def from_content_xml(path):
    found = set()
    for unit in ET.parse(path).getroot().iter("unit"):
        props = {p.get("name"): p.get("value") for p in unit.iter("property")}
        if "maven-groupId" in props:
            found.add((props["maven-groupId"], props["maven-artifactId"], props["maven-version"],
                       props.get("maven-classifier") or ""))
    return found


def dependency_line(indent, g, a, v, c):
    classifier = f"<classifier>{c}</classifier>" if c else ""
    return (f"{indent}<dependency><groupId>{g}</groupId><artifactId>{a}</artifactId><version>{v}</version>"
            f"{classifier}<type>jar</type></dependency>")


def main():
    configs = sorted(glob.glob(os.path.join(ROOT, "tests/*/target/work/configuration/config.ini")))
    content = os.path.join(ROOT, "releng/org.argmap.product/target/targetPlatformRepository/content.xml")
    if not configs or not os.path.exists(content):
        raise SystemExit("freeze-target: build with the roots target first (releng/scripts/freeze-target.sh)")
    resolved = from_content_xml(content)
    for config in configs:
        resolved |= from_config_ini(config)
    resolved = {gav for gav in resolved if not gav[0].startswith(NOT_FROM_TARGET)}

    roots = open(ROOTS, encoding="utf-8").read()
    location = re.search(r'(?s)(<location includeDependencyDepth=")infinite(".*?<dependencies>\n)(.*?)(\n(\s*)</dependencies>)',
                         roots)
    if not location:
        raise SystemExit(f"freeze-target: no location with includeDependencyDepth=\"infinite\" in {ROOTS}")
    # artifacts that the other locations pin already
    pinned_elsewhere = {(m.group(1), m.group(2)) for m in re.finditer(
        r"<groupId>([^<]+)</groupId><artifactId>([^<]+)</artifactId>", roots[location.end():])}
    resolved = {gav for gav in resolved if gav[:2] not in pinned_elsewhere}
    by_ga = {}
    for g, a, v, c in resolved:
        by_ga.setdefault((g, a), []).append((v, c))

    lines, out, written = location.group(3).split("\n"), [], set()
    indent = "        "
    for line in lines:
        m = re.match(r"(\s*)<dependency><groupId>([^<]+)</groupId><artifactId>([^<]+)</artifactId>"
                     r"<version>([^<]+)</version>", line)
        if not m:
            out.append(line)  # comments
            continue
        indent, g, a, wanted = m.groups()
        versions = sorted(by_ga.get((g, a), []))
        if not versions:
            print(f"freeze-target: warning: no build resolved the root {g}:{a}:{wanted}; kept as it is",
                  file=sys.stderr)
            out.append(dependency_line(indent, g, a, wanted, ""))
            continue
        if [v for v, _ in versions] != [wanted]:
            out.append(f"{indent}<!-- argmap.roots.target asks for {wanted}; the poms' version ranges resolve "
                       f"{', '.join(v for v, _ in versions)} -->")
        for v, c in versions:
            out.append(dependency_line(indent, g, a, v, c))
        written.add((g, a))
    rest = sorted((g, a, v, c) for (g, a), vs in by_ga.items() if (g, a) not in written for v, c in vs)
    out.append(f"{indent}<!-- pulled in through the poms of the artifacts above -->")
    out += [dependency_line(indent, *gav) for gav in rest]

    frozen = (roots[:location.start()] + location.group(1) + "none" + location.group(2) + "\n".join(out)
              + location.group(4) + roots[location.end():])
    frozen = frozen.replace("<target ", "<!-- GENERATED by releng/scripts/freeze-target.sh from argmap.roots.target: "
                            "do not edit; see README \"Target platform\". -->\n<target ", 1)
    with open(FROZEN, "w", encoding="utf-8") as f:
        f.write(frozen)
    print(f"freeze-target: {len(resolved)} artifacts frozen in the first location of {os.path.relpath(FROZEN, ROOT)} "
          f"({len(written)} roots, {len(rest)} pulled through the poms)")


if __name__ == "__main__":
    main()
