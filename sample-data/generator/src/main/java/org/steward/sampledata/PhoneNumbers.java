package org.steward.sampledata;

import java.util.SplittableRandom;

/** NANP-shaped phone numbers (area and exchange never start with 0/1 and are never N11). */
final class PhoneNumbers {

    private PhoneNumbers() {
    }

    static long random(SplittableRandom random) {
        int area;
        do {
            area = 200 + random.nextInt(800);
        } while (area % 100 == 11 || area / 10 % 10 == 9);
        int exchange;
        do {
            exchange = 200 + random.nextInt(800);
        } while (exchange % 100 == 11);
        return area * 10_000_000L + exchange * 10_000L + random.nextInt(10_000);
    }

    static String format(long phone) {
        String d = String.format("%010d", phone);
        return d.substring(0, 3) + "-" + d.substring(3, 6) + "-" + d.substring(6);
    }
}
