# Sourced by ./build and ./argmap: finds a JDK >= 21 (Tycho 5 and the Eclipse 4.3x bundles need it).
# argmap_find_jdk prints its home, or explains on stderr what to install and fails.

ARGMAP_MIN_JAVA=21

# The feature version of the java in $1 (17, 21, 25, ...), or nothing if it does not run. Read from the JDK's
# release file when it has one: starting each candidate JVM cost ./argmap over half a second per launch.
argmap_java_feature_version() {
	if [ -f "$1/release" ]; then
		sed -n 's/^JAVA_VERSION="\(1\.\)\{0,1\}\([0-9][0-9]*\).*/\2/p' "$1/release" | head -n 1
		return
	fi
	"$1/bin/java" -XshowSettings:properties -version 2>&1 |
		sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

argmap_find_jdk() {
	local candidates=() candidate version best="" best_version=0
	# An explicit JAVA_HOME wins whenever it is recent enough.
	if [ -n "${JAVA_HOME:-}" ]; then
		candidates+=("$JAVA_HOME")
	fi
	if command -v javac >/dev/null 2>&1; then
		candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
	fi
	for candidate in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
		[ -d "$candidate" ] && candidates+=("$candidate")
	done
	for candidate in "${candidates[@]}"; do
		[ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
		version=$(argmap_java_feature_version "$candidate")
		[ -n "$version" ] && [ "$version" -ge "$ARGMAP_MIN_JAVA" ] || continue
		if [ -n "${JAVA_HOME:-}" ] && [ "$candidate" = "$JAVA_HOME" ]; then
			echo "$candidate"
			return 0
		fi
		if [ "$version" -gt "$best_version" ]; then
			best=$candidate
			best_version=$version
		fi
	done
	if [ -n "$best" ]; then
		echo "$best"
		return 0
	fi
	cat >&2 <<MESSAGE
argmap: no JDK $ARGMAP_MIN_JAVA or newer found (looked at JAVA_HOME, javac on the PATH and /usr/lib/jvm).
Install one, for example 'apt-get install openjdk-21-jdk' (Debian 13, Ubuntu 24.04) or Temurin 21+,
then run again, or point JAVA_HOME at it.
MESSAGE
	return 1
}
