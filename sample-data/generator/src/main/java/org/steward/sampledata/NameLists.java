package org.steward.sampledata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Name and street vocabularies bundled as resources. First names of both sexes share one index
 * space (female first, then male) so a person stores a single number per name.
 */
final class NameLists {

    final List<String> firstNames = new ArrayList<>();
    final List<String> surnames = new ArrayList<>();
    final List<String> streets = new ArrayList<>();
    final List<String> suffixAbbreviations = new ArrayList<>();
    final List<String> suffixWords = new ArrayList<>();
    private int femaleCount;
    private WeightedChoice female;
    private WeightedChoice male;
    private WeightedChoice surname;
    private WeightedChoice streetSuffix;
    private final Map<String, List<String>> nicknames = new HashMap<>();
    /** Per sex (0 female, 1 male) and initial letter: first-name indexes, for twins with matching initials. */
    private final List<List<List<Integer>>> byInitial = new ArrayList<>();

    static NameLists load() {
        NameLists lists = new NameLists();
        List<String[]> femaleRows = lists.read("first_names_female.csv");
        List<String[]> maleRows = lists.read("first_names_male.csv");
        lists.femaleCount = femaleRows.size();
        lists.female = lists.addFirstNames(femaleRows, 0);
        lists.male = lists.addFirstNames(maleRows, lists.femaleCount);
        List<String[]> surnameRows = lists.read("surnames.csv");
        lists.surname = weighted(surnameRows, lists.surnames, 0);
        for (String[] row : lists.read("street_names.txt")) {
            lists.streets.add(row[0]);
        }
        List<String[]> suffixRows = lists.read("street_suffixes.csv");
        for (String[] row : suffixRows) {
            lists.suffixAbbreviations.add(row[0]);
            lists.suffixWords.add(row[1]);
        }
        int[] idx = new int[suffixRows.size()];
        long[] w = new long[suffixRows.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
            w[i] = Long.parseLong(suffixRows.get(i)[2]);
        }
        lists.streetSuffix = new WeightedChoice(idx, w);
        for (String[] row : lists.read("nicknames.csv")) {
            lists.nicknames.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
        }
        return lists;
    }

    boolean isFemaleName(int index) {
        return index < femaleCount;
    }

    int pickFirst(char sex, SplittableRandom random) {
        boolean useFemale = sex == 'F' || (sex == 'U' && random.nextBoolean());
        return (useFemale ? female : male).pick(random);
    }

    /** A different first name of the same sex list starting with the same letter, or any if none. */
    int pickSameInitial(int firstIndex, SplittableRandom random) {
        String name = firstNames.get(firstIndex);
        int sexList = isFemaleName(firstIndex) ? 0 : 1;
        List<Integer> candidates = byInitial.get(sexList).get(Character.toUpperCase(name.charAt(0)) - 'A');
        if (candidates.size() > 1) {
            for (int attempt = 0; attempt < 8; attempt++) {
                int pick = candidates.get(random.nextInt(candidates.size()));
                if (pick != firstIndex) {
                    return pick;
                }
            }
        }
        return -1;
    }

    int pickSurname(SplittableRandom random) {
        return surname.pick(random);
    }

    int pickStreetSuffix(SplittableRandom random) {
        return streetSuffix.pick(random);
    }

    List<String> nicknamesOf(String formal) {
        return nicknames.getOrDefault(formal, List.of());
    }

    private WeightedChoice addFirstNames(List<String[]> rows, int offset) {
        List<List<Integer>> initials = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            initials.add(new ArrayList<>());
        }
        byInitial.add(initials);
        WeightedChoice choice = weighted(rows, firstNames, offset);
        for (int i = 0; i < rows.size(); i++) {
            String name = rows.get(i)[0];
            int letter = Character.toUpperCase(name.charAt(0)) - 'A';
            if (letter >= 0 && letter < 26) {
                initials.get(letter).add(offset + i);
            }
        }
        return choice;
    }

    private static WeightedChoice weighted(List<String[]> rows, List<String> names, int offset) {
        int[] idx = new int[rows.size()];
        long[] w = new long[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            names.add(rows.get(i)[0]);
            idx[i] = offset + i;
            w[i] = Long.parseLong(rows.get(i)[1]);
        }
        return new WeightedChoice(idx, w);
    }

    private List<String[]> read(String resource) {
        return BundledList.read(resource);
    }
}
