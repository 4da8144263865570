package org.goalparse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.goalparse.golden.RepoRoot;
import org.goalparse.model.GoalJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --password}: a PDF that needs a password opens with the right one and fails as ENCRYPTED otherwise. */
class PasswordTest {
    private static final Path PDF = RepoRoot.sample("iruma-2022-shiminseikatsubu.pdf");

    @TempDir
    Path dir;

    /** The sample PDF, encrypted here with PDFBox (AES-128): opening it needs the user password "secret". */
    private String encrypted() throws Exception {
        Path out = dir.resolve("locked.pdf");
        try (PDDocument doc = Loader.loadPDF(PDF.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pw", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out.toFile());
        }
        return out.toString();
    }

    @Test
    void theRightPasswordOpensAProtectedPdfAndAWrongOrMissingOneIsOneClearLine() throws Exception {
        String locked = encrypted();
        CliRun plain = CliRun.run("parse", PDF.toString());
        String department = GoalJson.mapper().readTree(plain.out()).get("department").asText();

        CliRun none = CliRun.run("parse", locked);
        assertEquals(ExitCode.UNREADABLE.code(), none.exit(), none::toString);
        assertEquals(1, none.errLines().size(), none::toString);
        assertTrue(none.err().contains("password-protected (no password was given)"), none.err());

        CliRun wrong = CliRun.run("parse", "--password", "guess", locked);
        assertEquals(ExitCode.UNREADABLE.code(), wrong.exit(), wrong::toString);
        assertTrue(wrong.err().contains("the password given does not open it"), wrong.err());

        CliRun right = CliRun.run("parse", "--password", "secret", locked);
        assertEquals(ExitCode.OK.code(), right.exit(), right::toString);
        assertEquals(department, GoalJson.mapper().readTree(right.out()).get("department").asText());

        CliRun text = CliRun.run("text", "--password", "secret", locked);
        assertEquals(ExitCode.OK.code(), text.exit(), text::toString);
        assertTrue(text.out().contains(department), text.out());

        CliRun batch = CliRun.run("batch", "-q", "--password", "secret", locked, PDF.toString());
        assertEquals(ExitCode.OK.code(), batch.exit(), batch::toString);
        CliRun batchNone = CliRun.run("batch", "-q", locked);
        JsonNode error = GoalJson.mapper().readTree(batchNone.out()).get("error");
        assertEquals("ENCRYPTED", error.get("code").asText(), batchNone::toString);
    }
}
