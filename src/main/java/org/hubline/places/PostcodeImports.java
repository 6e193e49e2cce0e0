package org.hubline.places;

import static org.hubline.shared.persistence.SqlTime.utc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.hubline.audit.AuditTrail;
import org.hubline.shared.security.CurrentUser;
import org.hubline.shared.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Admins import the postcode directory from ONS files (ONSPD, NSPL) or a simple
 * {@code postcode,ward_code} file. An import runs in the background with its progress visible
 * (on every node: it is written to the database with each batch);
 * the directory in force is replaced only when the new one is complete, so a failed or refused
 * import changes nothing. Bad rows are reported by line number and the good ones imported.
 */
@Service
public class PostcodeImports {

    static final String AUDIT_ACTION = "POSTCODES_IMPORTED";
    private static final Logger log = LoggerFactory.getLogger(PostcodeImports.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate tx;
    private final PlacesStore places;
    private final PostcodeSettings settings;
    private final TaskExecutor executor;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Map<Long, PostcodeImporter.Progress> running = new ConcurrentHashMap<>();

    PostcodeImports(JdbcClient jdbc, JdbcTemplate jdbcTemplate, PlatformTransactionManager transactions,
            PlacesStore places, PostcodeSettings settings,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor, AuditTrail audit,
            CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.tx = new TransactionTemplate(transactions);
        this.places = places;
        this.settings = settings;
        this.executor = executor;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Starts importing the file in the background (the file is deleted afterwards); returns the import's id. */
    @PreAuthorize(Roles.IS_ADMIN)
    public long start(Path file, String sourceName) {
        Begun begun = begin(sourceName);
        executor.execute(() -> run(begun.id(), file, sourceName, begun.actor(), begun.progress()));
        return begun.id();
    }

    /** Imports the file now and returns how it went (the file is deleted afterwards). */
    @PreAuthorize(Roles.IS_ADMIN)
    public PostcodeImportStatus importNow(Path file, String sourceName) {
        Begun begun = begin(sourceName);
        run(begun.id(), file, sourceName, begun.actor(), begun.progress());
        return load(begun.id()).orElseThrow();
    }

    @PreAuthorize(Roles.IS_ADMIN)
    public Optional<PostcodeImportStatus> status(long id) {
        return load(id);
    }

    /** The latest imports, newest first. */
    @PreAuthorize(Roles.IS_ADMIN)
    public List<PostcodeImportStatus> history() {
        return jdbc.sql("SELECT id FROM postcode_directory ORDER BY id DESC LIMIT 20").query(Long.class).list()
                .stream().map(this::load).flatMap(Optional::stream).toList();
    }

    /** The directory in force, if any. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public Optional<PostcodeImportStatus> active() {
        return jdbc.sql("SELECT MAX(id) FROM postcode_directory WHERE status = 'ACTIVE'").query(Long.class)
                .optional().flatMap(this::load);
    }

    private record Begun(long id, String actor, PostcodeImporter.Progress progress) {
    }

    /** Records a new (running) directory for the signed-in admin and starts watching its progress. */
    private Begun begin(String sourceName) {
        String actor = currentUser.actorName();
        long id = createDirectory(sourceName, actor);
        PostcodeImporter.Progress progress = new PostcodeImporter.Progress();
        running.put(id, progress);
        return new Begun(id, actor, progress);
    }

    private long createDirectory(String sourceName, String actor) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO postcode_directory (source_name, source_format, status, started_by, started_at) "
                + "VALUES (:name, 'UNKNOWN', 'RUNNING', :by, :at)")
                .param("name", truncate(sourceName, 255)).param("by", actor)
                .param("at", utc(clock.instant())).update(keys, "id");
        return keys.getKey().longValue();
    }

    private void run(long id, Path file, String sourceName, String actor, PostcodeImporter.Progress progress) {
        Set<String> wards = places.wards().stream().map(Ward::code).collect(Collectors.toSet());
        PostcodeImporter importer = new PostcodeImporter(jdbcTemplate, tx, Set.copyOf(settings.localAuthorities()),
                wards);
        try {
            PostcodeFile.Format format = importer.run(file, id, progress);
            tx.executeWithoutResult(s -> {
                jdbc.sql("UPDATE postcode_directory SET status = 'SUPERSEDED' WHERE status = 'ACTIVE'").update();
                jdbc.sql("DELETE FROM postcode WHERE directory_id IN "
                        + "(SELECT id FROM postcode_directory WHERE status = 'SUPERSEDED')").update();
                finish(id, "ACTIVE", format.name(), progress, null);
            });
            audit.recordAs(actor, AUDIT_ACTION, "POSTCODE_DIRECTORY", id, sourceName + ": "
                    + progress.rowsImported.get() + " postcodes imported, " + progress.rowsRejected.get() + " rejected");
        } catch (PostcodeImporter.RefusedFile e) {
            abandon(id, "REFUSED", progress, e.getMessage());
            audit.recordAs(actor, "POSTCODES_REFUSED", "POSTCODE_DIRECTORY", id, sourceName + ": " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            log.warn("Postcode import {} failed", id, e);
            abandon(id, "FAILED", progress, "The import stopped: " + e.getMessage()
                    + ". The postcode directory in force is unchanged.");
            audit.recordAs(actor, "POSTCODES_FAILED", "POSTCODE_DIRECTORY", id, sourceName + ": " + e.getMessage());
        } finally {
            running.remove(id);
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary upload; the OS cleans it up
            }
        }
    }

    private void abandon(long id, String state, PostcodeImporter.Progress progress, String message) {
        tx.executeWithoutResult(s -> {
            jdbc.sql("DELETE FROM postcode WHERE directory_id = :id").param("id", id).update();
            progress.rowsImported.set(0);
            finish(id, state, null, progress, message);
        });
    }

    private void finish(long id, String state, String format, PostcodeImporter.Progress progress, String message) {
        jdbc.sql("UPDATE postcode_directory SET status = :state, source_format = COALESCE(:format, source_format), "
                + "rows_read = :read, rows_imported = :imported, rows_rejected = :rejected, finished_at = :at, "
                + "message = :message WHERE id = :id")
                .param("state", state).param("format", format).param("read", progress.rowsRead.get())
                .param("imported", progress.rowsImported.get()).param("rejected", progress.rowsRejected.get())
                .param("at", utc(clock.instant())).param("message", truncate(message, 1000)).param("id", id).update();
        List<Object[]> rejections;
        synchronized (progress.rejections) {
            rejections = progress.rejections.stream()
                    .map(r -> new Object[] {id, r.line(), truncate(r.reason(), 500)}).toList();
        }
        if (!rejections.isEmpty()) {
            jdbcTemplate.batchUpdate("INSERT INTO postcode_rejection (directory_id, line, reason) VALUES (?, ?, ?)",
                    rejections);
        }
    }

    private Optional<PostcodeImportStatus> load(long id) {
        PostcodeImporter.Progress live = running.get(id);
        return jdbc.sql("""
                SELECT id, source_name, source_format, status, rows_read, rows_imported, rows_rejected, message,
                       started_at, finished_at, progress_per_mille FROM postcode_directory WHERE id = :id""")
                .param("id", id)
                .query((rs, n) -> {
                    PostcodeImportStatus.State state = PostcodeImportStatus.State.valueOf(rs.getString("status"));
                    Instant finished = rs.getObject("finished_at", OffsetDateTime.class) == null ? null
                            : rs.getObject("finished_at", OffsetDateTime.class).toInstant();
                    Instant started = rs.getObject("started_at", OffsetDateTime.class).toInstant();
                    if (live != null && state == PostcodeImportStatus.State.RUNNING) {
                        return new PostcodeImportStatus(id, rs.getString("source_name"), rs.getString("source_format"),
                                state, live.rowsRead.get(), live.rowsImported.get(), live.rowsRejected.get(),
                                live.fraction(), null, started, null, List.copyOf(live.rejections));
                    }
                    return new PostcodeImportStatus(id, rs.getString("source_name"), rs.getString("source_format"),
                            state, rs.getLong("rows_read"), rs.getLong("rows_imported"), rs.getLong("rows_rejected"),
                            state == PostcodeImportStatus.State.RUNNING ? rs.getInt("progress_per_mille") / 1000.0 : 1,
                            rs.getString("message"), started,
                            finished, rejections(id));
                })
                .optional();
    }

    private List<PostcodeImportStatus.RejectedRow> rejections(long id) {
        return jdbc.sql("SELECT line, reason FROM postcode_rejection WHERE directory_id = :id ORDER BY line")
                .param("id", id).query(PostcodeImportStatus.RejectedRow.class).list();
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
