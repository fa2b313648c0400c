package org.puente.server.employment;

/**
 * Firm size classes for the simulator. When a firm's class is not given it is read from its
 * headcount: micro 1–10 workers and small 11–100 (the bands of Ley 28015 as amended by DL 1086;
 * today's law classes firms by annual sales, which the simulator does not have), medium 101–250 and
 * large above that (Puente's choice, for the simulation only).
 */
enum SizeClass {
    MICRO, SMALL, MEDIUM, LARGE;

    static SizeClass of(int headcount) {
        if (headcount <= 10) {
            return MICRO;
        }
        if (headcount <= 100) {
            return SMALL;
        }
        return headcount <= 250 ? MEDIUM : LARGE;
    }

    /** The smallest and largest headcount a generated firm of this class has. */
    int fewest() {
        return switch (this) {
            case MICRO -> 1;
            case SMALL -> 11;
            case MEDIUM -> 101;
            case LARGE -> 251;
        };
    }

    int most() {
        return switch (this) {
            case MICRO -> 10;
            case SMALL -> 100;
            case MEDIUM -> 250;
            case LARGE -> 2000;
        };
    }
}
