package org.flutemail.it.imaptest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every imaptest script of a folder against one IMAP server, one after the other, and returns
 * a result per script. A script that cannot be parsed fails with the reason; it never stops the run.
 */
public final class ImaptestRunner {

    private final ImaptestTarget target;

    public ImaptestRunner(ImaptestTarget target) {
        this.target = target;
    }

    public ConformanceReport runAll(Path scriptDir) {
        return runAll(scriptDir, scriptDir.resolve("default.mbox"));
    }

    /** As {@link #runAll(Path)}, taking the messages of scripts without an mbox of their own from {@code defaultMbox}. */
    public ConformanceReport runAll(Path scriptDir, Path defaultMbox) {
        ScriptExecutor executor = new ScriptExecutor(target);
        List<ScriptResult> results = new ArrayList<>();
        for (Path file : ImaptestScripts.list(scriptDir)) {
            String name = file.getFileName().toString();
            Script script;
            try {
                script = ScriptParser.parse(file, defaultMbox, variable -> System.getenv(variable) != null);
            } catch (ScriptSyntaxException | IllegalArgumentException e) {
                results.add(ScriptResult.fail(name, "script not understood: " + e.getMessage()));
                continue;
            }
            results.add(executor.run(script));
        }
        return new ConformanceReport(results);
    }
}
