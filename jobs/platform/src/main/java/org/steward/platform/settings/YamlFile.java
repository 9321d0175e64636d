package org.steward.platform.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

/** Reads a YAML file into a strict {@link YamlNode}, after replacing {@code ${NAME}} placeholders. */
public final class YamlFile {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_.]*)}");

    private YamlFile() {
    }

    public static YamlNode read(Path path, Map<String, String> variables) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigException(path + ": file not found");
        } catch (IOException e) {
            throw new ConfigException(path + ": cannot be read (" + e.getMessage() + ")");
        }
        return parse(path.toString(), text, variables);
    }

    public static YamlNode parse(String name, String text, Map<String, String> variables) {
        String resolved = substitute(name, text, variables);
        Node root;
        try (Reader reader = new StringReader(resolved)) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            root = new Yaml(options).compose(reader);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new ConfigException(name + ":" + line + ": not valid YAML: " + e.getProblem());
        } catch (IOException e) {
            throw new ConfigException(name + ": cannot be read", e);
        }
        if (root == null) {
            throw new ConfigException(name + ": the file is empty");
        }
        return new YamlNode(name, "", root);
    }

    private static String substitute(String name, String text, Map<String, String> variables) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = variables.get(matcher.group(1));
            if (value == null) {
                int line = (int) text.substring(0, matcher.start()).chars().filter(c -> c == '\n').count() + 1;
                throw new ConfigException(name + ":" + line + ": unknown variable ${" + matcher.group(1)
                        + "}; known: " + variables.keySet());
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
