package org.puente.server.verification;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.CRC32C;

/**
 * How a verification record is laid out in the journal's segments: framed as its length, a
 * CRC-32C of its bytes, and the bytes, so a write cut short by a crash (never acknowledged) is
 * recognised and ignored when a segment is read back.
 */
final class JournalFrames {

    /** The length and the checksum before each record's bytes. */
    private static final int HEADER = 8;

    private JournalFrames() {
    }

    /**
     * Frames a record at the buffer's position and moves past it. The length goes in last, so a
     * copy cut short leaves a zero length or a wrong checksum, never a record.
     */
    static void write(VerificationRecord r, ByteBuffer out) {
        int start = out.position();
        out.position(start + HEADER);
        encode(r, out);
        int length = out.position() - start - HEADER;
        CRC32C crc = new CRC32C();
        crc.update(out.slice(start + HEADER, length));
        out.putInt(start + 4, (int) crc.getValue()).putInt(start, length);
    }

    /** The records framed in the bytes, up to the first one not completely written. */
    static List<VerificationRecord> read(ByteBuffer bytes) {
        // A zero length (a segment's unwritten rest) ends the records, as a torn write does.
        List<VerificationRecord> records = new ArrayList<>();
        while (bytes.remaining() >= HEADER) {
            int length = bytes.getInt();
            int expected = bytes.getInt();
            if (length <= 0 || length > bytes.remaining()) {
                break;
            }
            ByteBuffer payload = bytes.slice(bytes.position(), length);
            CRC32C crc = new CRC32C();
            crc.update(payload.duplicate());
            if ((int) crc.getValue() != expected) {
                break;
            }
            bytes.position(bytes.position() + length);
            try {
                records.add(decode(payload));
            } catch (BufferUnderflowException | IllegalArgumentException e) {
                break;
            }
        }
        return records;
    }

    private static void encode(VerificationRecord r, ByteBuffer out) {
        text(out, r.reference());
        out.putLong(r.at().toEpochMilli());
        text(out, r.channel().name());
        uuid(out, r.relyingPartyId());
        text(out, r.purpose() == null ? "" : r.purpose().name());
        text(out, r.documentType());
        uuid(out, r.documentId());
        text(out, r.outcome().name());
    }

    private static VerificationRecord decode(ByteBuffer in) {
        String reference = text(in);
        Instant at = Instant.ofEpochMilli(in.getLong());
        Channel channel = Channel.valueOf(text(in));
        UUID party = uuid(in);
        String purpose = text(in);
        String documentType = text(in);
        UUID document = uuid(in);
        Outcome outcome = Outcome.valueOf(text(in));
        return new VerificationRecord(reference, at, channel, party, purpose.isEmpty() ? null : Purpose.valueOf(purpose),
                documentType, document, outcome);
    }

    private static void text(ByteBuffer out, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.putShort((short) bytes.length).put(bytes);
    }

    private static String text(ByteBuffer in) {
        byte[] bytes = new byte[Short.toUnsignedInt(in.getShort())];
        in.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void uuid(ByteBuffer out, UUID value) {
        out.put((byte) (value == null ? 0 : 1));
        if (value != null) {
            out.putLong(value.getMostSignificantBits()).putLong(value.getLeastSignificantBits());
        }
    }

    private static UUID uuid(ByteBuffer in) {
        return in.get() == 0 ? null : new UUID(in.getLong(), in.getLong());
    }
}
