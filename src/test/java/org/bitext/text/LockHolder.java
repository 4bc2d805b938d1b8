package org.bitext.text;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A process that holds a lock, for tests: {@code LockHolder FILE} locks FILE (creating it), prints "locked"
 * and holds the lock until its standard input ends or it is killed. Stands for a live bitext job in another
 * process (another container, another machine) whatever its process id says.
 */
public final class LockHolder {

    private LockHolder() {
    }

    public static void main(String[] args) throws IOException {
        try (FileChannel ch = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = ch.tryLock()) {
            System.out.write((lock == null ? "busy\n" : "locked\n").getBytes(StandardCharsets.UTF_8));
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold until told to stop
            }
        }
    }

    /** Starts a holder on {@code file} and waits until it holds the lock. */
    public static Process start(Path file) throws IOException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), LockHolder.class.getName(), file.toString()).start();
        byte[] line = new byte[7];
        int n = p.getInputStream().readNBytes(line, 0, line.length);
        String said = new String(line, 0, n, StandardCharsets.UTF_8);
        if (!said.equals("locked\n")) {
            p.destroyForcibly();
            throw new IllegalStateException("lock holder said: " + said);
        }
        return p;
    }
}
