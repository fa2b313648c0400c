package org.puente.server.register;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Splits a CSV byte stream into records without holding more than one record in memory. Quotes
 * are tracked on bytes (a quote is ASCII in UTF-8), so a record with a quoted line break stays
 * whole, and each record is decoded on its own with a decoder that reports malformed UTF-8:
 * a bad byte costs one row, not the file. A quote left open is given up after
 * {@value #MAX_LINES_PER_RECORD} lines; only its first line is rejected and reading resumes on
 * the next line.
 */
final class CsvRecords {

    static final int MAX_LINES_PER_RECORD = 20;
    static final int MAX_LINE_BYTES = 1 << 20;

    static final String ENCODING = "import.line.encoding";
    static final String UNCLOSED_QUOTE = "import.line.unclosedQuote";
    static final String TOO_LONG = "import.line.tooLong";

    /** A record's text starting at {@code line}, or the problem that made it unreadable. */
    record Record(long line, String text, String problem, long position) {
    }

    private record Line(long number, byte[] bytes, int quotes, boolean tooLong, long end) {
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ArrayDeque<Line> pending = new ArrayDeque<>();
    private final byte[] buffer = new byte[64 * 1024];
    private int bufferLength;
    private int bufferPosition;
    private long position;
    private long nextLine = 1;
    private boolean eof;

    CsvRecords(InputStream in) {
        this.in = in;
    }

    /** The next record, or null at the end of the stream. */
    Record next() throws IOException {
        while (true) {
            if (pending.isEmpty()) {
                Line line = readLine();
                if (line == null) {
                    return null;
                }
                pending.add(line);
            }
            Line first = pending.peek();
            if (first.tooLong()) {
                pending.poll();
                return new Record(first.number(), null, TOO_LONG, first.end());
            }
            int quotes = 0;
            int count = 0;
            boolean complete = false;
            for (Line line : pending) {
                quotes += line.quotes();
                count++;
                if (quotes % 2 == 0) {
                    complete = true;
                    break;
                }
            }
            if (complete) {
                return take(count);
            }
            Line more = pending.size() < MAX_LINES_PER_RECORD ? readLine() : null;
            if (more == null) {
                pending.poll();
                return new Record(first.number(), null, UNCLOSED_QUOTE, first.end());
            }
            pending.add(more);
        }
    }

    private Record take(int lines) {
        Line first = pending.peek();
        int size = 0;
        int i = 0;
        for (Line line : pending) {
            if (i++ == lines) {
                break;
            }
            size += line.bytes().length;
        }
        byte[] bytes = new byte[size];
        int at = 0;
        long end = 0;
        for (int n = 0; n < lines; n++) {
            Line line = pending.poll();
            System.arraycopy(line.bytes(), 0, bytes, at, line.bytes().length);
            at += line.bytes().length;
            end = line.end();
        }
        int from = first.number() == 1 && size >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF ? 3 : 0;
        try {
            decoder.reset();
            String text = decoder.decode(ByteBuffer.wrap(bytes, from, size - from)).toString();
            return new Record(first.number(), text, null, end);
        } catch (CharacterCodingException e) {
            return new Record(first.number(), null, ENCODING, end);
        }
    }

    private Line readLine() throws IOException {
        if (eof) {
            return null;
        }
        byte[] line = new byte[256];
        int length = 0;
        int quotes = 0;
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (bufferPosition == bufferLength) {
                bufferLength = in.read(buffer);
                bufferPosition = 0;
                if (bufferLength <= 0) {
                    bufferLength = 0;
                    eof = true;
                    break;
                }
            }
            byte b = buffer[bufferPosition++];
            position++;
            any = true;
            if (b == '"') {
                quotes++;
            }
            if (!tooLong) {
                if (length == MAX_LINE_BYTES) {
                    tooLong = true;
                    line = new byte[0];
                } else {
                    if (length == line.length) {
                        line = Arrays.copyOf(line, line.length * 2);
                    }
                    line[length++] = b;
                }
            }
            if (b == '\n') {
                break;
            }
        }
        if (!any) {
            return null;
        }
        return new Line(nextLine++, tooLong ? new byte[0] : Arrays.copyOf(line, length), quotes, tooLong, position);
    }
}
