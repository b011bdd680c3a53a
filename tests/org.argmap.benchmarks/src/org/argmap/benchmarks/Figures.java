package org.argmap.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

/** Measuring and printing: timings as the median of several runs, heap as the peak of the heap pools. */
final class Figures {

	private Figures() {
	}

	interface Run {
		void run() throws Exception;
	}

	/** Runs {@code run} once to warm up, then {@code times} times; answers the sorted durations in ms. */
	static double[] time(int times, Run run) throws Exception {
		run.run();
		double[] millis = new double[times];
		for (int i = 0; i < times; i++) {
			long start = System.nanoTime();
			run.run();
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		return millis;
	}

	/** The sorted processor times, in ms, of this thread running {@code run} {@code times} times. */
	static double[] processorTime(int times, Run run) throws Exception {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		double[] millis = new double[times];
		for (int i = 0; i < times; i++) {
			long start = threads.getCurrentThreadCpuTime();
			run.run();
			millis[i] = (threads.getCurrentThreadCpuTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		return millis;
	}

	/** One timed run, no warm-up, in ms: for runs too slow to repeat. */
	static double once(Run run) throws Exception {
		long start = System.nanoTime();
		run.run();
		return (System.nanoTime() - start) / 1e6;
	}

	/** The time the garbage collectors have spent since the JVM started, in ms, pauses and concurrent work. */
	static long garbageCollectionMillis() {
		return ManagementFactory.getGarbageCollectorMXBeans().stream()
				.mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
	}

	static double median(double[] sorted) {
		return sorted[sorted.length / 2];
	}

	/** Collects garbage and resets the peak counters of every heap pool. */
	static void resetPeakHeap() {
		System.gc();
		heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	/** Sum of the heap pools' peak usage since the last reset, in MiB (an upper bound of the true peak). */
	static double peakHeapMiB() {
		return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024.0 * 1024.0);
	}

	static double usedHeapMiB() {
		System.gc();
		Runtime runtime = Runtime.getRuntime();
		return (runtime.totalMemory() - runtime.freeMemory()) / (1024.0 * 1024.0);
	}

	private static List<MemoryPoolMXBean> heapPools() {
		return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
				.toList();
	}

	static void print(String benchmark, String figure, String value) {
		System.out.printf("BENCHMARK %-18s %-38s %s%n", benchmark, figure, value);
	}

	static String ms(double[] sorted) {
		return String.format("%.0f ms (median of %d; best %.0f, worst %.0f)", median(sorted), sorted.length, sorted[0],
				sorted[sorted.length - 1]);
	}
}
