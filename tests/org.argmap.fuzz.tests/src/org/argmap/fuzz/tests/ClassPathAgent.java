package org.argmap.fuzz.tests;

import java.lang.instrument.Instrumentation;

/**
 * Does nothing: it only exists so that the test JVM can start with {@code -javaagent:class-path-agent.jar}, whose
 * manifest puts Jazzer on the application class path, where Jazzer expects to be (see this bundle's pom.xml).
 */
public final class ClassPathAgent {

	private ClassPathAgent() {
	}

	public static void premain(String arguments, Instrumentation instrumentation) {
		// Jazzer installs its own agent when the fuzz test starts.
	}
}
