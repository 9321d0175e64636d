package org.steward.sampledata;

import java.util.Arrays;

/**
 * The true identity of every person, held column-wise (about 45 bytes a person) so a million
 * people fit comfortably while registrations and encounters stream to disk. Person ids are
 * index + 1.
 */
final class Population {

    static final int NO_DEATH = Integer.MIN_VALUE;
    static final String[] SUFFIXES = {"", "JR", "SR", "II", "III"};

    final int size;
    final byte[] sex;
    final short[] first;
    final short[] middle;
    final short[] last;
    /** A second surname: the maiden name of a woman who took her spouse's, or a later married name. */
    final short[] otherLast;
    final byte[] suffix;
    final int[] birthDay;
    final int[] ssn;
    final int[] zip;
    final byte[] place;
    final short[] streetNumber;
    final short[] street;
    final byte[] streetSuffix;
    final short[] unit;
    final long[] phone;
    final byte[] emailStyle;
    final short[] emailNumber;
    final byte[] homeFacility;
    final int[] deathDay;
    private int[] twinPairs = new int[64];
    private int twinValues;

    Population(int size) {
        this.size = size;
        sex = new byte[size];
        first = new short[size];
        middle = new short[size];
        last = new short[size];
        otherLast = new short[size];
        suffix = new byte[size];
        birthDay = new int[size];
        ssn = new int[size];
        zip = new int[size];
        place = new byte[size];
        streetNumber = new short[size];
        street = new short[size];
        streetSuffix = new byte[size];
        unit = new short[size];
        phone = new long[size];
        emailStyle = new byte[size];
        emailNumber = new short[size];
        homeFacility = new byte[size];
        deathDay = new int[size];
        Arrays.fill(middle, (short) -1);
        Arrays.fill(deathDay, NO_DEATH);
    }

    char sexOf(int person) {
        return (char) sex[person];
    }

    void addTwins(int personA, int personB) {
        if (twinValues + 2 > twinPairs.length) {
            twinPairs = Arrays.copyOf(twinPairs, twinPairs.length * 2);
        }
        twinPairs[twinValues++] = personA;
        twinPairs[twinValues++] = personB;
    }

    int twinPairCount() {
        return twinValues / 2;
    }

    int twinA(int pair) {
        return twinPairs[2 * pair];
    }

    int twinB(int pair) {
        return twinPairs[2 * pair + 1];
    }
}
