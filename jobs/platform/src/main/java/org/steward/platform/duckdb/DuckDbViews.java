package org.steward.platform.duckdb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.steward.platform.settings.ConfigException;

/**
 * An in-memory DuckDB session over a Steward output folder with the views from {@code sql/} defined,
 * layer by layer (staging, intermediate, marts; files in name order). View files use paths relative to
 * the output folder, resolved through DuckDB's {@code file_search_path}, so an analyst's own duckdb CLI
 * can load the very same files. A view whose data does not exist yet is skipped, not an error.
 */
public final class DuckDbViews implements AutoCloseable {

    public static final List<String> LAYERS = List.of("staging", "intermediate", "marts");

    private final Connection connection;
    private final List<String> created = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();

    private DuckDbViews(Connection connection) {
        this.connection = connection;
    }

    public static DuckDbViews open(Path output, Path sqlFolder) throws SQLException {
        if (!Files.isDirectory(output)) {
            throw new ConfigException(output + ": output folder not found");
        }
        DuckDbViews views = new DuckDbViews(DriverManager.getConnection("jdbc:duckdb:"));
        try (Statement statement = views.connection.createStatement()) {
            statement.execute("SET file_search_path = '" + output.toAbsolutePath().normalize().toString()
                    .replace("'", "''") + "'");
        }
        for (Path file : viewFiles(sqlFolder)) {
            views.define(file);
        }
        return views;
    }

    /** The view files in the order they must be created. */
    public static List<Path> viewFiles(Path sqlFolder) {
        List<Path> files = new ArrayList<>();
        for (String layer : LAYERS) {
            Path folder = sqlFolder.resolve(layer);
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> listing = Files.list(folder)) {
                listing.filter(p -> p.getFileName().toString().endsWith(".sql")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new ConfigException(folder + ": cannot be listed (" + e.getMessage() + ")");
            }
        }
        return files;
    }

    private void define(Path file) throws SQLException {
        String name = file.getFileName().toString().replaceFirst("\\.sql$", "");
        String sql;
        try {
            sql = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
            created.add(name);
        } catch (SQLException e) {
            if (!isMissingData(e)) {
                throw new SQLException(file + ": " + e.getMessage(), e);
            }
            skipped.add(name);
        }
    }

    private static boolean isMissingData(SQLException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("No files found") || message.contains("does not exist");
    }

    public Connection connection() {
        return connection;
    }

    public List<String> created() {
        return List.copyOf(created);
    }

    /** Views not defined because their data (or a view they read) does not exist yet. */
    public List<String> skipped() {
        return List.copyOf(skipped);
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
