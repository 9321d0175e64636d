package org.steward.platform.batch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Holds of output folders, kept in the job repository database so that every process using it (on any
 * machine, with PostgreSQL) sees them. A run holds its output folder from its first job to its last: a
 * second run into the same folder is refused before it stages anything, so it can never replace what the
 * first run's later jobs read. Holds are reentrant within one process.
 *
 * <p>A hold is a row the holder renews every few seconds. It is cleared when its holder is gone: at once
 * when the holder ran on this machine and its process has ended, otherwise when the row has not been
 * renewed for the expiry (a killed process, a lost machine). Because a hold can only be taken when no live
 * process has it, holding a folder also proves that an execution left STARTED there was abandoned.
 */
public final class OutputHolds implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OutputHolds.class);
    private static final String TABLE = "steward_output_hold";

    private final JdbcTemplate jdbc;
    private final Duration expiry;
    private final String holder = UUID.randomUUID().toString();
    private final String host = hostName();
    private final long pid = ProcessHandle.current().pid();
    private final Map<String, Integer> held = new HashMap<>();
    private final ScheduledExecutorService renewal;

    public OutputHolds(DataSource dataSource, Duration expiry) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.expiry = expiry;
        jdbc.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (output_folder VARCHAR(2000) NOT NULL PRIMARY KEY, "
                + "holder VARCHAR(64) NOT NULL, host VARCHAR(255) NOT NULL, pid BIGINT NOT NULL, "
                + "purpose VARCHAR(2000) NOT NULL, acquired_at TIMESTAMP WITH TIME ZONE NOT NULL, renewed_at TIMESTAMP WITH TIME ZONE NOT NULL)");
        long every = Math.max(1000, expiry.toMillis() / 6);
        renewal = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "steward-output-hold");
            thread.setDaemon(true);
            return thread;
        });
        renewal.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
    }

    /** Another run holds the folder; nothing was done. */
    public static final class OutputInUseException extends RuntimeException {
        public OutputInUseException(String message) {
            super(message);
        }
    }

    /** Who holds a folder, as {@code steward status} shows it. */
    public record Hold(String outputFolder, String host, long pid, String purpose, Timestamp acquiredAt,
                       Duration sinceRenewed) {

        String describe() {
            return purpose + " (host " + host + ", process " + pid + ", since " + acquiredAt
                    + ", renewed " + sinceRenewed.toSeconds() + " s ago)";
        }
    }

    /** A hold taken by {@link #hold}; closing it gives the folder back when no other lease of this process holds it. */
    public interface Lease extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Holds {@code output} for this process until the lease is closed.
     *
     * @param purpose what the run does, shown to a run that is refused (job names and period: no PHI)
     * @throws OutputInUseException when a live run of another process holds it
     */
    public synchronized Lease hold(Path output, String purpose) {
        String folder = key(output);
        Integer count = held.get(folder);
        if (count == null) {
            acquire(folder, purpose);
            count = 0;
        }
        held.put(folder, count + 1);
        return () -> release(folder);
    }

    /** Every hold on record, live or not yet found gone. */
    public List<Hold> current() {
        return jdbc.query("SELECT output_folder, host, pid, purpose, acquired_at, renewed_at, CURRENT_TIMESTAMP AS now_at "
                + "FROM " + TABLE + " ORDER BY acquired_at", (rs, i) -> new Hold(rs.getString(1), rs.getString(2),
                rs.getLong(3), rs.getString(4), rs.getTimestamp(5), age(rs.getTimestamp(6), rs.getTimestamp(7))));
    }

    private void acquire(String folder, String purpose) {
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                jdbc.update("INSERT INTO " + TABLE + " (output_folder, holder, host, pid, purpose, acquired_at, renewed_at) "
                        + "VALUES (?, ?, ?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", folder, holder, host, pid,
                        truncate(purpose));
                return;
            } catch (DuplicateKeyException taken) {
                Optional<Holding> other = holding(folder);
                if (other.isEmpty()) {
                    continue; // released between our insert and our look
                }
                Optional<String> gone = other.get().gone(host, expiry);
                if (gone.isEmpty()) {
                    throw new OutputInUseException(folder + " is in use by another run: "
                            + other.get().hold().describe() + ". This run was refused before doing anything, so it "
                            + "cannot replace what that run reads; run it again when that one has ended.");
                }
                LOG.warn("Taking over {}: its holder, {}, {}", folder, other.get().hold().describe(), gone.get());
                jdbc.update("DELETE FROM " + TABLE + " WHERE output_folder = ? AND holder = ?", folder, other.get().holder());
            }
        }
        throw new OutputInUseException(folder + ": could not take the hold (other runs keep taking it); try again");
    }

    private record Holding(String holder, Hold hold) {

        /** Why the holder is gone, or empty while it may still be running. */
        Optional<String> gone(String thisHost, Duration expiry) {
            if (hold.host().equals(thisHost) && ProcessHandle.of(hold.pid()).map(p -> !p.isAlive()).orElse(true)) {
                return Optional.of("ended without giving it back");
            }
            if (hold.sinceRenewed().compareTo(expiry) > 0) {
                return Optional.of("stopped renewing it (expiry " + expiry.toSeconds() + " s)");
            }
            return Optional.empty();
        }
    }

    private Optional<Holding> holding(String folder) {
        return jdbc.query("SELECT holder, output_folder, host, pid, purpose, acquired_at, renewed_at, CURRENT_TIMESTAMP "
                + "FROM " + TABLE + " WHERE output_folder = ?", (rs, i) -> new Holding(rs.getString(1),
                new Hold(rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5), rs.getTimestamp(6),
                        age(rs.getTimestamp(7), rs.getTimestamp(8)))), folder).stream().findFirst();
    }

    private synchronized void release(String folder) {
        Integer count = held.get(folder);
        if (count == null) {
            return;
        }
        if (count > 1) {
            held.put(folder, count - 1);
            return;
        }
        held.remove(folder);
        jdbc.update("DELETE FROM " + TABLE + " WHERE output_folder = ? AND holder = ?", folder, holder);
    }

    private synchronized void renew() {
        for (String folder : held.keySet()) {
            try {
                int renewed = jdbc.update("UPDATE " + TABLE + " SET renewed_at = CURRENT_TIMESTAMP "
                        + "WHERE output_folder = ? AND holder = ?", folder, holder);
                if (renewed == 0) {
                    LOG.error("The hold of {} was taken over by another run while this one still runs (it was not renewed "
                            + "within {} s: is the machine overloaded or was the process paused?)", folder, expiry.toSeconds());
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not renew the hold of {}: {}", folder, e.getMessage());
            }
        }
    }

    /** Gives back every folder this process holds (the context closes at the end of a command). */
    @Override
    public synchronized void close() {
        renewal.shutdownNow();
        for (String folder : List.copyOf(held.keySet())) {
            try {
                jdbc.update("DELETE FROM " + TABLE + " WHERE output_folder = ? AND holder = ?", folder, holder);
            } catch (RuntimeException e) {
                LOG.warn("Could not give back the hold of {}: {}", folder, e.getMessage());
            }
        }
        held.clear();
    }

    private static String key(Path output) {
        return output.toAbsolutePath().normalize().toString();
    }

    private static Duration age(Timestamp renewed, Timestamp now) {
        return Duration.ofMillis(Math.max(0, now.getTime() - renewed.getTime()));
    }

    private static String truncate(String purpose) {
        return purpose.length() <= 2000 ? purpose : purpose.substring(0, 2000);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
