package org.puente.linkage;

/**
 * Birth dates as yyyymmdd integers, read from the forms clerks type: ISO (1990-05-31),
 * day-first (31/05/1990, 31-5-90, the usage in Peru and its neighbours), compact (19900531)
 * and month-first only when nothing else fits (05/31/1990). Impossible days and months are
 * kept as typed, because a date with day and month swapped is still evidence.
 */
final class BirthDates {

    static final int MISSING = 0;

    private BirthDates() {
    }

    static int parse(String value) {
        if (Text.isMissing(value)) {
            return MISSING;
        }
        String v = value.strip();
        int t = v.indexOf('T');
        if (t == 10) {
            v = v.substring(0, 10); // an ISO timestamp
        }
        int[] parts = new int[3];
        int[] lengths = new int[3];
        int count = 0;
        int digits = 0;
        int current = 0;
        for (int i = 0; i <= v.length(); i++) {
            char c = i < v.length() ? v.charAt(i) : ' ';
            if (c >= '0' && c <= '9') {
                if (digits >= 9) {
                    return MISSING;
                }
                current = current * 10 + (c - '0');
                digits++;
            } else if (digits > 0) {
                if (count == 3) {
                    return MISSING;
                }
                parts[count] = current;
                lengths[count++] = digits;
                current = 0;
                digits = 0;
            } else if (Character.isLetter(c)) {
                return MISSING;
            }
        }
        int y;
        int m;
        int d;
        if (count == 1 && lengths[0] == 8) {
            int n = parts[0];
            int head = n / 10000;
            if (head >= 1000 && head <= 2200) {
                y = head;
                m = n / 100 % 100;
                d = n % 100;
            } else {
                d = n / 1000000;
                m = n / 10000 % 100;
                y = n % 10000;
            }
        } else if (count == 3) {
            if (lengths[0] == 4) {
                y = parts[0];
                m = parts[1];
                d = parts[2];
            } else {
                y = lengths[2] <= 2 ? century(parts[2]) : parts[2];
                if (parts[1] > 12 && parts[0] <= 12) {
                    m = parts[0];
                    d = parts[1];
                } else {
                    d = parts[0];
                    m = parts[1];
                }
            }
        } else {
            return MISSING;
        }
        if (y < 1000 || y > 2200 || m > 99 || d > 99 || (m == 0 && d == 0)) {
            return MISSING;
        }
        return y * 10000 + m * 100 + d;
    }

    private static int century(int yy) {
        return yy <= 30 ? 2000 + yy : 1900 + yy;
    }

    static int year(int date) {
        return date / 10000;
    }

    static int month(int date) {
        return date / 100 % 100;
    }

    static int day(int date) {
        return date % 100;
    }

    /** 1 January, 1900-01-01 and the like: what is written when the real date is not known. */
    static boolean isPlaceholder(int date) {
        return month(date) == 1 && day(date) == 1;
    }

    /** Year 1900 or beyond 2100: the whole date was unknown. */
    static boolean isUnknown(int date) {
        return date == MISSING || year(date) == 1900 || year(date) >= 2100;
    }

    /** The same for a date and for the date with day and month swapped. */
    static int swapInvariant(int date) {
        int m = month(date);
        int d = day(date);
        return year(date) * 10000 + Math.min(m, d) * 100 + Math.max(m, d);
    }
}
