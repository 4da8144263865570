package org.goalparse.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** {@code java -jar goalparse.jar ARGS}: UTF-8 on stdout and stderr whatever the platform's default charset. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = utf8(new FileOutputStream(FileDescriptor.out));
        PrintWriter err = utf8(new FileOutputStream(FileDescriptor.err));
        int code = Cli.commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    private static PrintWriter utf8(FileOutputStream stream) {
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8)), false);
    }
}
