package org.steward.sampledata;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/** How each violation kind damages a row; variants rotate so consumers meet several shapes. */
final class ViolationShapes {

    private ViolationShapes() {
    }

    /** Damages the row in place and returns the column name it hit ("" when not one column). */
    static String apply(ViolationKind kind, CsvRow row, FileContract contract, SplittableRandom random,
                        int round) {
        return switch (kind) {
            case BAD_DATE -> badDate(row, contract, round);
            case NON_NUMERIC_AMOUNT -> nonNumericAmount(row, contract, round);
            case WRONG_FIELD_COUNT -> wrongFieldCount(row, round);
            case BAD_ENCODING -> badEncoding(row, contract, random);
            case MISSING_KEY -> {
                row.replaceField(contract.keyColumn(), new byte[0]);
                yield contract.header()[contract.keyColumn()];
            }
        };
    }

    private static String badDate(CsvRow row, FileContract contract, int round) {
        int column = firstFilled(row, contract.dateColumns());
        String value = row.fieldText(column);
        String year = value.length() >= 4 ? value.substring(0, 4) : "2025";
        String broken = switch (round % 3) {
            case 0 -> value.length() == 10 ? value.substring(5, 7) + "/" + value.substring(8) + "/" + year
                                           : "03/15/" + year;
            case 1 -> year + "-13-45";
            default -> year + "-02-30";
        };
        row.replaceField(column, ascii(broken));
        return contract.header()[column];
    }

    private static String nonNumericAmount(CsvRow row, FileContract contract, int round) {
        int column = firstFilled(row, contract.amountColumns());
        String value = row.fieldText(column);
        String broken = switch (round % 3) {
            case 0 -> "\"" + letterOForZero(groupThousands(value)) + "\"";
            case 1 -> "N/A";
            default -> "$" + value;
        };
        row.replaceField(column, ascii(broken));
        return contract.header()[column];
    }

    private static String wrongFieldCount(CsvRow row, int round) {
        if (round % 2 == 0) {
            row.removeLastField();
        } else {
            row.rawField(row.field(row.fieldCount() - 1));
        }
        return "";
    }

    private static String badEncoding(CsvRow row, FileContract contract, SplittableRandom random) {
        int column = contract.textColumn();
        byte[] value = row.field(column);
        // 0xE9 is Latin-1 "e acute"; as a UTF-8 lead byte it needs two continuation bytes, and an
        // ASCII byte (or the field separator) after it makes the row invalid UTF-8.
        int at = value.length <= 1 ? value.length : 1 + random.nextInt(value.length - 1);
        byte[] broken = new byte[value.length + 1];
        System.arraycopy(value, 0, broken, 0, at);
        broken[at] = (byte) 0xE9;
        System.arraycopy(value, at, broken, at + 1, value.length - at);
        row.replaceField(column, broken);
        return contract.header()[column];
    }

    private static int firstFilled(CsvRow row, int[] columns) {
        for (int column : columns) {
            if (column < row.fieldCount() && row.field(column).length > 0) {
                return column;
            }
        }
        return columns[0];
    }

    private static String groupThousands(String amount) {
        String sign = amount.startsWith("-") ? "-" : "";
        String digits = sign.isEmpty() ? amount : amount.substring(1);
        int dot = digits.indexOf('.');
        String whole = dot < 0 ? digits : digits.substring(0, dot);
        String fraction = dot < 0 ? ".00" : digits.substring(dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(whole.charAt(i));
        }
        if (grouped.indexOf(",") < 0) {
            grouped.insert(0, "1,");
        }
        return sign + grouped + fraction;
    }

    private static String letterOForZero(String amount) {
        int comma = amount.indexOf(',');
        char[] chars = amount.toCharArray();
        chars[comma + 1] = 'O';
        return new String(chars);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
