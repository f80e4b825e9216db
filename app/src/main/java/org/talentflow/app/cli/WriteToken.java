package org.talentflow.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where {@code serve} takes the token that allows writes from: {@code --token-file FILE} or the environment
 * variable {@code TALENTFLOW_TOKEN}, which other users of the machine cannot read, or {@code --token}, which they can
 * (it is in the process list), so it still works but with a warning.
 */
final class WriteToken {

    static final String ENVIRONMENT_VARIABLE = "TALENTFLOW_TOKEN";

    private WriteToken() {
    }

    /**
     * @param onCommandLine the value of {@code --token}, or null
     * @param file          the value of {@code --token-file}, or null
     * @return the token, or null for a read-only server
     */
    static String resolve(String onCommandLine, Path file, Map<String, String> environment, PrintStream warnings) {
        if (onCommandLine != null && file != null) {
            throw new IllegalArgumentException("give the token with --token or --token-file, not both");
        }
        if (onCommandLine != null) {
            warnings.println("talentflow serve: warning: a token given with --token is visible to every user of this "
                    + "machine (ps); use --token-file FILE or the " + ENVIRONMENT_VARIABLE + " environment variable");
            return blankAsNone(onCommandLine);
        }
        if (file != null) {
            String token;
            try {
                token = Files.readString(file).strip();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the token file " + file, e);
            }
            if (token.isEmpty()) {
                throw new IllegalArgumentException("the token file " + file + " is empty");
            }
            return token;
        }
        return blankAsNone(environment.get(ENVIRONMENT_VARIABLE));
    }

    private static String blankAsNone(String token) {
        return token == null || token.isBlank() ? null : token.strip();
    }
}
