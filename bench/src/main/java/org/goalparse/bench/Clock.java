package org.goalparse.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/** CPU clocks: this thread's, and the whole process's (every thread, GC and JIT included). */
final class Clock {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private Clock() {
    }

    static long threadCpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    static long processCpu() {
        return OS.getProcessCpuTime();
    }
}
