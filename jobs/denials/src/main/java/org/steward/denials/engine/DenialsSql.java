package org.steward.denials.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.steward.platform.engine.SqlDialect;

/**
 * The claim-level denial decision and the set-based aggregates, as SQL both engines run. Money stays
 * DECIMAL(18,2) through every sum (exact, whatever order an engine adds in); rates are DOUBLE quotients
 * of those exact sums, so both engines agree to the last digit.
 *
 * <p>The denial rule, in layers: an adjustment is a <em>denial adjustment</em> when the mapping says its
 * code is one (not CO-45, PR-1/2/3, ...; see {@code ref_reason}) and its amount, netted over the rows of that
 * code on the remittance, is positive. A remittance
 * (a claim's rows with one remit date and paid amount) is a <em>reversal</em> when it carries a reversal
 * group code (CR), pays a negative amount, or pays nothing with adjustments that net below zero. A claim's
 * <em>initial remittance</em> is its earliest non-reversal remittance (several on that day count as one).
 * The claim is <em>initially denied</em> when its initial remittance has denial adjustments: a
 * <em>full</em> denial when it paid nothing, a <em>partial</em> (line) denial when it paid something.
 * Its denied amount is the sum of those denial adjustments; its category, the category of the largest.
 */
final class DenialsSql {

    private final SqlDialect sql;
    private final Set<String> reversalGroups;
    private final LocalDate asOf;

    DenialsSql(SqlDialect sql, Set<String> reversalGroups, LocalDate asOf) {
        this.sql = sql;
        this.reversalGroups = reversalGroups;
        this.asOf = asOf;
    }

    /**
     * One row per adjustment code (group, CARC, RARC) of each remittance received by the run date, its amounts
     * netted (a take-back and its re-adjustment on one remittance cancel out), with its reading through the mapping.
     */
    String adjustments() {
        String reversalGroup = reversalGroups.isEmpty() ? "1 = 0" : "coalesce(a.group_code, '') IN ("
                + reversalGroups.stream().sorted().map(sql::literal).collect(Collectors.joining(", ")) + ")";
        String netted = "SELECT a.facility_id, a.claim_id, a.remit_date, "
                + "coalesce(a.paid_amount, CAST(0 AS DECIMAL(18,2))) AS paid_amount, "
                + "coalesce(a.group_code, '') AS group_code, coalesce(a.carc, '') AS carc, coalesce(a.rarc, '') AS rarc, "
                + "sum(coalesce(a.adjustment_amount, CAST(0 AS DECIMAL(18,2)))) AS adjustment_amount, "
                + "max(CASE WHEN " + reversalGroup + " THEN 1 ELSE 0 END) AS reversal_group "
                + "FROM remittance_adjustments a "
                + "WHERE a.remit_date IS NOT NULL AND a.remit_date <= " + sql.literal(asOf) + " "
                + "GROUP BY a.facility_id, a.claim_id, a.remit_date, coalesce(a.paid_amount, CAST(0 AS DECIMAL(18,2))), "
                + "coalesce(a.group_code, ''), coalesce(a.carc, ''), coalesce(a.rarc, '')";
        return "SELECT n.facility_id, n.claim_id, n.remit_date, n.paid_amount, n.group_code, n.carc, n.rarc, "
                + "n.adjustment_amount, (coalesce(r.denial, false) AND n.adjustment_amount > 0) AS denial_line, "
                + "r.category, r.scenario, n.reversal_group FROM (" + netted + ") n "
                + "LEFT JOIN ref_reason r ON r.group_code = n.group_code AND r.carc = n.carc AND r.rarc = n.rarc";
    }

    /** One row per remittance of a claim (remit date and paid amount), with its denial amount and whether it reverses. */
    String remittances() {
        return "SELECT facility_id, claim_id, remit_date, paid_amount, denial_amount, denial_lines, "
                + "(paid_amount < 0 OR reversal_group = 1 OR (paid_amount = 0 AND adjusted < 0)) AS reversal FROM ("
                + "SELECT facility_id, claim_id, remit_date, paid_amount, "
                + "sum(CASE WHEN denial_line THEN adjustment_amount ELSE CAST(0 AS DECIMAL(18,2)) END) AS denial_amount, "
                + "sum(CASE WHEN denial_line THEN 1 ELSE 0 END) AS denial_lines, "
                + "sum(adjustment_amount) AS adjusted, max(reversal_group) AS reversal_group "
                + "FROM dn_adjustment GROUP BY facility_id, claim_id, remit_date, paid_amount) r";
    }

    /** Per claim: how many remittances, the net paid over all of them, whether one reversed, the initial remit date. */
    String claimRemittances() {
        return "SELECT facility_id, claim_id, count(*) AS remittances, sum(paid_amount) AS net_paid, "
                + "max(CASE WHEN reversal THEN 1 ELSE 0 END) AS reversed, "
                + "min(CASE WHEN NOT reversal THEN remit_date END) AS initial_remit_date "
                + "FROM dn_remit GROUP BY facility_id, claim_id";
    }

    /** Per claim: what its initial remittance paid and denied. */
    String initial() {
        return "SELECT r.facility_id, r.claim_id, sum(r.paid_amount) AS initial_paid, sum(r.denial_amount) AS denied_amount, "
                + "sum(r.denial_lines) AS denial_lines "
                + "FROM dn_remit r JOIN dn_claim_remit c ON c.facility_id = r.facility_id AND c.claim_id = r.claim_id "
                + "AND c.initial_remit_date = r.remit_date WHERE NOT r.reversal GROUP BY r.facility_id, r.claim_id";
    }

    /** Per initially denied claim: its largest denial adjustment (ties by group, CARC, RARC). */
    String primary() {
        return "SELECT facility_id, claim_id, group_code, carc, rarc, category, scenario FROM ("
                + "SELECT a.facility_id, a.claim_id, a.group_code, a.carc, a.rarc, a.category, a.scenario, "
                + "row_number() OVER (PARTITION BY a.facility_id, a.claim_id ORDER BY a.adjustment_amount DESC, "
                + "a.group_code, a.carc, a.rarc) AS n "
                + "FROM dn_adjustment a "
                + "JOIN dn_claim_remit c ON c.facility_id = a.facility_id AND c.claim_id = a.claim_id "
                + "AND c.initial_remit_date = a.remit_date "
                + "JOIN dn_remit r ON r.facility_id = a.facility_id AND r.claim_id = a.claim_id "
                + "AND r.remit_date = a.remit_date AND r.paid_amount = a.paid_amount AND NOT r.reversal "
                + "WHERE a.denial_line) p WHERE n = 1";
    }

    /**
     * One row per appealed claim (an appeal naming no claim is a claim of its own, keyed by its appeal id): its
     * appeals filed by the run date, the highest level, the claim's outcome, the dollars recovered, the month of its
     * first appeal. An appeal's decision counts once it is dated on or before the run date (an undated decision
     * counts: the quality job reports the missing date); until then, and without a decision, it is pending. The
     * claim's outcome is the decision of its highest-level appeal that was not withdrawn (a withdrawn second level
     * leaves the first level's decision standing), or withdrawn when every appeal was; ties by the later filing, then
     * the larger appeal id. Upheld after a lower level overturned the claim (in part: the higher level was asked for
     * the rest) is partially overturned. Recovered dollars add up every appeal of the claim decided by the run date.
     */
    String appealClaims() {
        String decision = "CASE WHEN a.decision IS NULL OR a.decision = 'pending' OR a.decision_date > " + sql.literal(asOf)
                + " THEN 'pending' ELSE a.decision END";
        String read = "SELECT a.facility_id, a.appeal_id, a.claim_id, coalesce(CAST(a.level AS INT), 1) AS level, "
                + "a.filed_date, a.period, " + decision + " AS decision, a.recovered_amount FROM appeals a "
                + "WHERE a.filed_date <= " + sql.literal(asOf);
        String claim = "PARTITION BY facility_id, claim_id, CASE WHEN claim_id IS NULL THEN appeal_id END";
        return "SELECT facility_id, claim_id, CASE WHEN claim_id IS NULL THEN appeal_id END AS unlinked_appeal_id, "
                + "appeals, top_level, CASE WHEN decision = 'upheld' AND overturned_below = 1 THEN 'partially_overturned' "
                + "ELSE decision END AS decision, recovered_amount, first_period FROM ("
                + "SELECT facility_id, claim_id, appeal_id, decision, "
                + "max(CASE WHEN decision IN ('overturned', 'partially_overturned') THEN 1 ELSE 0 END) OVER (" + claim
                + ") AS overturned_below, "
                + "count(*) OVER (" + claim + ") AS appeals, max(level) OVER (" + claim + ") AS top_level, "
                + "sum(CASE WHEN decision = 'pending' THEN CAST(0 AS DECIMAL(18,2)) "
                + "ELSE coalesce(recovered_amount, CAST(0 AS DECIMAL(18,2))) END) OVER (" + claim + ") AS recovered_amount, "
                + "min(period) OVER (" + claim + ") AS first_period, "
                + "row_number() OVER (" + claim + " ORDER BY CASE WHEN decision = 'withdrawn' THEN 1 ELSE 0 END, "
                + "level DESC, filed_date DESC, appeal_id DESC) AS n FROM (" + read + ") r) x WHERE n = 1";
    }

    /** One row per submitted claim: its remittances, whether it was initially denied, and why. */
    String claims(boolean appealsRead) {
        String denied = "coalesce(i.denied_amount, 0) > 0";
        return "SELECT c.facility_id, c.claim_id, c.encounter_id, coalesce(c.payer_id, 'unknown') AS payer_id, "
                + "c.submitted_date, coalesce(c.billed_amount, CAST(0 AS DECIMAL(18,2))) AS billed_amount, "
                + "coalesce(cr.remittances, 0) AS remittances, cr.initial_remit_date, i.initial_paid, "
                + "(" + denied + ") AS denied, "
                + "CASE WHEN " + denied + " THEN CASE WHEN i.initial_paid <= 0 THEN 'full' ELSE 'partial' END END AS denial_type, "
                + "CASE WHEN " + denied + " THEN i.denied_amount END AS denied_amount, "
                + "CASE WHEN " + denied + " THEN i.denial_lines END AS denial_adjustments, "
                + "p.group_code, p.carc, CASE WHEN p.rarc = '' THEN NULL ELSE p.rarc END AS rarc, p.category, "
                + "p.scenario AS caqh_scenario, k.preventable, k.owner, k.traces_to, k.recoverable_rate, "
                + "cr.net_paid, coalesce(cr.reversed, 0) = 1 AS reversed, "
                + "(" + denied + " AND cr.net_paid > i.initial_paid) AS overturned, "
                + (appealsRead ? "(ap.facility_id IS NOT NULL)" : "CAST(NULL AS BOOLEAN)") + " AS appealed, "
                + "ap.top_level AS appeal_level, ap.decision AS appeal_decision, "
                + "ap.recovered_amount AS appeal_recovered_amount, c.period "
                + "FROM claims c "
                + "LEFT JOIN dn_claim_remit cr ON cr.facility_id = c.facility_id AND cr.claim_id = c.claim_id "
                + "LEFT JOIN dn_initial i ON i.facility_id = c.facility_id AND i.claim_id = c.claim_id "
                + "LEFT JOIN dn_primary p ON p.facility_id = c.facility_id AND p.claim_id = c.claim_id "
                + "LEFT JOIN ref_category k ON k.category = p.category "
                + "LEFT JOIN dn_appeal_claim ap ON ap.facility_id = c.facility_id AND ap.claim_id = c.claim_id "
                + "WHERE c.period IS NOT NULL";
    }

    /** The claim-level output: initially denied claims only. */
    static String deniedClaims() {
        return "SELECT * FROM dn_claim WHERE denied";
    }

    private static final String DENIAL_COUNTS = "count(*) AS denied_claims, "
            + "sum(CASE WHEN denial_type = 'full' THEN 1 ELSE 0 END) AS full_denials, "
            + "sum(CASE WHEN denial_type = 'partial' THEN 1 ELSE 0 END) AS partial_denials, "
            + "sum(denied_amount) AS denied_amount, "
            + "sum(CASE WHEN preventable THEN 1 ELSE 0 END) AS preventable_denials, "
            + "sum(CASE WHEN preventable THEN denied_amount ELSE CAST(0 AS DECIMAL(18,2)) END) AS preventable_amount, "
            + "sum(CASE WHEN traces_to <> 'none' THEN 1 ELSE 0 END) AS documentation_coding_denials, "
            + "sum(CASE WHEN traces_to <> 'none' THEN denied_amount ELSE CAST(0 AS DECIMAL(18,2)) END) "
            + "AS documentation_coding_amount, "
            + "sum(CASE WHEN category = 'unmapped' THEN 1 ELSE 0 END) AS unmapped_denials, "
            + "sum(CASE WHEN overturned THEN 1 ELSE 0 END) AS overturned_denials";

    private static final String CLAIM_COUNTS = "count(*) AS claims, sum(billed_amount) AS billed_amount, "
            + "sum(CASE WHEN initial_remit_date IS NOT NULL THEN 1 ELSE 0 END) AS adjudicated_claims";

    /**
     * Initial denial rates per facility and submission month: for the whole facility ({@code all}), by payer,
     * and by category (a category's rate is its denials over all the facility's claims).
     */
    static String rates() {
        String byAll = "SELECT t.facility_id, 'all' AS dimension, 'all' AS dimension_value, t.claims, t.billed_amount, "
                + "t.adjudicated_claims, " + denialColumns("d") + ", t.period FROM ("
                + "SELECT facility_id, period, " + CLAIM_COUNTS + " FROM dn_claim GROUP BY facility_id, period) t "
                + "LEFT JOIN (SELECT facility_id, period, " + DENIAL_COUNTS + " FROM dn_claim WHERE denied "
                + "GROUP BY facility_id, period) d ON d.facility_id = t.facility_id AND d.period = t.period";
        String byPayer = "SELECT t.facility_id, 'payer' AS dimension, t.payer_id AS dimension_value, t.claims, "
                + "t.billed_amount, t.adjudicated_claims, " + denialColumns("d") + ", t.period FROM ("
                + "SELECT facility_id, period, payer_id, " + CLAIM_COUNTS + " FROM dn_claim GROUP BY facility_id, period, "
                + "payer_id) t LEFT JOIN (SELECT facility_id, period, payer_id, " + DENIAL_COUNTS + " FROM dn_claim "
                + "WHERE denied GROUP BY facility_id, period, payer_id) d ON d.facility_id = t.facility_id "
                + "AND d.period = t.period AND d.payer_id = t.payer_id";
        String byCategory = "SELECT t.facility_id, 'category' AS dimension, d.category AS dimension_value, t.claims, "
                + "t.billed_amount, t.adjudicated_claims, " + denialColumns("d") + ", t.period FROM ("
                + "SELECT facility_id, period, " + CLAIM_COUNTS + " FROM dn_claim GROUP BY facility_id, period) t "
                + "JOIN (SELECT facility_id, period, category, " + DENIAL_COUNTS + " FROM dn_claim WHERE denied "
                + "GROUP BY facility_id, period, category) d ON d.facility_id = t.facility_id AND d.period = t.period";
        return "SELECT facility_id, dimension, dimension_value, claims, billed_amount, adjudicated_claims, denied_claims, "
                + "full_denials, partial_denials, denied_amount, "
                + "CAST(denied_claims AS DOUBLE) / nullif(claims, 0) AS denial_rate, "
                + "CAST(denied_claims AS DOUBLE) / nullif(adjudicated_claims, 0) AS adjudicated_denial_rate, "
                + "CAST(denied_amount AS DOUBLE) / nullif(CAST(billed_amount AS DOUBLE), 0) AS dollar_denial_rate, "
                + "preventable_denials, preventable_amount, "
                + "CAST(preventable_denials AS DOUBLE) / nullif(denied_claims, 0) AS preventable_share, "
                + "documentation_coding_denials, documentation_coding_amount, "
                + "CAST(documentation_coding_denials AS DOUBLE) / nullif(denied_claims, 0) AS documentation_coding_share, "
                + "unmapped_denials, overturned_denials, period FROM (" + byAll + " UNION ALL " + byPayer
                + " UNION ALL " + byCategory + ") r";
    }

    private static String denialColumns(String d) {
        String zeroCents = "CAST(0 AS DECIMAL(18,2))";
        return "coalesce(" + d + ".denied_claims, 0) AS denied_claims, coalesce(" + d + ".full_denials, 0) AS full_denials, "
                + "coalesce(" + d + ".partial_denials, 0) AS partial_denials, "
                + "coalesce(" + d + ".denied_amount, " + zeroCents + ") AS denied_amount, "
                + "coalesce(" + d + ".preventable_denials, 0) AS preventable_denials, "
                + "coalesce(" + d + ".preventable_amount, " + zeroCents + ") AS preventable_amount, "
                + "coalesce(" + d + ".documentation_coding_denials, 0) AS documentation_coding_denials, "
                + "coalesce(" + d + ".documentation_coding_amount, " + zeroCents + ") AS documentation_coding_amount, "
                + "coalesce(" + d + ".unmapped_denials, 0) AS unmapped_denials, "
                + "coalesce(" + d + ".overturned_denials, 0) AS overturned_denials";
    }

    private static final String DECIDED = "('overturned', 'partially_overturned', 'upheld')";

    /**
     * Appeals per facility and submission month of the denial, for the whole facility ({@code all}), by payer and by
     * category, each appealed claim counted once with its outcome ({@link #appealClaims}): denied claims and dollars,
     * appealed claims and their denied dollars, decided (overturned in full or in part, or upheld), pending and
     * withdrawn ones, recovered dollars, and the appeal and overturn rates with their numerators and denominators.
     * Appeals the denials cannot account for are rows of dimension {@code unmatched}: {@code not_initially_denied}
     * (claims on file not initially denied, by their submission month) and {@code claim_not_in_claims} (by the month
     * of the first appeal).
     */
    static String appeals() {
        String denial = "facility_id, period, denied, denied_amount, appealed, appeal_decision, appeal_recovered_amount";
        String exploded = "SELECT 'all' AS dimension, 'all' AS dimension_value, " + denial + " FROM dn_claim WHERE denied "
                + "UNION ALL SELECT 'payer', payer_id, " + denial + " FROM dn_claim WHERE denied "
                + "UNION ALL SELECT 'category', category, " + denial + " FROM dn_claim WHERE denied "
                + "UNION ALL SELECT 'unmatched', 'not_initially_denied', " + denial + " FROM dn_claim "
                + "WHERE NOT denied AND appealed "
                + "UNION ALL SELECT 'unmatched', 'claim_not_in_claims', facility_id, first_period, false, "
                + "CAST(NULL AS DECIMAL(18,2)), true, decision, recovered_amount FROM (" + appealsWithoutClaim() + ") a";
        String zeroCents = "CAST(0 AS DECIMAL(18,2))";
        String counted = "SELECT facility_id, dimension, dimension_value, "
                + "sum(CASE WHEN denied THEN 1 ELSE 0 END) AS denied_claims, "
                + "coalesce(sum(CASE WHEN denied THEN denied_amount END), " + zeroCents + ") AS denied_amount, "
                + "sum(CASE WHEN appealed THEN 1 ELSE 0 END) AS appealed_claims, "
                + "coalesce(sum(CASE WHEN appealed AND denied THEN denied_amount END), " + zeroCents + ") AS appealed_amount, "
                + "sum(CASE WHEN appeal_decision IN " + DECIDED + " THEN 1 ELSE 0 END) AS decided_appeals, "
                + "sum(CASE WHEN appeal_decision IN ('overturned', 'partially_overturned') THEN 1 ELSE 0 END) "
                + "AS overturned_appeals, "
                + "sum(CASE WHEN appeal_decision = 'overturned' THEN 1 ELSE 0 END) AS fully_overturned, "
                + "sum(CASE WHEN appeal_decision = 'partially_overturned' THEN 1 ELSE 0 END) AS partially_overturned, "
                + "sum(CASE WHEN appeal_decision = 'upheld' THEN 1 ELSE 0 END) AS upheld_appeals, "
                + "sum(CASE WHEN appeal_decision = 'pending' THEN 1 ELSE 0 END) AS pending_appeals, "
                + "sum(CASE WHEN appeal_decision = 'withdrawn' THEN 1 ELSE 0 END) AS withdrawn_appeals, "
                + "coalesce(sum(appeal_recovered_amount), " + zeroCents + ") AS recovered_amount, period "
                + "FROM (" + exploded + ") e GROUP BY facility_id, period, dimension, dimension_value";
        return "SELECT facility_id, dimension, dimension_value, denied_claims, denied_amount, appealed_claims, "
                + "appealed_amount, CAST(appealed_claims AS DOUBLE) / nullif(denied_claims, 0) AS appeal_rate, "
                + "decided_appeals, overturned_appeals, fully_overturned, partially_overturned, upheld_appeals, "
                + "pending_appeals, withdrawn_appeals, "
                + "CAST(overturned_appeals AS DOUBLE) / nullif(decided_appeals, 0) AS overturn_rate, recovered_amount, "
                + "period FROM (" + counted + ") a";
    }

    /**
     * The appealed claims {@link #appealClaims} found that are not in claims (or named no claim): they are filed by
     * the month of their first appeal, which may be a month without claims.
     */
    static String appealsWithoutClaim() {
        return "SELECT a.* FROM dn_appeal_claim a LEFT JOIN dn_claim c ON c.facility_id = a.facility_id "
                + "AND c.claim_id = a.claim_id WHERE c.claim_id IS NULL";
    }

    /**
     * Decided and overturned appeals of initially denied claims per facility, payer, submission month and category:
     * what the fix list's observed overturn rate reads.
     */
    static String appealCells() {
        return "SELECT facility_id, payer_id, period, category, "
                + "sum(CASE WHEN appeal_decision IN " + DECIDED + " THEN 1 ELSE 0 END) AS decided, "
                + "sum(CASE WHEN appeal_decision IN ('overturned', 'partially_overturned') THEN 1 ELSE 0 END) AS overturned "
                + "FROM dn_claim WHERE denied AND appealed GROUP BY facility_id, payer_id, period, category "
                + "ORDER BY facility_id, payer_id, period, category";
    }

    /**
     * Categories ranked by denied dollars per facility and month and for the whole system ({@code all}), with
     * the cumulative share; the vital few are those ranked before the cumulative share reached {@code share},
     * the one that reaches it included.
     */
    static String pareto(double share) {
        String perCategory = "SELECT facility_id, period, category, count(*) AS denied_claims, sum(denied_amount) AS denied_amount "
                + "FROM dn_claim WHERE denied GROUP BY facility_id, period, category "
                + "UNION ALL SELECT 'all' AS facility_id, period, category, count(*) AS denied_claims, "
                + "sum(denied_amount) AS denied_amount FROM dn_claim WHERE denied GROUP BY period, category";
        String ranked = "SELECT facility_id, period, category, denied_claims, denied_amount, "
                + "row_number() OVER (PARTITION BY facility_id, period ORDER BY denied_amount DESC, category) AS rank, "
                + "sum(denied_amount) OVER (PARTITION BY facility_id, period) AS total_denied_amount, "
                + "sum(denied_amount) OVER (PARTITION BY facility_id, period ORDER BY denied_amount DESC, category "
                + "ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cumulative_amount FROM (" + perCategory + ") c";
        return "SELECT x.facility_id, x.rank, x.category, k.owner, k.preventable, x.denied_claims, x.denied_amount, "
                + "x.total_denied_amount, "
                + "CAST(x.denied_amount AS DOUBLE) / nullif(CAST(x.total_denied_amount AS DOUBLE), 0) AS share, "
                + "CAST(x.cumulative_amount AS DOUBLE) / nullif(CAST(x.total_denied_amount AS DOUBLE), 0) AS cumulative_share, "
                + "coalesce(CAST(x.cumulative_amount - x.denied_amount AS DOUBLE) "
                + "< " + share + " * CAST(x.total_denied_amount AS DOUBLE), false) AS vital_few, x.period "
                + "FROM (" + ranked + ") x LEFT JOIN ref_category k ON k.category = x.category";
    }

    /** Denied claims and dollars per facility, payer, submission month and category: what the statistics read. */
    static String denialCells() {
        return "SELECT facility_id, payer_id, period, category, count(*) AS denied_claims, sum(denied_amount) AS denied_amount "
                + "FROM dn_claim WHERE denied GROUP BY facility_id, payer_id, period, category "
                + "ORDER BY facility_id, payer_id, period, category";
    }

    /**
     * Adjudicated claims (those with an initial remittance by the run date) per facility, payer and submission
     * month: the denominators of the statistics, so a month whose claims are still waiting for their
     * remittance does not read as a month with few denials.
     */
    static String claimCells() {
        return "SELECT facility_id, payer_id, period, count(*) AS claims FROM dn_claim WHERE initial_remit_date IS NOT NULL "
                + "GROUP BY facility_id, payer_id, period ORDER BY facility_id, payer_id, period";
    }

    /**
     * Claims of patients the MPI flags as duplicates: the claim's encounter's registration (facility, MRN) shares
     * its enterprise id with another registration at the same facility.
     */
    static String mpiDuplicateClaims() {
        return "SELECT DISTINCT c.facility_id, c.claim_id FROM dn_claim c "
                + "JOIN encounters e ON e.facility_id = c.facility_id AND e.encounter_id = c.encounter_id "
                + "JOIN mpi_xref x ON x.facility_id = e.facility_id AND x.mrn = e.mrn "
                + "JOIN (SELECT facility_id, enterprise_id FROM mpi_xref GROUP BY facility_id, enterprise_id "
                + "HAVING count(*) > 1) d ON d.facility_id = x.facility_id AND d.enterprise_id = x.enterprise_id";
    }

    /**
     * Claims of registrations the MPI flagged as a possible overlay (another person's details written over the
     * record) on a run dated on or before this run's date: the claim's encounter's facility and MRN.
     */
    String mpiOverlayClaims() {
        return "SELECT DISTINCT c.facility_id, c.claim_id FROM dn_claim c "
                + "JOIN encounters e ON e.facility_id = c.facility_id AND e.encounter_id = c.encounter_id "
                + "JOIN (SELECT DISTINCT facility_id, mrn FROM mpi_events WHERE event_type = 'possible_overlay' "
                + "AND as_of <= " + sql.literal(asOf) + ") o ON o.facility_id = e.facility_id AND o.mrn = e.mrn";
    }

    /**
     * Claims whose encounter failed a data-quality check: its key ({@code facility_id|encounter_id}) is among the
     * quality job's failing rows of the encounters table (a sample per check, facility and period: a lower bound).
     */
    String dqFailingClaims() {
        String key = "c.facility_id || '|' || c.encounter_id";
        return "SELECT DISTINCT c.facility_id, c.claim_id FROM dn_claim c "
                + "JOIN quality_failures f ON f.table_name = 'encounters' AND f.facility_id = c.facility_id "
                + "AND f.row_key = " + key;
    }

    /** Denial rates of flagged claims against the rest, per facility and submission month, for each kind of evidence. */
    static String evidence(List<String[]> kinds) {
        return kinds.stream().map(k -> "SELECT c.facility_id, '" + k[0] + "' AS evidence, "
                + "(f.claim_id IS NOT NULL) AS flagged, count(*) AS claims, "
                + "sum(CASE WHEN c.initial_remit_date IS NOT NULL THEN 1 ELSE 0 END) AS adjudicated_claims, "
                + "sum(CASE WHEN c.denied THEN 1 ELSE 0 END) AS denied_claims, "
                + "coalesce(sum(CASE WHEN c.denied THEN c.denied_amount END), CAST(0 AS DECIMAL(18,2))) AS denied_amount, "
                + "sum(c.billed_amount) AS billed_amount, c.period FROM dn_claim c LEFT JOIN " + k[1] + " f "
                + "ON f.facility_id = c.facility_id AND f.claim_id = c.claim_id "
                + "GROUP BY c.facility_id, c.period, (f.claim_id IS NOT NULL)")
                .map(q -> "SELECT facility_id, evidence, flagged, claims, adjudicated_claims, denied_claims, denied_amount, "
                        + "CAST(denied_claims AS DOUBLE) / nullif(adjudicated_claims, 0) AS adjudicated_denial_rate, "
                        + "billed_amount, CAST(denied_amount AS DOUBLE) / nullif(CAST(billed_amount AS DOUBLE), 0) "
                        + "AS dollar_denial_rate, period FROM (" + q + ") e")
                .collect(Collectors.joining(" UNION ALL "));
    }
}
