package org.steward.platform.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping read strictly: every key must be asked for, and {@link #rejectUnread()} names any key
 * nobody asked for with its file and line, so a typo in a settings or rule file fails at start-up.
 * Shared by every job's settings and rule files.
 */
public final class YamlNode {

    private final String file;
    private final String path;
    private final Map<String, Node> entries = new LinkedHashMap<>();
    private final Set<String> read = new LinkedHashSet<>();
    private final List<YamlNode> children = new ArrayList<>();
    private final Node node;

    YamlNode(String file, String path, Node node) {
        this.file = file;
        this.path = path;
        this.node = node;
        if (!(node instanceof MappingNode mapping)) {
            throw error(node, "expected a mapping of keys to values");
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw error(tuple.getKeyNode(), "keys must be plain words");
            }
            if (entries.put(key.getValue(), tuple.getValueNode()) != null) {
                throw error(key, "key '" + qualified(key.getValue()) + "' appears twice");
            }
        }
    }

    public String file() {
        return file;
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    public Set<String> keys() {
        read.addAll(entries.keySet());
        return entries.keySet();
    }

    public YamlNode child(String key) {
        Node value = take(key);
        YamlNode child = new YamlNode(file, qualified(key), value);
        children.add(child);
        return child;
    }

    public String text(String key) {
        Node value = take(key);
        if (!(value instanceof ScalarNode scalar)) {
            throw error(value, "'" + qualified(key) + "' must be a single value");
        }
        return scalar.getValue();
    }

    public String text(String key, String fallback) {
        return has(key) ? text(key) : fallback;
    }

    public int integer(String key, int fallback, int min, int max) {
        if (!has(key)) {
            return fallback;
        }
        return number(key, Integer::parseInt, min, max);
    }

    public double decimal(String key, double fallback, double min, double max) {
        if (!has(key)) {
            return fallback;
        }
        return number(key, Double::parseDouble, min, max);
    }

    public boolean flag(String key, boolean fallback) {
        if (!has(key)) {
            return fallback;
        }
        String value = text(key);
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw error(entries.get(key), "'" + qualified(key) + "' must be true or false");
        };
    }

    public List<String> list(String key) {
        Node value = take(key);
        if (!(value instanceof SequenceNode sequence)) {
            throw error(value, "'" + qualified(key) + "' must be a list");
        }
        List<String> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (!(item instanceof ScalarNode scalar)) {
                throw error(item, "items of '" + qualified(key) + "' must be single values");
            }
            items.add(scalar.getValue());
        }
        return items;
    }

    /** A list of mappings (for example the checks of a rule file), each read strictly like this node. */
    public List<YamlNode> items(String key) {
        Node value = take(key);
        if (!(value instanceof SequenceNode sequence)) {
            throw error(value, "'" + qualified(key) + "' must be a list");
        }
        List<YamlNode> items = new ArrayList<>();
        for (int i = 0; i < sequence.getValue().size(); i++) {
            YamlNode item = new YamlNode(file, qualified(key) + "[" + i + "]", sequence.getValue().get(i));
            children.add(item);
            items.add(item);
        }
        return items;
    }

    /** Whether the value under {@code key} is a list rather than a single value. */
    public boolean isList(String key) {
        return entries.get(key) instanceof SequenceNode;
    }

    /** The 1-based line this mapping starts on. */
    public int line() {
        return node.getStartMark().getLine() + 1;
    }

    /** An error about this mapping as a whole, at its first line. */
    public ConfigException problem(String message) {
        return error(node, message);
    }

    /** A free-form map of single values (for example engine options passed through as they are). */
    public Map<String, String> textMap(String key) {
        YamlNode child = child(key);
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : child.keys()) {
            values.put(name, child.text(name));
        }
        return values;
    }

    /** Fails with the file and line of every key that no reader asked for, here or below. */
    public void rejectUnread() {
        for (Map.Entry<String, Node> entry : entries.entrySet()) {
            if (!read.contains(entry.getKey())) {
                throw error(entry.getValue(), "unknown key '" + qualified(entry.getKey()) + "'");
            }
        }
        children.forEach(YamlNode::rejectUnread);
    }

    public ConfigException error(String key, String problem) {
        return error(entries.getOrDefault(key, node), "'" + qualified(key) + "' " + problem);
    }

    private <T extends Comparable<T>> T number(String key, Function<String, T> parse, T min, T max) {
        String value = text(key);
        T number;
        try {
            number = parse.apply(value.strip());
        } catch (NumberFormatException e) {
            throw error(entries.get(key), "'" + qualified(key) + "' must be a number, got '" + value + "'");
        }
        if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
            throw error(entries.get(key), "'" + qualified(key) + "' must be between " + min + " and " + max
                    + ", got " + value);
        }
        return number;
    }

    private Node take(String key) {
        Node value = entries.get(key);
        if (value == null) {
            throw error(node, "missing key '" + qualified(key) + "'");
        }
        read.add(key);
        return value;
    }

    private String qualified(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private ConfigException error(Node at, String problem) {
        return new ConfigException(file + ":" + (at.getStartMark().getLine() + 1) + ": " + problem);
    }
}
