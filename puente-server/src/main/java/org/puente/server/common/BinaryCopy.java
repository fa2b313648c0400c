package org.puente.server.common;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * PostgreSQL's binary {@code COPY} format: a header, then per row a field count and each field as
 * its length and its bytes in the type's network (big-endian) form, then a trailer. Only the types
 * Puente's tables use are supported; anything else is refused rather than guessed.
 */
final class BinaryCopy {

    enum Type {
        TEXT, UUID, DATE, TIMESTAMPTZ, INT8, INT4, INT2, BOOL;

        static Type of(String databaseName) {
            return switch (databaseName.toLowerCase(java.util.Locale.ROOT)) {
                case "varchar", "text", "bpchar" -> TEXT;
                case "uuid" -> UUID;
                case "date" -> DATE;
                case "timestamptz" -> TIMESTAMPTZ;
                case "int8", "bigserial" -> INT8;
                case "int4", "serial" -> INT4;
                case "int2" -> INT2;
                case "bool" -> BOOL;
                default -> throw new IllegalStateException("binary copy does not support " + databaseName);
            };
        }
    }

    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0,
            0, 0, 0, 0, 0, 0, 0, 0};
    /** PostgreSQL counts dates and times from 2000-01-01. */
    private static final long EPOCH_DAY_2000 = LocalDate.of(2000, 1, 1).toEpochDay();
    private static final long EPOCH_SECOND_2000 = EPOCH_DAY_2000 * 86_400L;

    private byte[] buffer;
    private int size;

    private BinaryCopy(int capacity) {
        buffer = new byte[capacity];
    }

    static byte[] encode(Type[] types, List<Object[]> rows) {
        BinaryCopy out = new BinaryCopy(64 + rows.size() * (types.length * 12 + 64));
        out.bytes(HEADER);
        for (Object[] row : rows) {
            out.int16(types.length);
            for (int i = 0; i < types.length; i++) {
                out.field(types[i], row[i]);
            }
        }
        out.int16(-1);
        return Arrays.copyOf(out.buffer, out.size);
    }

    private void field(Type type, Object value) {
        if (value == null) {
            int32(-1);
            return;
        }
        switch (type) {
            case TEXT -> {
                byte[] text = (value instanceof String s ? s : value.toString()).getBytes(StandardCharsets.UTF_8);
                int32(text.length);
                bytes(text);
            }
            case UUID -> {
                UUID id = (UUID) value;
                int32(16);
                int64(id.getMostSignificantBits());
                int64(id.getLeastSignificantBits());
            }
            case DATE -> {
                int32(4);
                int32((int) (((LocalDate) value).toEpochDay() - EPOCH_DAY_2000));
            }
            case TIMESTAMPTZ -> {
                Instant at = value instanceof Timestamp t ? t.toInstant() : (Instant) value;
                int32(8);
                int64((at.getEpochSecond() - EPOCH_SECOND_2000) * 1_000_000L + at.getNano() / 1_000);
            }
            case INT8 -> {
                int32(8);
                int64(((Number) value).longValue());
            }
            case INT4 -> {
                int32(4);
                int32(((Number) value).intValue());
            }
            case INT2 -> {
                int32(2);
                int16(((Number) value).intValue());
            }
            case BOOL -> {
                int32(1);
                room(1);
                buffer[size++] = (byte) (((Boolean) value) ? 1 : 0);
            }
        }
    }

    private void room(int more) {
        if (size + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
        }
    }

    private void bytes(byte[] b) {
        room(b.length);
        System.arraycopy(b, 0, buffer, size, b.length);
        size += b.length;
    }

    private void int16(int v) {
        room(2);
        buffer[size++] = (byte) (v >>> 8);
        buffer[size++] = (byte) v;
    }

    private void int32(int v) {
        room(4);
        buffer[size++] = (byte) (v >>> 24);
        buffer[size++] = (byte) (v >>> 16);
        buffer[size++] = (byte) (v >>> 8);
        buffer[size++] = (byte) v;
    }

    private void int64(long v) {
        int32((int) (v >>> 32));
        int32((int) v);
    }
}
