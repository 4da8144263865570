package org.goalparse.extract;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.zip.ZipInputStream;
import org.goalparse.GoalParseException;
import org.goalparse.GoalParseException.Status;
import org.goalparse.source.Source;

/**
 * Refuses a ZIP-based document (DOCX, XLSX) that would inflate to far more than any real one: a "zip bomb". The
 * extractor (Tika/POI) inflates such a part whole, in memory (a 512 KB DOCX holding 512 MiB of spaces took a
 * minute and 5 GB of heap), so the entries are inflated here first, counting, and the document is refused as
 * TOO_LARGE once they pass {@code max(32 MiB, 100 x its size)} (at most 1 GiB). A damaged ZIP is left for the
 * extractor to report. Everything that is not a ZIP passes untouched.
 */
final class ArchiveGuard {
    static final long MIN_LIMIT = 32L * 1024 * 1024;
    static final long MAX_LIMIT = 1024L * 1024 * 1024;
    static final int MAX_RATIO = 100;

    private ArchiveGuard() {
    }

    static void check(Source source) throws GoalParseException {
        try (InputStream in = open(source)) {
            if (in == null || !zip(in)) {
                return;
            }
            long size = source.bytes() != null ? source.bytes().length : Files.size(source.path());
            long limit = Math.min(MAX_LIMIT, Math.max(MIN_LIMIT, MAX_RATIO * size));
            long inflated = inflatedSize(in, limit);
            if (inflated > limit) {
                throw new GoalParseException(Status.TOO_LARGE, "the " + size + "-byte archive expands to more than "
                        + limit + " bytes (a zip bomb?); it was not opened");
            }
        } catch (IOException | IllegalArgumentException e) {
            // unreadable or damaged: the parser reports it with its own words
        }
    }

    private static InputStream open(Source source) throws IOException {
        if (source.bytes() != null) {
            return new ByteArrayInputStream(source.bytes());
        }
        if (!Files.isRegularFile(source.path())) {
            return null;
        }
        return new BufferedInputStream(Files.newInputStream(source.path()));
    }

    private static boolean zip(InputStream in) throws IOException {
        in.mark(4);
        byte[] magic = in.readNBytes(4);
        in.reset();
        return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
    }

    /** The inflated size of all entries, or a number past {@code limit} as soon as it is passed. */
    private static long inflatedSize(InputStream in, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(in)) {
            while (zip.getNextEntry() != null) {
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    total += n;
                    if (total > limit) {
                        return total;
                    }
                }
            }
        }
        return total;
    }
}
