package org.steward.sampledata;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The appeals of denied claims (appeals.csv, optional in the contract) and their truth: truth/appeal_outcomes.csv
 * (per facility and root-cause category, every appealed claim's final outcome and the dollars recovered, as of the
 * extract date) and truth/appeal_defects.csv (the rows planted to fail one data-quality check each).
 *
 * <p>Written after every other file, from a random stream of its own (so the other files stay byte-identical), and
 * from what was written: the initially denied claims are read back from claims.csv and remittance_adjustments.csv
 * less the rows the contract violation log says stage quarantines, as the denials job sees them.
 *
 * <p>Whether a denial is appealed, and how often an appeal wins, depends on its root cause ({@link #POLICIES}): a
 * missing record sent on appeal usually overturns, a timely-filing or non-covered denial rarely does. A claim whose
 * first-level appeal is upheld (or overturned in part) may go to the second level. The file is an extract taken on
 * {@link #extractDate}: appeals filed later are not in it, and appeals whose decision falls later are pending.
 */
final class AppealInputs {

    static final String[] HEADER = {"facility_id", "appeal_id", "claim_id", "level", "filed_date", "decision",
        "decision_date", "recovered_amount"};
    static final String[] OUTCOMES_HEADER = {"facility_id", "category", "denied_claims", "appealed_claims", "decided",
        "overturned", "partially_overturned", "upheld", "pending", "withdrawn", "recovered_amount", "as_of"};
    static final String[] DEFECTS_HEADER = {"defect", "facility_id", "appeal_id"};
    /** Appeals of claims that are in claims.csv but were not initially denied (an underpayment appeal). */
    static final String NOT_DENIED = "not_initially_denied";
    /** Appeals naming a claim that claims.csv does not have. */
    static final String NO_CLAIM = "claim_not_in_claims";
    /** Salt of this concern's random stream: independent of SeedStreams' ordinals, so it never shifts another file. */
    private static final long SALT = 0x41505045414C5331L;

    /** How a root cause is appealed: the share of its denials appealed, and the chance a decided appeal wins. */
    private record Policy(double appealed, double overturned) {
    }

    /*
     * Claim-data and coding errors are mostly corrected and resubmitted rather than appealed; authorization and
     * medical-necessity denials are appealed with the record and often won (OIG found Medicare Advantage plans
     * overturned 75% of their own denials on appeal); timely filing wins only with proof of timely submission.
     */
    private static final Map<String, Policy> POLICIES = Map.ofEntries(
            Map.entry("authorization", new Policy(0.55, 0.55)),
            Map.entry("missing_documentation", new Policy(0.60, 0.80)),
            Map.entry("medical_necessity", new Policy(0.60, 0.45)),
            Map.entry("claim_data", new Policy(0.15, 0.70)),
            Map.entry("coding", new Policy(0.35, 0.40)),
            Map.entry("bundling", new Policy(0.30, 0.30)),
            Map.entry("duplicate_claim", new Policy(0.10, 0.10)),
            Map.entry("eligibility_registration", new Policy(0.20, 0.25)),
            Map.entry("coordination_of_benefits", new Policy(0.25, 0.50)),
            Map.entry("non_covered", new Policy(0.15, 0.10)),
            Map.entry("timely_filing", new Policy(0.30, 0.15)));

    private enum Decision {
        OVERTURNED("overturned"), PARTIALLY_OVERTURNED("partially_overturned"), UPHELD("upheld"), PENDING("pending"),
        WITHDRAWN("withdrawn");

        final String label;

        Decision(String label) {
            this.label = label;
        }

        boolean decided() {
            return this == OVERTURNED || this == PARTIALLY_OVERTURNED || this == UPHELD;
        }
    }

    /** A claim as the denials job sees it: in claims.csv (unbroken) with its remittance (unbroken rows). */
    private static final class ClaimOnFile {
        final int facility;
        final String id;
        int remitDay;
        long deniedCents;
        String category;
        boolean inClaims;
        double allowedShare = 0.4;

        ClaimOnFile(int facility, String id) {
            this.facility = facility;
            this.id = id;
        }
    }

    /** One appeal row; its id is given once all are known. */
    private static final class Appeal {
        final int facility;
        final String claimId;
        final int level;
        final int filedDay;
        /** The truth row it counts in: facility|category, or facility|kind of unmatched appeal. */
        String tally;
        Decision decision;
        Integer decisionDay;
        Long recoveredCents;
        String id;
        /** The data-quality defect planted on it, if any. */
        String defect;

        Appeal(int facility, String claimId, int level, int filedDay) {
            this.facility = facility;
            this.claimId = claimId;
            this.level = level;
            this.filedDay = filedDay;
        }

        long recovered() {
            return recoveredCents == null ? 0 : recoveredCents;
        }
    }

    /** The truth of one facility and category (or kind of unmatched appeal). */
    private static final class Tally {
        long denied;
        long appealed;
        final long[] outcomes = new long[Decision.values().length];
        long recoveredCents;
    }

    private final GeneratorSettings settings;
    private final int extractDay;
    private final List<Appeal> appeals = new ArrayList<>();
    private final Map<String, Tally> tallies = new TreeMap<>();

    AppealInputs(GeneratorSettings settings) {
        this.settings = settings;
        this.extractDay = (int) extractDate(settings).toEpochDay();
    }

    /** The day the appeals file is extracted: six months after the last month of service. */
    static LocalDate extractDate(GeneratorSettings settings) {
        return settings.lastMonth().plusMonths(6).atEndOfMonth();
    }

    void write(Path outDir, OutputFiles out) throws IOException {
        SplittableRandom random = new SplittableRandom(SeedStreams.mix(settings.seed() ^ SALT));
        List<ClaimOnFile> denied = new ArrayList<>();
        List<ClaimOnFile> paid = new ArrayList<>();
        readClaims(outDir, denied, paid);
        for (ClaimOnFile claim : denied) {
            tallies.computeIfAbsent(tallyKey(claim.facility, claim.category), k -> new Tally()).denied++;
            appeal(claim, random);
        }
        if (settings.contractViolationsPerFile() > 0) {
            plantEdgeCases(paid, random);
        }
        assignIds();
        try (CsvOut file = new CsvOut(outDir.resolve("appeals.csv"), HEADER)) {
            CsvRow row = new CsvRow();
            for (Appeal a : appeals) {
                row.clear().text(FacilityLayout.id(a.facility)).text(a.id).text(a.claimId).num(a.level).date(a.filedDay)
                        .text(a.decision.label);
                if (a.decisionDay == null) {
                    row.empty();
                } else {
                    row.date(a.decisionDay);
                }
                if (a.recoveredCents == null) {
                    row.empty();
                } else {
                    row.money(a.recoveredCents);
                }
                file.write(row);
            }
            out.count("appeals.csv", file.rows());
        }
        try (CsvOut truth = new CsvOut(outDir.resolve("truth/appeal_outcomes.csv"), OUTCOMES_HEADER)) {
            CsvRow row = new CsvRow();
            String asOf = LocalDate.ofEpochDay(extractDay).toString();
            for (Map.Entry<String, Tally> e : tallies.entrySet()) {
                String[] key = e.getKey().split("\\|", 2);
                Tally t = e.getValue();
                long[] o = t.outcomes;
                row.clear().text(FacilityLayout.id(Integer.parseInt(key[0]))).text(key[1]).num(t.denied)
                        .num(t.appealed).num(o[0] + o[1] + o[2]).num(o[0]).num(o[1]).num(o[2]).num(o[3]).num(o[4])
                        .money(t.recoveredCents).text(asOf);
                truth.write(row);
            }
            out.count("truth/appeal_outcomes.csv", truth.rows());
        }
        try (CsvOut truth = new CsvOut(outDir.resolve("truth/appeal_defects.csv"), DEFECTS_HEADER)) {
            CsvRow row = new CsvRow();
            for (Appeal a : appeals) {
                if (a.defect != null) {
                    truth.write(row.clear().text(a.defect).text(FacilityLayout.id(a.facility)).text(a.id));
                }
            }
            out.count("truth/appeal_defects.csv", truth.rows());
        }
    }

    /**
     * The initially denied claims and a few paid ones, in facility and claim order: a claim whose remittance has an
     * unbroken row with one of the generator's denial reasons (its only row: paid nothing, the whole charge denied),
     * and whose claims.csv row is unbroken.
     */
    private static void readClaims(Path outDir, List<ClaimOnFile> denied, List<ClaimOnFile> paid) throws IOException {
        Set<String> quarantined = new HashSet<>();
        WrittenCsvFile.read(outDir.resolve("truth/contract_violations.csv"),
                r -> quarantined.add(r.get("file") + ":" + r.get("line")));
        Map<String, ClaimOnFile> claims = new HashMap<>();
        Map<String, Integer> paidPerFacility = new HashMap<>();
        WrittenCsvFile.read(outDir.resolve("remittance_adjustments.csv"), r -> {
            if (quarantined.contains("remittance_adjustments.csv:" + r.line())) {
                return;
            }
            String key = r.get("facility_id") + "|" + r.get("claim_id");
            String category = DenialPatterns.category(r.get("group_code"), r.get("carc"), r.get("rarc"));
            if (category != null) {
                ClaimOnFile c = claims.computeIfAbsent(key, k -> new ClaimOnFile(facility(r.get("facility_id")), r.get("claim_id")));
                c.remitDay = (int) LocalDate.parse(r.get("remit_date")).toEpochDay();
                c.deniedCents = cents(r.get("adjustment_amount"));
                c.category = category;
            } else if (!claims.containsKey(key) && cents(r.get("paid_amount")) > 0
                    && paidPerFacility.merge(r.get("facility_id"), 1, Integer::sum) <= 8) {
                // A few paid claims per facility, for the underpayment appeals of the edge cases.
                ClaimOnFile c = new ClaimOnFile(facility(r.get("facility_id")), r.get("claim_id"));
                c.remitDay = (int) LocalDate.parse(r.get("remit_date")).toEpochDay();
                c.deniedCents = cents(r.get("paid_amount"));
                claims.put(key, c);
            }
        });
        WrittenCsvFile.read(outDir.resolve("claims.csv"), r -> {
            ClaimOnFile c = claims.get(r.get("facility_id") + "|" + r.get("claim_id"));
            if (c != null && !quarantined.contains("claims.csv:" + r.line())) {
                c.inClaims = true;
                c.allowedShare = Payers.ALL.stream().filter(p -> p.id().equals(r.get("payer_id"))).findFirst()
                        .map(Payers.Payer::allowedShare).orElse(0.4);
            }
        });
        List<ClaimOnFile> onFile = new ArrayList<>(claims.values().stream().filter(c -> c.inClaims).toList());
        onFile.sort(Comparator.comparingInt((ClaimOnFile c) -> c.facility).thenComparing(c -> c.id));
        for (ClaimOnFile c : onFile) {
            (c.category == null ? paid : denied).add(c);
        }
    }

    /** Whether a denial is appealed, at which levels, and how each level ends by the extract date. */
    private void appeal(ClaimOnFile claim, SplittableRandom random) {
        Policy policy = POLICIES.get(claim.category);
        if (random.nextDouble() >= policy.appealed()) {
            return;
        }
        // Medicare allows 120 days from the initial determination; most plans 180.
        int filed = claim.remitDay + 15 + random.nextInt(90);
        if (filed > extractDay) {
            return;
        }
        Appeal first = decide(new Appeal(claim.facility, claim.id, 1, filed), claim, policy.overturned(), 0.04, 0.05,
                20, 60, random);
        Appeal second = null;
        double escalate = first.decision == Decision.UPHELD ? 0.45 : first.decision == Decision.PARTIALLY_OVERTURNED ? 0.25 : 0;
        if (escalate > 0 && random.nextDouble() < escalate) {
            int secondFiled = first.decisionDay + 20 + random.nextInt(100);
            if (secondFiled <= extractDay) {
                second = decide(new Appeal(claim.facility, claim.id, 2, secondFiled), claim, policy.overturned() * 0.7,
                        0.06, 0.05, 30, 60, random);
            }
        }
        // The claim's outcome is its highest level's decision; a withdrawn later level leaves the earlier decision,
        // and the second level upholding the rest of a claim the first overturned in part leaves it overturned in part.
        Decision outcome = second == null || second.decision == Decision.WITHDRAWN ? first.decision
                : second.decision == Decision.UPHELD && first.decision == Decision.PARTIALLY_OVERTURNED
                ? Decision.PARTIALLY_OVERTURNED : second.decision;
        count(second == null ? List.of(first) : List.of(first, second), outcome,
                tallyKey(claim.facility, claim.category));
    }

    /** Adds one appealed claim's appeals to the file and to its truth row. */
    private void count(List<Appeal> levels, Decision outcome, String tally) {
        Tally t = tallies.computeIfAbsent(tally, k -> new Tally());
        t.appealed++;
        t.outcomes[outcome.ordinal()]++;
        for (Appeal a : levels) {
            a.tally = tally;
            appeals.add(a);
            t.recoveredCents += a.recovered();
        }
    }

    /**
     * One level's outcome: withdrawn, left undecided by the payer, or decided after {@code minDays} to
     * {@code minDays + spanDays} days (overturned with {@code overturn}, a quarter of those in part); pending when
     * the decision (or the withdrawal) falls after the extract date.
     */
    private Appeal decide(Appeal a, ClaimOnFile claim, double overturn, double withdrawn, double stuck, int minDays,
                          int spanDays, SplittableRandom random) {
        double u = random.nextDouble();
        if (u < withdrawn) {
            a.decision = Decision.WITHDRAWN;
            a.decisionDay = a.filedDay + 5 + random.nextInt(40);
        } else if (u < withdrawn + stuck) {
            a.decision = Decision.PENDING;
        } else {
            a.decisionDay = a.filedDay + minDays + random.nextInt(spanDays);
            double v = random.nextDouble();
            a.decision = v >= overturn ? Decision.UPHELD : v < overturn * 0.25 ? Decision.PARTIALLY_OVERTURNED
                    : Decision.OVERTURNED;
            // An overturn releases the payer's contracted payment, not the charge.
            long contracted = Math.round(claim.deniedCents * claim.allowedShare * (0.9 + 0.2 * random.nextDouble()));
            a.recoveredCents = switch (a.decision) {
                case OVERTURNED -> contracted;
                case PARTIALLY_OVERTURNED -> Math.round(contracted * (0.2 + 0.5 * random.nextDouble()));
                default -> 0L;
            };
        }
        if (a.decisionDay != null && a.decisionDay > extractDay) {
            a.decision = Decision.PENDING;
            a.decisionDay = null;
            a.recoveredCents = null;
        }
        return a;
    }

    /**
     * Per facility: two appeals of claims claims.csv does not have, two underpayment appeals of paid claims, and one
     * appeal for each data-quality defect (a decision dated before the filing, a negative recovery, a decided appeal
     * without its date, money recovered on an upheld appeal), each on an appeal the truth already counts.
     */
    private void plantEdgeCases(List<ClaimOnFile> paid, SplittableRandom random) {
        int firstDay = settings.firstDay() + 60;
        for (int f = 0; f < settings.facilities(); f++) {
            for (int k = 0; k < 2; k++) {
                Appeal orphan = new Appeal(f, claimId(f, 99_999_990L + k), 1, firstDay + random.nextInt(200));
                orphan.decision = k == 0 ? Decision.OVERTURNED : Decision.PENDING;
                orphan.decisionDay = k == 0 ? orphan.filedDay + 30 : null;
                orphan.recoveredCents = k == 0 ? 25_000L + random.nextInt(100_000) : null;
                orphan.defect = "appeal_claim_missing";
                count(List.of(orphan), orphan.decision, tallyKey(f, NO_CLAIM));
            }
            int facility = f;
            List<ClaimOnFile> paidHere = paid.stream().filter(c -> c.facility == facility).limit(2).toList();
            for (int k = 0; k < paidHere.size(); k++) {
                ClaimOnFile c = paidHere.get(k);
                Appeal underpaid = new Appeal(f, c.id, 1, c.remitDay + 30);
                underpaid.decision = k == 0 ? Decision.PARTIALLY_OVERTURNED : Decision.UPHELD;
                underpaid.decisionDay = underpaid.filedDay + 45;
                underpaid.recoveredCents = k == 0 ? Math.max(2_500, c.deniedCents / 10) : 0L;
                if (underpaid.decisionDay <= extractDay) {
                    count(List.of(underpaid), underpaid.decision, tallyKey(f, NOT_DENIED));
                }
            }
            plantDefect(f, "decision_before_filed", a -> a.decision.decided() && a.decisionDay != null,
                    a -> a.decisionDay = a.filedDay - 1 - random.nextInt(5));
            plantDefect(f, "recovered_negative", a -> a.decision == Decision.OVERTURNED && a.recovered() > 0,
                    a -> a.recoveredCents = -a.recoveredCents);
            plantDefect(f, "decided_without_date", a -> a.decision.decided() && a.decisionDay != null,
                    a -> a.decisionDay = null);
            plantDefect(f, "recovered_on_upheld", a -> a.decision == Decision.UPHELD && a.recovered() == 0,
                    a -> a.recoveredCents = 5_000L + random.nextInt(20_000));
        }
    }

    /**
     * Plants a defect on the facility's first appeal of a denied claim that qualifies and carries no other defect;
     * the truth counts what is written, so a planted recovery moves its row's recovered dollars.
     */
    private void plantDefect(int facility, String defect, Predicate<Appeal> qualifies, Consumer<Appeal> plant) {
        for (Appeal a : appeals) {
            if (a.facility == facility && a.defect == null && !a.tally.endsWith(NO_CLAIM) && !a.tally.endsWith(NOT_DENIED)
                    && qualifies.test(a)) {
                long before = a.recovered();
                plant.accept(a);
                tallies.get(a.tally).recoveredCents += a.recovered() - before;
                a.defect = defect;
                return;
            }
        }
    }

    /** Facility index and category: sorts by facility number, then category. */
    private static String tallyKey(int facility, String category) {
        return String.format("%02d|%s", facility, category);
    }

    /** Ids in filing order per facility ({@code A} + facility + sequence), the file in facility and id order. */
    private void assignIds() {
        appeals.sort(Comparator.comparingInt((Appeal a) -> a.facility).thenComparingInt(a -> a.filedDay)
                .thenComparing(a -> a.claimId).thenComparingInt(a -> a.level));
        Map<Integer, Long> sequence = new HashMap<>();
        for (Appeal a : appeals) {
            a.id = id("A", a.facility, sequence.merge(a.facility, 1L, Long::sum));
        }
    }

    /** Ids as the other files write them: a letter, the facility in two digits, an eight-digit sequence. */
    private static String id(String prefix, int facility, long sequence) {
        return String.format("%s%02d%08d", prefix, facility + 1, sequence);
    }

    private static String claimId(int facility, long sequence) {
        return id("C", facility, sequence);
    }

    /** The facility index of {@code F<n>}. */
    private static int facility(String id) {
        return Integer.parseInt(id.substring(1)) - 1;
    }

    private static long cents(String amount) {
        return new java.math.BigDecimal(amount).movePointRight(2).longValueExact();
    }
}
