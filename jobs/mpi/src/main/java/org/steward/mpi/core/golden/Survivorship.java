package org.steward.mpi.core.golden;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.steward.mpi.core.settings.MatchSettings;

/**
 * Builds an enterprise id's golden record: for each field group, the rule from config chooses
 * which of the registrations holding a value supplies it. Deterministic: the same registrations
 * in any order give the same record.
 */
public final class Survivorship {

    /**
     * Latest activity first, unknown activity last; then facility id and MRN, so every tie a rule
     * leaves has one answer whatever order the registrations arrive in.
     */
    static final Comparator<GoldenMember> RECENCY = Comparator
            .comparing(GoldenMember::lastActivity, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(m -> m.record().facilityId(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(m -> m.record().mrn(), Comparator.nullsLast(Comparator.naturalOrder()));

    private final Map<FieldGroup, SurvivalRule> rules = new EnumMap<>(FieldGroup.class);

    public Survivorship(MatchSettings.Golden settings) {
        // Settings built in code skip the loader: a rule for a field the record lacks is still a mistake.
        for (String field : settings.rules().keySet()) {
            FieldGroup.named(field);
        }
        for (FieldGroup group : FieldGroup.values()) {
            MatchSettings.GoldenRule rule = settings.rules().get(group.configName());
            if (rule == null) {
                throw new IllegalArgumentException("golden.rules." + group.configName() + ": missing");
            }
            rules.put(group, SurvivalRule.of(rule, settings.facilityTrust()));
        }
    }

    /** @param members every registration of the enterprise id (at least one) */
    public GoldenPatient build(String enterpriseId, List<GoldenMember> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException(enterpriseId + ": an enterprise id has at least one registration");
        }
        List<GoldenMember> byRecency = members.stream().sorted(RECENCY).toList();
        Map<String, Object> chosen = new HashMap<>();
        for (Map.Entry<FieldGroup, SurvivalRule> e : rules.entrySet()) {
            FieldGroup group = e.getKey();
            List<Candidate> candidates = new ArrayList<>();
            for (GoldenMember m : byRecency) {
                Object[] values = group.valuesOf(m.record());
                if (values != null) {
                    candidates.add(new Candidate(m, values));
                }
            }
            if (!candidates.isEmpty()) {
                // A lone candidate is every rule's pick; most enterprise ids have one registration.
                Object[] values = (candidates.size() == 1 ? candidates.get(0) : e.getValue().pick(candidates)).values();
                for (int i = 0; i < values.length; i++) {
                    chosen.put(group.columns().get(i), values[i]);
                }
            }
        }
        Set<String> facilities = new HashSet<>();
        members.forEach(m -> facilities.add(m.record().facilityId()));
        LocalDate lastActivity = byRecency.get(0).lastActivity();
        return new GoldenPatient(enterpriseId, text(chosen, "first_name"), text(chosen, "middle_name"),
                text(chosen, "last_name"), text(chosen, "name_suffix"), text(chosen, "sex"),
                (LocalDate) chosen.get("birth_date"), text(chosen, "ssn"), text(chosen, "address_line"),
                text(chosen, "city"), text(chosen, "state"), text(chosen, "zip"), text(chosen, "phone"),
                text(chosen, "email"), members.size(), facilities.size(), lastActivity);
    }

    private static String text(Map<String, Object> chosen, String column) {
        return (String) chosen.get(column);
    }
}
