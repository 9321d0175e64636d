package org.steward.quality.identifiers;

/**
 * National Provider Identifier check: 10 digits whose last digit is the Luhn check digit computed over
 * the prefix 80840 followed by the first nine digits (CMS NPI standard; shared/domain.md).
 */
public final class NpiCheckDigit {

    private NpiCheckDigit() {
    }

    public static boolean valid(String npi) {
        if (npi == null || npi.length() != 10) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (!Character.isDigit(npi.charAt(i))) {
                return false;
            }
        }
        return luhnCheckDigit("80840" + npi.substring(0, 9)) == npi.charAt(9) - '0';
    }

    /** The digit that makes {@code payload} + digit pass Luhn. */
    static int luhnCheckDigit(String payload) {
        int sum = 0;
        boolean doubleIt = true;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int digit = payload.charAt(i) - '0';
            if (doubleIt) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubleIt = !doubleIt;
        }
        return (10 - sum % 10) % 10;
    }
}
