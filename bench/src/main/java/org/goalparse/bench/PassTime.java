package org.goalparse.bench;

/**
 * One pass over a corpus: wall time and the process's CPU time for the whole pass, and the summed
 * per-document wall and thread-CPU time of the PDFs and of the texts (sequential passes only). CPU time
 * is what the shared machine's neighbours disturb least.
 */
public record PassTime(long wallNanos, long cpuNanos, long pdfNanos, long pdfCpuNanos, long textNanos,
        long textCpuNanos, int failures, long checksum) {
    public PassTime {
        if (wallNanos < 0 || cpuNanos < 0 || pdfNanos < 0 || textNanos < 0 || pdfCpuNanos < 0 || textCpuNanos < 0
                || failures < 0) {
            throw new IllegalArgumentException("negative time or count");
        }
    }
}
