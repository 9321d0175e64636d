package org.steward.sampledata;

/**
 * NPI check digit: Luhn over "80840" followed by the first nine digits (the card-issuer prefix
 * for US health identifiers).
 */
final class Npi {

    private Npi() {
    }

    /** Ten-digit NPI for a nine-digit base. */
    static long withCheckDigit(long base9) {
        return base9 * 10 + checkDigit(base9);
    }

    static int checkDigit(long base9) {
        String payload = "80840" + String.format("%09d", base9);
        int sum = 0;
        // Doubling starts at the rightmost payload digit because the check digit will follow it.
        for (int i = payload.length() - 1, k = 0; i >= 0; i--, k++) {
            int d = payload.charAt(i) - '0';
            if (k % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return (10 - sum % 10) % 10;
    }

    static boolean valid(String npi) {
        if (npi == null || npi.length() != 10) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (!Character.isDigit(npi.charAt(i))) {
                return false;
            }
        }
        long value = Long.parseLong(npi);
        return checkDigit(value / 10) == value % 10;
    }
}
