package org.steward.mpi.job;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.steward.mpi.core.PatientRecord;

/**
 * Enterprise ids named after each cluster's first registration (by facility and MRN), hashed so the id
 * reveals no MRN. The same clusters always get the same ids; keeping an id when a cluster gains an
 * earlier member (stable ids across runs, with merges and splits as events) is not built yet.
 */
final class EnterpriseIds {

    private EnterpriseIds() {
    }

    /** @param clusterOf each record's cluster number; records are in facility/MRN order */
    static String[] assign(List<PatientRecord> records, int[] clusterOf) {
        String[] firstKey = new String[records.size()];
        for (int i = 0; i < records.size(); i++) {
            int cluster = clusterOf[i];
            if (firstKey[cluster] == null) {
                firstKey[cluster] = records.get(i).key();
            }
        }
        String[] ids = new String[records.size()];
        for (int i = 0; i < records.size(); i++) {
            ids[i] = "E" + hash(firstKey[clusterOf[i]]);
        }
        return ids;
    }

    private static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
