package org.goalparse.extract;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.goalparse.GoalParseException;
import org.goalparse.GoalParseException.Status;
import org.goalparse.source.Source;

/**
 * Refuses a ZIP-based document (DOCX, XLSX) that would inflate to far more than any real one: a "zip bomb". The
 * extractor (Tika/POI) inflates such a part whole, in memory (a 512 KB DOCX holding 512 MiB of spaces took a
 * minute and 5 GB of heap), so the entries are inflated here first, counting, and the document is refused as
 * TOO_LARGE once they pass {@code max(32 MiB, 100 x its size)} (at most 1 GiB). A damaged ZIP is left for the
 * extractor to report. Everything that is not a ZIP passes untouched.
 * <p>Every entry is read, whatever its compression (deflate, deflate64, bzip2, ...: commons-compress, as POI), from
 * the central directory; an entry that cannot be read (an unknown method, damaged data) is skipped and the next one
 * read, since the extractor cannot inflate it either. {@code java.util.zip} stopped at the first bzip2 entry and let
 * the entries after it through unread. Without a central directory (a file cut short) the local entries are read
 * in order instead, as far as they go.
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
            long inflated = inflatedSize(source, limit);
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
    private static long inflatedSize(Source source, long limit) throws IOException {
        ZipFile zip;
        try {
            zip = source.bytes() != null
                    ? ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(source.bytes())).get()
                    : ZipFile.builder().setPath(source.path()).get();
        } catch (IOException e) {
            try (InputStream in = open(source)) {
                return streamedSize(in, limit);
            }
        }
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (zip) {
            for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntries())) {
                if (!zip.canReadEntryData(entry)) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    total = count(in, buffer, total, limit);
                } catch (IOException | RuntimeException e) {
                    // damaged data: the extractor cannot inflate this entry either; the next one is read
                }
                if (total > limit) {
                    return total;
                }
            }
        }
        return total;
    }

    /** The local entries in file order, up to the first that cannot be read (what they inflated to so far). */
    private static long streamedSize(InputStream in, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(in, "UTF-8", true, true)) {
            for (ZipArchiveEntry e = zip.getNextEntry(); e != null && total <= limit; e = zip.getNextEntry()) {
                if (zip.canReadEntryData(e)) {
                    for (int n = zip.read(buffer); n > 0 && total <= limit; n = zip.read(buffer)) {
                        total += n;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // cut short or damaged here: what came before still counts
        }
        return total;
    }

    private static long count(InputStream in, byte[] buffer, long total, long limit) throws IOException {
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            total += n;
            if (total > limit) {
                return total;
            }
        }
        return total;
    }
}
