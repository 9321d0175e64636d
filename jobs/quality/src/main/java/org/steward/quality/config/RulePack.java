package org.steward.quality.config;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.steward.quality.rules.QualityCheck;

/** Every check declared under {@code config/quality/}, in file order, ids unique. */
public record RulePack(List<QualityCheck> checks) {

    public RulePack {
        checks = List.copyOf(checks);
    }

    public List<QualityCheck> forTable(String table) {
        return checks.stream().filter(c -> c.table().equals(table)).toList();
    }

    public Map<String, QualityCheck> byId() {
        return checks.stream().collect(Collectors.toMap(QualityCheck::id, Function.identity()));
    }
}
