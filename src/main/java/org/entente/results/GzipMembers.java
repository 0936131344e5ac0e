package org.entente.results;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.GZIPOutputStream;
import java.util.zip.Inflater;

/**
 * Entente's gzip files: a sequence of gzip members, each holding whole lines (the header, then one
 * block of runs), so a file cut by a crash is a run of complete members and at most one member cut
 * short. Members are written from a complete buffer with a zero modification time, so the same
 * lines give the same bytes on every machine. Reading yields the complete members' bytes only,
 * and where each member starts, in the file and in the decompressed text.
 */
final class GzipMembers extends InputStream {
    private static final int FHCRC = 2, FEXTRA = 4, FNAME = 8, FCOMMENT = 16;

    /** Writes {@code data} as one gzip member. */
    static void write(OutputStream out, byte[] data, int length) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(new NonClosing(out), 1 << 16);
        gz.write(data, 0, length);
        gz.finish();
    }

    /** Where a member starts: in the file and in the decompressed text. */
    record Start(long file, long text) {
    }

    private final InputStream in;
    private final List<Start> starts = new ArrayList<>();
    private long fileOffset;
    private long textOffset;
    private byte[] member = new byte[0];
    private int pos;
    private boolean truncated;
    private boolean ended;

    GzipMembers(InputStream in) {
        this.in = in.markSupported() ? in : new java.io.BufferedInputStream(in, 1 << 16);
    }

    /** The members read so far, in order (with the end as a last entry once the stream has ended). */
    List<Start> starts() {
        return starts;
    }

    /**
     * Where in the file the member starts that starts at {@code text} in the decompressed text (or
     * the file's end after the last member read, when text is there).
     */
    long fileOffsetOf(long text) throws IOException {
        for (Start s : starts) if (s.text() == text) return s.file();
        if (text == textOffset + member.length) return fileOffset;
        throw new IOException("offset " + text + " is not between two gzip members");
    }

    /** Whether the file ended inside a member (a write cut short), whose bytes were not returned. */
    boolean truncated() {
        return truncated;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        while (pos == member.length) {
            if (ended || !nextMember()) return -1;
        }
        int n = Math.min(len, member.length - pos);
        System.arraycopy(member, pos, b, off, n);
        pos += n;
        return n;
    }

    /** Reads the next complete member into memory; false at the end of the file or at a member cut short. */
    private boolean nextMember() throws IOException {
        textOffset += member.length;
        member = new byte[0];
        pos = 0;
        in.mark(1);
        if (in.read() < 0) {
            ended = true;
            starts.add(new Start(fileOffset, textOffset));
            return false;
        }
        in.reset();
        Counting c = new Counting(in);
        try {
            byte[] data = inflateMember(c);
            starts.add(new Start(fileOffset, textOffset));
            fileOffset += c.count;
            member = data;
            return true;
        } catch (EOFException e) {
            truncated = true;
            ended = true;
            starts.add(new Start(fileOffset, textOffset));
            return false;
        }
    }

    private static byte[] inflateMember(Counting in) throws IOException {
        byte[] h = in.readN(10);
        if ((h[0] & 0xff) != 0x1f || (h[1] & 0xff) != 0x8b || h[2] != 8) throw new IOException("not a gzip file");
        int flags = h[3];
        if ((flags & FEXTRA) != 0) {
            byte[] x = in.readN(2);
            in.readN((x[0] & 0xff) | (x[1] & 0xff) << 8);
        }
        if ((flags & FNAME) != 0) while (in.readN(1)[0] != 0) { /* skip the name */ }
        if ((flags & FCOMMENT) != 0) while (in.readN(1)[0] != 0) { /* skip the comment */ }
        if ((flags & FHCRC) != 0) in.readN(2);
        Inflater inf = new Inflater(true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        byte[] chunk = new byte[1 << 14];
        try {
            while (!inf.finished()) {
                if (inf.needsInput()) {
                    int n = in.readSome(chunk);
                    inf.setInput(chunk, 0, n);
                }
                int k = inf.inflate(buf);
                out.write(buf, 0, k);
                if (k == 0 && inf.needsDictionary()) throw new IOException("a gzip member needs a dictionary");
            }
            int rest = inf.getRemaining();
            in.unread(rest);
        } catch (DataFormatException e) {
            throw new IOException("damaged gzip data: " + e.getMessage());
        } finally {
            inf.end();
        }
        byte[] t = in.readN(8);
        byte[] data = out.toByteArray();
        CRC32 crc = new CRC32();
        crc.update(data);
        long want = (t[0] & 0xffL) | (t[1] & 0xffL) << 8 | (t[2] & 0xffL) << 16 | (t[3] & 0xffL) << 24;
        if (crc.getValue() != want) throw new IOException("a gzip member fails its CRC check");
        return data;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Reads from a stream that supports mark, counting the bytes consumed; bytes read past a member's end are given back. */
    private static final class Counting {
        private final InputStream in;
        private long count;
        private int lastRead;

        Counting(InputStream in) {
            this.in = in;
        }

        int readSome(byte[] b) throws IOException {
            in.mark(b.length);
            int n = in.read(b);
            if (n < 0) throw new EOFException();
            count += n;
            lastRead = n;
            return n;
        }

        /** Gives back the last {@code rest} bytes of the last {@link #readSome}. */
        void unread(int rest) throws IOException {
            if (rest == 0) return;
            count -= rest;
            in.reset();
            in.skipNBytes(lastRead - rest);
        }

        byte[] readN(int n) throws IOException {
            byte[] b = new byte[n];
            int got = 0;
            while (got < n) {
                int k = in.read(b, got, n - got);
                if (k < 0) throw new EOFException();
                got += k;
            }
            count += n;
            return b;
        }
    }

    /** An output stream that leaves the stream under it open. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
