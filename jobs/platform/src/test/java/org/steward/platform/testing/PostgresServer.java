package org.steward.platform.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL server for tests, started from the machine's server binaries (Debian's
 * postgresql package; .ci/run installs it). PostgreSQL refuses to run as root, so as root the server
 * runs as the {@code postgres} user. Listens on 127.0.0.1 only; stopped and deleted by {@link #close()}.
 */
public final class PostgresServer implements AutoCloseable {

    private final Path binaries;
    private final Path data;
    private final int port;
    private final boolean asPostgresUser;

    private PostgresServer(Path binaries, Path data, int port, boolean asPostgresUser) {
        this.binaries = binaries;
        this.data = data;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** The folder holding initdb and pg_ctl, if this machine has a PostgreSQL server installed. */
    public static Optional<Path> findBinaries() {
        List<Path> candidates = new ArrayList<>();
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                versions.sorted(java.util.Comparator.reverseOrder()).forEach(v -> candidates.add(v.resolve("bin")));
            } catch (IOException ignored) {
                // fall through to PATH
            }
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            candidates.add(Path.of(dir));
        }
        return candidates.stream().filter(p -> Files.isExecutable(p.resolve("initdb")) && Files.isExecutable(p.resolve("pg_ctl")))
                .findFirst();
    }

    public static PostgresServer start(Path binaries) throws Exception {
        boolean root = "root".equals(System.getProperty("user.name"));
        Path base = Files.createTempDirectory("steward-pg");
        Path data = base.resolve("data");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        if (root) {
            run(List.of("chown", "-R", "postgres", base.toString()), false);
            run(List.of("chmod", "755", base.getParent().toString()), false);
        }
        PostgresServer server = new PostgresServer(binaries, data, port, root);
        server.pg(List.of(binaries.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres",
                "--auth=trust", "--encoding=UTF8", "--no-sync"));
        server.pg(List.of(binaries.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-l",
                base.resolve("server.log").toString(), "-o",
                "-p " + port + " -h 127.0.0.1 -k " + base + " -F", "start"));
        return server;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    private void pg(List<String> command) throws Exception {
        List<String> full = new ArrayList<>();
        if (asPostgresUser) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        run(full, true);
    }

    private static void run(List<String> command, boolean check) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        int exit = process.waitFor();
        if (check && exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (" + exit + "): " + output);
        }
    }

    @Override
    public void close() throws Exception {
        pg(List.of(binaries.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop"));
        run(List.of("rm", "-rf", data.getParent().toString()), false);
    }
}
