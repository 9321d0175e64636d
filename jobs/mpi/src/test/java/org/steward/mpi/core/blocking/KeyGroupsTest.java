package org.steward.mpi.core.blocking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.steward.mpi.core.StandardPatient;

/**
 * Grouping by hashed keys (no key strings) must give exactly the groups the key strings give ({@link BlockingRule#keyOf}):
 * on records drawn from small alphabets (so keys often agree, names swap and days and months cross) and with every
 * hash colliding.
 */
class KeyGroupsTest {

    private static final List<String> NAMES = List.of("JN", "SM0", "ANA", "PTR", "J");
    private static final List<String> DATES = List.of("19500102", "19500201", "19500101", "19510102", "19501212",
            "19500112", "19501201");

    @Test
    void everyKeyGroupsRecordsExactlyAsItsStringDoes() {
        List<StandardPatient> records = records(400, 7);
        for (BlockingKey key : BlockingKey.values()) {
            assertSameGroupsAsStrings(new BlockingRule(key.name(), List.of(key)), records);
        }
        assertSameGroupsAsStrings(new BlockingRule("dob_last", List.of(BlockingKey.BIRTH_DATE_UNORDERED,
                BlockingKey.LAST_METAPHONE)), records);
        assertSameGroupsAsStrings(new BlockingRule("names_year", List.of(BlockingKey.NAMES_UNORDERED,
                BlockingKey.BIRTH_YEAR)), records);
        assertSameGroupsAsStrings(new BlockingRule("zip_year_initial", List.of(BlockingKey.ZIP, BlockingKey.BIRTH_YEAR,
                BlockingKey.FIRST_INITIAL)), records);
    }

    @Test
    void keysThatShareAHashStillMakeTheirOwnGroups() {
        List<StandardPatient> records = records(300, 11);
        BlockingRule rule = new BlockingRule("dob_last", List.of(BlockingKey.BIRTH_DATE_UNORDERED,
                BlockingKey.LAST_METAPHONE));
        KeyGroups collided = KeyGroups.of(rule, records, p -> 42L);
        assertThat(groups(collided)).isEqualTo(stringGroups(rule, records));
        assertThat(collided.groups()).isGreaterThan(1);
    }

    private static void assertSameGroupsAsStrings(BlockingRule rule, List<StandardPatient> records) {
        KeyGroups groups = KeyGroups.of(rule, records);
        assertThat(groups(groups)).as(rule.name()).isEqualTo(stringGroups(rule, records));
        for (int i = 0; i < records.size(); i++) {
            assertThat(groups.groupOf(i) >= 0).as(rule.name()).isEqualTo(rule.keyOf(records.get(i)) != null);
        }
    }

    /** Each group's members in order; the set of groups, as grouping makes no promise about their order. */
    private static Set<List<Integer>> groups(KeyGroups groups) {
        Set<List<Integer>> out = new HashSet<>();
        int[] members = groups.members();
        int[] starts = groups.starts();
        for (int g = 0; g < groups.groups(); g++) {
            List<Integer> group = new ArrayList<>();
            Arrays.stream(members, starts[g], starts[g + 1]).forEach(group::add);
            out.add(group);
        }
        return out;
    }

    private static Set<List<Integer>> stringGroups(BlockingRule rule, List<StandardPatient> records) {
        Map<String, List<Integer>> byKey = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            String key = rule.keyOf(records.get(i));
            if (key != null) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        return new HashSet<>(byKey.values());
    }

    private static List<StandardPatient> records(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<StandardPatient> records = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String first = pick(random, NAMES);
            String last = pick(random, NAMES);
            records.add(new StandardPatient(i, "F1", "M" + i, first, first == null ? List.of() : List.of(first),
                    first, null, last, last, null, null, pick(random, DATES), pick(random, List.of("123456789", "987654321")),
                    null, pick(random, List.of("SPRINGFIELD", "SALEM")), null, pick(random, List.of("02134", "02135")),
                    pick(random, List.of("6175550100", "6175550101")), pick(random, List.of("A@X.ORG", "B@X.ORG"))));
        }
        return records;
    }

    /** One of the values, or (one time in six) null. */
    private static String pick(SplittableRandom random, List<String> values) {
        return random.nextInt(6) == 0 ? null : values.get(random.nextInt(values.size()));
    }
}
