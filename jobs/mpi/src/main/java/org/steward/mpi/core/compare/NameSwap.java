package org.steward.mpi.core.compare;

import org.steward.mpi.core.StandardPatient;

/** First and last name typed into each other's fields: each agrees (to the top band) crosswise. */
final class NameSwap {

    private NameSwap() {
    }

    static boolean swapped(StandardPatient a, StandardPatient b, JaroWinklerBands bands) {
        String af = a.firstName();
        String al = a.lastName();
        String bf = b.firstName();
        String bl = b.lastName();
        if (af == null || al == null || bf == null || bl == null || af.equals(al)) {
            return false;
        }
        return close(af, bl, bands) && close(al, bf, bands);
    }

    /**
     * One name typed into the other field and the other name lost or replaced: one registration's
     * last name agrees (to the top band) with the other's first name, or the other way round.
     */
    static boolean crossed(StandardPatient a, StandardPatient b, JaroWinklerBands bands) {
        String af = a.firstName();
        String al = a.lastName();
        String bf = b.firstName();
        String bl = b.lastName();
        return al != null && bf != null && !bf.equals(bl) && close(al, bf, bands)
                || af != null && bl != null && !af.equals(al) && close(af, bl, bands);
    }

    private static boolean close(String x, String y, JaroWinklerBands bands) {
        return x.equals(y) || bands.top(x, y);
    }
}
