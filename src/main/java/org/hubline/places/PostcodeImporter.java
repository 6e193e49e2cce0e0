package org.hubline.places;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.hubline.shared.Postcode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Streams one postcode file into a new (not yet active) directory. ONS files are read twice:
 * first to learn the postcode districts the borough's postcodes are in, then to keep the
 * borough's postcodes and, marked out of area, other postcodes in those districts. Memory stays
 * flat whatever the file's size; rows are written in batches.
 */
final class PostcodeImporter {

    static final int BATCH = 5_000;
    static final int REJECTIONS_KEPT = 1_000;
    /** ONSPD's and NSPL's lines are a few hundred characters; a longer line is not a postcode file's. */
    static final int MAX_LINE_CHARS = 10_000;
    /** More than any postcode file unpacks to (ONSPD is about 1.5 GB); beyond it the file is refused. */
    static final long MAX_FILE_BYTES = 4L * 1024 * 1024 * 1024;

    /** Counters a running import shares with whoever is watching it. */
    static final class Progress {
        final AtomicLong rowsRead = new AtomicLong();
        final AtomicLong rowsImported = new AtomicLong();
        final AtomicLong rowsRejected = new AtomicLong();
        final AtomicLong bytesRead = new AtomicLong();
        volatile long bytesTotal = 1;
        volatile int passes = 1;
        volatile int pass = 1;
        final List<PostcodeImportStatus.RejectedRow> rejections = Collections.synchronizedList(
                new ArrayList<>());

        double fraction() {
            double within = Math.min(1.0, (double) bytesRead.get() / Math.max(1, bytesTotal));
            return ((pass - 1) + within) / passes;
        }

        void reject(long line, String reason) {
            rowsRejected.incrementAndGet();
            if (rejections.size() < REJECTIONS_KEPT) {
                rejections.add(new PostcodeImportStatus.RejectedRow(line, reason));
            }
        }
    }

    /** Thrown when the file as a whole cannot be used. */
    static final class RefusedFile extends RuntimeException {
        RefusedFile(String message) {
            super(message);
        }
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Set<String> localAuthorities;
    private final Set<String> knownWards;

    PostcodeImporter(JdbcTemplate jdbc, TransactionTemplate tx, Set<String> localAuthorities, Set<String> knownWards) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.localAuthorities = localAuthorities;
        this.knownWards = knownWards;
    }

    /** Imports the file into the directory; returns the format read. */
    PostcodeFile.Format run(Path file, long directoryId, Progress progress) throws IOException {
        PostcodeFile.Columns columns = recognise(file);
        if (columns.format() == PostcodeFile.Format.SIMPLE) {
            progress.passes = 1;
            progress.pass = 1;
            importRows(file, columns, directoryId, null, progress);
        } else {
            progress.passes = 2;
            progress.pass = 1;
            Set<String> districts = boroughDistricts(file, columns, progress);
            if (districts.isEmpty()) {
                throw new RefusedFile("The file has no postcodes in the borough's local authorities "
                        + localAuthorities + ". Check the file, or the setting hubline.places.local-authorities.");
            }
            progress.pass = 2;
            progress.bytesRead.set(0);
            importRows(file, columns, directoryId, districts, progress);
        }
        return columns.format();
    }

    private PostcodeFile.Columns recognise(Path file) throws IOException {
        try (BufferedReader reader = open(file, new Progress())) {
            String header = reader.readLine();
            if (header == null) {
                throw new RefusedFile("The file is empty. " + PostcodeFile.EXPECTED);
            }
            return PostcodeFile.recognise(header).orElseThrow(() -> new RefusedFile(
                    "The file's columns are not ones Hubline can read. " + PostcodeFile.EXPECTED));
        }
    }

    private Set<String> boroughDistricts(Path file, PostcodeFile.Columns c, Progress progress) throws IOException {
        Set<String> districts = new HashSet<>();
        try (BufferedReader reader = open(file, progress)) {
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                List<String> f = PostcodeFile.split(line);
                if (f.size() > c.localAuthority() && localAuthorities.contains(f.get(c.localAuthority()).trim())) {
                    Postcode.parse(f.get(c.postcode())).ifPresent(p -> districts.add(p.outward()));
                }
            }
        }
        return districts;
    }

    private void importRows(Path file, PostcodeFile.Columns c, long directoryId, Set<String> districts,
            Progress progress) throws IOException {
        List<Object[]> batch = new ArrayList<>(BATCH);
        Set<String> seen = new HashSet<>();
        try (BufferedReader reader = open(file, progress)) {
            reader.readLine();
            String line;
            long lineNumber = 1;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                progress.rowsRead.incrementAndGet();
                Object[] row = row(PostcodeFile.split(line), c, districts, lineNumber, progress, seen);
                if (row != null) {
                    batch.add(row);
                    if (batch.size() == BATCH) {
                        flush(directoryId, batch, progress);
                    }
                }
            }
        }
        flush(directoryId, batch, progress);
    }

    /** The row to insert, or null if it is skipped (another area) or rejected (recorded). */
    private Object[] row(List<String> f, PostcodeFile.Columns c, Set<String> districts, long line, Progress progress,
            Set<String> seen) {
        int needed = Math.max(c.postcode(), Math.max(c.ward(), c.localAuthority()));
        if (f.size() <= needed) {
            progress.reject(line, "Too few columns");
            return null;
        }
        var parsed = Postcode.parse(f.get(c.postcode()));
        String ward = f.get(c.ward()).trim();
        String la = c.localAuthority() < 0 ? null : f.get(c.localAuthority()).trim();
        boolean inArea = la == null || localAuthorities.contains(la);
        if (!inArea && (parsed.isEmpty() || !districts.contains(parsed.get().outward()))) {
            return null;
        }
        if (parsed.isEmpty()) {
            progress.reject(line, "'" + f.get(c.postcode()) + "' is not a UK postcode");
            return null;
        }
        if (inArea && ward.isEmpty()) {
            progress.reject(line, parsed.get() + " has no ward code");
            return null;
        }
        if (inArea && !knownWards.contains(ward)) {
            progress.reject(line, parsed.get() + " is in ward " + ward + ", which is not one of the borough's wards");
            return null;
        }
        if (!seen.add(parsed.get().value())) {
            progress.reject(line, parsed.get() + " appears more than once");
            return null;
        }
        boolean terminated = c.terminated() >= 0 && c.terminated() < f.size() && !f.get(c.terminated()).isBlank();
        return new Object[] {parsed.get().value(), ward.isEmpty() ? null : ward, la, inArea, terminated,
                coordinate(f, c.lat(), 90), coordinate(f, c.lon(), 180)};
    }

    /** ONS marks a missing coordinate with 99.999999; such values are stored as unknown. */
    private static Double coordinate(List<String> f, int index, double limit) {
        if (index < 0 || index >= f.size() || f.get(index).isBlank()) {
            return null;
        }
        try {
            double value = Double.parseDouble(f.get(index).trim());
            return Math.abs(value) > limit || value == 99.999999 ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void flush(long directoryId, List<Object[]> batch, Progress progress) {
        if (batch.isEmpty()) {
            return;
        }
        List<Object[]> args = new ArrayList<>(batch.size());
        for (Object[] r : batch) {
            args.add(new Object[] {directoryId, r[0], r[1], r[2], r[3], r[4], r[5], r[6]});
        }
        progress.rowsImported.addAndGet(batch.size());
        tx.executeWithoutResult(s -> {
            jdbc.batchUpdate("INSERT INTO postcode (directory_id, postcode, ward_code, local_authority_code, in_area, "
                    + "terminated, latitude, longitude) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", args);
            // every node shows the same progress: it is read from here where the import is not running
            jdbc.update("UPDATE postcode_directory SET rows_read = ?, rows_imported = ?, rows_rejected = ?, "
                    + "progress_per_mille = ? WHERE id = ?", progress.rowsRead.get(), progress.rowsImported.get(),
                    progress.rowsRejected.get(), (int) Math.round(progress.fraction() * 1000), directoryId);
        });
        batch.clear();
    }

    /** Opens the file (or the largest CSV inside a zip, as ONS ships them), counting bytes read. */
    private static BufferedReader open(Path file, Progress progress) throws IOException {
        InputStream raw;
        long size;
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            ZipFile zip = new ZipFile(file.toFile());
            ZipEntry entry = zip.stream().filter(e -> !e.isDirectory() && e.getName().toLowerCase().endsWith(".csv"))
                    .max(Comparator.comparingLong(ZipEntry::getSize))
                    .orElseThrow(() -> new RefusedFile("The zip file holds no CSV file."));
            size = entry.getSize();
            InputStream in = zip.getInputStream(entry);
            raw = new FilterInputStream(in) {
                @Override
                public void close() throws IOException {
                    super.close();
                    zip.close();
                }
            };
        } else {
            size = Files.size(file);
            raw = Files.newInputStream(file);
        }
        progress.bytesTotal = Math.max(1, size);
        return new BoundedLineReader(new InputStreamReader(new CountingStream(raw, progress.bytesRead::addAndGet),
                StandardCharsets.UTF_8), MAX_LINE_CHARS);
    }

    private static final class CountingStream extends FilterInputStream {
        private final Consumer<Long> counter;

        private long total;

        CountingStream(InputStream in, LongConsumer counter) {
            super(in);
            this.counter = n -> {
                total += n;
                if (total > MAX_FILE_BYTES) {
                    throw new RefusedFile("The file unpacks to more than " + MAX_FILE_BYTES / (1024 * 1024 * 1024)
                            + " GB, more than any postcode file. " + PostcodeFile.EXPECTED);
                }
                counter.accept(n);
            };
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counter.accept(1L);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counter.accept((long) n);
            }
            return n;
        }
    }
}
