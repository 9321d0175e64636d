package org.steward.privacy.access;

import static org.steward.platform.engine.SqlType.BIGINT;
import static org.steward.platform.engine.SqlType.BOOLEAN;
import static org.steward.platform.engine.SqlType.DOUBLE;
import static org.steward.platform.engine.SqlType.STRING;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steward.core.contract.InputContract;
import org.steward.core.period.Period;
import org.steward.mpi.core.standardise.ReferenceTables;
import org.steward.platform.engine.SqlColumn;
import org.steward.platform.engine.SqlEngine;
import org.steward.platform.engine.StagedTables;
import org.steward.platform.output.OutputLayout;
import org.steward.privacy.config.PrivacyConfig;
import org.steward.privacy.core.AccessFinding;
import org.steward.privacy.core.FamilyKeys;
import org.steward.privacy.core.VolumeAnomalies;

/**
 * The access audit on an engine: the event rules in SQL ({@link AccessSql}), family keys and the volume statistic
 * in plain Java ({@link FamilyKeys}, {@link VolumeAnomalies}), findings and cases written under a work folder as
 * the period of the run date. Logs carry counts only: no user ids, MRNs or names.
 */
public final class AccessEngine {

    private static final Logger log = LoggerFactory.getLogger(AccessEngine.class);
    private final SqlEngine engine;
    private final PrivacyConfig config;
    private final ReferenceTables standardisation;

    /** @param standardisation the MPI's reference tables (nicknames, suffixes, address words), from config/mpi.yml */
    public AccessEngine(SqlEngine engine, PrivacyConfig config, ReferenceTables standardisation) {
        this.engine = engine;
        this.config = config;
        this.standardisation = standardisation;
    }

    /**
     * What a run wrote: its period, rows per output, events judged, findings by code, and whether persons were
     * joined through the MPI's enterprise ids (false: facility and MRN, the MPI has not run in this output).
     */
    public record Result(String period, Map<AccessOutputs, Long> rows, long events, Map<String, Long> findings,
                         boolean mpiLinked) {
    }

    public Result run(OutputLayout output, LocalDate asOf, Path work) {
        long started = System.nanoTime();
        List<String> missing = StagedTables.registerAll(engine, output, List.of(InputContract.ACCESS_LOG,
                InputContract.WORKFORCE, InputContract.ENCOUNTERS, InputContract.PATIENTS));
        if (!missing.isEmpty()) {
            log.warn("access-audit: {} not staged: judged as empty", missing);
        }
        boolean mpi = StagedTables.registerMpiXref(engine, output);
        if (!mpi) {
            log.warn("access-audit: the MPI has not run in this output folder: a person is a facility and MRN, so one "
                    + "person's records at two facilities are two cases and self access is seen through own_mrn only");
        }
        AccessSql sql = new AccessSql(engine.dialect(), config.access(), asOf);
        engine.materialize("acc_user_day", sql.userDays());
        long events = ((Number) engine.rows(sql.judgedEventCount()).get(0)[0]).longValue();
        long daysReady = System.nanoTime();
        engine.materialize("acc_own", AccessSql.ownPersons());
        engine.materialize("acc_no_context", sql.noContext());
        long contextReady = System.nanoTime();
        registerFamily(sql);
        long familyReady = System.nanoTime();
        engine.materialize("acc_judged", sql.judged());
        long judgedReady = System.nanoTime();
        registerVolume(sql);
        long volumeReady = System.nanoTime();
        engine.materialize("acc_finding", sql.eventFindings() + " UNION ALL SELECT * FROM acc_volume");
        log.info("access-audit on {}: user-days in {} ms, encounter context in {} ms, family keys in {} ms, events judged "
                + "in {} ms, volume statistic in {} ms, findings in {} ms", engine.dialect().name(), ms(started, daysReady),
                ms(daysReady, contextReady), ms(contextReady, familyReady), ms(familyReady, judgedReady),
                ms(judgedReady, volumeReady), ms(volumeReady, System.nanoTime()));

        String period = Period.of(asOf).toString();
        // Cases are kept as a table: written, then counted, without grouping the findings twice.
        engine.materialize("acc_case", sql.cases());
        Map<AccessOutputs, String> queries = new TreeMap<>();
        queries.put(AccessOutputs.FINDINGS, "acc_finding");
        queries.put(AccessOutputs.CASES, "acc_case");
        Map<AccessOutputs, Long> rows = new TreeMap<>();
        for (Map.Entry<AccessOutputs, String> query : queries.entrySet()) {
            AccessOutputs out = query.getKey();
            String select = "SELECT q.*, " + engine.dialect().literal(asOf) + " AS as_of, "
                    + engine.dialect().literal(period) + " AS period FROM " + query.getValue() + " q";
            engine.writePeriod(select, out.columns(), work.resolve(out.area()).resolve(out.folder()), period);
            rows.put(out, (Long) engine.rows("SELECT count(*) FROM " + query.getValue()).get(0)[0]);
        }
        Map<String, Long> findings = new TreeMap<>();
        for (Object[] r : engine.rows("SELECT finding, count(*) FROM acc_finding GROUP BY finding")) {
            findings.put((String) r[0], (Long) r[1]);
        }
        log.info("access-audit on {} as of {}: {} events judged, persons joined by {}, findings {}, outputs {} in {} ms",
                engine.dialect().name(), asOf, events, mpi ? "MPI enterprise id" : "facility and MRN (no MPI)", findings,
                rows.entrySet().stream().map(e -> e.getKey().folder() + "=" + e.getValue()).collect(Collectors.joining(", ")),
                (System.nanoTime() - started) / 1_000_000);
        return new Result(period, rows, events, findings, mpi);
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /**
     * The registrations that may be family of a user ({@code acc_family}): the staged registrations whose prefilter key
     * is some user's, standardised by the MPI's rules and compared with the roster's names and addresses. Only when
     * the rule runs.
     */
    private void registerFamily(AccessSql sql) {
        List<Object[]> matches = List.of();
        if (config.access().rule(AccessFinding.FAMILY_ACCESS).enabled()) {
            List<FamilyKeys.Person> users = new ArrayList<>();
            for (Object[] r : engine.rows("SELECT user_id, last_name, address_line, zip FROM workforce")) {
                users.add(new FamilyKeys.Person((String) r[0], (String) r[1], (String) r[2], (String) r[3]));
            }
            FamilyKeys keys = new FamilyKeys(standardisation, users);
            if (!keys.isEmpty()) {
                engine.registerRows("acc_family_key", List.of(new SqlColumn("surname", STRING), new SqlColumn("digits", STRING)),
                        keys.prefilterKeys().stream().map(k -> new Object[] {k.surname(), k.digits()}).toList());
                // Each registration's standardisation is its own (the standardisers only read their tables): spread
                // over the cores.
                matches = engine.rows(sql.familyCandidates(keys.digitsSurviveStandardisation())).parallelStream()
                        .flatMap(r -> keys.usersSharing(new FamilyKeys.Person(null, (String) r[2], (String) r[3], (String) r[4]))
                                .stream().map(user -> new Object[] {r[0], r[1], user}))
                        .toList();
            }
        }
        engine.registerRows("acc_family", List.of(new SqlColumn("facility_id", STRING), new SqlColumn("mrn", STRING),
                new SqlColumn("user_id", STRING)), matches);
    }

    /**
     * The volume anomalies as finding rows ({@code acc_volume}). The roles' baselines come from the user-days counted
     * by role and patients; with them the engine keeps only the users one of whose days reaches its role's fewest
     * flagged count, and those users' days are judged in Java.
     */
    private void registerVolume(AccessSql sql) {
        PrivacyConfig.Rule rule = config.access().rule(AccessFinding.VOLUME_ANOMALY);
        List<Object[]> rows = new ArrayList<>();
        if (rule.enabled()) {
            VolumeAnomalies volume = new VolumeAnomalies(config.access().volume());
            List<VolumeAnomalies.RoleDays> roleDays = new ArrayList<>();
            for (Object[] r : engine.rows(AccessSql.roleDays())) {
                roleDays.add(new VolumeAnomalies.RoleDays((String) r[0], (String) r[1], ((Number) r[2]).longValue(),
                        ((Number) r[3]).longValue()));
            }
            List<VolumeAnomalies.RoleBaseline> baselines = volume.baselines(roleDays);
            engine.registerRows("acc_volume_limit", List.of(new SqlColumn("facility_id", STRING), new SqlColumn("role", STRING),
                    new SqlColumn("fewest_flagged", BIGINT)), baselines.stream().filter(b -> rule.appliesTo(b.role()))
                    .map(b -> new Object[] {b.facilityId(), b.role(), b.fewestFlagged()}).toList());
            List<VolumeAnomalies.UserDay> days = new ArrayList<>();
            for (Object[] r : engine.rows(sql.volumeCandidates())) {
                days.add(new VolumeAnomalies.UserDay((String) r[0], (String) r[1], (String) r[2], (LocalDate) r[3],
                        ((Number) r[4]).longValue(), (String) r[5]));
            }
            Set<String> roles = new TreeSet<>();
            AccessSql.ROLES.stream().filter(rule::appliesTo).forEach(roles::add);
            for (VolumeAnomalies.Anomaly a : volume.judge(days, baselines, sql.auditFrom(), sql.asOf(), roles,
                    rule.appliesTo(null))) {
                VolumeAnomalies.UserDay d = a.day();
                rows.add(new Object[] {d.facilityId(), d.userId(), null, d.firstEvent(), AccessFinding.VOLUME_ANOMALY.code(),
                        a.detail(), null, d.role(), null, d.patients(), a.score(), a.rank(), false});
            }
        }
        engine.registerRows("acc_volume", List.of(new SqlColumn("facility_id", STRING), new SqlColumn("user_id", STRING),
                new SqlColumn("mrn", STRING), new SqlColumn("event_time", STRING), new SqlColumn("finding", STRING),
                new SqlColumn("detail", STRING), new SqlColumn("person_key", STRING), new SqlColumn("role", STRING),
                new SqlColumn("action", STRING), new SqlColumn("patients", BIGINT), new SqlColumn("score", DOUBLE),
                new SqlColumn("rank", BIGINT), new SqlColumn("linked_by_mpi", BOOLEAN)), rows);
    }
}
