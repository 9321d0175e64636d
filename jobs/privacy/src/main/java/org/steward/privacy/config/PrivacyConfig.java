package org.steward.privacy.config;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.steward.core.contract.InputContract;
import org.steward.core.contract.TableContract;
import org.steward.platform.settings.YamlFile;
import org.steward.platform.settings.YamlNode;
import org.steward.privacy.core.AccessFinding;

/**
 * The privacy audits' behaviour as data: {@code config/privacy.yml}. Read strictly: an unknown or missing key, a
 * purpose, requester type or role that the input contract does not know, or a number out of range stops the run
 * at start-up with the file and line.
 */
public record PrivacyConfig(Roi roi, Access access) {

    /** Purposes that never need an authorization (TPO, 45 CFR 164.506, and the patient's own access, 164.524). */
    public static final Set<String> NEVER_NEEDS_AUTHORIZATION = Set.of("treatment", "payment", "operations", "patient_access");

    /**
     * Release of information.
     *
     * @param permittedWithoutAuthorization purposes the policy discloses without an authorization (besides TPO and access)
     * @param accessRequesterTypes          requester types whose request is the patient's right of access
     */
    public record Roi(Set<String> permittedWithoutAuthorization, Set<String> accessRequesterTypes, int accessDays,
                      int extensionDays, int accountingYears) {

        /** Every purpose fulfilled without an authorization lawfully: TPO, access, and the configured ones. */
        public Set<String> purposesWithoutAuthorization() {
            Set<String> all = new LinkedHashSet<>(NEVER_NEEDS_AUTHORIZATION);
            all.addAll(permittedWithoutAuthorization);
            return all;
        }
    }

    /** One access rule: whether it runs, the roles it applies to (empty: every role), and the roles exempt from it. */
    public record Rule(boolean enabled, Set<String> roles, Set<String> exemptRoles) {

        /** Whether a user of {@code role} (null when the roster does not know the user there) is judged by this rule. */
        public boolean appliesTo(String role) {
            if (!enabled) {
                return false;
            }
            if (role == null) {
                return roles.isEmpty();
            }
            return (roles.isEmpty() || roles.contains(role)) && !exemptRoles.contains(role);
        }
    }

    /** The volume statistic (robust z-scores against the user's own history and the role's days). */
    public record Volume(int historyDays, int minHistoryDays, int minPatients, double zThreshold, double minSpread) {
    }

    /** The access audit: which events, the encounter window, the rules and the volume statistic. */
    public record Access(int auditDays, int daysBeforeAdmit, int daysAfterDischarge, Map<AccessFinding, Rule> rules,
                         Volume volume) {

        public Rule rule(AccessFinding finding) {
            return rules.get(finding);
        }
    }

    public static PrivacyConfig load(Path file, Path home) {
        Map<String, String> variables = Map.of("STEWARD_HOME", home.toAbsolutePath().normalize().toString());
        YamlNode root = YamlFile.read(file, variables);
        Roi roi = roi(root.child("roi"));
        Access access = access(root.child("access"));
        root.rejectUnread();
        return new PrivacyConfig(roi, access);
    }

    private static Roi roi(YamlNode node) {
        Set<String> purposes = choices(node, "permitted-without-authorization", InputContract.ROI_REQUESTS, "purpose");
        YamlNode access = node.child("patient-access");
        Set<String> requesters = choices(access, "requester-types", InputContract.ROI_REQUESTS, "requester_type");
        int days = required(access, "days", 1, 3650);
        int extension = required(access, "extension-days", 0, 3650);
        int years = required(node, "accounting-years", 1, 100);
        return new Roi(purposes, requesters, days, extension, years);
    }

    private static Access access(YamlNode node) {
        int auditDays = required(node, "audit-days", 0, 365_000);
        YamlNode window = node.child("encounter-window");
        int before = required(window, "days-before-admit", 0, 3650);
        int after = required(window, "days-after-discharge", 0, 3650);
        YamlNode rulesNode = node.child("rules");
        Map<AccessFinding, Rule> rules = new EnumMap<>(AccessFinding.class);
        for (AccessFinding finding : AccessFinding.values()) {
            YamlNode r = rulesNode.child(finding.code());
            String enabled = r.text("enabled");
            if (!enabled.equals("true") && !enabled.equals("false")) {
                throw r.error("enabled", "must be true or false, got '" + enabled + "'");
            }
            Set<String> roles = r.has("roles") ? choices(r, "roles", InputContract.WORKFORCE, "role") : Set.of();
            if (finding == AccessFinding.NO_ENCOUNTER_CONTEXT && roles.isEmpty()) {
                throw r.error("roles", "must list the clinician roles the rule judges");
            }
            rules.put(finding, new Rule(enabled.equals("true"), roles,
                    choices(r, "exempt-roles", InputContract.WORKFORCE, "role")));
        }
        YamlNode volumeNode = node.child("volume");
        int history = required(volumeNode, "history-days", 1, 3650);
        int minHistory = required(volumeNode, "min-history-days", 1, 3650);
        if (minHistory > history) {
            throw volumeNode.error("min-history-days", "must not be more than history-days (" + history + ")");
        }
        Volume volume = new Volume(history, minHistory, required(volumeNode, "min-patients", 1, 1_000_000),
                decimal(volumeNode, "z-threshold", 0.5, 1000), decimal(volumeNode, "min-spread", 0.1, 1_000_000));
        return new Access(auditDays, before, after, Map.copyOf(rules), volume);
    }

    /** A list whose every value must be one of the contract column's choices. */
    private static Set<String> choices(YamlNode node, String key, TableContract table, String column) {
        List<String> allowed = table.columns().get(table.indexOf(column)).choices();
        Set<String> values = new LinkedHashSet<>();
        for (String value : node.list(key)) {
            String v = value.strip();
            if (!allowed.contains(v)) {
                throw node.error(key, "lists '" + v + "', which is not a " + column + " of " + table.fileName() + " "
                        + allowed);
            }
            if (!values.add(v)) {
                throw node.error(key, "lists '" + v + "' twice");
            }
        }
        return Set.copyOf(values);
    }

    private static int required(YamlNode node, String key, int min, int max) {
        if (!node.has(key)) {
            throw node.error(key, "is required");
        }
        return node.integer(key, 0, min, max);
    }

    private static double decimal(YamlNode node, String key, double min, double max) {
        if (!node.has(key)) {
            throw node.error(key, "is required");
        }
        return node.decimal(key, 0, min, max);
    }
}
