package org.steward.mpi.core.settings;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A strict view of one mapping in a parsed settings tree: every key must be read, so a
 * misspelt key fails at start-up with its path instead of silently taking a default.
 */
final class SettingsNode {

    private final String path;
    private final Map<?, ?> values;
    private final Set<String> read = new LinkedHashSet<>();

    SettingsNode(String path, Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(path + ": expected a mapping");
        }
        this.path = path;
        this.values = map;
    }

    private Object required(String key) {
        read.add(key);
        Object v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException(where(key) + ": missing");
        }
        return v;
    }

    /** True when the mapping holds the key: for an optional setting, read only when present. */
    boolean has(String key) {
        return values.containsKey(key);
    }

    String where(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    SettingsNode child(String key) {
        return new SettingsNode(where(key), required(key));
    }

    String text(String key) {
        Object v = required(key);
        if (!(v instanceof String s) || s.isBlank()) {
            throw new IllegalArgumentException(where(key) + ": expected non-empty text");
        }
        return s;
    }

    boolean flag(String key) {
        if (!(required(key) instanceof Boolean b)) {
            throw new IllegalArgumentException(where(key) + ": expected true or false");
        }
        return b;
    }

    int integer(String key, int min, int max) {
        Object v = required(key);
        if (!(v instanceof Integer || v instanceof Long) || ((Number) v).longValue() < min
                || ((Number) v).longValue() > max) {
            throw new IllegalArgumentException(where(key) + ": expected a whole number in " + min + ".." + max);
        }
        return ((Number) v).intValue();
    }

    long whole(String key) {
        if (!(required(key) instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
            throw new IllegalArgumentException(where(key) + ": expected a whole number");
        }
        return n.longValue();
    }

    double number(String key, double min, double max) {
        if (!(required(key) instanceof Number n) || n.doubleValue() < min || n.doubleValue() > max) {
            throw new IllegalArgumentException(where(key) + ": expected a number in " + min + ".." + max);
        }
        return n.doubleValue();
    }

    List<Object> list(String key) {
        if (!(required(key) instanceof List<?> l)) {
            throw new IllegalArgumentException(where(key) + ": expected a list");
        }
        return new ArrayList<>(l);
    }

    <E extends Enum<E>> E choice(String key, Class<E> type) {
        String s = text(key);
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(s)) {
                return e;
            }
        }
        throw new IllegalArgumentException(where(key) + ": unknown value");
    }

    /** Call after reading every key: any key left over is a typo or a setting that does not exist. */
    void rejectUnknownKeys() {
        for (Object k : values.keySet()) {
            if (!read.contains(String.valueOf(k))) {
                throw new IllegalArgumentException(where(String.valueOf(k)) + ": unknown setting");
            }
        }
    }
}
