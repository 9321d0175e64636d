package org.steward.app.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * A Spark standalone cluster on 127.0.0.1 made of plain jars, no Spark distribution: one Master and one
 * Worker, each its own JVM started from {@code java.home}, with only Spark's jars on the class path
 * ({@code <sparkHome>/jars}, copied there by the build). The worker starts executors from the same jars
 * ({@code SPARK_HOME}), so Steward's classes reach them only through {@code spark.jars}.
 *
 * <p>{@link #close()} stops exactly the two processes this object started.
 */
final class StandaloneCluster implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Path sparkHome;
    private final Path logs;
    private final List<String> jvmFlags;
    private final List<Process> processes = new ArrayList<>();
    private int masterPort;
    private Path workDir;

    private StandaloneCluster(Path sparkHome, Path logs, List<String> jvmFlags) {
        this.sparkHome = sparkHome;
        this.logs = logs;
        this.jvmFlags = jvmFlags;
    }

    /**
     * Starts a master and a worker with {@code cores} and {@code memory} (e.g. "2g") and waits until the
     * worker has registered.
     */
    static StandaloneCluster start(Path sparkHome, Path folder, List<String> sparkJvmFlags, int cores, String memory)
            throws IOException, InterruptedException {
        StandaloneCluster cluster = new StandaloneCluster(sparkHome, folder, sparkJvmFlags);
        try {
            cluster.startMasterAndWorker(folder, cores, memory);
            return cluster;
        } catch (IOException | InterruptedException | RuntimeException | AssertionError e) {
            cluster.close();
            throw e;
        }
    }

    /** Spark's own jars: the whole class path of the master, the worker and the executors. */
    static List<Path> jars(Path sparkHome) throws IOException {
        try (Stream<Path> files = Files.list(sparkHome.resolve("jars"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
    }

    /** The jars among {@code jars} that hold any class under {@code org/steward/}. */
    static List<Path> holdingStewardClasses(List<Path> jars) throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path jar : jars) {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                if (zip.stream().anyMatch(e -> e.getName().startsWith("org/steward/"))) {
                    found.add(jar);
                }
            }
        }
        return found;
    }

    String masterUrl() {
        return "spark://127.0.0.1:" + masterPort;
    }

    /** Where the worker runs its executors: one folder per application and executor, with the jars they fetched. */
    Path workDir() {
        return workDir;
    }

    private void startMasterAndWorker(Path folder, int cores, String memory) throws IOException, InterruptedException {
        masterPort = freePort();
        Path masterLog = logs.resolve("master.log");
        start(masterLog, List.of("-Xmx512m", "org.apache.spark.deploy.master.Master",
                "--host", "127.0.0.1", "--port", Integer.toString(masterPort),
                "--webui-port", Integer.toString(freePort())));
        awaitLine(masterLog, "ALIVE", "the master to become ALIVE");

        workDir = Files.createDirectories(folder.resolve("worker-work"));
        Path workerLog = logs.resolve("worker.log");
        start(workerLog, List.of("-Xmx512m", "org.apache.spark.deploy.worker.Worker", masterUrl(),
                "--host", "127.0.0.1", "--port", Integer.toString(freePort()),
                "--webui-port", Integer.toString(freePort()),
                "--cores", Integer.toString(cores), "--memory", memory, "--work-dir", workDir.toString()));
        awaitLine(workerLog, "Successfully registered with master", "the worker to register with the master");
    }

    private void start(Path log, List<String> mainAndArguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags);
        command.add("-cp");
        command.add(sparkHome.resolve("jars").toAbsolutePath() + "/*");
        command.addAll(mainAndArguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("SPARK_HOME", sparkHome.toAbsolutePath().toString());
        builder.environment().put("SPARK_SCALA_VERSION", "2.13");
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        // The worker starts executors with $JAVA_HOME/bin/java: the same Java as this test.
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("SPARK_CONF_DIR");
        builder.environment().remove("CLASSPATH");
        processes.add(builder.start());
    }

    private void awaitLine(Path log, String text, String what) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(text)) {
                return;
            }
            for (Process p : processes) {
                if (!p.isAlive()) {
                    throw new AssertionError("a Spark process ended (exit " + p.exitValue() + ") while waiting for "
                            + what + "\n" + tails());
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("timed out after " + START_TIMEOUT.toSeconds() + " s waiting for " + what
                + " (\"" + text + "\" in " + log + ")\n" + tails());
    }

    /** The last lines of the master's and the worker's logs, for failure messages. */
    String tails() {
        StringBuilder out = new StringBuilder();
        for (String name : List.of("master.log", "worker.log")) {
            Path log = logs.resolve(name);
            out.append("--- ").append(log).append(" (last 40 lines) ---\n");
            try {
                List<String> lines = Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of("(none)");
                lines.subList(Math.max(0, lines.size() - 40), lines.size()).forEach(l -> out.append(l).append('\n'));
            } catch (IOException | UncheckedIOException e) {
                out.append("(unreadable: ").append(e).append(")\n");
            }
        }
        return out.toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    /**
     * Stops the worker and then the master: only the processes started here, and the executors the
     * worker started (found as its descendants before it is stopped; it normally ends them itself).
     */
    @Override
    public void close() throws InterruptedException {
        List<Process> reversed = new ArrayList<>(processes);
        java.util.Collections.reverse(reversed);
        for (Process p : reversed) {
            List<ProcessHandle> children = p.descendants().toList();
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
            for (ProcessHandle child : children) {
                if (child.isAlive()) {
                    child.destroy();
                    try {
                        child.onExit().get(10, TimeUnit.SECONDS);
                    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                        child.destroyForcibly();
                    }
                }
            }
        }
        processes.clear();
    }

    /** Spark's module flags as one list, with -XX:+IgnoreUnrecognizedVMOptions first (Java 17 then accepts newer ones). */
    static List<String> jvmFlags(String flags) {
        List<String> list = new ArrayList<>(Arrays.stream(flags.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList());
        list.remove("-XX:+IgnoreUnrecognizedVMOptions");
        list.add(0, "-XX:+IgnoreUnrecognizedVMOptions");
        return list;
    }
}
